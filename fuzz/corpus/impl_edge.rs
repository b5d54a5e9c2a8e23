impl<T> Tr for T {} impl dyn Tr {} impl<const N: usize> [u8; N] {} impl const Tr for S {} impl ! {}
