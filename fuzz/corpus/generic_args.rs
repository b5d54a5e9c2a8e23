fn f() { a::<{ N }>(); b::<'a, T, 3, -1, { x + 1 }, Item = u8, Assoc: Bound>(); c::<>(); }
