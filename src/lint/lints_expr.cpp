// Lints over expressions: operators, comparisons, closures, parentheses and print macros.
#include <fmt/format.h>

#include "lint/lint_util.h"

namespace rustg::lint {

using K = NodeKind;
constexpr uint32_t kNone = TreeView::kNone;

namespace {

auto BinOps(const TreeView& v, uint32_t n, uint32_t& l, uint32_t& r) -> bool {
  std::vector<uint32_t> ops = Operands(v, n);
  if (ops.size() != 2) return false;
  l = ops[0];
  r = ops[1];
  return true;
}
auto IsNegOne(const TreeView& v, uint32_t n) -> bool {
  if (v.kind(n) != K::UnaryExpr || v.token_kind(n) != TokenKind::Minus) return false;
  uint32_t c = v.last_child(n);
  if (c == kNone || v.kind(c) != K::Literal) return false;
  std::string_view t = v.tok_text(v.token(c));
  return t == "1" || t == "1.0" || t == "1." || IsIntLit(v, c, 1);
}
auto IsLenCall(const TreeView& v, uint32_t n, uint32_t& recv) -> bool {
  if (v.kind(n) != K::MethodCallExpr || v.tok_text(v.token(n)) != "len") return false;
  std::vector<uint32_t> c = v.children(n);
  if (c.size() != 2 || v.kind(c[1]) != K::ArgList || v.child_count(c[1]) != 0) return false;
  recv = c[0];
  return true;
}
auto IsArith(TokenKind k) -> bool {
  return k == TokenKind::Plus || k == TokenKind::Minus || k == TokenKind::Star || k == TokenKind::Slash ||
         k == TokenKind::Percent;
}
auto IsShift(TokenKind k) -> bool { return k == TokenKind::Shl || k == TokenKind::Shr; }

}  // namespace

void Check_bool_comparison(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr) return;
  TokenKind op = v.token_kind(n);
  if (op != TokenKind::EqEq && op != TokenKind::Ne) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r)) return;
  bool lv = false, rv = false;
  bool lb = IsBoolLit(v, l, lv), rb = IsBoolLit(v, r, rv);
  if (lb == rb) return;
  bool val = lb ? lv : rv;
  uint32_t other = lb ? r : l;
  bool eq = op == TokenKind::EqEq;
  bool keep = eq == val;
  std::string msg = eq ? (val ? "equality checks against true are unnecessary"
                              : "equality checks against false can be replaced by a negation")
                       : (val ? "inequality checks against true can be replaced by a negation"
                              : "inequality checks against false are unnecessary");
  std::string repl = keep ? Str(v, other) : "!" + SuggOperand(v, other, 13);
  Finding& f = AddNode(out, LintId::bool_comparison, v, n, msg);
  f.suggestions.push_back(Sugg("try", v.lo(n), v.hi(n), repl));
}

void Check_len_zero(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr) return;
  uint32_t l, r, recv;
  if (!BinOps(v, n, l, r)) return;
  TokenKind op = v.token_kind(n);
  bool len_left = IsLenCall(v, l, recv);
  if (!len_left && !IsLenCall(v, r, recv)) return;
  uint32_t lit = len_left ? r : l;
  // Normalize to `len OP lit`.
  if (!len_left) {
    switch (op) {
      case TokenKind::Lt: op = TokenKind::Gt; break;
      case TokenKind::Gt: op = TokenKind::Lt; break;
      case TokenKind::Le: op = TokenKind::Ge; break;
      case TokenKind::Ge: op = TokenKind::Le; break;
      default: break;
    }
  }
  bool empty;
  const char* what;
  if (IsIntLit(v, lit, 0) && (op == TokenKind::EqEq || op == TokenKind::Ne || op == TokenKind::Gt)) {
    empty = op == TokenKind::EqEq;
    what = "zero";
  } else if (IsIntLit(v, lit, 1) && (op == TokenKind::Lt || op == TokenKind::Ge)) {
    empty = op == TokenKind::Lt;
    what = "one";
  } else {
    return;
  }
  std::string repl = (empty ? "" : "!") + SuggOperand(v, recv, 100) + ".is_empty()";
  Finding& f = AddNode(out, LintId::len_zero, v, n, fmt::format("length comparison to {}", what));
  f.suggestions.push_back(Sugg("using `is_empty` is clearer and more explicit", v.lo(n), v.hi(n), repl));
}

