// a byte-order mark is trivia
fn main() {}
