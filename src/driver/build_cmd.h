// `rustg build` / `rustg run` and the analysis passes of `rustg check`: expand, resolve,
// check, codegen to C, and compiling + linking it against the cached runtime (in-process with
// libtcc for debug builds where available, else with the system C compiler).
#pragma once

#include <string>
#include <vector>

#include "base/diag.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// Options of build and run.
struct BuildOptions {
  std::string file;              // the crate root
  std::string output;            // -o; default: the file's stem in the current directory
  bool optimize = false;         // -O: optimized C, no overflow checks (as rustc -O)
  bool debug_info = false;       // -g: line tables so gdb steps through the Rust source
  std::string emit;              // "c": also keep the generated C next to the output
  std::string dump;              // "hir": print the typed, resolved tree and stop (no codegen)
  std::string edition = "2021";
  std::string error_format = "human";
  std::string color = "auto";
  std::string timings_path;      // --timings=FILE: Chrome trace of every pass
  // --c-compiler: "auto" (in-process tcc for unoptimized builds without -g where available, else
  // the system cc),
  // "tcc" or "cc".
  std::string c_compiler = "auto";
  bool run = false;              // run the program after building (exit code is the program's)
  std::vector<std::string> run_args;  // arguments after `--`
};

// Builds (and with opts.run, runs) one program. Returns the process exit code: 0, 1 for build
// errors, 2 for usage errors, or the program's own exit code under `run`.
auto RunBuild(const BuildOptions& opts) -> int;

// The passes after parsing, without codegen (for `rustg check`): diagnostics only.
void AnalyzeOnly(SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags,
                 Timings* timings);

}  // namespace rustg
