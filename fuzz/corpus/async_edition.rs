fn f() { let async = 1; let await = 2; let dyn = 3; let try = 4; x.await; async {}; }
