// str's iterators: chars, bytes, char_indices, split and its family, split_whitespace, lines,
// matches; lazy structs over the string's bytes, decoding UTF-8 as core::str does. String
// receivers reach them by auto-deref (the checker's String -> str step).
// rustg-prelude-keys: chars bytes char_indices split rsplit splitn rsplitn split_terminator split_whitespace split_ascii_whitespace lines matches match_indices split_inclusive
// rustg-prelude-keys: find rfind contains starts_with ends_with trim_matches trim_start_matches trim_end_matches strip_prefix strip_suffix split_once rsplit_once replace

// The one intrinsic: a char from a scalar value the decoder has already validated.
fn __char(u: u32) -> char {
    __rustg_char(u)
}

// The char that starts at byte i of a valid UTF-8 string, and its length in bytes.
fn __decode(b: &[u8], i: usize) -> (char, usize) {
    let x = b[i] as u32;
    if x < 0x80 {
        (__char(x), 1)
    } else if x < 0xE0 {
        (__char(((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F)), 2)
    } else if x < 0xF0 {
        (__char(((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F)), 3)
    } else {
        let hi = ((x & 0x07) << 18) | ((b[i + 1] as u32 & 0x3F) << 12);
        (__char(hi | ((b[i + 2] as u32 & 0x3F) << 6) | (b[i + 3] as u32 & 0x3F)), 4)
    }
}
// The char that ends just before byte `end`, and the byte where it starts.
fn __decode_back(b: &[u8], end: usize) -> (char, usize) {
    let mut start = end - 1;
    while (b[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (c, _) = __decode(b, start);
    (c, start)
}

// What str's searching iterators accept as a pattern (std's `Pattern`): a char, a string, a
// slice of chars, or a `char -> bool` closure. Matches are byte ranges of `s`.
pub trait __Pattern {
    // The first match in s[from..], as (start, end).
    fn __next_match(&mut self, s: &str, from: usize) -> Option<(usize, usize)>;
    // The last match in s[..end], as (start, end).
    fn __prev_match(&mut self, s: &str, end: usize) -> Option<(usize, usize)>;
}
impl __Pattern for char {
    fn __next_match(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        match s[from..].find(*self) {
            Some(i) => Some((from + i, from + i + self.len_utf8())),
            None => None,
        }
    }
    fn __prev_match(&mut self, s: &str, end: usize) -> Option<(usize, usize)> {
        match s[..end].rfind(*self) {
            Some(i) => Some((i, i + self.len_utf8())),
            None => None,
        }
    }
}
impl<'b> __Pattern for &'b str {
    fn __next_match(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        match s[from..].find(*self) {
            Some(i) => Some((from + i, from + i + self.len())),
            None => None,
        }
    }
    fn __prev_match(&mut self, s: &str, end: usize) -> Option<(usize, usize)> {
        match s[..end].rfind(*self) {
            Some(i) => Some((i, i + self.len())),
            None => None,
        }
    }
}
impl<'b> __Pattern for &'b String {
    fn __next_match(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        let p: &str = self.as_str();
        match s[from..].find(p) {
            Some(i) => Some((from + i, from + i + p.len())),
            None => None,
        }
    }
    fn __prev_match(&mut self, s: &str, end: usize) -> Option<(usize, usize)> {
        let p: &str = self.as_str();
        match s[..end].rfind(p) {
            Some(i) => Some((i, i + p.len())),
            None => None,
        }
    }
}
impl<'b> __Pattern for &'b [char] {
    fn __next_match(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        let b = s.as_bytes();
        let mut i = from;
        while i < b.len() {
            let (c, n) = __decode(b, i);
            if self.contains(&c) {
                return Some((i, i + n));
            }
            i += n;
        }
        None
    }
    fn __prev_match(&mut self, s: &str, end: usize) -> Option<(usize, usize)> {
        let b = s.as_bytes();
        let mut i = end;
        while i > 0 {
            let (c, start) = __decode_back(b, i);
            if self.contains(&c) {
                return Some((start, i));
            }
            i = start;
        }
        None
    }
}
impl<F: FnMut(char) -> bool> __Pattern for F {
    fn __next_match(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        let b = s.as_bytes();
        let mut i = from;
        while i < b.len() {
            let (c, n) = __decode(b, i);
            if self(c) {
                return Some((i, i + n));
            }
            i += n;
        }
        None
    }
    fn __prev_match(&mut self, s: &str, end: usize) -> Option<(usize, usize)> {
        let b = s.as_bytes();
        let mut i = end;
        while i > 0 {
            let (c, start) = __decode_back(b, i);
            if self(c) {
                return Some((start, i));
            }
            i = start;
        }
        None
    }
}

pub struct Chars<'a> { s: &'a str, front: usize, back: usize }
impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, n) = __decode(self.s.as_bytes(), self.front);
        self.front += n;
        Some(c)
    }
}
impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, start) = __decode_back(self.s.as_bytes(), self.back);
        self.back = start;
        Some(c)
    }
}
impl<'a> Chars<'a> {
    pub fn as_str(&self) -> &'a str {
        &self.s[self.front..self.back]
    }
}

