// std::iter: the Iterator trait, its adaptors (lazy structs over the iterator they wrap) and
// consumers, Sum/Product/FromIterator, ranges as values, and Vec's iter/into_iter.
// rustg-prelude-keys: iter iter_mut into_iter sum product collect map filter filter_map fold enumerate zip chain flat_map for_each take_while skip_while peekable cloned copied any all position rposition find find_map count last nth scan reduce max_by_key min_by_key max_by min_by rfind inspect partition unzip extend peek next_if next_if_eq from_fn successors rfold try_fold try_for_each flatten map_while cycle repeat once empty

pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;

    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> where Self: Sized {
        Map { iter: self, f: f }
    }
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> where Self: Sized {
        Filter { iter: self, predicate: predicate }
    }
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> where Self: Sized {
        FilterMap { iter: self, f: f }
    }
    fn enumerate(self) -> Enumerate<Self> where Self: Sized {
        Enumerate { iter: self, count: 0 }
    }
    fn zip<U: Iterator>(self, other: U) -> Zip<Self, U> where Self: Sized {
        Zip { a: self, b: other }
    }
    fn chain<U: Iterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U> where Self: Sized {
        Chain { a: self, b: other, a_done: false }
    }
    fn take(self, n: usize) -> Take<Self> where Self: Sized {
        Take { iter: self, n: n }
    }
    fn skip(self, n: usize) -> Skip<Self> where Self: Sized {
        Skip { iter: self, n: n }
    }
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> where Self: Sized {
        TakeWhile { iter: self, predicate: predicate, done: false }
    }
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> where Self: Sized {
        SkipWhile { iter: self, predicate: predicate, started: false }
    }
    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> where Self: Sized {
        Inspect { iter: self, f: f }
    }
    fn peekable(self) -> Peekable<Self> where Self: Sized {
        Peekable { iter: self, peeked: None }
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B where Self: Sized {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }
    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) where Self: Sized {
        while let Some(x) = self.next() {
            f(x);
        }
    }
    fn count(mut self) -> usize where Self: Sized {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }
    fn last(mut self) -> Option<Self::Item> where Self: Sized {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if i == n {
                return Some(x);
            }
            i += 1;
        }
        None
    }
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            if let Some(y) = f(x) {
                return Some(y);
            }
        }
        None
    }
    fn rev(self) -> Rev<Self> where Self: Sized + DoubleEndedIterator {
        Rev { iter: self }
    }
    fn step_by(self, step: usize) -> StepBy<Self> where Self: Sized {
        if step == 0 {
            panic!("assertion failed: step != 0");
        }
        StepBy { iter: self, step: step - 1, first: true }
    }
    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Sized + Iterator<Item = &'a T> {
        Cloned { iter: self }
    }
    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Sized + Iterator<Item = &'a T> {
        Copied { iter: self }
    }
    fn flat_map<U: Iterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F> where Self: Sized {
        FlatMap { iter: self, f: f, front: None }
    }
    fn max(mut self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            if x >= best {
                best = x;
            }
        }
        Some(best)
    }
    fn min(mut self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            if x < best {
                best = x;
            }
        }
        Some(best)
    }
    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> where Self: Sized {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let k = f(&x);
            if k >= best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }
    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> where Self: Sized {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let k = f(&x);
            if k < best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }
    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(mut self, f: F) -> Option<Self::Item> where Self: Sized {
        match self.next() {
            Some(first) => Some(self.fold(first, f)),
            None => None,
        }
    }
    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F>
    where
        Self: Sized,
    {
        Scan { iter: self, state: initial_state, f: f, done: false }
    }
    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize>
    where
        Self: Sized + ExactSizeIterator + DoubleEndedIterator,
    {
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> std::cmp::Ordering>(mut self, mut compare: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                std::cmp::Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }
    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> std::cmp::Ordering>(mut self, mut compare: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                std::cmp::Ordering::Greater => best = x,
                _ => {}
            }
        }
        Some(best)
    }
    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item>
    where
        Self: Sized + DoubleEndedIterator,
    {
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
    fn rfold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B
    where
        Self: Sized + DoubleEndedIterator,
    {
        let mut acc = init;
        while let Some(x) = self.next_back() {
            acc = f(acc, x);
        }
        acc
    }
    // `try_fold`/`try_for_each` stop at the first `None`/`Err` the closure returns (`__Try`
    // stands for std's unstable `Try`, implemented for Option and Result).
    fn try_fold<B, F: FnMut(B, Self::Item) -> R, R: __Try<Output = B>>(&mut self, init: B, mut f: F) -> R {
        let mut acc = init;
        while let Some(x) = self.next() {
            match f(acc, x).__branch() {
                Ok(a) => acc = a,
                Err(r) => return r,
            }
        }
        R::__from_output(acc)
    }
    fn try_for_each<F: FnMut(Self::Item) -> R, R: __Try<Output = ()>>(&mut self, mut f: F) -> R {
        while let Some(x) = self.next() {
            match f(x).__branch() {
                Ok(_) => {}
                Err(r) => return r,
            }
        }
        R::__from_output(())
    }
    fn flatten<X: __IntoIter<IntoIter = U>, U: Iterator>(self) -> Flatten<Self, U> where Self: Sized + Iterator<Item = X> {
        Flatten { iter: self, front: None }
    }
    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P> where Self: Sized {
        MapWhile { iter: self, predicate: predicate, done: false }
    }
    fn cycle(self) -> Cycle<Self> where Self: Sized + Clone {
        Cycle { orig: self.clone(), iter: self }
    }
    fn sum<S: Sum<Self::Item>>(self) -> S where Self: Sized {
        S::sum(self)
    }
    fn product<P: Product<Self::Item>>(self) -> P where Self: Sized {
        P::product(self)
    }
    fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized {
        B::from_iter(self)
    }
    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(mut self, mut f: F) -> (B, B)
    where
        Self: Sized,
    {
        let mut yes: Vec<Self::Item> = Vec::new();
        let mut no: Vec<Self::Item> = Vec::new();
        while let Some(x) = self.next() {
            if f(&x) {
                yes.push(x);
            } else {
                no.push(x);
            }
        }
        let mut a = B::default();
        let mut b = B::default();
        a.extend(yes.into_iter());
        b.extend(no.into_iter());
        (a, b)
    }
    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(mut self) -> (FromA, FromB)
    where
        Self: Sized + Iterator<Item = (A, B)>,
    {
        let mut xs: Vec<A> = Vec::new();
        let mut ys: Vec<B> = Vec::new();
        while let Some((x, y)) = self.next() {
            xs.push(x);
            ys.push(y);
        }
        let mut a = FromA::default();
        let mut b = FromB::default();
        a.extend(xs.into_iter());
        b.extend(ys.into_iter());
        (a, b)
    }
}

