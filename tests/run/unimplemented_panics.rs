// unimplemented! with a message inside a trait impl.
trait Codec {
    fn encode(&self, s: &str) -> String;
    fn decode(&self, s: &str) -> String;
}

struct Upper;

impl Codec for Upper {
    fn encode(&self, s: &str) -> String {
        s.to_uppercase()
    }
    fn decode(&self, _s: &str) -> String {
        unimplemented!("decoding is lossy for {}", "Upper")
    }
}

fn main() {
    let c = Upper;
    println!("{}", c.encode("abc"));
    println!("{}", c.decode("ABC"));
}
