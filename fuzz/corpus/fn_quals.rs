pub const unsafe extern "C" fn f() {} async unsafe fn g() {} default fn h() {} const async fn i() {}
