// Array and nested-sequence methods: `[T; N]::map`, `concat`/`join` of arrays, Vecs and slices
// of sequences, `[T]::repeat`, and `AsRef<str>` bounds.
fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn main() {
    let squares = [1, 2, 3, 4].map(|x| x * x);
    println!("{:?}", squares);
    let names = ["ann", "bo"].map(|s| s.to_string() + "!");
    println!("{:?}", names);
    let lens = names.map(|s| s.len());
    println!("{:?}", lens);
    let offset = 10;
    println!("{:?}", [1u8, 2, 3].map(|b| b as i32 + offset));
    let nested = [[1, 2], [3, 4], [5, 6]];
    println!("{:?}", nested.concat());
    println!("{:?}", nested.join(&0));
    let rows = vec![vec!['a', 'b'], vec![], vec!['c']];
    println!("{:?}", rows.concat());
    println!("{:?}", rows.join(&'-'));
    let words = vec![vec![String::from("x")], vec![String::from("y"), String::from("z")]];
    println!("{:?}", words.concat());
    let v = vec![1, 2, 3];
    let parts: Vec<&[i32]> = vec![&v[..1], &v[1..]];
    println!("{:?}", parts.concat());
    println!("{:?}", v.repeat(3));
    println!("{:?}", [true, false].repeat(2));
    println!("{:?}", (&v[1..]).repeat(0));
    println!("{} {} {}", shout("abc"), shout(String::from("def")), shout(&String::from("gh")));
}
