fn main() {
    let a = 1foo;
    let b = 0x1_u7;
    let c = 1.0f16x;
    let d = 1e3i32;
    let e = 1usize_;
    let f = 0X1F;
    let g = 1.0f7;
    let h = 2f16 + 3.0f128;
}
