// const and static items, const expressions and arrays, static mut via unsafe.
const LIMIT: u32 = 10;
const SQUARES: [u32; 5] = [0, 1, 4, 9, 16];
const NAME: &str = "rustg";
const DERIVED: u64 = (LIMIT as u64) * 1000 + 7;
static GREETING: &str = "hello";
static TABLE: [i16; 3] = [-1, 0, 1];
static mut COUNTER: u32 = 0;

const fn double(x: u32) -> u32 {
    x * 2
}

const DOUBLED: u32 = double(LIMIT);

fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn main() {
    println!("{} {} {}", LIMIT, NAME, DERIVED);
    println!("{:?}", SQUARES);
    println!("{} {:?}", GREETING, TABLE);
    println!("{}", DOUBLED);
    bump();
    bump();
    println!("{}", bump());
    let mut total = 0;
    for i in 0..LIMIT {
        total += i;
    }
    println!("{}", total);
}
