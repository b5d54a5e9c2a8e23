pub mod mock; // Public so we don't export `StepRng` directly, making it a bit
// more clear it is intended for testing.

fn f() {
    let a = 1; // first
    // second
    // third
    let b = 2; // x

    // after blank
    match x {
        A => 1, // arm
        // next arm
        B => 2,
    }
}

#[test]
fn test_entry_take_doesnt_corrupt() {
    #![allow(deprecated)] //rand
    // Test for #19292
    fn check() {}
}
