// str::get with every range form (None off char boundaries or out of range), split_at_checked,
// and split_at panicking inside a char with core's message and location.
fn main() {
    let s = String::from("héllo wörld");
    for (a, b) in [(0, 1), (1, 2), (1, 3), (3, 20), (5, 4)] {
        println!("{:?}", s.get(a..b));
    }
    println!("{:?} {:?} {:?} {:?}", s.get(..3), s.get(3..), s.get(..), s.get(1..=2));
    let t = "añb";
    println!("{:?} {:?} {:?}", t.split_at_checked(1), t.split_at_checked(2), t.split_at_checked(9));
    let (x, y) = s.split_at(6);
    println!("[{}] [{}]", x, y);
    println!("{:?}", t.split_at(2));
}
