// A `use` inside a function body is scoped to that block.
mod util {
    pub fn square(x: i64) -> i64 {
        x * x
    }
}

fn main() {
    use util::square;
    let total = square(9) + 1;
    println!("{}", total);
    {
        use util::square as sq;
        println!("{}", sq(3));
    }
}
