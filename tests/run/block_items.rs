// Items inside function bodies: structs, enums, consts, statics, impls and functions.
fn compute() -> i32 {
    const BASE: i32 = 100;
    struct Point {
        x: i32,
        y: i32,
    }
    impl Point {
        fn sum(&self) -> i32 {
            self.x + self.y
        }
    }
    let p = Point { x: 3, y: 4 };
    BASE + p.sum()
}

fn other() -> i32 {
    fn helper(v: i32) -> i32 {
        v * 10
    }
    #[derive(Debug)]
    enum Mode {
        Fast,
        Slow,
    }
    static SCALE: i32 = 2;
    let m = Mode::Fast;
    println!("{:?} {:?}", m, Mode::Slow);
    helper(SCALE)
}

fn main() {
    println!("{}", compute());
    println!("{}", other());
}
