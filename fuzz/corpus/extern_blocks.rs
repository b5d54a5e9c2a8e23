extern { fn f(...); } extern "C" { fn printf(fmt: *const u8, ...) -> i32; } unsafe extern "C" { safe fn g(); }
