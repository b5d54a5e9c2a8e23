// edition:2015
// async, await, dyn and try are identifiers in 2015; unknown prefixes and `'r#a` are no errors.
async await dyn try
foo#bar foo"str" foo'c'
'r#a
c"not a c string" cr"neither"
r#async
