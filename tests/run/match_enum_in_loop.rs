// Matching enum values with data inside a loop to run a tiny stack machine.
enum Op {
    Push(i64),
    Add,
    Mul,
    Dup,
    Swap,
    Print,
}

fn main() {
    let prog = [Op::Push(3), Op::Push(4), Op::Add, Op::Dup, Op::Mul, Op::Print, Op::Push(7), Op::Push(10), Op::Swap, Op::Print, Op::Print];
    let mut stack = [0i64; 16];
    let mut sp = 0;
    for op in prog {
        match op {
            Op::Push(v) => {
                stack[sp] = v;
                sp += 1;
            }
            Op::Add => {
                sp -= 1;
                stack[sp - 1] += stack[sp];
            }
            Op::Mul => {
                sp -= 1;
                stack[sp - 1] *= stack[sp];
            }
            Op::Dup => {
                stack[sp] = stack[sp - 1];
                sp += 1;
            }
            Op::Swap => {
                let t = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = t;
            }
            Op::Print => {
                sp -= 1;
                println!("{}", stack[sp]);
            }
        }
    }
    println!("depth {}", sp);
}
