fn main() {
    let width = 10;
    let value = 3.14159;
    let label = "pi";
    println!("{label}: {value:.2}");
    println!("[{label:>width$}]");
    println!("[{value:^width$.3}]");
    let count = 3;
    println!("{count} items, {count:03} padded, {count:#b} binary");
}
