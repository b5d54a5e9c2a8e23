// todo! marks unfinished code and panics when reached.
fn finished(x: i32) -> i32 {
    x * 2
}

#[allow(unused_variables)]
fn unfinished(x: i32) -> i32 {
    todo!()
}

fn main() {
    println!("{}", finished(21));
    println!("{}", unfinished(1));
}
