// Which function bodies a build checks. The std subset (expand/prelude.h) is spliced in whole files
// at a time, but a program calls few of its functions; its other bodies are fixed, tested code
// (tests/unit/std_bodies_test.cpp checks every one), so checking them per build buys nothing.
#pragma once

#include <cstdint>
#include <vector>

#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "resolve/resolve.h"

namespace rustg {

// Per function (Items::fns index): 1 when its body is checked. Every function outside the std
// subset is; a std function is when something that is checked (a live body, or any code outside
// the std functions: the user's crate, consts, impls' headers) names it, or uses an operator,
// `for`, `?` or indexing that may call it, or it has a name codegen reaches without one being
// written (drop, fmt, clone, eq, ...). Over-approximates by name: a mention of `next` keeps every
// `next`. A miss is caught by codegen (Typed::fn_unchecked), never a wrong program.
auto LiveFnBodies(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const Items& items)
    -> std::vector<uint8_t>;

}  // namespace rustg
