// Lints over control flow: returns, ifs, matches, loops and blocks.
#include <algorithm>

#include <fmt/format.h>

#include "lint/lint_util.h"

namespace rustg::lint {

using K = NodeKind;
constexpr uint32_t kNone = TreeView::kNone;

namespace {

// The parts of an IfExpr: condition, then-block, else branch (IfExpr, BlockExpr or kNone).
struct IfParts {
  uint32_t cond = kNone, then = kNone, els = kNone;
};
auto SplitIf(const TreeView& v, uint32_t n) -> IfParts {
  std::vector<uint32_t> c = v.non_attr_children(n);
  IfParts p;
  if (c.size() >= 2) {
    p.cond = c[0];
    p.then = c[1];
  }
  if (c.size() >= 3) p.els = c[2];
  return p;
}
// True when the if is the `else if` of another if.
auto IsElseIf(const TreeView& v, uint32_t n) -> bool {
  uint32_t p = v.parent(n);
  if (p == kNone || v.kind(p) != K::IfExpr) return false;
  return SplitIf(v, p).els == n;
}
// True when the expression has a `let` condition (if let, let chains).
auto HasLet(const TreeView& v, uint32_t cond) -> bool { return SubtreeHas(v, cond, K::LetExpr); }

// needless_return on `return` in tail position of expression e (recursing into if/match/blocks).
void ReturnInTail(const TreeView& v, uint32_t e, uint32_t semi_stmt, Out& out) {
  if (e == kNone) return;
  switch (v.kind(e)) {
    case K::ReturnExpr: {
      std::vector<uint32_t> ops = Operands(v, e);
      if (v.has_comment(v.lo(e), v.hi(e))) return;
      Finding& f = AddNode(out, LintId::needless_return, v, e, "unneeded `return` statement");
      Suggestion s;
      s.message = "remove `return`";
      if (ops.empty()) {
        uint32_t lo = semi_stmt != kNone ? v.lo(semi_stmt) : v.lo(e);
        uint32_t hi = semi_stmt != kNone ? v.hi(semi_stmt) : v.hi(e);
        s.edits.push_back({lo, hi, ""});
      } else {
        s.edits.push_back({v.lo(e), v.lo(ops[0]), ""});
        if (semi_stmt != kNone && v.token(semi_stmt).is_valid()) {
          TokenId semi = v.token(semi_stmt);
          s.edits.push_back({v.tok_lo(semi), v.tok_hi(semi), ""});
        }
      }
      s.force_block = true;
      f.suggestions.push_back(std::move(s));
      return;
    }
    case K::BlockExpr: {
      if (v.child_of_kind(e, K::Qualifier) != kNone || v.child_of_kind(e, K::Label) != kNone) return;
      std::vector<uint32_t> st = BlockStmts(v, e);
      if (st.empty()) return;
      uint32_t last = st.back();
      if (v.kind(last) != K::ExprStmt) return;
      uint32_t x = StmtExpr(v, last);
      if (x == kNone) return;
      if (v.kind(x) == K::ReturnExpr) {
        ReturnInTail(v, x, last, out);
      } else if (IsTailStmt(v, last)) {
        ReturnInTail(v, x, kNone, out);
      }
      return;
    }
    case K::IfExpr: {
      IfParts p = SplitIf(v, e);
      if (p.els == kNone) return;
      ReturnInTail(v, p.then, kNone, out);
      ReturnInTail(v, p.els, kNone, out);
      return;
    }
    case K::MatchExpr: {
      uint32_t arms = v.child_of_kind(e, K::MatchArmList);
      if (arms == kNone) return;
      for (uint32_t arm : v.children(arms)) {
        if (v.kind(arm) != K::MatchArm) continue;
        uint32_t body = v.last_child(arm);
        if (body != kNone) ReturnInTail(v, body, kNone, out);
      }
      return;
    }
    default:
      return;
  }
}

}  // namespace

void Check_needless_return(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::FnItem && v.kind(n) != K::ClosureExpr) return;
  uint32_t body = v.kind(n) == K::FnItem ? v.child_of_kind(n, K::BlockExpr) : v.last_child(n);
  if (body == kNone || v.kind(body) != K::BlockExpr) return;
  ReturnInTail(v, body, kNone, out);
}

