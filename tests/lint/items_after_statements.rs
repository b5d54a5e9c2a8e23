// `clippy::items_after_statements`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::items_after_statements

pub mod fires {
    pub fn f() -> i32 {
        let x = 1;
        fn inner() -> i32 {
            2
        }
        x + inner()
    }
}

pub mod clean {
    pub fn f() -> i32 {
        fn inner() -> i32 {
            2
        }
        let x = 1;
        x + inner()
    }
}

#[allow(clippy::items_after_statements)]
pub mod suppressed {
    pub fn f() -> i32 {
        let x = 1;
        fn inner() -> i32 {
            2
        }
        x + inner()
    }
}

pub fn with_attributes() -> isize {
    let a = 1;
    #[inline]
    fn helper() -> isize {
        2
    }
    #[derive(Clone)]
    struct S;
    // clippy stops after an item whose derive expands into more items.
    struct T;
    a + helper()
}