pub struct CharIndices<'a> { s: &'a [u8], front: usize, back: usize }
impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        if self.front >= self.back {
            return None;
        }
        let i = self.front;
        let (c, n) = __decode(self.s, i);
        self.front += n;
        Some((i, c))
    }
}
impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)> {
        if self.front >= self.back {
            return None;
        }
        let (c, start) = __decode_back(self.s, self.back);
        self.back = start;
        Some((start, c))
    }
}

pub struct Bytes<'a> { s: &'a [u8], front: usize, back: usize }
impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.front >= self.back {
            return None;
        }
        self.front += 1;
        Some(self.s[self.front - 1])
    }
}
impl<'a> DoubleEndedIterator for Bytes<'a> {
    fn next_back(&mut self) -> Option<u8> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        Some(self.s[self.back])
    }
}
impl<'a> ExactSizeIterator for Bytes<'a> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

// split / rsplit / split_terminator / split_inclusive / splitn / rsplitn: the pieces between
// matches, front to back (`next`) or back to front (`next_back`), as core's SplitInternal. The
// pieces left are s[start..end]; forward searches start at fpos, backward ones end at bpos (they
// differ from start/end after an empty match or a split_inclusive piece).
pub struct Split<'a, P> {
    s: &'a str,
    pat: P,
    start: usize,
    end: usize,
    fpos: usize,
    bpos: usize,
    bdone: bool,
    done: bool,
    trailing_empty: bool,
    inclusive: bool,
}
impl<'a, P: __Pattern> Split<'a, P> {
    fn __new(s: &'a str, pat: P, trailing_empty: bool, inclusive: bool) -> Split<'a, P> {
        Split {
            s: s,
            pat: pat,
            start: 0,
            end: s.len(),
            fpos: 0,
            bpos: s.len(),
            bdone: false,
            done: false,
            trailing_empty: trailing_empty,
            inclusive: inclusive,
        }
    }
    fn __last(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        self.done = true;
        if !self.trailing_empty && self.start == self.end {
            return None;
        }
        Some(&self.s[self.start..self.end])
    }
    fn __forward(&mut self) -> Option<(usize, usize)> {
        if self.fpos > self.bpos || self.bdone {
            return None;
        }
        match self.pat.__next_match(self.s, self.fpos) {
            Some((a, b)) => {
                if b > self.bpos {
                    return None;
                }
                self.fpos = if a == b { __next_boundary(self.s, b) } else { b };
                Some((a, b))
            }
            None => None,
        }
    }
    fn __backward(&mut self) -> Option<(usize, usize)> {
        if self.bdone || self.fpos > self.bpos {
            return None;
        }
        match self.pat.__prev_match(self.s, self.bpos) {
            Some((a, b)) => {
                if a < self.fpos {
                    return None;
                }
                if a == b {
                    if a == 0 {
                        self.bdone = true;
                    } else {
                        let (_, start) = __decode_back(self.s.as_bytes(), a);
                        self.bpos = start;
                    }
                } else {
                    self.bpos = a;
                }
                Some((a, b))
            }
            None => None,
        }
    }
}
impl<'a, P: __Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        match self.__forward() {
            Some((a, b)) => {
                let piece = if self.inclusive { &self.s[self.start..b] } else { &self.s[self.start..a] };
                self.start = b;
                Some(piece)
            }
            None => self.__last(),
        }
    }
}
impl<'a, P: __Pattern> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        if !self.trailing_empty {
            self.trailing_empty = true;
            match self.next_back() {
                Some(x) => {
                    if x.len() > 0 {
                        return Some(x);
                    }
                }
                None => {}
            }
            if self.done {
                return None;
            }
        }
        match self.__backward() {
            Some((a, b)) => {
                let piece = &self.s[b..self.end];
                self.end = if self.inclusive { b } else { a };
                Some(piece)
            }
            None => {
                self.done = true;
                Some(&self.s[self.start..self.end])
            }
        }
    }
}

