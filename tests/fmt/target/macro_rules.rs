// macro_rules! bodies are formatted with metavariables as placeholders; definitions rustfmt
// cannot format stay exactly as written.
macro_rules! text {
    ($text:expr) => {
        $text
    };
}
macro_rules! bytes {
    ($text:expr) => {
        std::str::from_utf8($text.as_ref()).unwrap()
    };
}
macro_rules! empty {
    () => {};
}

macro_rules! checks {
    ($a: expr, $b: expr) => {{
        let (a, b) = (&$a, &$b);
        assert!(
            (*a - *b).abs() < 1.0e-6,
            "{} is not approximately equal to {}",
            *a,
            *b
        );
    }};
    ($name_or_number:expr, $pos:expr) => {
        CaptureRef {
            cap: $name_or_number.into(),
            end: $pos,
        }
    };
}

macro_rules! items {
    ($name:ident, $ty:ty) => {
        #[test]
        fn $name() {
            let v: Vec<$ty> = (0..$n).collect();
            assert_eq!(v.len(), 3);
        }
    };
}

// A repetition in a body: kept as written, header spacing included.
macro_rules! ignore_ident{
    ($id:ident, $($t:tt)*) => {$($t)*};
}

macro_rules! paren_form (
    ($x:expr) => ( $x + 1 );
);

fn nested() {
    macro_rules! tp {
        ($path:expr, $push:expr) => {{
            let mut actual = PathBuf::from($path);
            actual.push($push);
        }};
    }
}

macro_rules! with_comments {
    // The first rule.
    ($a:expr) => {
        $a + 1
    }; // trailing
    ($a:expr, $b:expr) => {
        $a + $b
    };
}
