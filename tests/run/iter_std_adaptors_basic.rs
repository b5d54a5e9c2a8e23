// std iterators as values: Vec::iter/into_iter, ranges, a user `impl Iterator` with the
// adaptors (map, filter, enumerate, zip, chain, take, skip, step_by, rev, cloned, copied,
// flat_map, take_while, skip_while, inspect, peekable) and consumers (sum, product, count,
// min, max, min_by_key, max_by_key, fold, any, all, position, find, find_map, last, nth,
// collect into Vec and String, for_each), and `for` over any iterator.
struct Upto {
    n: u32,
    end: u32,
}

impl Iterator for Upto {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < self.end {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn upto(end: u32) -> Upto {
    Upto { n: 0, end }
}

fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut t = 0;
    for x in it {
        t += x;
    }
    t
}

fn main() {
    let v: Vec<i32> = (0..5).rev().map(|x| x * 10).collect();
    println!("{:?}", v);
    println!("{:?} {:?}", upto(9).max(), upto(9).min());
    let data = vec![3, 1, 4, 1, 5];
    let s: i32 = data.iter().sum();
    let p: i32 = data.iter().copied().product();
    println!("{} {}", s, p);
    for x in data.iter().skip(2).step_by(2) {
        print!("{} ", x);
    }
    println!();
    for (i, x) in data.iter().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    let words = vec![String::from("ab"), String::from("cd")];
    let joined: String = words.iter().cloned().collect();
    println!("{}", joined);
    println!("{:?}", upto(5).max_by_key(|x| (*x as i32 - 3).abs()));
    println!("{:?}", upto(5).min_by_key(|x| (*x as i32 - 3).abs()));
    let fm: Vec<u32> = upto(3).flat_map(|x| upto(x)).collect();
    println!("{:?}", fm);
    println!("{:?}", (1u8..=4).rev().collect::<Vec<u8>>());
    for i in (0..10).filter(|x| x % 3 == 0) {
        print!("{} ", i);
    }
    println!();
    let sum_to_100: usize = (1..=100).sum();
    println!("{}", sum_to_100);
    println!("{}", total(upto(4).chain(upto(2))));
    let zipped: Vec<(u32, i32)> = upto(3).zip(data.iter().copied()).collect();
    println!("{:?}", zipped);
    println!("{}", upto(100).take_while(|x| *x * *x < 50).count());
    println!("{:?}", upto(10).skip_while(|x| *x < 8).collect::<Vec<u32>>());
    println!("{:?} {:?}", upto(10).position(|x| x == 4), upto(10).find(|x| *x > 7));
    println!("{:?}", upto(10).find_map(|x| if x * x > 30 { Some(x * 100) } else { None }));
    println!("{} {}", upto(10).any(|x| x == 7), upto(10).all(|x| x < 5));
    println!("{:?} {:?} {:?}", upto(6).last(), upto(6).nth(2), upto(2).nth(5));
    let f = upto(5).fold(String::new(), |acc, x| format!("{}{}", acc, x));
    println!("{}", f);
    let mut seen = Vec::new();
    let n: u32 = upto(4).inspect(|x| seen.push(*x)).map(|x| x * 2).sum();
    println!("{} {:?}", n, seen);
    upto(3).for_each(|x| print!("<{}>", x));
    println!();
    let mut pk = upto(3).peekable();
    while let Some(x) = pk.next() {
        print!("{} ", x);
    }
    println!();
    let owned: Vec<String> = words.into_iter().map(|w| w + "!").collect();
    println!("{:?}", owned);
    let evens: Vec<&i32> = data.iter().filter(|x| **x % 2 == 0).collect();
    println!("{:?}", evens);
    let prod: u64 = (1..=10u64).product();
    println!("{}", prod);
    let chars: String = upto(5).map(|x| (b'a' + x as u8) as char).collect();
    println!("{}", chars);
}
