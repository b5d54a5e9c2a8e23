// Result::expect shows the message and the error's Debug form.
#[derive(Debug)]
struct MyErr {
    code: i32,
}

fn op(x: i32) -> Result<i32, MyErr> {
    if x > 2 { Err(MyErr { code: x }) } else { Ok(x) }
}

fn main() {
    for i in 0..5 {
        println!("{}", op(i).expect("op failed"));
    }
}
