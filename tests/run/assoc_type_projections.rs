// Associated types: declared in traits, bound in impls, named as Self::X, T::X and <T as Tr>::X,
// and constrained by bounds (`S: Source<Out = i64>`).
trait Source {
    type Out;
    fn produce(&self) -> Self::Out;
    fn twice(&self) -> (Self::Out, Self::Out) {
        (self.produce(), self.produce())
    }
}

struct Counter {
    base: i64,
}

impl Source for Counter {
    type Out = i64;
    fn produce(&self) -> i64 {
        self.base * 10
    }
}

struct Greeter;

impl Source for Greeter {
    type Out = String;
    fn produce(&self) -> Self::Out {
        String::from("hi")
    }
}

struct Wrap<T> {
    inner: T,
}

impl<T: Copy> Source for Wrap<T> {
    type Out = Option<T>;
    fn produce(&self) -> Option<T> {
        Some(self.inner)
    }
}

fn take<S: Source>(s: &S) -> S::Out {
    s.produce()
}

fn qualified<S: Source>(s: &S) -> <S as Source>::Out {
    s.produce()
}

fn sum_of<S: Source<Out = i64>>(s: &S, extra: i64) -> i64 {
    s.produce() + extra
}

fn show<S>(s: &S) -> String
where
    S: Source,
    S::Out: std::fmt::Debug,
{
    format!("{:?}", s.twice())
}

fn main() {
    let c = Counter { base: 4 };
    let g = Greeter;
    let w = Wrap { inner: 'x' };
    let a: i64 = take(&c);
    let b: String = qualified(&g);
    let p: <Counter as Source>::Out = c.produce();
    println!("{} {} {}", a, b, p);
    println!("{}", sum_of(&c, 2));
    println!("{} {} {}", show(&c), show(&g), show(&w));
    let (x, y) = w.twice();
    println!("{:?} {:?}", x, y);
    println!("{:?}", take(&Wrap { inner: 2.5 }));
}
