// Explicit enum discriminants given by constant expressions: other variants, constants with
// casts that truncate, unary and binary operators, the repr's integer type; derive(PartialOrd)
// orders by discriminant (unsigned under an unsigned repr).
const BASE: i32 = 0x12345678;
const LOW: isize = BASE as i16 as isize;
const MASK: u32 = 0x1_0000;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Color {
    Red = 0xff0000,
    Green = Color::Red as isize >> 8,
    Blue = (Color::Green as isize) >> 8,
    Black = 0,
}

#[derive(PartialEq, PartialOrd, Debug)]
enum Signed {
    Two = 2,
    MinusOne = -1,
    One = 1,
    Shifted = -5 >> 1,
}

#[derive(PartialEq, PartialOrd, Debug)]
#[repr(u8)]
enum Byte {
    Two = 2,
    Max = !0 as u8,
    One = 1,
}

#[derive(PartialEq, PartialOrd, Debug)]
#[repr(u64)]
enum Wide {
    Two = 2,
    Max = !0,
    Next = 5,
    After,
}

#[derive(PartialEq, PartialOrd, Debug)]
#[repr(i64)]
enum WideSigned {
    Min = 1 << 63,
    Max = !(1 << 63),
    Zero = 0,
}

enum FromConst {
    Low = LOW,
    Masked = (MASK | 7) as isize,
    Mixed = LOW * 2 + 1 - (3 % 2),
}

fn main() {
    for c in [Color::Red, Color::Green, Color::Blue, Color::Black] {
        println!("{:?} = {:#08x}", c, c as i64);
    }
    assert!(Color::Red > Color::Green && Color::Green > Color::Blue && Color::Blue > Color::Black);
    println!("{} {} {} {}", Signed::Two as i32, Signed::MinusOne as i32, Signed::One as i32, Signed::Shifted as i32);
    assert!(Signed::Two > Signed::One && Signed::One > Signed::MinusOne && Signed::MinusOne > Signed::Shifted);
    println!("{} {} {}", Byte::Two as u8, Byte::Max as u8, Byte::One as u8);
    assert!(Byte::Max > Byte::Two && Byte::Two > Byte::One);
    println!("{} {} {} {}", Wide::Two as u64, Wide::Max as u64, Wide::Next as u64, Wide::After as u64);
    assert!(Wide::Max > Wide::Two && Wide::After > Wide::Next);
    println!("{} {} {}", WideSigned::Min as i64, WideSigned::Max as i64, WideSigned::Zero as i64);
    assert!(WideSigned::Min < WideSigned::Zero && WideSigned::Zero < WideSigned::Max);
    println!("{} {} {}", FromConst::Low as isize, FromConst::Masked as isize, FromConst::Mixed as isize);
    println!("{}", Byte::Max as u8 as i8);
}