pub struct SplitN<'a, P> { iter: Split<'a, P>, count: usize }
impl<'a, P: __Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.count == 0 {
            return None;
        }
        self.count -= 1;
        if self.count == 0 {
            return self.iter.__last();
        }
        self.iter.next()
    }
}
pub struct RSplitN<'a, P> { iter: Split<'a, P>, count: usize }
impl<'a, P: __Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.count == 0 {
            return None;
        }
        self.count -= 1;
        if self.count == 0 {
            if self.iter.done {
                return None;
            }
            self.iter.done = true;
            return Some(&self.iter.s[self.iter.start..self.iter.end]);
        }
        self.iter.next_back()
    }
}
pub struct RSplit<'a, P> { iter: Split<'a, P> }
impl<'a, P: __Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        self.iter.next_back()
    }
}
impl<'a, P: __Pattern> DoubleEndedIterator for RSplit<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.iter.next()
    }
}

// split_whitespace (Unicode White_Space) and split_ascii_whitespace: non-empty runs.
pub struct SplitWhitespace<'a> { s: &'a str, front: usize, back: usize, ascii: bool }
impl<'a> SplitWhitespace<'a> {
    fn __space_at(&self, i: usize) -> (bool, usize) {
        let b = self.s.as_bytes();
        if b[i] < 0x80 {
            let c = b[i];
            return (c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' || c == 0x0C || (!self.ascii && c == 0x0B), 1);
        }
        let (c, n) = __decode(b, i);
        (!self.ascii && c.is_whitespace(), n)
    }
    fn __space_before(&self, end: usize) -> (bool, usize) {
        let b = self.s.as_bytes();
        if b[end - 1] < 0x80 {
            let (w, _) = self.__space_at(end - 1);
            return (w, end - 1);
        }
        let (c, start) = __decode_back(b, end);
        (!self.ascii && c.is_whitespace(), start)
    }
}
impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        while self.front < self.back {
            let (w, n) = self.__space_at(self.front);
            if !w {
                break;
            }
            self.front += n;
        }
        if self.front >= self.back {
            return None;
        }
        let start = self.front;
        while self.front < self.back {
            let (w, n) = self.__space_at(self.front);
            if w {
                break;
            }
            self.front += n;
        }
        Some(&self.s[start..self.front])
    }
}
impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        while self.back > self.front {
            let (w, start) = self.__space_before(self.back);
            if !w {
                break;
            }
            self.back = start;
        }
        if self.back <= self.front {
            return None;
        }
        let end = self.back;
        while self.back > self.front {
            let (w, start) = self.__space_before(self.back);
            if w {
                break;
            }
            self.back = start;
        }
        Some(&self.s[self.back..end])
    }
}

