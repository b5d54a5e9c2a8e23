// Formatter's spec queries and pad in hand-written Display impls, UTF-8 validation of bytes
// (str::from_utf8, String::from_utf8(_lossy)) and u8's ASCII methods.
use std::fmt;
use std::fmt::Write;

struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Spec;

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "w={:?} p={:?} fill={:?} alt={} plus={}", f.width(), f.precision(), f.fill(), f.alternate(), f.sign_plus())
    }
}

struct Joined(Vec<u8>);

impl fmt::Debug for Joined {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("<")?;
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_char('|')?;
            }
            write!(f, "{}", b)?;
        }
        f.write_str(">")
    }
}

fn main() {
    println!("[{}] [{:>6}] [{:-<6}] [{:^7.2}]", Name("abc"), Name("abc"), Name("abc"), Name("abcdef"));
    println!("{}", Spec);
    println!("{:*^+#9.3}", Spec);
    println!("{:?} {}", Joined(vec![1, 2, 3]), Name("x").to_string());
    println!("{:?}", std::str::from_utf8(&[0x68, 0x69, 0x20, 0xe2, 0x82, 0xac]));
    for bytes in [vec![0x61, 0xff], vec![0xe2, 0x82], vec![0xed, 0xa0, 0x80], vec![0xf0, 0x90, 0x41]] {
        match std::str::from_utf8(&bytes) {
            Ok(s) => println!("ok {}", s),
            Err(e) => println!("{} | {:?} | {} {:?}", e, e, e.valid_up_to(), e.error_len()),
        }
    }
    let owned = String::from_utf8(vec![0x68, 0x69]).unwrap();
    println!("{}", owned);
    match String::from_utf8(vec![0x61, 0x80]) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{} {:?} {:?}", e, e.as_bytes(), e.clone().into_bytes()),
    }
    println!("{}", String::from_utf8_lossy(&[0x61, 0xff, 0x62, 0xe2, 0x82]));
    for b in [b'a', b'Z', b'5', b' ', b'!', 0x7f].iter() {
        println!(
            "{} {} {} {} {} {} {} {}",
            b.is_ascii_alphabetic(),
            b.is_ascii_digit(),
            b.is_ascii_whitespace(),
            b.is_ascii_punctuation(),
            b.is_ascii_control(),
            b.to_ascii_uppercase(),
            b.to_ascii_lowercase(),
            b.eq_ignore_ascii_case(&b'a')
        );
    }
}
