// Only a parenthesized path may appear left of `+` in a bound list.
type A = Box<((Tr)) + Send>;
