#[unstable(feature = "char_internals", reason = "exposed only for libstd", issue = "none")]
pub use x;
#[cfg(any(all(not(target_arch = "aarch64"), not(target_arch = "x86_64")), target_os = "none", feature = "x"))]
fn f() {}
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
struct S;
