// std::cmp::Ordering: cmp/partial_cmp on primitives, strings, tuples and derived structs and
// enums, Ordering's combinators, max/min/clamp of Ord values, and `<` on aggregates.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Shape {
    Dot,
    Line(i32),
    Box { w: i32, h: i32 },
}

struct Manual {
    key: i32,
}

impl PartialEq for Manual {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl PartialOrd for Manual {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        other.key.partial_cmp(&self.key)
    }
}

fn describe(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn main() {
    println!("{:?} {:?} {:?}", 1.cmp(&2), 2u8.cmp(&2), 'z'.cmp(&'a'));
    println!("{:?} {:?}", 1.5f64.partial_cmp(&0.5), f64::NAN.partial_cmp(&1.0));
    println!("{:?} {:?}", (-0.0f64).total_cmp(&0.0), 1.0f64.total_cmp(&f64::NAN));
    println!("{:?} {:?}", "apple".cmp("banana"), String::from("b").cmp(&String::from("a")));
    println!("{:?} {:?}", (1, "b").cmp(&(1, "a")), (1, 2, 3) < (1, 3, 0));
    println!("{} {}", describe(3.cmp(&4)), describe(true.cmp(&true)));
    let a = Version { major: 1, minor: 4 };
    let b = Version { major: 1, minor: 10 };
    println!("{:?} {} {} {}", a.cmp(&b), a < b, a >= b, a == b);
    println!("{:?} {:?}", a.max(b), a.min(b));
    println!("{:?}", Version { major: 0, minor: 99 }.clamp(a, b));
    println!("{:?} {:?}", Shape::Dot.partial_cmp(&Shape::Line(-5)), Shape::Line(3).partial_cmp(&Shape::Line(2)));
    println!("{}", Shape::Box { w: 1, h: 2 } > Shape::Box { w: 1, h: 1 });
    println!("{} {}", Manual { key: 1 } < Manual { key: 2 }, Manual { key: 1 } > Manual { key: 2 });
    let o = 1.cmp(&2);
    println!("{:?} {:?} {:?}", o.reverse(), o.then(Ordering::Greater), Ordering::Equal.then(Ordering::Less));
    println!("{:?}", Ordering::Equal.then_with(|| 5.cmp(&1)));
    println!("{} {} {} {} {} {}", o.is_lt(), o.is_le(), o.is_gt(), o.is_ge(), o.is_eq(), o.is_ne());
    println!("{} {}", o == Ordering::Less, o as i32);
    println!("{}", "pear".max("apple"));
    let mut names = vec![String::from("b"), String::from("c"), String::from("a")];
    names.sort_by_key(|s| s.clone());
    println!("{:?}", names);
    let x = 10;
    let y = 20;
    println!("{:?}", x.cmp(&y).then_with(|| y.cmp(&x)));
}
