// edition:2018
// 2018 makes async, await, dyn and try keywords; prefixes are still no errors.
async await dyn try
foo#bar
'r#a
c"x"
