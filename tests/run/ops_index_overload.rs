// Index and IndexMut for a custom matrix type, and Deref for a wrapper.
use std::ops::{Deref, DerefMut, Index, IndexMut};

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        &mut self.data[r * self.cols + c]
    }
}

struct Sorted(Vec<i32>);

impl Deref for Sorted {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

impl DerefMut for Sorted {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.0
    }
}

fn main() {
    let mut m = Matrix::new(2, 3);
    for r in 0..m.rows {
        for c in 0..m.cols {
            m[(r, c)] = (r * 10 + c) as f64;
        }
    }
    m[(1, 1)] += 0.5;
    println!("{} {} {}", m[(0, 2)], m[(1, 1)], m.data.len());
    let mut s = Sorted(vec![3, 1, 2]);
    s.sort();
    s.push(9);
    println!("{:?} {} {:?}", *s, s.len(), s.first());
    println!("{}", s.iter().sum::<i32>());
}
