// Hex, octal, binary and exponent formats on signed and unsigned values.
fn main() {
    let vals: [i32; 5] = [0, 1, 255, -1, i32::MIN];
    for v in vals {
        println!("{} {:x} {:X} {:o} {:b}", v, v, v, v, v);
    }
    println!("{:x} {:b}", u64::MAX, u8::MAX);
    println!("{:x}", -1i8);
    println!("{:x}", 0xdead_beef_u128 << 64);
    println!("{:e} {:e} {:e} {:e}", 0.0, 1.0, 1234.5678, -0.000321);
    println!("{:e} {:e}", 100, 123456789u64);
    println!("{:E}", 1e-10f32);
    println!("{:e}", f64::MAX);
    println!("{:.0e} {:.1e} {:.3e}", 15.0, 0.5, 1.0);
    println!("{:?} {:x?} {:X?} {:#x?}", [10, 11], [10, 11], [10, 11], 255);
}
