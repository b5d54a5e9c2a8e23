fn f() { let a = |x| -> u8 x; let b = |&x, (y, z)| y; let c = async |x| x; let d = static || 1; }
