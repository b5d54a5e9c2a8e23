// Syntax-level expansion before name resolution: `#[cfg]`/`cfg!` evaluation, `macro_rules!`
// definitions and invocations, out-of-line `mod foo;` loading and module flattening. Each step
// rewrites the token stream of file 0 (copying source tokens, so spans stay those of the source, or
// adding synthetic ones) and the stream is parsed again, until nothing is left to expand.
#pragma once

#include "base/diag.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// Options of syntax expansion (the cfg set depends on the build).
struct SyntaxOptions {
  // `debug_assertions` holds (debug builds and `check`).
  bool debug_assertions = true;
  // The std subset written in Rust (expand/prelude.h) is spliced in as module `__std`.
  bool prelude = true;
};

// A rewritten token stream and its parse tree.
struct SyntaxOut {
  TokenBuffer tokens;
  Tree tree;
};

// Expands file 0 of `tree`. May add files to `src` (out-of-line modules, and one file per round
// holding the text of synthetic tokens). Errors go to `diags`; the result is then unspecified.
auto ExpandSyntax(SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const SyntaxOptions& opts,
                  DiagSink& diags) -> SyntaxOut;

}  // namespace rustg
