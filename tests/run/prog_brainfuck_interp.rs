// A Brainfuck interpreter with precomputed jump table running a hello-world program.
fn run(code: &str, input: &[u8]) -> String {
    let prog: Vec<u8> = code.bytes().filter(|b| b"+-<>[].,".contains(b)).collect();
    let mut jump = vec![0usize; prog.len()];
    let mut stack = Vec::new();
    for (i, &c) in prog.iter().enumerate() {
        if c == b'[' {
            stack.push(i);
        } else if c == b']' {
            let j = stack.pop().expect("unbalanced");
            jump[i] = j;
            jump[j] = i;
        }
    }
    let mut tape = vec![0u8; 30000];
    let (mut ip, mut dp, mut inp) = (0usize, 0usize, 0usize);
    let mut out = String::new();
    while ip < prog.len() {
        match prog[ip] {
            b'+' => tape[dp] = tape[dp].wrapping_add(1),
            b'-' => tape[dp] = tape[dp].wrapping_sub(1),
            b'>' => dp += 1,
            b'<' => dp -= 1,
            b'.' => out.push(tape[dp] as char),
            b',' => {
                tape[dp] = input.get(inp).copied().unwrap_or(0);
                inp += 1;
            }
            b'[' if tape[dp] == 0 => ip = jump[ip],
            b']' if tape[dp] != 0 => ip = jump[ip],
            _ => {}
        }
        ip += 1;
    }
    out
}

fn main() {
    let hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
    print!("{}", run(hello, b""));
    let rev = ">,[>,]<[.<]";
    println!("{}", run(rev, b"stressed"));
    let add = ",>,[<+>-]<------------------------------------------------.";
    println!("{}", run(add, b"34"));
}
