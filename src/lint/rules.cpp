#include "lint/rules.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

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
  // `strictness: signature`: node kinds must agree, token texts need not.
  bool signature = false;
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
    {"declaration_list", NodeKind::ItemList},
    {"field_declaration_list", NodeKind::RecordFieldList},
    {"ordered_field_declaration_list", NodeKind::TupleFieldList},
    {"enum_variant_list", NodeKind::VariantList},
    {"use_list", NodeKind::UseTreeList},
    {"where_predicate", NodeKind::WherePred},
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
    {"raw_string_literal", NodeKind::Literal, TokenKind::RawByteStrLit},
    {"raw_string_literal", NodeKind::Literal, TokenKind::RawCStrLit},
    {"char_literal", NodeKind::Literal, TokenKind::CharLit},
    {"char_literal", NodeKind::Literal, TokenKind::ByteLit},
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
    // Comments are token sites (marked Literal, like a macro argument's literals); doc comments
    // are comments in tree-sitter-rust too.
    {"line_comment", NodeKind::Literal, TokenKind::LineComment},
    {"line_comment", NodeKind::Literal, TokenKind::OuterLineDoc},
    {"line_comment", NodeKind::Literal, TokenKind::InnerLineDoc},
    {"block_comment", NodeKind::Literal, TokenKind::BlockComment},
    {"block_comment", NodeKind::Literal, TokenKind::OuterBlockDoc},
    {"block_comment", NodeKind::Literal, TokenKind::InnerBlockDoc},
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
  uint32_t node;  // the bound site; kNone for sequences
  // A `transform` result: text instead of a source range.
  std::optional<std::string> text;
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

// A match site: a node of the target tree, or a literal token inside a macro's token tree
// (tree-sitter-rust keeps literals as nodes inside token trees, so ast-grep matches them there).
constexpr uint32_t kTokSite = 0x80000000u;
auto IsTokSite(uint32_t s) -> bool { return s != kNone && (s & kTokSite) != 0; }
auto TokOfSite(uint32_t s) -> TokenId { return TokenId(s & ~kTokSite); }

// Literal tokens: the ones tree-sitter-rust gives a node inside a token tree.
auto IsLiteralToken(TokenKind k) -> bool {
  switch (k) {
    case TokenKind::IntLit: case TokenKind::FloatLit: case TokenKind::CharLit: case TokenKind::ByteLit:
    case TokenKind::StrLit: case TokenKind::RawStrLit: case TokenKind::ByteStrLit: case TokenKind::RawByteStrLit:
    case TokenKind::CStrLit: case TokenKind::RawCStrLit: case TokenKind::KwTrue: case TokenKind::KwFalse:
      return true;
    default:
      return false;
  }
}

// The tree-sitter-rust kind name of a literal token (`strictness: signature` compares these).
auto TsLiteralKind(TokenKind k) -> std::string_view {
  for (const KindName& kn : kKindNames) {
    if (kn.kind == NodeKind::Literal && kn.token == k) return kn.ts;
  }
  return {};
}

// The children tree-sitter-rust gives a (non-raw) string literal, as a string: `c` for a run of
// string_content, `e` for each escape_sequence. `strictness: signature` compares these shapes.
auto StringShape(std::string_view lit) -> std::string {
  size_t open = lit.find('"');
  if (open == std::string_view::npos || lit.substr(0, open).find('r') != std::string_view::npos) return {};
  std::string shape;
  for (size_t i = open + 1; i + 1 < lit.size();) {
    if (lit[i] == '\\') {
      shape += 'e';
      char c = i + 1 < lit.size() ? lit[i + 1] : ' ';
      size_t len = 2;
      if (c == 'x') len = 4;
      if (c == 'u') len = lit.find('}', i) - i + 1;
      i += len;
    } else {
      if (shape.empty() || shape.back() != 'c') shape += 'c';
      ++i;
    }
  }
  return shape;
}

