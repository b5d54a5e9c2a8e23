// A recursive enum through Box: building and walking a cons list.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => *v + sum(rest),
        List::Nil => 0,
    }
}

fn len(l: &List) -> usize {
    match l {
        List::Cons(_, rest) => 1 + len(rest),
        List::Nil => 0,
    }
}

fn build(n: i32) -> List {
    let mut l = List::Nil;
    let mut i = 1;
    while i <= n {
        l = List::Cons(i, Box::new(l));
        i += 1;
    }
    l
}

fn main() {
    let l = build(5);
    println!("{} {}", sum(&l), len(&l));
    let single = List::Cons(42, Box::new(List::Nil));
    println!("{}", sum(&single));
}
