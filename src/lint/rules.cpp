#include "lint/rules.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "lex/lex.h"
#include "lint/lint_util.h"
#include "parse/parse.h"

namespace rustg::lint {
namespace fs = std::filesystem;

struct Pattern {
  SourceBuffer src;
  TokenBuffer tokens;
  Tree tree;
  std::unique_ptr<TreeView> view;
  uint32_t root = 0;
};

namespace {

constexpr uint32_t kNone = TreeView::kNone;
constexpr std::string_view kMv = "__rustg_mv_";
constexpr std::string_view kMvs = "__rustg_mvs_";

// --- tree-sitter-rust kind names ---

struct KindName {
  std::string_view ts;
  NodeKind kind;
  TokenKind token = TokenKind::Eof;  // Eof: any token
};
constexpr KindName kKindNames[] = {
    {"source_file", NodeKind::SourceFile},
    {"function_item", NodeKind::FnItem},
    {"function_signature_item", NodeKind::FnItem},
    {"struct_item", NodeKind::StructItem},
    {"union_item", NodeKind::UnionItem},
    {"enum_item", NodeKind::EnumItem},
    {"enum_variant", NodeKind::Variant},
    {"field_declaration", NodeKind::RecordField},
    {"impl_item", NodeKind::ImplItem},
    {"trait_item", NodeKind::TraitItem},
    {"mod_item", NodeKind::ModItem},
    {"use_declaration", NodeKind::UseItem},
    {"const_item", NodeKind::ConstItem},
    {"static_item", NodeKind::StaticItem},
    {"type_item", NodeKind::TypeAlias},
    {"macro_definition", NodeKind::MacroRules},
    {"macro_invocation", NodeKind::MacroCall},
    {"extern_crate_declaration", NodeKind::ExternCrate},
    {"foreign_mod_item", NodeKind::ExternBlock},
    {"attribute_item", NodeKind::OuterAttr},
    {"inner_attribute_item", NodeKind::InnerAttr},
    {"token_tree", NodeKind::TokenTree},
    {"visibility_modifier", NodeKind::Visibility},
    {"parameters", NodeKind::ParamList},
    {"parameter", NodeKind::Param},
    {"self_parameter", NodeKind::SelfParam},
    {"type_parameters", NodeKind::GenericParamList},
    {"type_arguments", NodeKind::GenericArgList},
    {"where_clause", NodeKind::WhereClause},
    {"lifetime", NodeKind::Lifetime},
    {"call_expression", NodeKind::CallExpr},
    {"call_expression", NodeKind::MethodCallExpr},
    {"arguments", NodeKind::ArgList},
    {"field_expression", NodeKind::FieldExpr},
    {"binary_expression", NodeKind::BinaryExpr},
    {"unary_expression", NodeKind::UnaryExpr},
    {"reference_expression", NodeKind::RefExpr},
    {"assignment_expression", NodeKind::AssignExpr},
    {"compound_assignment_expr", NodeKind::CompoundAssignExpr},
    {"type_cast_expression", NodeKind::CastExpr},
    {"index_expression", NodeKind::IndexExpr},
    {"try_expression", NodeKind::TryExpr},
    {"await_expression", NodeKind::AwaitExpr},
    {"range_expression", NodeKind::RangeExpr},
    {"block", NodeKind::BlockExpr},
    {"unsafe_block", NodeKind::BlockExpr},
    {"async_block", NodeKind::BlockExpr},
    {"if_expression", NodeKind::IfExpr},
    {"let_condition", NodeKind::LetExpr},
    {"match_expression", NodeKind::MatchExpr},
    {"match_block", NodeKind::MatchArmList},
    {"match_arm", NodeKind::MatchArm},
    {"loop_expression", NodeKind::LoopExpr},
    {"while_expression", NodeKind::WhileExpr},
    {"for_expression", NodeKind::ForExpr},
    {"break_expression", NodeKind::BreakExpr},
    {"continue_expression", NodeKind::ContinueExpr},
    {"return_expression", NodeKind::ReturnExpr},
    {"closure_expression", NodeKind::ClosureExpr},
    {"struct_expression", NodeKind::StructExpr},
    {"field_initializer", NodeKind::StructExprField},
    {"shorthand_field_initializer", NodeKind::StructExprField},
    {"tuple_expression", NodeKind::TupleExpr},
    {"unit_expression", NodeKind::TupleExpr},
    {"array_expression", NodeKind::ArrayExpr},
    {"array_expression", NodeKind::ArrayRepeatExpr},
    {"parenthesized_expression", NodeKind::ParenExpr},
    {"let_declaration", NodeKind::LetStmt},
    {"expression_statement", NodeKind::ExprStmt},
    {"empty_statement", NodeKind::EmptyStmt},
    {"integer_literal", NodeKind::Literal, TokenKind::IntLit},
    {"float_literal", NodeKind::Literal, TokenKind::FloatLit},
    {"string_literal", NodeKind::Literal, TokenKind::StrLit},
    {"string_literal", NodeKind::Literal, TokenKind::ByteStrLit},
    {"string_literal", NodeKind::Literal, TokenKind::CStrLit},
    {"raw_string_literal", NodeKind::Literal, TokenKind::RawStrLit},
    {"char_literal", NodeKind::Literal, TokenKind::CharLit},
    {"boolean_literal", NodeKind::Literal, TokenKind::KwTrue},
    {"boolean_literal", NodeKind::Literal, TokenKind::KwFalse},
    {"reference_type", NodeKind::RefType},
    {"pointer_type", NodeKind::PtrType},
    {"tuple_type", NodeKind::TupleType},
    {"array_type", NodeKind::ArrayType},
    {"array_type", NodeKind::SliceType},
    {"function_type", NodeKind::FnPtrType},
    {"never_type", NodeKind::NeverType},
    {"dynamic_type", NodeKind::DynTraitType},
    {"abstract_type", NodeKind::ImplTraitType},
    {"generic_type", NodeKind::PathType},
    {"tuple_pattern", NodeKind::TuplePat},
    {"struct_pattern", NodeKind::StructPat},
    {"tuple_struct_pattern", NodeKind::TupleStructPat},
    {"or_pattern", NodeKind::OrPat},
    {"ref_pattern", NodeKind::RefPat},
    {"slice_pattern", NodeKind::SlicePat},
    {"range_pattern", NodeKind::RangePat},
    {"remaining_field_pattern", NodeKind::RestPat},
};

// --- metavariables ---

// Rewrites `$X` to `__rustg_mv_X` and `$$$X` to `__rustg_mvs_X` so that the pattern lexes as Rust.
auto Preprocess(std::string_view p) -> std::string {
  std::string out;
  auto is_name = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; };
  for (size_t i = 0; i < p.size();) {
    if (p.substr(i, 3) == "$$$") {
      size_t j = i + 3;
      while (j < p.size() && is_name(p[j])) ++j;
      out += kMvs;
      out += p.substr(i + 3, j - i - 3);
      i = j;
    } else if (p[i] == '$' && i + 1 < p.size() && is_name(p[i + 1]) && !(p[i + 1] >= '0' && p[i + 1] <= '9')) {
      size_t j = i + 1;
      while (j < p.size() && is_name(p[j])) ++j;
      out += kMv;
      out += p.substr(i + 1, j - i - 1);
      i = j;
    } else {
      out += p[i++];
    }
  }
  return out;
}
// The original spelling of a position in preprocessed text (for error messages).
auto Unpreprocess(std::string s) -> std::string {
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{kMvs, "$$$"}, {kMv, "$"}}) {
    for (size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  }
  return s;
}