// lines: pieces ending at "\n" (a "\r" before it dropped), no empty last line.
pub struct Lines<'a> { s: &'a str, front: usize, back: usize }
impl<'a> Lines<'a> {
    fn __trim_cr(&self, a: usize, b: usize) -> &'a str {
        if b > a && self.s.as_bytes()[b - 1] == b'\r' {
            &self.s[a..b - 1]
        } else {
            &self.s[a..b]
        }
    }
}
impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.front >= self.back {
            return None;
        }
        let start = self.front;
        match self.s[start..self.back].find('\n') {
            Some(i) => {
                self.front = start + i + 1;
                Some(self.__trim_cr(start, start + i))
            }
            None => {
                self.front = self.back;
                Some(self.__trim_cr(start, self.back))
            }
        }
    }
}
impl<'a> DoubleEndedIterator for Lines<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        if self.front >= self.back {
            return None;
        }
        let mut end = self.back;
        if self.s.as_bytes()[end - 1] == b'\n' {
            end -= 1;
        }
        match self.s[self.front..end].rfind('\n') {
            Some(i) => {
                let start = self.front + i + 1;
                self.back = start;
                Some(self.__trim_cr(start, end))
            }
            None => {
                let start = self.front;
                self.back = self.front;
                Some(self.__trim_cr(start, end))
            }
        }
    }
}

// matches / match_indices: the matched pieces themselves.
pub struct Matches<'a, P> { s: &'a str, pat: P, pos: usize, done: bool }
impl<'a, P: __Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        match self.pat.__next_match(self.s, self.pos) {
            Some((a, b)) => {
                self.pos = if a == b { __next_boundary(self.s, b) } else { b };
                if self.pos > self.s.len() {
                    self.done = true;
                }
                Some(&self.s[a..b])
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}
pub struct MatchIndices<'a, P> { s: &'a str, pat: P, pos: usize, done: bool }
impl<'a, P: __Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        if self.done {
            return None;
        }
        match self.pat.__next_match(self.s, self.pos) {
            Some((a, b)) => {
                self.pos = if a == b { __next_boundary(self.s, b) } else { b };
                if self.pos > self.s.len() {
                    self.done = true;
                }
                Some((a, &self.s[a..b]))
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}
// The byte after the char at i (past the end when i is the end).
fn __next_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return i + 1;
    }
    let (_, n) = __decode(s.as_bytes(), i);
    i + n
}

impl str {
    pub fn chars(&self) -> Chars<'_> {
        Chars { s: self, front: 0, back: self.len() }
    }
    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { s: self.as_bytes(), front: 0, back: self.len() }
    }
    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { s: self.as_bytes(), front: 0, back: self.len() }
    }
    pub fn split<P: __Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::__new(self, pat, true, false)
    }
    pub fn split_terminator<P: __Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::__new(self, pat, false, false)
    }
    pub fn split_inclusive<P: __Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::__new(self, pat, false, true)
    }
    pub fn rsplit<P: __Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit { iter: self.split(pat) }
    }
    pub fn splitn<P: __Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN { iter: self.split(pat), count: n }
    }
    pub fn rsplitn<P: __Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN { iter: self.split(pat), count: n }
    }
    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { s: self, front: 0, back: self.len(), ascii: false }
    }
    pub fn split_ascii_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { s: self, front: 0, back: self.len(), ascii: true }
    }
    pub fn lines(&self) -> Lines<'_> {
        Lines { s: self, front: 0, back: self.len() }
    }
    pub fn matches<P: __Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches { s: self, pat: pat, pos: 0, done: false }
    }
    pub fn match_indices<P: __Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices { s: self, pat: pat, pos: 0, done: false }
    }
}

