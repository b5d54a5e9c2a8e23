// Tic-tac-toe: a board of enums, winner detection over lines, and a scripted game.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Cell {
    Empty,
    X,
    O,
}

const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

fn winner(b: &[Cell; 9]) -> Option<Cell> {
    for l in LINES {
        let c = b[l[0]];
        if c != Cell::Empty && c == b[l[1]] && c == b[l[2]] {
            return Some(c);
        }
    }
    None
}

fn show(b: &[Cell; 9]) {
    for r in 0..3 {
        let mut line = String::new();
        for c in 0..3 {
            line.push(match b[r * 3 + c] {
                Cell::Empty => '.',
                Cell::X => 'X',
                Cell::O => 'O',
            });
        }
        println!("{}", line);
    }
}

fn main() {
    let moves = [4, 0, 2, 6, 3, 5, 1, 7, 8];
    let mut b = [Cell::Empty; 9];
    let mut turn = Cell::X;
    for (i, &m) in moves.iter().enumerate() {
        if b[m] != Cell::Empty {
            println!("illegal move {}", m);
            continue;
        }
        b[m] = turn;
        if let Some(w) = winner(&b) {
            show(&b);
            println!("{:?} wins after {} moves", w, i + 1);
            return;
        }
        turn = if turn == Cell::X { Cell::O } else { Cell::X };
    }
    show(&b);
    println!("draw");
}
