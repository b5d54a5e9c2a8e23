// Default binding modes for literal, range and constant patterns: integer and char literals and
// ranges match through references (`match &x { 5 => .. }`), string and byte string literals match
// their own reference types, and constants are compared at their own type, referents
// structurally (`const Z: &() = &()` against a `&()`).
#[derive(PartialEq, Eq)]
struct P(i32, i32);
const ORIGIN: &P = &P(0, 0);
const UNIT: &() = &();
const BYTES: &[u8; 3] = b"foo";
const LIMIT: i32 = 10;
fn classify(v: &i32) -> &'static str {
    match v {
        0 => "zero",
        1..=9 => "small",
        &LIMIT => "limit",
        _ => "big",
    }
}
fn letter(c: &&char) -> u8 {
    match c {
        'a'..='m' => 1,
        'n' | 'o' => 2,
        _ => 3,
    }
}
fn main() {
    for v in [0, 4, 10, 11] {
        println!("{} {}", v, classify(&v));
    }
    println!("{} {} {}", letter(&&'c'), letter(&&'o'), letter(&&'z'));
    let p = P(0, 0);
    let q = P(1, 0);
    for r in [&p, &q] {
        match r {
            ORIGIN => println!("origin"),
            _ => println!("elsewhere {}", r.0),
        }
    }
    match &() {
        UNIT => println!("unit"),
    }
    match b"foo" {
        BYTES => println!("foo bytes"),
        _ => println!("other bytes"),
    }
    let s: &str = "abc";
    match s {
        "abc" => println!("str literal"),
        _ => println!("other str"),
    }
    let total: u64 = [1u8, 10, 49].iter().map(|c| match c {
        48..=57 => 1,
        10 => 100,
        _ => 1000,
    }).sum();
    println!("{}", total);
}
