// return from the middle of loops and nested blocks; unit-returning functions.
fn find(haystack: [i32; 8], needle: i32) -> i32 {
    let mut i = 0;
    while i < 8 {
        if haystack[i] == needle {
            return i as i32;
        }
        i += 1;
    }
    -1
}

fn report(x: i32) {
    if x < 0 {
        println!("not found");
        return;
    }
    println!("found at {}", x);
}

fn nested(n: i32) -> &'static str {
    for i in 0..10 {
        if i == n {
            {
                return "small";
            }
        }
    }
    "big"
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42, 7, 1];
    report(find(data, 23));
    report(find(data, 5));
    report(find(data, 4));
    println!("{} {}", nested(3), nested(30));
}
