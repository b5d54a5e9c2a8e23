// Sorting, reversing, rotating and binary search on slices and Vecs.
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2, 7, 3];
    v.sort();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&7), v.binary_search(&4));
    v.reverse();
    println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_unstable();
    v.dedup();
    println!("{:?}", v);
    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    words.sort();
    println!("{:?}", words);
    let mut r = [1, 2, 3, 4, 5];
    r.rotate_left(2);
    println!("{:?}", r);
    r.rotate_right(1);
    println!("{:?}", r);
    r.swap(0, 4);
    println!("{:?}", r);
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    println!("{}", [1, 2, 2, 3].is_sorted());
    println!("{:?}", v.iter().max());
    let mut fs = [2.5, -1.0, 0.0];
    fs.sort_by(|a: &f64, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fs);
    println!("{:?}", v.partition_point(|&x| x < 5));
}
