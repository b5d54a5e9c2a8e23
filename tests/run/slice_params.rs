// Slices as parameters and results: &[T] from &Vec, &[T; N] and ranges; indexing, for loops,
// &mut [T] writes, str slicing and the common slice methods.
fn total(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += *x;
    }
    t
}

fn largest(xs: &[i64]) -> i64 {
    let mut m = xs[0];
    for i in 1..xs.len() {
        if xs[i] > m {
            m = xs[i];
        }
    }
    m
}

fn double_all(xs: &mut [u32]) {
    for i in 0..xs.len() {
        xs[i] *= 2;
    }
}

fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b' ' {
            return &s[..i];
        }
    }
    &s[..]
}

fn last_of<T: Copy>(xs: &[T]) -> T {
    xs[xs.len() - 1]
}

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let a = [10, 20, 30];
    println!("{} {} {}", total(&v), total(&a), total(&v[2..5]));
    println!("{} {}", total(&v[..3]), total(&v[5..]));
    println!("{}", largest(&[4, -2, 17, 8]));
    let mut w = [1u32, 2, 3, 4];
    double_all(&mut w);
    double_all(&mut w[1..3]);
    println!("{:?}", w);
    let mut vv = vec![7u32, 8];
    double_all(&mut vv);
    println!("{:?}", vv);
    let s: &[i32] = &v;
    println!("{:?} len={} empty={}", s, s.len(), s.is_empty());
    println!("{:?} {:?} {:?} {:?}", s.first(), s.last(), s.get(2), s.get(20));
    let e: &[i32] = &[];
    println!("{:?} {:?} {}", e.first(), e, e.is_empty());
    println!("{} {}", s.contains(&9), v.contains(&7));
    let (l, r) = s.split_at(3);
    println!("{:?} {:?}", l, r);
    println!("{} {} {}", s.starts_with(&[3, 1]), s.ends_with(&[2, 6]), s.starts_with(&[1]));
    let mut sorted = v.to_vec();
    sorted.sort();
    println!("{:?}", sorted);
    println!("{:?} {:?} {:?}", sorted.binary_search(&5), sorted.binary_search(&7), sorted.binary_search(&0));
    sorted.reverse();
    sorted.swap(0, 7);
    println!("{:?}", sorted);
    let mut arr = [5, 4, 3, 2, 1];
    arr.sort_unstable();
    arr[1..4].reverse();
    println!("{:?}", arr);
    let words = ["alpha", "beta", "gamma"];
    println!("{} {}", words.join(", "), words.concat());
    let owned = vec![String::from("x"), String::from("y")];
    println!("{} {}", owned.join("+"), owned.concat());
    let text = String::from("hello world");
    println!("[{}] [{}] [{}]", first_word(&text), &text[6..], &text[2..=4]);
    let st = "naïve";
    println!("{} {}", &st[..2], &st[2..4]);
    println!("{} {}", last_of(&v), last_of(&["p", "q"]));
    let nested: &[i32] = &v[1..7];
    let inner = &nested[2..4];
    println!("{:?} {}", inner, inner[1]);
    for x in v[..2].iter() {
        print!("{} ", x);
    }
    println!();
}
