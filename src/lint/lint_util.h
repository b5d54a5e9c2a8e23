// Small helpers shared by the lint checks: node tests and text building over a TreeView.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"

namespace rustg::lint {

// Output of one check call; the engine owns the vector.
using Out = std::vector<Finding>;
// Signature of a built-in lint's check: looks at node n and appends findings.
using CheckFn = void (*)(const TreeView& v, uint32_t n, Out& out);

// Starts a finding of `id` at [lo, hi), attached to node n.
inline auto Add(Out& out, LintId id, uint32_t n, uint32_t lo, uint32_t hi, std::string message) -> Finding& {
  Finding f;
  f.lint = id;
  f.node = n;
  f.lo = lo;
  f.hi = hi;
  f.message = std::move(message);
  out.push_back(std::move(f));
  return out.back();
}
// Starts a finding spanning node n.
inline auto AddNode(Out& out, LintId id, const TreeView& v, uint32_t n, std::string message) -> Finding& {
  return Add(out, id, n, v.lo(n), v.hi(n), std::move(message));
}
// A one-edit suggestion.
inline auto Sugg(std::string message, uint32_t lo, uint32_t hi, std::string text, bool machine = true) -> Suggestion {
  Suggestion s;
  s.message = std::move(message);
  s.edits.push_back({lo, hi, std::move(text)});
  s.machine_applicable = machine;
  return s;
}

// The node's text as a string.
inline auto Str(const TreeView& v, uint32_t n) -> std::string { return std::string(v.text(n)); }
// True when n is the literal `true` or `false`; sets `value`.
auto IsBoolLit(const TreeView& v, uint32_t n, bool& value) -> bool;
// True when n is an integer literal whose value (suffix and underscores ignored) is `value`.
auto IsIntLit(const TreeView& v, uint32_t n, uint64_t value) -> bool;
// True when n is a path expression of one plain identifier; sets `name`.
auto IsSimplePath(const TreeView& v, uint32_t n, std::string_view& name) -> bool;
// The statements of a block (labels, qualifiers and attributes skipped).
auto BlockStmts(const TreeView& v, uint32_t block) -> std::vector<uint32_t>;
// True when a statement is an expression statement without `;`.
auto IsTailStmt(const TreeView& v, uint32_t stmt) -> bool;
// The block's tail expression (last statement without `;`), or kNone.
auto BlockTail(const TreeView& v, uint32_t block) -> uint32_t;
// The expression of an ExprStmt (its last child), or kNone.
auto StmtExpr(const TreeView& v, uint32_t stmt) -> uint32_t;
// True when the block has no statements and no comments inside its braces.
auto IsEmptyBlock(const TreeView& v, uint32_t block) -> bool;
// Operand expression children of a binary-like node (attributes skipped).
auto Operands(const TreeView& v, uint32_t n) -> std::vector<uint32_t>;
// Text of an expression as an operand of a unary or binary operator: parenthesized when it binds
// more loosely than `min_prec` (see Precedence).
auto SuggOperand(const TreeView& v, uint32_t n, int min_prec) -> std::string;
// Binding power of an expression node (higher binds tighter); atoms get 100.
auto Precedence(const TreeView& v, uint32_t n) -> int;
// `!expr`, inverting a comparison (`a == b` -> `a != b`) as clippy's suggestions do.
auto NegatedText(const TreeView& v, uint32_t n) -> std::string;
// Indentation (leading whitespace) of the line holding offset `at`.
auto IndentAt(const TreeView& v, uint32_t at) -> std::string;
// Re-indents `text` whose continuation lines carry `from` indentation to `to` indentation.
auto Reindent(std::string_view text, std::string_view from, std::string_view to) -> std::string;
// True when any node in n's subtree has kind k.
auto SubtreeHas(const TreeView& v, uint32_t n, NodeKind k) -> bool;
// The name a macro call invokes (last path segment), or empty.
auto MacroName(const TreeView& v, uint32_t call) -> std::string_view;
// Non-trivia tokens strictly inside a macro call's delimiters.
auto MacroArgTokens(const TreeView& v, uint32_t call) -> std::vector<TokenId>;
// The text of the Name child of n, or empty.
auto NameText(const TreeView& v, uint32_t n) -> std::string_view;

// Every built-in lint's check, indexed by LintId.
auto CheckTable() -> const std::vector<CheckFn>&;

}  // namespace rustg::lint
