fn f() { let; let x; let y: u8; let z = ; let = 1; let (a, b = 1; }
