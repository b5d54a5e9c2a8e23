// Nested arrays as a grid: fill, transpose, print.
fn main() {
    let mut g = [[0i32; 4]; 3];
    for r in 0..3 {
        for c in 0..4 {
            g[r][c] = (r * 4 + c) as i32;
        }
    }
    for row in g {
        println!("{:?}", row);
    }
    let mut t = [[0i32; 3]; 4];
    for r in 0..3 {
        for c in 0..4 {
            t[c][r] = g[r][c];
        }
    }
    for row in &t {
        let mut line = 0;
        for v in row {
            line += v;
        }
        println!("{:?} sum {}", row, line);
    }
    let id = [[1, 0], [0, 1]];
    let m = [[2, 3], [4, 5]];
    let mut p = [[0; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            for k in 0..2 {
                p[i][j] += m[i][k] * id[k][j];
            }
        }
    }
    println!("{:?}", p);
}
