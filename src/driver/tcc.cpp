#include "driver/tcc.h"

#include <elf.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string_view>

#include <fmt/format.h>

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

// An ELF64 file's symbols from its section of type `table` (SHT_SYMTAB or SHT_DYNSYM): name ->
// symbol. Empty when the file cannot be read or is not ELF64.
auto ElfSymbols(const std::string& path, uint32_t table) -> std::map<std::string, Elf64_Sym> {
  std::map<std::string, Elf64_Sym> out;
  std::ifstream f(path, std::ios::binary);
  std::string b((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (b.size() < sizeof(Elf64_Ehdr) || std::memcmp(b.data(), ELFMAG, SELFMAG) != 0 || b[EI_CLASS] != ELFCLASS64)
    return out;
  Elf64_Ehdr eh;
  std::memcpy(&eh, b.data(), sizeof eh);
  auto section = [&](uint32_t i, Elf64_Shdr& sh) {
    uint64_t at = eh.e_shoff + uint64_t(i) * sizeof(Elf64_Shdr);
    if (i >= eh.e_shnum || at + sizeof sh > b.size()) return false;
    std::memcpy(&sh, b.data() + at, sizeof sh);
    return sh.sh_offset + sh.sh_size <= b.size();
  };
  for (uint32_t i = 0; i < eh.e_shnum; ++i) {
    Elf64_Shdr sh, strs;
    if (!section(i, sh) || sh.sh_type != table || !section(sh.sh_link, strs)) continue;
    for (uint64_t at = sh.sh_offset; at + sizeof(Elf64_Sym) <= sh.sh_offset + sh.sh_size; at += sizeof(Elf64_Sym)) {
      Elf64_Sym sym;
      std::memcpy(&sym, b.data() + at, sizeof sym);
      if (sym.st_name == 0 || sym.st_name >= strs.sh_size) continue;
      const char* name = b.data() + strs.sh_offset + sym.st_name;
      out.emplace(std::string(name, strnlen(name, strs.sh_size - sym.st_name)), sym);
    }
  }
  return out;
}

// The installed shared library `name` (libc.so.6), searched where tcc searches.
auto SystemLibrary(std::string_view name) -> std::string {
  for (const char* dir : {"/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib",
                          "/lib"}) {
    std::string p = fmt::format("{}/{}", dir, name);
    std::error_code ec;
    if (std::filesystem::exists(p, ec)) return p;
  }
  return {};
}

// Writes `dir`/`file`: a shared library with soname `soname` defining `names` as `lib` (a system
// library's path) defines them: functions as empty functions, objects with their size, so the
// executable tcc links against it gets the same dynamic symbols and copy relocations as against
// `lib`, which the dynamic loader then binds. Names `lib` lacks are left out when `optional`
// (libc_nonshared.a's atexit); otherwise they make it fail.
auto WriteStub(const std::string& dir, const std::string& file, const std::string& soname, const std::string& lib,
               const std::vector<std::string>& names, bool optional) -> bool {
  std::map<std::string, Elf64_Sym> syms = ElfSymbols(lib, SHT_DYNSYM);
  if (syms.empty()) return false;
  std::string c;
  for (const std::string& n : names) {
    auto it = syms.find(n);
    if (it == syms.end() || it->second.st_shndx == SHN_UNDEF) {
      if (optional) continue;
      return false;
    }
    uint8_t type = ELF64_ST_TYPE(it->second.st_info);
    if (type == STT_FUNC || type == STT_GNU_IFUNC) {
      c += fmt::format("void {}(void) {{}}\n", n);
    } else if (type == STT_OBJECT && it->second.st_size > 0) {
      c += fmt::format("char {}[{}] __attribute__((aligned(16)));\n", n, it->second.st_size);
    } else {
      return false;
    }
  }
  TCCState* s = tcc_new();
  if (!s) return false;
  tcc_set_error_func(s, nullptr, [](void*, const char*) {});
  tcc_set_lib_path(s, kTccDir);
  tcc_set_options(s, fmt::format("-w -nostdlib -Wl,-soname={}", soname).c_str());
  tcc_set_output_type(s, TCC_OUTPUT_DLL);
  std::string tmp = fmt::format("{}/{}.{}", dir, file, getpid());
  bool ok = tcc_compile_string(s, c.c_str()) == 0 && tcc_output_file(s, tmp.c_str()) == 0;
  tcc_delete(s);
  std::error_code ec;
  if (ok) std::filesystem::rename(tmp, fmt::format("{}/{}", dir, file), ec);
  if (!ok || ec) std::filesystem::remove(tmp, ec);
  return ok && !ec;
}

}  // namespace

auto TccAvailable() -> bool {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::path(kTccDir) / "libtcc1.a", ec);
}

