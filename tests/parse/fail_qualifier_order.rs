// Function qualifiers come in the order const, async, unsafe, extern.
unsafe const fn f() {}
extern "C" unsafe fn g() {}
