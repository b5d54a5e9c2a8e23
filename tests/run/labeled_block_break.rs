// Labeled blocks with break-with-value, and loops used as expressions.
fn classify(n: i32) -> &'static str {
    let kind = 'done: {
        if n < 0 {
            break 'done "negative";
        }
        if n == 0 {
            break 'done "zero";
        }
        if n % 2 == 0 {
            break 'done "even";
        }
        "odd"
    };
    kind
}

fn main() {
    for n in [-3, 0, 4, 7] {
        println!("{} {}", n, classify(n));
    }
    let data = [3, 9, 14, 20];
    let found = 'search: {
        for (i, &d) in data.iter().enumerate() {
            if d % 7 == 0 {
                break 'search Some(i);
            }
        }
        None
    };
    println!("{:?}", found);
    let mut tries = 0;
    let v = loop {
        tries += 1;
        if tries * tries > 50 {
            break tries;
        }
    };
    println!("{} {}", v, tries);
}
