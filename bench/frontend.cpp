// bench_frontend: throughput of lex, parse and lex+parse over the real-Rust corpus, one thread and
// all cores, against the project's targets; then rustg against rustc's parser (the oracle) on one
// large file. Prints one markdown report (and writes it to --out).
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <tbb/global_control.h>
#include <tbb/task_arena.h>

#include "base/backend.h"
#include "base/cuda_device.h"
#include "base/diag.h"
#include "base/edition.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/lex.h"
#include "parse/parse.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using rustg::Backend;
using rustg::DiagSink;
using rustg::Edition;
using rustg::FileId;
using rustg::PassOptions;
using rustg::SourceBuffer;
using rustg::TokenBuffer;
using rustg::Tree;

// Targets from the project plan.
constexpr double kLexTargetMBps = 500.0;           // single-threaded lex
constexpr double kLexParseTargetLinesPs = 5.0e6;   // lex+parse

// Command-line options.
struct Options {
  std::string corpus;
  std::set<std::string> groups = {"library", "compiler", "crates"};
  std::string out;
  int reps = 5;         // corpus measurements: median of this many runs
  int oracle_reps = 3;  // oracle comparison: best of this many runs
  bool oracle = true;
  bool gpu = false;     // add the CUDA backend's rows (skipped with a note when no device is present)
};

// One line of manifest.tsv.
struct ManifestEntry {
  std::string group;
  Edition edition;
  std::string path;  // relative to the corpus folder
};

// Reads a whole file; false if it cannot be opened.
auto ReadFile(const std::string& path, std::string& out) -> bool {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// The repository root: found from the executable's location (build*/bin/bench_frontend), else ".".
auto RepoRoot() -> fs::path {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
      if (fs::exists(p / "src/base/source.h", ec) && fs::exists(p / "CMakeLists.txt", ec)) return p;
    }
  }
  return fs::current_path(ec);
}

// Runs a shell command and returns its stdout with the trailing newline removed.
auto CaptureCommand(const std::string& cmd) -> std::string {
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[256];
    while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

// The CPU's model name from /proc/cpuinfo.
auto CpuModel() -> std::string {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      auto colon = line.find(':');
      if (colon != std::string::npos) {
        auto s = line.substr(colon + 1);
        s.erase(0, s.find_first_not_of(" \t"));
        return s;
      }
    }
  }
  return "unknown";
}

