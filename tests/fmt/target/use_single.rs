pub use crate::kmerge_impl::kmerge_by;
use a::b as c;
use a::*;
use a::{b, c};
use alloc::string::String;
use alloc::string::String;
use std::collections::hash_map::Entry;
use std::io::{self};
