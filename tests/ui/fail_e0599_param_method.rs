// rustg-flags: --analyze
trait Named {
    fn name(&self) -> String;
}

fn greet<T: Named>(x: &T) -> String {
    x.title()
}

fn main() {}
