// Locals and labels introduced by a macro do not capture or shadow the caller's.
macro_rules! add_ten {
    ($e:expr) => {{
        let x = 10;
        $e + x
    }};
}

macro_rules! find_first {
    ($v:expr, $body:expr) => {
        'outer: loop {
            for i in 0..$v {
                if i == 3 {
                    break 'outer;
                }
            }
            $body;
            break;
        }
    };
}

fn main() {
    let x = 1;
    println!("{}", add_ten!(x));
    println!("{}", add_ten!(x * 2));
    let mut count = 0;
    'outer: for _ in 0..2 {
        find_first!(5, count += 1);
        count += 10;
        if count > 100 {
            break 'outer;
        }
    }
    println!("{}", count);
}
