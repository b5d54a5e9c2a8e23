// std::sync::atomic (runtime/std/sync.rs) in statics and locals, statics as single globals
// (interior mutability seen by every use, statics referring to each other), and derive(Clone)
// of a Copy type copying without calling a field's own Clone (rustc's shallow derive).
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicIsize, AtomicPtr, AtomicU8, AtomicUsize, Ordering};

static LOG: AtomicUsize = AtomicUsize::new(0);
static FLAGS: [AtomicBool; 2] = [AtomicBool::new(false), AtomicBool::new(true)];
static CLONES: AtomicUsize = AtomicUsize::new(0);

struct Node {
    next: &'static Node,
    data: i32,
}
static A: Node = Node { next: &B, data: 1 };
static B: Node = Node { next: &A, data: 2 };

fn event(tag: u8) {
    let old = LOG.load(Ordering::SeqCst);
    LOG.store((old << 8) + tag as usize, Ordering::SeqCst);
}

#[derive(Copy)]
struct Liar;
impl Clone for Liar {
    fn clone(&self) -> Self {
        CLONES.fetch_add(1, Ordering::SeqCst);
        *self
    }
}
#[derive(Copy, Clone)]
struct Innocent(Liar);
#[derive(Clone)]
struct Honest(Liar);
#[derive(Copy, Clone)]
struct Wrap<T>(T);

fn main() {
    event(1);
    event(2);
    println!("log {:x}", LOG.load(Ordering::Relaxed));
    assert_eq!(LOG.fetch_add(3, Ordering::Relaxed), 0x102);

    let a = AtomicUsize::new(usize::MAX);
    a.fetch_add(1, Ordering::SeqCst);
    println!("{:?} {:?}", a, a.compare_exchange(0, 7, Ordering::SeqCst, Ordering::Relaxed));
    println!("{:?}", a.compare_exchange_weak(0, 9, Ordering::SeqCst, Ordering::Relaxed));
    println!("{}", a.swap(11, Ordering::AcqRel));

    FLAGS[0].store(true, Ordering::Relaxed);
    for (i, f) in FLAGS.iter().enumerate() {
        println!("flag {} {}", i, f.fetch_xor(true, Ordering::Relaxed));
    }

    let mut b = AtomicI32::new(-3);
    *b.get_mut() += 10;
    println!("{} {}", b.fetch_max(100, Ordering::SeqCst), b.swap(1, Ordering::SeqCst));
    println!("{:?}", b.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 5 { Some(x * 2) } else { None }));
    println!("{:?}", b.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 5 { Some(x * 2) } else { None }));
    println!("{}", b.into_inner());

    let u = AtomicU8::new(250);
    println!("{} {} {}", u.fetch_add(10, Ordering::SeqCst), u.fetch_sub(5, Ordering::SeqCst), u.load(Ordering::SeqCst));
    let i = AtomicIsize::from(-5);
    println!("{} {} {:?}", i.fetch_and(6, Ordering::SeqCst), i.fetch_or(1, Ordering::SeqCst), i);
    let c: AtomicBool = Default::default();
    println!("{:?} {} {:?}", c, c.fetch_or(true, Ordering::SeqCst), c);

    let mut x = 5;
    let p = AtomicPtr::new(&mut x as *mut i32);
    unsafe { *p.load(Ordering::SeqCst) += 1; }
    println!("{}", x);

    let o = Ordering::SeqCst;
    println!("{:?} {}", o, o == Ordering::Relaxed);

    println!("{} {} {}", A.data, A.next.data, A.next.next.data);

    let _ = Innocent(Liar).clone();
    println!("clones {}", CLONES.load(Ordering::SeqCst));
    let _ = Honest(Liar).clone();
    let _ = Wrap(Liar).clone();
    println!("clones {}", CLONES.load(Ordering::SeqCst));
}
