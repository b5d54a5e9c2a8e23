// Result/Option methods beyond the basics: unwrap_err/expect_err and their neighbours,
// iterators over Option/Result, transpose, in-place Option edits, Default through the trait.
#[derive(Debug, Default, PartialEq)]
enum Level {
    Low,
    #[default]
    Mid,
    High,
}

#[derive(Debug, Default)]
struct Settings {
    name: String,
    level: Level,
    retries: u32,
}

fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))
}

fn main() {
    let good = parse("42");
    let bad = parse("x");
    println!("{}", bad.clone().unwrap_err());
    println!("{}", bad.clone().expect_err("should fail"));
    println!("{} {}", good.clone().is_ok_and(|v| v > 40), bad.clone().is_err_and(|e| e.len() > 100));
    println!("{} {}", good.clone().map_or(0, |v| v * 2), bad.clone().map_or(-1, |v| v * 2));
    println!("{:?} {:?}", good.iter().collect::<Vec<_>>(), bad.iter().count());
    let total: i32 = good.clone().into_iter().chain(bad.clone().into_iter()).sum();
    println!("{}", total);
    let seen = good.clone().inspect(|v| println!("saw {}", v)).inspect_err(|e| println!("err {}", e));
    println!("{:?}", seen);
    let _ = bad.clone().inspect_err(|e| println!("err {}", e));
    let mut m: Result<i32, String> = Ok(1);
    if let Ok(v) = m.as_mut() {
        *v += 10;
    }
    println!("{:?}", m);
    let r: Result<&i32, String> = Ok(&5);
    println!("{:?} {:?}", r.clone().copied(), r.cloned());
    let ro: Result<Option<i32>, String> = Ok(Some(3));
    println!("{:?}", ro.transpose());
    let or: Option<Result<i32, String>> = Some(Err("no".to_string()));
    println!("{:?}", or.transpose());

    let mut o: Option<i32> = None;
    *o.insert(3) += 1;
    println!("{:?}", o);
    let mut p: Option<Vec<i32>> = None;
    p.get_or_insert_with(Vec::new).push(7);
    p.get_or_insert_with(Vec::new).push(8);
    println!("{:?}", p);
    let mut q = Some(10);
    println!("{:?} {:?}", q.take_if(|v| *v > 5), q);
    let mut r2 = Some(4);
    for v in r2.iter_mut() {
        *v *= 3;
    }
    println!("{:?} {:?}", r2, r2.into_iter().collect::<Vec<_>>());
    println!("{:?}", Some((1, 'a')).unzip());
    println!("{:?}", Some(2).inspect(|v| println!("inspect {}", v)));
    let words: Vec<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    let lens: Vec<usize> = words.iter().map(String::len).collect();
    println!("{:?}", lens);

    let s: Settings = Default::default();
    println!("{:?}", s);
    let t = Settings { retries: 3, ..Default::default() };
    println!("{} {:?} {}", t.name.is_empty(), t.level, t.retries);
    println!("{:?} {:?}", Level::default(), <String as Default>::default());
    let pair: (u8, Option<char>, Vec<i32>) = Default::default();
    println!("{:?}", pair);
    println!("{}", Level::default() != Level::High && Level::Low != Level::Mid);
}
