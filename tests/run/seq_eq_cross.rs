// Equality between sequences of different kinds (std's PartialEq impls across Vec, arrays and
// slices), in `==`/`!=` and assert_eq!/assert_ne!; the last assertion fails (exit 101).
#[derive(Debug, PartialEq, Clone)]
struct P(i32, String);

fn main() {
    let v = vec![1, 2, 3];
    assert_eq!(v, [1, 2, 3]);
    assert_ne!(v, [1, 2, 4]);
    assert_ne!(v, [1, 2]);
    let w: Vec<i32> = vec![0, 1];
    assert_eq!(w, &[0, 1]);
    println!("{} {} {}", w == [0, 1], w != [0, 1], w == [1, 0]);
    let s: &[i32] = &w;
    assert_eq!(w, s);
    println!("{}", [0, 1] == s);
    assert_eq!(b"ab", &[97u8, 98][..]);
    let e: Vec<u8> = Vec::new();
    println!("{}", e == []);
    let ps = vec![P(1, "a".to_string()), P(2, "b".to_string())];
    assert_eq!(ps, [P(1, "a".to_string()), P(2, "b".to_string())]);
    println!("{}", ps == [P(1, "a".to_string())]);
    let nested = vec![vec![1], vec![2, 3]];
    assert_eq!(nested, [vec![1], vec![2, 3]]);
    let strs = vec!["x", "y"];
    println!("{}", strs == ["x", "y"]);
    let mut grow = Vec::new();
    for i in 0..4u64 { grow.push(i * i); }
    assert_eq!(grow, [0, 1, 4, 9]);
    println!("before failing assertion");
    assert_eq!(grow, [0, 1, 4, 10], "squares of {}", 4);
}
