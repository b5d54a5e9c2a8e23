#include "lint/lint_util.h"

#include <array>

namespace rustg::lint {
namespace {

constexpr LintInfo kInfos[] = {
#define RUSTG_LINT(Name, T, G, Lvl) {#Name, Tool::T, Group::G, LintLevel::Lvl},
#include "lint/lint_kind.def"
};

}  // namespace

auto Info(LintId id) -> const LintInfo& { return kInfos[static_cast<size_t>(id)]; }

auto FindLint(std::string_view name) -> std::optional<LintId> {
  for (uint32_t i = 0; i < kLintCount; ++i) {
    if (kInfos[i].name == name) return static_cast<LintId>(i);
  }
  return std::nullopt;
}

auto GroupName(Group g) -> std::string_view {
  switch (g) {
    case Group::Style: return "style";
    case Group::Complexity: return "complexity";
    case Group::Correctness: return "correctness";
    case Group::Suspicious: return "suspicious";
    case Group::Perf: return "perf";
    case Group::Pedantic: return "pedantic";
    case Group::Restriction: return "restriction";
    case Group::Nursery: return "nursery";
    case Group::NonstandardStyle: return "nonstandard_style";
    case Group::Unused: return "unused";
    case Group::NoGroup: return "";
  }
  return "";
}

auto LevelName(LintLevel l) -> std::string_view {
  switch (l) {
    case LintLevel::Allow: return "allow";
    case LintLevel::Warn: return "warn";
    case LintLevel::Deny: return "deny";
    case LintLevel::Forbid: return "forbid";
  }
  return "warn";
}

auto IsBoolLit(const TreeView& v, uint32_t n, bool& value) -> bool {
  if (n == TreeView::kNone || v.kind(n) != NodeKind::Literal) return false;
  TokenKind k = v.token_kind(n);
  if (k != TokenKind::KwTrue && k != TokenKind::KwFalse) return false;
  value = k == TokenKind::KwTrue;
  return true;
}

auto IsIntLit(const TreeView& v, uint32_t n, uint64_t value) -> bool {
  if (n == TreeView::kNone || v.kind(n) != NodeKind::Literal || v.token_kind(n) != TokenKind::IntLit) return false;
  std::string_view t = v.tok_text(v.token(n));
  if (t.size() > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) return false;
  uint64_t x = 0;
  for (char c : t) {
    if (c == '_') continue;
    if (c < '0' || c > '9') break;
    x = x * 10 + static_cast<uint64_t>(c - '0');
  }
  return x == value;
}

auto IsSimplePath(const TreeView& v, uint32_t n, std::string_view& name) -> bool {
  if (n == TreeView::kNone || v.kind(n) != NodeKind::PathExpr) return false;
  uint32_t path = v.child(n, 0);
  if (path == TreeView::kNone || v.kind(path) != NodeKind::Path || v.child_count(path) != 1 || v.token(path).is_valid()) {
    return false;
  }
  uint32_t seg = v.child(path, 0);
  if (v.kind(seg) != NodeKind::PathSegment || v.child_count(seg) != 0) return false;
  TokenKind k = v.token_kind(seg);
  if (k != TokenKind::Ident && k != TokenKind::KwSelfValue) return false;
  name = v.tok_text(v.token(seg));
  return true;
}

auto BlockStmts(const TreeView& v, uint32_t block) -> std::vector<uint32_t> {
  std::vector<uint32_t> out;
  for (uint32_t c : v.children(block)) {
    NodeKind k = v.kind(c);
    if (k == NodeKind::Label || k == NodeKind::Qualifier || k == NodeKind::InnerAttr || k == NodeKind::OuterAttr) continue;
    out.push_back(c);
  }
  return out;
}

auto IsTailStmt(const TreeView& v, uint32_t stmt) -> bool {
  return v.kind(stmt) == NodeKind::ExprStmt && !v.token(stmt).is_valid();
}

auto BlockTail(const TreeView& v, uint32_t block) -> uint32_t {
  std::vector<uint32_t> s = BlockStmts(v, block);
  if (s.empty() || !IsTailStmt(v, s.back())) return TreeView::kNone;
  return StmtExpr(v, s.back());
}

auto StmtExpr(const TreeView& v, uint32_t stmt) -> uint32_t {
  if (v.kind(stmt) != NodeKind::ExprStmt) return TreeView::kNone;
  uint32_t c = v.last_child(stmt);
  if (c == TreeView::kNone || v.kind(c) == NodeKind::OuterAttr) return TreeView::kNone;
  return c;
}

auto IsEmptyBlock(const TreeView& v, uint32_t block) -> bool {
  if (block == TreeView::kNone || v.kind(block) != NodeKind::BlockExpr) return false;
  if (!v.children(block).empty()) return false;
  if (v.tok_kind(v.token(block)) != TokenKind::LBrace) return false;
  return !v.has_comment(v.lo(block), v.hi(block));
}

auto Operands(const TreeView& v, uint32_t n) -> std::vector<uint32_t> { return v.non_attr_children(n); }

auto Precedence(const TreeView& v, uint32_t n) -> int {
  switch (v.kind(n)) {
    case NodeKind::BinaryExpr:
      switch (v.token_kind(n)) {
        case TokenKind::Star: case TokenKind::Slash: case TokenKind::Percent: return 11;
        case TokenKind::Plus: case TokenKind::Minus: return 10;
        case TokenKind::Shl: case TokenKind::Shr: return 9;
        case TokenKind::And: return 8;
        case TokenKind::Caret: return 7;
        case TokenKind::Or: return 6;
        case TokenKind::EqEq: case TokenKind::Ne: case TokenKind::Lt: case TokenKind::Gt: case TokenKind::Le:
        case TokenKind::Ge: return 5;
        case TokenKind::AndAnd: return 4;
        case TokenKind::OrOr: return 3;
        default: return 5;
      }
    case NodeKind::CastExpr: return 12;
    case NodeKind::UnaryExpr: case NodeKind::RefExpr: case NodeKind::BoxExpr: return 13;
    case NodeKind::RangeExpr: return 2;
    case NodeKind::AssignExpr: case NodeKind::CompoundAssignExpr: return 1;
    case NodeKind::ClosureExpr: case NodeKind::ReturnExpr: case NodeKind::BreakExpr: case NodeKind::YieldExpr:
    case NodeKind::LetExpr: return 0;
    default: return 100;
  }
}

auto SuggOperand(const TreeView& v, uint32_t n, int min_prec) -> std::string {
  std::string t = Str(v, n);
  if (Precedence(v, n) < min_prec) return "(" + t + ")";
  return t;
}

auto NegatedText(const TreeView& v, uint32_t n) -> std::string {
  if (v.kind(n) == NodeKind::BinaryExpr) {
    std::vector<uint32_t> ops = Operands(v, n);
    std::string_view inv;
    switch (v.token_kind(n)) {
      case TokenKind::EqEq: inv = "!="; break;
      case TokenKind::Ne: inv = "=="; break;
      default: break;
    }
    if (!inv.empty() && ops.size() == 2) return Str(v, ops[0]) + " " + std::string(inv) + " " + Str(v, ops[1]);
  }
  if (v.kind(n) == NodeKind::UnaryExpr && v.token_kind(n) == TokenKind::Not) {
    std::vector<uint32_t> ops = Operands(v, n);
    if (ops.size() == 1) return Str(v, ops[0]);
  }
  return "!" + SuggOperand(v, n, 13);
}

auto IndentAt(const TreeView& v, uint32_t at) -> std::string {
  std::string_view p = v.line_prefix(at);
  size_t i = 0;
  while (i < p.size() && (p[i] == ' ' || p[i] == '\t')) ++i;
  return std::string(p.substr(0, i));
}

auto Reindent(std::string_view text, std::string_view from, std::string_view to) -> std::string {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!first) {
      out += '\n';
      if (line.substr(0, from.size()) == from) {
        out += to;
        line.remove_prefix(from.size());
      }
    }
    out += line;
    first = false;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

auto SubtreeHas(const TreeView& v, uint32_t n, NodeKind k) -> bool {
  uint32_t first = n + 1 - v.tree().subtree_size[n];
  for (uint32_t i = first; i <= n; ++i) {
    if (v.kind(i) == k) return true;
  }
  return false;
}

auto MacroName(const TreeView& v, uint32_t call) -> std::string_view {
  uint32_t path = v.child_of_kind(call, NodeKind::Path);
  if (path == TreeView::kNone) return {};
  uint32_t seg = v.last_child(path);
  if (seg == TreeView::kNone || v.kind(seg) != NodeKind::PathSegment) return {};
  return v.tok_text(v.token(seg));
}

auto MacroArgTokens(const TreeView& v, uint32_t call) -> std::vector<TokenId> {
  std::vector<TokenId> out;
  uint32_t tt = v.child_of_kind(call, NodeKind::TokenTree);
  if (tt == TreeView::kNone) return out;
  TokenId open = v.token(tt);
  TokenId close = v.partner(open);
  for (TokenId t = v.next_token(open); t.index < close.index; t = v.next_token(t)) out.push_back(t);
  return out;
}

auto NameText(const TreeView& v, uint32_t n) -> std::string_view {
  uint32_t name = v.child_of_kind(n, NodeKind::Name);
  if (name == TreeView::kNone) return {};
  return v.tok_text(v.token(name));
}

}  // namespace rustg::lint
