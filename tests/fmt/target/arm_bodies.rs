fn f() {
    match x {
        A => foo(a, b),
        B => {
            panic!("x")
        }
        C => a + b,
        F => {
            if a {
                b
            } else {
                c
            }
        }
        G => x.y().z(),
        H => {
            // comment
            x
        }
        I => {
            let y = 1;
            y
        }
        K => return 5,
        Shift::Small { period } => self.find_small_imp(pre, haystack, needle, period),
        Shift::Large { shift } => {
            self.find_large_imp(pre, haystack, needle, shift, and_more_arguments_here)
        }
        R => x,
    }
}
