fn f() { println!("{:>width$.prec$} {{}} {0:?} {name}", x, width = 5, prec = 2, name = "n"); }
