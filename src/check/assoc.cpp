// Associated types: a projection `<T as Trait>::Name` becomes the type the matching impl binds
// once T is known (at the call site's inference, or per instance in codegen).
#include "check/check.h"

namespace rustg {

namespace {

// std's own bindings for built-in types: `<u8 as Add>::Output` is u8 (every arithmetic and bit
// operator trait of a primitive gives the primitive; bool's bit operators a bool), `<Box<T> as
// Deref>::Target` is T. t (the projection) when std binds nothing the subset knows.
auto StdAssocBinding(TypeTable& types, uint32_t slot, TypeId self, TypeId t) -> TypeId {
  const AssocSlot& s = types.assoc_slots[slot];
  if (s.trait < kBuiltinTrait) return t;
  TyKind k = types.kind(self);
  if (s.name == "Target" && s.trait_name == "Deref" && k == TyKind::Box) return TypeId(types.a(self));
  if (s.name != "Output") return t;
  static const char* kArith[] = {"Add", "Sub", "Mul", "Div", "Rem", "Neg"};
  static const char* kBits[] = {"BitAnd", "BitOr", "BitXor", "Not", "Shl", "Shr"};
  for (const char* a : kArith) {
    if (s.trait_name == a && (k == TyKind::Int || k == TyKind::Float)) return self;
  }
  for (const char* b : kBits) {
    if (s.trait_name == b && (k == TyKind::Int || (k == TyKind::Bool && s.trait_name[0] != 'S'))) return self;
  }
  return t;
}

}  // namespace

auto NormalizeAssoc(TypeTable& types, TypeId t) -> TypeId {
  TypeId self = types.Resolve(types.elems(t)[0]);
  TyKind k = types.kind(self);
  // An unknown Self could match any impl; wait until inference knows it.
  if (k == TyKind::Var || k == TyKind::Error) return t;
  uint32_t slot = types.a(t);
  if (types.HasVar(self)) {
    // `MyRange<{integer}>`: one impl alone can match, and its binding (in the same variables) is
    // the answer, as rustc's selection with a single candidate does; else wait.
    uint32_t matches = 0;
    for (const AssocBinding& b : types.assoc_bindings) {
      std::vector<TypeId> args(b.params, TypeId::Invalid());
      matches += b.slot == slot && MatchType(types, b.self_ty, self, args);
    }
    if (matches != 1) return t;
  }
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
    types.FixFnOutputs(b.fixes, args);
    for (TypeId& a : args) {
      if (!a.is_valid()) a = types.error;
    }
    return args.empty() ? b.ty : types.Subst(b.ty, args);
  }
  return StdAssocBinding(types, slot, self, t);
}

void TypeTable::FixFnOutputs(const std::vector<FnOutputFix>& fixes, std::vector<TypeId>& args) {
  for (const FnOutputFix& fx : fixes) {
    if (fx.fn_param >= args.size() || !args[fx.fn_param].is_valid()) continue;
    TypeId f = Resolve(args[fx.fn_param]);
    if (fx.slot != UINT32_MAX) {
      TypeId proj = Assoc(fx.slot, f, false);
      if (kind(proj) != TyKind::Assoc) MatchType(*this, fx.out, proj, args);
      continue;
    }
    if (kind(f) == TyKind::FnPtr) {
      // A fn item or pointer (`it.map(depth)`): its declared return type.
      MatchType(*this, fx.out, elems(f).back(), args);
      continue;
    }
    if (kind(f) != TyKind::Closure) continue;
    auto it = closure_out.find(a(f));
    if (it == closure_out.end()) continue;
    std::vector<TypeId> g = elems(f);
    TypeId out = g.empty() ? it->second : Subst(it->second, g);
    MatchType(*this, fx.out, out, args);
  }
}

}  // namespace rustg
