// rustg-flags: --fix
// --fix leaves a file with syntax errors alone (and says so).

pub fn f(x: i32) -> i32 {
    return x + ;
}
