// An unreadable rustg-lint.toml is an error that names the file and position.

pub fn f() {}
