fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, t ^ f);
    println!("{} {}", t & f, t | f);
    let c = 'x';
    println!("{} {} {}", c, c == 'x', c < 'y');
    println!("{} {}", '7'.is_ascii_digit(), 'Q'.is_alphabetic());
    let s = "hello";
    println!("{} {} {}", s.len(), s.is_empty(), "".is_empty());
    println!("{} {} {}", s == "hello", s != "world", "abc" < "abd");
}
