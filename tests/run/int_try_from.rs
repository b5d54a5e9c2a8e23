// std's integer TryFrom/TryInto between every pair of integer types up to 64 bits, with
// TryFromIntError's Display and Debug, `?` on it, and ParseIntError's to_string.
use std::convert::{TryFrom, TryInto};
use std::num::TryFromIntError;

fn to_u8(x: i64) -> Result<u8, TryFromIntError> {
    let v: u8 = x.try_into()?;
    Ok(v)
}

fn show<T: std::fmt::Debug>(label: &str, r: T) {
    println!("{} {:?}", label, r);
}

fn main() {
    show("u8<-i32 300", u8::try_from(300i32));
    show("u8<-i32 255", u8::try_from(255i32));
    show("u8<-i8 -1", u8::try_from(-1i8));
    show("i8<-i64 -5", i8::try_from(-5i64));
    show("i8<-i64 -128", i8::try_from(-128i64));
    show("i8<-i64 -129", i8::try_from(-129i64));
    show("i8<-u8 128", i8::try_from(128u8));
    show("u16<-i32 65535", u16::try_from(65535i32));
    show("u16<-u32 65536", u16::try_from(65536u32));
    show("i16<-i32 -32768", i16::try_from(-32768i32));
    show("i16<-u64 40000", i16::try_from(40000u64));
    show("u32<-i64 -1", u32::try_from(-1i64));
    show("u32<-u64 big", u32::try_from(5_000_000_000u64));
    show("i32<-i64 min", i32::try_from(i64::MIN));
    show("i32<-u32 max", i32::try_from(u32::MAX));
    show("u64<-i64 -7", u64::try_from(-7i64));
    show("u64<-i8 7", u64::try_from(7i8));
    show("i64<-u64 max", i64::try_from(u64::MAX));
    show("i64<-u64 small", i64::try_from(42u64));
    show("usize<-i32 -3", usize::try_from(-3i32));
    show("usize<-u64 9", usize::try_from(9u64));
    show("isize<-usize max", isize::try_from(usize::MAX));
    show("u8<-usize 17", u8::try_from(17usize));
    let r: Result<i16, _> = 70000i32.try_into();
    show("into i16", r);
    let ok: Result<u32, _> = 12u8.try_into();
    show("into u32", ok);
    show("fn ok", to_u8(200));
    show("fn err", to_u8(-200));
    let e = u8::try_from(1000u32).unwrap_err();
    println!("{} | {:?} | {}", e, e, e.to_string());
    println!("[{:>50}]", e);
    let pe = "12x".parse::<i32>().unwrap_err();
    println!("{}", pe.to_string());
    let big = "99999".parse::<u8>().map_err(|e| e.to_string());
    println!("{:?}", big);
    let n: usize = 3;
    let idx = i32::try_from(n).unwrap() - 5;
    println!("{}", idx);
    match u8::try_from(256u16) {
        Ok(v) => println!("fits {}", v),
        Err(e) => println!("error: {}", e),
    }
}
