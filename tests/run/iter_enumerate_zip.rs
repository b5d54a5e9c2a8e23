// enumerate, zip, unzip and rev on iterators.
fn main() {
    let names = ["ann", "ben", "cat"];
    let ages = [31, 25, 40, 99];
    for (i, n) in names.iter().enumerate() {
        println!("{} {}", i, n);
    }
    for (n, a) in names.iter().zip(ages.iter()) {
        println!("{} is {}", n, a);
    }
    let pairs: Vec<(usize, char)> = "xyz".chars().enumerate().collect();
    println!("{:?}", pairs);
    let (small, big): (Vec<i32>, Vec<i32>) = ages.iter().partition(|&&a| a < 35);
    println!("{:?} {:?}", small, big);
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, 'b')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    for (i, x) in ages.iter().enumerate().rev() {
        print!("{}:{} ", i, x);
    }
    println!();
    let dot: i32 = [1, 2, 3].iter().zip([4, 5, 6].iter()).map(|(x, y)| x * y).sum();
    println!("{}", dot);
    let z3: Vec<(i32, (char, bool))> = [1, 2].into_iter().zip(['p', 'q'].into_iter().zip([true, false])).collect();
    println!("{:?}", z3);
}
