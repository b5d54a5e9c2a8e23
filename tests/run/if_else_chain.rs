// if / else if / else chains classify numbers.
fn classify(n: i32) {
    if n < 0 {
        println!("{} is negative", n);
    } else if n == 0 {
        println!("{} is zero", n);
    } else if n % 2 == 0 {
        println!("{} is positive and even", n);
    } else {
        println!("{} is positive and odd", n);
    }
}

fn main() {
    classify(-3);
    classify(0);
    classify(4);
    classify(7);
    let mut count = 0;
    let mut n = 0;
    while n < 20 {
        if n % 3 == 0 {
            if n % 5 == 0 {
                count += 10;
            } else {
                count += 1;
            }
        }
        n += 1;
    }
    println!("count {}", count);
}
