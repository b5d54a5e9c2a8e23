// Conway's Game of Life on a small torus: a glider moves across the board.
const W: usize = 8;
const H: usize = 8;

fn step(g: &[[bool; W]; H]) -> [[bool; W]; H] {
    let mut n = [[false; W]; H];
    for y in 0..H {
        for x in 0..W {
            let mut c = 0;
            for dy in [H - 1, 0, 1] {
                for dx in [W - 1, 0, 1] {
                    if dx == 0 && dy == 0 {
                        continue;
                    }
                    if g[(y + dy) % H][(x + dx) % W] {
                        c += 1;
                    }
                }
            }
            n[y][x] = matches!((g[y][x], c), (true, 2) | (_, 3));
        }
    }
    n
}

fn show(g: &[[bool; W]; H]) {
    for row in g {
        let s: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
        println!("{}", s);
    }
}

fn main() {
    let mut g = [[false; W]; H];
    for (x, y) in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)] {
        g[y][x] = true;
    }
    for gen in 0..=8 {
        if gen % 4 == 0 {
            println!("generation {}", gen);
            show(&g);
        }
        g = step(&g);
    }
    let alive: usize = g.iter().map(|r| r.iter().filter(|&&c| c).count()).sum();
    println!("alive {}", alive);
}
