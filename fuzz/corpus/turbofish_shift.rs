fn f() { let _: Vec<Vec<Vec<u8>>> = vec![]; if a < b && c > d {} let x = a as u32 < b; foo::<u8>(); }
