// Matching i128/u128 values against literal, range and constant patterns.
const BIG: u128 = 1 << 100;
const NEG: i128 = -42;

fn classify(x: i128) -> &'static str {
    match x {
        0 => "zero",
        1..=9 => "small",
        NEG => "minus forty-two",
        i128::MIN => "min",
        i128::MIN..=-1 => "negative",
        10..100 => "medium",
        i128::MAX => "max",
        _ => "big",
    }
}

fn unsigned(x: u128) -> u32 {
    match x {
        0 => 0,
        BIG => 1,
        u128::MAX => 2,
        340282366920938463463374607431768211454 => 3,
        1..=0xffff_ffff_ffff_ffff => 4,
        _ => 5,
    }
}

fn main() {
    for x in [0i128, 5, -42, i128::MIN, -7, 50, i128::MAX, 1 << 90] {
        println!("{} {}", x, classify(x));
    }
    for x in [0u128, BIG, u128::MAX, u128::MAX - 1, 77, 1 << 64] {
        println!("{} {}", x, unsigned(x));
    }
    let mut v: Vec<i128> = vec![5, -3, 1 << 80, 0];
    v.sort();
    println!("{:?} {}", v, v.iter().sum::<i128>());
    let h: u128 = BIG.pow(1) / 3;
    println!("{} {} {}", h, h.max(7), h.min(7));
    if let 1..=100 = h % 97 {
        println!("in range");
    }
}
