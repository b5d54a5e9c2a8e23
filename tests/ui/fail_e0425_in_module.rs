// rustg-flags: --analyze
mod a {
    pub fn f() -> i32 {
        1
    }
}

fn main() {
    let x = a::g();
    let y = a::q::f();
    println!("{} {}", x, y);
}
