// flat_map and flatten over nested collections and Options.
fn main() {
    let nested = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?}", flat);
    let fm: Vec<i32> = (1..4).flat_map(|x| (0..x).map(move |y| x * 10 + y)).collect();
    println!("{:?}", fm);
    let words = ["hi", "yo"];
    let chars: String = words.iter().flat_map(|w| w.chars()).collect();
    println!("{}", chars);
    let opts = [Some(1), None, Some(3)];
    let vals: Vec<i32> = opts.iter().flatten().cloned().collect();
    println!("{:?}", vals);
    let pairs: Vec<(i32, char)> = [1, 2].iter().flat_map(|&n| ['a', 'b'].iter().map(move |&c| (n, c))).collect();
    println!("{:?}", pairs);
    let lines = "a b\nc\n\nd e f";
    let count = lines.lines().flat_map(|l| l.split_whitespace()).count();
    println!("{}", count);
}
