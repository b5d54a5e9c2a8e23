// Impl blocks for one instance of a generic struct (`impl Wrapper<i32>`) beside a generic one.
struct Wrapper<T> {
    value: T,
}

impl<T: Copy> Wrapper<T> {
    fn get(&self) -> T {
        self.value
    }
}

impl Wrapper<i32> {
    fn doubled(&self) -> i32 {
        self.value * 2
    }
}

impl Wrapper<f64> {
    fn halved(&self) -> f64 {
        self.value / 2.0
    }
}

fn main() {
    let w = Wrapper { value: 21 };
    println!("{} {}", w.get(), w.doubled());
    let f = Wrapper { value: 3.0 };
    println!("{} {}", f.get(), f.halved());
}
