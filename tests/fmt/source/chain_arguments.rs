// A call's only argument is a chain wider than chain_width: a closure inside one of its calls does
// not make the argument overflow; it goes on a line of its own and the chain breaks.
fn new(iters: Vec<u32>) -> MultiProduct {
    MultiProduct(iters.map(|i| MultiProductIter::new(i.into_iter())).collect())
}

fn wrap() {
    let v = Wrapper::new(items.iter().filter(|x| x.is_valid()).map(|x| x.value()).sum());
    // Short chains stay on the callee's line.
    consume(values.iter().map(|v| v + 1).collect());
}