void Check_redundant_field_names(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::StructExprField || v.token_kind(n) != TokenKind::Colon) return;
  std::vector<uint32_t> c = v.non_attr_children(n);
  if (c.size() != 2 || v.kind(c[0]) != K::Name) return;
  std::string_view field = v.tok_text(v.token(c[0]));
  std::string_view name;
  if (!IsSimplePath(v, c[1], name) || name != field) return;
  Finding& f = Add(out, LintId::redundant_field_names, n, v.lo(c[0]), v.hi(c[1]),
                   "redundant field names in struct initialization");
  f.suggestions.push_back(Sugg("replace it with", f.lo, f.hi, std::string(field)));
}

void Check_manual_range_contains(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr) return;
  TokenKind op = v.token_kind(n);
  if (op != TokenKind::AndAnd && op != TokenKind::OrOr) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r) || v.kind(l) != K::BinaryExpr || v.kind(r) != K::BinaryExpr) return;
  // A bound is a literal (optionally negated); the subject a plain local path.
  auto is_const = [&](uint32_t e) {
    if (v.kind(e) == K::Literal) {
      TokenKind k = v.token_kind(e);
      return k == TokenKind::IntLit || k == TokenKind::FloatLit || k == TokenKind::CharLit || k == TokenKind::ByteLit;
    }
    if (v.kind(e) == K::UnaryExpr && v.token_kind(e) == TokenKind::Minus) {
      uint32_t c = v.last_child(e);
      return c != kNone && v.kind(c) == K::Literal;
    }
    return false;
  };
  // Normalizes `a OP b` to (subject, bound, is_lower_bound, inclusive) for `&&`.
  struct Side {
    std::string_view subject;
    uint32_t bound;
    bool lower;
    bool inclusive;
  };
  auto side = [&](uint32_t e, Side& s) {
    uint32_t a, b;
    if (!BinOps(v, e, a, b)) return false;
    TokenKind k = v.token_kind(e);
    std::string_view name;
    bool subj_left = IsSimplePath(v, a, name) && is_const(b);
    if (!subj_left && !(IsSimplePath(v, b, name) && is_const(a))) return false;
    s.subject = name;
    s.bound = subj_left ? b : a;
    // Flip so that the operator reads `subject OP bound`.
    if (!subj_left) {
      if (k == TokenKind::Lt) k = TokenKind::Gt;
      else if (k == TokenKind::Gt) k = TokenKind::Lt;
      else if (k == TokenKind::Le) k = TokenKind::Ge;
      else if (k == TokenKind::Ge) k = TokenKind::Le;
    }
    switch (k) {
      case TokenKind::Ge: s.lower = true; s.inclusive = true; return true;
      case TokenKind::Gt: s.lower = true; s.inclusive = false; return true;
      case TokenKind::Le: s.lower = false; s.inclusive = true; return true;
      case TokenKind::Lt: s.lower = false; s.inclusive = false; return true;
      default: return false;
    }
  };
  Side a{}, b{};
  if (!side(l, a) || !side(r, b) || a.subject != b.subject) return;
  bool negated = op == TokenKind::OrOr;
  // `x < lo || x > hi` is the negation of `x >= lo && x <= hi`: flip each side.
  if (negated) {
    a.lower = !a.lower;
    a.inclusive = !a.inclusive;
    b.lower = !b.lower;
    b.inclusive = !b.inclusive;
  }
  if (a.lower == b.lower) return;
  Side lo = a.lower ? a : b, hi = a.lower ? b : a;
  if (!lo.inclusive) return;  // `x > a` has no range form
  std::string range = fmt::format("({}{}{}).contains(&{})", Str(v, lo.bound), hi.inclusive ? "..=" : "..",
                                  Str(v, hi.bound), lo.subject);
  Finding& f = AddNode(out, LintId::manual_range_contains, v, n,
                       fmt::format("manual `{}{}::contains` implementation", negated ? "!" : "",
                                   hi.inclusive ? "RangeInclusive" : "Range"));
  f.suggestions.push_back(Sugg("use", v.lo(n), v.hi(n), (negated ? "!" : "") + range));
}

