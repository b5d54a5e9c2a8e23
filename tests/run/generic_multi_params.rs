// Several type parameters on structs and functions; nested generic types.
struct KeyValue<K, V> {
    key: K,
    value: V,
}

impl<K: Copy, V: Copy> KeyValue<K, V> {
    fn flip(&self) -> KeyValue<V, K> {
        KeyValue { key: self.value, value: self.key }
    }
}

fn first_of<A, B>(a: A, _b: B) -> A {
    a
}

fn make_vec<T: Copy>(x: T, n: usize) -> Vec<T> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(x);
    }
    v
}

fn main() {
    let kv = KeyValue { key: 'k', value: 10u32 };
    let vk = kv.flip();
    println!("{} {}", vk.key, vk.value);
    println!("{}", first_of("a", 1));
    println!("{}", first_of(2.5, 'x'));
    let v = make_vec(7i8, 3);
    println!("{:?}", v);
    let nested = make_vec(Some(1), 2);
    println!("{:?}", nested);
}
