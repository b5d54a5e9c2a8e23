fn f() { x as u8 as u16 as i32; y as *const u8 as usize; z as Vec<u8> < w; -1i32 as u32; &x as &dyn A; }
