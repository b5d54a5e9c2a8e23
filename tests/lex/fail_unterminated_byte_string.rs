fn main() {
    let s = b"never closed;
}
