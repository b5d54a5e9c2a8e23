// Raw pointers: coercions from references, casts to and from integers and between pointee types,
// `*p` reads and writes, pointer arithmetic, std::ptr's functions, slices from raw parts,
// as_ptr/as_mut_ptr, zero-sized pointees, equality and a linked structure through *mut.
use std::ptr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

struct Zst;

struct Node {
    value: u32,
    next: *mut Node,
}

fn bump(p: *mut i32) {
    unsafe {
        *p += 1;
    }
}

fn sum(p: *const u16, len: usize) -> u32 {
    let mut total = 0u32;
    for i in 0..len {
        total += unsafe { *p.add(i) } as u32;
    }
    total
}

fn main() {
    let x = 5isize;
    let p: *const isize = &x;
    let q = &x as *const isize;
    unsafe {
        println!("{} {}", *p, *q);
    }
    println!("equal {} {}", p == q, p != q);
    let m: *mut i32 = ptr::null_mut();
    let c: *const u8 = ptr::null();
    println!("null {} {} {}", m.is_null(), c.is_null(), p.is_null());

    let mut v = 10;
    let pv = &mut v as *mut i32;
    bump(pv);
    unsafe {
        *pv *= 2;
    }
    println!("v {}", v);
    let pc: *const i32 = pv;
    println!("through const {}", unsafe { *pc });

    let arr = [1u16, 2, 3, 4, 5];
    let a = arr.as_ptr();
    println!("sum {} {}", sum(a, arr.len()), sum(unsafe { a.add(2) }, 3));
    unsafe {
        println!("read {} {} {}", a.add(4).read(), *a.offset(1), *a.add(3).sub(2));
        println!("offset_from {}", a.add(4).offset_from(a.add(1)));
    }
    let s = unsafe { std::slice::from_raw_parts(a.add(1), 3) };
    println!("slice {:?} {}", s, s.len());

    let mut buf = vec![0i64; 4];
    let bp = buf.as_mut_ptr();
    for i in 0..4 {
        unsafe {
            bp.add(i).write(i as i64 * 11);
        }
    }
    let whole = unsafe { std::slice::from_raw_parts_mut(bp, 4) };
    whole[0] = -1;
    println!("buf {:?}", buf);

    let mut pt = Point { x: 1, y: 2 };
    let pp = &mut pt as *mut Point;
    unsafe {
        (*pp).x = 7;
        ptr::write(pp, Point { x: 9, y: (*pp).x });
    }
    println!("{:?} {:?}", pt, unsafe { ptr::read(pp) });

    let addr = p as usize;
    println!("aligned {}", addr != 0 && addr % std::mem::align_of::<isize>() == 0);
    let back = addr as *const isize;
    println!("back {}", unsafe { *back });
    let bytes = &x as *const isize as *const u8;
    println!("low byte {}", unsafe { *bytes });
    println!("ptr::eq {} {}", ptr::eq(&x, &x), ptr::eq(&arr[0], &arr[1]));

    let z = 1 as *mut Zst;
    unsafe {
        ptr::write(z, Zst);
        let _read: Zst = z.read();
    }
    println!("zst add {}", unsafe { z.add(5) } == z);

    let mut third = Node { value: 3, next: ptr::null_mut() };
    let mut second = Node { value: 2, next: &mut third };
    let first = Node { value: 1, next: &mut second as *mut Node };
    let mut cur: *const Node = &first;
    let mut seen = Vec::new();
    while !cur.is_null() {
        unsafe {
            seen.push((*cur).value);
            cur = (*cur).next;
        }
    }
    println!("list {:?}", seen);
    unsafe {
        (*second.next).value = 30;
    }
    println!("third {}", third.value);
    println!("size {} {}", std::mem::size_of::<*const u8>(), std::mem::size_of::<Option<*const u8>>());
}
