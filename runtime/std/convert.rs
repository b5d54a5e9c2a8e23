// std::convert beyond From/Into (checker built-ins, convert_checker.inc): identity, and TryFrom/
// TryInto for the crate's own impls (TryInto through std's blanket impl over TryFrom). std's
// integer conversions (`u8::try_from(300i32)`, TryFromIntError) are not here yet.
// rustg-prelude-keys: identity try_into

pub fn identity<T>(x: T) -> T {
    x
}

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T> {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}
