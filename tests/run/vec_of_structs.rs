// Vec of structs: building, updating in place, searching, sorting by field.
#[derive(Debug, Clone)]
struct Item {
    name: String,
    price: u32,
    qty: u32,
}

fn main() {
    let mut items = vec![
        Item { name: "apple".to_string(), price: 3, qty: 10 },
        Item { name: "pear".to_string(), price: 5, qty: 0 },
        Item { name: "melon".to_string(), price: 12, qty: 2 },
    ];
    items.push(Item { name: "grape".to_string(), price: 7, qty: 4 });
    for it in items.iter_mut() {
        if it.qty == 0 {
            it.qty = 1;
        }
    }
    let total: u32 = items.iter().map(|i| i.price * i.qty).sum();
    println!("total {}", total);
    items.sort_by(|a, b| b.price.cmp(&a.price));
    for it in &items {
        println!("{:>6} {:3} x{}", it.name, it.price, it.qty);
    }
    let found = items.iter().find(|i| i.name.starts_with('g'));
    println!("{:?}", found);
    let cheap: Vec<String> = items.iter().filter(|i| i.price < 6).map(|i| i.name.clone()).collect();
    println!("{:?}", cheap);
    let mut copy = items.clone();
    copy[0].name.push_str("!");
    println!("{} {}", items[0].name, copy[0].name);
}
