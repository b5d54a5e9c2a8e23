#include "check/live_fns.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "expand/prelude.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {

namespace {

// Names of std functions codegen and the checker call with no name written: Drop, derived and
// formatting traits, auto-deref, and built-ins that route to a std function by name.
constexpr std::string_view kAlwaysLive[] = {
    "drop", "fmt", "clone", "clone_from", "eq", "ne", "partial_cmp", "cmp", "lt", "le", "gt", "ge", "hash",
    "default", "deref", "deref_mut", "as_ref", "as_mut", "from", "into", "try_from", "from_str", "__from_array",
    "__str_from_utf8", "__string_from_utf8", "__string_from_utf8_lossy", "__rustg_into_vec", "into_vec", "map", "__array_into_iter"};

// Prefixes of std functions the checker calls in place of the method named by the rest
// (check/str_pattern_checker.inc: `s.find(p)` calls `__pat_find` or `__chars_find`).
constexpr std::string_view kRoutedPrefixes[] = {"__pat_", "__chars_"};

// Names an operator or keyword token may call through a trait.
auto ImpliedNames(TokenKind k) -> std::span<const std::string_view> {
  static constexpr std::string_view kAdd[] = {"add"}, kSub[] = {"sub", "neg"}, kMul[] = {"mul"}, kDiv[] = {"div"},
                                    kRem[] = {"rem"}, kNot[] = {"not"}, kAnd[] = {"bitand"}, kOr[] = {"bitor"},
                                    kXor[] = {"bitxor"}, kShl[] = {"shl"}, kShr[] = {"shr"},
                                    kAddEq[] = {"add_assign"}, kSubEq[] = {"sub_assign"}, kMulEq[] = {"mul_assign"},
                                    kDivEq[] = {"div_assign"}, kRemEq[] = {"rem_assign"},
                                    kXorEq[] = {"bitxor_assign"}, kAndEq[] = {"bitand_assign"},
                                    kOrEq[] = {"bitor_assign"}, kShlEq[] = {"shl_assign"}, kShrEq[] = {"shr_assign"},
                                    kIndex[] = {"index", "index_mut"},
                                    kTry[] = {"branch", "from_residual", "from_output"},
                                    kFor[] = {"into_iter", "next", "iter", "iter_mut", "__rustg_for",
                                              "__rustg_for_mut", "__array_into_iter", "__into_iter"},
                                    kRange[] = {"Range", "RangeFrom", "RangeTo", "RangeFull", "RangeInclusive",
                                                "RangeToInclusive"};
  switch (k) {
    case TokenKind::Plus: return kAdd;
    case TokenKind::Minus: return kSub;
    case TokenKind::Star: return kMul;
    case TokenKind::Slash: return kDiv;
    case TokenKind::Percent: return kRem;
    case TokenKind::Not: return kNot;
    case TokenKind::And: return kAnd;
    case TokenKind::Or: return kOr;
    case TokenKind::Caret: return kXor;
    case TokenKind::Shl: return kShl;
    case TokenKind::Shr: return kShr;
    case TokenKind::PlusEq: return kAddEq;
    case TokenKind::MinusEq: return kSubEq;
    case TokenKind::StarEq: return kMulEq;
    case TokenKind::SlashEq: return kDivEq;
    case TokenKind::PercentEq: return kRemEq;
    case TokenKind::CaretEq: return kXorEq;
    case TokenKind::AndEq: return kAndEq;
    case TokenKind::OrEq: return kOrEq;
    case TokenKind::ShlEq: return kShlEq;
    case TokenKind::ShrEq: return kShrEq;
    case TokenKind::LBracket: return kIndex;
    case TokenKind::Question: return kTry;
    case TokenKind::KwFor: return kFor;
    case TokenKind::DotDot: case TokenKind::DotDotEq: return kRange;
    default: return {};
  }
}

// The std types an impl's header names (its trait's arguments and its self type): the impl is
// used only where values of all of them exist, which code that names them makes.
auto ImplGates(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, NodeId impl,
               const std::unordered_map<std::string_view, std::vector<NodeId>>& type_decls)
    -> std::vector<std::string_view> {
  std::vector<std::string_view> gates;
  NodeId body = ChildOfKind(tree, impl, NodeKind::ItemList);
  uint32_t skip_lo = body.is_valid() ? body.index + 1 - tree.subtree_size[body.index] : UINT32_MAX;
  uint32_t skip_hi = body.is_valid() ? body.index : 0;
  for (uint32_t i = impl.index + 1 - tree.subtree_size[impl.index]; i < impl.index; ++i) {
    if (i >= skip_lo && i <= skip_hi) continue;
    TokenId tok = tree.token[i];
    if (!tok.is_valid() || tokens.kind[tok.index] != TokenKind::Ident) continue;
    std::string_view name = UnflattenedName(tokens.text(src, tok));
    if (type_decls.count(name) && std::find(gates.begin(), gates.end(), name) == gates.end()) gates.push_back(name);
  }
  return gates;
}

}  // namespace

