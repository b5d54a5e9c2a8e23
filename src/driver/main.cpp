// rustg: the command-line driver. Subcommands map to a prefix of the pipeline:
// `lex` stops after lexing, `parse` after parsing, `check` after type checking (no codegen;
// `--syntax-only` stops it after parsing, for any number of files).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <tbb/task_arena.h>
#include <fmt/format.h>

#include "base/backend.h"
#include "base/cuda_device.h"
#include "base/diag.h"
#include "base/edition.h"
#include "base/source.h"
#include "base/timings.h"
#include "driver/build_cmd.h"
#include "driver/fmt_cmd.h"
#include "lex/lex.h"
#include "lint/lint_cmd.h"
#include "parse/parse.h"

namespace rustg {
namespace {

// Exit codes as rustc: 0 success, 1 errors reported, 2 usage errors.
constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;

// How far down the pipeline a subcommand goes.
enum class Stop { Lex, Parse, Check };

// Options shared by every subcommand.
struct DriverOptions {
  std::vector<std::string> files;
  // Files listed one per line in a file, each optionally preceded by its edition and a tab.
  std::string files_from;
  std::string edition = "2021";
  std::string dump;
  std::string error_format = "human";
  std::string color = "auto";
  std::string timings_path;
  std::string device;
  uint32_t threads = 0;
  bool stats = false;
  // check: stop after parsing instead of expanding, resolving and type checking the crate.
  bool syntax_only = false;
  bool analyze = false;  // check --analyze: the default since check analyzes; accepted for old scripts
};

// Wall time of one pass, for --stats.
struct PassTime {
  const char* name;
  double seconds;
};

// Prints files, lines, MB, errors and per-pass throughput (the demo's table).
void PrintStats(const SourceBuffer& src, const DiagSink& diags, const std::vector<PassTime>& passes) {
  double mb = static_cast<double>(src.content_bytes()) / 1e6;
  double lines = static_cast<double>(src.total_lines());
  fmt::print("{} files, {} lines, {:.1f} MB, {} errors\n", src.file_count(), src.total_lines(), mb,
             diags.error_count());
  fmt::print("| pass  | time (ms) |    MB/s |     lines/s |\n|-------|----------:|--------:|------------:|\n");
  double total = 0;
  for (const PassTime& p : passes) {
    total += p.seconds;
    fmt::print("| {:<5} | {:>9.1f} | {:>7.0f} | {:>11.0f} |\n", p.name, p.seconds * 1e3, mb / p.seconds,
               lines / p.seconds);
  }
  fmt::print("| total | {:>9.1f} | {:>7.0f} | {:>11.0f} |\n", total * 1e3, mb / total, lines / total);
}

// Inputs smaller than this stay on the CPU under --device=auto. Measured on an H200 machine
// (bench/results/frontend-gpu-2026-12-01h.md and -01j.md, the fused lex+parse the driver runs): the
// 16-core CPU backend takes ~1.2 ms per MB (308 ms at 256 MB, 603 at 513), the GPU 114 ms at 256 MB
// and 142 at 513 in a warm process; a fresh process also pays ~0.2 s for the CUDA context
// (frontend-gpu-2026-11-30.md) and the parse's stack reservation, so one-shot runs break even at
// about 0.26 GB of source.
constexpr uint64_t kAutoGpuMinBytes = 256ull << 20;

// Picks the backend from --device / RUSTG_DEVICE. A GPU that was asked for but is not there (or
// not built in) means a warning and the CPU backend: never a wrong answer, never a crash.
auto PickBackend(const DriverOptions& o, uint64_t input_bytes, bool& bad) -> Backend {
  std::string choice = o.device;
  if (choice.empty()) {
    const char* env = std::getenv("RUSTG_DEVICE");
    choice = env ? env : "auto";
  }
  auto parsed = ParseDeviceChoice(choice);
  if (!parsed) {
    fmt::print(stderr, "error: unknown device `{}` (expected auto, cpu or gpu)\n", choice);
    bad = true;
    return Backend::Cpu;
  }
  switch (*parsed) {
    case DeviceChoice::Cpu:
      return Backend::Cpu;
    case DeviceChoice::Auto:
      return input_bytes >= kAutoGpuMinBytes && CudaDeviceAvailable() ? Backend::Cuda : Backend::Cpu;
    case DeviceChoice::Gpu:
      if (CudaDeviceAvailable()) return Backend::Cuda;
      fmt::print(stderr, "warning: no usable CUDA device{}; using the CPU backend\n",
                 CudaBackendBuilt() ? "" : " (this rustg was built without the CUDA backend)");
      return Backend::Cpu;
  }
  return Backend::Cpu;
}

// Reads a --files-from list: one file per line, `PATH` or `EDITION<TAB>PATH`.
auto ReadFileList(const std::string& list, Edition fallback, std::vector<std::pair<std::string, Edition>>& out)
    -> bool {
  std::ifstream in(list);
  if (!in) {
    fmt::print(stderr, "error: cannot read file list `{}`\n", list);
    return false;
  }
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    Edition file_edition = fallback;
    if (size_t tab = line.find('\t'); tab != std::string::npos) {
      auto e = ParseEdition(line.substr(0, tab));
      if (!e) {
        fmt::print(stderr, "error: bad edition in file list line `{}`\n", line);
        return false;
      }
      file_edition = *e;
      line = line.substr(tab + 1);
    }
    out.emplace_back(line, file_edition);
  }
  return true;
}

auto Run(Stop stop, const DriverOptions& o) -> int {
  auto edition = ParseEdition(o.edition);
  if (!edition) {
    fmt::print(stderr, "error: argument for `--edition` must be one of: 2015|2018|2021. (instead was `{}`)\n",
               o.edition);
    return kExitUsage;
  }
  if (!o.dump.empty() && o.dump != "tokens" && o.dump != "ast") {
    fmt::print(stderr, "error: unknown dump `{}` (expected tokens or ast)\n", o.dump);
    return kExitUsage;
  }
  bool analyze = stop == Stop::Check && !o.syntax_only;
  if (analyze && (o.files.size() != 1 || !o.files_from.empty())) {
    // Like rustc: type checking starts from one crate root (its modules are loaded from it).
    fmt::print(stderr, "error: `rustg check` type-checks one crate root; pass `--syntax-only` to check the "
                       "syntax of several files\n");
    return kExitUsage;
  }
  if (o.dump == "ast" && stop == Stop::Lex) {
    fmt::print(stderr, "error: `--dump=ast` needs parsing; use `rustg parse`\n");
    return kExitUsage;
  }

  Timings timings;
  if (!o.timings_path.empty()) timings.Enable();
  std::vector<PassTime> passes;
  auto timed = [&](const char* name, auto&& body) {
    ScopedSpan span(&timings, name, "pass");
    auto t0 = std::chrono::steady_clock::now();
    body();
    passes.push_back({name, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()});
  };
  DiagSink diags;
  SourceBuffer src;
  bool list_ok = true;
  timed("read", [&] {
    std::vector<std::pair<std::string, Edition>> inputs;
    for (const std::string& path : o.files) inputs.emplace_back(path, *edition);
    if (!o.files_from.empty()) list_ok = ReadFileList(o.files_from, *edition, inputs);
    if (!list_ok) return;
    // Size the buffer once, so loading copies every byte once.
    uint64_t bytes = 0;
    for (const auto& [path, file_edition] : inputs) {
      std::error_code ec;
      bytes += std::filesystem::file_size(path, ec) * !ec;
    }
    src.Reserve(bytes, static_cast<uint32_t>(inputs.size()));
    for (const auto& [path, file_edition] : inputs) src.AddFileFromDisk(path, file_edition, diags);
  });
  if (!list_ok) return kExitUsage;
  TokenBuffer tokens;
  bool bad_device = false;
  PassOptions pass{PickBackend(o, src.content_bytes(), bad_device), o.threads};
  if (bad_device) return kExitUsage;
  // --threads bounds the CPU backend's worker pool for the passes.
  tbb::task_arena arena(o.threads > 0 ? static_cast<int>(o.threads) : tbb::task_arena::automatic);
  Tree tree;
  if (pass.backend == Backend::Cuda && stop != Stop::Lex) {
    // The fused GPU path: the tokens stay on the device between lexing and parsing.
    timed("lex+parse", [&] { arena.execute([&] { tree = LexAndParse(src, pass, diags, tokens, &timings); }); });
  } else {
    timed("lex", [&] { arena.execute([&] { tokens = Lex(src, pass, diags, &timings); }); });
    if (stop != Stop::Lex) {
      timed("parse", [&] { arena.execute([&] { tree = Parse(src, tokens, pass, diags, &timings); }); });
    }
  }
  if (analyze) timed("analyze", [&] { AnalyzeOnly(src, tokens, tree, diags, &timings); });
  if (o.stats) PrintStats(src, diags, passes);

  std::string out;
  for (uint32_t f = 0; f < src.file_count(); ++f) {
    if (o.dump.empty()) break;
    if (src.file_count() > 1) out += fmt::format("// file: {}\n", src.path(FileId(f)));
    out += o.dump == "tokens" ? DumpTokens(src, tokens, FileId(f)) : DumpTree(src, tokens, tree, FileId(f));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  PrintDiagnostics(diags, src, o.error_format == "json", o.error_format != "json" && UseColor(o.color));
  if (!o.timings_path.empty() && !timings.WriteFile(o.timings_path)) {
    fmt::print(stderr, "error: could not write timings to `{}`\n", o.timings_path);
    return kExitErrors;
  }
  return diags.error_count() > 0 ? kExitErrors : kExitOk;
}

void AddCommonOptions(CLI::App& cmd, DriverOptions& o, bool many_files) {
  if (many_files) {
    cmd.add_option("files", o.files, "Rust source files");
    cmd.add_option("--files-from", o.files_from, "Read more files from FILE: one per line, `PATH` or `EDITION<TAB>PATH`");
  } else {
    cmd.add_option("file", o.files, "Rust source file")->required()->expected(1);
  }
  cmd.add_option("--edition", o.edition, "Rust edition: 2015, 2018 or 2021")->capture_default_str();
  cmd.add_option("--dump", o.dump, "Print a stage's output: tokens or ast");
  cmd.add_option("--error-format", o.error_format, "Diagnostic format")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  cmd.add_option("--color", o.color, "Colour diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd.add_option("--timings", o.timings_path, "Write a Chrome trace (Perfetto) of every pass and file");
  cmd.add_option("--device", o.device, "Backend: auto, cpu or gpu (default: $RUSTG_DEVICE or auto)");
  cmd.add_option("--threads", o.threads, "Worker threads for the CPU backend (0 = all cores)");
  cmd.add_flag("--stats", o.stats, "Print files, lines, MB, errors and throughput per pass");
}

// Expands rustc-style argument files: `@path` stands for the lines of `path`, one argument each.
auto ExpandArgFiles(int argc, char** argv, bool& ok) -> std::vector<std::string> {
  std::vector<std::string> args;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (i == 0 || a.size() < 2 || a[0] != '@') {
      args.push_back(std::move(a));
      continue;
    }
    std::ifstream in(a.substr(1));
    if (!in) {
      fmt::print(stderr, "error: failed to load argument file `{}`\n", a.substr(1));
      ok = false;
      continue;
    }
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) args.push_back(line);
    }
  }
  return args;
}

}  // namespace
}  // namespace rustg

