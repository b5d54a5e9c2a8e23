fn f() { if let Some(x) = a && x > 0 || let None = b {} while let Ok(y) = c && y {} }
