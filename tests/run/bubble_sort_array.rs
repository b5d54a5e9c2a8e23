// In-place sorts on arrays: bubble, insertion and selection sort agree.
fn bubble(a: &mut [i32; 10]) {
    let n = a.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
        }
    }
}

fn insertion(a: &mut [i32; 10]) {
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = key;
    }
}

fn selection(a: &mut [i32; 10]) {
    for i in 0..a.len() {
        let mut m = i;
        for j in i + 1..a.len() {
            if a[j] < a[m] {
                m = j;
            }
        }
        a.swap(i, m);
    }
}

fn main() {
    let data = [5, -2, 9, 0, 3, 3, 18, -7, 1, 4];
    let mut a = data;
    let mut b = data;
    let mut c = data;
    bubble(&mut a);
    insertion(&mut b);
    selection(&mut c);
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{}", a == b && b == c);
    println!("{:?}", data);
}
