// edition:2015
// Before 2018, async/await/dyn/try are identifiers; before 2021, c"..." is `c` then a string.
async await dyn try union c"c" cr"c" abstract