// The searching methods with a pattern that is neither a char nor a string (a closure, a fn, a
// `&[char]`): the checker sends `s.find(f)` here (`__pat_find`, check/str_pattern_checker.inc);
// char and string patterns stay its built-ins. `__chars_*` take `&[char]` so `&[c; N]` unsizes.
impl str {
    pub fn __pat_find<P: __Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.__next_match(self, 0) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }
    pub fn __pat_rfind<P: __Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.__prev_match(self, self.len()) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }
    pub fn __pat_contains<P: __Pattern>(&self, pat: P) -> bool {
        self.__pat_find(pat).is_some()
    }
    pub fn __pat_starts_with<P: __Pattern>(&self, pat: P) -> bool {
        self.__pat_strip_prefix(pat).is_some()
    }
    pub fn __pat_ends_with<P: __Pattern>(&self, pat: P) -> bool {
        self.__pat_strip_suffix(pat).is_some()
    }
    pub fn __pat_strip_prefix<P: __Pattern>(&self, mut pat: P) -> Option<&str> {
        match pat.__next_match(self, 0) {
            Some((0, b)) => Some(&self[b..]),
            _ => None,
        }
    }
    pub fn __pat_strip_suffix<P: __Pattern>(&self, mut pat: P) -> Option<&str> {
        match pat.__prev_match(self, self.len()) {
            Some((a, b)) if b == self.len() => Some(&self[..a]),
            _ => None,
        }
    }
    pub fn __pat_trim_start_matches<P: __Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        while let Some((a, b)) = pat.__next_match(self, i) {
            if a != i || b == a {
                break;
            }
            i = b;
        }
        &self[i..]
    }
    pub fn __pat_trim_end_matches<P: __Pattern>(&self, mut pat: P) -> &str {
        let mut j = self.len();
        while let Some((a, b)) = pat.__prev_match(self, j) {
            if b != j || b == a {
                break;
            }
            j = a;
        }
        &self[..j]
    }
    pub fn __pat_trim_matches<P: __Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        while let Some((a, b)) = pat.__next_match(self, i) {
            if a != i || b == a {
                break;
            }
            i = b;
        }
        let mut j = self.len();
        while j > i {
            match pat.__prev_match(self, j) {
                Some((a, b)) if b == j && b != a && a >= i => j = a,
                _ => break,
            }
        }
        &self[i..j]
    }
    pub fn __pat_split_once<P: __Pattern>(&self, mut pat: P) -> Option<(&str, &str)> {
        match pat.__next_match(self, 0) {
            Some((a, b)) => Some((&self[..a], &self[b..])),
            None => None,
        }
    }
    pub fn __pat_rsplit_once<P: __Pattern>(&self, mut pat: P) -> Option<(&str, &str)> {
        match pat.__prev_match(self, self.len()) {
            Some((a, b)) => Some((&self[..a], &self[b..])),
            None => None,
        }
    }
    pub fn __pat_replace<P: __Pattern>(&self, mut pat: P, to: &str) -> String {
        let mut out = String::new();
        let mut i = 0;
        while let Some((a, b)) = pat.__next_match(self, i) {
            out.push_str(&self[i..a]);
            out.push_str(to);
            i = b;
        }
        out.push_str(&self[i..]);
        out
    }
    pub fn __chars_find(&self, pat: &[char]) -> Option<usize> {
        self.__pat_find(pat)
    }
    pub fn __chars_rfind(&self, pat: &[char]) -> Option<usize> {
        self.__pat_rfind(pat)
    }
    pub fn __chars_contains(&self, pat: &[char]) -> bool {
        self.__pat_contains(pat)
    }
    pub fn __chars_starts_with(&self, pat: &[char]) -> bool {
        self.__pat_starts_with(pat)
    }
    pub fn __chars_ends_with(&self, pat: &[char]) -> bool {
        self.__pat_ends_with(pat)
    }
    pub fn __chars_strip_prefix(&self, pat: &[char]) -> Option<&str> {
        self.__pat_strip_prefix(pat)
    }
    pub fn __chars_strip_suffix(&self, pat: &[char]) -> Option<&str> {
        self.__pat_strip_suffix(pat)
    }
    pub fn __chars_trim_start_matches(&self, pat: &[char]) -> &str {
        self.__pat_trim_start_matches(pat)
    }
    pub fn __chars_trim_end_matches(&self, pat: &[char]) -> &str {
        self.__pat_trim_end_matches(pat)
    }
    pub fn __chars_trim_matches(&self, pat: &[char]) -> &str {
        self.__pat_trim_matches(pat)
    }
    pub fn __chars_split_once(&self, pat: &[char]) -> Option<(&str, &str)> {
        self.__pat_split_once(pat)
    }
    pub fn __chars_rsplit_once(&self, pat: &[char]) -> Option<(&str, &str)> {
        self.__pat_rsplit_once(pat)
    }
    pub fn __chars_replace(&self, pat: &[char], to: &str) -> String {
        self.__pat_replace(pat, to)
    }
}

// std::str::FromStr: the program's own types parse through it (`"1,2".parse::<Rgb>()` calls
// `Rgb::from_str`, check/from_str_checker.inc); the primitives' `parse` stays the checker's built-in.
pub trait FromStr {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}
