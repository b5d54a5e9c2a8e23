// std::mem::needs_drop (drop glue of owners and destructors, per instance in generic code) and
// std::ptr::swap (also of one pointer with itself).
use std::mem;
use std::ptr;
struct Trivial(u8, f32);
struct NonTrivial(u8, String);
struct D;
impl Drop for D { fn drop(&mut self) { println!("drop D"); } }
const C: bool = mem::needs_drop::<String>();
static S: bool = mem::needs_drop::<Trivial>();
fn gen<T>() -> bool { mem::needs_drop::<T>() }
fn main() {
    println!("{} {} {} {}", mem::needs_drop::<u8>(), C, S, mem::needs_drop::<NonTrivial>());
    println!("{} {} {} {}", gen::<D>(), gen::<Vec<i32>>(), gen::<(u8, char)>(), gen::<Option<Box<u8>>>());
    let mut a = String::from("a");
    let mut b = String::from("b");
    unsafe { ptr::swap(&mut a, &mut b); }
    println!("{} {}", a, b);
    let p: *mut String = &mut a;
    unsafe { ptr::swap(p, p); }
    println!("{}", a);
    let mut arr = [1, 2, 3];
    let q = arr.as_mut_ptr();
    unsafe { ptr::swap(q, q.add(2)); }
    println!("{:?}", arr);
}
