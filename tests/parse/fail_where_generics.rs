// `where <T>` reads as generic parameters, which `where` does not take.
fn foo<T>() where <T>::Item: ToString {}
