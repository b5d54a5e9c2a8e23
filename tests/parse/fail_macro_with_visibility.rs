// A macro invocation cannot have a visibility.
impl S { pub m!(); }
