#include "lint/lint_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "base/diag.h"
#include "base/edition.h"
#include "lex/lex.h"
#include "lint/engine.h"
#include "lint/rules.h"
#include "parse/parse.h"

namespace rustg::lint {
namespace fs = std::filesystem;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage = R"(Lint Rust files with clippy's and rustc's syntax-level lints

Usage: rustg lint [OPTIONS] [FILES|DIRS]...

Directories are searched recursively for .rs files.

Options:
  -W, --warn NAME          Set lint NAME (or group: clippy::style, clippy::pedantic, ...) to warn;
                           rustg::all names every lint and rule, rustg::builtin every built-in lint
  -A, --allow NAME         Set lint NAME to allow
  -D, --deny NAME          Set lint NAME to deny (an error: exit code 1)
  -F, --forbid NAME        Set lint NAME to forbid (attributes cannot lower it)
      --rules PATH         Load ast-grep YAML rules from a file or folder (repeatable; default:
                           .rustg/rules/ in the current folder or an ancestor)
      --fix                Apply machine-applicable suggestions in place (only when the result parses)
      --sarif FILE         Also write the findings as SARIF 2.1.0 to FILE (`-`: stdout)
      --error-format FMT   human (default) or json
      --color WHEN         auto (default), always or never
      --edition ED         2015, 2018 or 2021 (default)
      --files-from FILE    Read more files from FILE: one per line, `PATH` or `EDITION<TAB>PATH`
      --threads N          Worker threads (0 = all cores)
      --no-config          Ignore Cargo.toml [lints] and rustg-lint.toml
      --list               List the built-in lints with their groups and default levels
  -h, --help               Print this help
)";

struct Options {
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  std::vector<Directive> cli;
  std::string files_from;
  std::string sarif;
  std::string error_format = "human";
  std::string color = "auto";
  std::string edition = "2021";
  uint32_t threads = 0;
  bool fix = false;
  bool no_config = false;
  bool list = false;
};

// Parses the arguments; returns false (after printing why) on a usage error.
auto ParseArgs(const std::vector<std::string>& args, Options& o, bool& help) -> bool {
  auto level_flag = [](std::string_view a) -> std::optional<LintLevel> {
    if (a == "-W" || a == "--warn") return LintLevel::Warn;
    if (a == "-A" || a == "--allow") return LintLevel::Allow;
    if (a == "-D" || a == "--deny") return LintLevel::Deny;
    if (a == "-F" || a == "--forbid") return LintLevel::Forbid;
    return std::nullopt;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    std::string value;
    bool has_inline = false;
    if (a.rfind("--", 0) == 0 && a.find('=') != std::string::npos) {
      value = a.substr(a.find('=') + 1);
      a = a.substr(0, a.find('='));
      has_inline = true;
    } else if (a.size() > 2 && a[0] == '-' && a[1] != '-' && level_flag(a.substr(0, 2))) {
      value = a.substr(2);  // -Wclippy::x
      a = a.substr(0, 2);
      has_inline = true;
    }
    auto take = [&](std::string& dst) {
      if (has_inline) {
        dst = value;
        return true;
      }
      if (i + 1 >= args.size()) {
        fmt::print(stderr, "error: `{}` needs a value\n", a);
        return false;
      }
      dst = args[++i];
      return true;
    };
    if (a == "-h" || a == "--help") {
      help = true;
    } else if (auto lvl = level_flag(a)) {
      std::string name;
      if (!take(name)) return false;
      Directive d;
      d.level = *lvl;
      d.sel = ParseSelector(name);
      d.origin = LevelOrigin::CommandLine;
      d.text = a + " " + name;
      o.cli.push_back(std::move(d));
    } else if (a == "--rules") {
      std::string r;
      if (!take(r)) return false;
      o.rules.push_back(r);
    } else if (a == "--fix") {
      o.fix = true;
    } else if (a == "--no-config") {
      o.no_config = true;
    } else if (a == "--list") {
      o.list = true;
    } else if (a == "--sarif") {
      if (!take(o.sarif)) return false;
    } else if (a == "--error-format") {
      if (!take(o.error_format)) return false;
      if (o.error_format != "human" && o.error_format != "json") {
        fmt::print(stderr, "error: unknown error format `{}` (expected human or json)\n", o.error_format);
        return false;
      }
    } else if (a == "--color") {
      if (!take(o.color)) return false;
    } else if (a == "--edition") {
      if (!take(o.edition)) return false;
    } else if (a == "--files-from") {
      if (!take(o.files_from)) return false;
    } else if (a == "--threads") {
      std::string n;
      if (!take(n)) return false;
      o.threads = static_cast<uint32_t>(std::strtoul(n.c_str(), nullptr, 10));
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      fmt::print(stderr, "error: unknown option `{}`\n\n{}", a, kUsage);
      return false;
    } else {
      o.paths.push_back(a);
    }
  }
  return true;
}

