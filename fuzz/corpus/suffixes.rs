fn f() { 1foo; "s"suffix; 'c'x; b"b"_y; 1.0e5_f32; 0xffu8; 1e3i32; }
