fn f() { a += 1; b <<= 2; c >>= 3; d &&= e; f || g && h; i != j; k == l; m -> n; o => p; q :: r; s ... t; u @ v; w ^= x; y |= z; !a; -b; *c; &d; &&e; &mut f; ?g; #h; $i; ~j; }
