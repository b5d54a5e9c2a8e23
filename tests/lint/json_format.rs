// rustg-flags: --error-format=json
// JSON diagnostics: the lint name is the code, suggestions are children with replacements.

pub fn f(x: i32) -> i32 {
    return x + 1;
}

pub struct P {
    pub x: i32,
}

pub fn g(x: i32) -> P {
    P { x: x }
}
