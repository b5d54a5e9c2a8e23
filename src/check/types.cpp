#include "check/types.h"

#include "check/check.h"  // BuiltinTraitName, for `dyn Fn`

#include <fmt/format.h>

namespace rustg {

auto IntBits(IntTy t) -> uint32_t {
  switch (t) {
    case IntTy::I8: case IntTy::U8: return 8;
    case IntTy::I16: case IntTy::U16: return 16;
    case IntTy::I32: case IntTy::U32: return 32;
    case IntTy::I64: case IntTy::U64: case IntTy::Isize: case IntTy::Usize: return 64;
    case IntTy::I128: case IntTy::U128: return 128;
  }
  return 64;
}

auto IntTyName(IntTy t) -> const char* {
  static const char* kNames[] = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"};
  return kNames[static_cast<int>(t)];
}

auto IntTyFromName(std::string_view name, IntTy& out) -> bool {
  for (int i = 0; i <= static_cast<int>(IntTy::Usize); ++i) {
    if (name == IntTyName(static_cast<IntTy>(i))) {
      out = static_cast<IntTy>(i);
      return true;
    }
  }
  return false;
}

TypeTable::TypeTable() {
  error = Prim(TyKind::Error);
  unit = Tuple({});
  never = Prim(TyKind::Never);
  boolean = Prim(TyKind::Bool);
  character = Prim(TyKind::Char);
  str = Prim(TyKind::Str);
  ref_str = Ref(str, false);
  f64 = Float(64);
  f32 = Float(32);
  i32 = Int(IntTy::I32);
  usize = Int(IntTy::Usize);
  string = Prim(TyKind::String);
}

auto TypeTable::Intern(TyKind k, uint32_t a, uint32_t b, const std::vector<TypeId>& elems) -> TypeId {
  // The key is the fixed-width bytes of (kind, a, b, elems): one per distinct type, built without
  // formatting (this runs for every type the checker forms; text keys made it a top cost).
  static_assert(sizeof(TypeId) == sizeof(uint32_t));
  uint32_t head[3] = {static_cast<uint32_t>(k), a, b};
  std::string key(reinterpret_cast<const char*>(head), sizeof head);
  if (!elems.empty()) key.append(reinterpret_cast<const char*>(elems.data()), elems.size() * sizeof(TypeId));
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  TypeId id(static_cast<uint32_t>(kind_.size()));
  kind_.push_back(k);
  a_.push_back(a);
  b_.push_back(b);
  elem_first_.push_back(static_cast<uint32_t>(elem_pool_.size()));
  elem_pool_.insert(elem_pool_.end(), elems.begin(), elems.end());
  bound_.push_back(TypeId::Invalid());
  interned_.emplace(std::move(key), id);
  return id;
}

auto TypeTable::Subst(TypeId t, const std::vector<TypeId>& args) -> TypeId {
  if (args.empty()) return t;
  t = Resolve(t);
  switch (kind(t)) {
    case TyKind::Param: return a(t) < args.size() ? args[a(t)] : error;
    case TyKind::Ref: return Ref(Subst(TypeId(a(t)), args), b(t));
    case TyKind::RawPtr: return RawPtr(Subst(TypeId(a(t)), args), b(t));
    case TyKind::Array:
      if (ArrayLenGeneric(t)) return ArrayOf(Subst(TypeId(a(t)), args), Subst(ArrayLen(t), args));
      return Array(Subst(TypeId(a(t)), args), b(t));
    case TyKind::Vec: return Vec(Subst(TypeId(a(t)), args));
    case TyKind::Slice: return Slice(Subst(TypeId(a(t)), args));
    case TyKind::Box: return Box(Subst(TypeId(a(t)), args));
    case TyKind::Range: return Range(Subst(TypeId(a(t)), args), b(t));
    case TyKind::FnPtr: case TyKind::Dyn:
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: case TyKind::Closure: {
      std::vector<TypeId> es = elems(t);
      for (TypeId& e : es) e = Subst(e, args);
      return Rebuild(t, es);
    }
    case TyKind::Assoc: return Assoc(a(t), Subst(elems(t)[0], args));
    default: return t;
  }
}

auto TypeTable::ArrayOf(TypeId elem, TypeId len) -> TypeId {
  len = Resolve(len);
  if (kind(len) == TyKind::ConstVal) {
    // A length past the flag bit has no plain form: an error (the checker reports such lengths).
    if (ConstValue(len) >= kArrayLenIsType) return error;
    return Array(elem, static_cast<uint32_t>(ConstValue(len)));
  }
  return Intern(TyKind::Array, elem.index, kArrayLenIsType | len.index, {});
}

auto TypeTable::ArrayLen(TypeId t) -> TypeId {
  if (!ArrayLenGeneric(t)) return ConstVal(b(t));
  TypeId len = Resolve(TypeId(b(t) & ~kArrayLenIsType));
  return len;
}

auto TypeTable::AssocSlotOf(uint32_t trait, const std::string& trait_name, const std::string& name) -> uint32_t {
  for (size_t i = 0; i < assoc_slots.size(); ++i) {
    if (assoc_slots[i].trait == trait && assoc_slots[i].name == name) return static_cast<uint32_t>(i);
  }
  assoc_slots.push_back({trait, trait_name, name});
  return static_cast<uint32_t>(assoc_slots.size() - 1);
}

auto TypeTable::Assoc(uint32_t slot, TypeId self, bool defer_vars) -> TypeId {
  TypeId t = Intern(TyKind::Assoc, slot, 1, {Resolve(self)});
  if (normalize_assoc != nullptr) {
    TypeId n = normalize_assoc(*this, t);
    if (n != t) return n;
  }
  if (!assoc_env.empty()) {
    auto it = assoc_env.find(uint64_t{Resolve(self).index} << 32 | slot);
    if (it != assoc_env.end()) return it->second;
  }
  if (!defer_vars || !HasVar(self)) return t;
  TypeId v = NewVar(TyKind::Var);
  pending_assoc_.emplace(v.index, t);
  return v;
}

auto TypeTable::HasVar(TypeId t) -> bool {
  t = Resolve(t);
  switch (kind(t)) {
    case TyKind::Var: case TyKind::IntVar: case TyKind::FloatVar: return true;
    case TyKind::Array:
      return HasVar(TypeId(a(t))) || (ArrayLenGeneric(t) && HasVar(ArrayLen(t)));
    case TyKind::Ref: case TyKind::Range: case TyKind::Vec: case TyKind::Box: case TyKind::RawPtr:
      return HasVar(TypeId(a(t)));
    case TyKind::FnPtr: case TyKind::Dyn:
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: case TyKind::Closure: case TyKind::Assoc:
      for (TypeId e : elems(t)) {
        if (HasVar(e)) return true;
      }
      return false;
    default: return false;
  }
}

auto TypeTable::Rebuild(TypeId t, const std::vector<TypeId>& es) -> TypeId {
  switch (kind(t)) {
    case TyKind::Tuple: return Tuple(es);
    case TyKind::Enum: return Enum(a(t), es);
    case TyKind::Closure: return Closure(a(t), es);
    case TyKind::FnPtr: return Intern(TyKind::FnPtr, 0, static_cast<uint32_t>(es.size()), es);
    case TyKind::Dyn: return Intern(TyKind::Dyn, a(t), static_cast<uint32_t>(es.size()), es);
    default: return Struct(a(t), es);
  }
}

auto TypeTable::ParamNamed(uint32_t index, const std::string& name) -> TypeId {
  uint32_t id = 0;
  while (id < param_names.size() && param_names[id] != name) ++id;
  if (id == param_names.size()) param_names.push_back(name);
  return Intern(TyKind::Param, index, id + 1, {});
}

auto TypeTable::HasParam(TypeId t) -> bool {
  t = Resolve(t);
  switch (kind(t)) {
    case TyKind::Param: return true;
    case TyKind::Array: return HasParam(TypeId(a(t))) || (ArrayLenGeneric(t) && HasParam(ArrayLen(t)));
    case TyKind::Ref: case TyKind::Range: case TyKind::Vec: case TyKind::Box: case TyKind::Slice:
    case TyKind::RawPtr:
      return HasParam(TypeId(a(t)));
    case TyKind::FnPtr: case TyKind::Dyn:
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: case TyKind::Closure: case TyKind::Assoc:
      for (TypeId e : elems(t)) {
        if (HasParam(e)) return true;
      }
      return false;
    default: return false;
  }
}

auto TypeTable::Tuple(const std::vector<TypeId>& elems) -> TypeId {
  return Intern(TyKind::Tuple, 0, static_cast<uint32_t>(elems.size()), elems);
}

auto TypeTable::elems(TypeId t) const -> std::vector<TypeId> {
  uint32_t f = elem_first_[t.index];
  return std::vector<TypeId>(elem_pool_.begin() + f, elem_pool_.begin() + f + b_[t.index]);
}

auto TypeTable::NewVar(TyKind k) -> TypeId {
  TypeId id(static_cast<uint32_t>(kind_.size()));
  kind_.push_back(k);
  a_.push_back(0);
  b_.push_back(0);
  elem_first_.push_back(static_cast<uint32_t>(elem_pool_.size()));
  bound_.push_back(TypeId::Invalid());
  return id;
}

auto TypeTable::Resolve(TypeId t) -> TypeId {
  while (IsVarKind(t) && bound_[t.index].is_valid()) t = bound_[t.index];
  if (!pending_assoc_.empty() && kind_[t.index] == TyKind::Var) {
    // A projection waiting for its Self: bind the variable once the impl decides it.
    auto it = pending_assoc_.find(t.index);
    if (it != pending_assoc_.end()) {
      // Out of the table while it is evaluated: a projection whose Self mentions this variable
      // (through other pending projections) would otherwise resolve itself without end.
      TypeId proj = it->second;
      pending_assoc_.erase(it);
      TypeId n = Assoc(a(proj), elems(proj)[0], false);
      if ((kind_[n.index] != TyKind::Assoc || !HasVar(elems(n)[0])) && !OccursIn(t, n)) {
        bound_[t.index] = n;
        return Resolve(n);
      }
      pending_assoc_.emplace(t.index, proj);
    }
  }
  return t;
}

auto TypeTable::OccursIn(TypeId var, TypeId t) -> bool {
  t = Resolve(t);
  if (t == var) return true;
  switch (kind(t)) {
    case TyKind::Array:
      return OccursIn(var, TypeId(a(t))) || (ArrayLenGeneric(t) && OccursIn(var, ArrayLen(t)));
    case TyKind::Ref: case TyKind::Range: case TyKind::Vec: case TyKind::Box: case TyKind::Slice:
    case TyKind::RawPtr:
      return OccursIn(var, TypeId(a(t)));
    case TyKind::FnPtr: case TyKind::Dyn:
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: case TyKind::Closure: case TyKind::Assoc:
      for (TypeId e : elems(t)) {
        if (OccursIn(var, e)) return true;
      }
      return false;
    default: return false;
  }
}

auto TypeTable::Unify(TypeId x, TypeId y) -> bool {
  // An impl argument nothing determined (`impl<const N: usize> Foo<N> for ()` matched by `()`)
  // substitutes to no type at all: it unifies with nothing rather than reading outside the table.
  if (!x.is_valid() || !y.is_valid()) return false;
  x = Resolve(x);
  y = Resolve(y);
  if (x == y) return true;
  TyKind kx = kind(x), ky = kind(y);
  auto bind = [&](TypeId var, TypeId to) {
    bound_[var.index] = to;
    return true;
  };
  if (kx == TyKind::Var) return OccursIn(x, y) ? false : bind(x, y);
  if (ky == TyKind::Var) return OccursIn(y, x) ? false : bind(y, x);
  // An error poisons literal variables too, so no follow-up errors mention them.
  if (kx == TyKind::IntVar || kx == TyKind::FloatVar) {
    if (ky == TyKind::Error) return bind(x, y);
  }
  if (ky == TyKind::IntVar || ky == TyKind::FloatVar) {
    if (kx == TyKind::Error) return bind(y, x);
  }
  if (kx == TyKind::Error || ky == TyKind::Error || kx == TyKind::Never || ky == TyKind::Never) return true;
  if (kx == TyKind::IntVar) return (ky == TyKind::Int || ky == TyKind::IntVar) && bind(x, y);
  if (ky == TyKind::IntVar) return kx == TyKind::Int && bind(y, x);
  if (kx == TyKind::FloatVar) return (ky == TyKind::Float || ky == TyKind::FloatVar) && bind(x, y);
  if (ky == TyKind::FloatVar) return kx == TyKind::Float && bind(y, x);
  if (kx != ky) return false;
  switch (kx) {
    case TyKind::Ref: case TyKind::RawPtr: return b(x) == b(y) && Unify(TypeId(a(x)), TypeId(a(y)));
    case TyKind::Array:
      // A generic length unifies as a type (a variable takes the other side's ConstVal).
      if (ArrayLenGeneric(x) || ArrayLenGeneric(y))
        return Unify(ArrayLen(x), ArrayLen(y)) && Unify(TypeId(a(x)), TypeId(a(y)));
      return b(x) == b(y) && Unify(TypeId(a(x)), TypeId(a(y)));
    case TyKind::Range: return b(x) == b(y) && Unify(TypeId(a(x)), TypeId(a(y)));
    case TyKind::Vec: case TyKind::Box: case TyKind::Slice: return Unify(TypeId(a(x)), TypeId(a(y)));
    case TyKind::FnPtr: case TyKind::Dyn:
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: case TyKind::Closure: case TyKind::Assoc: {
      if (b(x) != b(y) || a(x) != a(y)) return false;
      std::vector<TypeId> ex = elems(x), ey = elems(y);
      for (size_t i = 0; i < ex.size(); ++i) {
        if (!Unify(ex[i], ey[i])) return false;
      }
      return true;
    }
    default: return false;  // distinct interned primitives
  }
}

auto TypeTable::Finalize(TypeId t) -> TypeId {
  t = Resolve(t);
  switch (kind(t)) {
    case TyKind::IntVar: return bind_default(t, i32);
    case TyKind::FloatVar: return bind_default(t, f64);
    case TyKind::Var: return error;
    case TyKind::Ref: return Ref(Finalize(TypeId(a(t))), b(t));
    case TyKind::RawPtr: return RawPtr(Finalize(TypeId(a(t))), b(t));
    case TyKind::Array:
      if (ArrayLenGeneric(t)) return ArrayOf(Finalize(TypeId(a(t))), Finalize(ArrayLen(t)));
      return Array(Finalize(TypeId(a(t))), b(t));
    case TyKind::Range: return Range(Finalize(TypeId(a(t))), b(t));
    case TyKind::Vec: return Vec(Finalize(TypeId(a(t))));
    case TyKind::Slice: return Slice(Finalize(TypeId(a(t))));
    case TyKind::Box: return Box(Finalize(TypeId(a(t))));
    case TyKind::FnPtr: case TyKind::Dyn:
    case TyKind::Tuple: case TyKind::Enum: case TyKind::Struct: case TyKind::Closure: {
      std::vector<TypeId> es = elems(t);
      for (TypeId& e : es) e = Finalize(e);
      return Rebuild(t, es);
    }
    case TyKind::Assoc: return Assoc(a(t), Finalize(elems(t)[0]), false);
    default: return t;
  }
}

auto TypeTable::Name(TypeId t) -> std::string {
  t = Resolve(t);
  switch (kind(t)) {
    case TyKind::Error: return "{error}";
    case TyKind::Never: return "!";
    case TyKind::Bool: return "bool";
    case TyKind::Char: return "char";
    case TyKind::Int: return IntTyName(int_ty(t));
    case TyKind::Float: return a(t) == 32 ? "f32" : "f64";
    case TyKind::Str: return "str";
    case TyKind::Ref: return (b(t) ? "&mut " : "&") + Name(TypeId(a(t)));
    case TyKind::RawPtr: return (b(t) ? "*mut " : "*const ") + Name(TypeId(a(t)));
    case TyKind::Tuple: {
      std::vector<TypeId> es = elems(t);
      std::string s = "(";
      for (size_t i = 0; i < es.size(); ++i) s += (i ? ", " : "") + Name(es[i]);
      return s + (es.size() == 1 ? ",)" : ")");
    }
    case TyKind::Array:
      if (ArrayLenGeneric(t)) {
        TypeId len = Resolve(ArrayLen(t));
        return fmt::format("[{}; {}]", Name(TypeId(a(t))), kind(len) == TyKind::Var ? "_" : Name(len));
      }
      return fmt::format("[{}; {}]", Name(TypeId(a(t))), b(t));
    case TyKind::ConstVal: return fmt::format("{}", ConstValue(t));
    case TyKind::Range: return fmt::format("{}<{}>", b(t) ? "RangeInclusive" : "std::ops::Range", Name(TypeId(a(t))));
    case TyKind::Struct: case TyKind::Enum: {
      const std::vector<std::string>& names = kind(t) == TyKind::Struct ? struct_names : enum_names;
      std::string s = a(t) < names.size() ? names[a(t)] : "{adt}";
      std::vector<TypeId> es = elems(t);
      if (es.empty()) return s;
      s += "<";
      for (size_t i = 0; i < es.size(); ++i) s += (i ? ", " : "") + Name(es[i]);
      return s + ">";
    }
    case TyKind::Param: return b(t) ? param_names[b(t) - 1] : fmt::format("T{}", a(t));
    case TyKind::Box: return fmt::format("Box<{}>", Name(TypeId(a(t))));
    case TyKind::Formatter: return "Formatter<'_>";
    case TyKind::Vec: return fmt::format("Vec<{}>", Name(TypeId(a(t))));
    case TyKind::String: return "String";
    case TyKind::Var: return "_";
    case TyKind::IntVar: return "{integer}";
    case TyKind::FloatVar: return "{float}";
    case TyKind::Slice: return fmt::format("[{}]", Name(TypeId(a(t))));
    case TyKind::Closure: return "{closure}";
    case TyKind::Dyn: {
      if (b(t) == 2) {  // dyn Fn(A) -> R
        std::vector<TypeId> es = elems(t), as = elems(Resolve(es[0]));
        std::string s = std::string("dyn ") + std::string(BuiltinTraitName(a(t))) + "(";
        for (size_t i = 0; i < as.size(); ++i) s += (i ? ", " : "") + Name(as[i]);
        s += ")";
        if (kind(Resolve(es[1])) != TyKind::Tuple || b(Resolve(es[1])) != 0) s += " -> " + Name(es[1]);
        return s;
      }
      std::string s = "dyn " + (a(t) < trait_names.size() ? trait_names[a(t)] : std::string("Trait"));
      if (b(t) == 1) {  // dyn Tr<A, B>: the trait's arguments
        std::vector<TypeId> as = elems(Resolve(elems(t)[0]));
        s += "<";
        for (size_t i = 0; i < as.size(); ++i) s += (i ? ", " : "") + Name(as[i]);
        s += ">";
      }
      return s;
    }
    case TyKind::FnPtr: {
      std::vector<TypeId> es = elems(t);
      std::string s = "fn(";
      for (size_t i = 0; i + 1 < es.size(); ++i) s += (i ? ", " : "") + Name(es[i]);
      s += ")";
      if (kind(Resolve(es.back())) != TyKind::Tuple || b(Resolve(es.back())) != 0) s += " -> " + Name(es.back());
      return s;
    }
    case TyKind::Assoc: {
      const AssocSlot& sl = assoc_slots[a(t)];
      return fmt::format("<{} as {}>::{}", Name(elems(t)[0]), sl.trait_name, sl.name);
    }
  }
  return "?";
}

}  // namespace rustg
