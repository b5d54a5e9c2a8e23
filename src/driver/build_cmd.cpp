#include "driver/build_cmd.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "base/edition.h"
#include "check/analyze.h"
#include "check/check.h"
#include "codegen/codegen.h"
#include "driver/rt_header.h"
#include "driver/tcc.h"
#include "expand/expand.h"
#include "expand/syntax.h"
#include "resolve/resolve.h"

namespace rustg {

extern const char kRuntimeHeader[];
extern const char kRuntimeSource[];
extern const char kRuntimeHash[];  // SHA-256 of the two, computed by CMake

namespace {

namespace fs = std::filesystem;

// Diagnostics to stderr in the format and colour the options ask for.
void PrintDiags(const DiagSink& diags, const SourceBuffer& src, const BuildOptions& o) {
  bool json = o.error_format == "json";
  PrintDiagnostics(diags, src, json, !json && UseColor(o.color));
}

// FNV-1a, 64 bits: a stable content hash for cache keys (not for security).
auto Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) -> uint64_t {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The C compiler: $CC or `cc`, resolved on PATH (for the cache key).
auto CCompiler() -> std::string {
  const char* cc = std::getenv("CC");
  return cc && *cc ? cc : "cc";
}
auto ResolveOnPath(const std::string& prog) -> std::string {
  if (prog.find('/') != std::string::npos) return prog;
  const char* path = std::getenv("PATH");
  std::stringstream ss(path ? path : "/usr/bin");
  for (std::string dir; std::getline(ss, dir, ':');) {
    std::string p = dir + "/" + prog;
    if (access(p.c_str(), X_OK) == 0) return p;
  }
  return prog;
}

// Runs argv (no shell) and waits; returns the exit status (128 + signal when killed), -1 if it
// cannot start. `quiet` sends its output to /dev/null (a probe whose failure is expected).
auto Spawn(const std::vector<std::string>& argv, bool quiet = false) -> int {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    if (quiet) {
      int null_fd = open("/dev/null", O_WRONLY);
      if (null_fd >= 0) {
        dup2(null_fd, STDOUT_FILENO);
        dup2(null_fd, STDERR_FILENO);
      }
    }
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

auto WriteAtomically(const fs::path& p, std::string_view content) -> bool {
  fs::path tmp = p;
  tmp += fmt::format(".tmp{}", getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    out << content;
    if (!out) return false;
  }
  std::error_code ec;
  fs::rename(tmp, p, ec);
  return !ec;
}

auto CacheRoot() -> fs::path {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && *xdg) return fs::path(xdg) / "rustg";
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : "/tmp") / ".cache" / "rustg";
}

// Flags the runtime object is compiled with, per configuration.
auto RuntimeFlags(bool optimize) -> std::vector<std::string> {
  if (optimize) return {"-std=c11", "-w", "-O2"};
  // Debug builds check overflow: the integer ops tcc-built programs call out of line (rustg_rt.h) panic.
  return {"-std=c11", "-w", "-O1", "-g", "-DRG_OVERFLOW_CHECKS=1"};
}

// The runtime directory (header + object) for this configuration, compiled on first use and
// reused afterwards: content-addressed by the runtime sources, the flags and the C compiler.
// `warm` tells whether it was already there.
auto EnsureRuntime(bool optimize, bool& warm, std::string& error) -> fs::path {
  std::string cc = CCompiler();
  std::string cc_path = ResolveOnPath(cc);
  struct stat st{};
  stat(cc_path.c_str(), &st);
  std::vector<std::string> flags = RuntimeFlags(optimize);
  // The layout version of a runtime directory (2: with tcc_libs/; 3: rustg_rt_tcc.o without
  // debug info) is part of its key.
  uint64_t h = Fnv1a(kRuntimeHash);
  h = Fnv1a("layout 3\n", h);
  for (const std::string& f : flags) h = Fnv1a(f + "\n", h);
  h = Fnv1a(fmt::format("{}:{}:{}", cc_path, st.st_size, static_cast<long long>(st.st_mtime)), h);
  fs::path dir = CacheRoot() / fmt::format("rt-{:016x}", h);
  fs::path obj = dir / "rustg_rt.o";
  warm = fs::exists(obj);
  if (warm) return dir;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !WriteAtomically(dir / "rustg_rt.h", kRuntimeHeader)) {
    error = fmt::format("cannot write the runtime cache in `{}`", dir.string());
    return {};
  }
  fs::path src = dir / fmt::format("rustg_rt.{}.c", getpid());
  fs::path tmp_obj = dir / fmt::format("rustg_rt.{}.o", getpid());
  if (!WriteAtomically(src, kRuntimeSource)) {
    error = "cannot write the runtime source";
    return {};
  }
  std::vector<std::string> argv = {cc};
  argv.insert(argv.end(), flags.begin(), flags.end());
  argv.insert(argv.end(), {"-c", src.string(), "-o", tmp_obj.string()});
  int rc = Spawn(argv);
  fs::remove(src, ec);
  if (rc != 0) {
    fs::remove(tmp_obj, ec);
    error = fmt::format("the C compiler `{}` failed on the runtime (exit {})", cc, rc);
    return {};
  }
  fs::rename(tmp_obj, obj, ec);
  if (ec) {
    error = "cannot place the runtime object in the cache";
    return {};
  }
  return dir;
}

