fn first_even(xs: [u32; 4]) -> Option<u32> {
    for x in xs {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn main() {
    println!("{}", first_even([1, 3, 4, 5]).unwrap());
    println!("{}", first_even([1, 3, 5, 7]).unwrap());
}
