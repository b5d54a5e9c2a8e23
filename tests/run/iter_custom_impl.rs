// Implementing Iterator for a struct and using adaptors on it.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

struct Grid {
    w: usize,
    h: usize,
}

impl Grid {
    fn cells(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..self.h).flat_map(move |y| (0..self.w).map(move |x| (x, y)))
    }
}

fn main() {
    let f: Vec<u64> = Fib { a: 0, b: 1 }.take(12).collect();
    println!("{:?}", f);
    let even_sum: u64 = Fib { a: 0, b: 1 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("{}", even_sum);
    for n in Countdown(3) {
        print!("{}.. ", n);
    }
    println!("liftoff");
    println!("{}", Countdown(5).map(|x| x * 2).sum::<u32>());
    let g = Grid { w: 3, h: 2 };
    println!("{:?}", g.cells().collect::<Vec<_>>());
    let mut c = Countdown(2);
    println!("{:?} {:?} {:?} {:?}", c.next(), c.next(), c.next(), c.next());
}
