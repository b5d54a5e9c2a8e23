fn main() {
    let a = 0x;
    let b = 0b_;
    let c = 0o;
    let d = 0xg;
}
