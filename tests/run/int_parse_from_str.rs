// str::parse for integers: success, errors and radix parsing.
fn main() {
    let inputs = ["42", "-17", "+8", "", "abc", "12x", "99999999999", " 5", "0"];
    for s in inputs {
        match s.parse::<i32>() {
            Ok(n) => println!("{:?} -> Ok({})", s, n),
            Err(e) => println!("{:?} -> Err({})", s, e),
        }
    }
    let u: Result<u8, _> = "256".parse();
    println!("{:?}", u.is_err());
    let neg: Result<u32, _> = "-1".parse::<u32>();
    println!("{}", neg.unwrap_err());
    println!("{:?}", i64::from_str_radix("ff", 16));
    println!("{:?}", i64::from_str_radix("-101", 2));
    println!("{:?}", u32::from_str_radix("zz", 36));
    let n: u64 = "18446744073709551615".parse().unwrap();
    println!("{}", n);
    let total: i32 = "1 2 3 4 5".split(' ').map(|t| t.parse::<i32>().unwrap()).sum();
    println!("{}", total);
}
