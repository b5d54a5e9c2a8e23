fn main() {
    let c = '\u{1F600};
}