// The children of a node that sit in a tree-sitter-rust field, mapped onto rustg's tree
// (docs/architecture.md lists the supported fields). Unknown (kind, field) pairs hold nothing.
auto FieldChildren(const TreeView& v, uint32_t p, std::string_view field) -> std::vector<uint32_t> {
  std::vector<uint32_t> cs = v.non_attr_children(p);
  std::vector<uint32_t> out;
  auto of_kind = [&](NodeKind k) {
    for (uint32_t c : cs) {
      if (v.kind(c) == k) out.push_back(c);
    }
  };
  auto nth = [&](size_t i) {
    if (i < cs.size()) out.push_back(cs[i]);
  };
  auto of_cat = [&](Category cat, bool first_only) {
    for (uint32_t c : cs) {
      if (CategoryOf(v.kind(c)) != cat) continue;
      out.push_back(c);
      if (first_only) break;
    }
  };
  switch (v.kind(p)) {
    case NodeKind::FnItem:
      if (field == "name") of_kind(NodeKind::Name);
      if (field == "parameters") of_kind(NodeKind::ParamList);
      if (field == "type_parameters") of_kind(NodeKind::GenericParamList);
      if (field == "body") of_kind(NodeKind::BlockExpr);
      if (field == "return_type") {
        uint32_t r = v.child_of_kind(p, NodeKind::RetType);
        if (r != kNone) out = v.non_attr_children(r);
      }
      break;
    case NodeKind::StructItem: case NodeKind::EnumItem: case NodeKind::UnionItem: case NodeKind::TraitItem:
    case NodeKind::ModItem: case NodeKind::ConstItem: case NodeKind::StaticItem: case NodeKind::TypeAlias:
    case NodeKind::RecordField: case NodeKind::Variant: case NodeKind::MacroRules:
      if (field == "name") of_kind(NodeKind::Name);
      if (field == "type") of_cat(Category::Type, true);
      if (field == "value") of_cat(Category::Expr, true);
      if (field == "type_parameters") of_kind(NodeKind::GenericParamList);
      if (field == "body") {
        for (NodeKind k : {NodeKind::RecordFieldList, NodeKind::TupleFieldList, NodeKind::VariantList, NodeKind::ItemList}) {
          of_kind(k);
        }
      }
      break;
    case NodeKind::ImplItem: {
      std::vector<uint32_t> types;
      for (uint32_t c : cs) {
        if (CategoryOf(v.kind(c)) == Category::Type) types.push_back(c);
      }
      if (field == "body") of_kind(NodeKind::ItemList);
      if (field == "type" && !types.empty()) out.push_back(types.back());
      if (field == "trait" && types.size() == 2) out.push_back(types[0]);
      break;
    }
    case NodeKind::CallExpr:
      if (field == "function") nth(0);
      if (field == "arguments") of_kind(NodeKind::ArgList);
      break;
    case NodeKind::MethodCallExpr:
      if (field == "arguments") of_kind(NodeKind::ArgList);
      break;
    case NodeKind::BinaryExpr: case NodeKind::AssignExpr: case NodeKind::CompoundAssignExpr:
      if (field == "left") nth(0);
      if (field == "right") nth(1);
      break;
    case NodeKind::LetStmt:
      if (field == "pattern") of_cat(Category::Pat, true);
      if (field == "type") of_cat(Category::Type, true);
      if (field == "value") of_cat(Category::Expr, true);
      if (field == "alternative") {
        uint32_t e = v.child_of_kind(p, NodeKind::LetElse);
        if (e != kNone) out = v.non_attr_children(e);
      }
      break;
    case NodeKind::IfExpr:
      if (field == "condition") nth(0);
      if (field == "consequence") nth(1);
      break;
    case NodeKind::WhileExpr:
      if (field == "condition") nth(0);
      if (field == "body") of_kind(NodeKind::BlockExpr);
      break;
    case NodeKind::LoopExpr:
      if (field == "body") of_kind(NodeKind::BlockExpr);
      break;
    case NodeKind::ForExpr:
      if (field == "pattern") nth(0);
      if (field == "value") nth(1);
      if (field == "body") nth(2);
      break;
    case NodeKind::MatchExpr:
      if (field == "value") nth(0);
      if (field == "body") of_kind(NodeKind::MatchArmList);
      break;
    case NodeKind::MatchArm:
      if (field == "value" && !cs.empty()) out.push_back(cs.back());
      break;
    case NodeKind::ClosureExpr:
      if (field == "parameters") of_kind(NodeKind::ParamList);
      if (field == "body" && !cs.empty()) out.push_back(cs.back());
      break;
    case NodeKind::FieldExpr: case NodeKind::RefExpr: case NodeKind::AwaitExpr:
      if (field == "value") nth(0);
      break;
    case NodeKind::CastExpr:
      if (field == "value") nth(0);
      if (field == "type") nth(1);
      break;
    case NodeKind::Param:
      if (field == "pattern") of_cat(Category::Pat, true);
      if (field == "type") of_cat(Category::Type, true);
      break;
    case NodeKind::StructExprField:
      if (field == "name") of_kind(NodeKind::Name);
      if (field == "value") of_cat(Category::Expr, true);
      break;
    case NodeKind::MacroCall:
      if (field == "macro") of_kind(NodeKind::Path);
      break;
    default:
      break;
  }
  return out;
}

// Comment tokens, doc comments included: tree-sitter-rust's line_comment and block_comment.
auto IsCommentToken(TokenKind k) -> bool {
  return k == TokenKind::LineComment || k == TokenKind::BlockComment || IsDocComment(k);
}

class Matching {
 public:
  explicit Matching(const TreeView& target) : t_(target) {}

  // Literal tokens inside token trees, in source order.
  auto literal_sites() const -> const std::vector<uint32_t>& {
    FindLiteralSites();
    return literal_sites_;
  }

  // The file's comment tokens, in source order; each one's parent is the innermost node around
  // it, not counting leading attributes (tree-sitter puts a comment before an item beside it).
  // Comments match `kind`, `regex`, `inside` and `not`/`any`/`all` of those; they are not
  // children, neighbours or pattern matches of anything (`has`, `follows`, `nthChild` skip them).
  auto comment_sites() const -> const std::vector<uint32_t>& {
    if (comments_found_) return comment_sites_;
    comments_found_ = true;
    FindLiteralSites();  // fills tok_parent_ first
    const TokenBuffer& tb = t_.tokens();
    uint32_t first = tb.file_first_token[t_.file().index], last = tb.file_first_token[t_.file().index + 1];
    for (uint32_t i = first; i < last; ++i) {
      if (!IsCommentToken(tb.kind[i])) continue;
      uint32_t lo = t_.tok_lo(TokenId(i)), hi = t_.tok_hi(TokenId(i));
      // Down from the root through the child around the comment (a doc comment's own attribute
      // node is not around it). A comment in an item's attribute prefix but in none of its
      // attributes stays with the item's parent: tree-sitter makes attributes the item's siblings.
      auto around = [&](uint32_t c) {
        return t_.first_token(c).is_valid() && t_.first_token(c).index != i && t_.lo(c) <= lo && hi <= t_.hi(c);
      };
      uint32_t p = t_.root();
      for (bool deeper = true; deeper;) {
        deeper = false;
        for (uint32_t c : t_.children(p)) {
          if (!around(c)) continue;
          if (lo < ReportLo(t_, c)) {
            for (uint32_t a : t_.children(c)) {
              if (t_.kind(a) == NodeKind::OuterAttr && around(a)) {
                p = a;
                deeper = true;
              }
            }
          } else {
            p = c;
            deeper = true;
          }
          break;
        }
      }
      tok_parent_[i] = p;
      comment_sites_.push_back(i | kTokSite);
    }
    return comment_sites_;
  }

  // Byte range of a site.
  auto Lo(uint32_t s) const -> uint32_t { return IsTokSite(s) ? t_.tok_lo(TokOfSite(s)) : t_.lo(s); }
  auto Hi(uint32_t s) const -> uint32_t { return IsTokSite(s) ? t_.tok_hi(TokOfSite(s)) : t_.hi(s); }
  // The node holding a site (a literal token's token tree), or kNone for the root.
  auto Parent(uint32_t s) const -> uint32_t {
    if (!IsTokSite(s)) return t_.parent(s);
    FindLiteralSites();
    auto it = tok_parent_.find(TokOfSite(s).index);
    return it == tok_parent_.end() ? kNone : it->second;
  }

 private:
  // The literal tokens of every token tree, with the innermost tree holding them; computed on
  // first use, so files and rules that never reach a token tree do not pay for it.
  void FindLiteralSites() const {
    if (sites_found_) return;
    sites_found_ = true;
    for (uint32_t n = t_.node_begin(); n < t_.node_end(); ++n) {
      if (t_.kind(n) != NodeKind::TokenTree || !t_.token(n).is_valid()) continue;
      for (uint32_t s : TreeElements(n)) {
        if (IsTokSite(s)) {
          tok_parent_[TokOfSite(s).index] = n;
          literal_sites_.push_back(s);
        }
      }
    }
    std::sort(literal_sites_.begin(), literal_sites_.end());
  }

