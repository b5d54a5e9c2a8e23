// #[cfg] and cfg! on items, statements and expressions with any/all/not.
#[cfg(test)]
fn only_in_tests() -> &'static str {
    "test"
}

#[cfg(not(test))]
fn only_in_tests() -> &'static str {
    "not test"
}

#[cfg(all(unix, target_pointer_width = "64"))]
const PLATFORM: &str = "unix64";
#[cfg(not(all(unix, target_pointer_width = "64")))]
const PLATFORM: &str = "other";

#[cfg(feature = "nonexistent")]
compile_error!("this feature is never enabled");

struct S {
    a: i32,
    #[cfg(any())]
    never: i32,
}

fn main() {
    println!("{}", only_in_tests());
    println!("{}", PLATFORM);
    println!("{}", cfg!(debug_assertions));
    println!("{}", cfg!(any(test, unix)));
    println!("{}", cfg!(target_os = "nonexistent"));
    #[cfg(debug_assertions)]
    println!("debug build");
    #[cfg(not(debug_assertions))]
    println!("release build");
    let s = S { a: 1 };
    println!("{}", s.a);
    let v = vec![
        1,
        #[cfg(any())]
        2,
        3,
    ];
    println!("{:?}", v);
    debug_assert!(s.a == 1, "debug assert holds");
}
