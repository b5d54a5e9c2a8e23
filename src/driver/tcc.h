// In-process C compilation with libtcc for debug builds: compiling a small generated C file with
// the system cc costs a process start and a full optimizing-compiler pipeline (~100-250 ms); tcc
// compiles and links it in a few milliseconds. Optional: without libtcc at build time, or without
// tcc's runtime files at run time, rustg uses the system cc.
#pragma once

#include <string>
#include <vector>

namespace rustg {

// Whether in-process compilation is available: rustg was built with libtcc and tcc's runtime
// files (libtcc1.a and its headers) are installed where this build found them.
auto TccAvailable() -> bool;

// Writes libc.so and libm.so into `dir`: link-time stand-ins for glibc's (soname libc.so.6 and
// libm.so.6) that define only what `object` (the runtime), tcc's startup code and generated code
// call, typed as glibc defines them. tcc reads every dynamic symbol of a library it links (glibc
// has ~3,000: a quarter of a small program's build); the executable still runs on the real ones.
// False when they cannot be made (then links use the system libraries).
auto TccLinkStubs(const std::string& dir, const std::string& object) -> bool;

// Compiles C source `code` and links it with `objects` (and libm when it calls it) into the executable `out`, with
// `include_dirs` searched for #include "…"; `debug_info` adds line tables (`#line` → Rust source).
// `stub_dir` (TccLinkStubs; empty: none) is searched for libraries first; a link that fails with
// it is retried with the system libraries. False on failure, with tcc's messages in `errors`.
auto TccBuild(const std::string& code, const std::vector<std::string>& include_dirs,
              const std::vector<std::string>& objects, const std::string& stub_dir, const std::string& out,
              bool debug_info, std::string& errors) -> bool;

}  // namespace rustg
