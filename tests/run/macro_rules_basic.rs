// macro_rules!: several arms, expression and statement macros, fragment kinds ident/expr/ty/tt/literal.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! make_fn {
    ($name:ident, $ty:ty, $val:expr) => {
        fn $name() -> $ty {
            $val
        }
    };
}

macro_rules! describe {
    () => {
        "nothing"
    };
    ($l:literal) => {
        concat!("literal ", stringify!($l))
    };
    ($i:ident) => {
        concat!("ident ", stringify!($i))
    };
    ($($t:tt)+) => {
        concat!("tokens: ", stringify!($($t)+))
    };
}

macro_rules! point {
    ($x:expr, $y:expr) => {
        Point { x: $x, y: $y }
    };
    ($v:expr) => {
        point!($v, $v)
    };
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

make_fn!(forty_two, u32, 42);
make_fn!(greeting, &'static str, "hi");

fn main() {
    println!("{}", square!(7));
    println!("{}", square!(2 + 3));
    println!("{} {}", forty_two(), greeting());
    println!("{}", describe!());
    println!("{}", describe!(5));
    println!("{}", describe!(foo));
    println!("{}", describe!(a + b * c));
    println!("{:?} {:?}", point!(1, 2), point!(9));
    let v = vec![1, 2, 3];
    println!("{}", stringify!(v.len() + 1));
    println!("{}", concat!("a", 1, 2.5, true));
    println!("{}", line!());
    println!("{}", file!());
    println!("{}", column!());
    println!("{}", module_path!());
}