// Expands directories into their .rs files (sorted, recursively, skipping hidden folders and target/).
void CollectFiles(const std::string& path, Edition edition, std::vector<std::pair<std::string, Edition>>& out) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    out.emplace_back(path, edition);
    return;
  }
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (it->is_directory(ec) && (name.rfind('.', 0) == 0 || name == "target")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && it->path().extension() == ".rs") found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  for (std::string& f : found) out.emplace_back(std::move(f), edition);
}

void PrintList() {
  fmt::print("{:<32} {:<18} {}\n", "lint", "group", "default");
  for (uint32_t i = 0; i < kLintCount; ++i) {
    const LintInfo& info = Info(static_cast<LintId>(i));
    std::string name = info.tool == Tool::Clippy ? "clippy::" + std::string(info.name) : std::string(info.name);
    std::string group = info.group == Group::NoGroup ? "-" : (info.tool == Tool::Clippy ? "clippy::" : "") + std::string(GroupName(info.group));
    fmt::print("{:<32} {:<18} {}\n", name, group, LevelName(info.default_level));
  }
}

// Writes `text` to `path` atomically: a temporary file beside it, then rename over it.
auto WriteAtomically(const std::string& path, const std::string& text) -> bool {
  std::string tmp = path + ".rustg-fix.tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) return false;
  }
  std::error_code ec;
  fs::permissions(tmp, fs::status(path, ec).permissions(), ec);
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

auto IsComment(TokenKind k) -> bool {
  return k == TokenKind::LineComment || k == TokenKind::BlockComment || IsDocComment(k);
}

// Comment texts of a file, in order: a fix must keep every one of them.
auto Comments(const SourceBuffer& src, const TokenBuffer& tokens, FileId f) -> std::vector<std::string> {
  std::vector<std::string> out;
  for (uint32_t t = tokens.file_begin(f).index; t < tokens.file_end(f).index; ++t) {
    if (IsComment(tokens.kind[t])) out.emplace_back(tokens.text(src, TokenId(t)));
  }
  return out;
}

// The comments the fixed text must have: this round's, except that one an applied edit replaces
// exactly (a user rule matching a comment rewrites it on purpose) becomes the comments of the
// edit's text. Every other comment must survive, inside replaced code too.
auto ExpectedComments(const SourceBuffer& src, const TokenBuffer& tokens, FileId f, Edition edition,
                      const std::vector<Edit>& edits) -> std::vector<std::string> {
  std::vector<std::string> out;
  for (uint32_t t = tokens.file_begin(f).index; t < tokens.file_end(f).index; ++t) {
    if (!IsComment(tokens.kind[t])) continue;
    uint32_t lo = tokens.start[t], hi = tokens.end(TokenId(t));
    auto e = std::find_if(edits.begin(), edits.end(), [&](const Edit& x) { return x.lo == lo && x.hi == hi; });
    if (e == edits.end()) {
      out.emplace_back(tokens.text(src, TokenId(t)));
      continue;
    }
    SourceBuffer s;
    DiagSink d;
    FileId g = s.AddFile("<fix>", e->text, edition, d);
    if (!g.is_valid()) continue;
    PassOptions pass{Backend::Cpu, 1};
    TokenBuffer tb = Lex(s, pass, d);
    for (std::string& c : Comments(s, tb, g)) out.push_back(std::move(c));
  }
  return out;
}

