// &str and String methods that return no iterator: trimming, searching with str and char
// patterns, case conversion (Unicode), replacing, splitting once, and String editing.
fn main() {
    let s = "  Hello, World! Hello again.  ";
    let t = s.trim();
    println!("[{}] [{}] [{}]", t, s.trim_start(), s.trim_end());
    println!("{} {} {}", t.contains("World"), t.contains('z'), t.contains(&String::from("again")));
    println!("{} {} {}", t.starts_with("Hello"), t.ends_with('.'), t.ends_with("x"));
    println!("{:?} {:?} {:?} {:?}", t.find("Hello"), t.rfind("Hello"), t.find('z'), t.find(""));
    println!("{}", t.replace("Hello", "Bye"));
    println!("{}", t.replacen("Hello", "Bye", 1));
    println!("{}", "abc".replace("", "-"));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{} {} {}", "ß straße".to_uppercase(), "ΑΒΓ İ".to_lowercase(), "Grüße".to_ascii_uppercase());
    println!("{:?} {:?}", "key=value=x".split_once('='), "key=value=x".rsplit_once("="));
    println!("{:?}", "novalue".split_once(':'));
    println!("{:?} {:?}", "prefix-body".strip_prefix("prefix-"), "body.rs".strip_suffix(".txt"));
    println!("{} [{}] [{}]", "xxabcxx".trim_matches('x'), "ababc".trim_start_matches("ab"), "c--".trim_end_matches('-'));
    println!("{} {}", "abc".eq_ignore_ascii_case("ABC"), "ab".repeat(3));
    println!("{} {} {}", "héllo".is_char_boundary(1), "héllo".is_char_boundary(2), "héllo".is_char_boundary(3));
    println!("[{}]", "\u{3000}wide space\t\n".trim());
    let mut u = String::from("abc");
    u.insert(1, 'X');
    u.insert_str(0, ">>");
    u.insert(0, 'é');
    println!("{} {}", u, u.len());
    println!("{:?} {}", u.pop(), u);
    println!("{} {}", u.remove(0), u);
    u.truncate(3);
    println!("{} {}", u, u.capacity() >= 3);
    u.clear();
    println!("{:?} {}", u, u.is_empty());
    println!("{:?}", u.pop());
    let mut w = String::from("hello world");
    w.retain(|c| c != 'o');
    println!("{}", w);
    let owned: String = "into".into();
    println!("{}", owned);
    let name = String::from("  Padded  ");
    println!("[{}] {}", name.trim(), name.trim().len());
}
