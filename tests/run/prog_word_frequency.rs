// Word frequency over a text: normalise, count in a HashMap, sort by count then word.
use std::collections::HashMap;

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom, \
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.";

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for raw in TEXT.split_whitespace() {
        let w: String = raw.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
        if !w.is_empty() {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    let mut v: Vec<(String, u32)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (w, c) in v.iter().take(6) {
        println!("{:>8} {}", w, c);
    }
    println!("distinct {}", v.len());
    let longest = v.iter().map(|(w, _)| w.as_str()).max_by_key(|w| (w.len(), std::cmp::Reverse(*w))).unwrap();
    println!("longest {}", longest);
}
