// Every pattern form.
fn main() {
    match v {
        1 | -1 => {}
        'a'..='z' | 0..=9 | ..=5 | 10.. | 1...2 => {}
        ref mut x @ Some(_) => {}
        &mut (a, ref b) | &[x, .., y] => {}
        &&c => {}
        S { a, b: (c, d), ref e, box f, 0: g, .. } => {}
        Tuple(x, ..) | Path::To::Unit => {}
        <T as Trait>::CONST => {}
        [first, rest @ ..] => {}
        box inner => {}
        (p) => {}
        (..) => {}
        mac!() => {}
        const { 1 } => {}
        | leading => {}
        _ => {}
    }
    let (a, b): (u8, u8);
    for Foo { x, .. } in it {}
    if let Ok(x) | Err(x) = r {}
}
