// size_of/align_of/size_of_val under rustc's layout: reordered structs, repr(C)/packed/align,
// fieldless enums' smallest tags, repr(u8)/repr(C) enums, tagged enums and niche-filled
// Option-like enums (references, Box, bool, char, Vec, nested Options), tuples and fn pointers.
use std::mem::{align_of, size_of, size_of_val};

#[allow(dead_code)]
struct Mixed { a: u8, b: u32, c: u16, d: u8 }
#[allow(dead_code)]
#[repr(C)]
struct MixedC { a: u8, b: u32, c: u16, d: u8 }
#[allow(dead_code)]
#[repr(packed)]
struct Packed { a: u8, b: u32, c: u16 }
#[allow(dead_code)]
#[repr(C, packed(2))]
struct Packed2 { a: u8, b: u32, c: u8 }
#[allow(dead_code)]
#[repr(align(16))]
struct Aligned(u32);
#[allow(dead_code)]
struct Unit;

#[allow(dead_code)]
enum Small { A, B, C }
#[allow(dead_code)]
enum Big { A = 0, B = 300 }
#[allow(dead_code)]
enum Neg { A = -1, B = 127 }
#[allow(dead_code)]
enum Lone { Only }
#[allow(dead_code)]
#[repr(u8)]
enum Tagged8 { A(u32), B(u8, u16) }
#[allow(dead_code)]
#[repr(C)]
enum TaggedC { A(u8), B(u64) }
#[allow(dead_code)]
#[repr(C)]
enum FieldlessC { A, B }
#[allow(dead_code)]
enum Shape { Circle(f64), Rect(u32, u32), Empty }
#[allow(dead_code)]
enum Nullable<T> { Nothing, Something(T) }
#[allow(dead_code)]
enum Two { A(bool), B }
#[allow(dead_code)]
enum ThreeOfBool { A(bool), B, C }
#[allow(dead_code)]
enum Wrapper { W(u64, u8) }

fn main() {
    println!("Mixed {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("MixedC {} {}", size_of::<MixedC>(), align_of::<MixedC>());
    println!("Packed {} {}", size_of::<Packed>(), align_of::<Packed>());
    println!("Packed2 {} {}", size_of::<Packed2>(), align_of::<Packed2>());
    println!("Aligned {} {}", size_of::<Aligned>(), align_of::<Aligned>());
    println!("Unit {} {}", size_of::<Unit>(), align_of::<Unit>());
    println!("Small {} Big {} Neg {} Lone {}", size_of::<Small>(), size_of::<Big>(), size_of::<Neg>(), size_of::<Lone>());
    println!("Tagged8 {} {}", size_of::<Tagged8>(), align_of::<Tagged8>());
    println!("TaggedC {} {}", size_of::<TaggedC>(), align_of::<TaggedC>());
    println!("FieldlessC {}", size_of::<FieldlessC>());
    println!("Shape {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("Option<&u8> {}", size_of::<Option<&u8>>());
    println!("Option<Box<u64>> {}", size_of::<Option<Box<u64>>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Option<char> {}", size_of::<Option<char>>());
    println!("Option<u32> {}", size_of::<Option<u32>>());
    println!("Option<Vec<u8>> {}", size_of::<Option<Vec<u8>>>());
    println!("Option<Option<String>> {}", size_of::<Option<Option<String>>>());
    println!("Nullable<&i32> {}", size_of::<Nullable<&i32>>());
    println!("Nullable<u16> {}", size_of::<Nullable<u16>>());
    println!("Two {} ThreeOfBool {} Option<Two> {}", size_of::<Two>(), size_of::<ThreeOfBool>(), size_of::<Option<Two>>());
    println!("Wrapper {}", size_of::<Wrapper>());
    println!("Result<u32, u8> {}", size_of::<Result<u32, u8>>());
    println!("Option<Small> {}", size_of::<Option<Small>>());
    println!("(u8, u32, u8) {}", size_of::<(u8, u32, u8)>());
    println!("fn() {} Option<fn()> {}", size_of::<fn()>(), size_of::<Option<fn(u8) -> u8>>());
    println!("[u16; 5] {} {}", size_of::<[u16; 5]>(), align_of::<[u16; 5]>());
    println!("u128 {} {}", size_of::<u128>(), align_of::<u128>());
    let s = Shape::Rect(1, 2);
    println!("size_of_val {}", size_of_val(&s));
    let o: Option<&str> = None;
    println!("Option<&str> {}", size_of_val(&o));
}
