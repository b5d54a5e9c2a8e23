// Unary Neg/Not and compound assignment operators (AddAssign, MulAssign, BitOrAssign, ShlAssign).
use std::ops::{AddAssign, BitOr, BitOrAssign, MulAssign, Neg, Not, Rem, ShlAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money(i64);

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 += o.0;
    }
}

impl MulAssign<i64> for Money {
    fn mul_assign(&mut self, k: i64) {
        self.0 *= k;
    }
}

impl Rem<i64> for Money {
    type Output = i64;
    fn rem(self, k: i64) -> i64 {
        self.0 % k
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Flags(u8);

impl Not for Flags {
    type Output = Flags;
    fn not(self) -> Flags {
        Flags(!self.0)
    }
}

impl BitOr for Flags {
    type Output = Flags;
    fn bitor(self, o: Flags) -> Flags {
        Flags(self.0 | o.0)
    }
}

impl BitOrAssign for Flags {
    fn bitor_assign(&mut self, o: Flags) {
        self.0 |= o.0;
    }
}

impl ShlAssign<u32> for Flags {
    fn shl_assign(&mut self, s: u32) {
        self.0 <<= s;
    }
}

fn main() {
    let mut m = Money(150);
    m += Money(25);
    println!("{:?}", m);
    m *= 3;
    println!("{:?} {:?} {}", m, -m, m % 100);
    let mut f = Flags(0b0001);
    f |= Flags(0b0100);
    println!("{:?} {:?}", f, !f);
    f <<= 2;
    println!("{:?}", f | Flags(1));
}
