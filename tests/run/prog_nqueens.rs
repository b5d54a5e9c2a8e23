// N-queens by backtracking: counts solutions for n = 1..8 and prints the first for n = 6.
fn solve(n: usize, row: usize, cols: &mut Vec<usize>, count: &mut u32, first: &mut Option<Vec<usize>>) {
    if row == n {
        *count += 1;
        if first.is_none() {
            *first = Some(cols.clone());
        }
        return;
    }
    for c in 0..n {
        let ok = cols.iter().enumerate().all(|(r, &qc)| qc != c && (row - r) != (if c > qc { c - qc } else { qc - c }));
        if ok {
            cols.push(c);
            solve(n, row + 1, cols, count, first);
            cols.pop();
        }
    }
}

fn main() {
    for n in 1..=8 {
        let mut count = 0;
        let mut first = None;
        solve(n, 0, &mut Vec::new(), &mut count, &mut first);
        println!("n={} solutions={}", n, count);
        if n == 6 {
            for c in first.unwrap() {
                println!("{}", (0..n).map(|i| if i == c { 'Q' } else { '.' }).collect::<String>());
            }
        }
    }
}
