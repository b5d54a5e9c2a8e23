// A nested use list of two or more items makes the list vertical-mixed even when it fits.
use crate::{
    distributions::{uniform::SampleUniform, Distribution, Uniform},
    Rng,
};
use a::{b::c, d};
use rand::{
    distributions::{Distribution, Standard},
    rngs::StdRng,
    Rng, SeedableRng,
};
use std::{cmp::min, fmt::Debug, marker::PhantomData};

fn blocks() {
    {
        let x = 1;
    }
    try { acc }
}
