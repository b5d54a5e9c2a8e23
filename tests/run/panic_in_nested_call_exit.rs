// A panic deep in a call chain still ends the process with code 101; Drop runs during unwinding.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn level3(v: &[u8]) -> u8 {
    let _g = Guard("level3");
    v[v.len()]
}

fn level2(v: &[u8]) -> u8 {
    let _g = Guard("level2");
    level3(v) + 1
}

fn main() {
    let _g = Guard("main");
    println!("start");
    let r = level2(&[1, 2, 3]);
    println!("{}", r);
}
