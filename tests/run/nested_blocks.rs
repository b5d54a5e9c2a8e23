fn sign(x: i64) -> i64 {
    match_like(x)
}

fn match_like(x: i64) -> i64 {
    let r = if x > 0 { 1 } else { if x < 0 { -1 } else { 0 } };
    r
}

fn main() {
    let v = {
        let mut acc = 0;
        let mut i = 0;
        loop {
            if i == 10 {
                break;
            }
            acc += {
                let sq = i * i;
                sq
            };
            i += 1;
        }
        acc
    };
    println!("{} {} {} {}", v, sign(-9), sign(0), sign(12));
    let w = loop {
        break if v > 100 { "big" } else { "small" };
    };
    println!("{}", w);
}
