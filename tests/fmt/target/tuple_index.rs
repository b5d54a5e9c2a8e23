fn f() {
    let a = self.0 .0;
    let b = self.0 .0;
    let c = x.0 .1 .2;
    let d = x.a.0;
    let e = x.0.a;
}
