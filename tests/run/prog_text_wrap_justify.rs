// Greedy word wrapping and full justification of a paragraph to a fixed width.
fn wrap(text: &str, width: usize) -> Vec<Vec<&str>> {
    let mut lines: Vec<Vec<&str>> = vec![];
    let mut cur: Vec<&str> = vec![];
    let mut len = 0;
    for w in text.split_whitespace() {
        let extra = if cur.is_empty() { w.len() } else { w.len() + 1 };
        if len + extra > width && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            len = 0;
        }
        len += if cur.is_empty() { w.len() } else { w.len() + 1 };
        cur.push(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn justify(words: &[&str], width: usize) -> String {
    if words.len() == 1 {
        return format!("{:<width$}", words[0], width = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width - letters;
    let mut s = String::new();
    for (i, w) in words.iter().enumerate() {
        s.push_str(w);
        if i < gaps {
            let n = spaces / gaps + if i < spaces % gaps { 1 } else { 0 };
            s.push_str(&" ".repeat(n));
        }
    }
    s
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog while the cat watches from a distance, unimpressed by the whole affair.";
    for width in [20, 32] {
        println!("+{}+", "-".repeat(width));
        let lines = wrap(text, width);
        for (i, l) in lines.iter().enumerate() {
            let body = if i + 1 == lines.len() { format!("{:<w$}", l.join(" "), w = width) } else { justify(l, width) };
            println!("|{}|", body);
        }
    }
}
