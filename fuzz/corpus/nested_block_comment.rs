/* a /* b /* c */ b */ a */ fn f() {}
/** doc */ fn g() {}
/*! inner */