void Check_collapsible_if(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr || IsElseIf(v, n)) return;
  IfParts p = SplitIf(v, n);
  if (p.then == kNone || p.els != kNone || HasLet(v, p.cond)) return;
  std::vector<uint32_t> st = BlockStmts(v, p.then);
  if (st.size() != 1 || v.kind(st[0]) != K::ExprStmt || v.child_count(st[0]) != 1) return;
  uint32_t inner = StmtExpr(v, st[0]);
  if (inner == kNone || v.kind(inner) != K::IfExpr) return;
  IfParts q = SplitIf(v, inner);
  if (q.els != kNone || HasLet(v, q.cond)) return;
  // Comments between the outer and the inner `if` would be lost.
  if (v.has_comment(v.tok_lo(v.token(p.then)), v.lo(inner)) || v.has_comment(v.hi(inner), v.hi(p.then))) return;
  Finding& f = AddNode(out, LintId::collapsible_if, v, n, "this `if` statement can be collapsed");
  Suggestion s;
  s.message = "collapse nested if block";
  auto wrap = [&](uint32_t c) {
    if (Precedence(v, c) <= 3) {
      s.edits.push_back({v.lo(c), v.lo(c), "("});
      s.edits.push_back({v.hi(c), v.hi(c), ")"});
    }
  };
  wrap(p.cond);
  s.edits.push_back({v.hi(p.cond), v.tok_hi(v.token(p.then)), ""});
  s.edits.push_back({v.tok_lo(v.token(inner)), v.tok_hi(v.token(inner)), "&&"});
  wrap(q.cond);
  s.edits.push_back({v.hi(inner), v.hi(p.then), ""});
  std::sort(s.edits.begin(), s.edits.end(), [](const Edit& a, const Edit& b) { return a.lo < b.lo; });
  f.suggestions.push_back(std::move(s));
}

void Check_collapsible_else_if(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr) return;
  IfParts p = SplitIf(v, n);
  if (p.els == kNone || v.kind(p.els) != K::BlockExpr) return;
  std::vector<uint32_t> st = BlockStmts(v, p.els);
  if (st.size() != 1 || !IsTailStmt(v, st[0]) || v.child_count(st[0]) != 1) return;
  uint32_t inner = StmtExpr(v, st[0]);
  if (inner == kNone || v.kind(inner) != K::IfExpr) return;
  if (v.has_comment(v.lo(p.els), v.lo(inner)) || v.has_comment(v.hi(inner), v.hi(p.els))) return;
  Finding& f = AddNode(out, LintId::collapsible_else_if, v, p.els, "this `else { if .. }` block can be collapsed");
  std::string text = Reindent(v.text(inner), IndentAt(v, v.lo(inner)), IndentAt(v, v.lo(p.els)));
  Suggestion s = Sugg("collapse nested if block", v.lo(p.els), v.hi(p.els), text);
  s.force_block = true;
  f.suggestions.push_back(std::move(s));
}

void Check_needless_bool(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr) return;
  // The last `else if` of a chain counts too; its reduction needs braces (`else { !d }`).
  bool else_if = IsElseIf(v, n);
  IfParts p = SplitIf(v, n);
  if (p.els == kNone || v.kind(p.els) != K::BlockExpr || HasLet(v, p.cond)) return;
  auto only_bool = [&](uint32_t b, bool& val) {
    std::vector<uint32_t> st = BlockStmts(v, b);
    return st.size() == 1 && IsTailStmt(v, st[0]) && IsBoolLit(v, StmtExpr(v, st[0]), val) &&
           !v.has_comment(v.lo(b), v.hi(b));
  };
  bool a = false, b = false;
  if (!only_bool(p.then, a) || !only_bool(p.els, b)) return;
  if (a == b) {
    AddNode(out, LintId::needless_bool, v, n,
            a ? "this if-then-else expression will always return true" : "this if-then-else expression will always return false");
    return;
  }
  std::string repl = a ? Str(v, p.cond) : NegatedText(v, p.cond);
  if (else_if) repl = "{ " + repl + " }";
  Finding& f = AddNode(out, LintId::needless_bool, v, n, "this if-then-else expression returns a bool literal");
  f.suggestions.push_back(Sugg("you can reduce it to", v.lo(n), v.hi(n), repl));
}

