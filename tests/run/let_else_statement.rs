// let-else diverges when the pattern does not match.
fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else {
        println!("no comma in {:?}", s);
        return None;
    };
    let Ok(x) = a.trim().parse::<i32>() else {
        println!("bad left {:?}", a);
        return None;
    };
    let Ok(y) = b.trim().parse::<i32>() else {
        println!("bad right {:?}", b);
        return None;
    };
    Some((x, y))
}

fn main() {
    for s in ["1,2", " 30 , -4", "7", "x,1", "1,y"] {
        println!("{:?}", parse_pair(s));
    }
    let mut total = 0;
    for v in [Some(1), None, Some(3)] {
        let Some(n) = v else { continue };
        total += n;
    }
    println!("{}", total);
}
