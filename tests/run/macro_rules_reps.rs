// Repetitions: `$(...),*`, `+`, `?`, nested repetitions and trailing separators.
macro_rules! sum {
    () => { 0 };
    ($first:expr $(, $rest:expr)*) => {
        $first $(+ $rest)*
    };
}

macro_rules! max_of {
    ($x:expr) => { $x };
    ($x:expr, $($ys:expr),+) => {
        { let a = $x; let b = max_of!($($ys),+); if a > b { a } else { b } }
    };
}

macro_rules! count_groups {
    ($($name:ident: [$($v:expr),*]);* $(;)?) => {
        $(
            let total = 0 $(+ $v)*;
            println!("{} {}", stringify_name!($name), total);
        )*
    };
}

macro_rules! stringify_name {
    ($n:ident) => { "group" };
}

macro_rules! opt_value {
    ($v:expr $(, $default:expr)?) => {
        {
            let mut r = $v;
            $( r = r + $default; )?
            r
        }
    };
}

fn main() {
    println!("{}", sum!());
    println!("{}", sum!(1, 2, 3, 4));
    println!("{}", max_of!(3, 9, 2, 7));
    count_groups! {
        a: [1, 2, 3];
        b: [];
        c: [10, 20];
    }
    println!("{} {}", opt_value!(5), opt_value!(5, 10));
}
