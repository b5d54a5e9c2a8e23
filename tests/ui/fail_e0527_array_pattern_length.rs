// rustg-flags: --analyze
fn main() {
    let arr = [1, 2, 3];
    let [a, b] = arr;
    let [x, y, z, w, ..] = arr;
    println!("{} {} {} {} {} {}", a, b, x, y, z, w);
}