void Check_needless_ifs(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr || IsElseIf(v, n)) return;
  IfParts p = SplitIf(v, n);
  if (p.els != kNone || !IsEmptyBlock(v, p.then) || HasLet(v, p.cond) || v.kind(p.cond) == K::BlockExpr) return;
  // A bare call as the condition is left alone (clippy treats it as a statement in disguise).
  K ck = v.kind(p.cond);
  if (ck == K::CallExpr || ck == K::MethodCallExpr || ck == K::MacroCall) return;
  // A condition that leaves (`if (return) {}`) is not an empty check.
  if (SubtreeHas(v, p.cond, K::ReturnExpr) || SubtreeHas(v, p.cond, K::BreakExpr) ||
      SubtreeHas(v, p.cond, K::ContinueExpr)) {
    return;
  }
  uint32_t stmt = v.parent(n);
  if (stmt == kNone || v.kind(stmt) != K::ExprStmt) return;
  bool effects = SubtreeHas(v, p.cond, K::CallExpr) || SubtreeHas(v, p.cond, K::MethodCallExpr) ||
                 SubtreeHas(v, p.cond, K::MacroCall) || SubtreeHas(v, p.cond, K::AssignExpr) ||
                 SubtreeHas(v, p.cond, K::CompoundAssignExpr);
  uint32_t hi = v.hi(n);
  Finding& f = Add(out, LintId::needless_ifs, n, v.lo(n), hi, "this `if` branch is empty");
  Suggestion s = Sugg("you can remove it", v.lo(n), hi, effects ? Str(v, p.cond) + ";" : "");
  s.show_code = effects;
  f.suggestions.push_back(std::move(s));
}

void Check_needless_else(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr) return;
  IfParts p = SplitIf(v, n);
  if (p.els == kNone || !IsEmptyBlock(v, p.els) || HasLet(v, p.cond)) return;
  TokenId else_tok = v.prev_token(v.token(p.els));
  if (v.tok_kind(else_tok) != TokenKind::KwElse) return;
  Finding& f = Add(out, LintId::needless_else, n, v.tok_lo(else_tok), v.hi(p.els), "this `else` branch is empty");
  Suggestion s = Sugg("you can remove it", f.lo, f.hi, "");
  s.show_code = false;
  f.suggestions.push_back(std::move(s));
}

void Check_redundant_else(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr || IsElseIf(v, n)) return;
  uint32_t stmt = v.parent(n);
  if (stmt == kNone || v.kind(stmt) != K::ExprStmt) return;
  // Every then-branch of the chain must end by leaving the block: return, break or continue as
  // its last statement; the final `else` block is then redundant.
  auto leaves = [&](uint32_t block) {
    std::vector<uint32_t> st = BlockStmts(v, block);
    if (st.empty()) return false;
    uint32_t last = StmtExpr(v, st.back());
    if (last == kNone) return false;
    K lk = v.kind(last);
    return lk == K::ReturnExpr || lk == K::BreakExpr || lk == K::ContinueExpr;
  };
  IfParts p = SplitIf(v, n);
  while (p.els != kNone && v.kind(p.els) == K::IfExpr) {
    if (!leaves(p.then)) return;
    p = SplitIf(v, p.els);
  }
  if (p.els == kNone || v.kind(p.els) != K::BlockExpr) return;
  if (!leaves(p.then)) return;
  if (IsEmptyBlock(v, p.els)) return;
  std::vector<uint32_t> else_stmts = BlockStmts(v, p.els);
  Finding& f = Add(out, LintId::redundant_else, n, v.hi(p.then), v.hi(p.els), "redundant else block");
  // Move the else block's statements after the if, one level out.
  TokenId open = v.token(p.els);
  TokenId close = v.partner(open);
  std::string indent = IndentAt(v, v.lo(n));
  // An else block holding only comments still counts (clippy reports it too).
  std::string inner_indent = else_stmts.empty() ? indent + "    " : IndentAt(v, v.lo(else_stmts.front()));
  std::string_view body = v.slice(v.tok_hi(open), v.tok_lo(close));
  while (!body.empty() && (body.front() == ' ' || body.front() == '\n' || body.front() == '\t')) body.remove_prefix(1);
  while (!body.empty() && (body.back() == ' ' || body.back() == '\n' || body.back() == '\t')) body.remove_suffix(1);
  bool one_line = v.source().Locate(v.lo(p.els)).line == v.source().Locate(v.hi(p.els)).line;
  std::string moved = one_line ? std::string(body) : "\n" + indent + Reindent(body, inner_indent, indent);
  Suggestion s = Sugg("remove the `else` block and move the contents out", v.hi(p.then), v.hi(p.els), moved);
  f.suggestions.push_back(std::move(s));
}

