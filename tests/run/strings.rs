fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

fn shout(s: &str) -> usize {
    s.len()
}

#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut s = String::new();
    s.push_str("abc");
    s.push('d');
    s += "ef";
    println!("{} {} {}", s, s.len(), s.is_empty());
    let t = String::from("xyz");
    let u = s + &t + "!";
    println!("{}", u);
    let g = greet("world");
    println!("{} {}", g, shout(&g));
    let n = 42.to_string();
    let f = 2.5.to_string();
    let c = 'z'.to_string();
    println!("{}{}{} {}", n, f, c, "lit".to_string());
    let p = Person { name: String::from("Ann"), age: 31 };
    println!("{:?}", p);
    println!("{:#?}", p);
    let q = p.name.clone();
    println!("{} {}", q == "Ann", q.as_str() != "Bob");
    let mut words = Vec::new();
    for i in 0..3 {
        words.push(format!("w{}", i));
    }
    println!("{:?}", words);
    let mut acc = String::new();
    for w in &words {
        acc.push_str(w);
        acc += "-";
    }
    println!("{} {:>12}|{:<8}|", acc, acc, "ab");
}