// The metavariable a pattern node stands for: its whole text is one `__rustg_mv(s)_NAME` identifier.
auto MetaVar(const TreeView& v, uint32_t n, bool& multi) -> std::string_view {
  if (v.first_token(n) != v.last_token(n)) return {};
  std::string_view t = v.tok_text(v.first_token(n));
  if (t.substr(0, kMvs.size()) == kMvs) {
    multi = true;
    return t.substr(kMvs.size());
  }
  if (t.substr(0, kMv.size()) == kMv) {
    multi = false;
    return t.substr(kMv.size());
  }
  return {};
}
auto TokMetaVar(std::string_view t, bool& multi) -> std::string_view {
  if (t.substr(0, kMvs.size()) == kMvs) {
    multi = true;
    return t.substr(kMvs.size());
  }
  if (t.substr(0, kMv.size()) == kMv) {
    multi = false;
    return t.substr(kMv.size());
  }
  return {};
}

// A binding: a byte range of the target (one node, or a run of nodes/tokens).
struct Binding {
  std::string name;
  uint32_t lo, hi;
  uint32_t node;  // kNone for sequences
};
using Env = std::vector<Binding>;

auto Find(const Env& env, std::string_view name) -> const Binding* {
  for (const Binding& b : env) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

// Non-trivia token texts of [lo, hi), for comparing two bindings of the same metavariable.
auto Normalized(const TreeView& v, uint32_t lo, uint32_t hi) -> std::string {
  std::string out;
  const TokenBuffer& tb = v.tokens();
  auto it = std::lower_bound(tb.start.begin(), tb.start.end(), lo);
  for (auto i = static_cast<uint32_t>(it - tb.start.begin()); i < tb.size() && tb.start[i] < hi; ++i) {
    if (IsTrivia(tb.kind[i]) || tb.kind[i] == TokenKind::Eof) continue;
    out += tb.text(v.source(), TokenId(i));
    out += ' ';
  }
  return out;
}

auto NonAttrChildren(const TreeView& v, uint32_t n) -> std::vector<uint32_t> { return v.non_attr_children(n); }

// Where a match is reported: attributes before an item are not part of it (as in tree-sitter).
auto ReportLo(const TreeView& v, uint32_t n) -> uint32_t {
  std::vector<uint32_t> cs = v.children(n);
  if (cs.empty() || v.kind(cs[0]) != NodeKind::OuterAttr) return v.lo(n);
  uint32_t lo = v.hi(n);
  for (uint32_t c : cs) {
    if (v.kind(c) != NodeKind::OuterAttr) {
      lo = std::min(lo, v.lo(c));
      break;
    }
  }
  if (v.token(n).is_valid()) lo = std::min(lo, v.tok_lo(v.token(n)));
  return lo;
}

// Which grammar category a node belongs to: a metavariable written where an expression goes
// matches only expressions (tree-sitter matches by field, which amounts to the same).
enum class Category : uint8_t { Expr, Type, Pat, Other };
auto CategoryOf(NodeKind k) -> Category {
  switch (k) {
    case NodeKind::PathType: case NodeKind::RefType: case NodeKind::PtrType: case NodeKind::TupleType:
    case NodeKind::ArrayType: case NodeKind::SliceType: case NodeKind::FnPtrType: case NodeKind::NeverType:
    case NodeKind::InferType: case NodeKind::ImplTraitType: case NodeKind::DynTraitType: case NodeKind::ParenType:
    case NodeKind::TypeofType: case NodeKind::MacroType:
      return Category::Type;
    case NodeKind::LiteralPat: case NodeKind::IdentPat: case NodeKind::WildcardPat: case NodeKind::RestPat:
    case NodeKind::RangePat: case NodeKind::RefPat: case NodeKind::StructPat: case NodeKind::TupleStructPat:
    case NodeKind::TuplePat: case NodeKind::SlicePat: case NodeKind::PathPat: case NodeKind::OrPat:
    case NodeKind::BoxPat: case NodeKind::MacroPat: case NodeKind::ParenPat: case NodeKind::ConstBlockPat:
      return Category::Pat;
    case NodeKind::Literal: case NodeKind::PathExpr: case NodeKind::UnaryExpr: case NodeKind::RefExpr:
    case NodeKind::BoxExpr: case NodeKind::BinaryExpr: case NodeKind::AssignExpr: case NodeKind::CompoundAssignExpr:
    case NodeKind::CastExpr: case NodeKind::CallExpr: case NodeKind::MethodCallExpr: case NodeKind::FieldExpr:
    case NodeKind::IndexExpr: case NodeKind::TryExpr: case NodeKind::AwaitExpr: case NodeKind::RangeExpr:
    case NodeKind::BlockExpr: case NodeKind::IfExpr: case NodeKind::LetExpr: case NodeKind::MatchExpr:
    case NodeKind::LoopExpr: case NodeKind::WhileExpr: case NodeKind::ForExpr: case NodeKind::BreakExpr:
    case NodeKind::ContinueExpr: case NodeKind::ReturnExpr: case NodeKind::YieldExpr: case NodeKind::BecomeExpr:
    case NodeKind::ClosureExpr: case NodeKind::StructExpr: case NodeKind::TupleExpr: case NodeKind::ArrayExpr:
    case NodeKind::ArrayRepeatExpr: case NodeKind::ParenExpr: case NodeKind::UnderscoreExpr: case NodeKind::AttrExpr:
    case NodeKind::MacroCall:
      return Category::Expr;
    default:
      return Category::Other;
  }
}

class Matching {
 public:
  Matching(const TreeView& target) : t_(target) {}

  auto Eval(const Matcher& m, uint32_t n, Env& env) const -> bool {
    switch (m.op) {
      case Matcher::Op::Pattern: {
        const TreeView& pv = *m.pattern->view;
        return Node(pv, m.pattern->root, n, env);
      }
      case Matcher::Op::Kind: {
        for (size_t i = 0; i < m.kinds.size(); ++i) {
          if (t_.kind(n) != m.kinds[i]) continue;
          if (m.token_kinds[i] == TokenKind::Eof || t_.token_kind(n) == m.token_kinds[i]) return true;
        }
        return false;
      }
      case Matcher::Op::Regex: {
        std::string_view text = t_.slice(ReportLo(t_, n), t_.hi(n));
        return std::regex_search(text.begin(), text.end(), *m.regex);
      }
      case Matcher::Op::Inside: {
        for (uint32_t a = t_.parent(n); a != kNone; a = t_.parent(a)) {
          Env e = env;
          if (Eval(m.subs[0], a, e)) {
            env = std::move(e);
            return true;
          }
          if (!m.stop_at_end) return false;
        }
        return false;
      }
      case Matcher::Op::Has: {
        if (!m.stop_at_end) {
          for (uint32_t c : t_.children(n)) {
            Env e = env;
            if (Eval(m.subs[0], c, e)) {
              env = std::move(e);
              return true;
            }
          }
          return false;
        }
        uint32_t first = n + 1 - t_.tree().subtree_size[n];
        for (uint32_t c = first; c < n; ++c) {
          Env e = env;
          if (Eval(m.subs[0], c, e)) {
            env = std::move(e);
            return true;
          }
        }
        return false;
      }
      case Matcher::Op::Follows:
      case Matcher::Op::Precedes: {
        uint32_t p = t_.parent(n);
        if (p == kNone) return false;
        std::vector<uint32_t> sib = t_.children(p);
        size_t i = std::find(sib.begin(), sib.end(), n) - sib.begin();
        bool back = m.op == Matcher::Op::Follows;
        for (size_t k = 1;; ++k) {
          if (back ? k > i : i + k >= sib.size()) return false;
          uint32_t s = back ? sib[i - k] : sib[i + k];
          // tree-sitter keeps comments as siblings: a comment between the two is the neighbor.
          if (!m.stop_at_end && (back ? t_.has_comment(t_.hi(s), t_.lo(n)) : t_.has_comment(t_.hi(n), t_.lo(s)))) {
            return false;
          }
          Env e = env;
          if (Eval(m.subs[0], s, e)) {
            env = std::move(e);
            return true;
          }
          if (!m.stop_at_end) return false;
        }
      }
      case Matcher::Op::Not: {
        Env e = env;
        return !Eval(m.subs[0], n, e);
      }
      case Matcher::Op::Any: {
        for (const Matcher& s : m.subs) {
          Env e = env;
          if (Eval(s, n, e)) {
            env = std::move(e);
            return true;
          }
        }
        return false;
      }
      case Matcher::Op::All: {
        for (const Matcher& s : m.subs) {
          if (!Eval(s, n, env)) return false;
        }
        return true;
      }
    }
    return false;
  }

 private:
  // Pattern node p (in the pattern's tree) against target node n.
  auto Node(const TreeView& pv, uint32_t p, uint32_t n, Env& env) const -> bool {
    bool multi = false;
    std::string_view mv = MetaVar(pv, p, multi);
    if (!mv.empty() || (multi && mv.empty() && pv.first_token(p) == pv.last_token(p) &&
                        pv.tok_text(pv.first_token(p)) == kMvs)) {
      Category pc = CategoryOf(pv.kind(p)), tc = CategoryOf(t_.kind(n));
      if (pc != Category::Other && tc != Category::Other && pc != tc) return false;
      if (pc == Category::Expr && tc == Category::Other) return false;
      // `$N` in `let $N` is the name alone: `let mut x` has a `mut` that tree-sitter keeps apart.
      if (pv.kind(p) == NodeKind::IdentPat && t_.kind(n) == NodeKind::IdentPat &&
          t_.child_of_kind(n, NodeKind::Qualifier) != kNone) {
        return false;
      }
      return Bind(mv, t_.lo(n), t_.hi(n), n, env);
    }
    // tree-sitter has no method-call node: `a.f(x)` is a call whose function is `a.f`, so a call
    // pattern with a metavariable callee also matches method calls.
    if (pv.kind(p) == NodeKind::CallExpr && t_.kind(n) == NodeKind::MethodCallExpr) {
      std::vector<uint32_t> pc = NonAttrChildren(pv, p), tc = NonAttrChildren(t_, n);
      bool m2 = false;
      std::string_view callee = pc.size() == 2 ? MetaVar(pv, pc[0], m2) : std::string_view();
      if (callee.empty() || m2 || tc.empty() || t_.kind(tc.back()) != NodeKind::ArgList) return false;
      TokenId open = t_.token(tc.back());
      Env e = env;
      if (!Bind(callee, t_.lo(n), t_.tok_lo(open), kNone, e)) return false;
      std::vector<uint32_t> pa = NonAttrChildren(pv, pc[1]), ta = NonAttrChildren(t_, tc.back());
      if (!Seq(pv, pa, 0, ta, 0, e)) return false;
      env = std::move(e);
      return true;
    }
    if (pv.kind(p) != t_.kind(n)) return false;
    if (pv.token(p).is_valid() != t_.token(n).is_valid()) return false;
    if (pv.token(p).is_valid() && pv.tok_text(pv.token(p)) != t_.tok_text(t_.token(n))) return false;
    if (pv.kind(p) == NodeKind::TokenTree) return Tokens(pv, p, n, env);
    std::vector<uint32_t> pc = NonAttrChildren(pv, p), tc = NonAttrChildren(t_, n);
    return Seq(pv, pc, 0, tc, 0, env);
  }

  auto Bind(std::string_view name, uint32_t lo, uint32_t hi, uint32_t node, Env& env) const -> bool {
    if (name.empty() || name == "_") return true;
    if (const Binding* b = Find(env, name)) return Normalized(t_, b->lo, b->hi) == Normalized(t_, lo, hi);
    env.push_back({std::string(name), lo, hi, node});
    return true;
  }

  // Children sequences, where a `$$$X` child matches any run of target children.
  auto Seq(const TreeView& pv, const std::vector<uint32_t>& pc, size_t i, const std::vector<uint32_t>& tc, size_t j,
           Env& env) const -> bool {
    if (i == pc.size()) return j == tc.size();
    bool multi = false;
    std::string_view mv = MetaVar(pv, pc[i], multi);
    if (multi) {
      for (size_t k = j; k <= tc.size(); ++k) {
        Env e = env;
        uint32_t lo = k > j ? t_.lo(tc[j]) : (j < tc.size() ? t_.lo(tc[j]) : 0);
        uint32_t hi = k > j ? t_.hi(tc[k - 1]) : lo;
        if (!Bind(mv, lo, hi, kNone, e)) continue;
        if (Seq(pv, pc, i + 1, tc, k, e)) {
          env = std::move(e);
          return true;
        }
      }
      return false;
    }
    if (j == tc.size()) return false;
    Env e = env;
    if (!Node(pv, pc[i], tc[j], e) || !Seq(pv, pc, i + 1, tc, j + 1, e)) return false;
    env = std::move(e);
    return true;
  }

  // Macro token trees: tokens compared by text; `$X` takes one token (or one delimited group),
  // `$$$X` any run of them.
  auto Tokens(const TreeView& pv, uint32_t p, uint32_t n, Env& env) const -> bool {
    std::vector<TokenId> pt, tt;
    auto collect = [](const TreeView& v, uint32_t node, std::vector<TokenId>& out) {
      TokenId open = v.token(node);
      TokenId close = v.partner(open);
      for (TokenId t = v.next_token(open); t.index < close.index; t = v.next_token(t)) out.push_back(t);
    };
    collect(pv, p, pt);
    collect(t_, n, tt);
    return TokSeq(pv, pt, 0, tt, 0, env);
  }
  auto TokSeq(const TreeView& pv, const std::vector<TokenId>& pt, size_t i, const std::vector<TokenId>& tt, size_t j,
              Env& env) const -> bool {
    if (i == pt.size()) return j == tt.size();
    bool multi = false;
    std::string_view mv = TokMetaVar(pv.tok_text(pt[i]), multi);
    // One "element": a token, or a delimiter with everything up to its partner.
    auto element_end = [&](size_t k) {
      TokenId close = t_.partner(tt[k]);
      size_t e = k + 1;
      if (close != tt[k]) {
        while (e < tt.size() && tt[e].index <= close.index) ++e;
      }
      return e;
    };
    if (multi || (!mv.empty() && pv.tok_text(pt[i]).substr(0, kMvs.size()) == kMvs)) {
      for (size_t k = j;; k = element_end(k)) {
        Env e = env;
        uint32_t lo = j < tt.size() ? t_.tok_lo(tt[j]) : 0;
        uint32_t hi = k > j ? t_.tok_hi(tt[k - 1]) : lo;
        if (Bind(mv, lo, hi, kNone, e) && TokSeq(pv, pt, i + 1, tt, k, e)) {
          env = std::move(e);
          return true;
        }
        if (k >= tt.size()) return false;
      }
    }
    if (j >= tt.size()) return false;
    if (!mv.empty()) {
      size_t e_end = element_end(j);
      Env e = env;
      if (Bind(mv, t_.tok_lo(tt[j]), t_.tok_hi(tt[e_end - 1]), kNone, e) && TokSeq(pv, pt, i + 1, tt, e_end, e)) {
        env = std::move(e);
        return true;
      }
      return false;
    }
    if (pv.tok_text(pt[i]) != t_.tok_text(tt[j])) return false;
    return TokSeq(pv, pt, i + 1, tt, j + 1, env);
  }

  const TreeView& t_;
};

// --- loading ---

auto LevelOfSeverity(const std::string& s, bool& ok) -> LintLevel {
  ok = true;
  if (s == "error") return LintLevel::Deny;
  if (s == "warning" || s == "info" || s == "hint") return LintLevel::Warn;
  if (s == "off") return LintLevel::Allow;
  ok = false;
  return LintLevel::Warn;
}

auto GlobToRegex(std::string_view g) -> std::regex {
  std::string r;
  for (size_t i = 0; i < g.size(); ++i) {
    char c = g[i];
    if (c == '*' && i + 1 < g.size() && g[i + 1] == '*') {
      if (i + 2 < g.size() && g[i + 2] == '/') {
        r += "(.*/)?";
        i += 2;
      } else {
        r += ".*";
        ++i;
      }
    } else if (c == '*') {
      r += "[^/]*";
    } else if (c == '?') {
      r += "[^/]";
    } else if (std::string_view(".+()[]{}^$|\\").find(c) != std::string_view::npos) {
      r += '\\';
      r += c;
    } else {
      r += c;
    }
  }
  return std::regex(r);
}

auto GlobMatches(const std::string& glob, const std::string& path) -> bool {
  std::regex re = GlobToRegex(glob);
  if (std::regex_match(path, re)) return true;
  // Globs are relative to a project root we do not know: try every suffix of the path.
  for (size_t p = path.find('/'); p != std::string::npos; p = path.find('/', p + 1)) {
    if (std::regex_match(path.substr(p + 1), re)) return true;
  }
  return false;
}

auto RootKinds(const Matcher& m) -> std::optional<std::vector<bool>>;

class Loader {
 public:
  Loader(std::string file, std::vector<std::string>& errors) : file_(std::move(file)), errors_(errors) {}

  auto Error(const YAML::Node& at, const std::string& rule, const std::string& what) -> bool {
    YAML::Mark m = at.Mark();
    errors_.push_back(fmt::format("{}:{}:{}: rule `{}`: {}", file_, m.line + 1, m.column + 1, rule, what));
    return false;
  }

  auto ParsePattern(const YAML::Node& at, const std::string& rule, const std::string& text, Matcher& m) -> bool {
    auto pat = std::make_shared<Pattern>();
    std::string pre = Preprocess(text);
    // Try the pattern as items first, then as statements or an expression inside a function body.
    const std::string prefix = "fn __rustg_pattern() {\n";
    for (int attempt = 0; attempt < 2; ++attempt) {
      auto p = std::make_shared<Pattern>();
      DiagSink diags;
      std::string source = attempt == 0 ? pre : prefix + pre + "\n}";
      FileId f = p->src.AddFile("<pattern>", source, Edition::k2021, diags);
      PassOptions pass;
      p->tokens = Lex(p->src, pass, diags);
      p->tree = Parse(p->src, p->tokens, pass, diags);
      if (!f.is_valid()) break;
      p->view = std::make_unique<TreeView>(p->src, p->tokens, p->tree, f);
      const TreeView& v = *p->view;
      if (diags.error_count() > 0) {
        if (attempt == 1) {
          const Diagnostic d = diags.Sorted().front();
          LineCol lc = p->src.Locate(d.lo);
          uint32_t line = lc.line - 1;  // the wrapper adds one line before the pattern
          uint32_t lines = 1 + static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
          std::string where = line == 0 || line > lines ? "at the end of the pattern"
                                                        : fmt::format("at pattern line {}, column {}", line, lc.col);
          return Error(at, rule, fmt::format("pattern `{}` does not parse as Rust: {} ({})", text,
                                             Unpreprocess(d.message), where));
        }
        continue;
      }
      std::vector<uint32_t> top = v.non_attr_children(v.root());
      if (attempt == 0) {
        if (top.size() != 1 || v.kind(top[0]) == NodeKind::MacroCall) continue;
        p->root = top[0];
      } else {
        uint32_t body = top.size() == 1 ? v.child_of_kind(top[0], NodeKind::BlockExpr) : kNone;
        std::vector<uint32_t> st = body != kNone ? BlockStmts(v, body) : std::vector<uint32_t>{};
        if (st.size() != 1) {
          return Error(at, rule, fmt::format("pattern `{}` must be one expression, statement or item (found {})", text,
                                             st.size()));
        }
        p->root = IsTailStmt(v, st[0]) ? StmtExpr(v, st[0]) : st[0];
      }
      m.op = Matcher::Op::Pattern;
      m.pattern = std::move(p);
      return true;
    }
    return Error(at, rule, fmt::format("pattern `{}` does not parse as Rust", text));
  }

  auto ParseRule(const YAML::Node& node, const std::string& rule, Matcher& out) -> bool {
    if (!node.IsMap()) return Error(node, rule, "a rule must be a mapping");
    out.op = Matcher::Op::All;
    // `stopBy` belongs to the relational rule holding this one; it is read there.
    if (node["stopBy"]) {
      const YAML::Node& s = node["stopBy"];
      if (!s.IsScalar() || (s.as<std::string>() != "end" && s.as<std::string>() != "neighbor")) {
        return Error(s, rule, "`stopBy` must be `end` or `neighbor` (rule-valued stopBy is not supported)");
      }
    }
    for (const auto& kv : node) {
      std::string key = kv.first.as<std::string>();
      const YAML::Node& val = kv.second;
      Matcher m;
      if (key == "stopBy") {
        continue;
      } else if (key == "pattern") {
        if (!val.IsScalar()) return Error(val, rule, "`pattern` must be a string (pattern objects are not supported)");
        if (!ParsePattern(val, rule, val.as<std::string>(), m)) return false;
      } else if (key == "kind") {
        std::string k = val.as<std::string>();
        m.op = Matcher::Op::Kind;
        for (const KindName& kn : kKindNames) {
          if (kn.ts == k) {
            m.kinds.push_back(kn.kind);
            m.token_kinds.push_back(kn.token);
          }
        }
        if (m.kinds.empty()) return Error(val, rule, fmt::format("unknown or unsupported tree-sitter-rust kind `{}`", k));
      } else if (key == "regex") {
        m.op = Matcher::Op::Regex;
        try {
          m.regex = std::make_shared<std::regex>(val.as<std::string>());
        } catch (const std::regex_error& e) {
          return Error(val, rule, fmt::format("bad regex `{}`: {}", val.as<std::string>(), e.what()));
        }
      } else if (key == "inside" || key == "has" || key == "follows" || key == "precedes") {
        m.op = key == "inside" ? Matcher::Op::Inside : key == "has" ? Matcher::Op::Has
               : key == "follows" ? Matcher::Op::Follows : Matcher::Op::Precedes;
        Matcher sub;
        if (!ParseRule(val, rule, sub)) return false;
        m.stop_at_end = val.IsMap() && val["stopBy"] && val["stopBy"].as<std::string>() == "end";
        m.subs.push_back(std::move(sub));
      } else if (key == "not") {
        m.op = Matcher::Op::Not;
        Matcher sub;
        if (!ParseRule(val, rule, sub)) return false;
        m.subs.push_back(std::move(sub));
      } else if (key == "any" || key == "all") {
        m.op = key == "any" ? Matcher::Op::Any : Matcher::Op::All;
        if (!val.IsSequence()) return Error(val, rule, fmt::format("`{}` must be a list of rules", key));
        for (const YAML::Node& s : val) {
          Matcher sub;
          if (!ParseRule(s, rule, sub)) return false;
          m.subs.push_back(std::move(sub));
        }
      } else {
        return Error(kv.first, rule, fmt::format("unknown or unsupported rule key `{}`", key));
      }
      out.subs.push_back(std::move(m));
    }
    if (out.subs.empty()) return Error(node, rule, "a rule needs at least one of pattern, kind, regex, inside, has, ...");
    return true;
  }

  void LoadDoc(const YAML::Node& doc, std::vector<Rule>& out) {
    if (!doc.IsMap()) {
      if (!doc.IsNull()) Error(doc, "?", "a rule file holds mappings (one rule per YAML document)");
      return;
    }
    Rule r;
    r.source = file_;
    if (!doc["id"]) {
      Error(doc, "?", "missing `id`");
      return;
    }
    r.id = doc["id"].as<std::string>();
    static const std::set<std::string> kKnown = {"id", "language", "message", "severity", "note", "rule",
                                                 "constraints", "fix", "files", "ignores", "url", "metadata"};
    for (const auto& kv : doc) {
      if (!kKnown.count(kv.first.as<std::string>())) {
        Error(kv.first, r.id, fmt::format("unknown or unsupported key `{}`", kv.first.as<std::string>()));
        return;
      }
    }
    std::string lang = doc["language"] ? doc["language"].as<std::string>() : "";
    std::string lower = lang;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != "rust" && lower != "rs") {
      Error(doc["language"] ? doc["language"] : doc, r.id,
            lang.empty() ? "missing `language: rust`" : fmt::format("language `{}` is not Rust", lang));
      return;
    }
    r.message = doc["message"] ? doc["message"].as<std::string>() : r.id;
    r.note = doc["note"] ? doc["note"].as<std::string>() : "";
    while (!r.note.empty() && r.note.back() == '\n') r.note.pop_back();
    if (doc["severity"]) {
      bool ok = false;
      r.level = LevelOfSeverity(doc["severity"].as<std::string>(), ok);
      if (!ok) {
        Error(doc["severity"], r.id, "severity must be error, warning, info, hint or off");
        return;
      }
    }
    if (!doc["rule"]) {
      Error(doc, r.id, "missing `rule`");
      return;
    }
    if (!ParseRule(doc["rule"], r.id, r.matcher)) return;
    if (const YAML::Node& c = doc["constraints"]) {
      if (!c.IsMap()) {
        Error(c, r.id, "`constraints` must map metavariable names to rules");
        return;
      }
      for (const auto& kv : c) {
        Matcher m;
        if (!ParseRule(kv.second, r.id, m)) return;
        r.constraints.emplace_back(kv.first.as<std::string>(), std::move(m));
      }
    }
    if (doc["fix"]) {
      if (!doc["fix"].IsScalar()) {
        Error(doc["fix"], r.id, "`fix` must be a string (fix objects are not supported)");
        return;
      }
      r.fix = doc["fix"].as<std::string>();
      r.has_fix = true;
    }
    for (const char* k : {"files", "ignores"}) {
      if (!doc[k]) continue;
      for (const YAML::Node& g : doc[k]) (std::string(k) == "files" ? r.files : r.ignores).push_back(g.as<std::string>());
    }
    auto ks = RootKinds(r.matcher);
    r.root_kinds = ks ? std::move(*ks) : std::vector<bool>(kNodeKindCount, true);
    out.push_back(std::move(r));
  }

 private:
  std::string file_;
  std::vector<std::string>& errors_;
};