// Fixes one file in up to four rounds (nested suggestions need a second look). Returns the
// number of suggestions applied; the file is written only if the result lexes and parses
// without errors and keeps every comment.
auto FixFile(const std::string& path, Edition edition, const std::vector<Directive>& outer, const RuleSet* rules,
             std::string& why) -> uint32_t {
  std::string text;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      why = "cannot read the file";
      return 0;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string original = text;
  uint32_t total = 0;
  std::vector<std::string> expected_comments;
  for (int round = 0; round < 4; ++round) {
    SourceBuffer src;
    DiagSink diags;
    FileId f = src.AddFile(path, text, edition, diags);
    if (!f.is_valid()) break;
    PassOptions pass;
    TokenBuffer tokens = Lex(src, pass, diags);
    Tree tree = Parse(src, tokens, pass, diags);
    if (round == 0) {
      if (diags.error_count() > 0) {
        why = "the file has syntax errors";
        return 0;
      }
    } else if (diags.error_count() > 0 || Comments(src, tokens, f) != expected_comments) {
      why = diags.error_count() > 0 ? "the fixed file would not parse" : "the fix would drop a comment";
      return 0;
    }
    std::vector<Reported> reported = LintFile(src, tokens, tree, f, outer, rules);
    uint32_t applied = 0;
    std::vector<Edit> edits;
    std::string next = ApplyFixes(src, f, reported, applied, &edits);
    if (applied == 0 || next == text) break;
    expected_comments = ExpectedComments(src, tokens, f, edition, edits);
    total += applied;
    text = std::move(next);
    if (round == 3) {
      // The last round's output has not been checked yet: check it before accepting it.
      SourceBuffer s2;
      DiagSink d2;
      FileId f2 = s2.AddFile(path, text, edition, d2);
      TokenBuffer t2 = Lex(s2, pass, d2);
      Parse(s2, t2, pass, d2);
      if (d2.error_count() > 0 || Comments(s2, t2, f2) != expected_comments) {
        why = "the fixed file would not parse";
        return 0;
      }
    }
  }
  if (text == original) return 0;
  if (!WriteAtomically(path, text)) {
    why = "cannot write the file";
    return 0;
  }
  return total;
}

}  // namespace

