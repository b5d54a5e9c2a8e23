// Vec's methods that need no C of their own (std::vec): written over push/pop/swap.

impl<T> Vec<T> {
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len();
        if index >= len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, len);
        }
        self.swap(index, len - 1);
        match self.pop() {
            Some(x) => x,
            None => unreachable!(),
        }
    }
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len();
        if index > len {
            panic!("insertion index (is {}) should be <= len (is {})", index, len);
        }
        self.push(element);
        let mut i = len;
        while i > index {
            self.swap(i - 1, i);
            i -= 1;
        }
    }
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len();
        if index >= len {
            panic!("removal index (is {}) should be < len (is {})", index, len);
        }
        let mut i = index;
        while i + 1 < len {
            self.swap(i, i + 1);
            i += 1;
        }
        match self.pop() {
            Some(x) => x,
            None => unreachable!(),
        }
    }
    pub fn truncate(&mut self, len: usize) {
        while self.len() > len {
            self.pop();
        }
    }
}
