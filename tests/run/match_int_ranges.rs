// match on integers with literals, ranges, alternatives and bindings.
fn bucket(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        10..=99 => "two digits",
        _ => "large",
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        s @ 0..=69 if s % 2 == 0 => 'E',
        0..=69 => 'F',
        _ => '?',
    }
}

fn main() {
    for n in [-50, 0, 2, 7, 42, 1000] {
        println!("{} {}", n, bucket(n));
    }
    for s in [95u8, 85, 75, 64, 63, 101] {
        println!("{} {}", s, grade(s));
    }
    let c = 'k';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    };
    println!("{}", kind);
}