auto RunLintCommand(const std::vector<std::string>& args) -> int {
  Options o;
  bool help = false;
  if (!ParseArgs(args, o, help)) return kExitUsage;
  if (help) {
    fmt::print("{}", kUsage);
    return kExitOk;
  }
  if (o.list) {
    PrintList();
    return kExitOk;
  }
  auto edition = ParseEdition(o.edition);
  if (!edition) {
    fmt::print(stderr, "error: argument for `--edition` must be one of: 2015|2018|2021. (instead was `{}`)\n", o.edition);
    return kExitUsage;
  }
  std::vector<std::pair<std::string, Edition>> inputs;
  for (const std::string& p : o.paths) CollectFiles(p, *edition, inputs);
  if (!o.files_from.empty()) {
    std::ifstream in(o.files_from);
    if (!in) {
      fmt::print(stderr, "error: cannot read file list `{}`\n", o.files_from);
      return kExitUsage;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      Edition e = *edition;
      if (size_t tab = line.find('\t'); tab != std::string::npos) {
        if (auto pe = ParseEdition(line.substr(0, tab))) e = *pe;
        line = line.substr(tab + 1);
      }
      inputs.emplace_back(line, e);
    }
  }
  if (inputs.empty()) {
    fmt::print(stderr, "error: no input files\n");
    return kExitUsage;
  }
  tbb::task_arena arena(o.threads > 0 ? static_cast<int>(o.threads) : tbb::task_arena::automatic);

  // Level directives per file: its configuration, then the command line (which wins).
  ConfigCache configs;
  std::vector<std::string> config_errors;
  std::vector<std::vector<Directive>> outer(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!o.no_config) {
      auto c = configs.For(inputs[i].first, config_errors);
      outer[i] = *c;
    }
    outer[i].insert(outer[i].end(), o.cli.begin(), o.cli.end());
  }
  DiagSink diags;
  for (const std::string& e : config_errors) diags.EmitNoSpan(DiagKind::LintConfigError, e);  // DIAG: LintConfigError
  RuleSet rules;
  std::vector<std::string> rule_errors;
  if (o.rules.empty()) {
    // .rustg/rules/ above the current folder, else above the first input.
    std::string found = RuleSet::FindUpward(".");
    if (found.empty()) found = RuleSet::FindUpward(fs::path(inputs[0].first).parent_path().string());
    if (!found.empty()) o.rules.push_back(found);
  }
  for (const std::string& r : o.rules) rules.Load(r, rule_errors);
  for (const std::string& e : rule_errors) diags.EmitNoSpan(DiagKind::LintRuleError, e);  // DIAG: LintRuleError
  const RuleSet* rules_ptr = rules.empty() ? nullptr : &rules;

  if (o.fix) {
    std::vector<std::string> why(inputs.size());
    arena.execute([&] {
      tbb::parallel_for(size_t{0}, inputs.size(), [&](size_t i) {
        FixFile(inputs[i].first, inputs[i].second, outer[i], rules_ptr, why[i]);
      });
    });
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (!why[i].empty()) {
        // DIAG: LintFixNotApplied
        diags.EmitNoSpan(DiagKind::LintFixNotApplied, fmt::format("not fixing `{}`: {}", inputs[i].first, why[i]));
      }
    }
  }

  SourceBuffer src;
  uint64_t bytes = 0;
  for (const auto& [path, e] : inputs) {
    std::error_code ec;
    bytes += fs::file_size(path, ec) * !ec;
  }
  src.Reserve(bytes, static_cast<uint32_t>(inputs.size()));
  std::vector<FileId> file_ids;
  for (const auto& [path, e] : inputs) file_ids.push_back(src.AddFileFromDisk(path, e, diags));
  PassOptions pass{Backend::Cpu, o.threads};
  TokenBuffer tokens;
  Tree tree;
  arena.execute([&] {
    tokens = Lex(src, pass, diags);
    tree = Parse(src, tokens, pass, diags);
  });
  // Each loaded file is linted independently; results are joined in file order.
  std::vector<std::vector<Reported>> per_file(src.file_count());
  std::vector<size_t> input_of(src.file_count(), 0);
  for (size_t i = 0; i < file_ids.size(); ++i) {
    if (file_ids[i].is_valid()) input_of[file_ids[i].index] = i;
  }
  arena.execute([&] {
    tbb::parallel_for(uint32_t{0}, src.file_count(), [&](uint32_t f) {
      per_file[f] = LintFile(src, tokens, tree, FileId(f), outer[input_of[f]], rules_ptr);
    });
  });

  bool json = o.error_format == "json";
  bool color = !json && UseColor(o.color);
  uint32_t errors = 0, warnings = 0;
  std::string out;
  // Front-end diagnostics and lint findings, merged in position order.
  std::vector<Diagnostic> front = diags.Sorted();
  std::vector<const Reported*> lints;
  for (const auto& v : per_file) {
    for (const Reported& r : v) lints.push_back(&r);
  }
  // rustc explains a lint's default or command-line level once, at its first finding.
  std::set<std::string> explained;
  size_t di = 0, li = 0;
  while (di < front.size() || li < lints.size()) {
    bool take_diag = li == lints.size() ||
                     (di < front.size() && (!front[di].has_span || front[di].lo <= lints[li]->f.lo));
    if (take_diag) {
      const Diagnostic& d = front[di++];
      errors += d.level == Level::Error;
      warnings += d.level == Level::Warning;
      out += json ? RenderJson(d, src) : RenderHuman(d, src, color);
      out += '\n';
    } else {
      Reported r = *lints[li++];
      if (!r.level.has_span && !explained.insert(r.code).second) {
        r.level.notes.clear();
        r.level.helps.clear();
      }
      bool err = r.level.level == LintLevel::Deny || r.level.level == LintLevel::Forbid;
      errors += err;
      warnings += !err;
      out += json ? RenderJson(r, src) : RenderHuman(r, src, color);
      out += '\n';
    }
  }
  if (!json) out += RenderSummary(errors, warnings, color);
  std::fputs(out.c_str(), stderr);
  if (const char* log = std::getenv("RUSTG_LOG_DIAG_KINDS")) {
    if (FILE* f = std::fopen(log, "a")) {
      for (const Diagnostic& d : diags.all()) fmt::print(f, "{}\n", DiagKindName(d.kind));
      std::fclose(f);
    }
  }
  if (!o.sarif.empty()) {
    std::vector<Reported> all;
    for (const auto& v : per_file) all.insert(all.end(), v.begin(), v.end());
    if (o.sarif == "-") {
      std::string sarif = RenderSarif(all, src);
      std::fwrite(sarif.data(), 1, sarif.size(), stdout);
      return errors > 0 ? kExitErrors : kExitOk;
    }
    std::string tmp = o.sarif + ".tmp";
    {
      std::ofstream s(tmp, std::ios::binary | std::ios::trunc);
      s << RenderSarif(all, src);
    }
    std::error_code ec;
    fs::rename(tmp, o.sarif, ec);
    if (ec) {
      fmt::print(stderr, "error: could not write SARIF to `{}`\n", o.sarif);
      return kExitErrors;
    }
  }
  return errors > 0 ? kExitErrors : kExitOk;
}

}  // namespace rustg::lint
