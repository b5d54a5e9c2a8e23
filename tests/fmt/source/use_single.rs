use alloc::{string::String};
pub use crate::kmerge_impl::{kmerge_by};
use std::collections::hash_map::{Entry};
use std::io::{self};
use a::{b as c};
use a::{b, c};
use a::{*};
use alloc::{
    string::String,
};