// The C compiler flags of -O programs that not every compiler takes: GCC's x86 -mbranch-cost=4 (its
// default, 3, keeps a branch where a conditional move is cheaper when the condition is unpredictable,
// as collatz's n%2 is: LLVM, so rustc -O, emits the cmov; 0.75 s -> 0.56 s, rustc 0.59 s). Probed
// once per runtime directory (keyed by the compiler) and kept there as opt_flags, one per line.
auto OptimizeCFlags(const fs::path& rt) -> std::vector<std::string> {
  fs::path file = rt / "opt_flags";
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    std::string accepted;
    fs::path src = rt / fmt::format("probe.{}.c", getpid());
    fs::path obj = rt / fmt::format("probe.{}.o", getpid());
    if (WriteAtomically(src, "int rg_probe;\n")) {
      for (const char* flag : {"-mbranch-cost=4"}) {
        if (Spawn({CCompiler(), flag, "-c", src.string(), "-o", obj.string()}, /*quiet=*/true) == 0) {
          accepted += fmt::format("{}\n", flag);
        }
      }
    }
    fs::remove(src, ec);
    fs::remove(obj, ec);
    WriteAtomically(file, accepted);
  }
  std::vector<std::string> flags;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) flags.push_back(line);
  }
  return flags;
}

// Where EnsureTccRuntime puts the link-time libc/libm stand-ins (TccLinkStubs) of a runtime directory.
auto TccStubDir(const fs::path& rt) -> fs::path { return rt / "tcc_libs"; }

// The runtime object with the libgcc helpers it calls (128-bit division, powi) linked in, for
// tcc, which links without libgcc: made once per runtime directory, beside rustg_rt.o. Without
// debug info (-S): tcc builds are never -g, and tcc would read, relocate and write the runtime's
// DWARF sections on every link (~0.65M instructions, a tenth of hello world's build).
auto EnsureTccRuntime(const fs::path& rt, std::string& error) -> fs::path {
  fs::path full = rt / "rustg_rt_tcc.o";
  if (fs::exists(full)) return full;
  fs::path tmp = rt / fmt::format("rustg_rt_tcc.{}.o", getpid());
  int rc = Spawn({CCompiler(), "-r", "-nostdlib", "-Wl,-S", (rt / "rustg_rt.o").string(), "-lgcc", "-o", tmp.string()});
  std::error_code ec;
  if (rc != 0) {
    fs::remove(tmp, ec);
    error = fmt::format("`{} -r` could not prepare the runtime for tcc (exit {})", CCompiler(), rc);
    return {};
  }
  fs::rename(tmp, full, ec);
  if (ec) {
    error = "cannot place the tcc runtime object in the cache";
    return {};
  }
  // Without them (an unusual libc), tcc links against the system libraries: slower, same program.
  TccLinkStubs(TccStubDir(rt).string(), full.string());
  return full;
}

}  // namespace

