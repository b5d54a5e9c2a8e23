fn f<T>() where T: A, for<'a> &'a T: B, [T; 2]: C, {}
struct S<T> where T: A;
struct U<T>(T) where T: A;