void Check_if_not_else(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr || IsElseIf(v, n)) return;
  IfParts p = SplitIf(v, n);
  if (p.els == kNone || v.kind(p.els) != K::BlockExpr) return;
  // clippy leaves `else if` chains alone and only looks at a plain `else` block.
  bool is_not = v.kind(p.cond) == K::UnaryExpr && v.token_kind(p.cond) == TokenKind::Not;
  bool is_ne = v.kind(p.cond) == K::BinaryExpr && v.token_kind(p.cond) == TokenKind::Ne;
  // clippy leaves `x != 0` alone (`== 0` first is not clearer); `0 != x` it still reports.
  if (is_ne) {
    std::vector<uint32_t> ops = Operands(v, p.cond);
    uint32_t r = ops.size() == 2 ? ops[1] : kNone;
    if (r != kNone && v.kind(r) == K::Literal && v.token_kind(r) == TokenKind::IntLit) {
      std::string_view t = v.tok_text(v.token(r));
      if (t.find_first_not_of("0_") == std::string_view::npos || t.find_first_not_of("0_") == t.find_first_of("iu")) return;
    }
  }
  if (!is_not && !is_ne) return;
  Finding& f = AddNode(out, LintId::if_not_else, v, n, is_not ? "unnecessary boolean `not` operation" : "unnecessary `!=` operation");
  f.helps.push_back(is_not ? "remove the `!` and swap the blocks of the `if`/`else`"
                           : "change to `==` and swap the blocks of the `if`/`else`");
}

