// rustg-flags: --analyze
mod missing_module;

fn main() {}
