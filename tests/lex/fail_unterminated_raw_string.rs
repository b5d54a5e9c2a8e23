fn main() {
    let s = r##"closed with too few "# hashes;
}
