// while let pops a stack until empty and walks a linked chain of Options.
fn main() {
    let mut stack = vec![1, 2, 3, 4];
    while let Some(top) = stack.pop() {
        println!("pop {}", top);
        if top == 3 {
            stack.push(10);
        }
    }
    let mut n = Some(100u32);
    let mut steps = 0;
    while let Some(v) = n {
        n = if v > 1 { Some(v / 3) } else { None };
        steps += 1;
    }
    println!("steps {}", steps);
    let data = [Ok(1), Ok(2), Err("bad"), Ok(4)];
    let mut i = 0;
    while let Ok(v) = data[i] {
        println!("ok {}", v);
        i += 1;
    }
    println!("stopped at {}", i);
}