void AnalyzeOnly(SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags,
                 Timings* timings) {
  if (diags.error_count() > 0) return;
  Analyze(src, tokens, tree, SyntaxOptions{}, diags, timings);
}

auto RunBuild(const BuildOptions& o) -> int {
  auto edition = ParseEdition(o.edition);
  if (!edition) {
    fmt::print(stderr, "error: argument for `--edition` must be one of: 2015|2018|2021. (instead was `{}`)\n",
               o.edition);
    return 2;
  }
  if (o.dump == "ir") {
    fmt::print(stderr, "error: `--dump=ir` is not supported yet: rustg lowers the typed tree (`--dump=hir`) "
                       "straight to C, which `--emit=c` keeps\n");
    return 2;
  }
  if (!o.dump.empty() && o.dump != "hir") {
    fmt::print(stderr, "error: unknown dump `{}` (expected hir)\n", o.dump);
    return 2;
  }
  if (o.c_compiler != "auto" && o.c_compiler != "tcc" && o.c_compiler != "cc") {
    fmt::print(stderr, "error: unknown C compiler `{}` (expected auto, tcc or cc)\n", o.c_compiler);
    return 2;
  }
  if (o.c_compiler == "tcc" && !TccAvailable()) {
    fmt::print(stderr, "error: `--c-compiler=tcc`: this rustg has no libtcc, or tcc's runtime files are not installed\n");
    return 2;
  }
  if (!o.emit.empty() && o.emit != "c" && o.emit != "link") {
    fmt::print(stderr, "error: unknown emit kind `{}` (expected c or link)\n", o.emit);
    return 2;
  }
  Timings timings;
  if (!o.timings_path.empty()) timings.Enable();
  Timings* tp = o.timings_path.empty() ? nullptr : &timings;
  auto finish_timings = [&] {
    if (tp && !timings.WriteFile(o.timings_path))
      fmt::print(stderr, "error: could not write timings to `{}`\n", o.timings_path);
  };
  DiagSink diags;
  SourceBuffer src;
  PassOptions pass{Backend::Cpu, 1};
  TokenBuffer tokens;
  Tree tree;
  {
    ScopedSpan span(tp, "read", "pass");
    src.AddFileFromDisk(o.file, *edition, diags);
  }
  if (diags.error_count() == 0) {
    {
      ScopedSpan span(tp, "lex", "pass");
      tokens = Lex(src, pass, diags, tp);
    }
    {
      ScopedSpan span(tp, "parse", "pass");
      tree = Parse(src, tokens, pass, diags, tp);
    }
  }
  Analysis a;
  SyntaxOptions syntax_opts;
  syntax_opts.debug_assertions = !o.optimize;
  if (diags.error_count() == 0) a = Analyze(src, tokens, tree, syntax_opts, diags, tp);
  if (diags.error_count() > 0) {
    PrintDiags(diags, src, o);
    finish_timings();
    return 1;
  }
  PrintDiags(diags, src, o);
  if (o.dump == "hir") {
    fmt::print("{}", DumpHir(src, a));
    finish_timings();
    return 0;
  }

  CodegenOptions cg;
  cg.overflow_checks = !o.optimize;
  cg.display_path = o.file;
  std::string c_code;
  for (bool all_bodies = false;; all_bodies = true) {
    DiagSink cg_diags;
    bool unchecked = false;
    {
      ScopedSpan span(tp, "codegen", "pass");
      cg.diags = &cg_diags;
      cg.unchecked_body = &unchecked;
      c_code = GenerateC(src, a.syntax.tokens, a.expanded, a.formats, a.res, a.typed, cg);
    }
    if (!unchecked || all_bodies) {
      diags.Append(std::move(cg_diags));
      break;
    }
    // Codegen needed a std body the checker skipped (check/live_fns.h missed a way it is called):
    // check every body and generate again. The first check reported the diagnostics already.
    ScopedSpan span(tp, "check-all", "pass");
    DiagSink repeated;
    a.typed = Check(src, a.syntax.tokens, a.expanded, a.formats, a.res, repeated, /*all_bodies=*/true);
  }
  if (diags.error_count() > 0) {
    PrintDiags(diags, src, o);
    finish_timings();
    return 1;
  }
  bool warm = false;
  std::string error;
  fs::path rt;
  {
    ScopedSpan span(tp, "runtime", "pass");
    rt = EnsureRuntime(o.optimize, warm, error);
  }
  if (rt.empty()) {
    fmt::print(stderr, "error: {}\n", error);
    finish_timings();
    return 1;
  }
  std::string stem = fs::path(o.file).stem().string();
  fs::path tmpdir;
  fs::path out;
  std::error_code ec;
  if (o.run && o.output.empty()) {
    tmpdir = fs::temp_directory_path() / fmt::format("rustg-run-{}", getpid());
    fs::create_directories(tmpdir, ec);
    out = tmpdir / stem;
  } else {
    out = o.output.empty() ? fs::path(stem) : fs::path(o.output);
  }
  // `-o /dev/null` (or a FIFO): tcc unlinks its output file before writing it, which would put a
  // regular file in the device's place. Such a path gets the executable's bytes written into it
  // from a build in a temporary directory, as rustc's `-o /dev/null` does.
  fs::path special_out;
  if (fs::exists(out, ec) && !fs::is_regular_file(out, ec) && !fs::is_directory(out, ec)) {
    special_out = out;
    tmpdir = fs::temp_directory_path() / fmt::format("rustg-build-{}", getpid());
    fs::create_directories(tmpdir, ec);
    out = tmpdir / stem;
  }
  fs::path c_path = out;
  c_path += ".c";
  if (!tmpdir.empty() || o.emit == "c") {
    // keep c_path
  } else {
    c_path = fs::temp_directory_path() / fmt::format("rustg-{}-{}.c", getpid(), stem);
  }
  // tcc for unoptimized builds (it does not optimize) without -g (gdb does not read its stabs
  // line tables). It has no __int128: rustg_rt.h emulates i128/u128 for it (codegen/int128.inc),
  // and a 128-bit operation codegen does not spell through those helpers yet makes tcc fail, which
  // falls back to the system cc, as any tcc failure does (the system cc compiles all generated C).
  bool use_tcc = o.c_compiler == "tcc" ||
                 (o.c_compiler == "auto" && !o.optimize && !o.debug_info && TccAvailable());
  bool compiled = false;
  if (use_tcc) {
    ScopedSpan span(tp, "tcc", "pass");
    fs::path rt_tcc = EnsureTccRuntime(rt, error);
    std::string stubs = fs::exists(TccStubDir(rt) / "libc.so", ec) ? TccStubDir(rt).string() : std::string();
    std::string tcc_errors;
    // One tcc attempt on `code`.
    auto tcc = [&](const std::string& code) -> bool {
      if (c_code.find("#define RG_USES_INT128") == std::string::npos)
        return TccBuild(code, {rt.string()}, {rt_tcc.string()}, stubs, out.string(), o.debug_info, tcc_errors);
      // tcc rejects a 128-bit operation codegen/int128.inc does not spell through the emulation
      // helpers yet (a struct operand), and its error recovery can crash on such C (seen on a cast
      // to a struct type): these programs compile in a child process, so a crash is a failure
      // that falls back to the system cc, never rustg's own. The fork costs well under 1 ms.
      fflush(stdout);
      fflush(stderr);
      pid_t pid = fork();
      if (pid == 0) {
        bool ok = TccBuild(code, {rt.string()}, {rt_tcc.string()}, stubs, out.string(), o.debug_info, tcc_errors);
        if (!ok && o.c_compiler == "tcc") fmt::print(stderr, "{}", tcc_errors);
        fflush(stderr);
        _exit(ok ? 0 : 1);
      }
      int status = 0;
      bool ok = pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
      if (!ok && pid > 0 && !(WIFEXITED(status)) && o.c_compiler == "tcc") tcc_errors = "tcc crashed\n";
      return ok;
    };
    if (!rt_tcc.empty()) {
      // The runtime header inlined with only what the code reaches (driver/rt_header.h); should
      // that ever not compile, the whole header, before falling back to the system cc.
      compiled = tcc(InlinePrunedRuntimeHeader(kRuntimeHeader, c_code));
      if (!compiled) {
        if (std::getenv("RUSTG_DEBUG_RT_PRUNE")) fmt::print(stderr, "rustg: pruned runtime header failed:\n{}", tcc_errors);
        tcc_errors.clear();
        compiled = tcc(c_code);
      }
    }
    if (!compiled && o.c_compiler == "tcc") {
      fmt::print(stderr, "error: tcc failed on the generated code; this is a rustg bug\n{}{}", error, tcc_errors);
      finish_timings();
      return 1;
    }
  }
  if (o.emit == "c" || !compiled) {
    std::ofstream f(c_path, std::ios::binary);
    f << c_code;
    if (!f) {
      fmt::print(stderr, "error: cannot write `{}`\n", c_path.string());
      return 1;
    }
  }
  int rc = 0;
  if (!compiled) {
    // -fno-math-errno: Rust's float functions never set errno, so sqrt needs no libm call path.
    std::vector<std::string> argv = {CCompiler(), "-std=c11", "-w", o.optimize ? "-O2" : "-O0", "-fno-math-errno"};
    if (o.debug_info) argv.push_back("-g");
    if (o.optimize) {
      std::vector<std::string> extra = OptimizeCFlags(rt);
      argv.insert(argv.end(), extra.begin(), extra.end());
    }
    argv.insert(argv.end(), {"-I", rt.string(), c_path.string(), (rt / "rustg_rt.o").string(), "-o", out.string(), "-lm"});
    ScopedSpan span(tp, "cc", "pass");
    rc = Spawn(argv);
  }
  if (o.emit != "c") fs::remove(c_path, ec);
  if (rc != 0) {
    // Generated C that does not compile is a rustg bug, never the user's: say so plainly.
    fmt::print(stderr, "error: the C compiler failed on the generated code (exit {}); this is a rustg bug\n", rc);
    finish_timings();
    return 1;
  }
  finish_timings();
  if (!special_out.empty()) {
    std::ifstream from(out, std::ios::binary);
    std::ofstream to(special_out, std::ios::binary);
    to << from.rdbuf();
    if (!to) {
      fmt::print(stderr, "error: cannot write `{}`\n", special_out.string());
      fs::remove_all(tmpdir, ec);
      return 1;
    }
  }
  if (!o.run) {
    if (!special_out.empty()) fs::remove_all(tmpdir, ec);
    return 0;
  }
  std::vector<std::string> run_argv = {out.string()};
  run_argv.insert(run_argv.end(), o.run_args.begin(), o.run_args.end());
  if (run_argv[0].find('/') == std::string::npos) run_argv[0] = "./" + run_argv[0];
  int prc = Spawn(run_argv);
  if (!tmpdir.empty()) fs::remove_all(tmpdir, ec);
  return prc < 0 ? 1 : prc;
}

}  // namespace rustg
