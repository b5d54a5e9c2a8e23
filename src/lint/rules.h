// User rules in ast-grep's YAML format (id, language, message, severity, note, rule, constraints,
// fix, files, ignores). Patterns are parsed by rustg's own parser, so they match syntax trees,
// not text. A rule is a predicate over one node (plus its relatives), like a built-in lint.
#pragma once

#include <map>
#include <memory>
#include <optional>
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
  enum class Op : uint8_t { Pattern, Kind, Regex, Inside, Has, Follows, Precedes, Not, Any, All, Matches, NthChild };
  // How far a relational rule searches: the nearest relative only (ast-grep's default `neighbor`),
  // all of them (`end`), or up to and including the first that matches `stop_rule`.
  enum class Stop : uint8_t { Neighbor, End, Rule };
  Op op = Op::All;
  std::shared_ptr<Pattern> pattern;
  std::vector<NodeKind> kinds;
  // For kinds that are one rustg kind restricted to some tokens (tree-sitter literal kinds).
  std::vector<TokenKind> token_kinds;
  std::shared_ptr<std::regex> regex;
  Stop stop = Stop::Neighbor;
  std::shared_ptr<Matcher> stop_rule;
  // Relational rules: the tree-sitter-rust field (`condition`, `body`, ...) the related node must
  // sit in, empty for any position.
  std::string field;
  // `matches`: the utility rule's name, and the rule itself once every utility is loaded.
  std::string ref;
  const Matcher* target = nullptr;
  // `nthChild`: positions a*k + b (k >= 0, 1-based) among the named siblings, counted from the
  // end when `reverse`; siblings are only those matching subs[0] when `ofRule` is given.
  int32_t nth_a = 0, nth_b = 0;
  bool nth_reverse = false;
  std::vector<Matcher> subs;
};

// One `transform` entry: a new metavariable computed from a bound one for the fix.
struct Transform {
  enum class Op : uint8_t { Substring, Replace, Convert };
  Op op = Op::Substring;
  // The new variable and the one it reads (without `$`).
  std::string name, source;
  // substring: character positions, Python-style (negative counts from the end).
  std::optional<int32_t> start, end;
  // replace: every match of `regex` becomes `by` ($1 refers to a capture group).
  std::shared_ptr<std::regex> regex;
  std::string by;
  // convert: target case (lowerCase, upperCase, capitalize, camelCase, snakeCase, kebabCase,
  // pascalCase) and the word separators (dash, dot, space, slash, underscore, caseChange).
  std::string to_case;
  std::vector<std::string> separated_by;
};

// A `labels` entry: a metavariable's span drawn with a message.
struct RuleLabel {
  std::string var, message;
  bool primary = false;
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
  // Local utility rules (`utils`) that `matches` refers to; shared so that the resolved pointers
  // stay valid when the Rule moves.
  std::shared_ptr<std::map<std::string, Matcher>> utils;
  // New metavariables for the fix, in order.
  std::vector<Transform> transforms;
  std::vector<RuleLabel> labels;
  // Replacement template with $X / $$$X, if any.
  std::string fix;
  // Fix objects: rules over the neighbors that the replaced range grows over (may be null).
  std::shared_ptr<Matcher> expand_start, expand_end;
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
