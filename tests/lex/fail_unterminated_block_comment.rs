fn main() {}
/* outer /* nested */ never closed
