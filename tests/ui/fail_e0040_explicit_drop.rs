// rustg-flags: --analyze
// Calling a destructor directly is an error (E0040); `drop(x)` is the way.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropped");
    }
}

fn main() {
    let mut g = Guard;
    g.drop();
}
