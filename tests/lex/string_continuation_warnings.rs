fn main() {
    let a = "skipped \

    two lines";
    let b = "not skipped \
 x";
}
