// Associated constants with defaults, used in generic code.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}

struct Tri;
struct Quad;

impl Shape for Tri {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}

impl Shape for Quad {
    const SIDES: u32 = 4;
}

fn total_sides<A: Shape, B: Shape>() -> u32 {
    A::SIDES + B::SIDES
}

struct Limits;

impl Limits {
    const MAX: usize = 8;
    const DOUBLE: usize = Self::MAX * 2;
}

fn main() {
    println!("{} {}", Tri::NAME, Tri::SIDES);
    println!("{} {}", Quad::NAME, Quad.sides());
    println!("{}", total_sides::<Tri, Quad>());
    println!("{} {}", Limits::MAX, Limits::DOUBLE);
    let arr = [0u8; Limits::MAX];
    println!("{}", arr.len());
    println!("{} {}", <i32 as Default>::default(), u16::BITS);
}
