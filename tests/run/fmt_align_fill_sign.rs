// Fill characters, alignment, sign and alternate forms.
fn main() {
    println!("[{:*<8}] [{:*>8}] [{:*^8}] [{:*^9}]", "ab", "ab", "ab", "ab");
    println!("[{:-^20}]", " title ");
    println!("[{:0>6}] [{:#>4}] [{:é^7}]", 7, 12345, "x");
    println!("[{:+}] [{:+}] [{:+}] [{:+.2}]", 5, -5, 0, 1.5);
    println!("[{:+05}] [{:<+5}] [{:^+7}]", 42, 42, -4);
    println!("[{:#x}] [{:#X}] [{:#o}] [{:#b}]", 255, 255, 8, 5);
    println!("[{:#010x}] [{:#06b}] [{:08b}]", 255, 3, 200u8);
    println!("[{:>10}] [{:<10}]", format!("{:.1}", 2.25), true);
    println!("[{:^10}]", 'c');
    println!("[{:>6}] [{:<6}] [{:^6}]", -12, -12, -12);
    let items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)];
    println!("{:<12}|{:>8}|{:>5}", "item", "price", "qty");
    println!("{:-<12}+{:->8}+{:->5}", "", "", "");
    for (n, p, q) in items {
        println!("{:<12}|{:>8.2}|{:>5}", n, p, q);
    }
}
