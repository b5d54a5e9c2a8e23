// The lint engine's interface: built-in lints over the flat Tree, their findings with
// suggestions, and the levels that decide which findings are reported.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/tree_view.h"

namespace rustg::lint {

// Every built-in lint, from lint_kind.def.
enum class LintId : uint16_t {
#define RUSTG_LINT(Name, Tool, Group, Lvl) Name,
#include "lint/lint_kind.def"
};
// Number of built-in lints.
inline constexpr uint32_t kLintCount = 0
#define RUSTG_LINT(Name, Tool, Group, Lvl) +1
#include "lint/lint_kind.def"
    ;

// Which tool's namespace a lint lives in: `clippy::name` or rustc's bare `name`.
enum class Tool : uint8_t { Clippy, Rustc, User };
// Lint groups (clippy's and rustc's).
enum class Group : uint8_t { Style, Complexity, Correctness, Suspicious, Perf, Pedantic, Restriction, Nursery,
                             NonstandardStyle, Unused, NoGroup };
// Lint levels, ordered by severity.
enum class LintLevel : uint8_t { Allow, Warn, Deny, Forbid };

// Static facts about a built-in lint.
struct LintInfo {
  std::string_view name;
  Tool tool;
  Group group;
  LintLevel default_level;
};
// Facts about lint `id`.
auto Info(LintId id) -> const LintInfo&;
// The lint named `name` (without tool prefix), if built in.
auto FindLint(std::string_view name) -> std::optional<LintId>;
// The group's name as written in attributes ("style", "nonstandard_style").
auto GroupName(Group g) -> std::string_view;
// The level's attribute name ("warn").
auto LevelName(LintLevel l) -> std::string_view;

// One text edit of a suggestion: replace the bytes [lo, hi) by `text`.
struct Edit {
  uint32_t lo = 0, hi = 0;
  std::string text;
};

// A suggested fix: one or more edits applied together.
struct Suggestion {
  std::string message;
  std::vector<Edit> edits;
  // MachineApplicable fixes are applied by --fix; others are shown only.
  bool machine_applicable = true;
  // Show the replacement text in an inline `help:` label (rustc hides it for short suggestions).
  bool show_code = true;
  // Render as a separate help block with the changed lines even when inline would fit.
  bool force_block = false;
};

// A span with a label, drawn with `-` under the snippet (`^` when it is one more primary span).
struct Label {
  uint32_t lo = 0, hi = 0;
  std::string text;
  bool primary = false;
};

// One finding of a lint, before its level is decided.
struct Finding {
  LintId lint{};
  // The user rule's id when this finding comes from a user rule (lint is then ignored).
  std::string rule_id;
  // The node whose attributes (and ancestors') decide the level.
  uint32_t node = 0;
  uint32_t lo = 0, hi = 0;
  std::string message;
  // Label under the primary carets.
  std::string label;
  std::vector<Label> secondary;
  // `= help:` and `= note:` lines.
  std::vector<std::string> helps, notes;
  std::vector<Suggestion> suggestions;
};

// Runs the built-in lints on one file: every node against every lint with `enabled[i]` (lint i
// may fire somewhere in the file: not allowed by default, flags or config, or raised by an
// attribute), appending findings in node order.
void RunBuiltinLints(const TreeView& view, const std::vector<bool>& enabled, std::vector<Finding>& out);

}  // namespace rustg::lint
