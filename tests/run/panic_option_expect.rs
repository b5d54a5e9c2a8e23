// `expect` on None panics with its message (exit 101) after earlier output reached stdout.
fn find(xs: [u8; 3], want: u8) -> Option<u8> {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] == want {
            return Some(i as u8);
        }
        i += 1;
    }
    None
}

fn main() {
    let xs = [3u8, 5, 8];
    println!("{}", find(xs, 5).expect("5 is there"));
    let v: Option<u8> = find(xs, 9);
    println!("{}", v.expect("value should be there"));
}
