// rustg-flags: --analyze
fn main() {
    let v = Some(3);
    let Some(n) = v else {
        println!("none");
    };
    println!("{}", n);
}