void Check_unused_unit(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) == K::RetType) {
    uint32_t ty = v.last_child(n);
    if (ty == kNone || v.kind(ty) != K::TupleType || v.child_count(ty) != 0) return;
    uint32_t p = v.parent(n);
    // clippy 1.95 checks fn items and `Fn(..) -> ()` bounds; a closure's `-> ()` is left alone.
    if (p == kNone || (v.kind(p) != K::FnItem && v.kind(p) != K::ParenthesizedArgs)) return;
    if (v.has_comment(v.lo(n), v.hi(n))) return;
    TokenId before = v.prev_token(v.token(n));
    Finding& f = Add(out, LintId::unused_unit, n, v.tok_hi(before), v.hi(n), "unneeded unit return type");
    Suggestion s = Sugg("remove the `-> ()`", f.lo, f.hi, "");
    s.show_code = false;
    f.suggestions.push_back(std::move(s));
    return;
  }
  if (v.kind(n) == K::ReturnExpr) {
    // `return ()`: the value is the default.
    uint32_t val = v.last_child(n);
    if (val == kNone || v.kind(val) != K::TupleExpr || v.child_count(val) != 0) return;
    if (v.has_comment(v.lo(val), v.hi(val))) return;
    Finding& f = AddNode(out, LintId::unused_unit, v, val, "unneeded `()`");
    Suggestion s = Sugg("remove the `()`", v.tok_hi(v.token(n)), v.hi(val), "");
    s.show_code = false;
    f.suggestions.push_back(std::move(s));
    return;
  }
  if (v.kind(n) == K::BlockExpr) {
    // A block whose value is a final `()` (clippy: "unneeded unit expression").
    uint32_t tail = BlockTail(v, n);
    if (tail == kNone || v.kind(tail) != K::TupleExpr || v.child_count(tail) != 0) return;
    if (v.has_comment(v.lo(tail), v.hi(tail))) return;
    Finding& f = AddNode(out, LintId::unused_unit, v, tail, "unneeded unit expression");
    Suggestion s = Sugg("remove the final `()`", v.lo(tail), v.hi(tail), "");
    s.show_code = false;
    f.suggestions.push_back(std::move(s));
  }
}

void Check_neg_multiply(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr || v.token_kind(n) != TokenKind::Star) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r)) return;
  bool ln = IsNegOne(v, l), rn = IsNegOne(v, r);
  if (ln == rn) return;
  uint32_t other = ln ? r : l;
  Finding& f = AddNode(out, LintId::neg_multiply, v, n, "this multiplication by -1 can be written more succinctly");
  f.suggestions.push_back(Sugg("consider using", v.lo(n), v.hi(n), "-" + SuggOperand(v, other, 13)));
}

void Check_redundant_closure(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::ClosureExpr) return;
  std::vector<uint32_t> c = v.non_attr_children(n);
  // `move` changes nothing for a function path; `async` closures are not function calls.
  if (!c.empty() && v.kind(c[0]) == K::Qualifier && v.tok_kind(v.token(c[0])) == TokenKind::KwMove) c.erase(c.begin());
  if (c.size() != 2 || v.kind(c[0]) != K::ParamList) return;
  uint32_t body = c[1];
  if (v.kind(body) != K::CallExpr) return;
  std::vector<uint32_t> params = v.children(c[0]);
  std::vector<std::string_view> names;
  for (uint32_t p : params) {
    std::vector<uint32_t> pc = v.children(p);
    if (pc.size() != 1 || v.kind(pc[0]) != K::IdentPat || v.child_count(pc[0]) != 1) return;
    names.push_back(NameText(v, pc[0]));
  }
  std::vector<uint32_t> bc = v.children(body);
  if (bc.size() != 2 || v.kind(bc[0]) != K::PathExpr || v.kind(bc[1]) != K::ArgList) return;
  std::vector<uint32_t> args = v.children(bc[1]);
  if (args.size() != names.size()) return;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a;
    if (!IsSimplePath(v, args[i], a) || a != names[i]) return;
  }
  // The callee must not mention a parameter (`|x| x(1)` is not a function path).
  std::string_view callee = v.text(bc[0]);
  for (std::string_view nm : names) {
    if (callee == nm) return;
  }
  // Only plain function paths: a lowercase last segment (tuple constructors differ in wording).
  uint32_t path = v.child(bc[0], 0);
  uint32_t seg = v.last_child(path);
  if (seg == kNone) return;
  std::string_view last = v.tok_text(v.token(seg));
  if (last.empty() || !(last[0] >= 'a' && last[0] <= 'z')) return;
  Finding& f = AddNode(out, LintId::redundant_closure, v, n, "redundant closure");
  f.suggestions.push_back(Sugg("replace the closure with the function itself", v.lo(n), v.hi(n), std::string(callee)));
}

