fn f() { 'a: { break 'a 1; } 'b: while x {} 'c: for _ in y {} let z = 'd: loop {}; }
