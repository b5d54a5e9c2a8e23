fn f() { let c = 'ab'; let d = '
'; let e = '\"; }
