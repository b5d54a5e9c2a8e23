// `extern crate` items sort like imports; an item under `#[macro_use]` stays where it is.
#[cfg(feature = "std")]
extern crate std;
#[cfg(feature = "alloc")]
extern crate alloc;

#[macro_use]
pub mod thread;
pub mod sync;
pub mod ascii;
