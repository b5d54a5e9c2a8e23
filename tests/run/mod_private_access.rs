// Private items are visible to their module and its children; pub(crate) and pub(super) widen it.
mod outer {
    fn secret() -> i32 {
        41
    }
    pub(crate) fn crate_visible() -> i32 {
        inner::from_child()
    }
    pub mod inner {
        pub fn from_child() -> i32 {
            super::secret() + 1
        }
        pub(super) fn for_parent() -> i32 {
            2
        }
    }
    pub fn total() -> i32 {
        inner::for_parent() + crate_visible()
    }
}

fn main() {
    println!("{}", outer::crate_visible());
    println!("{}", outer::total());
}
