#[derive(Debug)]
struct Item {
    name: &'static str,
    qty: u32,
}

fn total(items: &Vec<Item>) -> u32 {
    let mut t = 0;
    for it in items {
        t += it.qty;
    }
    t
}

fn main() {
    let mut v = Vec::new();
    for i in 0..10 {
        v.push(i * i);
    }
    println!("{:?} len {}", v, v.len());
    v[3] = 100;
    println!("{} {} {}", v[3], v.contains(&81), v.contains(&7));
    while let Some(x) = v.pop() {
        if x < 40 {
            break;
        }
        print!("{} ", x);
    }
    println!();
    let mut w = vec![5, 3, 9, 1, 7];
    w.sort();
    println!("{:?} {}", w, w.is_empty());
    let zeros = vec![0u8; 4];
    println!("{:?}", zeros);
    let items = vec![Item { name: "apple", qty: 3 }, Item { name: "pear", qty: 5 }];
    println!("{} {:#?}", total(&items), items);
    let mut grid: Vec<Vec<i32>> = Vec::new();
    for r in 0..3 {
        let mut row = Vec::new();
        for c in 0..3 {
            row.push(r * 3 + c);
        }
        grid.push(row);
    }
    println!("{:?}", grid);
    for x in w.iter() {
        print!("{} ", x);
    }
    println!();
    let mut s = 0;
    for x in w {
        s += x;
    }
    println!("{}", s);
    let e: Vec<i32> = vec![];
    println!("{:?} {:#?}", e, e);
    let idx = 7;
    println!("{}", zeros[idx]);
}
