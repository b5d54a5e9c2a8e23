// Dijkstra's shortest paths on a weighted grid with BinaryHeap, and path reconstruction.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let grid = [
        [1, 3, 1, 2, 9],
        [7, 3, 4, 9, 9],
        [1, 7, 5, 5, 3],
        [2, 3, 4, 2, 5],
    ];
    let h = grid.len();
    let w = grid[0].len();
    let mut dist = vec![vec![u32::MAX; w]; h];
    let mut prev = vec![vec![None; w]; h];
    let mut heap = BinaryHeap::new();
    dist[0][0] = grid[0][0];
    heap.push(Reverse((grid[0][0], 0usize, 0usize)));
    while let Some(Reverse((d, r, c))) = heap.pop() {
        if d > dist[r][c] {
            continue;
        }
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            let nd = d + grid[nr][nc];
            if nd < dist[nr][nc] {
                dist[nr][nc] = nd;
                prev[nr][nc] = Some((r, c));
                heap.push(Reverse((nd, nr, nc)));
            }
        }
    }
    for row in &dist {
        println!("{:?}", row);
    }
    let mut path = vec![(h - 1, w - 1)];
    while let Some(p) = prev[path.last().unwrap().0][path.last().unwrap().1] {
        path.push(p);
    }
    path.reverse();
    println!("{:?}", path);
}
