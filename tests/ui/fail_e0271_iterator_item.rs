// A method whose bound fixes the iterator's item (`I: Iterator<Item = i32>`) given another item type.
struct Acc(i32);
impl Acc {
    fn add_all<I: Iterator<Item = i32>>(&mut self, it: I) {
        for x in it {
            self.0 += x;
        }
    }
}
fn main() {
    let mut a = Acc(0);
    a.add_all(vec!["x"].into_iter());
    println!("{}", a.0);
}
