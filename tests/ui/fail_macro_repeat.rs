// rustg-flags: --analyze
macro_rules! zip {
    ($($a:expr),*; $($b:expr),*) => {
        [$(($a, $b)),*]
    };
}

macro_rules! flat {
    ($a:expr) => {
        [$($a),*]
    };
}

fn main() {
    let z = zip!(1, 2; 3);
    let f = flat!(1);
}
