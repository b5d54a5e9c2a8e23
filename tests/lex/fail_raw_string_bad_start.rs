fn main() {
    let s = r#x;
    let t = br##~"x"##;
    let u = r##