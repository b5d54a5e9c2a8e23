fn main() {
    let a = 0x1.5;
    let b = 0o7.0;
    let c = 0b1e3;
    let d = 0b101f32;
    let e = 0o7f64;
}
