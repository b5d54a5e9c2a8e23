pub fn decode<T: DecodableFloat>(v: T) -> (/*negative?*/ bool, FullDecoded) {
    let a = (/* x */ 1, 2);
    foo(/* a */ 1);
    match x {
        Ok(_) => return, // got a notification
        Err(_) => {}     // spurious wakeup, go back to sleep
    }
}
