// Closures as comparator and key functions, capturing sort direction.
#[derive(Debug)]
struct Emp {
    name: &'static str,
    dept: u8,
    salary: u32,
}

fn main() {
    let mut es = vec![
        Emp { name: "ann", dept: 2, salary: 500 },
        Emp { name: "bo", dept: 1, salary: 700 },
        Emp { name: "cy", dept: 2, salary: 700 },
        Emp { name: "di", dept: 1, salary: 300 },
    ];
    let descending = true;
    es.sort_by(|a, b| {
        let o = a.salary.cmp(&b.salary);
        if descending { o.reverse() } else { o }
    });
    println!("{:?}", es.iter().map(|e| e.name).collect::<Vec<_>>());
    es.sort_by_key(|e| (e.dept, std::cmp::Reverse(e.salary)));
    for e in &es {
        println!("{} {} {}", e.dept, e.salary, e.name);
    }
    let threshold = 400;
    let rich = es.iter().filter(|e| e.salary > threshold).count();
    println!("{}", rich);
}
