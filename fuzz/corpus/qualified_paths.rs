fn f() { <T>::f(); <T as Tr>::A::g(); <[u8]>::len(x); ::std::mem::drop(y); crate::a::b; self::c; super::super::d; Self::E; }
