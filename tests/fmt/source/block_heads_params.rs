fn f() {
    if unsafe { __rust_alloc_error_handler_should_panic != 0 } {
        panic!("x");
    }
    for slot in unsafe { buf.unfilled_mut() } {
        slot.write(self.byte);
    }
    while unsafe { DEBUG == 0 } {}
}
impl X {
    fn reseed_and_generate(
        &mut self, results: &mut <Self as BlockRngCore>::Results, global_fork_counter: usize,
    ) {
        let x = 1;
    }
    fn choose_weighted<R, F, B, X>(
        &self, rng: &mut R, weight: F,
    ) -> Result<&Self::Item, WeightedError>
    where
        R: Rng + ?Sized,
    {
        let x = 1;
    }
}
