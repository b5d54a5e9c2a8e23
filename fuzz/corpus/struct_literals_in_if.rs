fn f() { if x == S {} {} match S { a: 1 } {} while S {} {} for x in S {} {} }