void Check_redundant_closure_call(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::CallExpr) return;
  std::vector<uint32_t> c = v.children(n);
  if (c.size() != 2 || v.kind(c[0]) != K::ParenExpr || v.child_count(c[1]) != 0) return;
  uint32_t cl = v.last_child(c[0]);
  if (cl == kNone || v.kind(cl) != K::ClosureExpr) return;
  std::vector<uint32_t> cc = v.non_attr_children(cl);
  if (cc.size() != 2 || v.kind(cc[0]) != K::ParamList || v.child_count(cc[0]) != 0) return;
  if (v.child_of_kind(cl, K::Qualifier) != kNone) return;  // async/move closures
  Finding& f = AddNode(out, LintId::redundant_closure_call, v, n, "try not to call a closure in the expression where it is declared");
  f.suggestions.push_back(Sugg("try doing something like", v.lo(n), v.hi(n), Str(v, cc[1])));
}

// clippy's assign_op_pattern needs the type to implement the `-Assign` trait (and a non-const
// context: inside a `const fn` it never fires). Without types: when an
// enclosing fn or impl bounds a type parameter by the operator's trait (`T: Add<Output = T>`) but
// never by its `-Assign` twin, the operation is most likely on that parameter, where `+=` would not
// compile, so the lint stays quiet.
auto GenericWithoutAssignOp(const TreeView& v, uint32_t n, TokenKind op) -> bool {
  std::string_view trait;
  switch (op) {
    case TokenKind::Plus: trait = "Add"; break;
    case TokenKind::Minus: trait = "Sub"; break;
    case TokenKind::Star: trait = "Mul"; break;
    case TokenKind::Slash: trait = "Div"; break;
    case TokenKind::Percent: trait = "Rem"; break;
    case TokenKind::And: trait = "BitAnd"; break;
    case TokenKind::Or: trait = "BitOr"; break;
    case TokenKind::Caret: trait = "BitXor"; break;
    case TokenKind::Shl: trait = "Shl"; break;
    case TokenKind::Shr: trait = "Shr"; break;
    default: return false;
  }
  // True when `text` names `word` as a whole identifier.
  auto names = [](std::string_view text, std::string_view word) {
    auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    for (size_t p = text.find(word); p != std::string_view::npos; p = text.find(word, p + 1)) {
      size_t e = p + word.size();
      if ((p == 0 || !ident(text[p - 1])) && (e == text.size() || !ident(text[e]))) return true;
    }
    return false;
  };
  bool bound = false, assign_bound = false;
  std::string assign = std::string(trait) + "Assign";
  for (uint32_t a = v.parent(n); a != TreeView::kNone; a = v.parent(a)) {
    if (v.kind(a) != K::FnItem && v.kind(a) != K::ImplItem && v.kind(a) != K::TraitItem) continue;
    // In a `const fn` the `-Assign` traits cannot be called, and clippy stays quiet.
    if (v.kind(a) == K::FnItem) {
      for (uint32_t q : v.children(a)) {
        if (v.kind(q) == K::Qualifier && v.tok_kind(v.token(q)) == TokenKind::KwConst) return true;
      }
    }
    for (K k : {K::GenericParamList, K::WhereClause}) {
      uint32_t g = v.child_of_kind(a, k);
      if (g == TreeView::kNone) continue;
      bound = bound || names(v.text(g), trait);
      assign_bound = assign_bound || names(v.text(g), assign);
    }
  }
  return bound && !assign_bound;
}

