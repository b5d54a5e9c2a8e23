// A rule file with a bad pattern and an unknown kind: each is an error naming the file, the
// rule and the position; the good rule beside them still runs.

pub fn f(o: Option<i32>) -> i32 {
    o.unwrap()
}
