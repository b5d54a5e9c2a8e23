// C11 generation: the checked tree in, one C translation unit out, with `#line` directives so a
// debugger steps through the Rust source. Lowering is structured: every Rust expression becomes C
// statements over temporaries (evaluation order kept), so no GNU statement expressions are needed.
#pragma once

#include <string>

#include "base/diag.h"
#include "base/source.h"
#include "check/check.h"
#include "expand/expand.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "resolve/resolve.h"

namespace rustg {

// Code generation options.
struct CodegenOptions {
  // Debug build: integer overflow panics (rustc's debug-assertions); otherwise arithmetic wraps.
  bool overflow_checks = true;
  // The file name panics print (the path as given on the command line, as rustc).
  std::string display_path;
  // Where errors found while instantiating generics go (the recursion limit); none: not reported.
  DiagSink* diags = nullptr;
  // Set when a function whose body the checker skipped (Typed::fn_unchecked) had to be generated:
  // the C is then incomplete; the caller checks again with every body and generates again.
  bool* unchecked_body = nullptr;
};

// Generates the C translation unit of file 0 (which must have checked without errors). When
// opts.diags received an error, the C is incomplete and must not be compiled.
auto GenerateC(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
               const Resolution& res, const Typed& typed, const CodegenOptions& opts) -> std::string;

}  // namespace rustg
