// Associated constants as patterns and range bounds (`Foo::NUM`, `Foo::NUM..=3`): compared at
// their own type, so a `&Foo::LIMIT` pattern matches a reference.
struct Foo;
trait HasNum {
    const NUM: isize;
    const NAME: &'static str;
}
impl HasNum for Foo {
    const NUM: isize = 1;
    const NAME: &'static str = "foo";
}
impl Foo {
    const LIMIT: u8 = 200;
}

fn main() {
    for k in [0isize, 1, 2, 3] {
        let s = match k {
            Foo::NUM => "one",
            2..=3 => "some",
            _ => "none",
        };
        let r = match k {
            Foo::NUM..=3 => true,
            _ => false,
        };
        println!("{} {} {}", k, s, r);
    }
    match "foo" {
        Foo::NAME => println!("name"),
        _ => println!("other"),
    }
    match &200u8 {
        &Foo::LIMIT => println!("limit"),
        _ => println!("below"),
    }
}
