// `==` / `!=` and assert_eq! on tuples, arrays, Vecs, Strings and #[derive(PartialEq)] types.
#[derive(Debug, PartialEq, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    End,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    let c = Point { x: 2, y: 1 };
    println!("{} {} {}", a == b, a == c, a != c);
    println!("{} {}", (1, "x") == (1, "x"), [1, 2, 3] != [1, 2, 4]);
    let v = vec![Token::Num(3), Token::Op('+'), Token::End];
    println!("{} {}", v[0] == Token::Num(3), v[1] == Token::Op('-'));
    println!("{}", v == vec![Token::Num(3), Token::Op('+'), Token::End]);
    let s = String::from("hi");
    println!("{}", s == String::from("hi"));
    println!("{} {}", Some(a) == Some(b), Some(3) == None);
    assert_eq!(a, b);
    assert_eq!(vec![1, 2], vec![1, 2]);
    assert_ne!(Token::End, Token::Op('x'));
    assert_eq!(c, a, "points differ");
}
