// Repetitions in macro_rules!: $(...),* and $(...);* with separators, nested repetition, counting.
macro_rules! sum {
    () => { 0 };
    ($($x:expr),+ $(,)?) => { 0 $(+ $x)+ };
}

macro_rules! my_vec {
    ($($x:expr),*) => {{
        let mut v = Vec::new();
        $(v.push($x);)*
        v
    }};
}

macro_rules! hashmap {
    ($($k:expr => $v:expr),* $(,)?) => {{
        let mut m = std::collections::BTreeMap::new();
        $(m.insert($k, $v);)*
        m
    }};
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! matrix {
    ($([$($x:expr),*]),*) => {
        vec![$(vec![$($x),*]),*]
    };
}

macro_rules! make_struct {
    ($name:ident { $($field:ident : $ty:ty),* }) => {
        #[derive(Debug, Default)]
        struct $name { $($field: $ty),* }
        impl $name {
            fn field_names() -> Vec<&'static str> {
                vec![$(stringify!($field)),*]
            }
        }
    };
}

make_struct!(Config { width: u32, height: u32, title: String });

fn main() {
    println!("{} {} {}", sum!(), sum!(1), sum!(1, 2, 3,));
    println!("{:?}", my_vec![1, 2, 3]);
    let empty: Vec<i32> = my_vec![];
    println!("{:?}", empty);
    println!("{:?}", hashmap! { "b" => 2, "a" => 1, });
    println!("{}", count!(a b c d e));
    println!("{:?}", matrix!([1, 2], [3, 4], [5, 6]));
    println!("{:?} {:?}", Config::default(), Config::field_names());
}