void Check_single_match(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::MatchExpr) return;
  std::vector<uint32_t> c = v.non_attr_children(n);
  if (c.size() != 2) return;
  uint32_t scrut = c[0];
  std::vector<uint32_t> arms;
  for (uint32_t a : v.children(c[1])) {
    if (v.kind(a) == K::MatchArm) arms.push_back(a);
  }
  // Comments in the arm that would be dropped (or between the arms) keep the match as it is.
  if (arms.size() != 2 || v.has_comment(v.hi(arms[0]), v.hi(arms[1]))) return;
  std::vector<uint32_t> a0 = v.non_attr_children(arms[0]);
  std::vector<uint32_t> a1 = v.non_attr_children(arms[1]);
  if (a0.size() != 2 || a1.size() != 2) return;  // guards make it three
  // The head of a pattern's path (`Some` in `Some(_)`, `None`), or empty.
  auto head = [&](uint32_t pat) -> std::string_view {
    if (v.kind(pat) == K::IdentPat && v.child_count(pat) == 1) return NameText(v, pat);
    uint32_t path = v.child_of_kind(pat, K::Path);
    if (path == kNone || v.kind(pat) == K::PathPat) return {};
    std::vector<uint32_t> segs = v.children(path);
    return segs.size() == 1 ? v.tok_text(v.token(segs[0])) : std::string_view();
  };
  // The second arm must catch everything: `_`, or `[..]` / `Foo { .. }` / `Foo(..)` / `(..)` made of
  // rests and wildcards, or the other variant of Option/Result (`None`, `Err(_)`, ...).
  auto wild_inside = [&](uint32_t pat, bool need_rest) {
    bool any_rest = false;
    for (uint32_t c : v.children(pat)) {
      K ck = v.kind(c);
      if (ck == K::Path) continue;
      if (ck == K::RestPat) {
        any_rest = true;
        continue;
      }
      if (ck != K::WildcardPat) return false;
    }
    return any_rest || !need_rest;
  };
  auto catch_all = [&](uint32_t pat) {
    K k = v.kind(pat);
    if (k == K::WildcardPat) return true;
    if (k == K::TuplePat) return wild_inside(pat, false);
    std::string_view h0 = head(a0[0]), h1 = head(pat);
    bool complement = (h0 == "Some" && h1 == "None") || (h0 == "None" && h1 == "Some") || (h0 == "Ok" && h1 == "Err") ||
                      (h0 == "Err" && h1 == "Ok");
    if (complement) return k == K::IdentPat || (k == K::TupleStructPat && wild_inside(pat, false));
    if (k != K::SlicePat && k != K::StructPat && k != K::TupleStructPat) return false;
    return wild_inside(pat, true);
  };
  if (!catch_all(a1[0])) return;
  uint32_t else_body = a1[1];
  auto is_unit = [&](uint32_t e) { return e != kNone && v.kind(e) == K::TupleExpr && v.children(e).empty(); };
  bool empty_else = IsEmptyBlock(v, else_body) || is_unit(else_body) ||
                    (v.kind(else_body) == K::BlockExpr && BlockStmts(v, else_body).size() == 1 &&
                     is_unit(BlockTail(v, else_body)) && !v.has_comment(v.lo(else_body), v.hi(else_body)));
  if (!empty_else) return;
  uint32_t pat = a0[0];
  K pk = v.kind(pat);
  // A lone capitalized name is a constant, unit struct or variant (`DATA`, `None`), not a binding:
  // matching it is an equality check, as for a path pattern.
  std::string_view lone = pk == K::IdentPat && v.child_count(pat) == 1 ? NameText(v, pat) : std::string_view();
  bool constant = pk == K::PathPat || (!lone.empty() && lone[0] >= 'A' && lone[0] <= 'Z');
  bool lit = pk == K::LiteralPat || constant;
  if (pk == K::LiteralPat) {
    bool ignored = false;
    if (IsBoolLit(v, v.child(pat, 0), ignored)) return;  // match_bool's case
  } else if (constant) {
  } else if (pk == K::IdentPat) {
    // Only a binding with a refutable sub-pattern (`z @ 32`) makes a single-pattern match.
    std::vector<uint32_t> ic = v.children(pat);
    if (ic.empty() || v.kind(ic.back()) == K::Name || v.kind(ic.back()) == K::WildcardPat) return;
  } else if (pk != K::TupleStructPat && pk != K::StructPat && pk != K::RangePat && pk != K::SlicePat &&
             pk != K::TuplePat) {
    return;
  }
  uint32_t body = a0[1];
  std::string body_text = v.kind(body) == K::BlockExpr ? Str(v, body) : "{ " + Str(v, body) + " }";
  std::string repl = lit ? "if " + SuggOperand(v, scrut, 6) + " == " + Str(v, pat) + " " + body_text
                         : "if let " + Str(v, pat) + " = " + Str(v, scrut) + " " + body_text;
  Finding& f = AddNode(out, LintId::single_match, v, n,
                       lit ? "you seem to be trying to use `match` for an equality check. Consider using `if`"
                           : "you seem to be trying to use `match` for destructuring a single pattern. Consider using `if let`");
  // Comments outside the kept body would be lost: show the suggestion, but --fix leaves it.
  bool drops_comment = v.has_comment(v.lo(n), v.lo(body)) || v.has_comment(v.hi(body), v.hi(n));
  f.suggestions.push_back(Sugg("try", v.lo(n), v.hi(n), repl, !drops_comment));
}

void Check_redundant_pattern_matching(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IfExpr && v.kind(n) != K::WhileExpr) return;
  std::vector<uint32_t> c = v.non_attr_children(n);
  uint32_t cond = kNone;
  for (uint32_t x : c) {
    if (v.kind(x) != K::Label) {
      cond = x;
      break;
    }
  }
  if (cond == kNone || v.kind(cond) != K::LetExpr) return;
  std::vector<uint32_t> lc = v.non_attr_children(cond);
  if (lc.size() != 2) return;
  uint32_t pat = lc[0];
  std::string_view method;
  std::string_view ctor;
  if (v.kind(pat) == K::TupleStructPat) {
    std::vector<uint32_t> pc = v.children(pat);
    if (pc.size() != 2 || v.kind(pc[1]) != K::WildcardPat || v.child_count(pc[0]) != 1) return;
    ctor = v.text(pc[0]);
  } else if (v.kind(pat) == K::PathPat || (v.kind(pat) == K::IdentPat && v.child_count(pat) == 1)) {
    ctor = v.text(pat);
  } else {
    return;
  }
  if (ctor == "Some") method = "is_some()";
  else if (ctor == "None") method = "is_none()";
  else if (ctor == "Ok") method = "is_ok()";
  else if (ctor == "Err") method = "is_err()";
  else return;
  if (ctor != "None" && v.kind(pat) != K::TupleStructPat) return;
  std::string kw = v.kind(n) == K::IfExpr ? "if" : "while";
  std::string repl = kw + " " + SuggOperand(v, lc[1], 100) + "." + std::string(method);
  Finding& f = Add(out, LintId::redundant_pattern_matching, n, v.lo(pat), v.hi(pat),
                   "redundant pattern matching, consider using `" + std::string(method) + "`");
  f.suggestions.push_back(Sugg("try", v.tok_lo(v.token(n)), v.hi(cond), repl));
}

