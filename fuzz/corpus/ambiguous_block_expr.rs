fn f() { {1} - 1; match x {} (y); if a {} [0]; unsafe {} * p; loop {}.f(); }
