// Type checking of the compile subset: types of every expression and binding, inferred per
// function by unification (integer literals default to i32, float literals to f64), and the
// built-in operation each method call or std path stands for.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diag.h"
#include "base/source.h"
#include "check/types.h"
#include "expand/expand.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "resolve/resolve.h"

namespace rustg {

// Built-in operations a MethodCallExpr, CallExpr or PathExpr node stands for (std's methods and
// functions the subset implements directly).
enum class Builtin : uint8_t {
  None,
  // std paths
  ProcessExit,  // std::process::exit(code)
  IntMax,       // <int>::MAX
  IntMin,       // <int>::MIN
  IntBits,      // <int>::BITS
  FloatConst,   // f64::MAX, f64::consts::PI, ... (value in the path text)
  // methods on ranges
  Rev,
  StepBy,
  // methods on integers
  Abs,
  Pow,
  Min,
  Max,
  WrappingAdd,
  WrappingSub,
  WrappingMul,
  IsPositive,
  IsNegative,
  Signum,
  CountOnes,
  LeadingZeros,
  TrailingZeros,
  // methods on floats
  Sqrt,
  Powi,
  Powf,
  Floor,
  Ceil,
  Round,
  Trunc,
  FAbs,
  FMin,
  FMax,
  Sin,
  Cos,
  Exp,
  Ln,
  IsNan,
  // methods on str
  StrLen,
  StrIsEmpty,
  // methods on arrays
  ArrayLen,
  // arrays: `.iter()` (in a `for` head only)
  ArrayIter,
  // String
  StringNew,    // String::new() (path)
  StringFrom,   // String::from(&str) (path)
  ToString,     // x.to_string() of a Display primitive or &str
  StringPushStr,
  StringPush,
  StringLen,
  StringIsEmpty,
  StringAsStr,
  Clone,        // .clone() of a String (a copy of the buffer) or of a Copy value
  // Vec
  VecNew,      // Vec::new() / Vec::with_capacity(n) (path)
  VecPush,
  VecPop,
  VecLen,
  VecIsEmpty,
  VecContains,
  VecSort,
  VecClear,
  VecIter,     // `.iter()` / `.iter_mut()` in a `for` head
  // Box
  BoxNew,      // Box::new(x) (path)
  // a tuple struct's name called as its constructor (node_fn: the struct index)
  StructCtor,
  // a unit struct's name as a value (node_fn: the struct index)
  UnitStruct,
  // enum variants: a tuple variant called as constructor / a unit variant as a value (node_fn:
  // the variant index; the enum comes from the node's type)
  VariantCtor,
  VariantValue,
  // Option / Result methods
  Unwrap,
  Expect,
  UnwrapOr,
  IsSome,
  IsNone,
  IsOk,
  IsErr,
  // char
  CharIsDigit,
  CharIsAlphabetic,
  CharToDigit,
  // slices (`&[T]`, and Vec / arrays by auto-deref; check/slices.h)
  SliceLen,
  SliceIsEmpty,
  SliceFirst,
  SliceLast,
  SliceGet,
  SliceContains,
  SliceSwap,
  SliceReverse,
  SliceSort,         // sort / sort_unstable
  SliceToVec,
  SliceSplitAt,
  SliceStartsWith,
  SliceEndsWith,
  SliceBinarySearch,
  SliceConcat,
  SliceJoin,
  SliceIter,         // `.iter()` / `.iter_mut()` in a `for` head
  StrAsBytes,        // `s.as_bytes()`: the str's bytes as `&[u8]`
  BlackBox,          // std::hint::black_box(x): x (an optimization barrier only)
  MemDrop,           // drop(x) / std::mem::drop(x): x's destructor runs now
  MemSwap,           // std::mem::swap(&mut a, &mut b)
  MemReplace,        // std::mem::replace(&mut a, v): a's old value
  MemTake,           // std::mem::take(&mut a): a's old value, a left with its type's default
  PreludeHash,       // __rustg_hash(&k) (std subset only): k's structural hash as u64
  PreludeAsMut,      // __rustg_as_mut(&x) (std subset only): the same place as `&mut` (UnsafeCell::get)
  PreludeBoxLeak,    // __rustg_box_leak(b) (std subset only): the Box's heap value as `&mut`, never freed
  PreludeBoxFrom,    // __rustg_box_from(r) (std subset only): the Box owning a leaked value again
  PreludeAddr,       // __rustg_addr(&x) (std subset only): x's address as usize (Rc::ptr_eq)
  StdMethod,         // a method of check/std_methods_checker.inc, lowered by receiver type and name
  OrdCmp,            // an order: cmp/partial_cmp/max/min/clamp, Ordering's methods, `<` on aggregates
  FnItem,            // a free function used as a value: its fn pointer (node_fn: the function)
  AssocConst,        // `Type::NAME` / `Self::NAME` of an impl's or trait's constant (Typed::assoc_const_refs)
  Into,              // x.into(): node_fn the user's `from` when one was chosen, else a std conversion by types
  PrimFrom,          // u64::from(x), f64::from(x), char::from(b): std's `From` into a primitive
  DefaultOf,         // T::default() (T: Default parameter, primitive, String): its default value
  PreludeChar,       // __rustg_char(u) (std subset only): the char of a scalar value the caller validated
  PrimStatic,        // u32::from_be_bytes, f64::from_bits, char::from_u32, ..: node_fn a PrimStaticFn
  StructCtorValue,   // a tuple struct's name used as a value (`let make = Pair;`): its constructor as a fn pointer
  AssocConstParam,   // `T::NAME` / `Self::NAME` of a type parameter (Typed::assoc_const_params): per instance
  UnwrapErr,         // Result::unwrap_err(): the Err payload, or a panic naming the caller (Ok's Debug)
  ExpectErr,         // Result::expect_err(msg): as UnwrapErr with the message
  FormatterMethod,   // a `fmt::Formatter` method (pad, write_str, width, fill, ..), lowered by name
  PreludeStr,        // __rustg_str(b) (std subset only): the `&[u8]` the caller validated as a `&str`
  EqMethod,          // `a.eq(&b)` / `a.ne(&b)` of a PartialEq type without a user `eq` (derived or built-in)
  BoxAsRef,          // b.as_ref() / b.as_mut() on a Box (through references): the box's value as `&T` / `&mut T`
  ArrayMap,          // arr.map(f) of an array: an array of f's results (check/seq_more_checker.inc)
  SeqConcat,         // concat() / join(&sep) of a sequence of arrays, Vecs or slices: a Vec of the cloned elements
  AsRefOf,           // x.as_ref() of an `AsRef<U>`-bounded parameter: `&U`, converted per instance
  PreludeCallerFile, // __rustg_caller_file() (std subset only): the #[track_caller] caller's file as &str
  PreludeCallerLine, // __rustg_caller_line() (std subset only): its line
  PreludeCallerCol,  // __rustg_caller_col() (std subset only): its column
  ConstParamValue,   // a const generic parameter `N` used as a value: node_fn = its Param TypeId, valued per instance
  RawPtrMethod,      // `p.is_null()`, `p.add(n)`, `p.read()`, .. of a raw pointer (check/raw_ptr_checker.inc)
};

// Which static function of a primitive (or String) a Builtin::PrimStatic path calls
// (check/std_paths_checker.inc, codegen/std_paths.inc).
enum PrimStaticFn : uint32_t {
  kFromBeBytes,
  kFromLeBytes,
  kFromNeBytes,
  kFromBits,
  kFromStrRadix,
  kCharFromU32,
  kCharFromDigit,
  kStringWithCapacity,
  kSizeOf,  // std::mem::size_of::<T>(): Typed::size_of holds the value
  kPtrNull,            // std::ptr::null() / null_mut()
  kPtrRead,            // std::ptr::read(p) (also read_volatile / read_unaligned)
  kPtrWrite,           // std::ptr::write(p, v) (also write_volatile / write_unaligned)
  kPtrEq,              // std::ptr::eq(a, b): address equality
  kSliceFromRawParts,  // std::slice::from_raw_parts(p, len) / from_raw_parts_mut
  kTransmute,          // std::mem::transmute(x): the same bytes as another plain type
  kTypeName,           // std::any::type_name::<T>(): Typed::type_query / type_names (check/mem_checker.inc)
  kNeedsDrop,          // std::mem::needs_drop::<T>(): Typed::type_query (codegen answers per instance)
  kPtrSwap,            // std::ptr::swap(a, b): the two pointees exchanged
};

// An enum: its variants with their field types (Param(i) for a built-in generic's parameters).
struct EnumDef {
  std::string name;
  std::vector<std::string> variants;
  std::vector<std::vector<TypeId>> fields;
  // Field names of struct-like variants (empty names for tuple variants).
  std::vector<std::vector<std::string>> field_names;
  std::vector<int64_t> discr;  // each variant's discriminant (its C tag)
  uint32_t params = 0;         // type parameters (Option: 1, Result: 2)
  bool debug = false;          // #[derive(Debug)] (the built-ins always)
  bool discr_unsigned = false; // repr(u8..usize): discriminants order as unsigned values
};

// Built-in enums come first in Typed::enums; user enums follow in Items::enums order.
inline constexpr uint32_t kOptionEnum = 0;
inline constexpr uint32_t kResultEnum = 1;
inline constexpr uint32_t kOrderingEnum = 2;  // std::cmp::Ordering: Less = -1, Equal = 0, Greater = 1
// std::num::ParseIntError / ParseFloatError (str::parse): one unit variant per error kind.
inline constexpr uint32_t kParseIntErrorEnum = 3;
inline constexpr uint32_t kParseFloatErrorEnum = 4;
inline constexpr uint32_t kFirstUserEnum = 5;

// How a method takes its receiver.
enum class SelfKind : uint8_t { None, Value, Ref, RefMut, Box };  // Box: `self: Box<Self>`

// How an expression's value is coerced to the type its use expects (rustc's adjustments the
// checker records per node; codegen emits the conversion). New kinds go at the end.
enum class Coerce : uint8_t {
  None,
  StringAsStr,     // `&String` used as `&str` (deref coercion)
  BoxDeref,        // `&Box<T>` (or `&&T`) used as `&T`
  VecAsSlice,      // `&Vec<T>` used as `&[T]`
  ArrayAsSlice,    // `&[T; N]` used as `&[T]`
  ClosureAsFnPtr,  // a non-capturing closure used as a fn pointer
  RefAsDyn,        // `&T` used as `&dyn Trait` (object type: Typed::dyn_coerce)
  BoxAsDyn,        // `Box<T>` used as `Box<dyn Trait>` (object type: Typed::dyn_coerce)
  StrAsStringKey,  // `&str` looked up as a `&String` key of the std subset's collections (`K: Borrow<str>`)
  IntoIter,        // a collection passed where an iterator is expected (Typed::into_iter_args)
  ArrayAsVec,      // an array passed as a Vec of its elements (`X::from([..])`)
  UserDeref,       // `&U`/`&mut U` used as `&U::Target` through a user `impl Deref` (Typed::deref_mut)
  BoxArrayAsSlice, // `Box<[T; N]>` used as `Box<[T]>` (check/unsized_checker.inc)
};
// True for the two unsizings to a slice reference.
inline auto IsSliceCoerce(Coerce c) -> bool { return c == Coerce::VecAsSlice || c == Coerce::ArrayAsSlice; }
// True for the two unsizings to a trait object.
inline auto IsDynCoerce(Coerce c) -> bool { return c == Coerce::RefAsDyn || c == Coerce::BoxAsDyn; }

// A trait: its methods (Items::fns indices of their declarations, with or without a default
// body) and supertraits. Inside the trait, `Self` is type parameter 0.
struct TraitDef {
  std::string name;
  std::vector<uint32_t> methods;
  std::vector<uint32_t> supers;              // Typed::traits indices
  std::vector<std::string> assoc_types;      // `type Name;` declarations
  std::vector<std::string> const_names;      // `const NAME: T (= default)?;`
  std::vector<TypeId> const_tys;
  std::vector<NodeId> const_defaults;        // the default's expression node, or invalid
  uint32_t params = 0;                       // type parameters of a generic trait (`trait Tr<T>`): Param(1..)
};

// An `impl` block. Its type parameters are Param(0..params); its methods' own follow them.
struct ImplDef {
  uint32_t trait = UINT32_MAX;               // Typed::traits index; UINT32_MAX for an inherent impl
  TypeId self_ty;                            // may mention the impl's parameters
  uint32_t params = 0;
  std::vector<std::vector<uint32_t>> param_bounds;  // per parameter: the traits it must implement
  std::vector<uint32_t> fns;                 // Items::fns indices of its methods
  std::vector<std::string> assoc_names;      // `type Name = T;` bindings
  std::vector<TypeId> assoc_tys;
  std::vector<std::string> const_names;      // associated constants it defines
  std::vector<TypeId> const_tys;
  std::vector<NodeId> const_values;          // their expression nodes
  std::vector<FnOutputFix> fixes;            // parameters only a closure's output determines
  std::vector<TypeId> trait_args;            // `impl Tr<u8> for X`: the trait's type arguments (impl's terms)
};

// Output of type checking; types are final (no inference variables left).
struct Typed {
  TypeTable types;
  // Per tree node: the type of an expression or pattern node (invalid elsewhere).
  std::vector<TypeId> node_ty;
  // Per node: the built-in operation of a call, method call or path.
  std::vector<Builtin> builtin;
  // Per node: the function a method call or `Type::f` path calls (Items::fns index), or the
  // struct of StructCtor/UnitStruct; UINT32_MAX elsewhere.
  std::vector<uint32_t> node_fn;
  // Per function: how it takes `self`.
  std::vector<SelfKind> fn_self;
  // Per function: 1 when its body was not checked (a std function nothing live names,
  // check/live_fns.h); codegen must not generate it (it reports GenerateC's `unchecked_body`).
  std::vector<uint8_t> fn_unchecked;
  // Per node: how the expression's value is coerced where it is used (Coerce::None mostly).
  std::vector<Coerce> coerce;
  // Per AssocConst path node: the constant, as (impl index, k) for ImplDef::const_values[k], or
  // (kTraitConstRef | trait index, k) for a trait's default TraitDef::const_defaults[k].
  std::unordered_map<uint32_t, std::pair<uint32_t, uint32_t>> assoc_const_refs;
  // Per AssocConstParam path node: the type parameter, and (trait, k) for TraitDef::const_names[k];
  // codegen picks the instance's impl constant or the trait's default.
  std::unordered_map<uint32_t, std::pair<TypeId, std::pair<uint32_t, uint32_t>>> assoc_const_params;
  // Per node with Coerce::RefAsDyn / BoxAsDyn: the `&dyn Trait` / `Box<dyn Trait>` type it coerces to.
  std::unordered_map<uint32_t, TypeId> dyn_coerce;
  // Per LocalId: the binding's type.
  std::vector<TypeId> local_ty;
  // Per function (Items::fns index): parameter types and return type.
  std::vector<std::vector<TypeId>> fn_params;
  std::vector<TypeId> fn_ret;
  // Per const/static (Items::consts index): its type.
  std::vector<TypeId> const_ty;
  // Enums: Option, Result, then the user's.
  std::vector<EnumDef> enums;
  // Per struct (Items::structs index): field names and types, in declaration order (a generic
  // struct's fields mention Param(i); substitute the type's elems).
  std::vector<std::vector<std::string>> field_names;
  std::vector<std::vector<TypeId>> field_tys;
  // Per std::mem::size_of::<T>() callee node: T's size under rustc's layout (fields ordered by
  // alignment, so no padding but the tail's).
  std::unordered_map<uint32_t, uint64_t> size_of;
  // Per size_of/align_of/type_name callee node answered from the tables below (every type_name,
  // and a size_of/align_of of a type naming a parameter): the type and which answer (0: size,
  // 1: align, 2: name, 3: needs_drop; check/mem_checker.inc). Codegen substitutes the instance's
  // arguments.
  std::unordered_map<uint32_t, std::pair<TypeId, uint8_t>> type_query;
  // Size and alignment under rustc's layout, and std::any::type_name, per concrete TypeId index
  // (every type of the table when a query waits for an instance).
  std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>> type_layout;
  std::unordered_map<uint32_t, std::string> type_names;
  // Per function: how many type parameters instantiate it (0: an ordinary function, generated
  // once). Trait method declarations count `Self` as parameter 0.
  std::vector<uint32_t> fn_generics;
  // Per call, method-call or path node that names a generic function or a trait method: the
  // type arguments of that function (may mention the enclosing function's parameters).
  std::unordered_map<uint32_t, std::vector<TypeId>> node_targs;
  std::vector<TraitDef> traits;
  std::vector<ImplDef> impls;                // Items::impls order
  // Per ClosureExpr node: its return type (in the enclosing function's terms).
  std::unordered_map<uint32_t, TypeId> closure_ret;
  // Per ForExpr node over a collection of the std subset (`for x in &map`): the method giving
  // its items as a Vec (`__rustg_for`, `__rustg_for_mut`, `__rustg_into_vec`); its type
  // arguments are in node_targs under the ForExpr node.
  std::unordered_map<uint32_t, uint32_t> for_items;
  // Per argument node with Coerce::IntoIter: the method (into_iter / iter / iter_mut, Items::fns index)
  // and its type arguments that turn the collection into the iterator the callee takes.
  std::unordered_map<uint32_t, std::pair<uint32_t, std::vector<TypeId>>> into_iter_args;
  // Per method-call receiver or index base reached through a user `impl Deref` (a RefCell guard
  // receiving Vec's `push`): the node's own type; node_ty holds the type it derefs to.
  std::unordered_map<uint32_t, TypeId> recv_deref;
  // Nodes whose steps through a user `impl Deref` are mutable uses (written, `&mut`-borrowed, a
  // `&mut self` receiver): codegen calls `deref_mut` there instead of `deref`, as rustc does.
  std::unordered_map<uint32_t, bool> deref_mut;
  // Trait methods a trait object cannot call (`where Self: Sized`, or `self` by value): dyn
  // compatible all the same, but left out of vtables (check/typed_self_checker.inc).
  std::unordered_set<uint32_t> not_in_vtable;
  // Per `==`/`!=` or assert_eq!/assert_ne! node comparing two sequences of different kinds
  // (`Vec<T> == [T; N]`, `[T; N] == &[T]`): the slice type `[T]` both sides are compared as.
  std::unordered_map<uint32_t, TypeId> seq_eq;
  // Per diverging (`!`) expression used as an operand: the type its context takes it as
  // (check/never_checker.inc); codegen evaluates it, then stands a never-read value of that type.
  std::unordered_map<uint32_t, TypeId> never_as;
};

// Marks a trait's default in Typed::assoc_const_refs.
inline constexpr uint32_t kTraitConstRef = 0x80000000u;

// The function a call of trait method `decl` (a trait's declaration) on concrete `targs`
// (targs[0]: Self) runs: the impl's method or the trait's default body; `out_args` receives
// its type arguments. UINT32_MAX when no impl matches.
auto SelectMethod(Typed& typed, const Items& items, uint32_t decl, const std::vector<TypeId>& targs,
                  std::vector<TypeId>& out_args) -> uint32_t;
// The id traits of std that rustg knows without a declaration have in TraitDef-indexed places
// (ImplDef::trait, bounds): kBuiltinTrait + their index in a fixed list; UINT32_MAX if unknown.
inline constexpr uint32_t kBuiltinTrait = 0x40000000u;
auto BuiltinTraitId(std::string_view name) -> uint32_t;
// The name of a builtin trait id.
auto BuiltinTraitName(uint32_t id) -> std::string_view;
// The impl of generic trait `trait` with type arguments `trait_args` (invalid: any) for `self`
// (impl type arguments into `args`), or UINT32_MAX.
auto FindImplWith(Typed& typed, uint32_t trait, TypeId self, const std::vector<TypeId>& trait_args,
                  std::vector<TypeId>& args) -> uint32_t;
// The impl of trait `trait` for the concrete type `self` (impl type arguments into `args`), or UINT32_MAX.
auto FindImpl(Typed& typed, uint32_t trait, TypeId self, std::vector<TypeId>& args) -> uint32_t;
// Whether impl `impl` applies to `self` (its self type matches and its bounds hold); binds args.
auto MatchImpl(Typed& typed, uint32_t impl, TypeId self, std::vector<TypeId>& args) -> bool;
// Whether `pattern` (with Param(i) standing for args[i]) matches `t`; binds args (invalid = unbound).
// Inference variables in t match anything.
auto MatchType(TypeTable& types, TypeId pattern, TypeId t, std::vector<TypeId>& args) -> bool;

// The type impl bindings give the projection t (kind Assoc) once its Self is concrete enough to
// pick the impl; t itself otherwise (TypeTable::normalize_assoc).
auto NormalizeAssoc(TypeTable& types, TypeId t) -> TypeId;

// Whether const item c (Items::consts index) is a `static mut`: a global place, read and written
// through `unsafe`, rather than a value computed where it is named.
auto IsStaticMut(const Tree& tree, const Items& items, uint32_t c) -> bool;

// Checks file 0 of the expanded tree; errors go to `diags` (rustc's codes where one exists).
// The std subset's function bodies are checked only where live (check/live_fns.h) unless
// `all_bodies`.
auto Check(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
           const Resolution& res, DiagSink& diags, bool all_bodies = false) -> Typed;

}  // namespace rustg
