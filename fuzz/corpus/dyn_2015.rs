fn f(x: Box<Trait>, y: &dyn Trait, z: &(dyn A + B)) {}
trait T { fn f(u8); }
