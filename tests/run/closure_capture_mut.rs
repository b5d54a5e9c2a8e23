// FnMut closures mutate captured state; passing FnMut to functions.
fn call_n<F: FnMut()>(n: usize, mut f: F) {
    for _ in 0..n {
        f();
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn main() {
    let mut count = 0;
    call_n(5, || count += 2);
    println!("{}", count);
    let mut log: Vec<String> = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("a");
    record("b");
    println!("{:?}", log);
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {} {}", c1(), c1(), c2(), c1());
    let mut v = vec![3, 1, 2];
    let mut comparisons = 0;
    v.sort_by(|a, b| {
        comparisons += 1;
        a.cmp(b)
    });
    println!("{:?} {}", v, comparisons > 0);
    let mut total = 0;
    (1..=4).for_each(|x| total += x);
    println!("{}", total);
}