pub trait Sum<A> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}
pub trait Product<A> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}
pub trait FromIterator<A> {
    fn from_iter<I: Iterator<Item = A>>(iter: I) -> Self;
}

// The numbers Sum, Product and ranges work over (std's Step and its Sum/Product impls per type).
pub trait __Num: Copy + PartialOrd + Add + Sub + Mul {
    fn zero() -> Self;
    fn one() -> Self;
}
impl __Num for i8 {
    fn zero() -> i8 {
        0 as i8
    }
    fn one() -> i8 {
        1 as i8
    }
}
impl __Num for i16 {
    fn zero() -> i16 {
        0 as i16
    }
    fn one() -> i16 {
        1 as i16
    }
}
impl __Num for i32 {
    fn zero() -> i32 {
        0 as i32
    }
    fn one() -> i32 {
        1 as i32
    }
}
impl __Num for i64 {
    fn zero() -> i64 {
        0 as i64
    }
    fn one() -> i64 {
        1 as i64
    }
}
impl __Num for i128 {
    fn zero() -> i128 {
        0 as i128
    }
    fn one() -> i128 {
        1 as i128
    }
}
impl __Num for isize {
    fn zero() -> isize {
        0 as isize
    }
    fn one() -> isize {
        1 as isize
    }
}
impl __Num for u8 {
    fn zero() -> u8 {
        0 as u8
    }
    fn one() -> u8 {
        1 as u8
    }
}
impl __Num for u16 {
    fn zero() -> u16 {
        0 as u16
    }
    fn one() -> u16 {
        1 as u16
    }
}
impl __Num for u32 {
    fn zero() -> u32 {
        0 as u32
    }
    fn one() -> u32 {
        1 as u32
    }
}
impl __Num for u64 {
    fn zero() -> u64 {
        0 as u64
    }
    fn one() -> u64 {
        1 as u64
    }
}
impl __Num for u128 {
    fn zero() -> u128 {
        0 as u128
    }
    fn one() -> u128 {
        1 as u128
    }
}
impl __Num for usize {
    fn zero() -> usize {
        0 as usize
    }
    fn one() -> usize {
        1 as usize
    }
}
impl __Num for f32 {
    fn zero() -> f32 {
        0 as f32
    }
    fn one() -> f32 {
        1 as f32
    }
}
impl __Num for f64 {
    fn zero() -> f64 {
        0 as f64
    }
    fn one() -> f64 {
        1 as f64
    }
}
impl<A: __Num> Sum<A> for A {
    fn sum<I: Iterator<Item = A>>(iter: I) -> A {
        iter.fold(A::zero(), |a, b| a + b)
    }
}
impl<'a, A: __Num> Sum<&'a A> for A {
    fn sum<I: Iterator<Item = &'a A>>(iter: I) -> A {
        iter.fold(A::zero(), |a, b| a + *b)
    }
}
impl<A: __Num> Product<A> for A {
    fn product<I: Iterator<Item = A>>(iter: I) -> A {
        iter.fold(A::one(), |a, b| a * b)
    }
}
impl<'a, A: __Num> Product<&'a A> for A {
    fn product<I: Iterator<Item = &'a A>>(iter: I) -> A {
        iter.fold(A::one(), |a, b| a * *b)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> Vec<T> {
        let mut v = Vec::new();
        while let Some(x) = iter.next() {
            v.push(x);
        }
        v
    }
}
impl<T> FromIterator<T> for Box<[T]> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> Box<[T]> {
        let mut v = Vec::new();
        while let Some(x) = iter.next() {
            v.push(x);
        }
        v.into_boxed_slice()
    }
}
impl FromIterator<char> for String {
    fn from_iter<I: Iterator<Item = char>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(c) = iter.next() {
            s.push(c);
        }
        s
    }
}
impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: Iterator<Item = &'a str>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(x) = iter.next() {
            s.push_str(x);
        }
        s
    }
}
impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: Iterator<Item = &'a char>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(c) = iter.next() {
            s.push(*c);
        }
        s
    }
}
// `collect::<Result<Vec<T>, E>>()`: the first error, or all the values.
impl<T, E> FromIterator<Result<T, E>> for Result<Vec<T>, E> {
    fn from_iter<I: Iterator<Item = Result<T, E>>>(mut iter: I) -> Result<Vec<T>, E> {
        let mut v = Vec::new();
        while let Some(r) = iter.next() {
            match r {
                Ok(x) => v.push(x),
                Err(e) => return Err(e),
            }
        }
        Ok(v)
    }
}
impl<T> FromIterator<Option<T>> for Option<Vec<T>> {
    fn from_iter<I: Iterator<Item = Option<T>>>(mut iter: I) -> Option<Vec<T>> {
        let mut v = Vec::new();
        while let Some(r) = iter.next() {
            match r {
                Some(x) => v.push(x),
                None => return None,
            }
        }
        Some(v)
    }
}
impl FromIterator<String> for String {
    fn from_iter<I: Iterator<Item = String>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(x) = iter.next() {
            s.push_str(&x);
        }
        s
    }
}

