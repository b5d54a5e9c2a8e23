// Reserved prefixes after identifiers that took the fast path up to their last byte.
abc#x xyzzy"s" k'c' ident#
