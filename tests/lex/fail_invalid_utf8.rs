fn main() {
    let a = 1 ÿþ 2;
    let s = "in Ã string";
}
