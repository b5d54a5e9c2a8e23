// A panic unwinds: the live locals of every frame are dropped, innermost first, moved-out
// ones are not.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(v: &Vec<u32>, i: usize) -> u32 {
    let _guard = Loud("inner guard");
    v[i]
}

fn main() {
    let _a = Loud("a");
    let moved = Loud("moved");
    let keep = vec![moved];
    println!("kept {}", keep.len());
    let _b = Loud("b");
    let v = vec![1, 2, 3];
    println!("{}", inner(&v, 1));
    println!("{}", inner(&v, 7));
}
