// Functions declared inside blocks: visible in their block (before or after the declaration),
// shadowing outer items, and unable to see the enclosing function's locals.
fn helper() -> i32 {
    1
}

fn main() {
    let x = 10;
    println!("{}", twice(x));
    fn twice(v: i32) -> i32 {
        v * 2 + helper()
    }
    {
        fn helper() -> i32 {
            100
        }
        println!("{}", helper() + twice(1));
    }
    println!("{}", helper());
    fn fact(n: u64) -> u64 {
        if n == 0 { 1 } else { n * fact(n - 1) }
    }
    println!("{}", fact(15));
}
