// Const generics: functions and structs generic over array lengths.
#[derive(Debug, Clone, Copy)]
struct Vector<const N: usize> {
    v: [i32; N],
}

impl<const N: usize> Vector<N> {
    fn dot(&self, o: &Self) -> i32 {
        let mut s = 0;
        for i in 0..N {
            s += self.v[i] * o.v[i];
        }
        s
    }
    fn dim(&self) -> usize {
        N
    }
}

fn sum<const N: usize>(a: [u64; N]) -> u64 {
    a.iter().sum()
}

fn first_and_last<T: Copy + Default, const N: usize>(a: &[T; N]) -> (T, T) {
    if N == 0 { (T::default(), T::default()) } else { (a[0], a[N - 1]) }
}

fn zeros<const N: usize>() -> [u8; N] {
    [0; N]
}

fn main() {
    let a = Vector { v: [1, 2, 3] };
    let b = Vector { v: [4, 5, 6] };
    println!("{} {}", a.dot(&b), a.dim());
    let c = Vector { v: [1; 5] };
    println!("{} {:?}", c.dim(), c);
    println!("{} {}", sum([1, 2, 3, 4]), sum([10; 7]));
    println!("{:?} {:?}", first_and_last(&['a', 'b', 'c']), first_and_last::<i32, 0>(&[]));
    let z: [u8; 4] = zeros();
    println!("{:?} {}", z, zeros::<9>().len());
}