// The node kinds a matcher can accept at its root; empty optional when any kind may match.
auto RootKinds(const Matcher& m) -> std::optional<std::vector<bool>> {
  switch (m.op) {
    case Matcher::Op::Pattern: {
      const TreeView& pv = *m.pattern->view;
      bool multi = false;
      if (!MetaVar(pv, m.pattern->root, multi).empty() || multi) return std::nullopt;
      std::vector<bool> ks(kNodeKindCount, false);
      NodeKind k = pv.kind(m.pattern->root);
      ks[static_cast<size_t>(k)] = true;
      if (k == NodeKind::CallExpr) ks[static_cast<size_t>(NodeKind::MethodCallExpr)] = true;
      return ks;
    }
    case Matcher::Op::Kind: {
      std::vector<bool> ks(kNodeKindCount, false);
      for (NodeKind k : m.kinds) ks[static_cast<size_t>(k)] = true;
      return ks;
    }
    case Matcher::Op::All: {
      std::optional<std::vector<bool>> acc;
      for (const Matcher& s : m.subs) {
        auto ks = RootKinds(s);
        if (!ks) continue;
        if (!acc) {
          acc = std::move(ks);
        } else {
          for (size_t i = 0; i < acc->size(); ++i) (*acc)[i] = (*acc)[i] && (*ks)[i];
        }
      }
      return acc;
    }
    case Matcher::Op::Any: {
      std::vector<bool> acc(kNodeKindCount, false);
      for (const Matcher& s : m.subs) {
        auto ks = RootKinds(s);
        if (!ks) return std::nullopt;
        for (size_t i = 0; i < acc.size(); ++i) acc[i] = acc[i] || (*ks)[i];
      }
      return acc;
    }
    default:
      return std::nullopt;
  }
}

