// Inline modules, nested, with pub functions, self::, super:: and crate:: paths.
mod geometry {
    pub mod shapes {
        pub fn area(w: i32, h: i32) -> i32 {
            super::helpers::mul(w, h)
        }
        pub fn perimeter(w: i32, h: i32) -> i32 {
            self::double(w + h)
        }
        fn double(x: i32) -> i32 {
            x * 2
        }
    }
    mod helpers {
        pub fn mul(a: i32, b: i32) -> i32 {
            a * b
        }
    }
    pub fn describe() -> i32 {
        crate::geometry::shapes::area(2, 3) + shapes::perimeter(1, 1)
    }
}

fn main() {
    println!("{}", geometry::shapes::area(4, 5));
    println!("{}", geometry::shapes::perimeter(4, 5));
    println!("{}", geometry::describe());
}