pub struct Map<I, F> { iter: I, f: F }
impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}
pub struct Filter<I, P> { iter: I, predicate: P }
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}
pub struct FilterMap<I, F> { iter: I, f: F }
impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}
pub struct Enumerate<I> { iter: I, count: usize }
impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count += 1;
                Some((i, x))
            }
            None => None,
        }
    }
}
// From the back, an item's index is the count before it plus the items still left before it.
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let len = self.iter.len();
        match self.iter.next_back() {
            Some(x) => Some((self.count + len - 1, x)),
            None => None,
        }
    }
}
impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}
pub struct Zip<A, B> { a: A, b: B }
impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}
pub struct Chain<A, B> { a: A, b: B, a_done: bool }
impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item> {
        if !self.a_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.a_done = true,
            }
        }
        self.b.next()
    }
}
pub struct Take<I> { iter: I, n: usize }
impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        self.iter.next()
    }
}
pub struct Skip<I> { iter: I, n: usize }
impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while self.n > 0 {
            self.n -= 1;
            if let None = self.iter.next() {
                return None;
            }
        }
        self.iter.next()
    }
}
pub struct TakeWhile<I, P> { iter: I, predicate: P, done: bool }
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                if (self.predicate)(&x) {
                    Some(x)
                } else {
                    self.done = true;
                    None
                }
            }
            None => None,
        }
    }
}
pub struct SkipWhile<I, P> { iter: I, predicate: P, started: bool }
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.started || !(self.predicate)(&x) {
                self.started = true;
                return Some(x);
            }
        }
        None
    }
}
pub struct Inspect<I, F> { iter: I, f: F }
impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            Some(x) => {
                (self.f)(&x);
                Some(x)
            }
            None => None,
        }
    }
}
pub struct Peekable<I: Iterator> { iter: I, peeked: Option<Option<I::Item>> }
impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match std::mem::replace(&mut self.peeked, None) {
            Some(v) => v,
            None => self.iter.next(),
        }
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;
}
pub struct Rev<I> { iter: I }
impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}
impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}
pub struct StepBy<I> { iter: I, step: usize, first: bool }
impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.first {
            self.first = false;
            return self.iter.next();
        }
        self.iter.nth(self.step)
    }
}
pub struct Cloned<I> { iter: I }
impl<'a, T: 'a + Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}
pub struct Copied<I> { iter: I }
impl<'a, T: 'a + Copy, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}
pub struct FlatMap<I, U, F> { iter: I, f: F, front: Option<U> }
impl<I: Iterator, U: Iterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(x) => self.front = Some((self.f)(x)),
                None => return None,
            }
        }
    }
}

