// Assigning through `c[i]` of a type that implements `Index` but not `IndexMut`.
use std::ops::Index;

struct Grid {
    cells: Vec<i32>,
}

impl Index<usize> for Grid {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.cells[i]
    }
}

fn main() {
    let mut g = Grid { cells: vec![1, 2] };
    g[0] = 5;
    println!("{}", g[0]);
}
