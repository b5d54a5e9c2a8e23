fn f<'a>(x: &'a str) -> char { let c = 'a'; let d = '\''; let e = '\u{1F600}'; 'label: loop { break 'label; } 'x' }
