#include "check/slices.h"

namespace rustg {

auto SliceMethod(TypeTable& types, std::string_view name, TypeId elem, SliceSig& out) -> bool {
  TypeId ref_elem = types.Ref(elem, false);
  TypeId slice_ref = types.Ref(types.Slice(elem), false);
  auto sig = [&](Builtin b, std::vector<TypeId> params, TypeId ret, bool mut_self = false) {
    out = SliceSig{b, std::move(params), ret, mut_self};
    return true;
  };
  if (name == "len") return sig(Builtin::SliceLen, {}, types.usize);
  if (name == "is_empty") return sig(Builtin::SliceIsEmpty, {}, types.boolean);
  if (name == "first") return sig(Builtin::SliceFirst, {}, types.Enum(kOptionEnum, {ref_elem}));
  if (name == "last") return sig(Builtin::SliceLast, {}, types.Enum(kOptionEnum, {ref_elem}));
  if (name == "get") return sig(Builtin::SliceGet, {types.usize}, types.Enum(kOptionEnum, {ref_elem}));
  if (name == "contains") return sig(Builtin::SliceContains, {ref_elem}, types.boolean);
  if (name == "swap") return sig(Builtin::SliceSwap, {types.usize, types.usize}, types.unit, true);
  if (name == "reverse") return sig(Builtin::SliceReverse, {}, types.unit, true);
  if (name == "sort" || name == "sort_unstable") return sig(Builtin::SliceSort, {}, types.unit, true);
  if (name == "to_vec") return sig(Builtin::SliceToVec, {}, types.Vec(elem));
  if (name == "split_at") return sig(Builtin::SliceSplitAt, {types.usize}, types.Tuple({slice_ref, slice_ref}));
  if (name == "starts_with") return sig(Builtin::SliceStartsWith, {slice_ref}, types.boolean);
  if (name == "ends_with") return sig(Builtin::SliceEndsWith, {slice_ref}, types.boolean);
  if (name == "binary_search")
    return sig(Builtin::SliceBinarySearch, {ref_elem}, types.Enum(kResultEnum, {types.usize, types.usize}));
  // [String] / [&str] only (the checker tests the element type).
  if (name == "concat") return sig(Builtin::SliceConcat, {}, types.string);
  if (name == "join") return sig(Builtin::SliceJoin, {types.ref_str}, types.string);
  return false;
}

auto SliceElemComparable(TypeTable& types, TypeId elem, bool ordered) -> bool {
  TypeId e = types.Resolve(elem);
  TyKind k = types.kind(e);
  if (k == TyKind::Int || k == TyKind::IntVar || k == TyKind::Char || k == TyKind::Bool) return true;
  return !ordered && e == types.ref_str;
}

}  // namespace rustg
