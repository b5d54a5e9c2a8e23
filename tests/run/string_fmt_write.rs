// Building strings with write!/writeln! through std::fmt::Write.
use std::fmt::Write;

fn table(n: u32) -> String {
    let mut out = String::new();
    for i in 1..=n {
        for j in 1..=n {
            write!(out, "{:4}", i * j).unwrap();
        }
        writeln!(out).unwrap();
    }
    out
}

fn main() {
    print!("{}", table(5));
    let mut s = String::new();
    write!(&mut s, "{}-{}", "a", 1).unwrap();
    writeln!(s, " and {:?}", Some(2)).unwrap();
    s.write_str("raw").unwrap();
    s.write_char('!').unwrap();
    println!("{}", s);
    let csv: String = [1, 2, 3].iter().map(|n| n.to_string()).collect::<Vec<_>>().join(",");
    println!("{}", csv);
}
