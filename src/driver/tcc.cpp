#include "driver/tcc.h"

#include <cctype>
#include <filesystem>
#include <string_view>

#ifdef RUSTG_HAVE_LIBTCC
#include <libtcc.h>
#endif

namespace rustg {

#ifdef RUSTG_HAVE_LIBTCC

namespace {

// tcc's own directory (libtcc1.a, include/), found at configure time.
constexpr const char* kTccDir = RUSTG_TCC_DIR;

// The libm functions runtime/rustg_rt.h declares for generated code (the runtime object uses none).
constexpr std::string_view kLibmFunctions[] = {"sqrt", "floor", "ceil", "round", "trunc", "fabs", "fmin", "fmax",
                                               "sin",  "cos",   "exp",  "log",   "pow",   "fmod",
                                               "tan",  "asin",  "acos", "atan",  "atan2", "sinh",
                                               "cosh", "tanh",  "log10", "log2", "cbrt",  "exp2",
                                               "expm1", "log1p", "hypot", "fma"};

// Whether `code` may call libm: a libm name (or its `f` variant) called outside an identifier.
// Over-approximates (a string literal may match), which only costs link time. Loading libm's linker
// script and symbols is a quarter of a small program's tcc time, so programs without math skip it.
auto MayCallLibm(std::string_view code) -> bool {
  auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::string_view name : kLibmFunctions) {
    for (size_t at = code.find(name); at != std::string_view::npos; at = code.find(name, at + 1)) {
      if (at > 0 && ident(code[at - 1])) continue;
      size_t end = at + name.size();
      if (end < code.size() && code[end] == 'f') ++end;
      if (end < code.size() && code[end] == '(') return true;
    }
  }
  return false;
}

}  // namespace

auto TccAvailable() -> bool {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::path(kTccDir) / "libtcc1.a", ec);
}

auto TccBuild(const std::string& code, const std::vector<std::string>& include_dirs,
              const std::vector<std::string>& objects, const std::string& out, bool debug_info,
              std::string& errors) -> bool {
  TCCState* s = tcc_new();
  if (!s) {
    errors = "tcc_new failed";
    return false;
  }
  tcc_set_error_func(s, &errors, [](void* opaque, const char* msg) {
    auto* e = static_cast<std::string*>(opaque);
    *e += msg;
    *e += '\n';
  });
  tcc_set_lib_path(s, kTccDir);
  // -w: generated code is warning-free by construction for gcc; tcc's extra notes are noise.
  tcc_set_options(s, debug_info ? "-w -g" : "-w");
  tcc_set_output_type(s, TCC_OUTPUT_EXE);
  for (const std::string& d : include_dirs) tcc_add_include_path(s, d.c_str());
  bool ok = tcc_compile_string(s, code.c_str()) == 0;
  for (const std::string& o : objects) ok = ok && tcc_add_file(s, o.c_str()) == 0;
  if (MayCallLibm(code)) ok = ok && tcc_add_library(s, "m") == 0;
  ok = ok && tcc_output_file(s, out.c_str()) == 0;
  tcc_delete(s);
  return ok;
}

#else

auto TccAvailable() -> bool { return false; }

auto TccBuild(const std::string&, const std::vector<std::string>&, const std::vector<std::string>&,
              const std::string&, bool, std::string& errors) -> bool {
  errors = "rustg was built without libtcc";
  return false;
}

#endif

}  // namespace rustg