auto LiveFnBodies(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const Items& items)
    -> std::vector<uint8_t> {
  size_t n = items.fns.size();
  std::vector<uint8_t> live(n, 1);
  if (tree.file_first_node.size() < 2 || tree.file_first_node[1] == tree.file_first_node[0]) return live;
  auto in_std = [&](NodeId id) {
    TokenId tok = tree.token[id.index];
    return tok.is_valid() && IsPreludeOffset(src, tokens.start[tok.index]);
  };
  // Declarations of the std subset's types (structs, enums, aliases) by base name: a type's
  // declaration is read, and its impls' methods may be live, once something names it.
  std::unordered_map<std::string_view, std::vector<NodeId>> type_decls;
  std::vector<NodeId> seed;  // subtrees read up front: the crate's own items and std consts
  for (NodeId c : Children(tree, NodeId(tree.file_first_node[1] - 1))) {
    if (!in_std(c)) {
      seed.push_back(c);
      continue;
    }
    NodeKind k = tree.kind[c.index];
    if (k == NodeKind::StructItem || k == NodeKind::EnumItem || k == NodeKind::UnionItem ||
        k == NodeKind::TypeAlias) {
      NodeId name = ChildOfKind(tree, c, NodeKind::Name);
      TokenId tok = name.is_valid() ? tree.token[name.index] : TokenId::Invalid();
      if (tok.is_valid()) type_decls[UnflattenedName(tokens.text(src, tok))].push_back(c);
      else seed.push_back(c);
    } else if (k != NodeKind::FnItem && k != NodeKind::ImplItem && k != NodeKind::TraitItem) {
      seed.push_back(c);
    }
  }
  // Std functions by base name, each with the std type its impl is for (empty: none, or a type
  // named without a std declaration: Option, Vec, a type parameter).
  std::unordered_map<std::string_view, std::vector<uint32_t>> by_name;
  std::vector<std::vector<std::string_view>> impl_gates(items.impls.size());
  std::vector<uint8_t> impl_seen(items.impls.size(), 0);
  bool any = false;
  for (size_t f = 0; f < n; ++f) {
    if (!in_std(items.fns[f])) continue;
    live[f] = 0;
    any = true;
    std::string_view name = UnflattenedName(items.fn_names[f]);
    for (std::string_view prefix : kRoutedPrefixes) {
      if (name.starts_with(prefix)) name.remove_prefix(prefix.size());
    }
    by_name[name].push_back(static_cast<uint32_t>(f));
    uint32_t impl = items.fn_impl[f];
    if (impl != UINT32_MAX && !impl_seen[impl]) {
      impl_seen[impl] = 1;
      impl_gates[impl] = ImplGates(src, tokens, tree, items.impls[impl], type_decls);
    }
  }
  if (!any) return live;
  std::unordered_set<std::string_view> seen;
  std::unordered_map<std::string_view, std::vector<uint32_t>> waiting;  // named fns whose type is not yet
  std::vector<NodeId> work = std::move(seed);
  auto make_live = [&](uint32_t f) {
    if (live[f]) return;
    live[f] = 1;
    work.push_back(items.fns[f]);
  };
  // f is named: live once every type its impl's header names is; until then it waits on one.
  auto named = [&](uint32_t f) {
    if (items.fn_impl[f] != UINT32_MAX) {
      for (std::string_view g : impl_gates[items.fn_impl[f]]) {
        if (!seen.count(g)) {
          waiting[g].push_back(f);
          return;
        }
      }
    }
    make_live(f);
  };
  auto mention = [&](std::string_view name) {
    name = UnflattenedName(name);
    if (!seen.insert(name).second) return;
    if (auto it = by_name.find(name); it != by_name.end()) {
      for (uint32_t f : it->second) named(f);
    }
    if (auto it = type_decls.find(name); it != type_decls.end()) {
      for (NodeId d : it->second) work.push_back(d);
      if (auto w = waiting.find(name); w != waiting.end()) {
        std::vector<uint32_t> fs = std::move(w->second);
        waiting.erase(w);
        for (uint32_t f : fs) named(f);
      }
    }
  };
  for (std::string_view name : kAlwaysLive) mention(name);
  while (!work.empty()) {
    NodeId item = work.back();
    work.pop_back();
    for (uint32_t i = item.index + 1 - tree.subtree_size[item.index]; i <= item.index; ++i) {
      TokenId tok = tree.token[i];
      if (!tok.is_valid()) continue;
      TokenKind k = tokens.kind[tok.index];
      if (k == TokenKind::Ident) {
        mention(tokens.text(src, tok));
      } else {
        for (std::string_view name : ImpliedNames(k)) mention(name);
      }
    }
  }
  return live;
}

}  // namespace rustg
