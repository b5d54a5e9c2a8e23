// sort/sort_by are stable: equal keys keep their input order; sort_unstable results by full key.
fn main() {
    let mut people = vec![("eve", 30), ("bob", 25), ("amy", 30), ("dan", 25), ("cal", 35), ("fay", 25)];
    people.sort_by_key(|p| p.1);
    println!("{:?}", people);
    people.sort_by(|a, b| b.1.cmp(&a.1));
    println!("{:?}", people);
    people.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(b.0)));
    println!("{:?}", people);
    let mut words: Vec<String> = "The quick Brown fox Jumps over the Lazy dog".split(' ').map(String::from).collect();
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by(|a, b| a.len().cmp(&b.len()));
    println!("{:?}", words);
    let mut nums = vec![5, -3, 2, -8, 0, 7, -1];
    nums.sort_by_key(|x: &i32| x.abs());
    println!("{:?}", nums);
    nums.sort_by_cached_key(|x| x.to_string());
    println!("{:?}", nums);
    let mut m = [[3, 1], [1, 2], [3, 0], [1, 1]];
    m.sort();
    println!("{:?}", m);
}
