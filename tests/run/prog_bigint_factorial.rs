// Arbitrary-precision unsigned integers as base-10^9 limbs: factorial and Fibonacci.
#[derive(Clone, Debug, PartialEq)]
struct Big(Vec<u32>);

const BASE: u64 = 1_000_000_000;

impl Big {
    fn from(n: u64) -> Big {
        let mut v = vec![];
        let mut n = n;
        loop {
            v.push((n % BASE) as u32);
            n /= BASE;
            if n == 0 {
                break;
            }
        }
        Big(v)
    }
    fn mul_small(&self, k: u32) -> Big {
        let mut carry = 0u64;
        let mut out = Vec::with_capacity(self.0.len() + 1);
        for &d in &self.0 {
            let t = d as u64 * k as u64 + carry;
            out.push((t % BASE) as u32);
            carry = t / BASE;
        }
        while carry > 0 {
            out.push((carry % BASE) as u32);
            carry /= BASE;
        }
        Big(out)
    }
    fn add(&self, o: &Big) -> Big {
        let n = self.0.len().max(o.0.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let t = *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push((t % BASE) as u32);
            carry = t / BASE;
        }
        if carry > 0 {
            out.push(carry as u32);
        }
        Big(out)
    }
    fn to_string(&self) -> String {
        let mut s = format!("{}", self.0.last().unwrap());
        for d in self.0.iter().rev().skip(1) {
            s.push_str(&format!("{:09}", d));
        }
        s
    }
}

fn main() {
    let mut f = Big::from(1);
    for i in 1..=50u32 {
        f = f.mul_small(i);
        if i % 10 == 0 {
            println!("{}! = {}", i, f.to_string());
        }
    }
    let (mut a, mut b) = (Big::from(0), Big::from(1));
    for _ in 0..200 {
        let c = a.add(&b);
        a = b;
        b = c;
    }
    println!("fib(200) = {}", a.to_string());
    let digit_sum: u32 = f.to_string().chars().map(|c| c.to_digit(10).unwrap()).sum();
    println!("digit sum of 50! = {}", digit_sum);
}
