// Slices (`[T]` behind `&` / `&mut`): the built-in methods of slices, which Vec and arrays reach
// by auto-deref as std's do, described as signatures the checker applies to a call.
#pragma once

#include <string_view>
#include <vector>

#include "check/check.h"

namespace rustg {

// A slice method: the builtin it stands for, its parameter types after `self`, its result and
// whether it needs a mutable receiver.
struct SliceSig {
  Builtin builtin = Builtin::None;
  std::vector<TypeId> params;
  TypeId ret;
  bool mut_self = false;
};

// The slice method `name` on elements of type `elem` (an inference variable may still be open);
// false when slices have no method of that name in the subset.
auto SliceMethod(TypeTable& types, std::string_view name, TypeId elem, SliceSig& out) -> bool;

// Whether `elem` is an element type the generated code compares with C's `==` / `<` (integers,
// char, bool) or as strings (`&str`); sort, contains, binary_search and starts_with need one.
auto SliceElemComparable(TypeTable& types, TypeId elem, bool ordered) -> bool;

}  // namespace rustg
