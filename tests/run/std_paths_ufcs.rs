// Paths to std and user functions as values and calls: primitive methods and static functions,
// std::cmp::min/max, trait paths (`Trait::m(&x)`, `<T as Trait>::f()`), and user bit operators.
use std::ops::{BitAnd, BitXor, Shr, SubAssign};

trait Describe {
    fn describe(&self) -> String;
    fn kind() -> &'static str;
}

struct Cat {
    lives: u8,
}

impl Describe for Cat {
    fn describe(&self) -> String {
        format!("cat with {} lives", self.lives)
    }
    fn kind() -> &'static str {
        "feline"
    }
}

fn kind_of<T: Describe>() -> &'static str {
    <T as Describe>::kind()
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Bits(u16);

impl BitAnd for Bits {
    type Output = Bits;
    fn bitand(self, o: Bits) -> Bits {
        Bits(self.0 & o.0)
    }
}

impl BitXor for Bits {
    type Output = Bits;
    fn bitxor(self, o: Bits) -> Bits {
        Bits(self.0 ^ o.0)
    }
}

impl Shr<u32> for Bits {
    type Output = Bits;
    fn shr(self, k: u32) -> Bits {
        Bits(self.0 >> k)
    }
}

impl SubAssign<u16> for Bits {
    fn sub_assign(&mut self, k: u16) {
        self.0 -= k;
    }
}

fn main() {
    let c = Cat { lives: 9 };
    println!("{}", Describe::describe(&c));
    println!("{} {}", kind_of::<Cat>(), <Cat as Describe>::kind());
    println!("{} {}", f64::max(1.5, -2.0), i32::pow(2, 10));
    println!("{} {}", std::cmp::min(4, 9), std::cmp::max("pear", "apple"));
    let words = ["alpha", "be", "gam"];
    let lens: Vec<usize> = words.iter().copied().map(str::len).collect();
    println!("{:?}", lens);
    let abs: Vec<i32> = vec![-3, 4, -5].into_iter().map(i32::abs).collect();
    println!("{:?}", abs);
    let (ok, bad) = (['a', '1'], ['a', ' ']);
    println!("{} {}", ok.iter().copied().all(char::is_alphanumeric), bad.iter().copied().all(char::is_alphanumeric));
    println!("{} {}", u16::from_le_bytes([1, 2]), i32::from_be_bytes([255, 255, 255, 254]));
    println!("{:?} {:?}", i64::from_str_radix("-7f", 16), u8::from_str_radix("300", 10));
    println!("{:?} {:?} {:?}", char::from_u32(0x263A), char::from_u32(0xD800), std::char::from_digit(11, 16));
    println!("{}", f32::from_bits(0x40490fdb));
    let s = String::with_capacity(4);
    println!("{} {}", s.capacity() >= 4, s.is_empty());
    let descs: Vec<String> = vec![Cat { lives: 1 }, Cat { lives: 2 }].iter().map(Describe::describe).collect();
    println!("{:?}", descs);
    let total = [2.5f64, 9.0, 4.0].iter().copied().fold(f64::MIN, f64::max);
    println!("{}", total);
    let mut b = Bits(0b1111_0000);
    b -= 16;
    println!("{:?} {:?} {:?}", b & Bits(0b1010_0000), b ^ Bits(0xff), b >> 4);
}
