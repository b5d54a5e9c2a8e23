// rustg-flags: --analyze
// `return` in a const initializer is E0572, as rustc reports it (it crashed codegen before).
const FOO: u32 = return 0;

fn main() {
    let _ = FOO;
}
