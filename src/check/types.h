// Types of the compile subset: an interned table (equal types have equal ids) plus inference
// variables with union-find, so unification is id comparison after resolution.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/id.h"

namespace rustg {

// One type in a TypeTable.
using TypeId = Id<struct TypeTag>;

// Type constructors.
enum class TyKind : uint8_t {
  Error,     // after a reported error; unifies with anything
  Never,     // ! (diverging expressions); coerces to anything
  Bool,
  Char,
  Int,       // a: IntTy
  Float,     // a: 32 or 64
  Str,       // str (only behind a reference)
  Ref,       // a: pointee TypeId, b: 1 when &mut
  Tuple,     // elems; the empty tuple is `()`
  Array,     // a: element TypeId, b: length
  Range,     // a: element TypeId, b: 1 when inclusive (`a..=b`)
  Struct,    // a: struct index in the item table; elems: type arguments of a generic struct
  Enum,      // a: enum definition (Typed::enums index); elems: type arguments (Option<T>)
  String,    // std's String: an owned UTF-8 buffer
  Vec,       // a: element TypeId (std's Vec<T>: a heap buffer, pointer/length/capacity)
  Param,     // a: index of a type parameter in its item's list; b: 1 + name id (0: unnamed)
  Box,       // a: the boxed TypeId (std's Box<T>: an owning pointer to one heap value)
  Formatter, // std::fmt::Formatter (only behind `&mut`): the buffer a Display/Debug impl writes to
  Var,       // an inference variable (any type)
  IntVar,    // an integer literal's type, defaulting to i32
  FloatVar,  // a float literal's type, defaulting to f64
  Slice,     // a: element TypeId ([T]; only behind a reference: `&[T]` is a pointer and a length)
  Closure,   // a closure expression's own type: a: its ClosureExpr node; elems: the enclosing function's type parameters
  Assoc,     // an associated type projection `<Self as Trait>::Name`: a: TypeTable::assoc_slots index; elems: [Self]
  FnPtr,     // a fn pointer `fn(A, B) -> R`: elems: the parameter types, then the return type
  Dyn,       // a trait object `dyn Trait` (only behind &, &mut, Box): a: the trait (Typed::traits index,
             // or a builtin Fn trait id with elems [argument tuple, return type])
  ConstVal,  // a const generic argument's value (`3` in `Vector<3>`): a: low 32 bits, b: high 32 bits
  RawPtr,    // a raw pointer `*const T` / `*mut T`: a: pointee TypeId, b: 1 when `*mut` (a C pointer)
};

// Array b with this bit set: the length is the type (b & ~bit): a const parameter (Param), an
// inference variable or an error; one with a known value (ConstVal) is always a plain length.
inline constexpr uint32_t kArrayLenIsType = 0x80000000u;

// Integer types, signed first; the order is relied on by IsSigned.
enum class IntTy : uint8_t { I8, I16, I32, I64, I128, Isize, U8, U16, U32, U64, U128, Usize };

// Whether an integer type is signed.
inline auto IsSigned(IntTy t) -> bool { return t <= IntTy::Isize; }
// Width in bits (isize/usize: 64, rustg targets 64-bit hosts).
auto IntBits(IntTy t) -> uint32_t;
// Rust's name of an integer type ("i32").
auto IntTyName(IntTy t) -> const char*;
// The integer type named `name`, or false.
auto IntTyFromName(std::string_view name, IntTy& out) -> bool;

class TypeTable;
// An associated type a trait declares (`type Item;`), named by trait id and name.
struct AssocSlot {
  uint32_t trait;     // Typed::traits index or a builtin trait id
  std::string trait_name;
  std::string name;
};
// An impl parameter fixed by another's `Fn` bound rather than by the self type: in
// `impl<B, I, F: FnMut(I::Item) -> B> Iterator for Map<I, F>`, B is F's output.
struct FnOutputFix {
  uint32_t fn_param;  // the impl parameter bounded by `Fn(..) -> out`
  TypeId out;         // the bound's output, in the impl's parameters (Param(B), Option<B>, ...)
  // UINT32_MAX: `out` is the Fn output; else the assoc_slots index of an equality bound
  // (`I: Iterator<Item = &'a T>` fixes T from I's Item).
  uint32_t slot = UINT32_MAX;
};
// An impl's binding of an associated type (`type Item = u32;` in `impl<T> Tr for S<T>`).
struct AssocBinding {
  uint32_t slot;      // TypeTable::assoc_slots index
  TypeId self_ty;     // the impl's self type (Param(i): its parameters)
  uint32_t params;    // how many parameters the impl has
  TypeId ty;          // the bound type; may mention the impl's parameters
  std::vector<FnOutputFix> fixes;  // parameters that only a closure's output fixes
};
// Rewrites the projection `t` (kind Assoc) to the type its impl binds, or returns t; set by the
// checker (impl matching lives there), a plain function so the table stays movable.
using AssocNormalizer = TypeId (*)(TypeTable& types, TypeId t);

// All types of a build.
class TypeTable {
 public:
  TypeTable();
  // Interned constructors.
  auto Prim(TyKind k) -> TypeId { return Intern(k, 0, 0, {}); }
  auto Int(IntTy t) -> TypeId { return Intern(TyKind::Int, static_cast<uint32_t>(t), 0, {}); }
  auto Float(uint32_t bits) -> TypeId { return Intern(TyKind::Float, bits, 0, {}); }
  auto Ref(TypeId to, bool mut) -> TypeId { return Intern(TyKind::Ref, to.index, mut, {}); }
  // `*const to` / `*mut to`.
  auto RawPtr(TypeId to, bool mut) -> TypeId { return Intern(TyKind::RawPtr, to.index, mut, {}); }
  auto Tuple(const std::vector<TypeId>& elems) -> TypeId;
  auto Array(TypeId elem, uint32_t len) -> TypeId { return Intern(TyKind::Array, elem.index, len, {}); }
  // `[elem; len]` with the length a type (ConstVal: a plain Array; Param or Var: a generic length).
  auto ArrayOf(TypeId elem, TypeId len) -> TypeId;
  // The length of array t as a type: ConstVal of a plain length, else the generic length's type.
  auto ArrayLen(TypeId t) -> TypeId;
  // Whether array t's length is a const parameter or still unknown (not a number).
  auto ArrayLenGeneric(TypeId t) const -> bool { return (b_[t.index] & kArrayLenIsType) != 0; }
  // The value `v` of a const generic argument (two's complement for signed types).
  auto ConstVal(uint64_t v) -> TypeId {
    return Intern(TyKind::ConstVal, static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32), {});
  }
  // The value of a ConstVal type.
  auto ConstValue(TypeId t) const -> uint64_t { return uint64_t{b_[t.index]} << 32 | a_[t.index]; }
  auto Range(TypeId elem, bool inclusive) -> TypeId { return Intern(TyKind::Range, elem.index, inclusive, {}); }
  auto Struct(uint32_t index, const std::vector<TypeId>& args = {}) -> TypeId {
    return Intern(TyKind::Struct, index, static_cast<uint32_t>(args.size()), args);
  }
  auto Enum(uint32_t def, const std::vector<TypeId>& args) -> TypeId {
    return Intern(TyKind::Enum, def, static_cast<uint32_t>(args.size()), args);
  }
  auto Param(uint32_t index) -> TypeId { return Intern(TyKind::Param, index, 0, {}); }
  auto Closure(uint32_t node, const std::vector<TypeId>& generics) -> TypeId {
    return Intern(TyKind::Closure, node, static_cast<uint32_t>(generics.size()), generics);
  }
  // The type parameter `name` at position `index` of a generic item (spelt by its name).
  auto ParamNamed(uint32_t index, const std::string& name) -> TypeId;
  auto Box(TypeId elem) -> TypeId { return Intern(TyKind::Box, elem.index, 0, {}); }
  // Whether t mentions a type parameter (a generic item's type, to be substituted per instance).
  auto HasParam(TypeId t) -> bool;
  auto Vec(TypeId elem) -> TypeId { return Intern(TyKind::Vec, elem.index, 0, {}); }
  auto Slice(TypeId elem) -> TypeId { return Intern(TyKind::Slice, elem.index, 0, {}); }
  // `dyn Trait` of trait `trait` (a Typed::traits index).
  auto Dyn(uint32_t trait) -> TypeId { return Intern(TyKind::Dyn, trait, 0, {}); }
  // `dyn Fn(args..) -> ret` (trait: the builtin id of Fn, FnMut or FnOnce; args: a tuple).
  auto DynFn(uint32_t trait, TypeId args, TypeId ret) -> TypeId { return Intern(TyKind::Dyn, trait, 2, {args, ret}); }
  // `dyn Tr<A, B>` of a generic user trait: elems [the argument tuple (A, B)].
  auto DynGeneric(uint32_t trait, TypeId args) -> TypeId { return Intern(TyKind::Dyn, trait, 1, {args}); }
  // `fn(params) -> ret`.
  auto FnPtr(std::vector<TypeId> params, TypeId ret) -> TypeId {
    params.push_back(ret);
    return Intern(TyKind::FnPtr, 0, static_cast<uint32_t>(params.size()), params);
  }
  // t with Param(i) replaced by args[i].
  auto Subst(TypeId t, const std::vector<TypeId>& args) -> TypeId;
  // A fresh inference variable of kind Var, IntVar or FloatVar.
  auto NewVar(TyKind k) -> TypeId;
  // The slot of associated type `name` of trait `trait` (added on first use).
  auto AssocSlotOf(uint32_t trait, const std::string& trait_name, const std::string& name) -> uint32_t;
  // The projection `<self as Trait>::Name` of slot `slot`, normalized where self's impl is known;
  // with inference variables in self, a fresh variable bound once they are (`defer_vars`).
  auto Assoc(uint32_t slot, TypeId self, bool defer_vars = true) -> TypeId;
  // Whether t (resolved through variables) mentions an unbound inference variable.
  auto HasVar(TypeId t) -> bool;
  // How many types the table holds (TypeId(0) .. TypeId(count() - 1)).
  auto count() const -> uint32_t { return static_cast<uint32_t>(kind_.size()); }
  // Associated types declared by traits and bound by impls (read by the normalizer).
  std::vector<AssocSlot> assoc_slots;
  std::vector<AssocBinding> assoc_bindings;
  AssocNormalizer normalize_assoc = nullptr;
  // Equalities the function being checked may assume (`I: Iterator<Item = u32>`):
  // (bounded type index << 32 | slot) -> the type; empty outside the checker.
  std::unordered_map<uint64_t, TypeId> assoc_env;

