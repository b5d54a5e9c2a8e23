// Slice methods: len, first/last, get, split_at, contains, windows, chunks, concat, join.
fn total(s: &[i32]) -> i32 {
    let mut t = 0;
    for x in s {
        t += x;
    }
    t
}

fn main() {
    let a = [3, 1, 4, 1, 5, 9, 2, 6];
    let s = &a[2..6];
    println!("{:?} {} {}", s, s.len(), total(s));
    println!("{:?} {:?}", s.first(), s.last());
    println!("{:?} {:?}", a.get(7), a.get(8));
    let (l, r) = a.split_at(3);
    println!("{:?} {:?}", l, r);
    println!("{} {}", a.contains(&9), a.contains(&7));
    println!("{} {}", a.starts_with(&[3, 1]), a.ends_with(&[6]));
    println!("{:?} {:?} {:?}", &a[..2], &a[6..], &a[..]);
    for w in a.windows(3) {
        print!("{} ", total(w));
    }
    println!();
    for c in a.chunks(3) {
        print!("{:?} ", c);
    }
    println!();
    let empty: &[i32] = &[];
    println!("{} {:?}", empty.is_empty(), empty.first());
    let nested = [[1, 2], [3, 4]];
    println!("{:?}", nested.concat());
    let words = ["a", "b", "c"];
    println!("{}", words.join("-"));
    println!("{}", words.concat());
    println!("{:?}", a.iter().position(|&x| x == 5));
    println!("{:?}", a.split(|&x| x == 1).collect::<Vec<_>>());
    let mut m = [0; 5];
    m.copy_from_slice(&a[..5]);
    m.fill(7);
    println!("{:?}", m);
    println!("{:?}", a.repeat(2).len());
}
