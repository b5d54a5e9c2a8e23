#! // comment
/* block */ [allow(unused)]
fn main() {}
