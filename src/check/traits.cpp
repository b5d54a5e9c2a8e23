// Trait selection shared by the checker and codegen: which impl serves a trait for a type, and
// which function a trait method call on concrete types runs (monomorphization picks it here).
#include <algorithm>

#include "check/check.h"

namespace rustg {

namespace {
auto BuiltinTraitNames() -> const std::vector<std::string_view>& {
  static const std::vector<std::string_view> kNames = {
      "Display", "Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default", "Sized",
      "Add", "Sub", "Mul", "Div", "Rem", "Neg", "Not", "AddAssign", "SubAssign", "MulAssign", "Index", "From",
      "Into", "Iterator", "Drop", "Send", "Sync", "ToString", "Fn", "FnMut", "FnOnce", "AsRef", "IntoIterator",
      // the std subset's smart pointers (runtime/std/rc.rs)
      "Deref", "DerefMut",
      // bit, shift and compound-assignment operators (check/ops_checker.inc)
      "BitAnd", "BitOr", "BitXor", "Shl", "Shr", "BitAndAssign", "BitOrAssign", "BitXorAssign", "ShlAssign",
      "ShrAssign", "DivAssign", "RemAssign"};
  return kNames;
}
}  // namespace

auto BuiltinTraitId(std::string_view name) -> uint32_t {
  const auto& names = BuiltinTraitNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return kBuiltinTrait + static_cast<uint32_t>(i);
  }
  return UINT32_MAX;
}

auto BuiltinTraitName(uint32_t id) -> std::string_view { return BuiltinTraitNames()[id - kBuiltinTrait]; }

auto MatchType(TypeTable& ty, TypeId pattern, TypeId t, std::vector<TypeId>& args) -> bool {
  pattern = ty.Resolve(pattern);
  t = ty.Resolve(t);
  TyKind pk = ty.kind(pattern), tk = ty.kind(t);
  if (pk == TyKind::Param && ty.b(pattern) != 0) {
    uint32_t i = ty.a(pattern);
    if (i >= args.size()) return false;
    if (!args[i].is_valid()) {
      args[i] = t;
      return true;
    }
    std::vector<TypeId> none;
    return MatchType(ty, args[i], t, none);
  }
  if (tk == TyKind::Var || tk == TyKind::Error || pk == TyKind::Var) return true;
  if (tk == TyKind::IntVar) return pk == TyKind::Int;
  if (tk == TyKind::FloatVar) return pk == TyKind::Float;
  if (pk != tk) return false;
  switch (pk) {
    case TyKind::Ref: case TyKind::Array: case TyKind::Range:
      if (ty.b(pattern) != ty.b(t)) return false;
      return MatchType(ty, TypeId(ty.a(pattern)), TypeId(ty.a(t)), args);
    case TyKind::Vec: case TyKind::Box: case TyKind::Slice: return MatchType(ty, TypeId(ty.a(pattern)), TypeId(ty.a(t)), args);
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: {
      if (ty.a(pattern) != ty.a(t) || ty.b(pattern) != ty.b(t)) return false;
      std::vector<TypeId> pe = ty.elems(pattern), te = ty.elems(t);
      for (size_t i = 0; i < pe.size(); ++i) {
        if (!MatchType(ty, pe[i], te[i], args)) return false;
      }
      return true;
    }
    default: return pattern == t || (pk == TyKind::Param && ty.a(pattern) == ty.a(t));
  }
}

