// Structs holding arrays and other structs; methods that loop over the array.
struct Stats {
    values: [i32; 6],
    count: usize,
}

impl Stats {
    fn new() -> Stats {
        Stats { values: [0; 6], count: 0 }
    }
    fn add(&mut self, v: i32) {
        if self.count < 6 {
            self.values[self.count] = v;
            self.count += 1;
        }
    }
    fn sum(&self) -> i32 {
        let mut s = 0;
        let mut i = 0;
        while i < self.count {
            s += self.values[i];
            i += 1;
        }
        s
    }
    fn max(&self) -> i32 {
        let mut m = self.values[0];
        for i in 1..self.count {
            if self.values[i] > m {
                m = self.values[i];
            }
        }
        m
    }
}

struct Report {
    stats: Stats,
    label: char,
}

fn main() {
    let mut s = Stats::new();
    for v in [4, -1, 9, 3, 12, 5, 100] {
        s.add(v);
    }
    println!("{} {} {}", s.count, s.sum(), s.max());
    let r = Report { stats: s, label: 'R' };
    println!("{} {}", r.label, r.stats.sum() / r.stats.count as i32);
}
