// unreachable! with and without a message.
fn kind(n: u32) -> &'static str {
    match n % 3 {
        0 => "zero",
        1 => "one",
        2 => "two",
        _ => unreachable!(),
    }
}

fn checked(n: u32) -> u32 {
    if n < 10 {
        n
    } else {
        unreachable!("value {} should be below 10", n)
    }
}

fn main() {
    for i in 0..4 {
        println!("{}", kind(i));
    }
    println!("{}", checked(3));
    println!("{}", checked(12));
}
