enum SingleVariant {
    Points(u32)
}
fn test3() {
    let variant: !;
    let c = || {
        match variant {
            SingleVariant::Points(_) => {}
        }
    };
    c();
}
fn main() { test3(); }
