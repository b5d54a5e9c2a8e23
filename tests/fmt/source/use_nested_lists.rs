// A nested use list of two or more items makes the list vertical-mixed even when it fits.
use rand::{distributions::{Distribution, Standard}, rngs::StdRng, Rng, SeedableRng};
use crate::{distributions::{uniform::SampleUniform, Distribution, Uniform}, Rng};
use std::{cmp::min, fmt::Debug, marker::PhantomData};
use a::{b::{c}, d};

fn blocks() {
    { let x = 1; }
    try { acc }
}
