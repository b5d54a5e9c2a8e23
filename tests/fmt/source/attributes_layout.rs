#[cfg(feature = "simd_support")] use packed_simd::*;
#[doc(no_inline)] pub use crate::seq::{IteratorRandom, SliceRandom};
#[cfg(feature = "simd_support")] simd_impl! { f32x2, f32, m32x2, u32x2 }

#[cfg_attr(any(target_os = "netbsd", target_os = "openbsd", target_os = "vxworks"), ignore)]
#[cfg_attr(test, assert_instr("prfm pldl1strm", RW = _PREFETCH_READ, LOCALITY = _PREFETCH_LOCALITY0))]
#[cfg(not(any(target_os = "vxworks", target_os = "espidf", target_os = "horizon")))]
fn f() {
    #[cfg(x)] let a = 1;
}
