// User rule `swap-negated-if` (tests/lint/rules/.rustg/rules/swap-negated-if.yml): matching and non-matching code.

pub fn matching(a: bool) -> i32 {
    if !a { 1 } else { 2 }
}

pub fn not_matching(a: bool) -> i32 {
    if a { 1 } else { 2 }
}