pub struct Range<Idx> { pub start: Idx, pub end: Idx }
impl<A: __Num> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = self.start;
            self.start = n + A::one();
            Some(n)
        } else {
            None
        }
    }
}
impl<A: __Num> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = self.end - A::one();
            Some(self.end)
        } else {
            None
        }
    }
}
pub struct RangeInclusive<Idx> { pub start: Idx, pub end: Idx, pub exhausted: bool }
// `a..`, `..b`, `..=b`, `..` as values (slicing arguments; `a..` also counts up without end).
pub struct RangeFrom<Idx> { pub start: Idx }
pub struct RangeTo<Idx> { pub end: Idx }
pub struct RangeToInclusive<Idx> { pub end: Idx }
pub struct RangeFull;
impl<A: __Num> Iterator for RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let n = self.start;
        self.start = n + A::one();
        Some(n)
    }
}
impl<A: __Num> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.start;
        if n < self.end {
            self.start = n + A::one();
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}
impl<A: __Num> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.end;
        if self.start < n {
            self.end = n - A::one();
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

pub struct Iter<'a, T> { slice: &'a [T], front: usize, back: usize }
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.front += 1;
            Some(&self.slice[self.front - 1])
        } else {
            None
        }
    }
}
impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.back -= 1;
            Some(&self.slice[self.back])
        } else {
            None
        }
    }
}
pub struct IntoIter<T> { rev: Vec<T> }
impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.rev.pop()
    }
}
impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.rev.len() == 0 {
            return None;
        }
        Some(self.rev.remove(0))
    }
}
impl<T> ExactSizeIterator for IntoIter<T> {
    fn len(&self) -> usize {
        self.rev.len()
    }
}
pub struct IterMut<'a, T> { slice: &'a mut [T], front: usize, back: usize }
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.front += 1;
            Some(&mut self.slice[self.front - 1])
        } else {
            None
        }
    }
}
impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.back -= 1;
            Some(&mut self.slice[self.back])
        } else {
            None
        }
    }
}
impl<T> [T] {
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, front: 0, back: self.len() }
    }
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let n = self.len();
        IterMut { slice: self, front: 0, back: n }
    }
}
impl<T: Clone> [T] {
    // `array.into_iter()`: the elements by value (the checker routes arrays here).
    pub fn __array_into_iter(&self) -> IntoIter<T> {
        let mut v = Vec::new();
        let mut i = self.len();
        while i > 0 {
            i -= 1;
            v.push(self[i].clone());
        }
        IntoIter { rev: v }
    }
}
impl<T> Vec<T> {
    pub fn into_iter(mut self) -> IntoIter<T> {
        self.reverse();
        IntoIter { rev: self }
    }
}

