trait T<const N: usize = 3> { const C: [u8; N]; type A<'a>: Sized where Self: 'a; }
