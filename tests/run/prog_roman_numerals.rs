// Roman numeral conversion both ways, round-tripping 1..=3999.
fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for &(v, r) in TABLE.iter() {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

fn from_roman(s: &str) -> Option<u32> {
    let val = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let vals: Option<Vec<u32>> = s.chars().map(val).collect();
    let vals = vals?;
    let mut total = 0;
    for i in 0..vals.len() {
        if i + 1 < vals.len() && vals[i] < vals[i + 1] {
            total -= vals[i] as i64;
        } else {
            total += vals[i] as i64;
        }
    }
    Some(total as u32)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        println!("{} {}", n, to_roman(n));
    }
    println!("{:?} {:?}", from_roman("MCMXCIV"), from_roman("ABC"));
    let ok = (1..=3999).all(|n| from_roman(&to_roman(n)) == Some(n));
    println!("roundtrip {}", ok);
    let longest = (1..=3999).max_by_key(|&n| to_roman(n).len()).unwrap();
    println!("{} {}", longest, to_roman(longest));
}