// Monotonic time in seconds.
auto Now() -> double {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Median of a non-empty sample.
auto Median(std::vector<double> v) -> double {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The median, or 0 for no runs.
auto MedianOr0(const std::vector<double>& v) -> double { return v.empty() ? 0.0 : Median(v); }

// Runs `fn` once per rep, each inside a one-thread TBB arena when `single` (so nested parallel
// algorithms really use one thread), and returns the seconds of each run.
auto TimeRuns(int reps, bool single, const std::function<void()>& fn) -> std::vector<double> {
  std::vector<double> secs;
  for (int r = 0; r < reps; ++r) {
    double t0 = 0, t1 = 0;
    if (single) {
      tbb::task_arena arena(1);
      arena.execute([&] {
        t0 = Now();
        fn();
        t1 = Now();
      });
    } else {
      t0 = Now();
      fn();
      t1 = Now();
    }
    secs.push_back(t1 - t0);
  }
  return secs;
}

// A rate with a k/M/G suffix ("5.22M").
auto Human(double v) -> std::string {
  if (v >= 1e9) return fmt::format("{:.2f}G", v / 1e9);
  if (v >= 1e6) return fmt::format("{:.2f}M", v / 1e6);
  if (v >= 1e3) return fmt::format("{:.1f}k", v / 1e3);
  return fmt::format("{:.0f}", v);
}

// Result of a child process: exit status (or -1 if it could not start), wall seconds, its stderr.
struct ChildResult {
  int status = -1;
  double seconds = 0;
  std::string err;
};

// Runs argv (PATH lookup) with stdout discarded and stderr captured to `err_path`; wall time
// includes process start, as a user would see it.
auto RunChild(const std::vector<std::string>& argv, const std::string& err_path) -> ChildResult {
  ChildResult r;
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const double t0 = Now();
  const int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return r;
  int ws = 0;
  waitpid(pid, &ws, 0);
  r.seconds = Now() - t0;
  r.status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + (WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
  ReadFile(err_path, r.err);
  return r;
}

// Prints the command-line help.
auto Usage() -> void {
  std::fprintf(stderr,
               "usage: bench_frontend [--corpus DIR] [--groups library,compiler,crates] [--out FILE.md]\n"
               "                      [--reps N] [--no-oracle] [--gpu]\n"
               "  --corpus DIR  corpus folder with manifest.tsv (default $RUSTG_CORPUS or <repo>/.cache/corpus)\n"
               "  --groups G    comma-separated manifest groups to measure\n"
               "  --out FILE    also write the markdown report to FILE\n"
               "  --reps N      runs per corpus measurement; the median is reported (default 5)\n"
               "  --no-oracle   skip the comparison with rustc\n"
               "  --gpu         add CUDA lexer and parser rows (kernel and end-to-end) on the corpus, 64-512 MB and ~1 GB\n");
}

// Fills `o` from the command line; false on an unknown or incomplete option.
auto ParseArgs(int argc, char** argv, Options& o) -> bool {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& dst) {
      if (auto eq = a.find('='); eq != std::string::npos) {
        dst = a.substr(eq + 1);
        return true;
      }
      if (i + 1 >= argc) return false;
      dst = argv[++i];
      return true;
    };
    std::string v;
    if (a.rfind("--corpus", 0) == 0) {
      if (!value(o.corpus)) return false;
    } else if (a.rfind("--groups", 0) == 0) {
      if (!value(v)) return false;
      o.groups.clear();
      std::stringstream ss(v);
      for (std::string g; std::getline(ss, g, ',');)
        if (!g.empty()) o.groups.insert(g);
    } else if (a.rfind("--out", 0) == 0) {
      if (!value(o.out)) return false;
    } else if (a.rfind("--reps", 0) == 0) {
      if (!value(v)) return false;
      o.reps = std::max(1, std::atoi(v.c_str()));
    } else if (a == "--no-oracle") {
      o.oracle = false;
    } else if (a == "--gpu") {
      o.gpu = true;
    } else {
      return false;
    }
  }
  return true;
}

// Strips a UTF-8 byte-order mark.
auto StripBom(std::string_view s) -> std::string_view {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

// True when the text starts with a shebang line (`#!` not followed by `[`, as rustc decides).
auto HasShebang(std::string_view s) -> bool {
  if (s.substr(0, 2) != "#!") return false;
  size_t i = 2;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i >= s.size() || s[i] != '[';
}

// The oracle file: every accepted corpus file wrapped as `mod mK { ... }`, with the first line of
// each module so that rustc's error lines can be traced back to a module.
struct BigFile {
  std::string text;
  std::vector<uint32_t> first_line;  // 1-based line of each module's `mod` line
  std::vector<uint32_t> file_index;  // corpus file index of each module
};

// Wraps the files `keep` (indices into `texts`) as modules of one big file.
auto BuildBig(const std::vector<std::string>& texts, const std::vector<uint32_t>& keep) -> BigFile {
  BigFile b;
  uint32_t line = 1;
  for (uint32_t k = 0; k < keep.size(); ++k) {
    const std::string& t = texts[keep[k]];
    b.first_line.push_back(line);
    b.file_index.push_back(keep[k]);
    b.text += fmt::format("mod m{} {{\n", k);
    b.text += t;
    // A newline first, so that a final line comment cannot swallow the closing brace.
    b.text += "\n}\n";
    line += 1 + static_cast<uint32_t>(std::count(t.begin(), t.end(), '\n')) + 2;
  }
  return b;
}

// Lex+parse of one in-memory file on one thread; returns seconds and the error count.
auto RustgOnce(const std::string& path, const std::string& text, uint64_t& lines, uint32_t& errors) -> double {
  DiagSink d0;
  SourceBuffer src;
  src.AddFile(path, text, Edition::k2021, d0);
  lines = src.total_lines();
  PassOptions opts{Backend::Cpu, 1};
  double secs = 0;
  tbb::task_arena arena(1);
  arena.execute([&] {
    DiagSink diags;
    const double t0 = Now();
    TokenBuffer tokens = rustg::Lex(src, opts, diags);
    Tree tree = rustg::Parse(src, tokens, opts, diags);
    secs = Now() - t0;
    errors = diags.error_count() + d0.error_count();
  });
  return secs;
}

// The GPU rows' inputs: the corpus, then the corpus files repeated up to each size (whole files, as
// separate files of one build), medians of `reps` runs each.
struct GpuInput {
  std::string name;
  const SourceBuffer* src;
  int reps;
};

// The corpus files again and again, as separate files of one build, until `bytes` of content (at
// least one whole copy past it when `whole_copies`).
auto RepeatCorpus(const SourceBuffer& corpus, uint64_t bytes, bool whole_copies) -> SourceBuffer {
  SourceBuffer out;
  DiagSink d;
  uint64_t copies = (bytes + corpus.content_bytes() - 1) / corpus.content_bytes();
  out.Reserve(copies * corpus.content_bytes(), static_cast<uint32_t>(copies * corpus.file_count()));
  for (uint64_t r = 0; r < copies; ++r) {
    for (uint32_t f = 0; f < corpus.file_count(); ++f) {
      if (!whole_copies && out.content_bytes() >= bytes) return out;
      out.AddFile(corpus.path(FileId(f)), corpus.file_text(FileId(f)), corpus.edition(FileId(f)), d);
    }
  }
  return out;
}

// The CUDA lexer and parser next to the CPU backend on all cores: kernel time (sum of the kernel phases,
// timed with CUDA events) and end-to-end time (bytes in host memory to tokens in host memory,
// transfers and host-side diagnostic rendering included), on the corpus, on 64 to 512 MB and on
// ~1 GB made by repeating it (where the GPU starts to win). Medians of opt.reps runs (at most 3 for
// the sizes between corpus and 1 GB, to keep the device time down) after one warm-up call.
void GpuRows(const SourceBuffer& corpus, const Options& opt, const std::function<void(const std::string&)>& out) {
  out("## GPU: lexing\n\n");
  if (!rustg::CudaDeviceAvailable()) {
    out(rustg::CudaBackendBuilt() ? "skipped: no CUDA device on this machine\n\n"
                                  : "skipped: this build has no CUDA backend\n\n");
    return;
  }
  // RUSTG_BENCH_GPU_SIZES: the sizes in MB between the corpus and ~1 GB (comma-separated; `none`:
  // only those two).
  std::vector<uint64_t> mid_mb = {64, 128, 256, 512};
  if (const char* env = std::getenv("RUSTG_BENCH_GPU_SIZES")) {
    mid_mb.clear();
    std::stringstream ss(env);
    for (std::string item; std::getline(ss, item, ',');) {
      if (!item.empty() && item != "none") mid_mb.push_back(std::stoull(item));
    }
  }
  std::vector<SourceBuffer> mids;
  mids.reserve(mid_mb.size());
  for (uint64_t mb : mid_mb) mids.push_back(RepeatCorpus(corpus, mb * 1'000'000ull, false));
  SourceBuffer big = RepeatCorpus(corpus, 1'000'000'000ull, true);
  std::vector<GpuInput> inputs{{"corpus", &corpus, opt.reps}};
  for (size_t i = 0; i < mids.size(); ++i)
    inputs.push_back({fmt::format("{} MB", mid_mb[i]), &mids[i], std::min(opt.reps, 3)});
  inputs.push_back({"~1 GB", &big, opt.reps});
  // A phase table's header row: one column per input.
  auto phase_header = [&] {
    std::string h = "| phase |", rule = "|---|";
    for (const GpuInput& in : inputs) {
      h += " " + in.name + " |";
      rule += "---:|";
    }
    return h + "\n" + rule + "\n";
  };
  // RUSTG_BENCH_GPU_PARSE_ONLY=1 leaves the lexing rows out (for quick parse measurements).
  const char* parse_only_env = std::getenv("RUSTG_BENCH_GPU_PARSE_ONLY");
  const bool parse_only = parse_only_env != nullptr && std::string(parse_only_env) == "1";
  if (parse_only) out("skipped: RUSTG_BENCH_GPU_PARSE_ONLY=1\n\n");
  if (!parse_only) out("| input | MB | CPU all cores, ms | GPU kernels, ms | GPU end-to-end, ms | kernel GB/s | end-to-end GB/s | "
      "GPU vs CPU (end-to-end) | tokens identical |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
  // Median milliseconds of each traced phase (GPU phases timed with CUDA events, host phases with
  // the host clock), per input: where the end-to-end time goes.
  using PhaseMs = std::vector<std::pair<std::string, std::vector<std::vector<double>>>>;
  PhaseMs phases;
  auto phase_in = [&](PhaseMs& table, const std::string& phase, size_t input) -> std::vector<double>& {
    auto it = std::find_if(table.begin(), table.end(), [&](const auto& p) { return p.first == phase; });
    if (it == table.end()) it = table.insert(table.end(), {phase, std::vector<std::vector<double>>(inputs.size())});
    return it->second[input];
  };
  auto phase_ms = [&](const std::string& phase, size_t input) -> std::vector<double>& {
    return phase_in(phases, phase, input);
  };
  auto phase_rows = [&](const PhaseMs& table) {
    for (const auto& [phase, per_input] : table) {
      std::string row = "| " + phase + " |";
      for (const std::vector<double>& ms : per_input) row += fmt::format(" {:.1f} |", MedianOr0(ms));
      out(row + "\n");
    }
  };
  for (size_t input = 0; input < inputs.size() && !parse_only; ++input) {
    const std::string& name = inputs[input].name;
    const SourceBuffer* src = inputs[input].src;
    const int reps = inputs[input].reps;
    PassOptions cpu_opts{Backend::Cpu, 0}, gpu_opts{Backend::Cuda, 0};
    DiagSink warm_diags;
    TokenBuffer cpu_tokens = rustg::Lex(*src, cpu_opts, warm_diags);
    TokenBuffer gpu_tokens = rustg::Lex(*src, gpu_opts, warm_diags);  // warm-up: context, module load
    bool same = gpu_tokens.kind == cpu_tokens.kind && gpu_tokens.start == cpu_tokens.start &&
                gpu_tokens.file_first_token == cpu_tokens.file_first_token;
    double cpu_s = Median(TimeRuns(reps, false, [&] {
      DiagSink d;
      TokenBuffer t = rustg::Lex(*src, cpu_opts, d);
    }));
    double e2e_s = Median(TimeRuns(reps, false, [&] {
      DiagSink d;
      TokenBuffer t = rustg::Lex(*src, gpu_opts, d);
    }));
    std::vector<double> kernel;
    for (int r = 0; r < reps; ++r) {
      rustg::Timings t;
      t.Enable();
      DiagSink d;
      TokenBuffer tokens = rustg::Lex(*src, gpu_opts, d, &t);
      double us = 0;
      for (const rustg::Timings::Span& span : t.spans()) {
        phase_ms(span.name, input).push_back(static_cast<double>(span.dur_us) / 1e3);
        bool transfer = span.name.find("upload") != std::string::npos || span.name.find("download") != std::string::npos;
        if (span.category == "kernel" && !transfer) us += static_cast<double>(span.dur_us);
      }
      kernel.push_back(us / 1e6);
    }
    double kernel_s = Median(kernel);
    double mb = static_cast<double>(src->content_bytes()) / 1e6;
    out(fmt::format("| {} | {:.0f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.2f} | {:.2f}x | {} |\n", name, mb,
                    cpu_s * 1e3, kernel_s * 1e3, e2e_s * 1e3, mb / 1e3 / kernel_s, mb / 1e3 / e2e_s, cpu_s / e2e_s,
                    same ? "yes" : "NO"));
  }
  out("\nPhases (median ms; `kernel` phases timed with CUDA events, transfers through pinned staging buffers):\n\n"
      + phase_header());
  phase_rows(phases);
  out("\nTargets (issue 3, H100): kernel-only lex > 50 GB/s; GPU faster than the CPU backend on all cores for inputs "
      "over 64 MB.\n\n");
  // RUSTG_BENCH_GPU_LEX_ONLY=1 leaves the parsing rows out (for quick lexer measurements).
  if (const char* env = std::getenv("RUSTG_BENCH_GPU_LEX_ONLY"); env != nullptr && std::string(env) == "1") {
    out("Parsing skipped: RUSTG_BENCH_GPU_LEX_ONLY=1\n\n");
    return;
  }

  // Parsing: tokens (from the CPU lexer) in host memory to the tree in host memory; and lex+parse
  // end to end, bytes in host memory to the tree in host memory.
  out("## GPU: parsing (one thread per region: elements of the top level and of nested lists)\n\n");
  out("| input | MB | CPU parse all cores, ms | GPU parse kernels, ms | GPU parse end-to-end, ms | "
      "GPU vs CPU (parse end-to-end) | CPU lex+parse, ms | GPU lex+parse end-to-end, ms | GPU lex then parse "
      "(two calls), ms | tree identical |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
  phases.clear();
  const char* fused_only_env = std::getenv("RUSTG_BENCH_GPU_FUSED_ONLY");
  const bool fused_only = fused_only_env != nullptr && std::string(fused_only_env) == "1";
  // The fused lex+parse's spans, per input.
  PhaseMs fused;
  auto fused_ms = [&](const std::string& phase, size_t input) -> std::vector<double>& {
    return phase_in(fused, phase, input);
  };
  for (size_t input = 0; input < inputs.size(); ++input) {
    const std::string& name = inputs[input].name;
    const SourceBuffer* src = inputs[input].src;
    const int reps = inputs[input].reps;
    PassOptions cpu_opts{Backend::Cpu, 0}, gpu_opts{Backend::Cuda, 0};
    // RUSTG_BENCH_GPU_FUSED_ONLY=1: only the fused lex+parse's time and phases (quick measurements;
    // the other columns 0, the tree not compared, and the table says so).
    const int other_reps = fused_only ? 0 : reps;
    DiagSink warm_diags;
    TokenBuffer tokens;
    size_t warm_lex_diags = 0;
    bool same = true;
    if (!fused_only) {
      tokens = rustg::Lex(*src, cpu_opts, warm_diags);
      warm_lex_diags = warm_diags.all().size();
      Tree cpu_tree = rustg::Parse(*src, tokens, cpu_opts, warm_diags);
      Tree gpu_tree = rustg::Parse(*src, tokens, gpu_opts, warm_diags);  // warm-up
      same = gpu_tree.kind == cpu_tree.kind && gpu_tree.token == cpu_tree.token &&
             gpu_tree.subtree_size == cpu_tree.subtree_size && gpu_tree.file_first_node == cpu_tree.file_first_node;
    }
    double cpu_s = MedianOr0(TimeRuns(other_reps, false, [&] {
      DiagSink d;
      Tree t = rustg::Parse(*src, tokens, cpu_opts, d);
    }));
    double e2e_s = MedianOr0(TimeRuns(other_reps, false, [&] {
      DiagSink d;
      Tree t = rustg::Parse(*src, tokens, gpu_opts, d);
    }));
    double cpu_all_s = MedianOr0(TimeRuns(other_reps, false, [&] {
      DiagSink d;
      TokenBuffer t = rustg::Lex(*src, cpu_opts, d);
      Tree tr = rustg::Parse(*src, t, cpu_opts, d);
    }));
    // The fused path (what --device=gpu runs): tokens stay on the device, their download overlaps
    // the parse. It must give the CPU backend's tokens, tree and diagnostics too.
    if (fused_only) {
      DiagSink d;
      TokenBuffer t;
      Tree warm = rustg::LexAndParse(*src, gpu_opts, d, t);  // warm-up
    } else {
      DiagSink cd, gd;
      Tree cpu_both = rustg::Parse(*src, tokens, cpu_opts, cd);
      TokenBuffer gt;
      Tree gpu_both = rustg::LexAndParse(*src, gpu_opts, gd, gt);
      same = same && gt.kind == tokens.kind && gt.start == tokens.start &&
             gt.file_first_token == tokens.file_first_token && gpu_both.kind == cpu_both.kind &&
             gpu_both.token == cpu_both.token && gpu_both.subtree_size == cpu_both.subtree_size &&
             gpu_both.file_first_node == cpu_both.file_first_node &&
             gd.all().size() == warm_lex_diags + cd.all().size();
    }
    double gpu_all_s = Median(TimeRuns(reps, false, [&] {
      DiagSink d;
      TokenBuffer t;
      Tree tr = rustg::LexAndParse(*src, gpu_opts, d, t);
    }));
    // Lex then Parse as two calls (the parse still takes the lexer's device tokens, but the token
    // download does not overlap it): what the fused path saves.
    double gpu_two_s = MedianOr0(TimeRuns(other_reps, false, [&] {
      DiagSink d;
      TokenBuffer t = rustg::Lex(*src, gpu_opts, d);
      Tree tr = rustg::Parse(*src, t, gpu_opts, d);
    }));
    for (int r = 0; r < reps; ++r) {
      rustg::Timings t;
      t.Enable();
      DiagSink d;
      TokenBuffer tk;
      std::optional<Tree> tree(rustg::LexAndParse(*src, gpu_opts, d, tk, &t));
      for (const rustg::Timings::Span& span : t.spans()) fused_ms(span.name, input).push_back(static_cast<double>(span.dur_us) / 1e3);
      // Freeing the result (host columns) is part of the timed end-to-end runs too, outside the call.
      double f0 = Now();
      tree.reset();
      tk = TokenBuffer();
      fused_ms("result free (after the call)", input).push_back((Now() - f0) * 1e3);
    }
    std::vector<double> kernel;
    for (int r = 0; r < other_reps; ++r) {
      rustg::Timings t;
      t.Enable();
      DiagSink d;
      Tree tree = rustg::Parse(*src, tokens, gpu_opts, d, &t);
      double us = 0;
      for (const rustg::Timings::Span& span : t.spans()) {
        phase_ms(span.name, input).push_back(static_cast<double>(span.dur_us) / 1e3);
        bool transfer = span.name.find("upload") != std::string::npos || span.name.find("download") != std::string::npos;
        if (span.category == "kernel" && !transfer) us += static_cast<double>(span.dur_us);
      }
      kernel.push_back(us / 1e6);
    }
    double kernel_s = MedianOr0(kernel);
    double mb = static_cast<double>(src->content_bytes()) / 1e6;
    // Fused-only runs neither time the other columns nor compare the tree: say so, not "yes".
    const std::string ratio = fused_only ? "—" : fmt::format("{:.2f}x", cpu_s / e2e_s);
    const char* identical = fused_only ? "not compared" : same ? "yes" : "NO";
    out(fmt::format("| {} | {:.0f} | {:.1f} | {:.1f} | {:.1f} | {} | {:.1f} | {:.1f} | {:.1f} | {} |\n", name, mb,
                    cpu_s * 1e3, kernel_s * 1e3, e2e_s * 1e3, ratio, cpu_all_s * 1e3, gpu_all_s * 1e3,
                    gpu_two_s * 1e3, identical));
  }
  out("\nPhases of the GPU parse (median ms; `kernel` phases timed with CUDA events, host phases with the host "
      "clock):\n\n" + phase_header());
  phase_rows(phases);
  out("\nPhases of the fused GPU lex+parse (the lex+parse end-to-end column; median ms; the token download runs "
      "on its own stream and host thread during the parse phases, and the lexer's chunking on the host during its "
      "upload, so phases overlap and do not add up):\n\n" + phase_header());
  phase_rows(fused);
  out("\nTarget (issue 3, H100): end-to-end lex+parse of 1 GB under 200 ms. Regions are cut at element boundaries at "
      "least 256 to 2048 tokens apart (by input size) in each list (top level, mod/impl/trait/extern items, block "
      "statements, match arms, array literal elements, blocks inside the ( ) and [ ] of statements); a list of 8192 "
      "positions or more is walked in chunks of 1024 in parallel. Regions alike token for token (one shape: a hash of "
      "their token kinds) sort together and count once. The parse kernels run a warp per resident slot, each taking "
      "items (runs of up to 32 regions, longest first, about half a warp's share of the work) off a queue "
      "(parse/gpu_schedule.h). Divergent lanes of a warp run one after another, so an item takes about the sum of its "
      "regions' work, and the count kernel about the largest region's time or, on large inputs, the total work per "
      "resident warp; the write phase copies the nodes the count kernel kept (regions it could not keep parse again). "
      "GPU lex+parse is the fused path: the parse takes the lexer's device tokens (no upload) and their download to "
      "the host overlaps the parse kernels.\n\n");
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, opt)) {
    Usage();
    return 2;
  }
  const fs::path repo = RepoRoot();
  if (opt.corpus.empty()) {
    const char* env = std::getenv("RUSTG_CORPUS");
    opt.corpus = env && *env ? std::string(env) : (repo / ".cache/corpus").string();
  }
  const fs::path corpus = opt.corpus;
  std::ifstream manifest(corpus / "manifest.tsv");
  if (!manifest) {
    std::fprintf(stderr, "bench_frontend: no %s (run ./x corpus first, or pass --corpus DIR)\n",
                 (corpus / "manifest.tsv").c_str());
    return 1;
  }
  std::vector<ManifestEntry> entries;
  for (std::string line; std::getline(manifest, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto t1 = line.find('\t');
    auto t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) continue;
    ManifestEntry e;
    e.group = line.substr(0, t1);
    auto ed = rustg::ParseEdition(line.substr(t1 + 1, t2 - t1 - 1));
    e.edition = ed.value_or(Edition::k2021);
    e.path = line.substr(t2 + 1);
    if (opt.groups.count(e.group)) entries.push_back(std::move(e));
  }
  if (entries.empty()) {
    std::fprintf(stderr, "bench_frontend: no manifest entries in the groups asked for\n");
    return 1;
  }

  // Load every file once; all measurements share this buffer.
  SourceBuffer src;
  DiagSink load_diags;
  std::vector<uint32_t> loaded;  // manifest index of each file in src
  std::map<std::string, uint32_t> group_files;
  uint32_t unreadable = 0;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    FileId f = src.AddFileFromDisk((corpus / entries[i].path).string(), entries[i].edition, load_diags);
    if (!f.is_valid()) {
      ++unreadable;
      continue;
    }
    loaded.push_back(i);
    ++group_files[entries[i].group];
  }
  const double bytes = static_cast<double>(src.content_bytes());
  const double mb = bytes / 1e6;
  const double lines = static_cast<double>(src.total_lines());
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());

  std::string report;
  auto out = [&](const std::string& s) {
    report += s;
    std::fputs(s.c_str(), stdout);
    std::fflush(stdout);
  };

  char date[64];
  std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S %Z", std::localtime(&now));
  // A build carried to another machine (./x gpu-test) names the commit it was built from.
  std::string commit;
  if (const char* built_from = std::getenv("RUSTG_COMMIT"); built_from && *built_from) {
    commit = built_from;
  } else {
    commit = CaptureCommand(fmt::format("git -C '{}' rev-parse --short HEAD 2>/dev/null", repo.string()));
    bool dirty =
        !CaptureCommand(fmt::format("git -C '{}' status --porcelain -uno 2>/dev/null | head -1", repo.string())).empty();
    if (commit.empty()) commit = "unknown";
    else if (dirty) commit += " (dirty)";
  }

  out(fmt::format("# rustg front-end benchmark\n\n{} · commit {} · {} · {} cores\n\n", date, commit, CpuModel(),
                  cores));
  std::string groups_desc;
  for (const auto& [g, n] : group_files) groups_desc += fmt::format("{}{} {}", groups_desc.empty() ? "" : ", ", g, n);
  out(fmt::format("Corpus: `{}` — {} files ({}), {:.2f} MB, {} lines{}.\n\n", corpus.string(), src.file_count(),
                  groups_desc, mb, static_cast<uint64_t>(lines),
                  unreadable ? fmt::format(", {} unreadable files skipped", unreadable) : ""));
  out(fmt::format("Each figure is the median of {} runs in this process (source already in memory; MB = 10^6 "
                  "bytes). 1 thread = PassOptions.threads=1 inside a one-thread TBB arena; all cores = "
                  "threads=0 ({} cores).\n\n",
                  opt.reps, cores));

  // Tokens for the parse-only rows, and the diagnostics count as a sanity line.
  PassOptions single{Backend::Cpu, 1};
  PassOptions multi{Backend::Cpu, 0};
  DiagSink warm_diags;
  TokenBuffer tokens = rustg::Lex(src, multi, warm_diags);
  {
    Tree warm = rustg::Parse(src, tokens, multi, warm_diags);
    out(fmt::format("Tokens: {} ({:.1f} bytes/token); nodes: {}; diagnostics on the corpus: {} errors.\n\n",
                    tokens.size(), bytes / std::max<double>(1, tokens.size()), warm.size(),
                    warm_diags.error_count() + load_diags.error_count()));
  }

  struct Row {
    std::string name;
    double st_secs, mt_secs;
  };
  std::vector<Row> rows;
  auto measure = [&](const std::string& name, const std::function<void(const PassOptions&)>& fn) {
    auto st = TimeRuns(opt.reps, true, [&] { fn(single); });
    auto mt = TimeRuns(opt.reps, false, [&] { fn(multi); });
    rows.push_back({name, Median(st), Median(mt)});
  };
  measure("lex", [&](const PassOptions& o) {
    DiagSink d;
    TokenBuffer t = rustg::Lex(src, o, d);
  });
  measure("parse", [&](const PassOptions& o) {
    DiagSink d;
    Tree t = rustg::Parse(src, tokens, o, d);
  });
  measure("lex+parse", [&](const PassOptions& o) {
    DiagSink d;
    TokenBuffer t = rustg::Lex(src, o, d);
    Tree tr = rustg::Parse(src, t, o, d);
  });

  auto status = [](double v, double target) { return v >= target ? "PASS" : "MISS"; };
  out(fmt::format("| pass | 1 thread MB/s | 1 thread lines/s | {0} cores MB/s | {0} cores lines/s | target | "
                  "status |\n|---|---:|---:|---:|---:|---|---|\n",
                  cores));
  for (const Row& r : rows) {
    std::string target = "—", st = "—";
    const double st_mbps = mb / r.st_secs, st_lps = lines / r.st_secs, mt_lps = lines / r.mt_secs;
    if (r.name == "lex") {
      target = fmt::format("≥ {:.0f} MB/s, 1 thread", kLexTargetMBps);
      st = status(st_mbps, kLexTargetMBps);
    } else if (r.name == "lex+parse") {
      target = fmt::format("≥ {} lines/s", Human(kLexParseTargetLinesPs));
      st = fmt::format("1 thread {}, {} cores {}", status(st_lps, kLexParseTargetLinesPs), cores,
                       status(mt_lps, kLexParseTargetLinesPs));
    }
    out(fmt::format("| {} | {:.1f} | {} | {:.1f} | {} | {} | {} |\n", r.name, st_mbps, Human(st_lps), mb / r.mt_secs,
                    Human(mt_lps), target, st));
  }
  out("\n");

  if (opt.gpu) GpuRows(src, opt, out);

  if (!opt.oracle) {
    out("oracle: skipped (--no-oracle)\n");
  } else {
    out("## Oracle: rustc's parser on one file\n\n");
    // Every corpus file as edition 2021, BOM stripped, shebang files left out.
    std::vector<std::string> texts;
    std::vector<uint32_t> candidates;
    uint32_t shebangs = 0;
    SourceBuffer all;
    DiagSink all_diags;
    for (uint32_t f = 0; f < src.file_count(); ++f) {
      std::string_view t = StripBom(src.file_text(FileId(f)));
      texts.emplace_back(t);
      if (HasShebang(t)) {
        ++shebangs;
        continue;
      }
      candidates.push_back(f);
      all.AddFile(src.path(FileId(f)), t, Edition::k2021, all_diags);
    }
    {
      TokenBuffer t = rustg::Lex(all, multi, all_diags);
      Tree tr = rustg::Parse(all, t, multi, all_diags);
    }
    std::vector<bool> bad(all.file_count(), false);
    for (const auto& d : all_diags.all()) {
      if (d.level != rustg::Level::Error) continue;
      if (!d.has_span) {
        // Cannot tell which file; be conservative and treat the whole run as unusable for it.
        continue;
      }
      bad[all.FileOf(d.lo).index] = true;
    }
    std::vector<uint32_t> keep;
    std::vector<std::string> rejected;
    for (uint32_t i = 0; i < candidates.size(); ++i) {
      if (!bad[i]) keep.push_back(candidates[i]);
      else rejected.push_back(entries[loaded[candidates[i]]].path);
    }
    out(fmt::format("Big file: {} of {} corpus files as `mod mK {{ … }}` (left out: {} that rustg rejects under "
                    "edition 2021, {} with a shebang).\n\n",
                    keep.size(), src.file_count(), candidates.size() - keep.size(), shebangs));
    if (!rejected.empty()) {
      out("rustg errors under edition 2021 in:");
      for (size_t i = 0; i < rejected.size() && i < 8; ++i) out(fmt::format("{} `{}`", i ? "," : "", rejected[i]));
      if (rejected.size() > 8) out(fmt::format(" … and {} more", rejected.size() - 8));
      out("\n\n");
    }

    char tmpl[] = "/tmp/rustg-bench-XXXXXX";
    const char* dir = mkdtemp(tmpl);
    if (!dir) {
      out("oracle: cannot create a temp folder, skipped\n");
    } else {
      const std::string big_path = std::string(dir) + "/BIG.rs";
      const std::string err_path = std::string(dir) + "/rustc.stderr";
      BigFile big = BuildBig(texts, keep);
      auto write_big = [&] {
        std::ofstream o(big_path, std::ios::binary);
        o << big.text;
        return static_cast<bool>(o);
      };
      write_big();

      const std::vector<std::string> version_cmd = {"rustc", "+nightly", "--version"};
      ChildResult ver = RunChild(version_cmd, err_path);
      if (ver.status != 0) {
        out("oracle: rustc +nightly not found, skipped\n");
      } else {
        const std::string rustc_version = CaptureCommand("rustc +nightly --version 2>/dev/null");
        const std::vector<std::string> cmd = {"rustc", "+nightly", "-Zparse-crate-root-only", "--crate-type=lib",
                                              "--edition=2021", big_path, "-o", "/dev/null"};
        // rustc of today rejects some 1.63-era syntax (`box`, `crate fn`); drop the modules it
        // names and retry, a bounded number of times, so both parsers time the same accepted file.
        ChildResult first = RunChild(cmd, err_path);
        std::vector<std::string> dropped;
        const int kMaxRounds = 10;
        int round = 0;
        ChildResult cur = first;
        const std::regex loc_re(R"(--> [^\n]*BIG\.rs:(\d+):\d+)");
        while (cur.status != 0 && round < kMaxRounds) {
          ++round;
          std::set<uint32_t> bad_mods;
          for (std::sregex_iterator it(cur.err.begin(), cur.err.end(), loc_re), end; it != end; ++it) {
            const uint32_t line = static_cast<uint32_t>(std::stoul((*it)[1].str()));
            auto ub = std::upper_bound(big.first_line.begin(), big.first_line.end(), line);
            if (ub != big.first_line.begin()) bad_mods.insert(static_cast<uint32_t>(ub - big.first_line.begin() - 1));
          }
          if (bad_mods.empty()) break;
          std::vector<uint32_t> next;
          for (uint32_t k = 0; k < big.file_index.size(); ++k) {
            if (bad_mods.count(k)) dropped.push_back(entries[loaded[big.file_index[k]]].path);
            else next.push_back(big.file_index[k]);
          }
          big = BuildBig(texts, next);
          write_big();
          cur = RunChild(cmd, err_path);
        }
        if (first.status != 0) {
          std::istringstream es(first.err);
          std::string l, head;
          for (int n = 0; n < 12 && std::getline(es, l); ++n) head += "    " + l + "\n";
          out(fmt::format("rustc rejected the first big file (exit {}); its first error lines:\n\n{}\n",
                          first.status, head));
          out(fmt::format("Today's rustc no longer accepts some 1.63-era syntax (`box` expressions, `crate` "
                          "visibility, …), so the modules it names were dropped and the file retried: {} module(s) "
                          "in {} round(s):",
                          dropped.size(), round));
          for (size_t i = 0; i < dropped.size() && i < 8; ++i) out(fmt::format("{} `{}`", i ? "," : "", dropped[i]));
          if (dropped.size() > 8) out(fmt::format(" … and {} more", dropped.size() - 8));
          out("\n\n");
        }
        if (cur.status != 0) {
          std::istringstream es(cur.err);
          std::string l, head;
          for (int n = 0; n < 12 && std::getline(es, l); ++n) head += "    " + l + "\n";
          out(fmt::format("oracle: rustc still rejects the big file (exit {}); no ratio. First error lines:\n\n{}\n",
                          cur.status, head));
        } else {
          double rustc_best = 1e300;
          for (int r = 0; r < opt.oracle_reps; ++r) {
            ChildResult c = RunChild(cmd, err_path);
            if (c.status == 0) rustc_best = std::min(rustc_best, c.seconds);
          }
          uint64_t big_lines = 0;
          uint32_t rustg_errors = 0;
          double rustg_best = 1e300;
          for (int r = 0; r < opt.oracle_reps; ++r)
            rustg_best = std::min(rustg_best, RustgOnce(big_path, big.text, big_lines, rustg_errors));
          const double big_mb = big.text.size() / 1e6;
          out(fmt::format("`{}` (`-Zparse-crate-root-only`, wall time of the process, best of {}); rustg lex+parse "
                          "in process on 1 thread, best of {}. Big file: {} modules, {:.2f} MB, {} lines.\n\n",
                          rustc_version, opt.oracle_reps, opt.oracle_reps, big.file_index.size(), big_mb, big_lines));
          out("| parser | seconds | MB/s | lines/s |\n|---|---:|---:|---:|\n");
          out(fmt::format("| rustg lex+parse, 1 thread | {:.3f} | {:.1f} | {} |\n", rustg_best, big_mb / rustg_best,
                          Human(big_lines / rustg_best)));
          out(fmt::format("| rustc -Zparse-crate-root-only | {:.3f} | {:.1f} | {} |\n\n", rustc_best,
                          big_mb / rustc_best, Human(big_lines / rustc_best)));
          out(fmt::format("oracle: rustc {} lines/s; ratio rustg/rustc = {:.2f}x{}\n", Human(big_lines / rustc_best),
                          rustc_best / rustg_best,
                          rustg_errors ? fmt::format(" (note: rustg reported {} errors on the big file)", rustg_errors)
                                       : ""));
        }
      }
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  }

  if (!opt.out.empty()) {
    std::error_code ec;
    const fs::path p = opt.out;
    if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
    std::ofstream o(p, std::ios::binary);
    o << report;
    if (!o) {
      std::fprintf(stderr, "bench_frontend: cannot write %s\n", opt.out.c_str());
      return 1;
    }
    std::fprintf(stderr, "wrote %s\n", opt.out.c_str());
  }
  return 0;
}
