// chain, take, skip, step_by, take_while, skip_while, last, nth.
fn main() {
    let a = [1, 2, 3];
    let b = [10, 20];
    let c: Vec<i32> = a.iter().chain(b.iter()).cloned().collect();
    println!("{:?}", c);
    println!("{:?}", (0..100).skip(10).take(5).collect::<Vec<_>>());
    println!("{:?}", (0..30).step_by(7).collect::<Vec<_>>());
    println!("{:?}", [1, 3, 5, 6, 7, 9].iter().take_while(|&&x| x % 2 == 1).collect::<Vec<_>>());
    println!("{:?}", [1, 3, 5, 6, 7, 9].iter().skip_while(|&&x| x % 2 == 1).collect::<Vec<_>>());
    println!("{:?}", (1..=5).chain(7..9).rev().collect::<Vec<_>>());
    println!("{:?} {:?}", (0..10).last(), (0..10).nth(3));
    let mut it = 1..;
    println!("{:?} {:?}", it.next(), it.nth(5));
    let firsts: Vec<u32> = (1..).map(|x| x * x).filter(|x| x % 3 == 1).take(5).collect();
    println!("{:?}", firsts);
    println!("{:?}", std::iter::repeat("ab").take(3).collect::<String>());
    println!("{:?}", std::iter::once(5).chain(std::iter::empty()).collect::<Vec<i32>>());
    println!("{:?}", [1, 2, 3].iter().cycle().take(7).collect::<Vec<_>>());
    println!("{:?}", (1..=4).map_while(|x| if x < 3 { Some(x * 10) } else { None }).collect::<Vec<_>>());
}
