// An arm body `if`/`for`/`while` over several lines goes into a block; a closure block with
// statements breaks inside a broken chain; generic arguments' commas do not split struct fields.
fn f() {
    match j.next() {
        None => return None,
        Some(j_elem) => {
            if !is_equal(&i_elem, &j_elem) {
                let remaining_i = put_back(i).with_value(i_elem);
                return Some(remaining_i);
            }
        }
        Some(x) => {
            for y in x {
                g(y);
            }
        }
    }
    let v = iterable
        .into_iter()
        .fold1(|mut a, b| {
            a.extend(b);
            a
        })
        .unwrap_or_else(<_>::default);
    let s = Closure {
        call: call::<A, R, F>,
        env: f as *mut _ as *mut Env,
        marker: PhantomData,
    };
}
