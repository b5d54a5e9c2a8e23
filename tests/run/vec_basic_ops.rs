// Vec: push/pop, insert/remove, extend, truncate, contains, vec! forms, indexing.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..5 {
        v.push(i * i);
    }
    println!("{:?} len {}", v, v.len());
    println!("{:?} {:?}", v.pop(), v);
    v.insert(0, -1);
    v.insert(2, 100);
    println!("{:?}", v);
    println!("{} {:?}", v.remove(2), v);
    v.extend([7, 8, 9]);
    v.extend(vec![10].iter());
    println!("{:?}", v);
    v.truncate(4);
    println!("{:?} {} {}", v, v.contains(&4), v.contains(&7));
    let z = vec![0u8; 4];
    let w = vec![1, 2, 3];
    println!("{:?} {:?}", z, w);
    println!("{} {}", w[0], w[w.len() - 1]);
    println!("{:?} {:?}", w.first(), w.last());
    let mut x = w.clone();
    x[1] = 20;
    println!("{:?} {:?} {}", w, x, w == x);
    x.clear();
    println!("{:?} {}", x, x.is_empty());
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 5;
    println!("{:?}", grid);
    let mut s = vec!["a".to_string()];
    s.push("b".to_string());
    let joined = s.join("+");
    println!("{}", joined);
    let mut a = vec![1, 2];
    let mut b = vec![3, 4];
    a.append(&mut b);
    println!("{:?} {:?}", a, b);
    let c = Vec::from([9, 8]);
    println!("{:?} {}", c, c.capacity() >= 2);
    let mut big = Vec::with_capacity(100);
    for i in 0..1000 {
        big.push(i);
    }
    println!("{} {}", big.len(), big.iter().sum::<i32>());
}
