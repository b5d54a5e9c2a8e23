// User rules in ast-grep's YAML format (id, language, message, severity, note, rule, constraints,
// fix, files, ignores). Patterns are parsed by rustg's own parser, so they match syntax trees,
// not text. A rule is a predicate over one node (plus its relatives), like a built-in lint.
#pragma once

#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "lint/levels.h"
#include "lint/lint.h"

namespace rustg::lint {

// A parsed pattern: its own small source, tokens and tree, and the node the pattern stands for.
struct Pattern;

// One node of a rule's matcher tree (ast-grep's atomic, relational and composite rules).
struct Matcher {
  enum class Op : uint8_t { Pattern, Kind, Regex, Inside, Has, Follows, Precedes, Not, Any, All };
  Op op = Op::All;
  std::shared_ptr<Pattern> pattern;
  std::vector<NodeKind> kinds;
  // For kinds that are one rustg kind restricted to some tokens (tree-sitter literal kinds).
  std::vector<TokenKind> token_kinds;
  std::shared_ptr<std::regex> regex;
  // Relational rules: `stopBy: end` searches all ancestors/descendants/siblings, otherwise only
  // the nearest one (ast-grep's default `neighbor`).
  bool stop_at_end = false;
  std::vector<Matcher> subs;
};

// One rule from a YAML file.
struct Rule {
  std::string id;
  std::string message;
  std::string note;
  LintLevel level = LintLevel::Warn;
  Matcher matcher;
  // Constraints on metavariables, by name.
  std::vector<std::pair<std::string, Matcher>> constraints;
  // Replacement template with $X / $$$X, if any.
  std::string fix;
  bool has_fix = false;
  std::vector<std::string> files, ignores;
  // The YAML file the rule came from.
  std::string source;
  // Node kinds the rule can match at all (from its pattern or kind), so that the scan over the
  // nodes skips the others without evaluating the rule; all true when not known.
  std::vector<bool> root_kinds;
};

// All user rules of a run.
class RuleSet {
 public:
  // Loads every rule of a YAML file or of the *.yml/*.yaml files under a directory. Errors (bad
  // YAML, unknown keys or kinds, patterns that do not parse) are appended to `errors`, each naming
  // the file, the rule and the position.
  void Load(const std::string& path, std::vector<std::string>& errors);
  // Finds `.rustg/rules/` in `dir` or its ancestors; empty when there is none.
  static auto FindUpward(const std::string& dir) -> std::string;
  // Runs every rule that applies to the view's file and is not allowed everywhere in it,
  // appending findings (rule_id set).
  void Run(const TreeView& view, const FileLevels& levels, std::vector<Finding>& out) const;
  // The rule's severity as a lint level.
  auto DefaultLevel(std::string_view id) const -> LintLevel;
  // Number of rules loaded.
  auto size() const -> size_t { return rules_.size(); }
  // True when no rule is loaded.
  auto empty() const -> bool { return rules_.empty(); }

 private:
  std::vector<Rule> rules_;
};

}  // namespace rustg::lint
