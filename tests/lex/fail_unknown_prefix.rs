fn main() {
    let a = foo#bar;
    let b = foo"str";
    let c = foo'c';
    let d = rb"x";
    let e = match"x" {};
    let f = 'a#b;
}
