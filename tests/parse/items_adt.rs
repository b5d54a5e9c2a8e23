// Structs, tuple structs, unit structs, unions and enums.
pub(crate) struct Record<T> where T: Copy {
    pub a: T,
    pub(super) b: u8,
    pub(in crate::m) c: u8,
    #[cfg(x)]
    d: (),
}
struct Tuple(pub u8, pub(self) String);
struct Unit;
union U { f: f32, i: u32 }
enum E {
    A,
    B(u8, u16),
    C { x: i32 },
    D = 1 << 2,
}
