// The passes from a parsed crate root to a checked program: syntax expansion (cfg, macro_rules!,
// modules), built-in macros and format strings, name resolution and type checking. `rustg build`,
// `rustg check` and the fuzz target all run exactly this sequence.
#pragma once

#include "base/diag.h"
#include "base/source.h"
#include "base/timings.h"
#include "check/check.h"
#include "expand/expand.h"
#include "expand/syntax.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "resolve/resolve.h"

namespace rustg {

// Everything the passes after parsing produce.
struct Analysis {
  // The token stream after syntax expansion (cfg, macro_rules!, modules) and its tree.
  SyntaxOut syntax;
  Tree expanded;
  FormatTable formats;
  Resolution res;
  Typed typed;
};

// Runs the passes on file 0 of `tree` (which must have parsed without errors); may add files to
// `src` (out-of-line modules, expansion text). Errors in syntax expansion stop it; later passes
// all run, so every error they find is reported. `all_std_bodies`: check every body of the std
// subset, live or not (Check's `all_bodies`; the std files' own test).
auto Analyze(SourceBuffer& src, const TokenBuffer& source_tokens, const Tree& tree, const SyntaxOptions& opts,
             DiagSink& diags, Timings* timings, bool all_std_bodies = false) -> Analysis;

// `--dump=hir`: the expanded tree of file 0 in `--dump=ast`'s format, each node followed by what
// the later passes know about it: ` : TYPE` for typed expressions and patterns, ` -> local NAME#ID`,
// `fn NAME`, `const NAME`, `struct NAME` or `std path` for resolved names, calls and method calls.
auto DumpHir(const SourceBuffer& src, Analysis& a) -> std::string;

}  // namespace rustg
