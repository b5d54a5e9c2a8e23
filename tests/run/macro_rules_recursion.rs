// Recursive macros (a counter and a tt muncher) and macros calling macros.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! reverse_print {
    () => {};
    ($first:expr $(, $rest:expr)*) => {
        reverse_print!($($rest),*);
        println!("{}", $first);
    };
}

macro_rules! double {
    ($e:expr) => { $e * 2 };
}

macro_rules! quadruple {
    ($e:expr) => { double!(double!($e)) };
}

fn main() {
    println!("{}", count!(a b c d e));
    reverse_print!(1, 2, 3);
    println!("{}", quadruple!(5));
}
