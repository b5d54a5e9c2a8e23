// Narrow struct literals and variants written over lines are joined; an enum with a tall
// variant writes every struct variant vertically; an unsafe block as an if head stays.
enum PermutationState {
    StartUnknownLen {
        k: usize,
    },
    OngoingUnknownLen {
        k: usize,
        min_n: usize,
    },
    Empty,
}

enum Call {
    Write { inputs: Vec<&'static [u8]>, output: io::Result<usize> },
    Flush { output: io::Result<()> },
}

fn f() -> Permutations {
    if unsafe { DEBUG == 0 } { None } else { Some(SgxPanicOutput(None)) }
    Permutations {
        vals,
        state,
    }
}
