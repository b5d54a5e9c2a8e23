#[derive(Debug)]
enum ParseError {
    Empty,
    BadChar(char),
}

fn parse(s: &str, c: char) -> Result<i32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    if c == 'x' {
        Err(ParseError::BadChar(c))
    } else {
        Ok(s.len() as i32)
    }
}

fn main() {
    println!("{:?}", parse("", 'a'));
    println!("{}", parse("abc", 'a').unwrap());
    println!("{}", parse("abc", 'x').unwrap());
}
