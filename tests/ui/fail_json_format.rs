// rustg-flags: --error-format=json
// `--error-format=json` prints rustc's diagnostic JSON, one object per line, and no summary.
fn main() {
    let x = ;
}
