// String comparison is lexicographic by bytes; sorting strings.
fn main() {
    let mut names = vec!["bob".to_string(), "Alice".to_string(), "alice".to_string(), "Bob".to_string(), "ab".to_string()];
    names.sort();
    println!("{:?}", names);
    names.sort_by_key(|s| s.to_lowercase());
    println!("{:?}", names);
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{:?}", names);
    println!("{}", "abc" < "abd");
    println!("{}", "abc" < "ab");
    println!("{}", "Z" < "a");
    println!("{:?}", "apple".cmp("apricot"));
    let a = String::from("same");
    let b = "same";
    println!("{} {}", a == b, b == a);
    println!("{:?}", names.iter().max());
    names.dedup_by_key(|s| s.to_lowercase());
    println!("{:?}", names);
}
