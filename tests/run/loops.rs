fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();
    let mut count = 0;
    let r = loop {
        count += 3;
        if count > 20 {
            break count * 2;
        }
    };
    println!("loop result {}", r);
    for i in 0..5 {
        if i == 1 {
            continue;
        }
        if i == 4 {
            break;
        }
        print!("{} ", i);
    }
    println!();
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                println!("found {} {}", i, j);
                break 'outer;
            }
            if j > i {
                continue 'outer;
            }
        }
    }
    let mut total = 0;
    for i in 1..=10 {
        total += i;
    }
    println!("total {}", total);
    for i in (1..=4).rev() {
        print!("{} ", i);
    }
    println!();
    for i in (0..20).step_by(7) {
        print!("{} ", i);
    }
    println!();
    for i in (0..=255u8).rev() {
        if i < 253 {
            break;
        }
        print!("{} ", i);
    }
    println!();
}
