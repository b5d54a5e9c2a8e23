fn main() {
    let arr = [1, 2, 3];
    let mut i = 0;
    loop {
        println!("{}", arr[i]);
        i += 2;
    }
}
