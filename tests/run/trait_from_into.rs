// From/Into, TryFrom/TryInto, AsRef and FromStr conversions.
use std::convert::TryFrom;
use std::str::FromStr;

#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{} is odd", v)) }
    }
}

#[derive(Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl FromStr for Rgb {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() != 3 {
            return Err("need 3 parts".to_string());
        }
        let p = |i: usize| parts[i].trim().parse::<u8>().map_err(|e| e.to_string());
        Ok(Rgb(p(0)?, p(1)?, p(2)?))
    }
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    println!("{:?} {:?}", Even::try_from(8), Even::try_from(7));
    let r: Result<Even, _> = 10u32.try_into();
    println!("{:?}", r);
    println!("{:?}", "1, 2,3".parse::<Rgb>());
    println!("{:?}", "1,2".parse::<Rgb>());
    println!("{:?}", Rgb::from_str("1,2,300"));
    println!("{} {}", shout("abc"), shout(String::from("def")));
    let n: i64 = i64::from(7u32);
    let s: String = 'c'.into();
    let v: Vec<u8> = "hi".into();
    println!("{} {} {:?}", n, s, v);
    println!("{:?} {:?}", u8::try_from(300i32).is_err(), i8::try_from(-5i64));
    let big: u64 = 5u8.into();
    println!("{}", big);
    let b: Box<str> = "boxed".into();
    println!("{}", b);
}