void Check_assign_op_pattern(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::AssignExpr) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r) || v.kind(r) != K::BinaryExpr) return;
  TokenKind op = v.token_kind(r);
  bool commutative = op == TokenKind::Plus || op == TokenKind::Star || op == TokenKind::And || op == TokenKind::Or ||
                     op == TokenKind::Caret;
  if (!IsArith(op) && !IsShift(op) && !commutative) return;
  uint32_t a, b;
  if (!BinOps(v, r, a, b)) return;
  std::string_view target = v.text(l);
  uint32_t rest;
  if (v.text(a) == target) {
    rest = b;
  } else if (commutative && v.text(b) == target) {
    rest = a;
  } else {
    return;
  }
  // Side-effect free targets only: paths, fields and indexing by paths/literals.
  if (SubtreeHas(v, l, K::CallExpr) || SubtreeHas(v, l, K::MethodCallExpr) || SubtreeHas(v, l, K::MacroCall)) return;
  if (GenericWithoutAssignOp(v, n, op)) return;
  Finding& f = AddNode(out, LintId::assign_op_pattern, v, n, "manual implementation of an assign operation");
  f.suggestions.push_back(Sugg("replace it with", v.lo(n), v.hi(n),
                               fmt::format("{} {}= {}", target, v.tok_text(v.token(r)), Str(v, rest))));
}

void Check_self_assignment(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::AssignExpr) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r) || v.text(l) != v.text(r)) return;
  if (SubtreeHas(v, l, K::CallExpr) || SubtreeHas(v, l, K::MethodCallExpr) || SubtreeHas(v, l, K::MacroCall)) return;
  AddNode(out, LintId::self_assignment, v, n, fmt::format("self-assignment of `{}` to `{}`", v.text(r), v.text(l)));
}

void Check_precedence(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr || !IsShift(v.token_kind(n))) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r)) return;
  auto arith = [&](uint32_t e) { return v.kind(e) == K::BinaryExpr && IsArith(v.token_kind(e)); };
  bool la = arith(l), ra = arith(r);
  if (!la && !ra) return;
  std::string repl = (la ? "(" + Str(v, l) + ")" : Str(v, l)) + " " + std::string(v.tok_text(v.token(n))) + " " +
                     (ra ? "(" + Str(v, r) + ")" : Str(v, r));
  Finding& f = AddNode(out, LintId::precedence, v, n, "operator precedence might not be obvious");
  f.suggestions.push_back(Sugg("consider parenthesizing your expression", v.lo(n), v.hi(n), repl));
}

void Check_int_plus_one(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr) return;
  TokenKind op = v.token_kind(n);
  if (op != TokenKind::Ge && op != TokenKind::Le) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r)) return;
  // Normalize to `big >= small`.
  uint32_t big = op == TokenKind::Ge ? l : r, small = op == TokenKind::Ge ? r : l;
  auto split = [&](uint32_t e, TokenKind want, uint32_t& other) {
    if (v.kind(e) != K::BinaryExpr || v.token_kind(e) != want) return false;
    uint32_t a, b;
    if (!BinOps(v, e, a, b)) return false;
    if (IsIntLit(v, b, 1)) {
      other = a;
      return true;
    }
    if (want == TokenKind::Plus && IsIntLit(v, a, 1)) {
      other = b;
      return true;
    }
    return false;
  };
  uint32_t other;
  std::string repl;
  if (split(small, TokenKind::Plus, other)) {
    repl = op == TokenKind::Ge ? Str(v, big) + " > " + Str(v, other) : Str(v, other) + " < " + Str(v, big);
  } else if (split(big, TokenKind::Minus, other)) {
    repl = op == TokenKind::Ge ? Str(v, other) + " > " + Str(v, small) : Str(v, small) + " < " + Str(v, other);
  } else {
    return;
  }
  Finding& f = AddNode(out, LintId::int_plus_one, v, n, "unnecessary `>= y + 1` or `x - 1 >=`");
  f.suggestions.push_back(Sugg("change it to", v.lo(n), v.hi(n), repl));
}

