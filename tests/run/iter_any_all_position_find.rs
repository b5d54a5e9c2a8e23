// Searching iterators: any, all, find, position, rposition, find_map, contains.
fn main() {
    let v = [2, 4, 6, 7, 8];
    println!("{} {}", v.iter().any(|&x| x > 7), v.iter().any(|&x| x > 8));
    println!("{} {}", v.iter().all(|&x| x > 1), v.iter().all(|x| x % 2 == 0));
    println!("{:?} {:?}", v.iter().find(|&&x| x % 2 == 1), v.iter().find(|&&x| x > 100));
    println!("{:?} {:?}", v.iter().position(|&x| x == 6), v.iter().rposition(|&x| x % 2 == 0));
    let words = ["apple", "42", "pie", "7"];
    println!("{:?}", words.iter().find_map(|w| w.parse::<i32>().ok()));
    println!("{}", (1..10).any(|x| x * x == 49));
    let empty: Vec<i32> = vec![];
    println!("{} {}", empty.iter().any(|_| true), empty.iter().all(|_| false));
    let mut it = v.iter();
    println!("{:?}", it.find(|&&x| x == 4));
    println!("{:?}", it.next());
}
