// A small "real" program: word statistics over a fixed text with structs, enums, Vec, String.
#[derive(Debug)]
enum Class {
    Short,
    Medium,
    Long(usize),
}

struct Stats {
    words: Vec<String>,
    longest: String,
}

impl Stats {
    fn new() -> Stats {
        Stats { words: Vec::new(), longest: String::new() }
    }

    fn add(&mut self, w: &str) {
        if w.len() > self.longest.len() {
            self.longest = w.to_string();
        }
        self.words.push(String::from(w));
    }

    fn classify(w: &str) -> Class {
        match w.len() {
            0..=3 => Class::Short,
            4..=6 => Class::Medium,
            n => Class::Long(n),
        }
    }
}

fn main() {
    let text = ["the", "quick", "brown", "fox", "jumps", "over", "the", "extraordinarily", "lazy", "dog"];
    let mut stats = Stats::new();
    for w in text {
        stats.add(w);
    }
    println!("{} words, longest {:?}", stats.words.len(), stats.longest);
    let mut short = 0;
    let mut medium = 0;
    for w in &stats.words {
        match Stats::classify(w) {
            Class::Short => short += 1,
            Class::Medium => medium += 1,
            Class::Long(n) => println!("long word {} ({} letters) is {:?}", w, n, Stats::classify(w)),
        }
    }
    println!("short {short}, medium {medium}");
    let mut line = String::new();
    for (i, w) in [(0, "a"), (1, "b")] {
        line += &format!("{}={} ", i, w);
    }
    println!("{}", line);
}
