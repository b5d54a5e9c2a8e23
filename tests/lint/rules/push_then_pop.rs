// User rule `push-then-pop` (tests/lint/rules/.rustg/rules/push-then-pop.yml): matching and non-matching code.

pub fn matching(mut v: Vec<i32>) -> Vec<i32> {
    v.push(1);
    v.pop();
    v
}

pub fn not_matching(mut v: Vec<i32>) -> Vec<i32> {
    v.push(1);
    v
}
