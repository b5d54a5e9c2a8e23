fn f() { r##"never closed"# }
