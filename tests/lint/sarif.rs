// rustg-flags: --sarif -
// SARIF 2.1.0 on stdout next to the human diagnostics on stderr.

pub fn f(a: bool) -> bool {
    a == true
}

pub fn g() -> () {}
