// A user generic enum with a generic function and a generic impl.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T: Copy> Maybe<T> {
    fn or(&self, d: T) -> T {
        match self {
            Maybe::Just(x) => *x,
            Maybe::Nothing => d,
        }
    }
    fn is_just(&self) -> bool {
        match self {
            Maybe::Just(_) => true,
            Maybe::Nothing => false,
        }
    }
}

fn wrap<T>(x: T) -> Maybe<T> {
    Maybe::Just(x)
}

enum Either<L, R> {
    Left(L),
    Right(R),
}

fn describe(e: &Either<i32, &str>) -> String {
    match e {
        Either::Left(n) => format!("left {}", n),
        Either::Right(s) => format!("right {}", s),
    }
}

fn main() {
    let a = wrap(5);
    let b: Maybe<i32> = Maybe::Nothing;
    println!("{} {}", a.or(0), b.or(-1));
    println!("{} {}", a.is_just(), b.is_just());
    println!("{:?}", wrap('c'));
    println!("{}", describe(&Either::Left(3)));
    println!("{}", describe(&Either::Right("r")));
}
