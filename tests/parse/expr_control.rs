// if/else, let chains, match, loops, labels, break/continue/return/yield/become.
fn main() {
    if a { 1 } else if let Some(x) = y && x > 0 { 2 } else { 3 };
    while let Some(x) = it.next() { continue; }
    'outer: for (i, x) in v.iter().enumerate() {
        'inner: loop { break 'outer; }
        break 'outer;
    }
    let v = loop { break 5; };
    let l = 'blk: { break 'blk 1; };
    match x {
        0 => {}
        1 | 2 if cond => one(),
        #[cfg(x)]
        _ => return,
    }
    match y { }
    yield 1;
    become f();
    do yeet;
    return;
}
