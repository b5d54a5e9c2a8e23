// Recursive macros: max of a list, reversing tokens, a tiny DSL with internal rules.
macro_rules! max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! reverse_list {
    ([] $($rev:expr),*) => { [$($rev),*] };
    ([$first:expr $(, $rest:expr)*] $($rev:expr),*) => {
        reverse_list!([$($rest),*] $first $(, $rev)*)
    };
}

macro_rules! calc {
    (@op $a:expr, plus, $b:expr) => { $a + $b };
    (@op $a:expr, times, $b:expr) => { $a * $b };
    ($a:literal $op:ident $b:literal) => { calc!(@op $a, $op, $b) };
}

macro_rules! impl_area {
    ($($t:ident => $e:expr;)*) => {
        $(impl $t { fn area(&self) -> f64 { let s = self; $e(s) } })*
    };
}

struct Sq(f64);
struct Re(f64, f64);

impl_area! {
    Sq => |s: &Sq| s.0 * s.0;
    Re => |r: &Re| r.0 * r.1;
}

fn main() {
    println!("{}", max!(3));
    println!("{}", max!(3, 9, 2, 7));
    println!("{:?}", reverse_list!([1, 2, 3, 4]));
    println!("{} {}", calc!(2 plus 3), calc!(4 times 5));
    println!("{} {}", Sq(3.0).area(), Re(2.0, 4.5).area());
}