// Substitutes $X and $$$X in a fix template with the bound source text.
auto Instantiate(const std::string& tmpl, const Env& env, const TreeView& v) -> std::string {
  std::string pre = Preprocess(tmpl);
  std::string out;
  for (size_t i = 0; i < pre.size();) {
    bool multi = pre.compare(i, kMvs.size(), kMvs) == 0;
    bool single = !multi && pre.compare(i, kMv.size(), kMv) == 0;
    if (!multi && !single) {
      out += pre[i++];
      continue;
    }
    size_t j = i + (multi ? kMvs.size() : kMv.size());
    size_t k = j;
    while (k < pre.size() && ((pre[k] >= 'A' && pre[k] <= 'Z') || (pre[k] >= '0' && pre[k] <= '9') || pre[k] == '_')) ++k;
    std::string name = pre.substr(j, k - j);
    if (const Binding* b = Find(env, name)) out += v.slice(b->lo, b->hi);
    i = k;
  }
  return out;
}

}  // namespace

void RuleSet::Load(const std::string& path, std::vector<std::string>& errors) {
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (fs::recursive_directory_iterator it(path, ec), end; it != end; it.increment(ec)) {
      if (ec) break;
      std::string ext = it->path().extension().string();
      if (it->is_regular_file(ec) && (ext == ".yml" || ext == ".yaml")) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    errors.push_back(fmt::format("cannot read rules `{}`", path));
    return;
  }
  for (const std::string& f : files) {
    Loader loader(f, errors);
    try {
      for (const YAML::Node& doc : YAML::LoadAllFromFile(f)) loader.LoadDoc(doc, rules_);
    } catch (const YAML::Exception& e) {
      errors.push_back(fmt::format("{}:{}:{}: invalid YAML: {}", f, e.mark.line + 1, e.mark.column + 1, e.msg));
    }
  }
}

