// Integer arithmetic on i32 with precedence and parentheses.
fn main() {
    let a = 17;
    let b = 5;
    println!("{}", a + b);
    println!("{}", a - b);
    println!("{}", a * b);
    println!("{}", a / b);
    println!("{}", a % b);
    println!("{}", -a);
    println!("{}", a + b * 2);
    println!("{}", (a + b) * 2);
    println!("{}", a - b - 3);
    println!("{}", 100 / 7 / 2);
    println!("{}", 2 * 3 + 4 * 5 - 6 / 2);
    let mut x = 1;
    x += 4;
    x *= 3;
    x -= 2;
    x /= 2;
    x %= 4;
    println!("{}", x);
}
