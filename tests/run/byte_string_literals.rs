const MAGIC: &[u8] = b"\x7fELF";
fn sum(b: &[u8]) -> u32 { b.iter().map(|&x| x as u32).sum() }
fn main() {
    let a = b"hello\n\x00\xff";
    println!("{:?} {}", a, a.len());
    let r = br"raw\n";
    println!("{:?}", r);
    println!("{}", sum(b"abc"));
    println!("{:?} {}", MAGIC, b'x');
    let s: &[u8] = b"";
    println!("{}", s.is_empty());
    for &c in b"hi" { print!("{} ", c); }
    println!();
    println!("{}", b"+-".contains(&b'-'));
    match b'\n' { b'\n' => println!("nl"), _ => {} }
    more();
}

const A: [u8; 4] = *b"fooo";

fn classify(b: &[u8]) -> u32 {
    match b {
        b"GET" => 1,
        br"PUT" => 2,
        b"" => 3,
        _ => 0,
    }
}

fn more() {
    println!("{} {} {} {}", classify(b"GET"), classify(&b"PUTX"[..3]), classify(b""), classify(b"GE"));
    match b"ab" {
        b"ab" => println!("ab"),
        _ => println!("other"),
    }
    match *b"fooo" {
        A => println!("A"),
        _ => println!("not A"),
    }
}
