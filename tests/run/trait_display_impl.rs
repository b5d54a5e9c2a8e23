// Implementing Display and Debug by hand; to_string through Display; padding of custom types.
use std::fmt;

struct Frac {
    n: i32,
    d: i32,
}

impl fmt::Display for Frac {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.d == 1 {
            write!(f, "{}", self.n)
        } else {
            write!(f, "{}/{}", self.n, self.d)
        }
    }
}

struct Matrix([[i32; 2]; 2]);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.0 {
            writeln!(f, "[{:3} {:3}]", row[0], row[1])?;
        }
        Ok(())
    }
}

struct Secret(u32);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret(***{})", self.0 % 10)
    }
}

struct Padded(&'static str);

impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

fn main() {
    let h = Frac { n: 1, d: 2 };
    println!("{} and {}", h, Frac { n: 3, d: 1 });
    let s = h.to_string();
    println!("{} {}", s, s.len());
    print!("{}", Matrix([[1, 20], [-3, 400]]));
    println!("{:?}", Secret(1234));
    println!("{:?}", vec![Secret(5), Secret(16)]);
    println!("[{:>8}] [{:<8}] [{:^8}]", Padded("abc"), Padded("abc"), Padded("abc"));
    println!("[{:>8}]", h);
}
