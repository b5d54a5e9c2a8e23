// edition:2015
// Bare trait objects and `dyn` as a weak keyword in 2015.
type A = Box<Fn(u8) + Send>;
type B = Box<dyn Send>;
type C = Box<(Send) + Sync>;
trait T { fn anon(u8, &str); fn async(&self) -> dyn; }
fn main() { let async = 1; let try = 2; }