void Check_let_and_return(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BlockExpr) return;
  std::vector<uint32_t> st = BlockStmts(v, n);
  if (st.size() < 2 || !IsTailStmt(v, st.back()) || v.kind(st[st.size() - 2]) != K::LetStmt) return;
  uint32_t tail = StmtExpr(v, st.back());
  std::string_view name;
  if (!IsSimplePath(v, tail, name)) return;
  uint32_t let = st[st.size() - 2];
  std::vector<uint32_t> lc = v.children(let);
  if (lc.size() != 2 || v.kind(lc[0]) != K::IdentPat || v.child_count(lc[0]) != 1 || NameText(v, lc[0]) != name) return;
  uint32_t init = lc[1];
  if (v.has_comment(v.lo(let), v.hi(tail))) return;
  Finding& f = AddNode(out, LintId::let_and_return, v, tail, "returning the result of a `let` binding from a block");
  f.node = let;
  f.secondary.push_back({v.lo(let), v.hi(let), "unnecessary `let` binding"});
  Suggestion s;
  s.message = "return the expression directly";
  s.edits.push_back({v.lo(let), v.hi(let), ""});
  s.edits.push_back({v.lo(tail), v.hi(tail), Str(v, init)});
  s.force_block = true;
  f.suggestions.push_back(std::move(s));
}

void Check_empty_loop(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::LoopExpr) return;
  uint32_t body = v.last_child(n);
  if (!IsEmptyBlock(v, body)) return;
  Finding& f = AddNode(out, LintId::empty_loop, v, n, "empty `loop {}` wastes CPU cycles");
  f.helps.push_back("you should either use `panic!()` or add `std::thread::sleep(..);` to the loop body");
}

void Check_while_true(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::WhileExpr) return;
  std::vector<uint32_t> c = v.non_attr_children(n);
  uint32_t cond = c.size() >= 2 ? c[c.size() - 2] : kNone;
  bool val = false;
  if (!IsBoolLit(v, cond, val) || !val) return;
  uint32_t lo = v.tok_lo(v.token(n));
  uint32_t label = v.child_of_kind(n, K::Label);
  Finding& f = Add(out, LintId::while_true, n, label != kNone ? v.lo(label) : lo, v.hi(cond),
                   "denote infinite loops with `loop { ... }`");
  std::string repl = label != kNone ? Str(v, label) + " loop" : "loop";
  Suggestion s = Sugg("use `loop`", f.lo, f.hi, repl);
  s.show_code = false;
  f.suggestions.push_back(std::move(s));
}

void Check_needless_continue(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::LoopExpr && v.kind(n) != K::WhileExpr && v.kind(n) != K::ForExpr) return;
  uint32_t body = v.last_child(n);
  if (body == kNone || v.kind(body) != K::BlockExpr) return;
  std::vector<uint32_t> st = BlockStmts(v, body);
  if (st.empty()) return;
  uint32_t e = StmtExpr(v, st.back());
  if (e == kNone || v.kind(e) != K::ContinueExpr || v.child_count(e) != 0) return;
  Finding& f = AddNode(out, LintId::needless_continue, v, e, "this `continue` expression is redundant");
  f.helps.push_back("consider dropping the `continue` expression");
}

// A place expression clippy's manual_swap accepts: a path, a field or an indexed element of one.
auto IsSwapPlace(const TreeView& v, uint32_t e) -> bool {
  std::string_view name;
  if (IsSimplePath(v, e, name)) return true;
  if (v.kind(e) != K::IndexExpr && v.kind(e) != K::FieldExpr) return false;
  std::vector<uint32_t> c = v.non_attr_children(e);
  return !c.empty() && IsSwapPlace(v, c[0]);
}

