// Const generics beyond array lengths: other parameter types, defaults, const expressions as
// lengths, explicit and inferred arguments, const parameters in trait impls.
use std::fmt;

const K: usize = 3;
struct Limits;
impl Limits {
    const LEN: usize = 2;
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Buf<T, const N: usize> {
    data: [T; N],
    used: usize,
}

impl<T: Copy + Default + fmt::Debug, const N: usize> Buf<T, N> {
    fn new() -> Self {
        Buf { data: [T::default(); N], used: 0 }
    }
    fn push(&mut self, x: T) -> bool {
        if self.used == N {
            return false;
        }
        self.data[self.used] = x;
        self.used += 1;
        true
    }
    fn capacity(&self) -> usize {
        N
    }
}

struct Grid<const W: usize, const H: usize = 2> {
    cells: [[char; W]; H],
}

impl<const W: usize, const H: usize> fmt::Display for Grid<W, H> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.iter() {
            let s: String = row.iter().collect();
            writeln!(f, "{}", s)?;
        }
        write!(f, "{}x{}", W, H)
    }
}

fn offset<const D: i32>(x: i32) -> i32 {
    x + D
}

fn flag<const B: bool>() -> &'static str {
    if B { "on" } else { "off" }
}

fn letter<const C: char>(n: usize) -> String {
    let mut s = String::new();
    for _ in 0..n {
        s.push(C);
    }
    s
}

fn small<const M: u8>() -> u8 {
    M.wrapping_mul(2)
}

fn pairwise<const N: usize>(a: [i64; N], b: [i64; N]) -> [i64; N] {
    let mut out = [0; N];
    for i in 0..N {
        out[i] = a[i] * b[i];
    }
    out
}

fn len_of<T, const N: usize>(_: &[T; N]) -> usize {
    { N }
}

#[derive(Clone, Copy)]
enum Slot {
    First,
    Third = 3,
}

struct Unit<const N: usize = 3>;

impl<const N: usize> Unit<N> {
    fn get(self) -> usize {
        N
    }
}

impl Unit {
    fn make() -> Self {
        Unit
    }
}

struct Tool;
impl Tool {
    fn scaled<const F: u32>(x: u32) -> u32 {
        x * F
    }
}

fn main() {
    let later: [u8; Slot::Third as usize];
    later = [9; 3];
    let slots = [0u8; Slot::First as usize];
    println!("{:?} {:?} {}", later, slots, Slot::Third as u8);
    println!("{} {}", Unit::make().get(), Tool::scaled::<4>(5));
    let mut b: Buf<u8, 3> = Buf::new();
    println!("{} {} {} {}", b.push(1), b.push(2), b.push(3), b.push(4));
    println!("{:?} cap {}", b, b.capacity());
    let c = Buf::<i32, 2>::new();
    println!("{:?} {}", c.data, c == Buf { data: [0, 0], used: 0 });

    let g = Grid::<3> { cells: [['a', 'b', 'c'], ['d', 'e', 'f']] };
    println!("{}", g);
    let g1: Grid<2, 1> = Grid { cells: [['x', 'y']] };
    println!("{}", g1);

    println!("{} {} {}", offset::<5>(1), offset::<{ -7 }>(1), offset::<{ 2 * 3 }>(0));
    println!("{} {}", flag::<true>(), flag::<false>());
    println!("{} {}", letter::<'z'>(3), letter::<'é'>(2));
    println!("{}", small::<200>());

    let doubled: [u8; 2 * K] = [7; 2 * K];
    let by_assoc: [i32; Limits::LEN] = [4; Limits::LEN];
    let shifted = [1u16; 1 << 2];
    println!("{:?} {:?} {:?}", doubled, by_assoc, shifted);

    println!("{:?}", pairwise([1, 2, 3], [4, 5, 6]));
    println!("{} {} {}", len_of(&[1, 2, 3, 4]), len_of(&["a"; 6]), len_of::<u8, 0>(&[]));
}
