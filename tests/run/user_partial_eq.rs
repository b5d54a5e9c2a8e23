// A struct or enum with its own `impl PartialEq` compares through its `eq` wherever values are
// compared structurally: `assert_eq!`/`assert_ne!`, a derived PartialEq holding it, Vecs, tuples.
#[derive(Debug, Clone, Copy)]
struct Loose {
    key: i32,
    note: i32,
}
impl PartialEq for Loose {
    fn eq(&self, other: &Loose) -> bool {
        self.key == other.key
    }
}
#[derive(Debug, Clone, Copy)]
enum Mood {
    Happy,
    Sad,
}
impl PartialEq for Mood {
    fn eq(&self, other: &Mood) -> bool {
        ((*self) as usize) == ((*other) as usize)
    }
}
#[derive(Debug, PartialEq)]
struct Holder {
    inner: Loose,
    mood: Mood,
}
#[derive(Debug)]
struct Wrap<T>(T);
impl<T: PartialEq> PartialEq for Wrap<T> {
    fn eq(&self, other: &Wrap<T>) -> bool {
        self.0 != other.0
    }
}
fn main() {
    let a = Loose { key: 1, note: 2 };
    let b = Loose { key: 1, note: 3 };
    assert_eq!(a, b);
    assert_ne!(a, Loose { key: 2, note: 2 });
    assert_eq!(Mood::Happy, Mood::Happy);
    assert_ne!(Mood::Happy, Mood::Sad);
    assert_eq!(Holder { inner: a, mood: Mood::Sad }, Holder { inner: b, mood: Mood::Sad });
    assert_eq!(vec![a, b], vec![b, a]);
    assert_eq!((a, 1), (b, 1));
    assert_eq!(Wrap(1), Wrap(2));
    println!("{} {}", vec![a] == vec![b], Wrap(3) == Wrap(3));
    assert_eq!(a, Loose { key: 5, note: a.note }, "keys differ");
}
