// Associated types: a projection `<T as Trait>::Name` becomes the type the matching impl binds
// once T is known (at the call site's inference, or per instance in codegen).
#include "check/check.h"

namespace rustg {

auto NormalizeAssoc(TypeTable& types, TypeId t) -> TypeId {
  TypeId self = types.Resolve(types.elems(t)[0]);
  TyKind k = types.kind(self);
  // An unknown Self could match any impl; wait until inference knows it.
  if (k == TyKind::Var || k == TyKind::Error || types.HasVar(self)) return t;
  uint32_t slot = types.a(t);
  // Bindings that project through each other without end (`type A = <Self as Tr>::A;`): rustc's
  // overflow error; here the projection becomes the error type (reported where it is used).
  static thread_local uint32_t depth = 0;
  if (depth > 64) return types.error;
  struct Guard {
    Guard() { ++depth; }
    ~Guard() { --depth; }
  } guard;
  for (const AssocBinding& b : types.assoc_bindings) {
    if (b.slot != slot) continue;
    std::vector<TypeId> args(b.params, TypeId::Invalid());
    if (!MatchType(types, b.self_ty, self, args)) continue;
    for (TypeId& a : args) {
      if (!a.is_valid()) a = types.error;
    }
    return args.empty() ? b.ty : types.Subst(b.ty, args);
  }
  return t;
}

}  // namespace rustg
