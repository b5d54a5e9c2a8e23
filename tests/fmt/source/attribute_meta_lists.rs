#![allow(
    clippy::float_cmp,
    clippy::neg_cmp_op_on_partial_ord,
)]
#[cfg_attr(
    all(feature = "llvm-libunwind", any(target_os = "fuchsia", target_os = "linux")),
    link(name = "unwind", kind = "static", modifiers = "-bundle")
)]
extern "C" {}
mod m {
    #[cfg(all(not(all(target_arch = "x86_64", memchr_runtime_simd)), not(miri),))]
    fn f() {}
    #[cfg(all(
        not(miri),
        target_arch = "x86_64",
        memchr_runtime_simd
    ))]
    fn g() {}
    #[unstable(feature = "fmt_internals", reason = "internal to format_args!", issue = "none")]
    fn h() {}
}
#[should_panic(expected = "source slice length (4) does not match destination slice length (5)")]
fn t() {}
#[doc = concat!("[`exit`]: ", include_str!("../primitive_docs/process_exit.md"))]
fn u() {}
#[allow(a, b,)]
fn a() {}
#[cfg(all(a, b,))]
fn b() {}
#[cfg(all(a, b),)]
fn c() {}
#[cfg(any(all(a, b,), c))]
fn d() {}
#[cfg(feature = "x",)]
fn e() {}
#[cfg(x(feature = "x",))]
fn e() {}
#[cfg_attr(test, assert_instr("prfm pldl1strm", RW = _PREFETCH_READ, LOCALITY = _PREFETCH_LOCALITY0))]
fn p() {}
#[cfg(any(
    all(
        target_env = "newlib",
        not(any(target_os = "espidf", target_os = "horizon"))
    ),
    target_os = "solaris", target_os = "illumos", target_os = "emscripten", target_os = "l4re"
))]
fn q() {}