pub struct Scan<I, St, F> { iter: I, state: St, f: F, done: bool }
impl<B, I: Iterator, St, F: FnMut(&mut St, I::Item) -> Option<B>> Iterator for Scan<I, St, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                let r = (self.f)(&mut self.state, x);
                if let None = r {
                    self.done = true;
                }
                r
            }
            None => None,
        }
    }
}
pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize;
}
impl<'a, T> ExactSizeIterator for Iter<'a, T> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}
impl<'a, T> Iter<'a, T> {
    pub fn as_slice(&self) -> &'a [T] {
        &self.slice[self.front..self.back]
    }
}
impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator for Chain<A, B> {
    fn next_back(&mut self) -> Option<A::Item> {
        match self.b.next_back() {
            Some(x) => Some(x),
            None => self.a.next_back(),
        }
    }
}
impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}
impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}
impl<'a, T: 'a + Copy, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}
impl<'a, T: 'a + Clone, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}
// `v.extend(it)`: std's Extend<A>, by value and (for Copy elements) by reference.
pub trait Extend<A> {
    fn extend<I: Iterator<Item = A>>(&mut self, iter: I);
}
impl<T> Extend<T> for Vec<T> {
    fn extend<I: Iterator<Item = T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.push(x);
        }
    }
}
impl<'a, T: 'a + Copy> Extend<&'a T> for Vec<T> {
    fn extend<I: Iterator<Item = &'a T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.push(*x);
        }
    }
}
impl Extend<char> for String {
    fn extend<I: Iterator<Item = char>>(&mut self, mut iter: I) {
        while let Some(c) = iter.next() {
            self.push(c);
        }
    }
}
impl<'a> Extend<&'a str> for String {
    fn extend<I: Iterator<Item = &'a str>>(&mut self, mut iter: I) {
        while let Some(s) = iter.next() {
            self.push_str(s);
        }
    }
}
impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        if let None = self.peeked {
            self.peeked = Some(self.iter.next());
        }
        match self.peeked.as_ref() {
            Some(inner) => inner.as_ref(),
            None => None,
        }
    }
    pub fn next_if<F: FnOnce(&I::Item) -> bool>(&mut self, f: F) -> Option<I::Item> {
        match self.next() {
            Some(x) => {
                if f(&x) {
                    Some(x)
                } else {
                    self.peeked = Some(Some(x));
                    None
                }
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }
}
impl<I: Iterator> Peekable<I> where I::Item: PartialEq {
    pub fn next_if_eq(&mut self, expected: &I::Item) -> Option<I::Item> {
        self.next_if(|x| x == expected)
    }
}
// std::iter::from_fn: an iterator calling a closure until it returns None.
pub struct FromFn<F> { f: F }
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn { f: f }
}
impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}
// std::iter::successors: each item computed from the previous one.
pub struct Successors<T, F> { next: Option<T>, succ: F }
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ: succ }
}
impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match std::mem::replace(&mut self.next, None) {
            Some(item) => {
                self.next = (self.succ)(&item);
                Some(item)
            }
            None => None,
        }
    }
}
// `flatten`'s items: what std's IntoIterator gives for them (iterators themselves, Vec, Option and
// references to them).
pub trait __IntoIter {
    type IntoIter;
    fn __into_iter(self) -> Self::IntoIter;
}
impl<'a, T> __IntoIter for &'a Vec<T> {
    type IntoIter = Iter<'a, T>;
    fn __into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}
