// `extern crate` items sort like imports; an item under `#[macro_use]` stays where it is.
#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[macro_use]
pub mod thread;
pub mod ascii;
pub mod sync;
