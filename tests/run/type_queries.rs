// std::any::type_name (rustc's paths for std and user types, items in function bodies) and
// size_of/align_of/min_align_of of a type parameter, answered per instance.
#![allow(deprecated)]
use std::any::type_name;
use std::mem;

struct Foo<T> {
    _x: T,
}
enum E {
    _A,
}
#[derive(Debug)]
struct S<const N: usize>;

fn name_of<T>(_: &T) -> &'static str {
    type_name::<T>()
}
fn sizes<T>() -> (usize, usize) {
    (mem::size_of::<T>(), mem::min_align_of::<T>())
}
struct Pair<U, V> {
    _u: U,
    _v: V,
}
impl<U, V> Pair<U, V> {
    fn sz(&self) -> usize {
        mem::size_of::<U>() + 100 * mem::align_of::<V>()
    }
}
fn local() {
    struct L;
    println!("{}", type_name::<L>());
}

fn main() {
    println!("{}", type_name::<isize>());
    println!("{}", type_name::<Foo<usize>>());
    println!("{}", type_name::<&str>());
    println!("{}", type_name::<&mut [u8]>());
    println!("{}", type_name::<String>());
    println!("{}", type_name::<Vec<Option<i32>>>());
    println!("{}", type_name::<(i32, char, ())>());
    println!("{}", type_name::<[f64; 3]>());
    println!("{}", type_name::<E>());
    println!("{}", type_name::<Result<u8, String>>());
    println!("{}", type_name::<*const u8>());
    println!("{}", type_name::<fn(i32) -> bool>());
    println!("{}", std::any::type_name::<S<3>>());
    println!("{} {} {}", name_of(&1u16), name_of(&"x"), name_of(&Foo { _x: 'c' }));
    println!("{:?} {:?} {:?}", sizes::<u8>(), sizes::<(u8, u32)>(), sizes::<Option<&i32>>());
    println!("{:?} {:?}", sizes::<Foo<u64>>(), sizes::<[u16; 5]>());
    println!("{}", Pair { _u: 0u8, _v: 1u16 }.sz());
    println!("{}", mem::min_align_of::<u64>());
    local();
}
