// Boxed slices and strs as fields: Box<[T; N]> unsizes to Box<[T]>, derived Debug/Clone/PartialEq
// walk them, &Box<[T]> passes where &[T] is expected, dropping the owner drops the elements once;
// `&*s` of a String is its str; `Box<()>`.
#[derive(Debug, Clone, PartialEq)]
struct Packet {
    id: u32,
    bytes: Box<[u8]>,
    tag: Box<str>,
}

struct Loud(i32);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn sum(xs: &[u8]) -> u32 {
    xs.iter().map(|&b| b as u32).sum()
}

fn main() {
    let p = Packet { id: 1, bytes: Box::new([1, 2, 3]), tag: "first".into() };
    let q = p.clone();
    println!("{:?}", q);
    println!("{} {}", p == q, sum(&p.bytes));
    let mut r = q.clone();
    r.tag = String::from("second").into_boxed_str();
    println!("{} {:?} {}", p == r, r.tag, r.bytes.len());
    let arr: Box<[i64]> = Box::new([10, 20, 30, 40]);
    let evens: Vec<i64> = arr.iter().filter(|x| **x % 20 == 0).cloned().collect();
    println!("{:?} {:?} {}", arr, evens, arr.contains(&30));
    {
        let louds: Box<[Loud]> = vec![Loud(1), Loud(2)].into_boxed_slice();
        println!("{}", louds.len());
    }
    let first: Option<&u8> = p.bytes.first();
    println!("{:?} {:?}", first, p.bytes.last());
    let owned = String::from("abcde");
    let view: &str = &*owned;
    println!("{} {}", view.len(), &*owned == "abcde");
    let unit: Box<()> = Box::new(());
    println!("{:?}", unit);
}
