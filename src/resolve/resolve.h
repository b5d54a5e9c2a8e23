// Name resolution: binds every name use of the compile subset to what it names (a local binding,
// a function, a constant or static, a struct) with Rust's scoping and shadowing rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diag.h"
#include "base/source.h"
#include "expand/expand.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// What a name denotes.
enum class DefKind : uint8_t {
  None,    // not a name use, or unresolved (reported)
  Local,   // def_index: a LocalId
  Fn,      // def_index: index into Items::fns
  Const,   // def_index: index into Items::consts (consts and statics)
  Struct,  // def_index: index into Items::structs
  Path,    // a multi-segment path the checker interprets (`std::process::exit`, `i32::MAX`)
};

// The items of the crate root (one file; nested modules are not supported yet).
struct Items {
  std::vector<NodeId> fns;            // FnItem nodes (free functions and those of impl blocks)
  std::vector<std::string> fn_names;  // their names
  // Per function: the type whose inherent impl holds it: a struct index, kEnumOwner | enum index,
  // or UINT32_MAX for a free function.
  std::vector<uint32_t> fn_owner;
  std::vector<NodeId> impls;          // ImplItem nodes
  // Per function: the impl block holding it (Items::impls index), or UINT32_MAX.
  std::vector<uint32_t> fn_impl;
  // Per function: the trait declaring it (Items::traits index), or UINT32_MAX.
  std::vector<uint32_t> fn_trait;
  std::vector<NodeId> traits;         // TraitItem nodes
  std::vector<std::string> trait_names;
  std::vector<NodeId> consts;         // ConstItem and StaticItem nodes
  std::vector<std::string> const_names;
  std::vector<NodeId> structs;        // StructItem nodes
  std::vector<std::string> struct_names;
  std::vector<NodeId> enums;          // EnumItem nodes
  std::vector<std::string> enum_names;
};

// Marks an impl owner that is an enum (Items::enums index in the low bits).
inline constexpr uint32_t kEnumOwner = 0x80000000u;
// The owner of a function declared inside a block: visible only in that block.
inline constexpr uint32_t kBlockOwner = 0x7FFFFFFFu;
// The owner of a trait's method or of a trait impl's method: found through the trait only.
inline constexpr uint32_t kTraitOwner = 0x7FFFFFFEu;

// An item name without the `__N` suffix module flattening gives a name that is taken
// (resolve/modules.cpp): `Name__2` -> `Name`; any other name unchanged.
inline auto UnflattenedName(std::string_view s) -> std::string_view {
  size_t at = s.rfind("__");
  if (at == std::string_view::npos || at == 0 || at + 2 == s.size()) return s;
  if (s.find_first_not_of("0123456789", at + 2) != std::string_view::npos) return s;
  return s.substr(0, at);
}

// Output of resolution.
struct Resolution {
  Items items;
  // Per local binding (LocalId = index): its IdentPat node, name and `mut`.
  std::vector<NodeId> local_node;
  std::vector<std::string> local_name;
  std::vector<uint8_t> local_mut;
  // Per tree node: what the PathExpr / IdentPat / PathType / StructExpr at that node names.
  std::vector<DefKind> def_kind;
  std::vector<uint32_t> def_index;
  // Per formatting MacroCall node: the LocalIds of its implicit `{name}` captures, in order.
  std::unordered_map<uint32_t, std::vector<uint32_t>> captures;
};

// Resolves the names of file `f` of the expanded `tree`; unresolved names are reported (E0425).
auto Resolve(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
             DiagSink& diags) -> Resolution;

}  // namespace rustg
