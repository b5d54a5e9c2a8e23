fn main() {
    let r#self = 1;
    let r#super = 2;
    let r#crate = 3;
    let r#Self = 4;
    let r#_ = 5;
}