 public:
  // Children of a node as tree-sitter sees them: a token tree's literals are children too.
  auto Children(uint32_t s) const -> std::vector<uint32_t> {
    if (IsTokSite(s)) return {};
    if (t_.kind(s) == NodeKind::TokenTree && t_.token(s).is_valid()) return TreeElements(s);
    return t_.children(s);
  }

  // Widens [lo, hi) of a match at site n over the neighbors matching `start` (before) and `end`
  // (after), one at a time, as tree-sitter sees them: sibling nodes, and the punctuation tokens
  // between them (which are unnamed nodes there).
  void Expand(uint32_t n, const Matcher* start, const Matcher* end, uint32_t& lo, uint32_t& hi) const {
    uint32_t p = Parent(n);
    if (p == kNone) return;
    std::vector<uint32_t> sib = Children(p);
    const TokenBuffer& tb = t_.tokens();
    // The neighbor that begins with token t: a sibling node, or t itself.
    auto site_at = [&](TokenId t) {
      for (uint32_t s : sib) {
        if (Lo(s) == t_.tok_lo(t)) return s;
      }
      return t.index | kTokSite;
    };
    if (end != nullptr) {
      auto it = std::lower_bound(tb.start.begin(), tb.start.end(), hi);
      for (TokenId t(static_cast<uint32_t>(it - tb.start.begin()));;) {
        if (t.index >= tb.size() || IsTrivia(tb.kind[t.index])) t = t_.next_token(TokenId(t.index - 1));
        if (t.index >= tb.size() || tb.kind[t.index] == TokenKind::Eof || t_.tok_lo(t) >= Hi(p)) break;
        uint32_t s = site_at(t);
        if (IsTokSite(s) && t_.partner(t) != t) break;  // the parent's closing delimiter
        Env e;
        if (!Eval(*end, s, e)) break;
        hi = Hi(s);
        t = t_.next_token(IsTokSite(s) ? t : t_.last_token(s));
      }
    }
    if (start != nullptr) {
      auto it = std::lower_bound(tb.start.begin(), tb.start.end(), lo);
      for (TokenId t = t_.prev_token(TokenId(static_cast<uint32_t>(it - tb.start.begin())));;) {
        if (t_.tok_lo(t) < Lo(p) || t_.tok_lo(t) >= lo) break;
        // The neighbor that ends with token t.
        uint32_t s = t.index | kTokSite;
        for (uint32_t c : sib) {
          if (!IsTokSite(c) && t_.last_token(c) == t) s = c;
        }
        if (IsTokSite(s) && t_.partner(t) != t) break;  // the parent's opening delimiter
        Env e;
        if (!Eval(*start, s, e)) break;
        lo = Lo(s);
        TokenId first = IsTokSite(s) ? t : t_.first_token(s);
        if (first.index == 0) break;
        t = t_.prev_token(first);
      }
    }
  }