namespace {
// Whether the concrete-enough type t meets trait tr, as far as impls decide it (std's traits
// are assumed met except Copy by owning types); `depth` stops cyclic impls.
auto MeetsBound(Typed& typed, TypeId t, uint32_t tr, uint32_t depth) -> bool;

auto FindImplAt(Typed& typed, uint32_t trait, TypeId self, std::vector<TypeId>& args, uint32_t depth,
                const std::vector<TypeId>* trait_args = nullptr) -> uint32_t {
  if (depth > 16) return UINT32_MAX;
  // Impls for a named type first, blanket impls (`impl<T: Default> Tr for T`) after: where both
  // match, coherence means the blanket's bounds cannot hold (std's traits are assumed met here).
  for (size_t n = 0; n < 2 * typed.impls.size(); ++n) {
    size_t i = n % typed.impls.size();
    const ImplDef& d = typed.impls[i];
    if (d.trait != trait || !d.self_ty.is_valid()) continue;
    if ((typed.types.kind(d.self_ty) == TyKind::Param) != (n >= typed.impls.size())) continue;
    std::vector<TypeId> a(d.params, TypeId::Invalid());
    if (!MatchType(typed.types, d.self_ty, self, a)) continue;
    typed.types.FixFnOutputs(d.fixes, a);
    // A generic trait's impls differ by their trait arguments (`impl From<u8>`, `impl From<&str>`).
    bool same = true;
    for (size_t k = 0; trait_args && k < trait_args->size() && k < d.trait_args.size() && same; ++k) {
      if ((*trait_args)[k].is_valid()) same = MatchType(typed.types, d.trait_args[k], (*trait_args)[k], a);
    }
    if (!same) continue;
    // A generic impl applies only where its parameters meet their bounds (`impl<T: Copy> X for T`).
    bool ok = true;
    for (size_t p = 0; p < d.param_bounds.size() && p < a.size() && ok; ++p) {
      if (!a[p].is_valid()) continue;
      for (uint32_t b : d.param_bounds[p]) ok = ok && MeetsBound(typed, a[p], b, depth + 1);
    }
    if (!ok) continue;
    args = std::move(a);
    return static_cast<uint32_t>(i);
  }
  return UINT32_MAX;
}

auto MeetsBound(Typed& typed, TypeId t, uint32_t tr, uint32_t depth) -> bool {
  TypeTable& ty = typed.types;
  t = ty.Resolve(t);
  TyKind k = ty.kind(t);
  if (k == TyKind::Var || k == TyKind::IntVar || k == TyKind::FloatVar || k == TyKind::Param || k == TyKind::Error)
    return true;
  std::vector<TypeId> args;
  if (FindImplAt(typed, tr, t, args, depth) != UINT32_MAX) return true;
  if (tr < kBuiltinTrait) return false;
  if (BuiltinTraitName(tr) == "Copy")
    return k != TyKind::Box && k != TyKind::Vec && k != TyKind::String && k != TyKind::Formatter && k != TyKind::Slice;
  return true;
}
}  // namespace

auto FindImpl(Typed& typed, uint32_t trait, TypeId self, std::vector<TypeId>& args) -> uint32_t {
  return FindImplAt(typed, trait, self, args, 0);
}

auto FindImplWith(Typed& typed, uint32_t trait, TypeId self, const std::vector<TypeId>& trait_args,
                  std::vector<TypeId>& args) -> uint32_t {
  return FindImplAt(typed, trait, self, args, 0, &trait_args);
}

auto MatchImpl(Typed& typed, uint32_t impl, TypeId self, std::vector<TypeId>& args) -> bool {
  const ImplDef& d = typed.impls[impl];
  if (!d.self_ty.is_valid()) return false;
  std::vector<TypeId> a(d.params, TypeId::Invalid());
  if (!MatchType(typed.types, d.self_ty, self, a)) return false;
  typed.types.FixFnOutputs(d.fixes, a);
  for (size_t p = 0; p < d.param_bounds.size() && p < a.size(); ++p) {
    if (!a[p].is_valid()) continue;
    for (uint32_t b : d.param_bounds[p]) {
      if (!MeetsBound(typed, a[p], b, 1)) return false;
    }
  }
  args = std::move(a);
  return true;
}

auto SelectMethod(Typed& typed, const Items& items, uint32_t decl, const std::vector<TypeId>& targs,
                  std::vector<TypeId>& out_args) -> uint32_t {
  uint32_t trait = items.fn_trait[decl];
  const TraitDef& td = typed.traits[trait];
  uint32_t trait_params = 1 + td.params;  // Self, then a generic trait's own parameters
  std::vector<TypeId> trait_args(targs.begin() + 1, targs.begin() + std::min<size_t>(trait_params, targs.size()));
  std::vector<TypeId> impl_args;
  uint32_t impl = FindImplWith(typed, trait, targs[0], trait_args, impl_args);
  if (impl != UINT32_MAX) {
    for (uint32_t f : typed.impls[impl].fns) {
      if (items.fn_names[f] != items.fn_names[decl]) continue;
      out_args = impl_args;
      // The method's own type parameters follow the impl's.
      for (size_t i = trait_params; i < targs.size(); ++i) out_args.push_back(targs[i]);
      for (TypeId& a : out_args) {
        if (!a.is_valid()) a = typed.types.error;
      }
      return f;
    }
  }
  // The trait's default body, instantiated with Self.
  out_args = targs;
  return impl != UINT32_MAX ? decl : UINT32_MAX;
}

}  // namespace rustg
