// The per-file lint pipeline: built-in lints (and user rules) over one file's tree, levels
// decided, findings that are not allowed returned in position order.
#pragma once

#include <vector>

#include "lint/levels.h"
#include "lint/report.h"
#include "lint/tree_view.h"

namespace rustg::lint {

class RuleSet;

// Lints file `f` with the level directives `outer` (config entries, then command-line flags) and
// optional user rules. Returns the findings whose level is not Allow, sorted by position.
auto LintFile(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f,
              const std::vector<Directive>& outer, const RuleSet* rules) -> std::vector<Reported>;

// Applies the machine-applicable suggestions of `reported` (all in one file) to that file's text.
// Suggestions overlapping an earlier one are skipped (a later round picks them up). Returns the
// new text and the number of suggestions applied; `edits`, when given, receives the applied edits.
auto ApplyFixes(const SourceBuffer& src, FileId f, const std::vector<Reported>& reported, uint32_t& applied,
                std::vector<Edit>* edits = nullptr) -> std::string;

}  // namespace rustg::lint
