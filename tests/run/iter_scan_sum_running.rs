// scan for running totals, and other stateful adaptors.
fn main() {
    let v = [3, 1, 4, 1, 5, 9, 2, 6];
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{:?}", running);
    let until: Vec<i32> = v.iter().scan(0, |acc, &x| {
        *acc += x;
        if *acc > 10 { None } else { Some(*acc) }
    }).collect();
    println!("{:?}", until);
    let mut state = 1u64;
    let lcg: Vec<u64> = std::iter::from_fn(|| {
        state = (state * 1103515245 + 12345) % 2147483648;
        Some(state % 100)
    }).take(6).collect();
    println!("{:?}", lcg);
    let pow2: Vec<u32> = std::iter::successors(Some(1u32), |&x| x.checked_mul(2)).skip(28).collect();
    println!("{:?}", pow2);
}
