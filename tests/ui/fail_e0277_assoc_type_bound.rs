// rustg-flags: --analyze
// A bound on a projection (`where S::Out: Debug`) is checked with the impl's binding.
trait Source {
    type Out;
    fn produce(&self) -> Self::Out;
}

struct Plain;
struct Thing;

impl Source for Thing {
    type Out = Plain;
    fn produce(&self) -> Plain {
        Plain
    }
}

fn show<S: Source>(s: &S) -> String
where
    S::Out: std::fmt::Debug,
{
    format!("{:?}", s.produce())
}

fn main() {
    println!("{}", show(&Thing));
}
