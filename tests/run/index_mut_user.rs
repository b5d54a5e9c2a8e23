// `c[i] = v`, `c[i] += v` and `&mut c[i]` through user `IndexMut` impls (index_mut runs once per use,
// and may grow the container, unlike `index`).
use std::ops::{Index, IndexMut};
struct Matrix { cols: usize, data: Vec<f64> }
impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 { &self.data[r * self.cols + c] }
}
impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 { println!("mut {} {}", r, c); &mut self.data[r * self.cols + c] }
}
struct Auto(Vec<i32>);
impl Index<usize> for Auto { type Output = i32; fn index(&self, i: usize) -> &i32 { &self.0[i] } }
impl IndexMut<usize> for Auto {
    fn index_mut(&mut self, i: usize) -> &mut i32 { while self.0.len() <= i { self.0.push(0); } &mut self.0[i] }
}
fn bump(x: &mut f64) { *x += 1.0; }
fn main() {
    let mut m = Matrix { cols: 2, data: vec![0.0; 4] };
    m[(0, 1)] = 2.0;
    m[(1, 1)] += 0.5;
    bump(&mut m[(1, 0)]);
    println!("{} {} {} {:?}", m[(0, 1)], m[(1, 1)], m[(1, 0)], m.data);
    let mut a = Auto(vec![]);
    a[3] = 7;
    a[1] += 2;
    println!("{:?} {}", a.0, a[3]);
}
