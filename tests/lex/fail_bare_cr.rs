fn main() {
    let a = "barecr";
    let b = r"rawcr";
    let c = '';
    let d = b'';
}
/// doccomment
/** blockdoc */
// plaincomment is fine