auto RuleSet::FindUpward(const std::string& dir) -> std::string {
  std::error_code ec;
  for (fs::path d = fs::absolute(dir, ec); !d.empty(); d = d.parent_path()) {
    if (fs::is_directory(d / ".rustg" / "rules", ec)) {
      // Relative to the current folder when possible, so messages name short, stable paths.
      fs::path rel = (d / ".rustg" / "rules").lexically_relative(fs::current_path(ec));
      return rel.empty() ? (d / ".rustg" / "rules").string() : rel.string();
    }
    if (d == d.parent_path()) break;
  }
  return {};
}

auto RuleSet::DefaultLevel(std::string_view id) const -> LintLevel {
  for (const Rule& r : rules_) {
    if (r.id == id) return r.level;
  }
  return LintLevel::Warn;
}

void RuleSet::Run(const TreeView& view, const FileLevels& levels, std::vector<Finding>& out) const {
  const std::string& path = view.source().path(view.file());
  Matching matching(view);
  for (const Rule& r : rules_) {
    if (!levels.MayFire(LintId{}, r.id, r.level)) continue;
    if (!r.files.empty() && std::none_of(r.files.begin(), r.files.end(), [&](const std::string& g) { return GlobMatches(g, path); })) {
      continue;
    }
    if (std::any_of(r.ignores.begin(), r.ignores.end(), [&](const std::string& g) { return GlobMatches(g, path); })) continue;
    // Every node is tested against the rule (the node x rule grid of the built-in lints).
    for (uint32_t n = view.node_begin(); n < view.node_end(); ++n) {
      if (!r.root_kinds[static_cast<size_t>(view.kind(n))]) continue;
      Env env;
      if (!matching.Eval(r.matcher, n, env)) continue;
      bool ok = true;
      for (const auto& [name, m] : r.constraints) {
        const Binding* b = Find(env, name);
        if (!b || b->node == kNone) {
          ok = false;
          break;
        }
        Env e2;
        if (!matching.Eval(m, b->node, e2)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      Finding f;
      f.rule_id = r.id;
      f.node = n;
      f.lo = ReportLo(view, n);
      f.hi = view.hi(n);
      f.message = r.message;
      if (!r.note.empty()) f.notes.push_back(r.note);
      if (r.has_fix) {
        Suggestion s;
        s.message = "apply the rule's fix";
        s.edits.push_back({f.lo, f.hi, Instantiate(r.fix, env, view)});
        f.suggestions.push_back(std::move(s));
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace rustg::lint
