fn main() {
    let n = 42;
    let name = "rustg";
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", n, n, n, n);
    println!("[{:5}] [{:<5}] [{:^6}] [{:>5}]", name, name, name, name);
    println!("[{:*^9}] [{:-<6}] [{:#>4}]", n, "ab", 'c');
    println!("[{:05}] [{:+}] [{:+05}] [{:05}]", n, n, n, -n);
    println!("[{:x}] [{:X}] [{:#x}] [{:o}] [{:#o}] [{:b}] [{:#b}]", 255, 255, 255, 8, 8, 5, 5);
    println!("[{:08b}] [{:#010x}] [{:x}]", 5u8, 255, -1i32);
    println!("{0} {1} {0} {name} {n}", "a", "b");
    println!("{a} {b}", a = 1, b = "two");
    let w = 7;
    println!("[{:w$}] [{:>1$}] [{:.*}]", n, 6, 2, 1.23456);
    println!("[{:.3}] [{:5.1}]", "abcdef", "xyz");
    println!("{:?} {:?} {:?}", "quote\"d", 'q', '\n');
    println!("{:?} {:?}", true, ());
    println!("{:>8?}|{:<6?}|", "dbg", 3);
    println!("{}", '\u{e9}');
    println!("[{:^7}]", "é");
}
