// Lint levels: defaults, configuration files (Cargo.toml `[lints]`, rustg-lint.toml), command-line
// flags (-A/-W/-D/-F) and `#[allow/warn/deny/forbid]` attributes, in rustc's order of precedence.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"

namespace rustg::lint {

// A lint selector as users write it: `clippy::needless_return`, `clippy::style`, `non_snake_case`,
// `rustg::my_rule`. Dashes are read as underscores.
struct Selector {
  std::string tool;  // "clippy", "rustg" or empty (rustc)
  std::string name;
};
// Parses `clippy::x` / `x` into a Selector.
auto ParseSelector(std::string_view s) -> Selector;
// True when the selector names the lint (or a group holding it). `rule_id` is set for user rules.
auto Matches(const Selector& s, LintId id, std::string_view rule_id) -> bool;
// True when the selector names a group rather than one lint.
auto IsGroupSelector(const Selector& s) -> bool;
// The selector as written in attributes (`clippy::needless_return`).
auto SelectorText(const Selector& s) -> std::string;

// Where a level came from; rendered as the note rustc prints under a lint.
enum class LevelOrigin : uint8_t { Default, Config, CommandLine, Attribute };

// One level setting (from any origin).
struct Directive {
  LintLevel level = LintLevel::Warn;
  Selector sel;
  LevelOrigin origin = LevelOrigin::CommandLine;
  // The flag or entry as written (`-D clippy::needless-return`, `needless_return = "deny"`).
  std::string text;
  // For config entries: the file that holds it.
  std::string config_path;
  // For attributes: the node whose subtree it governs and the byte span of the lint name.
  uint32_t scope = 0;
  uint32_t lo = 0, hi = 0;
};

// The decided level of a finding and how to explain it.
struct Decision {
  LintLevel level = LintLevel::Warn;
  // `= note:` / `= help:` lines explaining the level (e.g. "`#[warn(clippy::x)]` on by default").
  std::vector<std::string> notes, helps;
  // Span of the attribute that set it ("the lint level is defined here"), if any.
  bool has_span = false;
  uint32_t lo = 0, hi = 0;
};

// The levels that apply to one file: its config directives, the command line, and attributes.
class FileLevels {
 public:
  // Collects attributes of the file and combines them with the outer directives.
  FileLevels(const TreeView& view, const std::vector<Directive>& outer);
  // The level of lint `id` (or user rule `rule_id`) at node n, with its explanation. `default_level`
  // is the lint's (or rule's) own default.
  auto Decide(LintId id, std::string_view rule_id, LintLevel default_level, uint32_t node) const -> Decision;
  // True when the lint could fire somewhere in this file (not allowed everywhere).
  auto MayFire(LintId id, std::string_view rule_id, LintLevel default_level) const -> bool;

 private:
  const TreeView& view_;
  const std::vector<Directive>& outer_;
  std::vector<Directive> attrs_;
};

// Finds and parses configuration for files: the nearest Cargo.toml with `[lints]` (following
// `lints.workspace = true` to `[workspace.lints]`) and the nearest rustg-lint.toml. Thread-safe.
class ConfigCache {
 public:
  // The config directives that apply to the file at `path` (config errors are appended to `errors`).
  auto For(const std::string& path, std::vector<std::string>& errors) -> std::shared_ptr<const std::vector<Directive>>;

 private:
  auto ForDir(const std::string& dir, std::vector<std::string>& errors) -> std::shared_ptr<const std::vector<Directive>>;
  std::mutex mu_;
  std::map<std::string, std::shared_ptr<const std::vector<Directive>>> by_dir_;
};

}  // namespace rustg::lint
