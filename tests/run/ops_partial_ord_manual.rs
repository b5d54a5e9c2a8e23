// Hand-written PartialEq, Eq, PartialOrd and Ord drive ==, <, sort and max.
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Version {
    major: u32,
    minor: u32,
    label: String,
}

impl PartialEq for Version {
    fn eq(&self, o: &Self) -> bool {
        self.major == o.major && self.minor == o.minor
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        self.major.cmp(&o.major).then_with(|| self.minor.cmp(&o.minor))
    }
}

fn v(major: u32, minor: u32, label: &str) -> Version {
    Version { major, minor, label: label.to_string() }
}

fn main() {
    let a = v(1, 2, "a");
    let b = v(1, 10, "b");
    let c = v(1, 2, "c");
    println!("{} {} {} {}", a < b, a == c, a != b, b >= c);
    println!("{:?} {:?}", a.cmp(&b), b.partial_cmp(&a));
    let mut vs = vec![v(2, 0, "x"), b.clone(), a.clone(), v(0, 9, "y")];
    vs.sort();
    println!("{:?}", vs.iter().map(|v| v.label.as_str()).collect::<Vec<_>>());
    println!("{}", vs.iter().max().unwrap().label);
    println!("{:?}", std::cmp::max(a.clone(), c.clone()).label);
    println!("{:?}", 3.cmp(&5));
    println!("{:?}", Ordering::Less.reverse());
    println!("{:?}", "b".cmp("a").then(Ordering::Less));
    println!("{}", a.clamp(v(1, 5, "lo"), v(3, 0, "hi")).label);
}
