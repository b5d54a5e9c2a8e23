// Peekable iterators for run-length encoding and tokenizing.
fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        out.push_str(&format!("{}{}", n, c));
    }
    out
}

fn numbers(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut v = 0;
            while let Some(d) = it.next_if(|c| c.is_ascii_digit()) {
                v = v * 10 + d.to_digit(10).unwrap();
            }
            out.push(v);
        } else {
            it.next();
        }
    }
    out
}

fn main() {
    println!("{}", rle("aaabccddddde"));
    println!("{}", rle(""));
    println!("{:?}", numbers("12 apples, 345 pears and 6"));
    let v = [1, 3, 6, 10, 15];
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", diffs);
}
