pub mod circle;

pub fn square_area(side: i32) -> i32 {
    side * side
}