auto TccLinkStubs(const std::string& dir, const std::string& object) -> bool {
  std::string libc = SystemLibrary("libc.so.6");
  if (libc.empty()) return false;
  // What the runtime object calls, and what tcc's crt1.o, its own code (struct copies),
  // libtcc1.a and libc_nonshared.a's members call.
  std::vector<std::string> names = {"__libc_start_main", "abort", "memcpy", "memmove", "memset", "__cxa_atexit",
                                    "__cxa_at_quick_exit", "__register_atfork", "__stack_chk_fail"};
  for (const auto& [name, sym] : ElfSymbols(object, SHT_SYMTAB)) {
    uint8_t bind = ELF64_ST_BIND(sym.st_info);
    if (sym.st_shndx == SHN_UNDEF && (bind == STB_GLOBAL || bind == STB_WEAK) && name != "_GLOBAL_OFFSET_TABLE_" &&
        std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(name);
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !WriteStub(dir, "libc_stub.so", "libc.so.6", libc, names, /*optional=*/true)) return false;
  // libc.so is a linker script, as glibc's: the stub, then the static part of libc (atexit, ...).
  std::string nonshared = SystemLibrary("libc_nonshared.a");
  std::string script = fmt::format("GROUP ( {}/libc_stub.so {} )\n", dir, nonshared);
  std::string tmp = fmt::format("{}/libc.so.{}", dir, getpid());
  {
    std::ofstream f(tmp, std::ios::binary);
    f << script;
    if (!f) return false;
  }
  std::filesystem::rename(tmp, dir + "/libc.so", ec);
  if (ec) return false;
  // libm's functions generated code may call (MayCallLibm): without this stub tcc reads the system
  // libm, as before.
  std::string libm = SystemLibrary("libm.so.6");
  std::vector<std::string> math;
  for (std::string_view f : kLibmFunctions) {
    math.emplace_back(f);
    math.push_back(std::string(f) + "f");
  }
  if (!libm.empty()) WriteStub(dir, "libm.so", "libm.so.6", libm, math, /*optional=*/false);
  return true;
}

namespace {

// How a tcc run ended.
enum class TccResult { Ok, CompileError, LinkError };

// One tcc compile and link; `lib_dirs` are searched for libraries before tcc's own paths.
auto TccAttempt(const std::string& code, const std::vector<std::string>& include_dirs,
                const std::vector<std::string>& objects, const std::vector<std::string>& lib_dirs,
                const std::string& out, bool debug_info, std::string& errors) -> TccResult {
  TCCState* s = tcc_new();
  if (!s) {
    errors = "tcc_new failed";
    return TccResult::CompileError;
  }
  tcc_set_error_func(s, &errors, [](void* opaque, const char* msg) {
    auto* e = static_cast<std::string*>(opaque);
    *e += msg;
    *e += '\n';
  });
  tcc_set_lib_path(s, kTccDir);
  // -w: generated code is warning-free by construction for gcc; tcc's extra notes are noise.
  tcc_set_options(s, debug_info ? "-w -g" : "-w");
  // Before the output type: tcc appends its default library paths there, after these.
  for (const std::string& d : lib_dirs) tcc_add_library_path(s, d.c_str());
  tcc_set_output_type(s, TCC_OUTPUT_EXE);
  for (const std::string& d : include_dirs) tcc_add_include_path(s, d.c_str());
  if (tcc_compile_string(s, code.c_str()) != 0) {
    tcc_delete(s);
    return TccResult::CompileError;
  }
  bool ok = true;
  for (const std::string& o : objects) ok = ok && tcc_add_file(s, o.c_str()) == 0;
  if (MayCallLibm(code)) ok = ok && tcc_add_library(s, "m") == 0;
  ok = ok && tcc_output_file(s, out.c_str()) == 0;
  tcc_delete(s);
  return ok ? TccResult::Ok : TccResult::LinkError;
}

}  // namespace

auto TccBuild(const std::string& code, const std::vector<std::string>& include_dirs,
              const std::vector<std::string>& objects, const std::string& stub_dir, const std::string& out,
              bool debug_info, std::string& errors) -> bool {
  if (!stub_dir.empty()) {
    TccResult r = TccAttempt(code, include_dirs, objects, {stub_dir}, out, debug_info, errors);
    if (r != TccResult::LinkError) return r == TccResult::Ok;
    // A symbol the stubs lack (generated code calling a libc function the runtime does not):
    // link against the system libraries instead.
    errors.clear();
  }
  return TccAttempt(code, include_dirs, objects, {}, out, debug_info, errors) == TccResult::Ok;
}

#else

auto TccAvailable() -> bool { return false; }

auto TccLinkStubs(const std::string&, const std::string&) -> bool { return false; }

auto TccBuild(const std::string&, const std::vector<std::string>&, const std::vector<std::string>&,
              const std::string&, const std::string&, bool, std::string& errors) -> bool {
  errors = "rustg was built without libtcc";
  return false;
}

#endif

}  // namespace rustg
