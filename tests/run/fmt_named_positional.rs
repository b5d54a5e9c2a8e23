// Named, positional and captured arguments, reuse, nesting format! and format_args.
fn main() {
    let x = 10;
    let name = "world";
    println!("{x} {name} {x:>4} {name:?}");
    println!("{0}-{1}-{0}-{2}", 'a', 'b', 'c');
    println!("{a}{b}{a}", a = 1, b = 2);
    println!("{} {0} {} {1}", "p", "q");
    let s = format!("{}|{:>3}|{:<3}|", "z", 1, 2);
    println!("{} {}", s, s.len());
    let nested = format!("[{}]", format!("({})", x));
    println!("{}", nested);
    let width = 6;
    println!("[{:>width$}] [{:^width$}] [{x:0width$}]", "r", "c");
    let args = format!("{}", format_args!("{}+{}={}", 1, 2, 1 + 2));
    println!("{}", args);
    println!("{}", format!("{:?}", vec!["a"]).len());
    let v = 3.14159;
    let prec = 2;
    println!("{v:.prec$} {v:10.prec$} {v:<10.1}|");
}
