// process::exit(0) ends main early with success; code after it never runs.
fn main() {
    let data = [3, 8, 0, 5];
    for (i, d) in data.iter().enumerate() {
        if *d == 0 {
            println!("zero at {}, stopping", i);
            std::process::exit(0);
        }
        println!("{} -> {}", d, 100 / d);
    }
    println!("not reached");
}
