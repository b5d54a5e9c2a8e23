fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("{}", x);
    }
    println!("{}", x);
    let y = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("{}", y);
    let z = if y > 20 { "big" } else { "small" };
    println!("{z}");
}
