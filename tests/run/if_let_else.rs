// if let with else, chains of if let / else if let, and matches!.
#[derive(Debug)]
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
}

fn show(m: &Msg) {
    if let Msg::Move { x, y } = m {
        println!("move {} {}", x, y);
    } else if let Msg::Write(s) = m {
        println!("write {}", s);
    } else {
        println!("other {:?}", m);
    }
}

fn main() {
    let msgs = [Msg::Move { x: 1, y: -1 }, Msg::Write("hi".to_string()), Msg::Quit];
    for m in &msgs {
        show(m);
    }
    let maybe: Option<i32> = Some(5);
    if let Some(x) = maybe {
        println!("got {}", x);
    }
    let none: Option<i32> = None;
    if let Some(x) = none {
        println!("got {}", x);
    } else {
        println!("none");
    }
    println!("{}", matches!(msgs[0], Msg::Move { x: 1, .. }));
    println!("{}", matches!(maybe, Some(n) if n > 10));
    let v = if let Some(n) = maybe { n * 2 } else { 0 };
    println!("{}", v);
}