  auto Eval(const Matcher& m, uint32_t n, Env& env) const -> bool {
    const bool tok = IsTokSite(n);
    switch (m.op) {
      case Matcher::Op::Pattern: {
        const TreeView& pv = *m.pattern->view;
        if (tok) return TokPattern(pv, m.pattern->root, n, env);
        signature_ = m.pattern->signature;
        return Node(pv, m.pattern->root, n, env);
      }
      case Matcher::Op::Kind: {
        TokenKind tk = tok ? t_.tok_kind(TokOfSite(n)) : t_.token_kind(n);
        for (size_t i = 0; i < m.kinds.size(); ++i) {
          if (tok ? m.kinds[i] != NodeKind::Literal : t_.kind(n) != m.kinds[i]) continue;
          if (m.token_kinds[i] == TokenKind::Eof || tk == m.token_kinds[i]) return true;
        }
        return false;
      }
      case Matcher::Op::Regex: {
        std::string_view text = tok ? t_.tok_text(TokOfSite(n)) : t_.slice(ReportLo(t_, n), t_.hi(n));
        return std::regex_search(text.begin(), text.end(), *m.regex);
      }
      case Matcher::Op::Inside: {
        for (uint32_t c = n, a = Parent(n); a != kNone; c = a, a = Parent(a)) {
          Env e = env;
          if (InField(a, c, m.field) && Eval(m.subs[0], a, e)) {
            env = std::move(e);
            return true;
          }
          if (!Continue(m, a)) return false;
        }
        return false;
      }
      case Matcher::Op::Has: {
        // Depth first, in source order, from the children (those in `field` when given).
        std::vector<uint32_t> stack =
            m.field.empty() || tok ? Children(n) : FieldChildren(t_, n, m.field);
        std::reverse(stack.begin(), stack.end());
        while (!stack.empty()) {
          uint32_t c = stack.back();
          stack.pop_back();
          Env e = env;
          if (Eval(m.subs[0], c, e)) {
            env = std::move(e);
            return true;
          }
          if (!Continue(m, c)) continue;
          std::vector<uint32_t> cs = Children(c);
          stack.insert(stack.end(), cs.rbegin(), cs.rend());
        }
        return false;
      }
      case Matcher::Op::Follows:
      case Matcher::Op::Precedes: {
        uint32_t p = Parent(n);
        if (p == kNone) return false;
        std::vector<uint32_t> sib = Children(p);
        size_t i = std::find(sib.begin(), sib.end(), n) - sib.begin();
        if (i == sib.size()) return false;
        bool back = m.op == Matcher::Op::Follows;
        for (size_t k = 1;; ++k) {
          if (back ? k > i : i + k >= sib.size()) return false;
          uint32_t s = back ? sib[i - k] : sib[i + k];
          // tree-sitter keeps comments as siblings: a comment between the two is the neighbor.
          if (m.stop == Matcher::Stop::Neighbor &&
              (back ? t_.has_comment(Hi(s), Lo(n)) : t_.has_comment(Hi(n), Lo(s)))) {
            return false;
          }
          Env e = env;
          if (Eval(m.subs[0], s, e)) {
            env = std::move(e);
            return true;
          }
          if (!Continue(m, s)) return false;
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
      case Matcher::Op::Matches:
        return m.target != nullptr && Eval(*m.target, n, env);
      case Matcher::Op::NthChild:
        return NthChild(m, n);
    }
    return false;
  }

 private:
  // Whether a relational search goes on past relative r (which did not match).
  auto Continue(const Matcher& m, uint32_t r) const -> bool {
    switch (m.stop) {
      case Matcher::Stop::Neighbor:
        return false;
      case Matcher::Stop::End:
        return true;
      case Matcher::Stop::Rule: {
        Env e;
        return !Eval(*m.stop_rule, r, e);
      }
    }
    return false;
  }

  // True when child c of p sits in p's `field` (always when no field is asked for).
  auto InField(uint32_t p, uint32_t c, const std::string& field) const -> bool {
    if (field.empty()) return true;
    if (IsTokSite(c) || IsTokSite(p)) return false;
    std::vector<uint32_t> f = FieldChildren(t_, p, field);
    return std::find(f.begin(), f.end(), c) != f.end();
  }

  // The elements of a token tree that tree-sitter makes nodes: nested trees and literal tokens.
  auto TreeElements(uint32_t tt) const -> std::vector<uint32_t> {
    std::vector<uint32_t> out;
    std::vector<uint32_t> nested = t_.children(tt);
    size_t k = 0;
    TokenId open = t_.token(tt);
    TokenId close = t_.partner(open);
    for (TokenId t = t_.next_token(open); t.index < close.index; t = t_.next_token(t)) {
      while (k < nested.size() && t_.first_token(nested[k]).index < t.index) ++k;
      if (k < nested.size() && t_.kind(nested[k]) == NodeKind::TokenTree && t_.token(nested[k]) == t) {
        out.push_back(nested[k]);
        TokenId end = t_.partner(t);
        if (end.index > t.index) t = end;
        continue;
      }
      if (IsLiteralToken(t_.tok_kind(t))) out.push_back(t.index | kTokSite);
    }
    return out;
  }

  // The 1-based position of a site among its parent's named children as tree-sitter counts them:
  // outer attributes and comments are siblings of the item they precede.
  auto NthChild(const Matcher& m, uint32_t n) const -> bool {
    uint32_t p = Parent(n);
    if (p == kNone) return false;
    if (!m.subs.empty()) {
      Env e;
      if (!Eval(m.subs[0], n, e)) return false;
    }
    std::vector<uint32_t> sib = Children(p);
    std::vector<uint32_t> counted;
    const TokenBuffer& tb = t_.tokens();
    // Comments in [lo, hi) count as siblings.
    auto comments = [&](uint32_t lo, uint32_t hi) {
      auto it = std::lower_bound(tb.start.begin(), tb.start.end(), lo);
      for (auto i = static_cast<uint32_t>(it - tb.start.begin()); i < tb.size() && tb.start[i] < hi; ++i) {
        if (tb.kind[i] == TokenKind::LineComment || tb.kind[i] == TokenKind::BlockComment) counted.push_back(kNone);
      }
    };
    uint32_t prev_hi = Lo(p);
    for (uint32_t s : sib) {
      if (!IsTokSite(s) && (t_.kind(s) == NodeKind::OuterAttr || t_.kind(s) == NodeKind::InnerAttr)) continue;
      if (!m.subs.empty()) {
        Env e;
        if (Eval(m.subs[0], s, e)) counted.push_back(s);
        continue;
      }
      // Comments between siblings, and the attributes in front of an item, count as siblings.
      if (prev_hi < Lo(s)) comments(prev_hi, Lo(s));
      if (!IsTokSite(s)) {
        for (uint32_t c : t_.children(s)) {
          if (t_.kind(c) == NodeKind::OuterAttr) counted.push_back(kNone);
        }
      }
      counted.push_back(s);
      prev_hi = Hi(s);
    }
    if (m.subs.empty() && prev_hi < Hi(p)) comments(prev_hi, Hi(p));
    size_t i = std::find(counted.begin(), counted.end(), n) - counted.begin();
    if (i == counted.size()) return false;
    int64_t pos = m.nth_reverse ? static_cast<int64_t>(counted.size() - i) : static_cast<int64_t>(i + 1);
    if (m.nth_a == 0) return pos == m.nth_b;
    int64_t d = pos - m.nth_b;
    return d % m.nth_a == 0 && d / m.nth_a >= 0;
  }

  // A pattern against a literal token: the pattern is one metavariable, or the same literal.
  auto TokPattern(const TreeView& pv, uint32_t p, uint32_t s, Env& env) const -> bool {
    TokenId t = TokOfSite(s);
    if (IsCommentToken(t_.tok_kind(t))) return false;  // patterns match code, never comments
    bool multi = false;
    std::string_view mv = MetaVar(pv, p, multi);
    if (!mv.empty() && !multi) {
      Category pc = CategoryOf(pv.kind(p));
      if (pc != Category::Expr && pc != Category::Other) return false;
      return Bind(mv, t_.tok_lo(t), t_.tok_hi(t), s, env);
    }
    return pv.kind(p) == NodeKind::Literal && pv.token(p).is_valid() && pv.tok_text(pv.token(p)) == t_.tok_text(t);
  }

  // Pattern node p (in the pattern's tree) against target node n.
  auto Node(const TreeView& pv, uint32_t p, uint32_t n, Env& env) const -> bool {
    bool multi = false;
    std::string_view mv = MetaVar(pv, p, multi);
    if (!mv.empty() || (multi && mv.empty() && pv.first_token(p) == pv.last_token(p) &&
                        pv.tok_text(pv.first_token(p)) == kMvs)) {
      Category pc = CategoryOf(pv.kind(p)), tc = CategoryOf(t_.kind(n));
      if (pc != Category::Other && tc != Category::Other && pc != tc) return false;
      // A `_` pattern is an unnamed token in tree-sitter-rust, and `$X` binds named nodes only.
      if (!multi && t_.kind(n) == NodeKind::WildcardPat) return false;
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
    if (pv.token(p).is_valid() && !signature_ && pv.tok_text(pv.token(p)) != t_.tok_text(t_.token(n))) return false;
    // Without texts, literals still differ by their tree-sitter kind (string, char, integer, ...).
    if (signature_ && pv.kind(p) == NodeKind::Literal &&
        (TsLiteralKind(pv.token_kind(p)) != TsLiteralKind(t_.token_kind(n)) ||
         StringShape(pv.tok_text(pv.token(p))) != StringShape(t_.tok_text(t_.token(n))))) {
      return false;
    }
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
  // Literal token -> the innermost token tree holding it (filled by FindLiteralSites).
  mutable bool sites_found_ = false;
  mutable std::unordered_map<uint32_t, uint32_t> tok_parent_;
  mutable std::vector<uint32_t> literal_sites_;
  // Comment tokens (filled by comment_sites()); their parents are in tok_parent_ too.
  mutable bool comments_found_ = false;
  mutable std::vector<uint32_t> comment_sites_;
  // The pattern being matched has `strictness: signature` (token texts are not compared).
  mutable bool signature_ = false;
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

  // Parses a pattern. With a selector (a pattern object's `context` and `selector`), the context may
  // hold several items or statements and the pattern is its first node (in source order) of the
  // selector's kinds.
  auto ParsePattern(const YAML::Node& at, const std::string& rule, const std::string& text, Matcher& m,
                    const std::vector<NodeKind>* selector = nullptr) -> bool {
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
      if (selector != nullptr) {
        if (attempt == 0 && (top.empty() || v.kind(top[0]) == NodeKind::MacroCall)) continue;
        std::vector<uint32_t> stack = {v.root()};
        p->root = kNone;
        while (!stack.empty() && p->root == kNone) {
          uint32_t c = stack.back();
          stack.pop_back();
          if (std::find(selector->begin(), selector->end(), v.kind(c)) != selector->end() &&
              (c != v.root() || attempt == 0)) {
            p->root = c;
          }
          std::vector<uint32_t> cs = v.children(c);
          stack.insert(stack.end(), cs.rbegin(), cs.rend());
        }
        if (p->root == kNone) {
          if (attempt == 0) continue;
          return Error(at, rule, fmt::format("pattern context `{}` has no node of the selector's kind", text));
        }
      } else if (attempt == 0) {
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

  // The rustg kinds (and token kinds) of a tree-sitter-rust kind name; false when unknown.
  static auto KindsOf(const std::string& k, Matcher& m) -> bool {
    for (const KindName& kn : kKindNames) {
      if (kn.ts == k) {
        m.kinds.push_back(kn.kind);
        m.token_kinds.push_back(kn.token);
      }
    }
    return !m.kinds.empty();
  }

  // `pattern: STRING` or `pattern: {context, selector, strictness}`.
  auto ParsePatternValue(const YAML::Node& val, const std::string& rule, Matcher& m) -> bool {
    if (val.IsScalar()) return ParsePattern(val, rule, val.as<std::string>(), m);
    if (!val.IsMap() || !val["context"]) return Error(val, rule, "`pattern` must be a string or an object with `context`");
    for (const auto& kv : val) {
      std::string k = kv.first.as<std::string>();
      if (k != "context" && k != "selector" && k != "strictness") {
        return Error(kv.first, rule, fmt::format("unknown pattern object key `{}`", k));
      }
    }
    Matcher sel;
    if (val["selector"] && !KindsOf(val["selector"].as<std::string>(), sel)) {
      return Error(val["selector"], rule,
                   fmt::format("unknown or unsupported tree-sitter-rust kind `{}`", val["selector"].as<std::string>()));
    }
    if (!ParsePattern(val["context"], rule, val["context"].as<std::string>(), m, val["selector"] ? &sel.kinds : nullptr)) {
      return false;
    }
    if (const YAML::Node& st = val["strictness"]) {
      std::string v = st.as<std::string>();
      if (v != "cst" && v != "smart" && v != "ast" && v != "relaxed" && v != "signature") {
        return Error(st, rule, "`strictness` must be cst, smart, ast, relaxed or signature");
      }
      m.pattern->signature = v == "signature";
    }
    return true;
  }

  // A relational rule's `stopBy`: neighbor, end, or a rule (the search stops at, and includes,
  // the first relative matching it).
  auto ParseStopBy(const YAML::Node& val, const std::string& rule, Matcher& m) -> bool {
    if (!val.IsMap() || !val["stopBy"]) return true;
    const YAML::Node& s = val["stopBy"];
    if (s.IsScalar()) {
      std::string v = s.as<std::string>();
      if (v != "end" && v != "neighbor") return Error(s, rule, "`stopBy` must be `end`, `neighbor` or a rule");
      m.stop = v == "end" ? Matcher::Stop::End : Matcher::Stop::Neighbor;
      return true;
    }
    m.stop = Matcher::Stop::Rule;
    m.stop_rule = std::make_shared<Matcher>();
    return ParseRule(s, rule, *m.stop_rule);
  }

  // `nthChild: N`, `nthChild: An+B`, or `nthChild: {position, reverse, ofRule}`.
  auto ParseNth(const YAML::Node& val, const std::string& rule, Matcher& m) -> bool {
    m.op = Matcher::Op::NthChild;
    if (val.IsMap()) {
      for (const auto& kv : val) {
        std::string k = kv.first.as<std::string>();
        if (k != "position" && k != "reverse" && k != "ofRule") {
          return Error(kv.first, rule, fmt::format("unknown nthChild key `{}`", k));
        }
      }
      if (!val["position"]) return Error(val, rule, "`nthChild` needs `position`");
      m.nth_reverse = val["reverse"] && val["reverse"].as<bool>();
      if (val["ofRule"]) {
        Matcher sub;
        if (!ParseRule(val["ofRule"], rule, sub)) return false;
        m.subs.push_back(std::move(sub));
      }
    }
    // (A copy, not an assignment: assigning a YAML::Node writes through to the document.)
    const YAML::Node pos = val.IsMap() ? val["position"] : val;
    if (!pos.IsScalar()) return Error(pos, rule, "`nthChild` position must be a number or An+B");
    std::string t;
    for (char c : pos.as<std::string>()) {
      if (c != ' ') t += c;
    }
    static const std::regex kAnB(R"(^(?:([+-]?\d*)n)?(?:([+-]?\d+))?$)");
    std::smatch mm;
    if (t.empty() || !std::regex_match(t, mm, kAnB)) return Error(pos, rule, fmt::format("bad nthChild position `{}`", t));
    if (t.find('n') != std::string::npos) {
      std::string a = mm[1].str();
      m.nth_a = a.empty() || a == "+" ? 1 : a == "-" ? -1 : std::stoi(a);
    }
    m.nth_b = mm[2].matched ? std::stoi(mm[2].str()) : 0;
    return true;
  }

  auto ParseRule(const YAML::Node& node, const std::string& rule, Matcher& out) -> bool {
    if (!node.IsMap()) return Error(node, rule, "a rule must be a mapping");
    out.op = Matcher::Op::All;
    static const std::set<std::string> kFields = {"name", "parameters", "type_parameters", "body", "return_type",
                                                  "type", "value", "trait", "function", "arguments", "left", "right",
                                                  "pattern", "alternative", "condition", "consequence", "macro"};
    for (const auto& kv : node) {
      std::string key = kv.first.as<std::string>();
      const YAML::Node& val = kv.second;
      Matcher m;
      if (key == "stopBy" || key == "field") {
        // Both belong to the relational rule holding this one; they are read there.
        if (key == "field" && !kFields.count(val.as<std::string>())) {
          return Error(val, rule, fmt::format("unknown or unsupported tree-sitter-rust field `{}`", val.as<std::string>()));
        }
        continue;
      } else if (key == "pattern") {
        if (!ParsePatternValue(val, rule, m)) return false;
      } else if (key == "kind") {
        std::string k = val.as<std::string>();
        m.op = Matcher::Op::Kind;
        if (!KindsOf(k, m)) return Error(val, rule, fmt::format("unknown or unsupported tree-sitter-rust kind `{}`", k));
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
        if (!ParseStopBy(val, rule, m)) return false;
        if (val["field"]) {
          if (key == "follows" || key == "precedes") return Error(val["field"], rule, "`field` applies to inside and has only");
          m.field = val["field"].as<std::string>();
        }
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
      } else if (key == "matches") {
        m.op = Matcher::Op::Matches;
        m.ref = val.as<std::string>();
        refs_.push_back({val, m.ref});
      } else if (key == "nthChild") {
        if (!ParseNth(val, rule, m)) return false;
      } else {
        return Error(kv.first, rule, fmt::format("unknown or unsupported rule key `{}`", key));
      }
      out.subs.push_back(std::move(m));
    }
    bool only_modifiers = out.subs.empty();
    if (only_modifiers) return Error(node, rule, "a rule needs at least one of pattern, kind, regex, inside, has, ...");
    return true;
  }

  // True when evaluating m on a node can come back to `start` on the same node (through matches,
  // not, any, all or nthChild's ofRule): such a rule would never finish. Relational rules move to
  // other nodes, so recursion through them ends at the tree's edges.
  static auto SameNodeCycle(const Matcher& m, const Matcher* start, std::vector<const Matcher*>& seen) -> bool {
    if (std::find(seen.begin(), seen.end(), &m) != seen.end()) return false;
    seen.push_back(&m);
    switch (m.op) {
      case Matcher::Op::Matches:
        return m.target == start || (m.target != nullptr && SameNodeCycle(*m.target, start, seen));
      case Matcher::Op::Not: case Matcher::Op::Any: case Matcher::Op::All: case Matcher::Op::NthChild:
        for (const Matcher& sub : m.subs) {
          if (SameNodeCycle(sub, start, seen)) return true;
        }
        return false;
      default:
        return false;
    }
  }

  // Points every `matches` in m at its utility rule; false (with an error) for unknown names.
  auto Resolve(Matcher& m, const std::string& rule, std::map<std::string, Matcher>& utils) -> bool {
    if (m.op == Matcher::Op::Matches) {
      auto it = utils.find(m.ref);
      if (it == utils.end()) {
        for (const auto& [at, name] : refs_) {
          if (name == m.ref) return Error(at, rule, fmt::format("`matches: {}` names no utility rule in `utils`", m.ref));
        }
        return false;
      }
      m.target = &it->second;
    }
    for (Matcher& s : m.subs) {
      if (!Resolve(s, rule, utils)) return false;
    }
    return !m.stop_rule || Resolve(*m.stop_rule, rule, utils);
  }

  // The string form of a transform (ast-grep 0.38.3+): `op($SRC, key=value, key='q', key=[a, b])`,
  // rewritten into the object form.
  auto StringTransform(const YAML::Node& at, const std::string& rule, const std::string& text, YAML::Node& out) -> bool {
    static const std::regex kHead(R"(^\s*(\w+)\s*\(\s*(\$+\w+)\s*)");
    std::smatch m;
    if (!std::regex_search(text, m, kHead)) return Error(at, rule, fmt::format("bad transform `{}`", text));
    YAML::Node o(YAML::NodeType::Map);
    o["source"] = m[2].str();
    size_t i = static_cast<size_t>(m.length(0));
    auto skip = [&] {
      while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    };
    // One value: quoted, a [list], or bare up to `,` / `]` / `)`.
    auto value = [&](std::string& v) {
      skip();
      if (i < text.size() && (text[i] == '\'' || text[i] == '"')) {
        char q = text[i++];
        size_t e = text.find(q, i);
        if (e == std::string::npos) return false;
        v = text.substr(i, e - i);
        i = e + 1;
        return true;
      }
      size_t b = i;
      while (i < text.size() && text[i] != ',' && text[i] != ')' && text[i] != ']') ++i;
      v = text.substr(b, i - b);
      while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.pop_back();
      return !v.empty();
    };
    for (skip(); i < text.size() && text[i] == ','; skip()) {
      ++i;
      skip();
      size_t eq = text.find('=', i);
      if (eq == std::string::npos) return Error(at, rule, fmt::format("bad transform `{}`: expected key=value", text));
      std::string key = text.substr(i, eq - i);
      while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
      i = eq + 1;
      skip();
      if (i < text.size() && text[i] == '[') {
        ++i;
        YAML::Node list(YAML::NodeType::Sequence);
        for (std::string v; value(v);) {
          list.push_back(v);
          skip();
          if (i < text.size() && text[i] == ',') ++i;
        }
        skip();
        if (i >= text.size() || text[i] != ']') return Error(at, rule, fmt::format("bad transform `{}`: unclosed [", text));
        ++i;
        o[key] = list;
      } else {
        std::string v;
        if (!value(v)) return Error(at, rule, fmt::format("bad transform `{}`: missing value for `{}`", text, key));
        o[key] = v;
      }
    }
    skip();
    if (i >= text.size() || text[i] != ')') return Error(at, rule, fmt::format("bad transform `{}`: expected `)`", text));
    out = YAML::Node(YAML::NodeType::Map);
    out[m[1].str()] = o;
    return true;
  }

  // One `transform` entry (object or string form).
  auto ParseTransform(const std::string& name, const YAML::Node& given, const std::string& rule, Transform& t) -> bool {
    t.name = name;
    YAML::Node val = given;
    if (given.IsScalar()) {
      YAML::Node obj;
      if (!StringTransform(given, rule, given.as<std::string>(), obj)) return false;
      val.reset(obj);
    }
    // Errors point into the YAML file: at the string itself for the string form.
    auto at = [&](const YAML::Node& n) -> YAML::Node { return given.IsScalar() ? given : n; };
    if (!val.IsMap() || val.size() != 1) {
      return Error(given, rule, "a transform must be one of `substring`, `replace` or `convert`");
    }
    std::string op = val.begin()->first.as<std::string>();
    const YAML::Node& o = val.begin()->second;
    if (!o.IsMap() || !o["source"]) return Error(at(o), rule, fmt::format("`{}` needs `source: $VAR`", op));
    t.source = o["source"].as<std::string>();
    if (t.source.empty() || t.source[0] != '$') return Error(at(o["source"]), rule, "`source` must be a metavariable `$VAR`");
    t.source = t.source.substr(t.source.find_first_not_of('$'));
    if (op == "substring") {
      t.op = Transform::Op::Substring;
      if (o["startChar"]) t.start = o["startChar"].as<int32_t>();
      if (o["endChar"]) t.end = o["endChar"].as<int32_t>();
    } else if (op == "replace") {
      t.op = Transform::Op::Replace;
      if (!o["replace"] || !o["by"]) return Error(at(o), rule, "`replace` needs `replace` and `by`");
      try {
        t.regex = std::make_shared<std::regex>(o["replace"].as<std::string>());
      } catch (const std::regex_error& e) {
        return Error(at(o["replace"]), rule, fmt::format("bad regex `{}`: {}", o["replace"].as<std::string>(), e.what()));
      }
      t.by = o["by"].as<std::string>();
    } else if (op == "convert") {
      t.op = Transform::Op::Convert;
      static const std::set<std::string> kCases = {"lowerCase", "upperCase", "capitalize", "camelCase",
                                                   "snakeCase", "kebabCase", "pascalCase"};
      if (!o["toCase"] || !kCases.count(o["toCase"].as<std::string>())) {
        return Error(at(o), rule, "`convert` needs `toCase`: lowerCase, upperCase, capitalize, camelCase, snakeCase, "
                              "kebabCase or pascalCase");
      }
      t.to_case = o["toCase"].as<std::string>();
      static const std::set<std::string> kSeps = {"dash", "dot", "space", "slash", "underscore", "caseChange"};
      if (const YAML::Node& sb = o["separatedBy"]) {
        for (const YAML::Node& x : sb) {
          if (!kSeps.count(x.as<std::string>())) return Error(at(x), rule, fmt::format("unknown separator `{}`", x.as<std::string>()));
          t.separated_by.push_back(x.as<std::string>());
        }
      }
    } else {
      return Error(at(val), rule, fmt::format("unknown or unsupported transform `{}`", op));
    }
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
                                                 "constraints", "fix", "files", "ignores", "url", "metadata",
                                                 "utils", "transform", "labels"};
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
    r.utils = std::make_shared<std::map<std::string, Matcher>>();
    if (const YAML::Node& u = doc["utils"]) {
      if (!u.IsMap()) {
        Error(u, r.id, "`utils` must map names to rules");
        return;
      }
      for (const auto& kv : u) {
        Matcher m;
        if (!ParseRule(kv.second, r.id, m)) return;
        (*r.utils)[kv.first.as<std::string>()] = std::move(m);
      }
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
    if (!Resolve(r.matcher, r.id, *r.utils)) return;
    for (auto& [name, m] : *r.utils) {
      if (!Resolve(m, r.id, *r.utils)) return;
    }
    for (const auto& [name, m] : *r.utils) {
      std::vector<const Matcher*> path;
      if (SameNodeCycle(m, &m, path)) {
        Error(doc["utils"][name], r.id, fmt::format("utility rule `{}` refers to itself without moving to another node", name));
        return;
      }
    }
    for (auto& [name, m] : r.constraints) {
      if (!Resolve(m, r.id, *r.utils)) return;
    }
    if (const YAML::Node& t = doc["transform"]) {
      if (!t.IsMap()) {
        Error(t, r.id, "`transform` must map new variable names to transformations");
        return;
      }
      for (const auto& kv : t) {
        Transform tr;
        if (!ParseTransform(kv.first.as<std::string>(), kv.second, r.id, tr)) return;
        r.transforms.push_back(std::move(tr));
      }
    }
    if (const YAML::Node& l = doc["labels"]) {
      if (!l.IsMap()) {
        Error(l, r.id, "`labels` must map metavariable names to {style, message}");
        return;
      }
      for (const auto& kv : l) {
        RuleLabel lb;
        lb.var = kv.first.as<std::string>();
        std::string style = kv.second["style"] ? kv.second["style"].as<std::string>() : "secondary";
        if (style != "primary" && style != "secondary") {
          Error(kv.second, r.id, "label `style` must be primary or secondary");
          return;
        }
        lb.primary = style == "primary";
        lb.message = kv.second["message"] ? kv.second["message"].as<std::string>() : "";
        r.labels.push_back(std::move(lb));
      }
    }
    if (const YAML::Node& fx = doc["fix"]) {
      if (fx.IsMap()) {
        // A fix object: `template`, and rules that widen the replaced range over the neighbors
        // before (`expandStart`) and after (`expandEnd`) the match, e.g. a trailing comma.
        for (const auto& kv : fx) {
          std::string k = kv.first.as<std::string>();
          if (k != "template" && k != "expandStart" && k != "expandEnd") {
            Error(kv.first, r.id, fmt::format("unknown fix object key `{}`", k));
            return;
          }
        }
        if (!fx["template"]) {
          Error(fx, r.id, "a fix object needs `template`");
          return;
        }
        for (const char* k : {"expandStart", "expandEnd"}) {
          if (!fx[k]) continue;
          auto m = std::make_shared<Matcher>();
          if (!ParseRule(fx[k], r.id, *m) || !Resolve(*m, r.id, *r.utils)) return;
          (std::string(k) == "expandStart" ? r.expand_start : r.expand_end) = std::move(m);
        }
        r.fix = fx["template"].as<std::string>();
      } else if (fx.IsScalar()) {
        r.fix = fx.as<std::string>();
      } else {
        Error(fx, r.id, "`fix` must be a string or an object with `template`");
        return;
      }
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
  // Every `matches` seen, for errors that point at it.
  std::vector<std::pair<YAML::Node, std::string>> refs_;
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
    if (const Binding* b = Find(env, name)) out += b->text ? *b->text : std::string(v.slice(b->lo, b->hi));
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

namespace {

// Splits a name into words at the given separators (all of them when none is given).
auto SplitWords(const std::string& s, const std::vector<std::string>& seps) -> std::vector<std::string> {
  auto on = [&](const char* k) { return seps.empty() || std::find(seps.begin(), seps.end(), k) != seps.end(); };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  std::vector<std::string> words(1);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == '-' && on("dash")) || (c == '.' && on("dot")) || (c == ' ' && on("space")) || (c == '/' && on("slash")) ||
        (c == '_' && on("underscore"))) {
      if (!words.back().empty()) words.emplace_back();
      continue;
    }
    // caseChange: aB splits before B; ABc splits before B.
    if (on("caseChange") && upper(c) && i > 0 && !words.back().empty() &&
        (lower(s[i - 1]) || (upper(s[i - 1]) && i + 1 < s.size() && lower(s[i + 1])))) {
      words.emplace_back();
    }
    words.back() += c;
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

auto ApplyTransform(const Transform& t, const std::string& in) -> std::string {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  auto capital = [&](std::string s) {
    s = lower(std::move(s));
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
  };
  switch (t.op) {
    case Transform::Op::Substring: {
      // Positions count characters (UTF-8 code points), Python-style.
      std::vector<size_t> starts;
      for (size_t i = 0; i < in.size(); ++i) {
        if ((static_cast<unsigned char>(in[i]) & 0xC0) != 0x80) starts.push_back(i);
      }
      auto n = static_cast<int64_t>(starts.size());
      auto norm = [&](std::optional<int32_t> x, int64_t dflt) {
        int64_t v = x ? *x : dflt;
        if (v < 0) v += n;
        return std::clamp<int64_t>(v, 0, n);
      };
      int64_t lo = norm(t.start, 0), hi = norm(t.end, n);
      if (lo >= hi) return {};
      size_t blo = starts[static_cast<size_t>(lo)];
      size_t bhi = hi == n ? in.size() : starts[static_cast<size_t>(hi)];
      return in.substr(blo, bhi - blo);
    }
    case Transform::Op::Replace:
      return std::regex_replace(in, *t.regex, t.by);
    case Transform::Op::Convert: {
      if (t.to_case == "lowerCase") return lower(in);
      if (t.to_case == "upperCase") {
        std::string s = in;
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
      }
      if (t.to_case == "capitalize") {
        std::string s = in;
        if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
        return s;
      }
      std::vector<std::string> w = SplitWords(in, t.separated_by);
      std::string out;
      for (size_t i = 0; i < w.size(); ++i) {
        if (t.to_case == "camelCase") {
          out += i == 0 ? lower(w[i]) : capital(w[i]);
        } else if (t.to_case == "pascalCase") {
          out += capital(w[i]);
        } else {
          if (i > 0) out += t.to_case == "snakeCase" ? '_' : '-';
          out += lower(w[i]);
        }
      }
      return out;
    }
  }
  return in;
}

}  // namespace

void RuleSet::Run(const TreeView& view, const FileLevels& levels, std::vector<Finding>& out) const {
  const std::string& path = view.source().path(view.file());
  Matching matching(view);
  for (const Rule& r : rules_) {
    if (!levels.MayFire(LintId{}, r.id, r.level)) continue;
    if (!r.files.empty() && std::none_of(r.files.begin(), r.files.end(), [&](const std::string& g) { return GlobMatches(g, path); })) {
      continue;
    }
    if (std::any_of(r.ignores.begin(), r.ignores.end(), [&](const std::string& g) { return GlobMatches(g, path); })) continue;
    auto try_site = [&](uint32_t n) {
      Env env;
      if (!matching.Eval(r.matcher, n, env)) return;
      for (const auto& [name, m] : r.constraints) {
        const Binding* b = Find(env, name);
        if (!b || b->node == kNone) return;
        Env e2;
        if (!matching.Eval(m, b->node, e2)) return;
      }
      Finding f;
      f.rule_id = r.id;
      // A literal inside a macro call takes its level from the token tree holding it.
      f.node = IsTokSite(n) ? matching.Parent(n) : n;
      f.lo = IsTokSite(n) ? matching.Lo(n) : ReportLo(view, n);
      f.hi = matching.Hi(n);
      f.message = r.message;
      if (!r.note.empty()) f.notes.push_back(r.note);
      for (const RuleLabel& l : r.labels) {
        const Binding* b = Find(env, l.var);
        if (b != nullptr && b->hi > b->lo) f.secondary.push_back({b->lo, b->hi, l.message, l.primary});
      }
      if (r.has_fix) {
        for (const Transform& t : r.transforms) {
          const Binding* b = Find(env, t.source);
          if (!b) continue;
          std::string in = b->text ? *b->text : std::string(view.slice(b->lo, b->hi));
          env.push_back({t.name, 0, 0, kNone, ApplyTransform(t, in)});
        }
        Suggestion s;
        s.message = "apply the rule's fix";
        uint32_t lo = f.lo, hi = f.hi;
        if (r.expand_start || r.expand_end) matching.Expand(n, r.expand_start.get(), r.expand_end.get(), lo, hi);
        s.edits.push_back({lo, hi, Instantiate(r.fix, env, view)});
        f.suggestions.push_back(std::move(s));
      }
      out.push_back(std::move(f));
    };
    // Every node is tested against the rule (the node x rule grid of the built-in lints), then
    // the literal tokens of macro arguments when the rule can match a literal.
    for (uint32_t n = view.node_begin(); n < view.node_end(); ++n) {
      if (r.root_kinds[static_cast<size_t>(view.kind(n))]) try_site(n);
    }
    if (r.root_kinds[static_cast<size_t>(NodeKind::Literal)]) {
      for (uint32_t s : matching.literal_sites()) try_site(s);
      for (uint32_t s : matching.comment_sites()) try_site(s);
    }
  }
}

}  // namespace rustg::lint
