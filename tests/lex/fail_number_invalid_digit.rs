fn main() {
    let a = 0b102;
    let b = 0o789;
}
