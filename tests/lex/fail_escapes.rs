fn main() {
    let a = "\q \{";
    let b = b"\q";
    let c = "\x";
    let d = "\x4g";
    let e = "\xFF";
    let f = '\x80';
    let g = "\u1234";
    let h = "\u{12x4}";
    let i = "\u{1234567}";
    let j = "\u{12";
    let k = "\u{_1}";
    let l = "\u{}";
    let m = "\u{D800}";
    let n = "\u{110000}";
    let o = b"\u{41}";
    let p = b'\u{41}';
    let q = b"café 漢";
    let r = br"café";
    let s = c"a\0b";
    let t = c"\x00 \u{0}";
    let u = "\u";
    let v = "\u\\";
}
