// A match / if let / while let on a place tests the place itself: `ref mut` bindings change it and
// `ref` bindings may be returned out of the function.
fn get<T>(opt: &Option<T>) -> &T {
    match *opt {
        Some(ref v) => v,
        None => panic!("none"),
    }
}

struct Counter {
    slot: Option<u32>,
}

fn main() {
    let mut x = Some(1);
    match x {
        Some(ref mut v) => *v += 10,
        None => {}
    }
    if let Some(ref mut v) = x {
        *v *= 2;
    }
    println!("{:?} {}", x, get(&x));
    let mut c = Counter { slot: Some(0) };
    while let Some(ref mut n) = c.slot {
        *n += 1;
        if *n == 3 {
            c.slot = None;
        }
    }
    let mut arr = [Some(5), None];
    if let Some(ref mut a) = arr[0] {
        *a -= 1;
    }
    println!("{:?} {:?}", c.slot, arr);
    let_destructures_in_place();
}

#[derive(Debug)]
enum Color {
    Rgb(u8, u8, u8),
}

#[allow(dead_code)]
fn let_destructures_in_place() {
    let mut color = Color::Rgb(0, 0, 0);
    let Color::Rgb(ref mut r, _, _) = color;
    *r = 7;
    println!("{:?}", color);
}
