// Type checking of the compile subset: types of every expression and binding, inferred per
// function by unification (integer literals default to i32, float literals to f64), and the
// built-in operation each method call or std path stands for.
#pragma once

#include <cstdint>
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
};

// Built-in enums come first in Typed::enums; user enums follow in Items::enums order.
inline constexpr uint32_t kOptionEnum = 0;
inline constexpr uint32_t kResultEnum = 1;
inline constexpr uint32_t kFirstUserEnum = 2;

// How a method takes its receiver.
enum class SelfKind : uint8_t { None, Value, Ref, RefMut };

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
  // Per node: 1 when the expression's `&String` value is used as `&str` (deref coercion).
  std::vector<uint8_t> str_coerce;
  // Per LocalId: the binding's type.
  std::vector<TypeId> local_ty;
  // Per function (Items::fns index): parameter types and return type.
  std::vector<std::vector<TypeId>> fn_params;
  std::vector<TypeId> fn_ret;
  // Per const/static (Items::consts index): its type.
  std::vector<TypeId> const_ty;
  // Enums: Option, Result, then the user's.
  std::vector<EnumDef> enums;
  // Per struct (Items::structs index): field names and types, in declaration order.
  std::vector<std::vector<std::string>> field_names;
  std::vector<std::vector<TypeId>> field_tys;
};

// Checks file 0 of the expanded tree; errors go to `diags` (rustc's codes where one exists).
auto Check(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
           const Resolution& res, DiagSink& diags) -> Typed;

}  // namespace rustg
