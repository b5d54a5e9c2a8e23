fn later() -> i32 {
    todo!()
}

fn main() {
    println!("start");
    println!("{}", later());
}
