// char: literals, escapes, comparisons, casts and classification methods.
fn main() {
    let cs = ['a', 'Z', '7', ' ', '\n', 'é', '\u{1F600}', '_'];
    for c in cs {
        println!(
            "{:?} alpha={} num={} ws={} up={} low={} alnum={} ascii={} u32={} len={}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_alphanumeric(),
            c.is_ascii(),
            c as u32,
            c.len_utf8()
        );
    }
    println!("{}", 'a' < 'b');
    println!("{}", (b'A' + 2) as char);
    println!("{}", 'x'.to_ascii_uppercase());
    println!("{:?}", '9'.to_digit(10));
    println!("{:?}", 'f'.to_digit(16));
    println!("{:?}", std::char::from_digit(7, 10));
    println!("{:?}", char::from_u32(0x41));
    println!("{}", '\'' as u8);
    println!("{}", '\\');
}
