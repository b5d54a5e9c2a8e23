// Types with the same name in different functions and modules stay distinct and print their names.
mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }
}

fn ints() {
    #[derive(Debug)]
    struct Point {
        x: i32,
        y: i32,
    }
    #[derive(Debug)]
    enum Kind {
        A,
        B(i32),
    }
    println!("{:?} {:?} {:?}", Point { x: 1, y: 2 }, Kind::A, Kind::B(3));
}

fn units() {
    #[derive(Debug)]
    struct Point;
    #[derive(Debug)]
    enum Kind {
        C,
    }
    println!("{:?} {:?}", Point, Kind::C);
}

fn main() {
    ints();
    units();
    let p = shapes::Point { x: 0.5, y: 1.5 };
    println!("{:?} {}", p, p.x + p.y);
}
