// Iterating a string by chars, bytes and char indices; UTF-8 lengths.
fn main() {
    let s = "añ€😀";
    for c in s.chars() {
        print!("{}:{} ", c, c.len_utf8());
    }
    println!();
    for b in s.bytes() {
        print!("{:02x} ", b);
    }
    println!();
    for (i, c) in s.char_indices() {
        print!("{}@{} ", c, i);
    }
    println!();
    println!("{} {}", s.len(), s.chars().count());
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    let caesar: String = "Hello".chars().map(|c| if c.is_ascii_lowercase() { (((c as u8 - b'a' + 3) % 26) + b'a') as char } else { c }).collect();
    println!("{}", caesar);
    let bytes = "ABC".as_bytes();
    println!("{:?}", bytes);
    println!("{}", std::str::from_utf8(&[0xe2, 0x82, 0xac]).unwrap());
    println!("{}", std::str::from_utf8(&[0xff]).is_err());
    println!("{}", String::from_utf8_lossy(&[72, 0xff, 105]));
    let mut counts = [0usize; 26];
    for b in "the quick brown fox jumps over the lazy dog".bytes() {
        if b.is_ascii_lowercase() {
            counts[(b - b'a') as usize] += 1;
        }
    }
    println!("{:?}", counts);
    println!("{:?}", "hello".chars().nth(1));
    println!("{:?}", "hello".chars().last());
    println!("{}", 'a'.is_ascii_punctuation() || '!'.is_ascii_punctuation());
}
