#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Empty,
}

#[derive(Debug)]
enum Color {
    Red = 1,
    Green = 5,
    Blue,
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.0 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Empty => 0.0,
        }
    }
}

fn describe(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "big even",
        _ => "big odd",
    }
}

fn find(arr: &[i32; 5], target: i32) -> Option<usize> {
    for i in 0..arr.len() {
        if arr[i] == target {
            return Some(i);
        }
    }
    None
}

fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c >= '0' && c <= '9' {
        Ok(c as u32 - '0' as u32)
    } else {
        Err("not a digit")
    }
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.5 }, Shape::Empty];
    for s in &shapes {
        println!("{:?} area {}", s, s.area());
    }
    println!("{:#?}", shapes[1]);
    for n in [-5, 0, 2, 10, 11] {
        println!("{} {}", n, describe(n));
    }
    let arr = [4, 8, 15, 16, 23];
    println!("{:?} {:?}", find(&arr, 15), find(&arr, 42));
    if let Some(i) = find(&arr, 16) {
        println!("found at {}", i);
    }
    match find(&arr, 99) {
        Some(i) => println!("at {}", i),
        None => println!("missing"),
    }
    println!("{:?} {:?}", parse_digit('7'), parse_digit('x'));
    println!("{} {}", parse_digit('3').unwrap(), parse_digit('q').unwrap_or(0));
    println!("{} {}", find(&arr, 4).is_some(), find(&arr, 5).is_none());
    println!("{:?} {} {}", Color::Blue, Color::Red as i32, Color::Blue as u8);
    let mut stack = [3, 2, 1, 0];
    let mut top = 4;
    while let Some(v) = if top > 0 { Some(stack[top - 1]) } else { None } {
        print!("{} ", v);
        top -= 1;
        stack[top] = 0;
    }
    println!();
    let c = 'q';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    };
    println!("{}", kind);
    let pair = (3, -3);
    match pair {
        (0, y) => println!("y axis {}", y),
        (x, 0) => println!("x axis {}", x),
        (x, y) if x + y == 0 => println!("diagonal {} {}", x, y),
        _ => println!("elsewhere"),
    }
    let o: Option<Option<i32>> = Some(None);
    println!("{:?}", o);
}
