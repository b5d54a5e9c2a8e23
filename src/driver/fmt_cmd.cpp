// `rustg fmt`: collects inputs, finds each file's configuration, lexes and parses all files at once,
// formats them in parallel, then writes results in input order (in place atomically, to stdout, as
// a --check diff, or into --out-dir).
#include "driver/fmt_cmd.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "base/diag.h"
#include "base/edition.h"
#include "base/source.h"
#include "fmt/config.h"
#include "fmt/fmt.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {
namespace {

namespace fs = std::filesystem;

// One input: a path (or stdin) and the edition it was listed with, if any.
struct Input {
  std::string path;
  bool from_stdin = false;
  std::optional<Edition> edition;
};

auto ReadAll(std::istream& in) -> std::string {
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes `text` to `path` through a temporary file in the same directory and a rename, keeping
// the file's permissions: a crash leaves either the old or the new file, never half of one.
auto WriteAtomic(const std::string& path, const std::string& text, std::string& err) -> bool {
  fs::path p(path);
  fs::path tmp = p;
  tmp += fmt::format(".rustg-fmt-{}.tmp", getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      err = "cannot create temporary file " + tmp.string();
      return false;
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      err = "cannot write " + tmp.string();
      fs::remove(tmp);
      return false;
    }
  }
  struct stat st;
  if (stat(path.c_str(), &st) == 0) chmod(tmp.c_str(), st.st_mode & 07777);
  std::error_code ec;
  fs::rename(tmp, p, ec);
  if (ec) {
    err = ec.message();
    fs::remove(tmp);
    return false;
  }
  return true;
}

auto SplitLines(std::string_view s) -> std::vector<std::string_view> {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) {
      lines.push_back(s.substr(pos));
      break;
    }
    lines.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

// rustfmt --check's diff: `Diff in PATH:LINE:` then the changed lines with `-`/`+` and up to three
// lines of context, one block per group of nearby changes. Lines are matched by a longest common
// subsequence (files too big for it are shown as one replacement).
auto CheckDiff(const std::string& path, std::string_view before, std::string_view after) -> std::string {
  std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  // ops: ' ' keep, '-' delete, '+' insert, over the middle part.
  std::vector<std::pair<char, std::string_view>> ops;
  for (size_t i = 0; i < pre; ++i) ops.emplace_back(' ', a[i]);
  if (n * m <= 4'000'000) {
    std::vector<uint32_t> dp((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return dp[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        ops.emplace_back(' ', a[pre + i]);
        ++i, ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        ops.emplace_back('-', a[pre + i++]);
      } else {
        ops.emplace_back('+', b[pre + j++]);
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i) ops.emplace_back('-', a[pre + i]);
    for (size_t j = 0; j < m; ++j) ops.emplace_back('+', b[pre + j]);
  }
  for (size_t i = a.size() - suf; i < a.size(); ++i) ops.emplace_back(' ', a[i]);
  std::string out;
  constexpr size_t kContext = 3;
  size_t k = 0;
  while (k < ops.size()) {
    if (ops[k].first == ' ') {
      ++k;
      continue;
    }
    size_t begin = k >= kContext ? k - kContext : 0;
    size_t end = k;
    // Extend the block while the next change is within 2 * context lines.
    while (end < ops.size()) {
      if (ops[end].first != ' ') {
        ++end;
        continue;
      }
      size_t run = end;
      while (run < ops.size() && ops[run].first == ' ') ++run;
      if (run < ops.size() && run - end <= 2 * kContext) end = run;
      else {
        end = std::min(end + kContext, ops.size());
        break;
      }
    }
    // Line number (in the original) of the block's first line.
    size_t line = 1;
    for (size_t x = 0; x < begin; ++x) line += ops[x].first != '+';
    out += fmt::format("Diff in {}:{}:\n", path, line);
    for (size_t x = begin; x < end; ++x) out += fmt::format("{}{}\n", ops[x].first, ops[x].second);
    k = end;
  }
  return out;
}

// Collects .rs files under a directory, sorted, so output order does not depend on the file system.
void CollectDir(const fs::path& dir, std::vector<Input>& out) {
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file(ec) && it->path().extension() == ".rs") found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  for (std::string& p : found) out.push_back({std::move(p), false, std::nullopt});
}

}  // namespace

auto AddFmtCommand(CLI::App& app, FmtOptions& o) -> CLI::App* {
  CLI::App* cmd = app.add_subcommand("fmt", "Format Rust files the way rustfmt does");
  cmd->add_option("paths", o.paths, "Files, directories (recursively) or `-` for stdin");
  cmd->add_option("--files-from", o.files_from, "Read more files from FILE: one per line, `PATH` or `EDITION<TAB>PATH`");
  cmd->add_option("--edition", o.edition, "Rust edition: 2015, 2018, 2021 or 2024 (default: config, else 2015)");
  cmd->add_option("--emit", o.emit, "Where output goes: files (in place) or stdout")
      ->check(CLI::IsMember({"files", "stdout"}))
      ->capture_default_str();
  cmd->add_flag("--check", o.check, "Print a diff and exit 1 if any file is not formatted; change nothing");
  cmd->add_option("--config-path", o.config_path, "Use this rustfmt.toml instead of searching upward");
  cmd->add_option("--config", o.config, "Override options: key=value[,key=value...]")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--out-dir", o.out_dir, "Write the i-th input's output to DIR/i.rs (for benchmarks)");
  cmd->add_option("--threads", o.threads, "Worker threads (0 = all cores)");
  return cmd;
}

auto RunFmt(const FmtOptions& o) -> int {
  std::optional<Edition> cli_edition;
  if (!o.edition.empty()) {
    cli_edition = o.edition == "2024" ? std::optional(Edition::k2021) : ParseEdition(o.edition);
    if (!cli_edition) {
      fmt::print(stderr, "error: invalid edition `{}` (expected 2015, 2018, 2021 or 2024)\n", o.edition);
      return 2;
    }
  }
  std::vector<Input> inputs;
  for (const std::string& p : o.paths) {
    std::error_code ec;
    if (p == "-") inputs.push_back({"<stdin>", true, std::nullopt});
    else if (fs::is_directory(p, ec)) CollectDir(p, inputs);
    else inputs.push_back({p, false, std::nullopt});
  }
  if (!o.files_from.empty()) {
    std::ifstream in(o.files_from);
    if (!in) {
      fmt::print(stderr, "error: cannot read file list `{}`\n", o.files_from);
      return 2;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      Input input;
      if (size_t tab = line.find('\t'); tab != std::string::npos) {
        input.edition = ParseEdition(line.substr(0, tab));
        if (!input.edition && line.substr(0, tab) == "2024") input.edition = Edition::k2021;
        if (!input.edition) {
          fmt::print(stderr, "error: bad edition in file list line `{}`\n", line);
          return 2;
        }
        line = line.substr(tab + 1);
      }
      input.path = line;
      inputs.push_back(std::move(input));
    }
  }
  if (inputs.empty()) {
    // rustfmt with no files reads stdin.
    inputs.push_back({"<stdin>", true, std::nullopt});
  }

  // Configuration: one per directory holding a config file (or the one --config-path names).
  int exit_code = 0;
  std::map<std::string, FmtConfig> config_of_file;  // config file path -> parsed config
  auto load_config = [&](const std::string& cfg_path) -> const FmtConfig* {
    auto it = config_of_file.find(cfg_path);
    if (it != config_of_file.end()) return &it->second;
    FmtConfig cfg;
    ConfigIssues issues;
    if (!cfg_path.empty()) {
      std::ifstream in(cfg_path, std::ios::binary);
      if (!in) {
        issues.errors.push_back(fmt::format("cannot read configuration file `{}`", cfg_path));
      } else {
        ApplyTomlConfig(cfg, ReadAll(in), cfg_path, issues);
      }
    } else {
      cfg.DeriveWidths();
    }
    for (const std::string& kv : o.config) {
      size_t eq = kv.find('=');
      if (eq == std::string::npos) {
        issues.errors.push_back(fmt::format("--config: expected key=value, got `{}`", kv));
        continue;
      }
      ApplyOption(cfg, kv.substr(0, eq), kv.substr(eq + 1), "--config", issues);
      if (kv.substr(0, eq) == "max_width" || kv.substr(0, eq) == "use_small_heuristics") cfg.DeriveWidths();
    }
    for (const std::string& w : issues.warnings) fmt::print(stderr, "warning: {}\n", w);
    for (const std::string& e : issues.errors) fmt::print(stderr, "error: {}\n", e);
    if (!issues.errors.empty()) return nullptr;
    return &config_of_file.emplace(cfg_path, cfg).first->second;
  };
  std::map<std::string, std::string> config_in_dir;  // directory -> config file found upward
  std::vector<const FmtConfig*> configs(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string cfg_path = o.config_path;
    if (cfg_path.empty()) {
      std::string dir = inputs[i].from_stdin ? "." : fs::path(inputs[i].path).parent_path().string();
      auto it = config_in_dir.find(dir);
      if (it == config_in_dir.end()) it = config_in_dir.emplace(dir, FindConfigFile(dir)).first;
      cfg_path = it->second;
    }
    configs[i] = load_config(cfg_path);
    if (!configs[i]) return 1;
  }

  // Read everything into one buffer; lex and parse all files together (files in parallel).
  SourceBuffer src;
  DiagSink read_diags;
  std::vector<FileId> file_ids(inputs.size());
  std::string stdin_text;
  for (size_t i = 0; i < inputs.size(); ++i) {
    Edition ed = cli_edition ? *cli_edition
                 : inputs[i].edition ? *inputs[i].edition
                 : configs[i]->edition ? *configs[i]->edition
                                       : Edition::k2015;
    if (inputs[i].from_stdin) {
      stdin_text = ReadAll(std::cin);
      file_ids[i] = src.AddFile("<stdin>", stdin_text, ed, read_diags);
    } else {
      file_ids[i] = src.AddFileFromDisk(inputs[i].path, ed, read_diags);
    }
  }
  if (!read_diags.empty()) {
    for (const Diagnostic& d : read_diags.Sorted()) fmt::print(stderr, "{}\n", RenderHuman(d, src, false));
    exit_code = 1;
  }
  tbb::task_arena arena(o.threads > 0 ? static_cast<int>(o.threads) : tbb::task_arena::automatic);
  PassOptions pass{Backend::Cpu, o.threads};
  DiagSink diags;
  TokenBuffer tokens;
  Tree tree;
  arena.execute([&] {
    tokens = Lex(src, pass, diags);
    tree = Parse(src, tokens, pass, diags);
  });
  // Files with errors are reported and left alone.
  std::vector<bool> bad(src.file_count(), false);
  std::vector<Diagnostic> errors;
  for (const Diagnostic& d : diags.Sorted()) {
    if (d.level != Level::Error) continue;
    if (d.has_span) bad[src.FileOf(d.lo).index] = true;
    errors.push_back(d);
  }
  for (const Diagnostic& d : errors) fmt::print(stderr, "{}\n", RenderHuman(d, src, false));

  std::vector<FmtResult> results(inputs.size());
  arena.execute([&] {
    tbb::parallel_for(size_t(0), inputs.size(), [&](size_t i) {
      if (!file_ids[i].is_valid() || bad[file_ids[i].index]) return;
      results[i] = FormatFile(src, tokens, tree, file_ids[i], *configs[i]);
    });
  });

  std::string stdout_text;
  bool any_diff = false;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string& path = inputs[i].path;
    if (!file_ids[i].is_valid()) continue;
    std::string_view original = src.file_text(file_ids[i]);
    if (bad[file_ids[i].index]) {
      fmt::print(stderr, "error: `{}` does not parse; left unchanged\n", path);
      exit_code = 1;
      if (!o.out_dir.empty()) {
        std::string err;
        WriteAtomic(fmt::format("{}/{}.rs", o.out_dir, i), std::string(original), err);
      }
      continue;
    }
    FmtResult& r = results[i];
    if (r.status == FmtStatus::InternalError) {
      fmt::print(stderr, "error: internal formatting error in `{}`: {}; the file is left unchanged\n", path, r.message);
      exit_code = 1;
    }
    if (!o.out_dir.empty()) {
      std::string err;
      if (!WriteAtomic(fmt::format("{}/{}.rs", o.out_dir, i), r.text, err)) {
        fmt::print(stderr, "error: {}\n", err);
        exit_code = 1;
      }
    } else if (o.check) {
      if (r.text != original) {
        any_diff = true;
        std::string shown = inputs[i].from_stdin ? "<stdin>" : fs::absolute(path).string();
        stdout_text += CheckDiff(shown, original, r.text);
      }
    } else if (o.emit == "stdout" || inputs[i].from_stdin) {
      if (inputs.size() > 1 && !inputs[i].from_stdin) stdout_text += fmt::format("{}:\n\n", fs::absolute(path).string());
      stdout_text += r.text;
    } else if (r.text != original) {
      std::string err;
      if (!WriteAtomic(path, r.text, err)) {
        fmt::print(stderr, "error: cannot write `{}`: {}\n", path, err);
        exit_code = 1;
      }
    }
  }
  std::fwrite(stdout_text.data(), 1, stdout_text.size(), stdout);
  std::fflush(stdout);
  if (o.check && any_diff) exit_code = 1;
  return exit_code;
}

}  // namespace rustg
