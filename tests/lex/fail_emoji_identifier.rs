fn main() {
    let a😀b = 1;
    let x = 😀;
    let 🦀 = 2;
    let y = 1 ➖ 2;
}
