// Hand-written binary search and lower bound over a sorted array, with plain loops.
fn search(a: &[i32; 12], x: i32) -> i32 {
    let mut lo = 0;
    let mut hi = 12;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] == x {
            return mid as i32;
        } else if a[mid] < x {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    -1
}

fn lower_bound(a: &[i32; 12], x: i32) -> usize {
    let mut lo = 0;
    let mut hi = 12;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if a[mid] < x {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn main() {
    let a = [-5, -1, 0, 3, 3, 3, 8, 13, 21, 34, 55, 89];
    for x in [-5, 3, 4, 89, 100, -100, 21] {
        println!("search {} -> {} lower_bound {}", x, search(&a, x), lower_bound(&a, x));
    }
}