  // Per ClosureExpr node: its return type (in its enclosing function's parameters), so impl
  // matching can fix parameters by a closure's output (FixFnOutputs).
  std::unordered_map<uint32_t, TypeId> closure_out;
  // Binds the impl parameters in `args` that `fixes` determine from the closure types already
  // bound to their `Fn` parameters.
  void FixFnOutputs(const std::vector<FnOutputFix>& fixes, std::vector<TypeId>& args);

  // Follows variable bindings to the representative type (not recursive into components).
  auto Resolve(TypeId t) -> TypeId;
  // Makes a and b equal; false when they cannot be. Never and Error unify with anything.
  auto Unify(TypeId a, TypeId b) -> bool;
  // Fully resolved type, components included, with unbound IntVar -> i32, FloatVar -> f64
  // (and unbound Var -> Error when `default_vars`, for a caller that reports it).
  auto Finalize(TypeId t) -> TypeId;
  // Rust's spelling for diagnostics (`i32`, `&str`, `{integer}`, `(i32, bool)`).
  auto Name(TypeId t) -> std::string;

  auto kind(TypeId t) const -> TyKind { return kind_[t.index]; }
  auto a(TypeId t) const -> uint32_t { return a_[t.index]; }
  auto b(TypeId t) const -> uint32_t { return b_[t.index]; }
  auto elems(TypeId t) const -> std::vector<TypeId>;
  auto int_ty(TypeId t) const -> IntTy { return static_cast<IntTy>(a_[t.index]); }
  // Struct and enum names, so Name() can spell them (set by the checker).
  std::vector<std::string> struct_names;
  std::vector<std::string> enum_names;
  // Trait names, so Name() can spell `dyn Trait` (set by the checker).
  std::vector<std::string> trait_names;
  // Names of named type parameters (Param b - 1).
  std::vector<std::string> param_names;

