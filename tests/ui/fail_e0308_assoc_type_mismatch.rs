// rustg-flags: --analyze
// A projection on a type parameter is opaque: it is not the type some impl happens to bind.
trait Source {
    type Out;
    fn produce(&self) -> Self::Out;
}

fn total<S: Source>(s: &S) -> i64 {
    let v: i64 = s.produce();
    v
}

fn main() {}
