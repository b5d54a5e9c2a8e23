fn main() {
    let a = '';
    let b = 'ab';
    let c = '	';
    let d = ''';
    let e = b'é';
    let f = b'ab';
    let g = '\n\n';
}
