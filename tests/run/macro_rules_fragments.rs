// Fragment specifiers: ty, pat, block, tt, path, lifetime-free items, vis.
macro_rules! new_struct {
    ($vis:vis struct $name:ident { $($field:ident: $t:ty),* }) => {
        #[derive(Debug)]
        $vis struct $name {
            $($field: $t),*
        }
    };
}

macro_rules! is_match {
    ($e:expr, $p:pat) => {
        match $e {
            $p => true,
            _ => false,
        }
    };
}

macro_rules! run_block {
    ($b:block) => {
        $b
    };
}

macro_rules! zero_of {
    ($t:ty) => {
        0 as $t
    };
}

macro_rules! call_path {
    ($p:path) => {
        $p()
    };
}

mod helpers {
    pub fn seven() -> i32 {
        7
    }
}

new_struct!(pub struct Pair { a: i32, b: u8 });

fn main() {
    let p = Pair { a: 1, b: 2 };
    println!("{:?}", p);
    println!("{}", is_match!(5, 1..=9));
    println!("{}", is_match!(Some(3), None));
    println!("{}", run_block!({ let x = 4; x * x }));
    let z: u64 = zero_of!(u64);
    println!("{}", z);
    println!("{}", call_path!(helpers::seven));
}
