const CONTROL_ANY: i32 =
    _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ANY | _SIDD_POSITIVE_POLARITY | _SIDD_LEAST_SIGNIFICANT;
pub(crate) fn is_suffix(haystack: &[u8], needle: &[u8]) -> bool {
    needle.len() <= haystack.len() && memcmp(&haystack[haystack.len() - needle.len()..], needle)
}
fn approximate_size(&self) -> usize {
    (self.dense.len() * mem::size_of::<u8>()) + (self.sparse.len() * mem::size_of::<bool>())
}
fn g() {
    let ok = needle.len() <= haystack.len()
        && memcmp(&haystack[haystack.len() - needle.len()..], needle);
}
