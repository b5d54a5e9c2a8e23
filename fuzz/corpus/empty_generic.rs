fn f<>() {} struct S<>; impl<> S<> {}
