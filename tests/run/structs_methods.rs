#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Pair(f64, bool);

#[derive(Debug)]
struct Unit;

struct Counter {
    count: u32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
    fn origin() -> Point {
        Self { x: 0, y: 0 }
    }
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn shift(&mut self, dx: i32) {
        self.x += dx;
    }
    fn swapped(self) -> Point {
        Point { x: self.y, y: self.x }
    }
}

impl Counter {
    fn tick(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
}

fn sum(arr: [i32; 4]) -> i32 {
    let mut s = 0;
    for v in arr {
        s += v;
    }
    s
}

fn bump(p: &mut Point) {
    p.y *= 10;
}

fn main() {
    let mut p = Point::new(3, -4);
    println!("{:?} {}", p, p.manhattan());
    p.shift(2);
    bump(&mut p);
    println!("{:?}", p);
    println!("{:#?}", p.swapped());
    let o = Point::origin();
    println!("{:?} {:?} {:?}", o, Pair(1.5, true), Unit);
    let t = (1, "two", 3.0);
    println!("{:?} {} {} {}", t, t.0, t.1, t.2);
    let (a, b, c) = t;
    println!("{} {} {}", a, b, c);
    let arr = [10, 20, 30, 40];
    println!("{:?} {} {} {}", arr, arr.len(), arr[2], sum(arr));
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", grid);
    for x in arr.iter() {
        print!("{} ", x);
    }
    for x in &arr {
        print!("{} ", *x * 2);
    }
    println!();
    let mut c = Counter { count: 0 };
    c.tick();
    println!("{}", c.tick());
    let r = &p;
    println!("{} {}", r.x, r.manhattan());
    println!("{:#?}", (1, [2, 3], Pair(0.5, false)));
    let nested = [Point::new(1, 2), Point::new(3, 4)];
    println!("{:#?}", nested);
}