auto main(int argc, char** argv) -> int {
  using namespace rustg;
  bool args_ok = true;
  std::vector<std::string> args = ExpandArgFiles(argc, argv, args_ok);
  if (!args_ok) return kExitUsage;
  // `lint` parses its own arguments: -W/-A/-D/-F keep their order, as rustc's do.
  if (args.size() >= 2 && args[1] == "lint") return lint::RunLintCommand({args.begin() + 2, args.end()});
  CLI::App app{"rustg: a data-parallel Rust compiler"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "rustg 0.1.0");
  DriverOptions o;
  Stop stop = Stop::Check;
  // When the first argument names a subcommand, only that one is declared: declaring them all
  // costs CLI11 ~0.9M instructions, 7% of a small program's `rustg build`. Its options, help and
  // errors are the same; anything else (`--help`, a typo) sees every subcommand.
  constexpr std::string_view kCommands[] = {"lex", "parse", "check", "build", "run", "fmt"};
  bool named = args.size() >= 2 && std::find(std::begin(kCommands), std::end(kCommands), args[1]) != std::end(kCommands);
  auto want = [&](std::string_view cmd) { return !named || args[1] == cmd; };
  if (want("lex")) {
    CLI::App* lex = app.add_subcommand("lex", "Lex one file (prints tokens unless --dump says otherwise)");
    AddCommonOptions(*lex, o, false);
    lex->callback([&] {
      stop = Stop::Lex;
      if (o.dump.empty()) o.dump = "tokens";
    });
  }
  if (want("parse")) {
    CLI::App* parse = app.add_subcommand("parse", "Lex and parse files");
    AddCommonOptions(*parse, o, true);
    parse->callback([&] { stop = Stop::Parse; });
  }
  if (want("check")) {
    CLI::App* check = app.add_subcommand("check", "Check a crate for errors: lex, parse, expand, resolve and type-check (no codegen)");
    AddCommonOptions(*check, o, true);
    check->add_flag("--syntax-only", o.syntax_only, "Stop after parsing (any number of files)");
    check->add_flag("--analyze", o.analyze, "Type-check (the default; kept for older scripts)");
    check->callback([&] { stop = Stop::Check; });
  }
  BuildOptions bo;
  bool build_cmd = false;
  auto add_build_options = [&](CLI::App* cmd) {
    cmd->add_option("file", bo.file, "The crate root (one .rs file)")->required();
    cmd->add_option("--edition", bo.edition, "Rust edition: 2015, 2018 or 2021")->capture_default_str();
    cmd->add_flag("-O", bo.optimize, "Optimize (no overflow checks, as rustc -O)");
    cmd->add_flag("-g", bo.debug_info, "Debug info: gdb steps through the Rust source (built with the system cc)");
    cmd->add_option("--error-format", bo.error_format, "Diagnostic format")->check(CLI::IsMember({"human", "json"}));
    cmd->add_option("--color", bo.color, "Colour diagnostics: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    cmd->add_option("--timings", bo.timings_path, "Write a Chrome trace (Perfetto) of every pass");
    cmd->add_option("--emit", bo.emit, "`c`: keep the generated C beside the output (OUT.c)");
    cmd->add_option("--dump", bo.dump, "`hir`: print the expanded tree with types and resolved names, then stop");
    cmd->add_option("--c-compiler", bo.c_compiler,
                    "C compiler: auto (in-process tcc for debug builds where available, else cc), tcc or cc");
    cmd->callback([&] { build_cmd = true; });
  };
  if (want("build")) {
    CLI::App* build = app.add_subcommand("build", "Compile one file to a native executable (through C)");
    add_build_options(build);
    build->add_option("-o", bo.output, "Output executable (default: the file's stem)");
  }
  if (want("run")) {
    CLI::App* run = app.add_subcommand("run", "Compile one file and run it; exits with the program's code");
    add_build_options(run);
    run->add_option("args", bo.run_args, "Arguments for the program (after `--`)");
    run->callback([&] {
      build_cmd = true;
      bo.run = true;
    });
  }
  if (want("lint"))
    app.add_subcommand("lint", "Lint files with clippy-compatible lints and user rules (see `rustg lint --help`)");
  FmtOptions fmt_options;
  CLI::App* fmt_cmd = want("fmt") ? AddFmtCommand(app, fmt_options) : nullptr;
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend() - 1);
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  if (build_cmd) return RunBuild(bo);
  if (fmt_cmd && fmt_cmd->parsed()) return RunFmt(fmt_options);
  if (o.files.empty() && o.files_from.empty()) {
    fmt::print(stderr, "error: no input files\n");
    return kExitUsage;
  }
  return Run(stop, o);
}
