// Float literals, and the cases where a dot does not make a float.
1.0 1.5e10 1e10 1E10 1e+10 1e-10 1.0e-5_f32 2.5f64 1_000.000_1 3f32
1. 1.;
1.foo() 1..2 1...2 1..=2 1.0.0 0.1.2
1._x 1.e3 1.0e1.0
0e0 0.0 00.0
