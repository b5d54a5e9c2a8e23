// A user iterator: `impl Iterator` with `type Item`, driven by calling `next` directly.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

struct Pairs {
    i: i32,
}

impl Iterator for Pairs {
    type Item = (i32, i32);
    fn next(&mut self) -> Option<(i32, i32)> {
        self.i += 1;
        if self.i > 3 { None } else { Some((self.i, self.i * self.i)) }
    }
}

fn main() {
    let mut c = Countdown { n: 4 };
    while let Some(x) = c.next() {
        print!("{} ", x);
    }
    println!();
    let mut p = Pairs { i: 0 };
    let first: Option<<Pairs as Iterator>::Item> = p.next();
    println!("{:?}", first);
    while let Some((a, b)) = p.next() {
        println!("{} -> {}", a, b);
    }
    println!("{:?}", c.next());
}
