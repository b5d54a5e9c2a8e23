fn main() {
    let a = 1e;
    let b = 1.0e+;
    let c = 2E_f32;
}
