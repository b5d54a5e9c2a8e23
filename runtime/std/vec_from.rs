// std's `From` conversions into Vec (`Vec::from(&v[..])`, `Vec::from("ab")`, `"hi".into()`,
// `Vec::from(s)` of a String); an array's `Vec::from([1, 2])` is the checker's (VecFrom: the
// subset has no const generics for `impl From<[T; N]>`), VecDeque's and BinaryHeap's live in
// their files.
// rustg-prelude-keys: into

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> {
        let mut v = Vec::new();
        for x in s {
            v.push(x.clone());
        }
        v
    }
}
impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> {
        let mut v = Vec::new();
        for x in s.iter() {
            v.push(x.clone());
        }
        v
    }
}
impl<T: Clone> From<&Vec<T>> for Vec<T> {
    fn from(v: &Vec<T>) -> Vec<T> {
        v.clone()
    }
}
impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}
impl From<String> for Vec<u8> {
    fn from(s: String) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}
impl From<&String> for Vec<u8> {
    fn from(s: &String) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}
// `Vec::from([1, 2])`: the checker passes the array's elements as a Vec.
impl<T> Vec<T> {
    pub fn __from_array(v: Vec<T>) -> Vec<T> {
        v
    }
}
