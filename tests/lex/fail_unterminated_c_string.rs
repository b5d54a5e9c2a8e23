fn main() {
    let s = c"never closed;
}