void Check_double_parens(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) == K::ParenExpr) {
    // As clippy: every pair of parentheses directly around another pair or around a tuple.
    uint32_t inner = v.last_child(n);
    if (inner == kNone || (v.kind(inner) != K::ParenExpr && v.kind(inner) != K::TupleExpr)) return;
    Finding& f = AddNode(out, LintId::double_parens, v, n, "unnecessary parentheses");
    f.suggestions.push_back(Sugg("remove them", v.lo(n), v.hi(n), Str(v, inner)));
    return;
  }
  if (v.kind(n) == K::ArgList) {
    std::vector<uint32_t> args = v.children(n);
    if (args.size() != 1 || v.kind(args[0]) != K::ParenExpr) return;
    uint32_t inner = v.last_child(args[0]);
    if (inner == kNone || v.kind(inner) == K::ParenExpr) return;
    Finding& f = AddNode(out, LintId::double_parens, v, args[0], "unnecessary parentheses");
    f.suggestions.push_back(Sugg("remove them", v.lo(args[0]), v.hi(args[0]), Str(v, inner)));
  }
}

void Check_zero_divided_by_zero(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BinaryExpr || v.token_kind(n) != TokenKind::Slash) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r)) return;
  auto zero = [&](uint32_t e) {
    if (v.kind(e) != K::Literal || v.token_kind(e) != TokenKind::FloatLit) return false;
    std::string_view t = v.tok_text(v.token(e));
    return t == "0.0" || t == "0." || t == "0.0f64" || t == "0.0f32" || t == "0.0_f64" || t == "0.0_f32";
  };
  if (!zero(l) || !zero(r)) return;
  Finding& f = AddNode(out, LintId::zero_divided_by_zero, v, n,
                       "constant division of `0.0` with `0.0` will always result in NaN");
  std::string_view t = v.tok_text(v.token(l));
  f.helps.push_back(fmt::format("consider using `{}::NAN` if you would like a constant representing NaN",
                                t.find("f32") != std::string_view::npos ? "f32" : "f64"));
}

void Check_zero_ptr(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::CastExpr) return;
  uint32_t l, r;
  if (!BinOps(v, n, l, r) || !IsIntLit(v, l, 0) || v.kind(r) != K::PtrType) return;
  if (v.tok_text(v.token(l)) != "0") return;
  uint32_t q = v.child_of_kind(r, K::Qualifier);
  bool mut = q != kNone && v.tok_kind(v.token(q)) == TokenKind::KwMut;
  uint32_t pointee = v.last_child(r);
  std::string ty = pointee != kNone && v.kind(pointee) != K::InferType ? "::<" + Str(v, pointee) + ">" : "";
  Finding& f = AddNode(out, LintId::zero_ptr, v, n, mut ? "`0 as *mut _` detected" : "`0 as *const _` detected");
  f.suggestions.push_back(Sugg("try", v.lo(n), v.hi(n), fmt::format("std::ptr::{}{}()", mut ? "null_mut" : "null", ty)));
}

namespace {

// Where a parenthesized expression sits, in rustc's unused_parens wording; empty when the
// position is not one rustc checks.
auto ParenContext(const TreeView& v, uint32_t paren) -> std::string_view {
  uint32_t p = v.parent(paren);
  if (p == kNone) return {};
  std::vector<uint32_t> c = v.non_attr_children(p);
  switch (v.kind(p)) {
    case K::LetStmt:
      return c.size() >= 2 && c[c.size() - 1] == paren && v.kind(c[0]) != K::OuterAttr ? "assigned value" : "";
    case K::IfExpr: return !c.empty() && c[0] == paren ? "`if` condition" : "";
    case K::WhileExpr: return c.size() >= 2 && c[c.size() - 2] == paren ? "`while` condition" : "";
    case K::MatchExpr: return !c.empty() && c[0] == paren ? "`match` scrutinee expression" : "";
    case K::ReturnExpr: return "`return` value";
    case K::ClosureExpr: return !c.empty() && c.back() == paren ? "closure body" : "";
    case K::ArgList: {
      uint32_t call = v.parent(p);
      return call != kNone && v.kind(call) == K::MethodCallExpr ? "method argument" : "function argument";
    }
    default: return {};
  }
}

}  // namespace

