// User rule `drop-dbg-arg` (tests/lint/rules/.rustg/rules/drop-dbg-arg.yml): a fix object whose
// `expandEnd` also removes the comma after the match.

fn pair(a: u8, b: u8) -> u8 {
    a + b
}

pub fn matching(x: u8) -> u8 {
    pair(dbg!(x), 3)
}

pub fn not_matching(x: u8) -> u8 {
    let y = dbg!(x);
    pair(y, 3)
}