void Check_manual_swap(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BlockExpr) return;
  std::vector<uint32_t> st = BlockStmts(v, n);
  for (size_t i = 0; i + 2 < st.size(); ++i) {
    uint32_t let = st[i];
    if (v.kind(let) != K::LetStmt) continue;
    std::vector<uint32_t> lc = v.children(let);
    if (lc.size() != 2 || v.kind(lc[0]) != K::IdentPat || v.child_count(lc[0]) != 1) continue;
    std::string_view tmp = NameText(v, lc[0]);
    if (!IsSwapPlace(v, lc[1])) continue;
    std::string a = Str(v, lc[1]);
    auto assign = [&](uint32_t s, uint32_t& lhs, uint32_t& rhs) {
      uint32_t e = StmtExpr(v, s);
      if (e == kNone || v.kind(e) != K::AssignExpr || !v.token(s).is_valid()) return false;
      std::vector<uint32_t> ops = Operands(v, e);
      if (ops.size() != 2 || !IsSwapPlace(v, ops[0]) || !IsSwapPlace(v, ops[1])) return false;
      lhs = ops[0];
      rhs = ops[1];
      return true;
    };
    uint32_t l1, r1, l2, r2;
    if (!assign(st[i + 1], l1, r1) || !assign(st[i + 2], l2, r2)) continue;
    std::string b = Str(v, r1);
    if (Str(v, l1) != a || b == a || Str(v, l2) != b || Str(v, r2) != tmp) continue;
    uint32_t hi = v.hi(st[i + 2]);
    // Two elements of one slice: `s.swap(i, j)`; anything else: `std::mem::swap`.
    std::vector<uint32_t> ca = v.non_attr_children(lc[1]), cb = v.non_attr_children(r1);
    bool same_slice = v.kind(lc[1]) == K::IndexExpr && v.kind(r1) == K::IndexExpr && ca.size() == 2 && cb.size() == 2 &&
                      Str(v, ca[0]) == Str(v, cb[0]);
    if (same_slice) {
      Finding& f = Add(out, LintId::manual_swap, let, v.lo(let), hi,
                       fmt::format("this looks like you are swapping elements of `{}` manually", Str(v, ca[0])));
      f.suggestions.push_back(
          Sugg("try", v.lo(let), hi, fmt::format("{}.swap({}, {});", Str(v, ca[0]), Str(v, ca[1]), Str(v, cb[1])), false));
      continue;
    }
    Finding& f = Add(out, LintId::manual_swap, let, v.lo(let), hi,
                     fmt::format("this looks like you are swapping `{}` and `{}` manually", a, b));
    f.suggestions.push_back(Sugg("try", v.lo(let), hi, fmt::format("std::mem::swap(&mut {}, &mut {});", a, b), false));
    f.notes.push_back("or maybe you should use `std::mem::replace`?");
  }
}

void Check_items_after_statements(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BlockExpr) return;
  bool seen_stmt = false;
  for (uint32_t s : BlockStmts(v, n)) {
    K k = v.kind(s);
    if (k == K::LetStmt || k == K::ExprStmt) {
      seen_stmt = true;
      continue;
    }
    bool item = k == K::FnItem || k == K::StructItem || k == K::EnumItem || k == K::UnionItem || k == K::TraitItem ||
                k == K::ImplItem || k == K::ConstItem || k == K::StaticItem || k == K::TypeAlias || k == K::UseItem ||
                k == K::ModItem;
    if (!item || !seen_stmt) continue;
    // clippy's span leaves out the item's attributes.
    uint32_t lo = v.token(s).is_valid() ? v.tok_lo(v.token(s)) : v.lo(s);
    bool derive = false;
    for (uint32_t c : v.children(s)) {
      if (v.kind(c) == K::OuterAttr) {
        derive = derive || v.text(c).find("derive") != std::string_view::npos;
        continue;
      }
      lo = std::min(lo, v.lo(c));
      break;
    }
    Add(out, LintId::items_after_statements, s, lo, v.hi(s),
        "adding items after statements is confusing, since items exist from the start of the scope");
    // A derive expands into more items of the block, and clippy stops looking after them.
    if (derive) break;
  }
}

}  // namespace rustg::lint