void Check_unused_parens(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::ParenExpr) return;
  uint32_t inner = v.last_child(n);
  if (inner == kNone) return;
  std::string_view ctx = ParenContext(v, n);
  if (ctx.empty()) return;
  K ik = v.kind(inner);
  uint32_t p = v.parent(n);
  K pk = v.kind(p);
  // Conditions and scrutinees need parentheses around struct literals and (in rustc's view) blocks.
  bool cond = pk == K::IfExpr || pk == K::WhileExpr || pk == K::MatchExpr;
  if (cond && (SubtreeHas(v, inner, K::StructExpr) || ik == K::BlockExpr || ik == K::LetExpr)) return;
  // `if (return) {}`: without the parentheses the block would become the returned value.
  bool jump = ik == K::ReturnExpr || ik == K::BreakExpr || ik == K::YieldExpr;
  if (cond && jump && v.child_count(inner) == 0) return;
  if (ik == K::ParenExpr && pk == K::ArgList) return;  // double_parens' case
  if (pk == K::LetStmt && (ik == K::ClosureExpr || ik == K::RangeExpr)) return;
  if (v.has_comment(v.lo(n), v.hi(n))) return;
  TokenId open = v.token(n);
  TokenId close = v.partner(open);
  if (close == open) return;
  Finding& f = Add(out, LintId::unused_parens, n, v.tok_lo(open), v.lo(inner),
                   fmt::format("unnecessary parentheses around {}", ctx));
  f.secondary.push_back({v.hi(inner), v.tok_hi(close), "", true});
  Suggestion s;
  s.message = "remove these parentheses";
  // Keep keywords apart from the operand: `if(x)` becomes `if x`.
  TokenId before = v.prev_token(open);
  bool need_space = v.tok_hi(before) == v.tok_lo(open) &&
                    (IsKeyword(v.tok_kind(before)) || v.tok_kind(before) == TokenKind::Ident);
  s.edits.push_back({v.tok_lo(open), v.lo(inner), need_space ? " " : ""});
  s.edits.push_back({v.hi(inner), v.tok_hi(close), ""});
  s.force_block = true;
  f.suggestions.push_back(std::move(s));
}

void Check_unused_braces(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::BlockExpr) return;
  uint32_t p = v.parent(n);
  if (p == kNone || v.kind(p) != K::ArgList) return;
  if (!BlockStmts(v, n).empty() && v.children(n).size() != 1) return;
  std::vector<uint32_t> st = BlockStmts(v, n);
  if (st.size() != 1 || !IsTailStmt(v, st[0]) || v.children(n).size() != 1) return;
  uint32_t inner = StmtExpr(v, st[0]);
  if (inner == kNone || v.has_comment(v.lo(n), v.hi(n))) return;
  K ik = v.kind(inner);
  if (ik != K::Literal && ik != K::PathExpr) return;
  TokenId open = v.token(n);
  TokenId close = v.partner(open);
  Finding& f = Add(out, LintId::unused_braces, n, v.tok_lo(open), v.lo(inner), "unnecessary braces around function argument");
  f.secondary.push_back({v.hi(inner), v.tok_hi(close), "", true});
  Suggestion s;
  s.message = "remove these braces";
  s.edits.push_back({v.tok_lo(open), v.lo(inner), ""});
  s.edits.push_back({v.hi(inner), v.tok_hi(close), ""});
  s.force_block = true;
  f.suggestions.push_back(std::move(s));
}

