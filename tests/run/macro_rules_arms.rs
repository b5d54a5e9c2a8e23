// macro_rules! with several arms tried in order, in expression, statement and item position.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! describe {
    () => {
        "nothing"
    };
    ($x:literal) => {
        "a literal"
    };
    ($x:ident) => {
        "an identifier"
    };
    ($x:expr) => {
        "an expression"
    };
}

macro_rules! make_fn {
    ($name:ident, $value:expr) => {
        fn $name() -> i32 {
            $value
        }
    };
}

macro_rules! print_twice {
    ($msg:expr) => {
        println!("{}", $msg);
        println!("{}", $msg);
    };
}

make_fn!(forty_two, 42);
make_fn!(seven, 3 + 4);

fn main() {
    let a = 3;
    println!("{}", square!(a));
    println!("{}", square!(a + 1));
    println!("{}", 2 * square!(2));
    println!("{} {} {} {}", describe!(), describe!(1), describe!(a), describe!(a + 1));
    println!("{} {}", forty_two(), seven());
    print_twice!("twice");
}
