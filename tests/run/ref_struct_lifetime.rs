// Structs that borrow: lifetime parameters on structs and impls.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let len = rest_trim.find(' ').unwrap_or(rest_trim.len());
        self.pos = start + len;
        Some(&self.input[start..start + len])
    }
}

struct Pair<'a, T> {
    left: &'a T,
    right: &'a T,
}

impl<'a, T: PartialOrd> Pair<'a, T> {
    fn larger(&self) -> &'a T {
        if self.left > self.right { self.left } else { self.right }
    }
}

fn main() {
    let text = String::from("  the quick  brown fox ");
    let mut p = Parser::new(&text);
    while let Some(w) = p.next_word() {
        println!("[{}]", w);
    }
    let a = 3;
    let b = 9;
    let pr = Pair { left: &a, right: &b };
    println!("{}", pr.larger());
    let s1 = "apple".to_string();
    let s2 = "banana".to_string();
    println!("{}", Pair { left: &s1, right: &s2 }.larger());
}