void Check_redundant_semicolons(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::EmptyStmt) return;
  // Report a run of empty statements once, at its first.
  uint32_t p = v.parent(n);
  if (p == kNone) return;
  std::vector<uint32_t> sibs = v.children(p);
  size_t i = 0;
  while (i < sibs.size() && sibs[i] != n) ++i;
  if (i > 0 && v.kind(sibs[i - 1]) == K::EmptyStmt) return;
  size_t j = i;
  while (j + 1 < sibs.size() && v.kind(sibs[j + 1]) == K::EmptyStmt) ++j;
  // A `;` right after a statement that needs none (`foo();;`) is an empty statement too.
  bool many = j > i;
  Finding& f = Add(out, LintId::redundant_semicolons, n, v.lo(sibs[i]), v.hi(sibs[j]),
                   many ? "unnecessary trailing semicolons" : "unnecessary trailing semicolon");
  Suggestion s = Sugg(many ? "remove these semicolons" : "remove this semicolon", f.lo, f.hi, "");
  s.show_code = false;
  f.suggestions.push_back(std::move(s));
}

void Check_println_empty_string(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::MacroCall) return;
  std::string_view name = MacroName(v, n);
  bool write = name == "writeln";
  if (name != "println" && name != "eprintln" && !write) return;
  std::vector<TokenId> args = MacroArgTokens(v, n);
  size_t s = 0;
  if (write) {
    while (s < args.size() && v.tok_kind(args[s]) != TokenKind::Comma) ++s;
    ++s;
  }
  if (s >= args.size() || args.size() - s > 2 || v.tok_text(args[s]) != "\"\"") return;
  if (args.size() - s == 2 && v.tok_kind(args[s + 1]) != TokenKind::Comma) return;
  uint32_t tt = v.child_of_kind(n, NodeKind::TokenTree);
  TokenId open = v.token(tt);
  uint32_t lo = write ? v.tok_hi(args[s - 2]) : v.tok_hi(open);
  Finding& f = Add(out, LintId::println_empty_string, n, v.lo(n), v.tok_hi(v.partner(open)),
                   fmt::format("empty string literal in `{}!`", name));
  Suggestion sg = Sugg("remove the empty string", lo, v.tok_lo(v.partner(open)), "");
  sg.show_code = false;
  f.suggestions.push_back(std::move(sg));
}

void Check_print_with_newline(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::MacroCall) return;
  std::string_view name = MacroName(v, n);
  bool write = name == "write";
  if (name != "print" && name != "eprint" && !write) return;
  std::vector<TokenId> args = MacroArgTokens(v, n);
  size_t s = 0;
  if (write) {
    while (s < args.size() && v.tok_kind(args[s]) != TokenKind::Comma) ++s;
    ++s;
  }
  if (s >= args.size() || v.tok_kind(args[s]) != TokenKind::StrLit) return;
  std::string_view lit = v.tok_text(args[s]);
  // Ends in exactly one `\n` escape (not `\\n`, not `\n\n`).
  if (lit.size() < 4 || lit.substr(lit.size() - 3) != "\\n\"") return;
  std::string_view body = lit.substr(1, lit.size() - 4);
  size_t slashes = 0;
  while (slashes < body.size() && body[body.size() - 1 - slashes] == '\\') ++slashes;
  if (slashes % 2 == 1) return;
  if (body.size() >= 2 && body.substr(body.size() - 2) == "\\n" && slashes == 0) return;
  uint32_t path = v.child_of_kind(n, NodeKind::Path);
  TokenId bang = v.token(n);
  TokenId close = v.partner(v.token(v.child_of_kind(n, NodeKind::TokenTree)));
  Finding& f = Add(out, LintId::print_with_newline, n, v.lo(n), v.tok_hi(close),
                   fmt::format("using `{}!()` with a format string that ends in a single newline", name));
  Suggestion sg;
  sg.message = fmt::format("use `{}ln!` instead", name);
  sg.edits.push_back({v.lo(path), v.tok_lo(bang), std::string(name) + "ln"});
  uint32_t lit_hi = v.tok_hi(args[s]);
  sg.edits.push_back({lit_hi - 3, lit_hi - 1, ""});
  sg.force_block = true;
  f.suggestions.push_back(std::move(sg));
}

}  // namespace rustg::lint
