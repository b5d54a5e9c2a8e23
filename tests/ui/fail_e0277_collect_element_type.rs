// rustg-flags: --analyze
// The outer `collect` fixes the inner one's target (String), which no iterator of integers builds.
fn main() {
    let v: Vec<String> = (0..3).map(|x| (0..x).collect()).collect();
    let w: Vec<i64> = vec![1i32, 2].into_iter().collect();
    println!("{:?} {:?}", v, w);
}
