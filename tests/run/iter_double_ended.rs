// Double-ended iteration: next_back, rev on adaptors, rfind, rfold, and exact sizes.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let mut it = v.iter();
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.next(), it.next_back());
    println!("{:?} {}", it.as_slice(), it.len());
    println!("{:?}", v.iter().map(|x| x * 10).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().rfind(|&&x| x % 2 == 1));
    println!("{}", v.iter().rfold(String::new(), |acc, x| acc + &x.to_string()));
    println!("{:?}", v.iter().enumerate().rev().take(2).collect::<Vec<_>>());
    println!("{:?}", v.chunks(4).rev().collect::<Vec<_>>());
    println!("{:?}", "a-b-c".split('-').rev().collect::<Vec<_>>());
    println!("{:?}", (0..10).rev().step_by(3).collect::<Vec<_>>());
    let (a, b) = v.split_at(2);
    println!("{:?}", a.iter().chain(b.iter()).rev().skip(1).collect::<Vec<_>>());
    println!("{:?}", v.iter().zip(v.iter().rev()).map(|(a, b)| a * b).collect::<Vec<_>>());
    println!("{}", v.iter().rposition(|&x| x < 4).unwrap());
}
