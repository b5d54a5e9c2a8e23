// User rule `unit-return-type` (tests/lint/rules/.rustg/rules/unit-return-type.yml): matching and non-matching code.

pub mod m {
    fn matching() -> () { println!("x"); }
}

pub mod n {
    fn not_matching() { println!("x"); }
}