impl<T> __IntoIter for Vec<T> {
    type IntoIter = IntoIter<T>;
    fn __into_iter(self) -> IntoIter<T> {
        self.into_iter()
    }
}
impl<'a, T> __IntoIter for &'a Option<T> {
    type IntoIter = OptionIter<'a, T>;
    fn __into_iter(self) -> OptionIter<'a, T> {
        self.iter()
    }
}
impl<T> __IntoIter for Option<T> {
    type IntoIter = OptionIntoIter<T>;
    fn __into_iter(self) -> OptionIntoIter<T> {
        OptionIntoIter { inner: self }
    }
}
pub struct Flatten<I, U> { iter: I, front: Option<U> }
impl<X: __IntoIter<IntoIter = U>, I: Iterator<Item = X>, U: Iterator> Iterator for Flatten<I, U> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(x) => self.front = Some(x.__into_iter()),
                None => return None,
            }
        }
    }
}
pub struct MapWhile<I, P> { iter: I, predicate: P, done: bool }
impl<B, I: Iterator, P: FnMut(I::Item) -> Option<B>> Iterator for MapWhile<I, P> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                let r = (self.predicate)(x);
                if r.is_none() {
                    self.done = true;
                }
                r
            }
            None => None,
        }
    }
}
pub struct Cycle<I> { orig: I, iter: I }
impl<I: Iterator + Clone> Iterator for Cycle<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            Some(x) => Some(x),
            None => {
                self.iter = self.orig.clone();
                self.iter.next()
            }
        }
    }
}
impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, front: self.front, back: self.back }
    }
}
impl<A: Copy> Clone for Range<A> {
    fn clone(&self) -> Range<A> {
        Range { start: self.start, end: self.end }
    }
}
impl<A: Copy> Clone for RangeInclusive<A> {
    fn clone(&self) -> RangeInclusive<A> {
        RangeInclusive { start: self.start, end: self.end, exhausted: self.exhausted }
    }
}
// std::iter::repeat, once and empty.
pub struct Repeat<T> { item: T }
pub fn repeat<T: Clone>(item: T) -> Repeat<T> {
    Repeat { item: item }
}
impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some(self.item.clone())
    }
}
pub struct Once<T> { item: Option<T> }
pub fn once<T>(value: T) -> Once<T> {
    Once { item: Some(value) }
}
impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.item.take()
    }
}
impl<T> DoubleEndedIterator for Once<T> {
    fn next_back(&mut self) -> Option<T> {
        self.item.take()
    }
}
pub struct Empty<T> { item: Option<T> }
pub fn empty<T>() -> Empty<T> {
    Empty { item: None }
}
impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        None
    }
}
// Option's iterators (std::option::Iter and IntoIter).
pub struct OptionIter<'a, T> { inner: Option<&'a T> }
impl<'a, T> Iterator for OptionIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.inner.take()
    }
}
impl<'a, T> DoubleEndedIterator for OptionIter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.take()
    }
}
pub struct OptionIterMut<'a, T> { inner: Option<&'a mut T> }
impl<'a, T> Iterator for OptionIterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        self.inner.take()
    }
}
pub struct OptionIntoIter<T> { inner: Option<T> }
impl<T> Iterator for OptionIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.take()
    }
}
impl<T> Option<T> {
    pub fn iter(&self) -> OptionIter<'_, T> {
        OptionIter { inner: self.as_ref() }
    }
    pub fn iter_mut(&mut self) -> OptionIterMut<'_, T> {
        OptionIterMut { inner: self.as_mut() }
    }
    pub fn into_iter(self) -> OptionIntoIter<T> {
        OptionIntoIter { inner: self }
    }
}
impl<T, E> Result<T, E> {
    pub fn iter(&self) -> OptionIter<'_, T> {
        OptionIter { inner: self.as_ref().ok() }
    }
    pub fn into_iter(self) -> OptionIntoIter<T> {
        OptionIntoIter { inner: self.ok() }
    }
}
// std's unstable `Try` for `try_fold`: Ok(output) to go on, Err(residual) to stop with.
pub trait __Try {
    type Output;
    fn __branch(self) -> Result<Self::Output, Self>;
    fn __from_output(output: Self::Output) -> Self;
}
impl<T> __Try for Option<T> {
    type Output = T;
    fn __branch(self) -> Result<T, Option<T>> {
        match self {
            Some(x) => Ok(x),
            None => Err(None),
        }
    }
    fn __from_output(output: T) -> Option<T> {
        Some(output)
    }
}
impl<T, E> __Try for Result<T, E> {
    type Output = T;
    fn __branch(self) -> Result<T, Result<T, E>> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(Err(e)),
        }
    }
    fn __from_output(output: T) -> Result<T, E> {
        Ok(output)
    }
}
