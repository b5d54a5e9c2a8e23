fn main() {
    let a😀b = 1;
    let x = 😀;
    let 🦀 = 2;
}
