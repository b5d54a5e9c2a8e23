// Comments before `} else`: at the `}`'s indent or shallower they stay there, deeper ones go to the block's.
fn f() {
    if a {
        x();
    // c1 outer
    } else {
        y();
      // c2 odd
    }
    {
        z();
    // c3 outer no else
    }
    let v = if a {
        None
    // c4
    } else {
        Some(1)
    };
}
fn g() {
    if a {
        x();
      // c5 odd
    } else if b {
        y();
        // c6 content
    } else {
    }
    if a {
        x();
  // c7 shallower
    } else {
    }
}
