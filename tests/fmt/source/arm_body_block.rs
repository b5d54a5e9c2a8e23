impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Syntax(ref err) => err.fmt(f),
            Error::CompiledTooBig(limit) => write!(
                f,
                "Compiled regex exceeds size limit of {} bytes.",
                limit
            ),
            Error::__Nonexhaustive => unreachable!(),
            (None, Some(_)) | (Some(_), None) =>
            panic!("itertools: .zip_eq() reached end of one iterator before the other"),
            (None, None) => panic!("itertools: .zip_eq() reached end of one iterator before the other x"),
        }
    }
}
fn g() {
    match self.value {
        Some(value) => seed.deserialize(ContentDeserializer::new(value)),
        None => Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &"newtype variant xxxxxxxx")),
    }
}