  // Common types, interned once.
  TypeId error, unit, never, boolean, character, str, ref_str, f64, f32, i32, usize, string;

 private:
  // A Tuple, Enum or Struct like t with elements es.
  auto Rebuild(TypeId t, const std::vector<TypeId>& es) -> TypeId;
  auto Intern(TyKind k, uint32_t a, uint32_t b, const std::vector<TypeId>& elems) -> TypeId;
  auto OccursIn(TypeId var, TypeId t) -> bool;
  auto IsVarKind(TypeId t) const -> bool {
    TyKind k = kind_[t.index];
    return k == TyKind::Var || k == TyKind::IntVar || k == TyKind::FloatVar;
  }
  // Binds an unbound literal variable to its default type.
  auto bind_default(TypeId var, TypeId to) -> TypeId {
    bound_[var.index] = to;
    return to;
  }

  std::vector<TyKind> kind_;
  std::vector<uint32_t> a_, b_;
  // Tuple elements: [elem_first_[t], elem_first_[t] + b_[t]) in elem_pool_.
  std::vector<uint32_t> elem_first_;
  std::vector<TypeId> elem_pool_;
  // Binding of each variable (invalid when unbound); ignored for non-variables.
  std::vector<TypeId> bound_;
  std::unordered_map<std::string, TypeId> interned_;
  // Variables standing for projections whose Self still had inference variables (var index ->
  // the Assoc type); Resolve binds them once Self is known.
  std::unordered_map<uint32_t, TypeId> pending_assoc_;
};

}  // namespace rustg
