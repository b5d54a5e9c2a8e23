// &str searching and transforming methods.
fn main() {
    let s = "  Hello, World! Hello again.  ";
    let t = s.trim();
    println!("[{}] [{}] [{}]", t, s.trim_start(), s.trim_end());
    println!("{} {}", t.contains("World"), t.contains('z'));
    println!("{} {}", t.starts_with("Hello"), t.ends_with('.'));
    println!("{:?} {:?} {:?}", t.find("Hello"), t.rfind("Hello"), t.find('z'));
    println!("{}", t.replace("Hello", "Bye"));
    println!("{}", t.replacen("Hello", "Bye", 1));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    for part in t.split(", ") {
        println!("part [{}]", part);
    }
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c".splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "  many   spaces here ".split_whitespace().collect::<Vec<_>>());
    println!("{:?}", "line1\nline2\r\nline3".lines().collect::<Vec<_>>());
    println!("{:?}", "key=value=x".split_once('='));
    println!("{:?}", "prefix-body".strip_prefix("prefix-"));
    println!("{:?}", "body.rs".strip_suffix(".txt"));
    println!("{}", "xxabcxx".trim_matches('x'));
    println!("{}", "123abc".trim_start_matches(char::is_numeric));
    println!("{:?}", "abcabc".matches("bc").count());
    println!("{:?}", "a1b2c3".char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect::<Vec<_>>());
    println!("{}", "abc".eq_ignore_ascii_case("ABC"));
    println!("{}", "ab".repeat(3));
    println!("{:?}", "Mary had a lamb".split(' ').rev().collect::<Vec<_>>().join(" "));
    println!("{}", "tschüß".len());
    println!("{}", "tschüß".chars().count());
    println!("{}", "ß".to_uppercase());
}
