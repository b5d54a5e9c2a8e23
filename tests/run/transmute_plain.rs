// std::mem::transmute between plain types of equal size: integers and floats (bit patterns),
// bool and char to integers, arrays to integers and back, pointers to integers, with and
// without a turbofish.
use std::mem;
use std::mem::transmute;

fn main() {
    let bits: u32 = unsafe { mem::transmute(1.5f32) };
    println!("{:#x}", bits);
    let f: f64 = unsafe { transmute(0x4009_21FB_5444_2D18u64) };
    println!("{}", f);
    let nan: f64 = unsafe { std::mem::transmute(0x7FF0_0001_0000_0001u64) };
    println!("{}", nan.is_nan());
    let b: i8 = unsafe { transmute(true) };
    let c = unsafe { transmute::<char, u32>('é') };
    println!("{} {}", b, c);
    let bytes: [u8; 4] = unsafe { transmute(0x0403_0201u32) };
    println!("{:?}", bytes);
    let back = unsafe { transmute::<[u8; 4], u32>([1, 0, 0, 0]) };
    println!("{}", back);
    let one = unsafe { transmute::<[isize; 1], isize>([-7]) };
    println!("{}", one);
    let halves: [u16; 2] = unsafe { transmute(-1i32) };
    println!("{:?}", halves);
    let x = 42u64;
    let addr: usize = unsafe { transmute(&x) };
    let p: *const u64 = unsafe { transmute(addr) };
    println!("{}", unsafe { *p });
    let neg: i64 = unsafe { transmute(u64::MAX) };
    println!("{}", neg);
}
