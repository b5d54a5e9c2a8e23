fn main() {}
/** doc never closed
