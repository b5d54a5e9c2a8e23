// derive(Clone, Copy): copies are independent; Clone of owned fields is deep.
#[derive(Debug, Clone, Copy, PartialEq)]
struct P {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Doc {
    title: String,
    pages: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    Fast,
    Slow(u8),
}

fn bump(mut p: P) -> P {
    p.x += 100;
    p
}

fn main() {
    let a = P { x: 1, y: 2 };
    let b = a;
    let c = bump(a);
    println!("{:?} {:?} {:?}", a, b, c);
    let d1 = Doc { title: "t".into(), pages: vec![1, 2] };
    let mut d2 = d1.clone();
    d2.title.push('2');
    d2.pages.push(3);
    println!("{:?} {:?}", d1, d2);
    let m = Mode::Slow(3);
    let n = m;
    println!("{:?} {:?} {:?}", m, n, Mode::Fast);
    let arr = [a; 3];
    println!("{:?}", arr);
    let v = vec![d1.clone(); 2];
    println!("{}", v.len());
    let t = (a, 5u8);
    let t2 = t;
    println!("{:?} {:?}", t, t2);
}
