// Type aliases, `const fn`, `unsafe fn` and `unsafe` blocks.
type Meters = f64;
type Grid = [[u8; 3]; 2];

const fn square(x: u32) -> u32 {
    x * x
}

unsafe fn trusted(x: i64) -> i64 {
    x - 1
}

fn area(w: Meters, h: Meters) -> Meters {
    w * h
}

fn main() {
    let g: Grid = [[1, 2, 3], [4, 5, 6]];
    println!("{:?} {}", g, area(2.5, 4.0));
    println!("{}", square(12));
    let v = unsafe { trusted(10) };
    println!("{}", v);
}
