fn fizzbuzz(n: u32) {
    match (n % 3, n % 5) {
        (0, 0) => println!("FizzBuzz"),
        (0, _) => println!("Fizz"),
        (_, 0) => println!("Buzz"),
        _ => println!("{}", n),
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => '?',
    }
}

fn main() {
    for n in 1..=15 {
        fizzbuzz(n);
    }
    for s in [95, 85, 75, 10, 200] {
        print!("{} ", grade(s));
    }
    println!();
    let x = 42u64;
    let msg = match x {
        0 => "zero",
        n if n < 10 => "digit",
        10 | 20 | 30 | 40 => "round",
        _ => "other",
    };
    println!("{}", msg);
    let b = true;
    let v = match b {
        true => 1,
        false => 0,
    };
    println!("{}", v);
    let name = "bob";
    match name {
        "alice" => println!("hi alice"),
        "bob" => println!("hi bob"),
        other => println!("who is {}", other),
    }
}
