pub fn diameter(r: i32) -> i32 {
    crate::mod_files::util::twice(r)
}
