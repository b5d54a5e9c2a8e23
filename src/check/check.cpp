#include "check/check.h"
#include "check/live_fns.h"
#include "check/slices.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "expand/literal.h"
#include "expand/prelude.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {
namespace {

// A loop being checked: `break value` unifies with `ty`; `label` is empty when unlabelled.
struct LoopCtx {
  std::string label;
  TypeId ty;
  bool is_loop;  // `loop` (break may carry a value) rather than while/for
  bool has_break = false;
  bool block = false;  // a labelled block: only `break 'label` reaches it
};

class Checker {
 public:
  Checker(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
          const Resolution& res, DiagSink& diags, Typed& out, bool all_bodies)
      : src_(src), tokens_(tokens), t_(tree), formats_(formats), res_(res), diags_(diags), o_(out), ty_(out.types),
        all_bodies_(all_bodies) {}

  void Run() {
    o_.node_ty.assign(t_.size(), TypeId::Invalid());
    o_.builtin.assign(t_.size(), Builtin::None);
    o_.node_fn.assign(t_.size(), UINT32_MAX);
    o_.coerce.assign(t_.size(), Coerce::None);
    o_.local_ty.assign(res_.local_node.size(), TypeId::Invalid());
    const Items& items = res_.items;
    ty_.struct_names = items.struct_names;
    ty_.trait_names = items.trait_names;
    ty_.normalize_assoc = &NormalizeAssoc;
    // Conditional compilation is not evaluated yet: building the item as if every `cfg` held
    // could pick the wrong one of several alternatives, so it is an error, never a silent guess.
    for (uint32_t i = 0; i < t_.size(); ++i) {
      NodeKind k = Kind(NodeId(i));
      if (k != NodeKind::OuterAttr && k != NodeKind::InnerAttr) continue;
      std::vector<NodeId> ac = Children(t_, NodeId(i));
      if (ac.empty() || Kind(ac.front()) != NodeKind::Path) continue;
      std::vector<NodeId> segs = Children(t_, ac.front());
      if (segs.size() == 1 && (Text(segs.front()) == "cfg" || Text(segs.front()) == "cfg_attr"))
        Unsupported(NodeId(i), "conditional compilation (`#[cfg]`)");
    }
    for (NodeId item : Children(t_, t_.root(FileId(0)))) CheckItemKind(item);
    ty_.enum_names = {"Option", "Result", "Ordering", "ParseIntError", "ParseFloatError"};
    for (const std::string& e : items.enum_names) ty_.enum_names.push_back(e);
    {
      EnumDef opt{"Option", {"None", "Some"}, {{}, {ty_.Param(0)}}, {{}, {""}}, {0, 1}, 1, true};
      EnumDef res{"Result", {"Ok", "Err"}, {{ty_.Param(0)}, {ty_.Param(1)}}, {{""}, {""}}, {0, 1}, 2, true};
      o_.enums.push_back(opt);
      o_.enums.push_back(res);
      o_.enums.push_back(EnumDef{"Ordering", {"Less", "Equal", "Greater"}, {{}, {}, {}}, {{}, {}, {}}, {-1, 0, 1}, 0, true});
      o_.enums.push_back(EnumDef{"ParseIntError", {"Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"},
                                 {{}, {}, {}, {}, {}}, {{}, {}, {}, {}, {}}, {0, 1, 2, 3, 4}, 0, true});
      o_.enums.push_back(EnumDef{"ParseFloatError", {"Empty", "Invalid"}, {{}, {}}, {{}, {}}, {0, 1}, 0, true});
    }
    o_.enums.resize(kFirstUserEnum + items.enums.size());
    o_.field_names.resize(items.structs.size());
    o_.field_tys.resize(items.structs.size());
    for (size_t e = 0; e < items.enums.size(); ++e) o_.enums[kFirstUserEnum + e].name = items.enum_names[e];
    // Type parameter counts first: a field may name a generic type declared later.
    struct_params_.assign(items.structs.size(), 0);
    for (size_t s = 0; s < items.structs.size(); ++s) struct_params_[s] = TypeParamCount(items.structs[s]);
    for (size_t e = 0; e < items.enums.size(); ++e)
      o_.enums[kFirstUserEnum + e].params = TypeParamCount(items.enums[e]);
    DeclareTraitAssocs();
    for (size_t e = 0; e < items.enums.size(); ++e) {
      EnterItemGenerics(items.enums[e], 0);
      CollectEnum(e);
      ClearGenerics();
    }
    for (size_t s = 0; s < items.structs.size(); ++s) {
      EnterItemGenerics(items.structs[s], 0);
      CollectStruct(s);
      RecordStructFnSigs(s);
      ClearGenerics();
    }
    CollectTraits();
    CollectImpls();
    for (size_t s = 0; s < items.structs.size(); ++s) {
      if (Recursive(static_cast<uint32_t>(s), ty_.Struct(static_cast<uint32_t>(s)), 0))
        Unsupported(items.structs[s], "a recursive struct without indirection");
    }
    for (size_t e = 0; e < items.enums.size(); ++e) {
      // An enum holding itself by value has infinite size too (rustc: E0072).
      TypeId et = ty_.Enum(static_cast<uint32_t>(kFirstUserEnum + e), {});
      bool rec = false;
      for (size_t v = 0; v < o_.enums[kFirstUserEnum + e].variants.size() && !rec; ++v) {
        for (TypeId f : o_.enums[kFirstUserEnum + e].fields[v]) rec |= ContainsByValue(f, et, 0);
      }
      if (rec) Unsupported(items.enums[e], "a recursive enum without indirection");
    }
    fn_env_.resize(items.fns.size());
    o_.fn_generics.assign(items.fns.size(), 0);
    for (size_t f = 0; f < items.fns.size(); ++f) {
      EnterFnEnv(f);
      CollectFnSig(f);
      fn_env_[f] = {generic_scope_, bounds_, self_ty_, self_struct_, ty_.assoc_env, bound_args_};
      o_.fn_generics[f] = static_cast<uint32_t>(generic_scope_.size());
    }
    ClearGenerics();
    CheckDynCompatibility();
    for (size_t c = 0; c < items.consts.size(); ++c) CheckConst(c);
    CheckImplConsts();
    CheckImplCompleteness();
    // Std bodies nothing live names are skipped; those returning `impl Trait` never are (a
    // caller's type needs the hidden type, and a skipped body would leave it unknown).
    o_.fn_unchecked.assign(items.fns.size(), 0);
    if (!all_bodies_) {
      std::vector<uint8_t> live = LiveFnBodies(src_, tokens_, t_, items);
      for (size_t f = 0; f < items.fns.size(); ++f)
        o_.fn_unchecked[f] = !live[f] && !opaque_ret_fns_.count(static_cast<uint32_t>(f));
    }
    // Functions returning `impl Trait` first: their callers need the hidden type.
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t f = 0; f < items.fns.size(); ++f) {
        if ((pass == 0) != opaque_ret_fns_.count(static_cast<uint32_t>(f)) || o_.fn_unchecked[f]) continue;
        RestoreFnEnv(f);
        CheckFnBody(f);
        CheckObligations();
        if (pass == 0) CheckReturnedClosure(static_cast<uint32_t>(f));
      }
    }
    ClearGenerics();
    bool has_main = false;
    for (size_t f = 0; f < items.fns.size(); ++f) has_main |= items.fn_names[f] == "main" && items.fn_owner[f] == UINT32_MAX;
    if (!has_main) {
      // DIAG: NoMain
      diags_.EmitNoSpan(DiagKind::NoMain, fmt::format("`main` function not found in crate `{}`", CrateName()));
    }
    RejectDivergingOperands();
    CheckTransmutes();  // check/transmute_checker.inc
    // Nodes share few distinct types: each is finalized once. Checking is over, so a type's final
    // form cannot change (Finalize's own integer defaults bind it the first time).
    std::vector<TypeId> final_of(ty_.count(), TypeId::Invalid());
    auto finalize = [&](TypeId& t) {
      if (!t.is_valid()) return;
      if (t.index >= final_of.size()) {
        t = ty_.Finalize(t);
        return;
      }
      TypeId& f = final_of[t.index];
      if (!f.is_valid()) f = ty_.Finalize(t);
      t = f;
    };
    for (TypeId& t : o_.node_ty) finalize(t);
    for (TypeId& t : o_.local_ty) finalize(t);
    for (auto& [node, t] : o_.recv_deref) t = ty_.Finalize(t);
    for (auto& [node, t] : o_.seq_eq) t = ty_.Finalize(t);
    for (auto& [node, t] : o_.never_as) t = ty_.Finalize(t);
    ReportUninferredConsts();
    for (auto& [node, targs] : o_.node_targs) {
      for (TypeId& t : targs) t = ty_.Finalize(t);
    }
    for (auto& [node, call] : o_.into_iter_args) {
      for (TypeId& t : call.second) t = ty_.Finalize(t);
    }
    for (const auto& [node, t] : closure_ret_) o_.closure_ret[node] = ty_.Finalize(t);
    for (auto& [node, t] : ty_.closure_out) t = ty_.Finalize(t);
    for (uint32_t f : opaque_ret_fns_) o_.fn_ret[f] = ty_.Finalize(o_.fn_ret[f]);
    for (auto& [node, t] : o_.dyn_coerce) t = ty_.Finalize(t);  // `dyn Tr<T>`'s T inferred later
    FillTypeFacts();  // check/mem_checker.inc: after finalizing, so instances' types are concrete
  }

 private:
  // A diverging expression (`return`, `panic!()`, ...) used as an operand would need a value
  // that never exists; C has no such expression, so the subset reports it.
  void RejectDivergingOperands() {
    std::vector<uint32_t> parent(t_.size(), UINT32_MAX);
    std::vector<uint32_t> stack;
    for (uint32_t i = 0; i < t_.size(); ++i) {
      uint32_t first = i + 1 - t_.subtree_size[i];
      while (!stack.empty() && stack.back() >= first) {
        parent[stack.back()] = i;
        stack.pop_back();
      }
      stack.push_back(i);
    }
    for (uint32_t i = 0; i < t_.size(); ++i) {
      TypeId ty = o_.node_ty[i];
      if (!ty.is_valid() || ty_.kind(ty_.Resolve(ty)) != TyKind::Never || parent[i] == UINT32_MAX) continue;
      NodeKind pk = Kind(NodeId(parent[i]));
      bool operand = pk == NodeKind::ArgList || pk == NodeKind::TupleExpr || pk == NodeKind::ArrayExpr ||
                     pk == NodeKind::BinaryExpr || pk == NodeKind::MethodCallExpr || pk == NodeKind::StructExprField ||
                     pk == NodeKind::CastExpr || pk == NodeKind::UnaryExpr || pk == NodeKind::IndexExpr ||
                     pk == NodeKind::FieldExpr || pk == NodeKind::RefExpr || pk == NodeKind::LetExpr ||
                     pk == NodeKind::ArrayRepeatExpr || pk == NodeKind::CompoundAssignExpr ||
                     pk == NodeKind::MatchExpr || pk == NodeKind::RangeExpr ||
                     ((pk == NodeKind::IfExpr || pk == NodeKind::WhileExpr) && Kind(NodeId(i)) != NodeKind::BlockExpr &&
                      Kind(NodeId(i)) != NodeKind::IfExpr);
      // The callee of a call is not a value; statements, branches and `let` initializers are fine.
      if (pk == NodeKind::ArgList && Kind(NodeId(parent[i])) == NodeKind::ArgList &&
          parent[parent[i]] != UINT32_MAX && Kind(NodeId(parent[parent[i]])) == NodeKind::MacroCall) {
        BuiltinMacro m = MacroCallBuiltin(src_, tokens_, t_, NodeId(parent[parent[i]]));
        if (m == BuiltinMacro::Assert || m == BuiltinMacro::DebugAssert) operand = true;
      }
      if (operand && !DivergingOperandTyped(NodeId(i), NodeId(parent[i])))  // check/never_checker.inc
        Unsupported(NodeId(i), "a diverging expression used as a value");
    }
  }

  auto CrateName() const -> std::string {
    std::string p = src_.path(FileId(0));
    size_t slash = p.find_last_of('/');
    if (slash != std::string::npos) p = p.substr(slash + 1);
    if (p.size() > 3 && p.substr(p.size() - 3) == ".rs") p = p.substr(0, p.size() - 3);
    return p;
  }
  auto Kind(NodeId n) const -> NodeKind { return t_.kind[n.index]; }
  // Whether node n comes from the std subset written in Rust (expand/prelude.h), which may
  // extend the built-in types (`impl<T> Option<T>`).
  auto InPrelude(NodeId n) const -> bool {
    for (uint32_t i = n.index + 1 - t_.subtree_size[n.index]; i <= n.index; ++i) {
      TokenId tok = t_.token[i];
      if (tok.is_valid()) return IsPreludeOffset(src_, tokens_.start[tok.index]);
    }
    return false;
  }
  auto Text(NodeId n) const -> std::string_view {
    TokenId t = t_.token[n.index];
    return t.is_valid() ? tokens_.text(src_, t) : std::string_view();
  }
  // Byte span of a node's subtree.
  void Span(NodeId n, uint32_t& lo, uint32_t& hi) const {
    lo = UINT32_MAX;
    hi = 0;
    for (uint32_t i = n.index + 1 - t_.subtree_size[n.index]; i <= n.index; ++i) {
      TokenId t = t_.token[i];
      if (!t.is_valid()) continue;
      lo = std::min(lo, tokens_.start[t.index]);
      hi = std::max(hi, tokens_.end(t));
    }
    if (lo == UINT32_MAX) lo = hi = 0;
  }
  auto Error(DiagKind k, NodeId n, std::string msg, std::string label = {}) -> Diagnostic& {
    uint32_t lo, hi;
    Span(n, lo, hi);
    Diagnostic& d = diags_.Emit(k, lo, hi, std::move(msg));
    d.label = std::move(label);
    return d;
  }
  void Unsupported(NodeId n, std::string what) {
    // DIAG: NotSupported
    Error(DiagKind::NotSupported, n, what + " is not supported yet");
  }
  void Expect(NodeId at, TypeId expected, TypeId found) {
    // A side without a type (an unsupported construct already reported, or a binding whose
    // pattern was not typed) is an error type: nothing more to check, never a crash.
    if (!expected.is_valid() || !found.is_valid()) {
      if (diags_.error_count() == 0) Unsupported(at, "this expression (its type is unknown)");
      return;
    }
    TypeId fr = ty_.Resolve(found);
    if (NoteNeverAs(at, expected, fr)) return;  // check/never_checker.inc
    if (ty_.Resolve(expected) == ty_.ref_str && ty_.kind(fr) == TyKind::Ref &&
        ty_.Resolve(TypeId(ty_.a(fr))) == ty_.string && at.index < o_.coerce.size()) {
      o_.coerce[at.index] = Coerce::StringAsStr;  // &String used as &str
      return;
    }
    if (ty_.Unify(expected, found)) return;
    if (CoerceMutToShared(expected, fr)) return;  // check/coerce_more_checker.inc
    if (CoerceToSlice(at, expected, fr)) return;
    if (CoerceToFnPtr(at, expected, fr)) return;
    if (CoerceToDyn(at, expected, fr)) return;
    if (CoerceBoxArray(at, expected, fr)) return;
    {
      // Deref coercion of a box: `&Box<T>` where `&T` is expected.
      TypeId er = ty_.Resolve(expected);
      if (ty_.kind(er) == TyKind::Ref && ty_.kind(fr) == TyKind::Ref && ty_.b(er) <= ty_.b(fr) &&
          at.index < o_.coerce.size()) {
        TypeId inner = ty_.Resolve(TypeId(ty_.a(fr)));
        // `&&T` where `&T` is expected (`for s in &v { f(s) }`) is the same one-pointer deref.
        bool ref_ref = ty_.kind(inner) == TyKind::Ref && ty_.b(er) <= ty_.b(inner);
        if ((ty_.kind(inner) == TyKind::Box || ref_ref) && ty_.Unify(TypeId(ty_.a(er)), TypeId(ty_.a(inner)))) {
          o_.coerce[at.index] = Coerce::BoxDeref;
          return;
        }
      }
    }
    if (CoerceThroughDeref(at, expected, fr)) return;  // check/cast_coerce_checker.inc
    if (CoerceToRawPtr(expected, fr)) return;           // check/raw_ptr_checker.inc
    if (CoerceInLiteral(at, expected, fr)) return;     // check/coerce_more_checker.inc
    // DIAG: MismatchedTypes
    Error(DiagKind::MismatchedTypes, at, "mismatched types", MismatchLabel(expected, found));
  }
  auto Set(NodeId n, TypeId t) -> TypeId {
    o_.node_ty[n.index] = t;
    return t;
  }
#include "check/slices_checker.inc"
#include "check/std_checker.inc"
#include "check/std_methods_checker.inc"
#include "check/ordering_checker.inc"
#include "check/fn_ptr_checker.inc"
#include "check/dyn_checker.inc"
#include "check/assoc_const_checker.inc"
#include "check/convert_checker.inc"
#include "check/iter_checker.inc"
#include "check/seq_checker.inc"
#include "check/std_paths_checker.inc"
#include "check/ops_checker.inc"
#include "check/lang_checker.inc"
#include "check/std_more_checker.inc"
#include "check/into_iter_checker.inc"
#include "check/index_mut_checker.inc"
#include "check/from_str_checker.inc"
#include "check/clone_checker.inc"
#include "check/fmt_dyn_checker.inc"
#include "check/str_pattern_checker.inc"
#include "check/cast_coerce_checker.inc"
#include "check/cell_checker.inc"
#include "check/ref_ops_checker.inc"
#include "check/from_array_checker.inc"
#include "check/seq_more_checker.inc"
#include "check/as_ref_checker.inc"
#include "check/caller_loc_checker.inc"
#include "check/const_generics_checker.inc"
#include "check/unsized_checker.inc"
#include "check/typed_self_checker.inc"
#include "check/layout_checker.inc"
#include "check/raw_ptr_checker.inc"
#include "check/transmute_checker.inc"
#include "check/seq_eq_checker.inc"
#include "check/coerce_more_checker.inc"
#include "check/places_checker.inc"
#include "check/alias_checker.inc"
#include "check/patterns_checker.inc"
#include "check/never_checker.inc"
#include "check/default_params_checker.inc"
#include "check/param_ops_checker.inc"
#include "check/user_eq_checker.inc"
#include "check/lub_checker.inc"
#include "check/mem_checker.inc"

  void CheckItemKind(NodeId item) {
    switch (Kind(item)) {
      case NodeKind::FnItem: case NodeKind::ConstItem: case NodeKind::StaticItem: case NodeKind::StructItem:
      case NodeKind::OuterAttr: case NodeKind::InnerAttr:
        return;
      case NodeKind::TypeAlias: {
        // `type Name = T;` (no generics): the name stands for T wherever a type is written.
        NodeId name = ChildOfKind(t_, item, NodeKind::Name);
        std::vector<NodeId> cs = Children(t_, item);
        if (name.is_valid() && !cs.empty() && IsTypeKind(Kind(cs.back())) &&
            !ChildOfKind(t_, item, NodeKind::GenericParamList).is_valid()) {
          aliases_.emplace(std::string(Text(name)), cs.back());
          return;
        }
        // `type Bar<T> = Foo<T>;` (check/alias_checker.inc)
        if (NodeId gl = ChildOfKind(t_, item, NodeKind::GenericParamList);
            name.is_valid() && !cs.empty() && IsTypeKind(Kind(cs.back())) && RegisterGenericAlias(Text(name), gl, cs.back()))
          return;
        Unsupported(item, "this type alias");
        return;
      }
      case NodeKind::UseItem: {
        // `use std::…` only brings std names that the checker knows by path anyway.
        uint32_t lo, hi;
        Span(item, lo, hi);
        std::string_view text = src_.slice(lo, hi);
        if (text.find("std::") != std::string_view::npos || text.find("core::") != std::string_view::npos) return;
        Unsupported(item, "this `use` item");
        return;
      }
      case NodeKind::EnumItem: return;
      case NodeKind::ImplItem: {
        for (NodeId c : Children(t_, item)) {
          NodeKind k = Kind(c);
          if (k == NodeKind::Qualifier) Unsupported(c, "this `impl` form");
          if (k == NodeKind::ItemList) {
            for (NodeId m : Children(t_, c)) {
              NodeKind mk = Kind(m);
              if (mk != NodeKind::FnItem && mk != NodeKind::TypeAlias && mk != NodeKind::ConstItem &&
                  mk != NodeKind::OuterAttr && mk != NodeKind::InnerAttr)
                Unsupported(m, "this item inside an `impl` block");
            }
          }
        }
        return;
      }
      case NodeKind::TraitItem: {
        for (NodeId c : Children(t_, item)) {
          NodeKind k = Kind(c);
          if (k == NodeKind::Qualifier) Unsupported(c, fmt::format("an `{}` trait", Text(c)));
          if (k == NodeKind::ItemList) {
            for (NodeId m : Children(t_, c)) {
              NodeKind mk = Kind(m);
              if (mk != NodeKind::FnItem && mk != NodeKind::TypeAlias && mk != NodeKind::ConstItem &&
                  mk != NodeKind::OuterAttr && mk != NodeKind::InnerAttr)
                Unsupported(m, "this item inside a trait");
            }
          }
        }
        return;
      }
      case NodeKind::ModItem: Unsupported(item, "a `mod` item"); return;
      case NodeKind::MacroRules: Unsupported(item, "`macro_rules!`"); return;
      default: Unsupported(item, fmt::format("this item ({})", NodeKindName(Kind(item)))); return;
    }
  }

  // --- types written in source ---
  auto LowerType(NodeId n) -> TypeId {
    switch (Kind(n)) {
      case NodeKind::PathType: {
        NodeId path(n.index - 1);
        std::vector<NodeId> segs = Children(t_, path);
        {
          // std::fmt's types for Display/Debug impls: Formatter, fmt::Result, fmt::Error.
          std::string_view last = Text(segs.back());
          bool in_fmt = segs.size() >= 2 && Text(segs[segs.size() - 2]) == "fmt";
          if (last == "Formatter" && (in_fmt || segs.size() == 1)) return ty_.Prim(TyKind::Formatter);
          if (in_fmt && last == "Result") return ty_.Enum(kResultEnum, {ty_.unit, ty_.unit});
          if (in_fmt && last == "Error") return ty_.unit;
        }
        if (segs.size() == 1 && Kind(segs[0]) == NodeKind::PathSegment && t_.subtree_size[segs[0].index] > 1 &&
            Kind(NodeId(segs[0].index - 1)) == NodeKind::GenericArgList) {
          return LowerGeneric(n, Text(segs[0]), NodeId(segs[0].index - 1));
        }
        if (TypeId at = LowerAssocPath(n, path); at.is_valid()) return at;
        if (segs.size() >= 2 && Text(segs.back()) == "Ordering" && Text(segs[segs.size() - 2]) == "cmp")
          return ty_.Enum(kOrderingEnum, {});
        if (segs.size() >= 2 && Text(segs[segs.size() - 2]) == "num" &&
            (Text(segs.back()) == "ParseIntError" || Text(segs.back()) == "ParseFloatError"))
          return ty_.Enum(Text(segs.back()) == "ParseIntError" ? kParseIntErrorEnum : kParseFloatErrorEnum, {});
        if (t_.subtree_size[path.index] != 2) {
          Unsupported(n, TypeWhat(n));
          return ty_.error;
        }
        std::string_view name = Text(NodeId(path.index - 1));
        for (size_t g = generic_scope_.size(); g-- > 0;) {
          if (generic_scope_[g].first == name) return generic_scope_[g].second;
        }
        if (name == "Self" && self_ty_.is_valid()) return self_ty_;
        for (size_t e = kFirstUserEnum; e < o_.enums.size(); ++e) {
          if (o_.enums[e].name != name) continue;
          if (std::vector<TypeId> d; o_.enums[e].params > 0 &&
                                     FillConstDefaults(res_.items.enums[e - kFirstUserEnum], o_.enums[e].params, d))
            return ty_.Enum(static_cast<uint32_t>(e), d);  // `E` of `enum E<T = i32>`
          return FreshEnum(static_cast<uint32_t>(e));
        }
        if (name == "Ordering") return ty_.Enum(kOrderingEnum, {});
        if (name == "ParseIntError") return ty_.Enum(kParseIntErrorEnum, {});
        if (name == "ParseFloatError") return ty_.Enum(kParseFloatErrorEnum, {});
        IntTy it;
        if (IntTyFromName(name, it)) return ty_.Int(it);
        if (name == "f64") return ty_.f64;
        if (name == "f32") return ty_.f32;
        if (name == "bool") return ty_.boolean;
        if (name == "char") return ty_.character;
        if (name == "str") return ty_.str;
        if (name == "String") return ty_.string;
        if (auto al = aliases_.find(std::string(name)); al != aliases_.end()) {
          // An alias met again inside its own expansion is cyclic: stop at once (an alias named
          // twice per level, `type Foo = impl Bar<Foo, Item = Foo>`, would take 2^depth steps).
          if (expanding_aliases_.size() > 32 || !expanding_aliases_.insert(al->first).second) {
            Unsupported(n, "a cyclic type alias");
            return ty_.error;
          }
          TypeId at = LowerType(al->second);
          expanding_aliases_.erase(al->first);
          return at;
        }
        if (TypeId al = LowerGenericAlias(n, name, {}); al.is_valid()) return al;  // `Cmd` of `type Cmd<'a> = ..`
        for (size_t s = 0; s < res_.items.struct_names.size(); ++s) {
          if (res_.items.struct_names[s] != name) continue;
          // `ConstDefault` of `struct ConstDefault<const N: usize = 3>` is `ConstDefault<3>`.
          if (std::vector<TypeId> d; struct_params_[s] > 0 && FillConstDefaults(res_.items.structs[s], struct_params_[s], d))
            return ty_.Struct(static_cast<uint32_t>(s), d);
          return FreshStruct(static_cast<uint32_t>(s));
        }
        Unsupported(n, fmt::format("type `{}`", name));
        return ty_.error;
      }
      case NodeKind::SliceType:
        // A bare `[T]` only as the std subset's `impl<T> [T]` header; elsewhere only behind `&`.
        if (InPrelude(n) || BareSliceAllowed(n)) return ty_.Slice(LowerType(Children(t_, n).front()));
        Unsupported(n, TypeWhat(n));
        return ty_.error;
      case NodeKind::RefType: {
        bool mut = false;
        TypeId inner = ty_.error;
        for (NodeId c : Children(t_, n)) {
          if (Kind(c) == NodeKind::Qualifier) mut = Text(c) == "mut";
          else if (Kind(c) == NodeKind::SliceType) inner = ty_.Slice(LowerType(Children(t_, c).front()));
          else if (Kind(c) != NodeKind::Lifetime) inner = LowerType(c);
        }
        return ty_.Ref(inner, mut);
      }
      case NodeKind::TupleType: {
        std::vector<TypeId> es;
        for (NodeId c : Children(t_, n)) es.push_back(LowerType(c));
        return ty_.Tuple(es);
      }
      case NodeKind::ArrayType: {
        std::vector<NodeId> cs = Children(t_, n);
        TypeId elem = LowerType(cs[0]);
        TypeId len = LengthTy(cs[1]);
        if (len == ty_.error) return ty_.error;
        return ty_.ArrayOf(elem, len);
      }
      case NodeKind::ParenType: return LowerType(Children(t_, n).front());
      case NodeKind::NeverType: return ty_.never;
      case NodeKind::ImplTraitType: {
        // `impl Trait` in argument position: an anonymous type parameter of the function.
        if (!in_params_) {
          Unsupported(n, "`impl Trait` outside argument position");
          return ty_.error;
        }
        TypeId p = ty_.ParamNamed(static_cast<uint32_t>(generic_scope_.size()), "impl Trait");
        generic_scope_.emplace_back("", p);
        NodeId bl = ChildOfKind(t_, n, NodeKind::BoundList);
        if (bl.is_valid()) {
          for (uint32_t tr : BoundTraits(bl)) bounds_[p.index].push_back(tr);
          RecordAssocEqs(p, bl);
          RecordBoundArgs(p, bl);
        }
        return p;
      }
      case NodeKind::FnPtrType: return LowerFnPtrType(n);
      case NodeKind::PtrType: return LowerPtrType(n);
      case NodeKind::DynTraitType: return LowerDynType(n);
      case NodeKind::InferType: return ty_.NewVar(TyKind::Var);
      default:
        Unsupported(n, TypeWhat(n));
        return ty_.error;
    }
  }

  // "the type `&[i32]`", spelt from the type's tokens (a path brought by `use` may sit far from
  // its generic arguments), so counts of unsupported types name them. The tree keeps no closing
  // delimiters: unmatched `(`, `[` and `<` are closed at the end.
  auto TypeWhat(NodeId n) const -> std::string {
    std::vector<TokenId> toks;
    for (uint32_t i = n.index + 1 - t_.subtree_size[n.index]; i <= n.index; ++i) {
      if (t_.token[i].is_valid()) toks.push_back(t_.token[i]);
    }
    std::sort(toks.begin(), toks.end(), [&](TokenId a, TokenId b) { return tokens_.start[a.index] < tokens_.start[b.index]; });
    std::string text, closers;
    bool prev_word = false;
    uint32_t prev_end = 0;
    for (TokenId t : toks) {
      std::string_view s = tokens_.text(src_, t);
      bool word = !s.empty() && (std::isalnum(static_cast<unsigned char>(s[0])) || s[0] == '_' || s[0] == '\'');
      // Keep short gaps (`::`, closing delimiters, spaces): the separators the tree leaves out.
      std::string_view gap = text.empty() ? std::string_view() : src_.slice(prev_end, tokens_.start[t.index]);
      if (gap.size() <= 4 && gap.find_first_not_of(":)]>, ") == std::string_view::npos) text += gap;
      // Two words far apart are a `use` prefix and the type's own path (`std::{marker::PhantomData}`).
      else if (word && prev_word) text += gap.find_first_of("{\n") == std::string_view::npos && gap.size() <= 4 ? " " : "::";
      text += s;
      prev_word = word;
      prev_end = tokens_.end(t);
    }
    for (char c : text) {
      if (c == '(' || c == '[' || c == '<') closers.push_back(c == '(' ? ')' : c == '[' ? ']' : '>');
      else if ((c == ')' || c == ']' || c == '>') && !closers.empty()) closers.pop_back();
    }
    text.append(closers.rbegin(), closers.rend());
    if (text.empty() || text.size() > 80) return "this type";
    return fmt::format("the type `{}`", text);
  }

  // An array length or an associated constant's value as a number (EvalConst, which reports what
  // it cannot evaluate); false when it is not a known value (also for a const parameter).
  auto ConstLength(NodeId e, uint64_t& len) -> bool {
    TypeId v = EvalConst(e);
    if (!v.is_valid() || ty_.kind(v) != TyKind::ConstVal) return false;
    len = ty_.ConstValue(v);
    return true;
  }

  // `Name<args>` for the built-in generic enums.
  auto LowerGeneric(NodeId at, std::string_view gname, NodeId arg_list) -> TypeId {
    std::vector<TypeId> args;
    for (NodeId a : Children(t_, arg_list)) {
      std::vector<NodeId> ac = Children(t_, a);
      if (Kind(a) == NodeKind::TypeArg && (gname == "Box" || gname == "Rc") && Kind(ac.front()) == NodeKind::SliceType) {
        args.push_back(ty_.Slice(LowerType(Children(t_, ac.front()).front())));  // `Box<[T]>`: unsized/checker
      } else if (Kind(a) == NodeKind::TypeArg || Kind(a) == NodeKind::ConstArg) {
        args.push_back(GenericArgTy(a));
      } else if (Kind(a) == NodeKind::LifetimeArg) {
        continue;  // lifetimes are erased: `Holder<'a>` is `Holder`
      } else {
        Unsupported(a, "this generic argument");
        return ty_.error;
      }
    }
    if (TypeId al = LowerGenericAlias(at, gname, args); al.is_valid()) return al;  // check/alias_checker.inc
    if (gname == "Option" && args.size() == 1) return ty_.Enum(kOptionEnum, args);
    if (gname == "Result" && args.size() == 2) return ty_.Enum(kResultEnum, args);
    if (gname == "Vec" && args.size() == 1) return ty_.Vec(args[0]);
    if (gname == "Box" && args.size() == 1) return ty_.Box(args[0]);
    // The std subset's names (`Map`, `Range`) may repeat the program's: each side prefers its own.
    bool from_prelude = InPrelude(at);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t s = 0; s < res_.items.struct_names.size(); ++s) {
        if (res_.items.struct_names[s] == gname && struct_params_[s] == args.size() &&
            (pass == 1 || InPrelude(res_.items.structs[s]) == from_prelude))
          return GenericArgKindsMatch(arg_list, res_.items.structs[s], args) ? ty_.Struct(static_cast<uint32_t>(s), args)
                                                                             : ty_.error;
        std::vector<TypeId> full = args;  // `S<T>` of `struct S<T, const N: usize = 4>`
        if (res_.items.struct_names[s] == gname && struct_params_[s] > args.size() &&
            FillConstDefaults(res_.items.structs[s], struct_params_[s], full))
          return ty_.Struct(static_cast<uint32_t>(s), full);
      }
    }
    for (size_t e = kFirstUserEnum; e < o_.enums.size(); ++e) {
      if (o_.enums[e].name == gname && o_.enums[e].params == args.size()) return ty_.Enum(static_cast<uint32_t>(e), args);
      std::vector<TypeId> full = args;  // `E<T>` of `enum E<T, U = u16>`
      if (o_.enums[e].name == gname && o_.enums[e].params > args.size() &&
          FillConstDefaults(res_.items.enums[e - kFirstUserEnum], o_.enums[e].params, full))
        return ty_.Enum(static_cast<uint32_t>(e), full);
    }
    Unsupported(at, fmt::format("the generic type `{}`", gname));
    return ty_.error;
  }

  void CollectEnum(size_t e) {
    NodeId item = res_.items.enums[e];
    EnumDef& d = o_.enums[kFirstUserEnum + e];
    d.name = res_.items.enum_names[e];
    uint32_t lo, hi;
    Span(item, lo, hi);
    std::string_view attrs = src_.slice(lo, tokens_.start[t_.token[item.index].index]);
    size_t dpos = attrs.find("derive");
    d.debug = dpos != std::string_view::npos && attrs.find("Debug", dpos) != std::string_view::npos;
    if (dpos != std::string_view::npos && attrs.find("PartialEq", dpos) != std::string_view::npos)
      eq_enums_.insert(static_cast<uint32_t>(kFirstUserEnum + e));
    int64_t next = 0;
    // Discriminants have the repr's integer type (isize by default).
    ReprInfo repr = ParseRepr(ReprOf(item));
    IntTy discr_ty = repr.has_int ? repr.int_ty : IntTy::Isize;
    d.discr_unsigned = !IsSigned(discr_ty);
    for (NodeId c : Children(t_, item)) {
      if (Kind(c) != NodeKind::VariantList) continue;
      for (NodeId v : Children(t_, c)) {
        if (Kind(v) != NodeKind::Variant) continue;
        NodeId name = ChildOfKind(t_, v, NodeKind::Name);
        d.variants.emplace_back(name.is_valid() ? Text(name) : "");
        std::vector<TypeId> fs;
        std::vector<std::string> fns;
        for (NodeId vc : Children(t_, v)) {
          NodeKind k = Kind(vc);
          if (k == NodeKind::TupleFieldList || k == NodeKind::RecordFieldList) {
            for (NodeId f : Children(t_, vc)) {
              NodeId fname = ChildOfKind(t_, f, NodeKind::Name);
              fns.emplace_back(fname.is_valid() ? Text(fname) : "");
              fs.push_back(LowerType(Children(t_, f).back()));
            }
          } else if (k != NodeKind::Name && k != NodeKind::OuterAttr && k != NodeKind::Visibility) {
            // An explicit discriminant: a constant expression in the repr's integer type.
            if (__int128 v; EvalDiscr(vc, v)) {
              next = static_cast<int64_t>(TruncInt(v, discr_ty));
              Set(vc, ty_.Int(discr_ty));
            } else {
              Unsupported(vc, "this discriminant (only integer constant expressions)");
            }
          }
        }
        d.fields.push_back(std::move(fs));
        d.field_names.push_back(std::move(fns));
        d.discr.push_back(next++);
      }
    }
  }
  // The variant a path names (`E::V`, `Some`, `None`, `Ok`, `Err`): enum and variant index.
  auto VariantOf(const std::vector<std::string>& segs, uint32_t& en, uint32_t& var) -> bool {
    auto find = [&](uint32_t e, const std::string& name) {
      for (size_t v = 0; v < o_.enums[e].variants.size(); ++v) {
        if (o_.enums[e].variants[v] == name) {
          en = e;
          var = static_cast<uint32_t>(v);
          return true;
        }
      }
      return false;
    };
    if (segs.size() == 1) return find(kOptionEnum, segs[0]) || find(kResultEnum, segs[0]);
    if (segs.size() == 2) {
      // User enums first: a user's `Ordering` shadows std's.
      for (uint32_t e = static_cast<uint32_t>(o_.enums.size()); e-- > 0;) {
        if (o_.enums[e].name == segs[0]) return find(e, segs[1]);
      }
    }
    if (segs.size() >= 3 && segs[segs.size() - 2] == "Ordering" && segs[segs.size() - 3] == "cmp")
      return find(kOrderingEnum, segs.back());
    return false;
  }
  auto PathSegs(NodeId path) -> std::vector<std::string> {
    std::vector<std::string> segs;
    for (NodeId s : Children(t_, path)) {
      if (Kind(s) != NodeKind::PathSegment || t_.subtree_size[s.index] != 1) return {};
      segs.emplace_back(Text(s));
    }
    return segs;
  }
  // The type of enum en with fresh variables for its parameters.
  auto FreshEnum(uint32_t en) -> TypeId {
    std::vector<TypeId> args;
    for (uint32_t i = 0; i < o_.enums[en].params; ++i) args.push_back(ty_.NewVar(TyKind::Var));
    return ty_.Enum(en, args);
  }
  // Field types of variant var of the enum type t (parameters substituted).
  auto VariantFields(TypeId t, uint32_t var) -> std::vector<TypeId> {
    t = ty_.Resolve(t);
    std::vector<TypeId> args = ty_.elems(t);
    std::vector<TypeId> fs = o_.enums[ty_.a(t)].fields[var];
    for (TypeId& f : fs) f = ty_.Subst(f, args);
    return fs;
  }

  void CollectStruct(size_t s) {
    NodeId item = res_.items.structs[s];
    {
      // The attributes are the text before the `struct` keyword.
      uint32_t lo, hi;
      Span(item, lo, hi);
      std::string_view attrs = src_.slice(lo, tokens_.start[t_.token[item.index].index]);
      size_t d = attrs.find("derive");
      if (d != std::string_view::npos && attrs.find("Debug", d) != std::string_view::npos)
        debug_structs_.insert(static_cast<uint32_t>(s));
      if (d != std::string_view::npos && attrs.find("PartialEq", d) != std::string_view::npos)
        eq_structs_.insert(static_cast<uint32_t>(s));
    }
    std::vector<std::string> names;
    std::vector<TypeId> tys;
    for (NodeId c : Children(t_, item)) {
      if (Kind(c) == NodeKind::RecordFieldList) {
        for (NodeId f : Children(t_, c)) {
          NodeId name = ChildOfKind(t_, f, NodeKind::Name);
          names.emplace_back(name.is_valid() ? Text(name) : "");
          tys.push_back(LowerType(Children(t_, f).back()));
        }
      }
      if (Kind(c) == NodeKind::TupleFieldList) {
        for (NodeId f : Children(t_, c)) {
          names.push_back(std::to_string(names.size()));
          tys.push_back(LowerType(Children(t_, f).back()));
        }
        tuple_struct_.insert(static_cast<uint32_t>(s));
      }
    }
    o_.field_names[s] = std::move(names);
    o_.field_tys[s] = std::move(tys);
    CheckReprAlign(item);  // check/layout_checker.inc
  }
  // Constants being followed by ConstLength (a cycle guard).
  uint32_t const_length_depth_ = 0;
  // Types already explored by the current ContainsByValue/Recursive query.
  std::unordered_set<uint32_t> explored_;
  // --- generics and traits ---
  auto BuiltinTrait(std::string_view name) -> uint32_t { return BuiltinTraitId(name); }
  auto TraitName(uint32_t tr) -> std::string {
    if (tr >= kBuiltinTrait) return std::string(BuiltinTraitName(tr));
    return o_.traits[tr].name;
  }
  // The trait a bound or `impl` header names (its last path segment), or UINT32_MAX (reported).
  auto TraitRef(NodeId type) -> uint32_t {
    if (Kind(type) != NodeKind::PathType) {
      Unsupported(type, "this trait reference");
      return UINT32_MAX;
    }
    std::vector<NodeId> segs = Children(t_, NodeId(type.index - 1));
    std::string_view name = Text(segs.back());
    bool from_prelude = InPrelude(type);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < res_.items.trait_names.size(); ++i) {
        if (res_.items.trait_names[i] == name && (pass == 1 || InPrelude(res_.items.traits[i]) == from_prelude))
          return static_cast<uint32_t>(i);
      }
    }
    uint32_t b = BuiltinTrait(name);
    if (b != UINT32_MAX) return b;
    // std has many traits the subset does not know: not supported rather than E0405.
    Unsupported(type, fmt::format("the trait `{}`", name));
    return UINT32_MAX;
  }
  // The traits of a BoundList (lifetimes and `?Sized` skipped).
  auto BoundTraits(NodeId list) -> std::vector<uint32_t> {
    std::vector<uint32_t> out;
    for (NodeId b : Children(t_, list)) {
      if (Kind(b) != NodeKind::TraitBound) continue;
      std::vector<NodeId> bc = Children(t_, b);
      if (bc.empty() || Kind(bc.back()) != NodeKind::PathType) continue;
      bool maybe = false;
      for (NodeId q : bc) maybe |= Kind(q) == NodeKind::Qualifier;
      if (maybe) continue;
      uint32_t tr = TraitRef(bc.back());
      if (tr != UINT32_MAX) out.push_back(tr);
    }
    return out;
  }
  auto TypeParamCount(NodeId item) -> uint32_t {
    NodeId gpl = ChildOfKind(t_, item, NodeKind::GenericParamList);
    uint32_t n = 0;
    if (gpl.is_valid()) {
      for (NodeId g : Children(t_, gpl)) n += Kind(g) == NodeKind::TypeParam || Kind(g) == NodeKind::ConstParam;
    }
    return n;
  }
  // Brings the type parameters of `item` into scope as Param(first..), with their bounds
  // (inline and `where`).
  void EnterItemGenerics(NodeId item, uint32_t first) {
    NodeId gpl = ChildOfKind(t_, item, NodeKind::GenericParamList);
    std::vector<std::pair<TypeId, NodeId>> inline_bounds;
    if (gpl.is_valid()) {
      for (NodeId g : Children(t_, gpl)) {
        if (Kind(g) == NodeKind::ConstParam) EnterConstParam(item, g, first);
        if (Kind(g) != NodeKind::TypeParam) continue;
        NodeId name = ChildOfKind(t_, g, NodeKind::Name);
        std::string pname(name.is_valid() ? Text(name) : Text(g));
        TypeId p = ty_.ParamNamed(first++, pname);
        generic_scope_.emplace_back(pname, p);
        NodeId bl = ChildOfKind(t_, g, NodeKind::BoundList);
        if (bl.is_valid()) inline_bounds.emplace_back(p, bl);
        std::vector<NodeId> gc = Children(t_, g);
        if (!gc.empty() && IsTypeKind(Kind(gc.back())) && !TypeDefaultsAllowed(item))  // check/default_params_checker.inc
          Unsupported(gc.back(), "a default type parameter");
      }
    }
    for (auto [p, bl] : inline_bounds) {
      for (uint32_t tr : BoundTraits(bl)) bounds_[p.index].push_back(tr);
      RecordAssocEqs(p, bl);
      RecordBoundArgs(p, bl);
    }
    NodeId wc = ChildOfKind(t_, item, NodeKind::WhereClause);
    if (!wc.is_valid()) return;
    for (NodeId pred : Children(t_, wc)) {
      std::vector<NodeId> pc = Children(t_, pred);
      if (pc.size() < 2 || Kind(pc.back()) != NodeKind::BoundList || !IsTypeKind(Kind(pc.front()))) continue;
      TypeId t = ty_.Resolve(LowerType(pc.front()));
      std::vector<uint32_t> trs = BoundTraits(pc.back());
      if (ty_.kind(t) == TyKind::Param || ty_.kind(t) == TyKind::Assoc) {
        for (uint32_t tr : trs) bounds_[t.index].push_back(tr);
        RecordAssocEqs(t, pc.back());
        RecordBoundArgs(t, pc.back());
      }
      // A bound on a concrete type (`where i32: Copy`) only restricts callers; nothing to record.
    }
  }
  // A generic trait's own parameters (Param(1..) after Self) and Self's bound on the trait with them.
  void EnterTraitGenerics(uint32_t trait, TypeId self) {
    EnterItemGenerics(res_.items.traits[trait], 1);
    std::vector<TypeId> own;
    for (size_t g = 1; g < generic_scope_.size(); ++g) own.push_back(generic_scope_[g].second);
    if (!own.empty()) bound_args_[BoundKey(self, trait)] = own;
  }
  static auto BoundKey(TypeId t, uint32_t tr) -> uint64_t { return uint64_t{t.index} << 32 | tr; }
  // The type arguments of the trait a bound or `impl` header names (`From<u8>`: [u8]).
  auto TraitArgs(NodeId type) -> std::vector<TypeId> {
    std::vector<TypeId> out;
    if (Kind(type) != NodeKind::PathType) return out;
    std::vector<NodeId> segs = Children(t_, NodeId(type.index - 1));
    if (segs.empty() || Kind(segs.back()) != NodeKind::PathSegment) return out;
    NodeId gal = ChildOfKind(t_, segs.back(), NodeKind::GenericArgList);
    if (!gal.is_valid()) return out;
    for (NodeId a : Children(t_, gal)) {
      if (Kind(a) == NodeKind::TypeArg || Kind(a) == NodeKind::ConstArg) out.push_back(GenericArgTy(a));
    }
    return out;
  }
  // Records the trait arguments of the generic traits in bound list `bl` on type p (`T: Tr<u8>`).
  void RecordBoundArgs(TypeId p, NodeId bl) {
    for (NodeId b : Children(t_, bl)) {
      if (Kind(b) != NodeKind::TraitBound) continue;
      std::vector<NodeId> bc = Children(t_, b);
      if (bc.empty() || Kind(bc.back()) != NodeKind::PathType) continue;
      bool maybe = false;
      for (NodeId q : bc) maybe |= Kind(q) == NodeKind::Qualifier;
      if (maybe) continue;
      std::vector<TypeId> args = TraitArgs(bc.back());
      if (args.empty()) continue;
      std::vector<NodeId> segs = Children(t_, NodeId(bc.back().index - 1));
      std::string_view name = Text(segs.back());
      uint32_t tr = UINT32_MAX;
      for (size_t i = 0; i < res_.items.trait_names.size(); ++i) {
        if (res_.items.trait_names[i] == name) tr = static_cast<uint32_t>(i);
      }
      if (tr == UINT32_MAX) tr = BuiltinTrait(name);
      if (tr != UINT32_MAX) bound_args_[BoundKey(p, tr)] = args;
    }
  }
  // {self, then the trait arguments a bound gives `self: tr` (invalid where unknown)}.
  auto BoundTraitArgs(TypeId self, uint32_t tr) -> std::vector<TypeId> {
    std::vector<TypeId> out{self};
    uint32_t n = tr < kBuiltinTrait ? o_.traits[tr].params : 0;
    auto it = bound_args_.find(BoundKey(ty_.Resolve(self), tr));
    for (uint32_t i = 0; i < n; ++i)
      out.push_back(it != bound_args_.end() && i < it->second.size() ? it->second[i] : TypeId::Invalid());
    return out;
  }
  void ClearGenerics() {
    generic_scope_.clear();
    const_param_ty_.clear();
    bounds_.clear();
    bound_args_.clear();
    self_ty_ = TypeId::Invalid();
    self_struct_ = UINT32_MAX;
    impl_trait_ = UINT32_MAX;
    ty_.assoc_env.clear();
  }
  // The struct or enum owner code (Items::fn_owner style) of a type, or UINT32_MAX.
  auto OwnerOf(TypeId t) -> uint32_t {
    t = ty_.Resolve(t);
    if (ty_.kind(t) == TyKind::Struct) return ty_.a(t);
    if (ty_.kind(t) == TyKind::Enum && ty_.a(t) >= kFirstUserEnum) return kEnumOwner | (ty_.a(t) - kFirstUserEnum);
    return UINT32_MAX;
  }
  // Sets the generic environment function f is checked in: its impl's or trait's parameters
  // (and Self), then its own.
  void EnterFnEnv(size_t f) {
    ClearGenerics();
    const Items& items = res_.items;
    uint32_t impl = items.fn_impl[f], trait = items.fn_trait[f];
    if (items.fn_owner[f] != kBlockOwner && items.fn_owner[f] != kTraitOwner) self_struct_ = items.fn_owner[f];
    if (impl != UINT32_MAX) {
      EnterItemGenerics(items.impls[impl], 0);
      self_ty_ = o_.impls[impl].self_ty;
      impl_trait_ = o_.impls[impl].trait;
      if (self_ty_.is_valid()) self_struct_ = OwnerOf(self_ty_);
    } else if (trait != UINT32_MAX) {
      TypeId self = ty_.ParamNamed(0, "Self");
      generic_scope_.emplace_back("Self", self);
      bounds_[self.index].push_back(trait);
      self_ty_ = self;
      EnterTraitGenerics(trait, self);
    }
    EnterItemGenerics(items.fns[f], static_cast<uint32_t>(generic_scope_.size()));
  }
  void RestoreFnEnv(size_t f) {
    const FnEnv& e = fn_env_[f];
    generic_scope_ = e.scope;
    bounds_ = e.bounds;
    bound_args_ = e.bound_args;
    ty_.assoc_env = e.assoc_eq;
    impl_trait_ = res_.items.fn_impl[f] == UINT32_MAX ? UINT32_MAX : o_.impls[res_.items.fn_impl[f]].trait;
    self_ty_ = e.self_ty;
    self_struct_ = e.self_struct;
    RestoreConstParams(f);
  }
  void CollectTraits() {
    const Items& items = res_.items;
    std::unordered_map<uint32_t, uint32_t> fn_of_node;
    for (size_t f = 0; f < items.fns.size(); ++f) fn_of_node[items.fns[f].index] = static_cast<uint32_t>(f);
    for (size_t i = 0; i < items.traits.size(); ++i) {
      NodeId item = items.traits[i];
      TraitDef& d = o_.traits[i];
      d.name = items.trait_names[i];
      ClearGenerics();
      TypeId self = ty_.ParamNamed(0, "Self");
      generic_scope_.emplace_back("Self", self);
      self_ty_ = self;
      bounds_[self.index].push_back(static_cast<uint32_t>(i));
      EnterTraitGenerics(static_cast<uint32_t>(i), self);
      for (NodeId c : Children(t_, item)) {
        if (Kind(c) == NodeKind::BoundList) {
          for (uint32_t tr : BoundTraits(c)) d.supers.push_back(tr);
        }
        if (Kind(c) != NodeKind::ItemList) continue;
        for (NodeId m : Children(t_, c)) {
          if (Kind(m) == NodeKind::FnItem) d.methods.push_back(fn_of_node.at(m.index));
          if (Kind(m) == NodeKind::ConstItem) {
            NodeId name = ChildOfKind(t_, m, NodeKind::Name);
            d.const_names.emplace_back(Text(name));
            TypeId ct = ty_.error;
            NodeId def = NodeId::Invalid();
            bool seen_type = false;
            for (NodeId cc : Children(t_, m)) {
              NodeKind k = Kind(cc);
              if (k == NodeKind::Name || k == NodeKind::OuterAttr || k == NodeKind::Visibility) continue;
              if (!seen_type && IsTypeKind(k)) {
                ct = LowerType(cc);
                seen_type = true;
              } else {
                def = cc;
              }
            }
            d.const_tys.push_back(ct);
            d.const_defaults.push_back(def);
          }
        }
      }
    }
    ClearGenerics();
  }
  void CollectImpls() {
    const Items& items = res_.items;
    o_.impls.resize(items.impls.size());
    for (size_t i = 0; i < items.impls.size(); ++i) {
      NodeId item = items.impls[i];
      ImplDef& d = o_.impls[i];
      ClearGenerics();
      EnterItemGenerics(item, 0);
      d.params = static_cast<uint32_t>(generic_scope_.size());
      for (const auto& [name, p] : generic_scope_) {
        auto it = bounds_.find(p.index);
        d.param_bounds.push_back(it == bounds_.end() ? std::vector<uint32_t>{} : it->second);
        if (TypeId at, ot; FnSigOf(ty_.assoc_env, p, at, ot) && ty_.HasParam(ot)) d.fixes.push_back({ty_.a(p), ot});
      }
      // `I: Iterator<Item = &'a T>`: T is fixed by I's item type.
      for (const auto& [key, eq] : ty_.assoc_env) {
        uint32_t slot = static_cast<uint32_t>(key);
        TypeId p(static_cast<uint32_t>(key >> 32));
        if (ty_.kind(p) != TyKind::Param || !ty_.HasParam(eq) || ty_.kind(eq) == TyKind::Assoc) continue;
        const std::string& sname = ty_.assoc_slots[slot].name;
        if (sname == "Args" || sname == "Output") continue;
        d.fixes.push_back({ty_.a(p), eq, slot});
      }
      std::vector<NodeId> types;
      NodeId list = NodeId::Invalid();
      for (NodeId c : Children(t_, item)) {
        if (IsTypeKind(Kind(c))) types.push_back(c);
        if (Kind(c) == NodeKind::ItemList) list = c;
      }
      if (types.empty()) continue;
      if (types.size() == 2) d.trait = TraitRef(types[0]);
      if (types.size() == 2) d.trait_args = TraitArgs(types[0]);
      d.self_ty = LowerType(types.back());
      self_ty_ = d.self_ty;
      impl_trait_ = d.trait;
      if (types.size() == 1 && OwnerOf(d.self_ty) == UINT32_MAX && ty_.kind(d.self_ty) != TyKind::Error &&
          !InPrelude(item))
        Unsupported(types.back(), "an inherent `impl` on this type");
      for (size_t f = 0; f < items.fns.size(); ++f) {
        if (items.fn_impl[f] == i) d.fns.push_back(static_cast<uint32_t>(f));
      }
      if (!list.is_valid()) continue;
      for (NodeId m : Children(t_, list)) {
        NodeId name = ChildOfKind(t_, m, NodeKind::Name);
        if (Kind(m) == NodeKind::TypeAlias) {
          std::vector<NodeId> mc = Children(t_, m);
          d.assoc_names.emplace_back(Text(name));
          d.assoc_tys.push_back(IsTypeKind(Kind(mc.back())) ? LowerType(mc.back()) : ty_.error);
          BindImplAssoc(static_cast<uint32_t>(i), m, d.assoc_names.back(), d.assoc_tys.back());
        }
        if (Kind(m) == NodeKind::ConstItem) CollectImplConst(d, m);
      }
    }
    ClearGenerics();
  }
  void CheckImplConsts() { CheckAssocConstValues(); }
  // Every required method of a user trait must be implemented (rustc: E0046).
  void CheckImplCompleteness() {
    const Items& items = res_.items;
    for (size_t i = 0; i < o_.impls.size(); ++i) {
      const ImplDef& d = o_.impls[i];
      if (d.trait == UINT32_MAX || d.trait >= kBuiltinTrait) continue;
      std::string missing;
      for (uint32_t m : o_.traits[d.trait].methods) {
        if (ChildOfKind(t_, items.fns[m], NodeKind::BlockExpr).is_valid()) continue;
        bool found = false;
        for (uint32_t f : d.fns) found |= items.fn_names[f] == items.fn_names[m];
        if (!found) missing += (missing.empty() ? "`" : ", `") + items.fn_names[m] + "`";
      }
      if (missing.empty()) continue;
      // rustc underlines the header: `impl Trait for Type`.
      NodeId item = items.impls[i];
      uint32_t lo = tokens_.start[t_.token[item.index].index], hi = lo, tlo;
      for (NodeId c : Children(t_, item)) {
        if (IsTypeKind(Kind(c))) Span(c, tlo, hi);
      }
      // DIAG: MissingTraitItems
      diags_.Emit(DiagKind::MissingTraitItems, lo, hi, "not all trait items implemented, missing: " + missing).label =
          "missing " + missing + " in implementation";
    }
  }
  // The traits `tr` implies (itself and its supertraits, transitively).
  void TraitClosure(uint32_t tr, std::vector<uint32_t>& out) {
    for (uint32_t t : out) {
      if (t == tr) return;
    }
    out.push_back(tr);
    if (tr < kBuiltinTrait) {
      for (uint32_t s : o_.traits[tr].supers) TraitClosure(s, out);
    }
  }
  // The traits a type parameter is known to implement.
  auto ParamTraits(TypeId p) -> std::vector<uint32_t> {
    std::vector<uint32_t> out;
    auto it = bounds_.find(ty_.Resolve(p).index);
    if (it == bounds_.end()) return out;
    for (uint32_t tr : it->second) TraitClosure(tr, out);
    return out;
  }
  auto ParamHas(TypeId p, std::string_view builtin) -> bool {
    uint32_t want = BuiltinTrait(builtin);
    for (uint32_t tr : ParamTraits(p)) {
      if (tr == want) return true;
    }
    return false;
  }
  // Whether type t implements trait tr (t resolved as far as inference got).
  auto Satisfies(TypeId t, uint32_t tr) -> bool {
    t = ty_.Resolve(t);
    TyKind k = ty_.kind(t);
    // std's `impl Ord for &A where A: Ord` (and the other comparison and formatting traits).
    if (k == TyKind::Ref && t != ty_.ref_str && tr >= kBuiltinTrait) {
      std::string_view n = BuiltinTraitName(tr);
      if (n == "PartialOrd" || n == "Ord" || n == "PartialEq" || n == "Eq" || n == "Display" || n == "Debug")
        return Satisfies(TypeId(ty_.a(t)), tr);
    }
    if (k == TyKind::Error || k == TyKind::Var || k == TyKind::Never) return true;
    if (k == TyKind::Dyn) return DynImplements(t, tr);
    if (k == TyKind::Param || k == TyKind::Assoc) {
      for (uint32_t have : ParamTraits(t)) {
        if (have == tr) return true;
      }
      // Parameters are Sized, and the marker traits are not tracked.
      return tr == BuiltinTrait("Sized") || tr == BuiltinTrait("Send") || tr == BuiltinTrait("Sync");
    }
    std::vector<TypeId> args;
    if (FindImpl(o_, tr, t, args) != UINT32_MAX) return true;
    if (tr < kBuiltinTrait) return false;
    std::string_view name = BuiltinTraitName(tr);
    bool num = k == TyKind::Int || k == TyKind::IntVar || k == TyKind::Float || k == TyKind::FloatVar;
    bool text = k == TyKind::String || t == ty_.ref_str;
    if (name == "Display" || name == "ToString")
      return num || text || k == TyKind::Bool || k == TyKind::Char ||
             (k == TyKind::Enum && (ty_.a(t) == kParseIntErrorEnum || ty_.a(t) == kParseFloatErrorEnum));
    if (name == "Debug") return Debuggable(t, 0);
    if (name == "PartialEq" || name == "Eq") return Comparable(t, 0);
    if (name == "PartialOrd" || name == "Ord") return Ordered(t, name == "Ord");
    if (name == "Add" || name == "Sub" || name == "Mul" || name == "Div" || name == "Rem" || name == "Neg" ||
        name == "AddAssign" || name == "SubAssign" || name == "MulAssign")
      return num;
    if (name == "Fn" || name == "FnMut" || name == "FnOnce") return Callable(t);
    return true;
  }
  // Whether values of t can be called (closures, fn pointers, and references/boxes of them).
  auto Callable(TypeId t) -> bool {
    t = ty_.Resolve(t);
    switch (ty_.kind(t)) {
      case TyKind::Closure: case TyKind::FnPtr: case TyKind::Var: case TyKind::Error: case TyKind::Never:
      case TyKind::Param: case TyKind::Assoc: case TyKind::Dyn:
        return true;
      case TyKind::Ref: case TyKind::Box: return Callable(TypeId(ty_.a(t)));
      default: return false;
    }
  }
  // `S: Sum<{integer}>` with S known: the one impl of the trait for S whose arguments can match
  // fixes them (`impl Sum<usize> for usize`), as rustc's selection with a single candidate does.
  void SelectByTraitArgs(TypeId self, uint32_t tr, const std::vector<TypeId>& args) {
    self = ty_.Resolve(self);
    TyKind k = ty_.kind(self);
    if (k == TyKind::Var || k == TyKind::Error || k == TyKind::Param || k == TyKind::Assoc) return;
    uint32_t found = UINT32_MAX, count = 0;
    std::vector<TypeId> found_args;
    for (size_t i = 0; i < o_.impls.size(); ++i) {
      const ImplDef& d = o_.impls[i];
      if (d.trait != tr || d.trait_args.size() != args.size()) continue;
      std::vector<TypeId> a;
      if (!MatchImpl(o_, static_cast<uint32_t>(i), self, a)) continue;
      bool ok = true;
      for (size_t k2 = 0; k2 < args.size() && ok; ++k2) ok = MatchType(ty_, d.trait_args[k2], args[k2], a);
      if (!ok) continue;
      found = static_cast<uint32_t>(i);
      found_args = a;
      ++count;
    }
    if (count != 1) return;
    for (TypeId& a : found_args) {
      if (!a.is_valid()) a = ty_.NewVar(TyKind::Var);
    }
    for (size_t k2 = 0; k2 < args.size(); ++k2) ty_.Unify(args[k2], ty_.Subst(o_.impls[found].trait_args[k2], found_args));
  }
  // Records that the type arguments `targs` of a call of f must satisfy f's bounds.
  void AddObligations(NodeId at, uint32_t f, const std::vector<TypeId>& targs) {
    for (const auto& [param, trs] : fn_env_[f].bounds) {
      if (ty_.kind(TypeId(param)) == TyKind::Assoc) {
        // `where T::Item: Debug`: the projection with the call's type arguments.
        TypeId t = ty_.Subst(TypeId(param), targs);
        for (uint32_t tr : trs) obligations_.push_back({at, t, tr, ObligationArgs(f, TypeId(param), tr, targs)});
        continue;
      }
      uint32_t i = ty_.a(TypeId(param));
      if (i >= targs.size()) continue;
      for (uint32_t tr : trs) {
        obligations_.push_back({at, targs[i], tr, ObligationArgs(f, TypeId(param), tr, targs)});
        // `collect::<Vec<_>>()`: the element type is known as soon as the one impl is.
        if (!obligations_.back().args.empty()) SelectByTraitArgs(targs[i], tr, obligations_.back().args);
      }
    }
    UnifyBoundAssocEqs(f, targs);
  }
  // The trait arguments a bound of f on `param` gives its generic trait tr, substituted with the call's targs.
  auto ObligationArgs(uint32_t f, TypeId param, uint32_t tr, const std::vector<TypeId>& targs) -> std::vector<TypeId> {
    auto it = fn_env_[f].bound_args.find(BoundKey(param, tr));
    if (it == fn_env_[f].bound_args.end()) return {};
    return SubstAll(it->second, targs);
  }
  void CheckObligations() {
    SettleTraitArgs();
    // Indexed: an impl that serves a bound adds its own parameters' bounds (bounded, for cyclic impls).
    for (size_t i = 0; i < obligations_.size() && i < 4096; ++i) {
      const Obligation ob = obligations_[i];
      if (!ob.args.empty()) SelectByTraitArgs(ob.ty, ob.trait, ob.args);
      TypeId t = ty_.Resolve(ob.ty);
      if ((ty_.kind(t) == TyKind::IntVar || ty_.kind(t) == TyKind::FloatVar) && ob.trait < kBuiltinTrait) {
        // A literal whose trait has exactly one impl of its kind (`impl Foo for usize`) takes that type.
        TyKind want = ty_.kind(t) == TyKind::IntVar ? TyKind::Int : TyKind::Float;
        TypeId only = TypeId::Invalid();
        int count = 0;
        for (const ImplDef& d : o_.impls) {
          if (d.trait == ob.trait && d.self_ty.is_valid() && ty_.kind(d.self_ty) == want) {
            only = d.self_ty;
            ++count;
          }
        }
        if (count == 1) ty_.Unify(t, only);
        t = ty_.Resolve(t);
      }
      if (ty_.kind(t) == TyKind::IntVar || ty_.kind(t) == TyKind::FloatVar) t = ty_.Finalize(t);
      if (RejectTraitArgs(ob.at, ob.trait, ob.args, t) || RejectUnknownSelf(ob.at, ob.trait, ob.args, t)) continue;
      if (Satisfies(t, ob.trait)) {
        std::vector<TypeId> args;
        uint32_t impl = ty_.kind(t) == TyKind::Param ? UINT32_MAX : FindImpl(o_, ob.trait, t, args);
        if (impl == UINT32_MAX) continue;
        const ImplDef& d = o_.impls[impl];
        for (size_t p = 0; p < d.param_bounds.size() && p < args.size(); ++p) {
          if (!args[p].is_valid()) continue;
          for (uint32_t b : d.param_bounds[p]) obligations_.push_back({ob.at, args[p], b, {}});
        }
        continue;
      }
      if (std::string_view n = ob.trait >= kBuiltinTrait ? BuiltinTraitName(ob.trait) : "";
          n == "Fn" || n == "FnMut" || n == "FnOnce") {
        // rustc words a non-callable argument of an `F: Fn..` parameter this way (E0277).
        Error(DiagKind::TraitBoundNotSatisfied, ob.at, fmt::format("expected a `{}` closure, found `{}`", n, ty_.Name(t)),
              fmt::format("expected an `{}` closure, found `{}`", n, ty_.Name(t)));
        continue;
      }
      // DIAG: TraitBoundNotSatisfied
      Error(DiagKind::TraitBoundNotSatisfied, ob.at,
            fmt::format("the trait bound `{}: {}` is not satisfied", ty_.Name(t), TraitName(ob.trait)),
            fmt::format("the trait `{}` is not implemented for `{}`", TraitName(ob.trait), ty_.Name(t)));
    }
    obligations_.clear();
  }
  // Fresh type arguments for a call of f; `known` fills the leading ones (an impl's or Self).
  auto FreshArgs(uint32_t f, std::vector<TypeId> known) -> std::vector<TypeId> {
    while (known.size() < o_.fn_generics[f]) known.push_back(ty_.NewVar(TyKind::Var));
    for (TypeId& k : known) {
      if (!k.is_valid()) k = ty_.NewVar(TyKind::Var);
    }
    return known;
  }
  auto SubstAll(std::vector<TypeId> ts, const std::vector<TypeId>& args) -> std::vector<TypeId> {
    if (args.empty()) return ts;
    for (TypeId& t : ts) t = ty_.Subst(t, args);
    return ts;
  }
  // Method `name` callable on a receiver of type rt, probed as rustc does: for each autoderef
  // step U of rt (through references and boxes), methods whose receiver is U, then those whose
  // receiver is &U / &mut U; inherent impls before trait impls at each; type parameters through
  // their bounds. `need_self` false: an associated function called through a path (`T::f`).
  auto LookupMethod(TypeId rt, std::string_view name, bool need_self, uint32_t& f, std::vector<TypeId>& targs) -> bool {
    const Items& items = res_.items;
    std::vector<TypeId> steps;
    TypeId t = ty_.Resolve(rt);
    for (int i = 0; i < 8; ++i) {
      steps.push_back(t);
      TyKind k = ty_.kind(t);
      bool ref = k == TyKind::Ref && ty_.kind(ty_.Resolve(TypeId(ty_.a(t)))) != TyKind::Str;
      if (!need_self) break;
      if (!ref && k != TyKind::Box) {
        TypeId d = OverloadedDeref(t);
        if (!d.is_valid()) break;
        t = d;
        continue;
      }
      t = ty_.Resolve(TypeId(ty_.a(t)));
    }
    // Arrays and Vecs reach the std subset's slice methods (`impl<T> [T]`) by unsizing last.
    if (need_self && (ty_.kind(steps.back()) == TyKind::Array || ty_.kind(steps.back()) == TyKind::Vec))
      steps.push_back(ty_.Slice(TypeId(ty_.a(steps.back()))));
    // Strings reach the std subset's str methods (`impl str`, runtime/std/str.rs) by deref last.
    if (need_self && ty_.kind(steps.back()) == TyKind::String) steps.push_back(TypeId(ty_.a(ty_.ref_str)));
    for (TypeId u : steps) {
      if (ty_.kind(u) == TyKind::Dyn) {
        if (DynMethod(u, name, need_self, f, targs)) return true;
        continue;
      }
      if (ty_.kind(u) == TyKind::Param) {
        for (uint32_t tr : ParamTraits(u)) {
          if (tr >= kBuiltinTrait) continue;
          for (uint32_t m : o_.traits[tr].methods) {
            if (items.fn_names[m] != name || (need_self && o_.fn_self[m] == SelfKind::None)) continue;
            f = m;
            targs = FreshArgs(m, BoundTraitArgs(u, tr));
            return true;
          }
        }
        continue;
      }
      for (int autoref = 0; autoref < (need_self ? 2 : 1); ++autoref) {
        // The type Self must be for method m to take a receiver of type u (after autoref).
        auto self_for = [&](uint32_t m) -> TypeId {
          if (!need_self) return o_.fn_self[m] == SelfKind::None ? u : TypeId::Invalid();
          SelfKind sk = o_.fn_self[m];
          if (sk == SelfKind::None) return TypeId::Invalid();
          // `self: Box<Self>`: a Box receiver, Self its contents.
          if (sk == SelfKind::Box) return !autoref && ty_.kind(u) == TyKind::Box ? ty_.Resolve(TypeId(ty_.a(u))) : TypeId::Invalid();
          // Auto-ref: the receiver is `&u`, which a by-value `self` of an impl for `&u` takes too.
          if (autoref) return sk == SelfKind::Value ? ty_.Ref(u, false) : u;
          if (sk == SelfKind::Value) return u;
          if (ty_.kind(u) != TyKind::Ref || (sk == SelfKind::RefMut && !ty_.b(u))) return TypeId::Invalid();
          return ty_.Resolve(TypeId(ty_.a(u)));
        };
        const std::vector<uint32_t>& cands = ImplsNaming(name);
        for (int pass = 0; pass < 2; ++pass) {
          for (uint32_t i : cands) {
            const ImplDef& d = o_.impls[i];
            if ((pass == 0) != (d.trait == UINT32_MAX)) continue;
            for (uint32_t m : d.fns) {
              if (items.fn_names[m] != name) continue;
              TypeId want = self_for(m);
              std::vector<TypeId> args;
              if (!want.is_valid() || !MatchImpl(o_, static_cast<uint32_t>(i), want, args)) continue;
              if (GenericTraitDecl(d.trait, want, name, f, targs)) return true;
              f = m;
              targs = FreshArgs(m, args);
              ty_.Unify(ty_.Subst(d.self_ty, targs), want);
              return true;
            }
            if (d.trait == UINT32_MAX || d.trait >= kBuiltinTrait) continue;
            for (uint32_t m : o_.traits[d.trait].methods) {
              if (items.fn_names[m] != name) continue;
              bool overridden = false;
              for (uint32_t g : d.fns) overridden |= items.fn_names[g] == name;
              TypeId want = self_for(m);
              std::vector<TypeId> args;
              if (overridden || !want.is_valid() || !MatchImpl(o_, static_cast<uint32_t>(i), want, args)) continue;
              if (GenericTraitDecl(d.trait, want, name, f, targs)) return true;
              f = m;
              // A generic trait's arguments as this impl gives them (`impl Tr<u8> for X`).
              std::vector<TypeId> known{want};
              for (TypeId& a : args) {
                if (!a.is_valid()) a = ty_.NewVar(TyKind::Var);
              }
              for (TypeId ta : d.trait_args) known.push_back(ty_.Subst(ta, args));
              targs = FreshArgs(m, known);
              return true;
            }
          }
        }
      }
    }
    return false;
  }
  // The impls, in index order, that can provide a method `name`: those with a fn of that name or
  // whose (user) trait declares one. LookupMethod probes only these, in the same order, so its
  // answer is that of the scan over every impl; built once (the impls are fixed before bodies are
  // checked) because the std files' impls made that scan the check pass's largest cost.
  auto ImplsNaming(std::string_view name) -> const std::vector<uint32_t>& {
    if (impls_by_name_size_ != o_.impls.size()) {
      impls_by_name_.clear();
      const Items& items = res_.items;
      auto add = [&](uint32_t m, uint32_t i) {
        std::vector<uint32_t>& v = impls_by_name_[items.fn_names[m]];
        if (v.empty() || v.back() != i) v.push_back(i);
      };
      for (uint32_t i = 0; i < o_.impls.size(); ++i) {
        const ImplDef& d = o_.impls[i];
        for (uint32_t m : d.fns) add(m, i);
        if (d.trait == UINT32_MAX || d.trait >= kBuiltinTrait) continue;
        for (uint32_t m : o_.traits[d.trait].methods) add(m, i);
      }
      impls_by_name_size_ = o_.impls.size();
    }
    static const std::vector<uint32_t> kNone;
    auto it = impls_by_name_.find(name);
    return it == impls_by_name_.end() ? kNone : it->second;
  }
  // Method `name` of generic trait tr on `self` when several impls (`impl Tr<u8> for X`,
  // `impl Tr<u16> for X`) apply: the trait's declaration with its arguments left to inference;
  // codegen selects the impl by them (SelectMethod). False when tr is not generic or one impl applies.
  auto GenericTraitDecl(uint32_t tr, TypeId self, std::string_view name, uint32_t& f, std::vector<TypeId>& targs)
      -> bool {
    if (tr >= kBuiltinTrait || o_.traits[tr].params == 0) return false;
    uint32_t count = 0;
    for (size_t i = 0; i < o_.impls.size(); ++i) {
      std::vector<TypeId> args;
      if (o_.impls[i].trait == tr && MatchImpl(o_, static_cast<uint32_t>(i), self, args)) ++count;
    }
    if (count < 2) return false;
    for (uint32_t m : o_.traits[tr].methods) {
      if (res_.items.fn_names[m] != name) continue;
      f = m;
      targs = FreshArgs(m, {self});
      return true;
    }
    return false;
  }
  // The method `name` of the impl of trait `tr` for t.
  auto ImplMethod(uint32_t tr, TypeId t, std::string_view name, uint32_t& f, std::vector<TypeId>& targs) -> bool {
    std::vector<TypeId> args;
    uint32_t impl = FindImpl(o_, tr, t, args);
    if (impl == UINT32_MAX) return false;
    for (uint32_t m : o_.impls[impl].fns) {
      if (res_.items.fn_names[m] != name) continue;
      f = m;
      targs = FreshArgs(m, args);
      ty_.Unify(ty_.Subst(o_.impls[impl].self_ty, targs), t);
      return true;
    }
    return false;
  }
  // A use of struct s: its type with fresh variables for its type parameters.
  auto FreshStruct(uint32_t s) -> TypeId {
    std::vector<TypeId> args;
    for (uint32_t i = 0; i < struct_params_[s]; ++i) args.push_back(ty_.NewVar(TyKind::Var));
    return ty_.Struct(s, args);
  }
  // Field types of the struct type t, its type arguments substituted.
  auto FieldTys(TypeId t) -> std::vector<TypeId> {
    t = ty_.Resolve(t);
    std::vector<TypeId> fs = o_.field_tys[ty_.a(t)];
    std::vector<TypeId> args = ty_.elems(t);
    if (!args.empty()) {
      for (TypeId& f : fs) f = ty_.Subst(f, args);
    }
    return fs;
  }
  // Whether t holds a value of type `target` inline (not behind a Vec or reference).
  auto ContainsByValue(TypeId t, TypeId target, uint32_t depth) -> bool {
    t = ty_.Resolve(t);
    if (depth == 0) explored_.clear();
    if (t == target || depth > 64) return true;
    // A type explored once in this query holds no target: skipping it keeps nested types linear.
    if (!explored_.insert(t.index).second) return false;
    switch (ty_.kind(t)) {
      case TyKind::Struct:
        for (TypeId f : FieldTys(t)) {
          if (ContainsByValue(f, target, depth + 1)) return true;
        }
        return false;
      case TyKind::Tuple:
        for (TypeId e : ty_.elems(t)) {
          if (ContainsByValue(e, target, depth + 1)) return true;
        }
        return false;
      case TyKind::Array: return ContainsByValue(TypeId(ty_.a(t)), target, depth + 1);
      case TyKind::Enum:
        for (size_t v = 0; v < o_.enums[ty_.a(t)].variants.size(); ++v) {
          for (TypeId f : VariantFields(t, static_cast<uint32_t>(v))) {
            if (ContainsByValue(f, target, depth + 1)) return true;
          }
        }
        return false;
      default: return false;
    }
  }
  // Whether struct s (transitively) contains itself by value: an infinite size (E0072).
  auto Recursive(uint32_t s, TypeId t, uint32_t depth) -> bool {
    if (depth == 0) explored_.clear();
    if (depth > 64) return true;
    if (ty_.kind(t) == TyKind::Struct && ty_.a(t) == s && depth > 0) return true;
    if (!explored_.insert(t.index).second) return false;
    switch (ty_.kind(t)) {
      case TyKind::Struct:
        for (TypeId f : FieldTys(t)) {
          if (Recursive(s, f, depth + 1)) return true;
        }
        return false;
      case TyKind::Tuple:
        for (TypeId e : ty_.elems(t)) {
          if (Recursive(s, e, depth + 1)) return true;
        }
        return false;
      case TyKind::Array: return Recursive(s, TypeId(ty_.a(t)), depth + 1);
      case TyKind::Enum:
        for (size_t v = 0; v < o_.enums[ty_.a(t)].variants.size(); ++v) {
          for (TypeId f : VariantFields(t, static_cast<uint32_t>(v))) {
            if (Recursive(s, f, depth + 1)) return true;
          }
        }
        return false;
      default: return false;
    }
  }

  void CollectFnSig(size_t f) {
    NodeId fn = res_.items.fns[f];
    std::vector<TypeId> params;
    TypeId ret = ty_.unit;
    SelfKind self_kind = SelfKind::None;
    for (NodeId c : Children(t_, fn)) {
      switch (Kind(c)) {
        case NodeKind::ParamList:
          for (NodeId p : Children(t_, c)) {
            if (Kind(p) == NodeKind::SelfParam) {
              bool ref = false, mut = false;
              NodeId typed = NodeId::Invalid();
              for (NodeId q : Children(t_, p)) {
                if (Kind(q) == NodeKind::Qualifier && Text(q) == "&") ref = true;
                if (Kind(q) == NodeKind::Qualifier && Text(q) == "mut") mut = true;
                if (Kind(q) != NodeKind::Qualifier && Kind(q) != NodeKind::Lifetime) typed = q;
              }
              if (!self_ty_.is_valid()) {
                Unsupported(p, "`self` outside an impl or trait");
                continue;
              }
              TypeId st = SelfType();
              TypeId t = ref ? ty_.Ref(st, mut) : st;
              self_kind = ref ? (mut ? SelfKind::RefMut : SelfKind::Ref) : SelfKind::Value;
              if (typed.is_valid()) {  // `self: Box<Self>` (typed_self_checker.inc)
                t = TypedSelf(typed, self_kind);
                if (!t.is_valid()) continue;
              }
              Set(p, t);
              if (res_.def_kind[p.index] == DefKind::Local) o_.local_ty[res_.def_index[p.index]] = t;
              continue;
            }
            if (Kind(p) != NodeKind::Param) continue;
            std::vector<NodeId> pc = Children(t_, p);
            in_params_ = true;
            TypeId t = pc.size() >= 2 ? LowerType(pc.back()) : ty_.error;
            in_params_ = false;
            params.push_back(t);
            if (!pc.empty()) CheckPattern(pc.front(), t);
          }
          break;
        case NodeKind::RetType: {
          NodeId rt = Children(t_, c).front();
          // `-> impl Fn(..)`: the function's one closure type, known once its body is checked.
          ret = Kind(rt) == NodeKind::ImplTraitType ? OpaqueReturn(rt) : LowerType(rt);
          break;
        }
        case NodeKind::GenericParamList: case NodeKind::WhereClause: break;  // EnterFnEnv took them
        case NodeKind::Qualifier:
          // `const fn` and `unsafe fn` run like any other function here.
          if (Text(c) != "pub" && Text(c) != "const" && Text(c) != "unsafe")
            Unsupported(c, fmt::format("a `{}` function", Text(c)));
          break;
        default: break;
      }
    }
    o_.fn_params.push_back(std::move(params));
    o_.fn_ret.push_back(ret);
    o_.fn_self.push_back(self_kind);
  }

  void CheckConst(size_t c) {
    NodeId item = res_.items.consts[c];
    TypeId t = ty_.error;
    NodeId init = NodeId::Invalid();
    bool seen_type = false;
    for (NodeId ch : Children(t_, item)) {
      NodeKind k = Kind(ch);
      if (k == NodeKind::Name || k == NodeKind::Visibility || k == NodeKind::OuterAttr || k == NodeKind::Qualifier)
        continue;
      if (!seen_type) {
        t = LowerType(ch);
        seen_type = true;
      } else {
        init = ch;
      }
    }
    o_.const_ty.push_back(t);
    if (init.is_valid()) {
      rets_.push_back(t);
      const_rets_ = rets_.size();
      Expect(init, t, Infer(init));
      const_rets_ = SIZE_MAX;
      rets_.pop_back();
    }
  }

  void CheckFnBody(size_t f) {
    NodeId fn = res_.items.fns[f];
    NodeId body = ChildOfKind(t_, fn, NodeKind::BlockExpr);
    if (!body.is_valid()) return;
    rets_.push_back(o_.fn_ret[f]);
    NoteDynHint(LastExprOr(body), o_.fn_ret[f]);
    TypeId t = Infer(body);
    Expect(LastExprOr(body), o_.fn_ret[f], t);
    // rustc infers over the whole body: `collect()` targets and `parse` targets known by now type
    // the closures still waiting for their parameters (`.map_err(|_| ..)` of a parse's error).
    SettleTraitArgs();
    ResolveParseErrors(/*final=*/false);
    FlushClosureBodies();
    SettleTraitArgs();
    ResolveParseErrors(/*final=*/true);
    ResolveTryErrors();
    NeverFallback();  // check/never_checker.inc
    SettleTraitArgs();  // `collect()` targets fix element types a deferred `sort()` or format checks
    CheckPendingFormats();
    CheckSortKeys();
    ResolveIntos();
    rets_.pop_back();
    if (res_.items.fn_names[f] == "main" && res_.items.fn_owner[f] == UINT32_MAX) {
      if (ty_.Resolve(o_.fn_ret[f]) != ty_.unit) Unsupported(fn, "`main` returning a value");
      if (!o_.fn_params[f].empty() || o_.fn_self[f] != SelfKind::None)
        Unsupported(fn, "`main` with parameters (rustc: E0580)");
    }
  }
  // The block's tail expression (for the span of a mismatch), or the block.
  auto LastExprOr(NodeId block) const -> NodeId {
    std::vector<NodeId> cs = Children(t_, block);
    if (!cs.empty() && Kind(cs.back()) == NodeKind::ExprStmt && !t_.token[cs.back().index].is_valid())
      return Children(t_, cs.back()).back();
    return block;
  }

  // --- patterns ---
  // A unit variant or constant in a pattern (`None`, `E::A`, `LIMIT`).
  void CheckPathPattern(NodeId p, const std::vector<std::string>& segs, TypeId t) {
    uint32_t en, var;
    if (VariantOf(segs, en, var)) {
      TypeId et = FreshEnum(en);
      Expect(p, t, et);
      o_.node_fn[p.index] = var;
      if (!o_.enums[en].fields[var].empty()) Unsupported(p, "a tuple variant used without its fields");
      return;
    }
    IntTy it;
    if (segs.size() == 2 && IntTyFromName(segs[0], it) && (segs[1] == "MIN" || segs[1] == "MAX")) {
      Expect(p, t, ty_.Int(it));
      o_.builtin[p.index] = segs[1] == "MIN" ? Builtin::IntMin : Builtin::IntMax;
      return;
    }
    if (segs.size() == 1) {
      for (size_t c = 0; c < res_.items.const_names.size(); ++c) {
        if (res_.items.const_names[c] == segs[0]) {
          if (c >= o_.const_ty.size()) {
            // Parameter patterns are checked before constants have types.
            Unsupported(p, "a constant in a parameter pattern");
            return;
          }
          Expect(p, t, o_.const_ty[c]);
          o_.builtin[p.index] = Builtin::VariantValue;  // marks "compare with the constant"
          o_.node_fn[p.index] = static_cast<uint32_t>(c);
          return;
        }
      }
    }
    // `Foo::NUM` (an associated constant, check/assoc_const_checker.inc) compares with its value.
    if (TypeId ct; segs.size() == 2 && AssocConstPath(p, segs, ct)) {
      // rustc: E0158 (a constant pattern cannot depend on generic parameters).
      if (o_.builtin[p.index] == Builtin::AssocConstParam) Unsupported(p, "an associated constant of a type parameter as a pattern");
      Expect(p, t, ct);
      return;
    }
    Unsupported(p, "this path pattern");
  }

  // A literal pattern (maybe negated): its type.
  // `expected`: the scrutinee's type, which a byte string pattern matches as `&[u8]` or `&[u8; N]`.
  auto CheckLiteralPat(NodeId p, TypeId expected = TypeId::Invalid()) -> TypeId {
    std::vector<NodeId> cs = Children(t_, p);
    NodeId e = cs.empty() ? p : cs.front();
    TokenKind tk = tokens_.kind[t_.token[e.index].index];
    if (Kind(e) == NodeKind::Literal && (tk == TokenKind::ByteStrLit || tk == TokenKind::RawByteStrLit)) {
      TypeId lit = Infer(e);
      TypeId r = expected.is_valid() ? ty_.Resolve(expected) : TypeId::Invalid();
      TypeId to = r.is_valid() && ty_.kind(r) == TyKind::Ref ? ty_.Resolve(TypeId(ty_.a(r))) : TypeId::Invalid();
      if (to.is_valid() && ty_.kind(to) == TyKind::Slice) return Set(p, ty_.Ref(to, false));
      if (!to.is_valid() || ty_.kind(to) != TyKind::Array) {
        Unsupported(e, "a byte string pattern on a value that is not `&[u8]` or `&[u8; N]`");
        return Set(p, ty_.error);
      }
      return Set(p, lit);
    }
    TypeId t = Infer(e);
    Set(p, t);
    return t;
  }

  // Checks pattern p against type t. `by_ref`: default binding mode after matching a reference
  // with a non-reference pattern (bindings become references, as in Rust 2021).
  void CheckPattern(NodeId p, TypeId t, bool by_ref = false) {
    Set(p, t);
    bool structural = PatPeelsRefs(p);  // check/patterns_checker.inc
    TypeId r = ty_.Resolve(t);
    if (structural && ty_.kind(r) == TyKind::Ref && ty_.kind(ty_.Resolve(TypeId(ty_.a(r)))) != TyKind::Str) {
      // Matching through the reference: the node keeps the reference type; parts bind by reference.
      TypeId inner = TypeId(ty_.a(r));
      // Rust 2021 default binding modes: `ref mut` only while every reference passed is `&mut`.
      bool saved = pat_ref_mut_;
      pat_ref_mut_ = ty_.b(r) != 0 && (!by_ref || pat_ref_mut_);
      CheckPattern(p, inner, true);
      pat_ref_mut_ = saved;
      Set(p, t);
      return;
    }
    switch (Kind(p)) {
      case NodeKind::IdentPat:
      {
        if (res_.def_kind[p.index] == DefKind::Path) {
          CheckPathPattern(p, {std::string(Text(p))}, t);
          return;
        }
        NodeId sub = NodeId::Invalid();  // the pattern after `@`, if any
        bool ref = false;      // `ref x`: binds a shared reference to the matched place
        bool ref_mut = false;  // `ref mut x`: a mutable one (codegen matches on the place itself)
        std::vector<NodeId> pcs = Children(t_, p);
        for (size_t k = 0; k < pcs.size(); ++k) {
          NodeId c = pcs[k];
          if (Kind(c) == NodeKind::Qualifier && Text(c) == "ref") {
            ref_mut = k + 1 < pcs.size() && Kind(pcs[k + 1]) == NodeKind::Qualifier && Text(pcs[k + 1]) == "mut";
            ref = true;
          }
          if (Kind(c) != NodeKind::Name && Kind(c) != NodeKind::Qualifier) sub = c;
        }
        TypeId scrutinee = t;
        if (ref && ty_.kind(ty_.Resolve(t)) == TyKind::Str) Unsupported(p, "a `ref` binding to a `str`");
        if (by_ref || ref) Set(p, t = ty_.Ref(t, ref ? ref_mut : pat_ref_mut_));
        if (res_.def_kind[p.index] == DefKind::Local) o_.local_ty[res_.def_index[p.index]] = t;
        // `x @ pat`: pat matches the same value (codegen tests and binds it too).
        if (sub.is_valid()) CheckPattern(sub, scrutinee, by_ref);
        return;
      }
      case NodeKind::WildcardPat: return;
      case NodeKind::ParenPat: CheckPattern(Children(t_, p).front(), t, by_ref); return;
      case NodeKind::TuplePat: {
        std::vector<NodeId> cs = Children(t_, p);
        for (size_t r = 0; r < cs.size(); ++r) {
          if (Kind(cs[r]) != NodeKind::RestPat) continue;
          // `(a, .., z)`: the tuple's arity must be known already; the parts after `..` match
          // its last elements.
          TypeId rt = ty_.Resolve(t);
          if (ty_.kind(rt) != TyKind::Tuple) {
            Unsupported(cs[r], "`..` in a tuple pattern of a type not known here");
            return;
          }
          std::vector<TypeId> es = ty_.elems(rt);
          size_t after = cs.size() - r - 1;
          bool bad = r + after > es.size();
          for (size_t k = r + 1; k < cs.size(); ++k) bad |= Kind(cs[k]) == NodeKind::RestPat;
          if (bad) {
            Error(DiagKind::MismatchedTypes, p, "mismatched types",
                  fmt::format("expected a tuple with {} elements, found one with {} elements", es.size(), r + after));
            return;
          }
          for (size_t i = 0; i < r; ++i) CheckPattern(cs[i], es[i], by_ref);
          for (size_t j = 0; j < after; ++j) CheckPattern(cs[r + 1 + j], es[es.size() - after + j], by_ref);
          Set(p, rt);
          return;
        }
        std::vector<TypeId> es;
        for (size_t i = 0; i < cs.size(); ++i) es.push_back(ty_.NewVar(TyKind::Var));
        TypeId tt = ty_.Tuple(es);
        if (!ty_.Unify(t, tt)) {
          Error(DiagKind::MismatchedTypes, p, "mismatched types",
                fmt::format("expected `{}`, found a tuple with {} elements", ty_.Name(t), cs.size()));
          return;
        }
        for (size_t i = 0; i < cs.size(); ++i) CheckPattern(cs[i], es[i], by_ref);
        return;
      }
      case NodeKind::PathPat:
        if (CheckTurbofishPathPattern(p, Children(t_, p).front(), t)) return;  // check/patterns_checker.inc
        CheckPathPattern(p, PathSegs(Children(t_, p).front()), t);
        return;
      case NodeKind::LiteralPat: Expect(p, t, CheckLiteralPat(p, t)); Set(p, t); return;
      case NodeKind::RangePat: {
        for (NodeId c : Children(t_, p)) {
          if (Kind(c) == NodeKind::LiteralPat) Expect(c, t, CheckLiteralPat(c, t));
          else if (Kind(c) == NodeKind::PathPat) CheckPattern(c, t);
          else Unsupported(c, "this range bound");
        }
        Set(p, t);
        TyKind k = ty_.kind(ty_.Resolve(t));
        if (k != TyKind::Int && k != TyKind::IntVar && k != TyKind::Char && k != TyKind::Error)
          Unsupported(p, "a range pattern of this type");
        return;
      }
      case NodeKind::OrPat: CheckOrPattern(p, t, by_ref); return;  // check/patterns_checker.inc
      case NodeKind::RefPat: {
        TypeId r = ty_.Resolve(t);
        std::vector<NodeId> cs = Children(t_, p);
        // `&x` against a type not known yet (`|&&x|` inside a closure parameter): it is a reference.
        if (ty_.kind(r) == TyKind::Var) {
          ty_.Unify(t, ty_.Ref(ty_.NewVar(TyKind::Var), ChildOfKind(t_, p, NodeKind::Qualifier).is_valid()));
          r = ty_.Resolve(t);
        }
        if (ty_.kind(r) != TyKind::Ref) {
          if (ty_.kind(r) != TyKind::Error) Unsupported(p, "a `&` pattern against a non-reference");
          return;
        }
        CheckPattern(cs.back(), TypeId(ty_.a(r)));
        return;
      }
      case NodeKind::StructPat: {
        std::vector<NodeId> cs = Children(t_, p);
        std::vector<std::string> segs = PathSegs(cs[0]);
        uint32_t en, var;
        std::vector<std::string> names;
        std::vector<TypeId> tys;
        if (VariantOf(segs, en, var)) {
          TypeId et = FreshEnum(en);
          Expect(p, t, et);
          o_.node_fn[p.index] = var;
          names = o_.enums[en].field_names[var];
          tys = VariantFields(et, var);
        } else if (uint32_t st = StructOfPath(cs[0]); st != UINT32_MAX) {
          TypeId stt = FreshStruct(st);
          Expect(p, t, stt);
          names = o_.field_names[st];
          tys = FieldTys(stt);
        } else {
          Unsupported(p, "this struct pattern");
          return;
        }
        for (size_t i = 1; i < cs.size(); ++i) {
          NodeId f = cs[i];
          if (Kind(f) == NodeKind::RestPat) continue;
          std::vector<NodeId> fc = Children(t_, f);
          NodeId name = ChildOfKind(t_, f, NodeKind::Name);
          std::string fname(name.is_valid() ? Text(name) : Text(f));
          size_t k = 0;
          while (k < names.size() && names[k] != fname) ++k;
          if (k == names.size()) {
            Error(DiagKind::NoField, f, fmt::format("no field `{}` in this pattern", fname), "unknown field");
            continue;
          }
          o_.node_fn[f.index] = static_cast<uint32_t>(k);
          CheckPattern(fc.back(), tys[k], by_ref);
        }
        return;
      }
      case NodeKind::TupleStructPat: {
        std::vector<NodeId> cs = Children(t_, p);
        uint32_t s = StructOfPath(cs[0]);
        if (s == UINT32_MAX) {
          uint32_t en, var;
          TypeId et;
          std::vector<std::string> segs;
          if (VariantOf(PathSegs(cs[0]), en, var)) {
            et = FreshEnum(en);
          } else if (!TurbofishVariant(cs[0], segs, en, var, et)) {  // `Some::<isize>(x)`: check/patterns_checker.inc
            Unsupported(p, "this tuple-struct pattern");
            return;
          }
          Expect(p, t, et);
          o_.node_fn[p.index] = var;
          std::vector<TypeId> fs = VariantFields(et, var);
          CheckTupleFieldPats(p, cs, fs, by_ref, true);
          return;
        }
        TypeId stt = FreshStruct(s);
        Expect(p, t, stt);
        const std::vector<TypeId> fs = FieldTys(stt);
        CheckTupleFieldPats(p, cs, fs, by_ref, false);
        return;
      }
      case NodeKind::SlicePat: CheckSlicePat(p, t, by_ref); return;
      default: Unsupported(p, "this pattern"); return;
    }
  }

  // The type `Self` stands for in the current impl.
  auto SelfType() -> TypeId {
    if (self_ty_.is_valid()) return self_ty_;
    if (self_struct_ & kEnumOwner) return ty_.Enum(kFirstUserEnum + (self_struct_ & ~kEnumOwner), {});
    return ty_.Struct(self_struct_);
  }

  // The struct a Path node names (`P`, `Self`), or UINT32_MAX.
  auto StructOfPath(NodeId path) -> uint32_t {
    if (Kind(path) == NodeKind::Path && TurbofishSegment(path).is_valid()) return StructNamed(Text(TurbofishSegment(path)));
    if (Kind(path) != NodeKind::Path || t_.subtree_size[path.index] != 2) return UINT32_MAX;
    std::string_view name = Text(NodeId(path.index - 1));
    if (name == "Self") return self_struct_ & kEnumOwner ? UINT32_MAX : self_struct_;
    for (size_t s = 0; s < res_.items.struct_names.size(); ++s) {
      if (res_.items.struct_names[s] == name) return static_cast<uint32_t>(s);
    }
    return UINT32_MAX;
  }
  // Strips references (auto-deref for field access, method receivers and operators).
  auto Deref(TypeId t) -> TypeId {
    t = ty_.Resolve(t);
    while ((ty_.kind(t) == TyKind::Ref && ty_.kind(ty_.Resolve(TypeId(ty_.a(t)))) != TyKind::Str) ||
           ty_.kind(t) == TyKind::Box) {
      if (ty_.kind(t) == TyKind::Box && ty_.kind(ty_.Resolve(TypeId(ty_.a(t)))) == TyKind::Str) return ty_.ref_str;
      t = ty_.Resolve(TypeId(ty_.a(t)));
    }
    return t;
  }
  // The method `name` of struct s, or UINT32_MAX.
  auto FindMethod(uint32_t s, std::string_view name) -> uint32_t {
    for (size_t f = 0; f < res_.items.fns.size(); ++f) {
      if (res_.items.fn_owner[f] == s && res_.items.fn_names[f] == name) return static_cast<uint32_t>(f);
    }
    return UINT32_MAX;
  }
  void CheckArgs(NodeId at, uint32_t f, const std::vector<NodeId>& args, const std::vector<TypeId>& at_tys,
                 const char* what) {
    CheckArgsWith(at, o_.fn_params[f], args, at_tys, what);
  }
  void CheckArgsWith(NodeId at, const std::vector<TypeId>& params, const std::vector<NodeId>& args,
                     const std::vector<TypeId>& at_tys, const char* what) {
    if (params.size() != args.size()) {
      // DIAG: WrongArgCount
      Error(DiagKind::WrongArgCount, at,
            fmt::format("this {} takes {} argument{} but {} argument{} supplied", what, params.size(),
                        params.size() == 1 ? "" : "s", args.size(), args.size() == 1 ? " was" : "s were"));
      return;
    }
    for (size_t i = 0; i < args.size(); ++i) Expect(args[i], params[i], at_tys[i]);
  }

  auto InferField(NodeId n) -> TypeId {
    NodeId base = Children(t_, n).front();
    std::string name(Text(n));
    TypeId bt = DerefToField(Infer(base), name);
    if (ty_.kind(bt) == TyKind::Error) return ty_.error;
    // `t.0.1` lexes its indices as one float literal, which both field nodes carry.
    if (size_t dot = name.find('.'); dot != std::string::npos)
      name = t_.token[base.index] == t_.token[n.index] ? name.substr(dot + 1) : name.substr(0, dot);
    if (ty_.kind(bt) == TyKind::Tuple) {
      std::vector<TypeId> es = ty_.elems(bt);
      size_t i = name.empty() || name[0] < '0' || name[0] > '9' ? SIZE_MAX : std::stoul(name);
      if (i < es.size()) return es[i];
    }
    if (ty_.kind(bt) == TyKind::Struct) {
      uint32_t s = ty_.a(bt);
      for (size_t i = 0; i < o_.field_names[s].size(); ++i) {
        if (o_.field_names[s][i] == name) return FieldTys(bt)[i];
      }
    }
    // DIAG: NoField
    Error(DiagKind::NoField, n, fmt::format("no field `{}` on type `{}`", name, ty_.Name(bt)), "unknown field");
    return ty_.error;
  }

  // `c[i]` on a struct with an `impl Index` (the std subset's collections): the impl's `index`
  // gives `&Output`, and the place is `*c.index(i)` (also written through, for IndexMut).
  auto UserIndex(NodeId n, TypeId bt, TypeId it, TypeId& out) -> bool {
    uint32_t f;
    std::vector<TypeId> targs;
    if (OwnerOf(bt) == UINT32_MAX || !ImplMethod(BuiltinTrait("Index"), ty_.Resolve(bt), "index", f, targs)) return false;
    o_.node_fn[n.index] = f;
    if (!targs.empty()) o_.node_targs[n.index] = targs;
    std::vector<TypeId> ps = SubstAll(o_.fn_params[f], targs);
    std::vector<TypeId> at{it};
    if (ps.size() == 1) BorrowStrKeys(f, ps, {Children(t_, n)[1]}, at);
    if (ps.size() == 1) Expect(Children(t_, n)[1], ps[0], at[0]);
    TypeId r = ty_.Resolve(ty_.Subst(o_.fn_ret[f], targs));
    out = ty_.kind(r) == TyKind::Ref ? TypeId(ty_.a(r)) : ty_.error;
    return true;
  }
  auto InferIndex(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    TypeId bt = IndexThroughDeref(cs[0], Deref(UnsizedIndexBase(cs[0], Infer(cs[0]))));
    if (TypeId st; IndexSlice(cs, bt, st)) return st;
    TypeId it = Infer(cs[1]);
    if (ty_.kind(bt) == TyKind::Error) return ty_.error;
    if (TypeId ut; UserIndex(n, bt, it, ut)) return ut;
    if (ty_.kind(bt) == TyKind::Vec) {
      Expect(cs[1], ty_.usize, it);
      return TypeId(ty_.a(bt));
    }
    if (ty_.kind(bt) != TyKind::Array) {
      Unsupported(n, fmt::format("indexing into `{}`", ty_.Name(bt)));
      return ty_.error;
    }
    if (Kind(cs[1]) == NodeKind::RangeExpr) {
      Unsupported(cs[1], "slicing with a range");
      return ty_.error;
    }
    Expect(cs[1], ty_.usize, it);
    return TypeId(ty_.a(bt));
  }

  auto InferStructExpr(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    uint32_t s = StructOfPath(cs[0]);
    uint32_t en, var;
    if (s == UINT32_MAX && VariantOf(PathSegs(cs[0]), en, var) && !o_.enums[en].field_names[var].empty() &&
        !o_.enums[en].field_names[var][0].empty()) {
      TypeId et = FreshEnum(en);
      o_.node_fn[n.index] = var;
      std::vector<TypeId> fs = VariantFields(et, var);
      const std::vector<std::string>& names = o_.enums[en].field_names[var];
      for (size_t i = 1; i < cs.size(); ++i) {
        NodeId f = cs[i];
        std::vector<NodeId> fc = Children(t_, f);
        NodeId name = ChildOfKind(t_, f, NodeKind::Name);
        std::string fname(name.is_valid() ? Text(name) : Text(f));
        NodeId value = !fc.empty() && Kind(fc.back()) != NodeKind::Name ? fc.back() : NodeId::Invalid();
        TypeId vt = value.is_valid() ? Infer(value)
                    : res_.def_kind[f.index] == DefKind::Local ? o_.local_ty[res_.def_index[f.index]] : ty_.error;
        Set(f, vt);
        size_t k = 0;
        while (k < names.size() && names[k] != fname) ++k;
        if (k == names.size()) {
          Error(DiagKind::UnknownStructField, f, fmt::format("variant has no field named `{}`", fname), "unknown field");
          continue;
        }
        o_.node_fn[f.index] = static_cast<uint32_t>(k);
        Expect(value.is_valid() ? value : f, fs[k], vt);
      }
      if (cs.size() - 1 != names.size()) Unsupported(n, "a variant expression with missing or repeated fields");
      return et;
    }
    if (s == UINT32_MAX) {
      for (size_t i = 1; i < cs.size(); ++i) {
        std::vector<NodeId> fc = Children(t_, cs[i]);
        if (!fc.empty() && Kind(fc.back()) != NodeKind::Name) Infer(fc.back());
      }
      Unsupported(n, "this struct expression (only structs declared in this file)");
      return ty_.error;
    }
    std::vector<bool> seen(o_.field_names[s].size(), false);
    TypeId stt = FreshStruct(s);
    UnifyStructTurbofish(cs[0], s, stt);  // `Grid::<3> { .. }`
    const std::vector<TypeId> ftys = FieldTys(stt);
    NodeId base = NodeId::Invalid();  // `..base`: the fields not named come from it
    for (size_t i = 1; i < cs.size(); ++i) {
      NodeId f = cs[i];
      if (Kind(f) == NodeKind::StructBase) {
        base = f;
        continue;
      }
      std::vector<NodeId> fc = Children(t_, f);
      NodeId name = ChildOfKind(t_, f, NodeKind::Name);
      std::string fname(name.is_valid() ? Text(name) : Text(f));
      TypeId vt;
      NodeId value = !fc.empty() && Kind(fc.back()) != NodeKind::Name ? fc.back() : NodeId::Invalid();
      // `f: vec![Box::new(..)]` into a `Vec<Box<dyn Tr>>` field: each element coerces to it.
      for (size_t k = 0; value.is_valid() && k < seen.size(); ++k) {
        if (o_.field_names[s][k] == fname) NoteVecHint(value, ftys[k]);
      }
      if (value.is_valid()) vt = Infer(value);
      else if (res_.def_kind[f.index] == DefKind::Local) vt = o_.local_ty[res_.def_index[f.index]];
      else vt = ty_.error;
      Set(f, vt);
      size_t k = 0;
      for (; k < seen.size(); ++k) {
        if (o_.field_names[s][k] == fname) break;
      }
      if (k == seen.size()) {
        // DIAG: UnknownStructField
        Error(DiagKind::UnknownStructField, f,
              fmt::format("struct `{}` has no field named `{}`", res_.items.struct_names[s], fname), "unknown field");
        continue;
      }
      seen[k] = true;
      if (value.is_valid() && Kind(value) == NodeKind::ClosureExpr) TypeClosureField(value, s, k, stt);
      Expect(value.is_valid() ? value : f, ftys[k], vt);
    }
    if (base.is_valid()) CheckStructBase(base, stt, seen);
    std::string missing;
    for (size_t k = 0; k < seen.size(); ++k) {
      if (!seen[k]) missing += (missing.empty() ? "`" : ", `") + o_.field_names[s][k] + "`";
    }
    if (!missing.empty()) {
      // DIAG: MissingStructField
      Error(DiagKind::MissingStructField, cs[0],
            fmt::format("missing field{} {} in initializer of `{}`", missing.find(',') != std::string::npos ? "s" : "",
                        missing, res_.items.struct_names[s]));
    }
    return stt;
  }

  // --- expressions ---
  auto Infer(NodeId n) -> TypeId { return Set(n, InferInner(n)); }

  auto IsNumeric(TypeId t) -> bool {
    TyKind k = ty_.kind(ty_.Resolve(t));
    return k == TyKind::Int || k == TyKind::Float || k == TyKind::IntVar || k == TyKind::FloatVar ||
           k == TyKind::Error || k == TyKind::Never;
  }
  auto IsIntegral(TypeId t) -> bool {
    TyKind k = ty_.kind(ty_.Resolve(t));
    return k == TyKind::Int || k == TyKind::IntVar || k == TyKind::Error || k == TyKind::Never;
  }

  auto InferLiteral(NodeId n) -> TypeId {
    TokenId tok = t_.token[n.index];
    std::string_view text = tokens_.text(src_, tok);
    switch (tokens_.kind[tok.index]) {
      case TokenKind::KwTrue: case TokenKind::KwFalse: return ty_.boolean;
      case TokenKind::CharLit: return ty_.character;
      case TokenKind::ByteLit: return ty_.Int(IntTy::U8);
      case TokenKind::StrLit: case TokenKind::RawStrLit: return ty_.ref_str;
      case TokenKind::ByteStrLit: case TokenKind::RawByteStrLit:  // `&'static [u8; N]`
        return ty_.Ref(ty_.Array(ty_.Int(IntTy::U8), static_cast<uint32_t>(DecodeStrLit(text).size())), false);
      case TokenKind::IntLit: {
        unsigned __int128 v;
        std::string suffix;
        DecodeIntLit(text, v, suffix);
        IntTy it;
        if (suffix.empty()) return ty_.NewVar(TyKind::IntVar);
        if (IntTyFromName(suffix, it)) return ty_.Int(it);
        if (suffix == "f64") return ty_.f64;
        if (suffix == "f32") return ty_.f32;
        Unsupported(n, fmt::format("the literal suffix `{}`", suffix));
        return ty_.error;
      }
      case TokenKind::FloatLit: {
        std::string digits, suffix;
        DecodeFloatLit(text, digits, suffix);
        if (suffix == "f32") return ty_.f32;
        if (suffix == "f64") return ty_.f64;
        return ty_.NewVar(TyKind::FloatVar);
      }
      default:
        Unsupported(n, "this literal");
        return ty_.error;
    }
  }

  auto InferPath(NodeId n, bool callee) -> TypeId {
    switch (res_.def_kind[n.index]) {
      case DefKind::Local: {
        TypeId t = o_.local_ty[res_.def_index[n.index]];
        return t.is_valid() ? t : ty_.error;
      }
      case DefKind::Const: return o_.const_ty.size() > res_.def_index[n.index] ? o_.const_ty[res_.def_index[n.index]]
                                                                                : ty_.error;
      case DefKind::Fn:
        if (!callee) return FnItemValue(n);
        return ty_.error;
      case DefKind::Struct: {
        uint32_t s = res_.def_index[n.index];
        if (callee && tuple_struct_.count(s)) {
          o_.builtin[n.index] = Builtin::StructCtor;
          o_.node_fn[n.index] = s;
          return FreshStruct(s);
        }
        if (tuple_struct_.count(s) && struct_params_[s] == 0) {
          // `let make = Pair;`: the constructor as a fn pointer.
          o_.builtin[n.index] = Builtin::StructCtorValue;
          o_.node_fn[n.index] = s;
          return ty_.FnPtr(o_.field_tys[s], ty_.Struct(s));
        }
        if (!o_.field_tys[s].empty() || tuple_struct_.count(s)) {
          Unsupported(n, "this use of a struct name");
          return ty_.error;
        }
        o_.builtin[n.index] = Builtin::UnitStruct;
        o_.node_fn[n.index] = s;
        return FreshStruct(s);
      }
      default: break;
    }
    if (TypeId ct; InferConstParamPath(n, ct)) return ct;
    // A std path: join the segments.
    NodeId path(n.index - 1);
    if (callee) {
      // `f::<T, U>(...)`: a generic function with explicit type arguments.
      std::vector<NodeId> ps = Children(t_, path);
      if (ps.size() == 1 && t_.subtree_size[ps[0].index] > 1 &&
          Kind(NodeId(ps[0].index - 1)) == NodeKind::GenericArgList) {
        std::string_view fname = Text(ps[0]);
        for (size_t f = 0; f < res_.items.fns.size(); ++f) {
          if (res_.items.fn_owner[f] != UINT32_MAX || res_.items.fn_names[f] != fname) continue;
          std::vector<TypeId> given;
          for (NodeId a : Children(t_, NodeId(ps[0].index - 1))) {
            if (Kind(a) == NodeKind::TypeArg || Kind(a) == NodeKind::ConstArg) given.push_back(GenericArgTy(a));
          }
          if (given.size() > o_.fn_generics[f]) {
            Error(DiagKind::WrongArgCount, n, fmt::format("function takes {} generic arguments but {} were supplied",
                                                          o_.fn_generics[f], given.size()));
            return ty_.error;
          }
          if (!GenericArgKindsMatch(NodeId(ps[0].index - 1), res_.items.fns[f], given)) return ty_.error;
          std::vector<TypeId> targs = FreshArgs(static_cast<uint32_t>(f), given);
          o_.node_fn[n.index] = static_cast<uint32_t>(f);
          o_.node_targs[n.index] = targs;
          AddObligations(n, static_cast<uint32_t>(f), targs);
          return ty_.Subst(o_.fn_ret[f], targs);
        }
      }
    }
    if (TypeId qt; QualifiedPathCall(n, path, callee, qt)) return qt;
    std::vector<std::string> segs;
    for (NodeId s : Children(t_, path)) {
      if (Kind(s) == NodeKind::PathSegment) segs.emplace_back(Text(s));
      else {
        Unsupported(n, "this path");
        return ty_.error;
      }
    }
    std::string joined;
    for (size_t i = 0; i < segs.size(); ++i) joined += (i ? "::" : "") + segs[i];
    if (segs.size() == 2 && !callee) {
      if (TypeId ct; AssocConstPath(n, segs, ct)) return ct;
    }
    {
      uint32_t en, var;
      if (VariantOf(segs, en, var)) {
        TypeId et = FreshEnum(en);
        o_.node_fn[n.index] = var;
        if (o_.enums[en].fields[var].empty()) {
          o_.builtin[n.index] = Builtin::VariantValue;
          return et;
        }
        if (callee) {
          o_.builtin[n.index] = Builtin::VariantCtor;
          return et;
        }
        Unsupported(n, "a tuple variant used as a function value");
        return ty_.error;
      }
    }
    if (segs.size() == 2 && callee) {
      // `T::f()`, `Self::f()`, `Type::f()` through a generic parameter or an impl (inherent or trait).
      TypeId owner_ty = TypeId::Invalid();
      for (size_t g = generic_scope_.size(); g-- > 0 && !owner_ty.is_valid();) {
        if (generic_scope_[g].first == segs[0]) owner_ty = generic_scope_[g].second;
      }
      if (segs[0] == "Self" && self_ty_.is_valid()) owner_ty = self_ty_;
      for (size_t k = 0; k < res_.items.struct_names.size() && !owner_ty.is_valid(); ++k) {
        if (res_.items.struct_names[k] == segs[0]) owner_ty = FreshStruct(static_cast<uint32_t>(k));
      }
      for (size_t e = kFirstUserEnum; e < o_.enums.size() && !owner_ty.is_valid(); ++e) {
        if (o_.enums[e].name == segs[0]) owner_ty = FreshEnum(static_cast<uint32_t>(e));
      }
      if (!owner_ty.is_valid()) owner_ty = StdOwnerForFrom(segs);
      if (owner_ty.is_valid()) UnifyTypeTurbofish(path, owner_ty);  // `S::<19>::x()`
      uint32_t f;
      std::vector<TypeId> targs;
      if (owner_ty.is_valid() && (LookupMethod(owner_ty, segs[1], /*need_self=*/false, f, targs) ||
                                  FromArrayFallback(owner_ty, segs[1], f, targs))) {
        if (o_.fn_self[f] != SelfKind::None) {
          Unsupported(n, "calling a method through its path");
          return ty_.error;
        }
        o_.node_fn[n.index] = f;
        ApplyFnTurbofish(path, f, targs);  // `A::foo::<7>()`
        if (!targs.empty()) {
          o_.node_targs[n.index] = targs;
          AddObligations(n, f, targs);
        }
        return ty_.Subst(o_.fn_ret[f], targs);
      }
    }
    if (callee) {
      if (TypeId pt; SizeOfPath(n, path, segs, pt)) return pt;
      if (TypeId pt; TypeNamePath(n, path, segs, pt)) return pt;  // check/mem_checker.inc
      if (TypeId pt; NeedsDropPath(n, path, segs, pt)) return pt;
      if (TypeId pt; RawPtrPath(n, path, segs, pt)) return pt;
      if (TypeId pt; TransmutePath(n, path, segs, pt)) return pt;
      if (TypeId pt; PrimStaticPath(n, segs, pt)) return pt;
      if (TypeId tt; TraitPathCall(n, segs, tt)) return tt;
    }
    if (segs.size() == 2 && !NamesTypeParam(segs[0])) {  // check/param_ops_checker.inc
      uint32_t s = UINT32_MAX;
      if (segs[0] == "Self") s = self_struct_;
      for (size_t k = 0; k < res_.items.struct_names.size() && s == UINT32_MAX; ++k) {
        if (res_.items.struct_names[k] == segs[0]) s = static_cast<uint32_t>(k);
      }
      for (size_t k = 0; k < res_.items.enum_names.size() && s == UINT32_MAX; ++k) {
        if (res_.items.enum_names[k] == segs[0]) s = kEnumOwner | static_cast<uint32_t>(k);
      }
      if (s != UINT32_MAX) {
        uint32_t f = FindMethod(s, segs[1]);
        if (f != UINT32_MAX && callee && o_.fn_self[f] == SelfKind::None) {
          o_.node_fn[n.index] = f;
          return o_.fn_ret[f];
        }
        if (f != UINT32_MAX) {
          Unsupported(n, "calling a method through its path");
          return ty_.error;
        }
        if (callee && segs[1] == "default" && (s & kEnumOwner)) {
          if (TypeId et = EnumDefaultOf(n, s & ~kEnumOwner); et.is_valid()) return et;
        }
        if (callee && segs[1] == "default" && !(s & kEnumOwner) && StructDerives(s, "Default")) {
          // `#[derive(Default)]`: codegen builds it from its fields' defaults (DefaultValue).
          o_.builtin[n.index] = Builtin::DefaultOf;
          return FreshStruct(s);
        }
        Error(DiagKind::NoMethod, n,
              fmt::format("no function or associated item named `{}` found for type `{}` in the current scope",
                          segs[1], segs[0]),
              fmt::format("function or associated item not found in `{}`", segs[0]));
        return ty_.error;
      }
    }
    if (callee && (joined == "String::new" || joined == "String::from")) {
      o_.builtin[n.index] = joined == "String::new" ? Builtin::StringNew : Builtin::StringFrom;
      return ty_.string;
    }
    if (callee && joined == "Box::new") {
      o_.builtin[n.index] = Builtin::BoxNew;
      return ty_.Box(ty_.NewVar(TyKind::Var));
    }
    if (callee && (joined == "Vec::new" || joined == "Vec::with_capacity")) {
      o_.builtin[n.index] = Builtin::VecNew;
      TypeId elem = FirstSegmentTypeArg(n);  // `Vec::<i32>::new()`
      return ty_.Vec(elem.is_valid() ? elem : ty_.NewVar(TyKind::Var));
    }
    if (callee && (joined == "std::mem::swap" || joined == "mem::swap" || joined == "swap" ||
                   joined == "std::mem::replace" || joined == "mem::replace" || joined == "replace" ||
                   joined == "std::mem::take" || joined == "mem::take" || joined == "take")) {
      std::string_view last = segs.back();
      o_.builtin[n.index] = last == "swap" ? Builtin::MemSwap : last == "replace" ? Builtin::MemReplace : Builtin::MemTake;
      return ty_.NewVar(TyKind::Var);
    }
    if (callee && (joined == "drop" || joined == "std::mem::drop" || joined == "mem::drop")) {
      o_.builtin[n.index] = Builtin::MemDrop;
      return ty_.unit;
    }
    if (TypeId st; callee && StdMorePath(n, joined, st)) return st;
    if (TypeId lt; callee && InPrelude(n) && CallerLocPath(n, joined, lt)) return lt;
    if (callee && InPrelude(n) && joined == "__rustg_char") {
      o_.builtin[n.index] = Builtin::PreludeChar;
      return ty_.NewVar(TyKind::Var);
    }
    if (callee && InPrelude(n) && (joined == "__rustg_hash" || joined == "__rustg_as_mut" ||
                                   joined == "__rustg_box_leak" || joined == "__rustg_box_from" ||
                                   joined == "__rustg_addr")) {
      o_.builtin[n.index] = joined == "__rustg_hash"       ? Builtin::PreludeHash
                            : joined == "__rustg_as_mut"   ? Builtin::PreludeAsMut
                            : joined == "__rustg_box_leak" ? Builtin::PreludeBoxLeak
                            : joined == "__rustg_box_from" ? Builtin::PreludeBoxFrom
                                                           : Builtin::PreludeAddr;
      return ty_.NewVar(TyKind::Var);
    }
    if (callee && (joined == "std::hint::black_box" || joined == "hint::black_box")) {
      o_.builtin[n.index] = Builtin::BlackBox;
      return ty_.NewVar(TyKind::Var);
    }
    if (callee && (joined == "std::process::exit" || joined == "process::exit")) {
      o_.builtin[n.index] = Builtin::ProcessExit;
      return ty_.never;
    }
    if (segs.size() >= 2) {
      std::string ty_name = segs[segs.size() - 2], item = segs.back();
      bool std_prefix = segs.size() == 2 || (segs.size() == 3 && (segs[0] == "std" || segs[0] == "core"));
      IntTy it;
      if (callee && std_prefix && item == "from" && (IntTyFromName(ty_name, it) || ty_name == "f64" ||
                                                     ty_name == "f32" || ty_name == "char")) {
        o_.builtin[n.index] = Builtin::PrimFrom;
        if (ty_name == "f64" || ty_name == "f32") return ty_.Float(ty_name == "f64" ? 64 : 32);
        return ty_name == "char" ? ty_.character : ty_.Int(it);
      }
      if (callee && std_prefix && item == "from" && ty_name == "Box") {
        o_.builtin[n.index] = Builtin::PrimFrom;  // a std conversion picked by the types (InferPrimitiveFrom)
        return ty_.Box(ty_.NewVar(TyKind::Var));
      }
      if (std_prefix && IntTyFromName(ty_name, it)) {
        if (item == "MAX") o_.builtin[n.index] = Builtin::IntMax;
        if (item == "MIN") o_.builtin[n.index] = Builtin::IntMin;
        if (item == "BITS") {
          o_.builtin[n.index] = Builtin::IntBits;
          return ty_.Int(IntTy::U32);
        }
        if (o_.builtin[n.index] != Builtin::None) return ty_.Int(it);
      }
      bool float_ty = ty_name == "f64" || ty_name == "f32" || ty_name == "consts";
      if (float_ty) {
        static const char* kConsts[] = {"MAX", "MIN", "EPSILON", "INFINITY", "NEG_INFINITY", "NAN", "MIN_POSITIVE",
                                        "PI", "E", "TAU", "SQRT_2", "LN_2", "LN_10", "FRAC_PI_2"};
        for (const char* c : kConsts) {
          if (item == c) {
            o_.builtin[n.index] = Builtin::FloatConst;
            bool is32 = joined.find("f32") != std::string::npos;
            return is32 ? ty_.f32 : ty_.f64;
          }
        }
      }
    }
    if (TypeId dt; callee && (dt = DefaultPath(n, segs)).is_valid()) return dt;
    if (TypeId dt; callee && (dt = DefaultTraitPath(n, joined)).is_valid()) return dt;
    if (segs.size() == 1) {
      // DIAG: UnresolvedFn
      if (callee) Error(DiagKind::UnresolvedFn, n, fmt::format("cannot find function `{}` in this scope", joined),
                        "not found in this scope");
      else
        Error(DiagKind::UnresolvedName, n, fmt::format("cannot find value `{}` in this scope", joined),
              "not found in this scope");
      return ty_.error;
    }
    Unsupported(n, fmt::format("the path `{}`", joined));
    return ty_.error;
  }

  auto InferBlock(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    if (!cs.empty() && Kind(cs[0]) == NodeKind::Label && !in_labelled_block_) return InferLabelledBlock(n, cs);
    in_labelled_block_ = false;
    TypeId result = ty_.unit;
    bool diverges = false, tail = false;
    for (size_t i = 0; i < cs.size(); ++i) {
      NodeId c = cs[i];
      bool last = i + 1 == cs.size();
      switch (Kind(c)) {
        case NodeKind::Label: break;  // InferLabelledBlock
        case NodeKind::Qualifier:
          // An `unsafe` block only permits more operations; it runs as a plain block.
          if (Text(c) != "unsafe") Unsupported(c, fmt::format("a `{}` block", Text(c)));
          break;
        case NodeKind::InnerAttr: case NodeKind::EmptyStmt: break;
        case NodeKind::LetStmt:
          InferLet(c);
          SettleLetTarget();
          break;
        case NodeKind::ExprStmt: {
          NodeId e = Children(t_, c).back();
          TypeId t = Infer(e);
          if (ty_.kind(ty_.Resolve(t)) == TyKind::Never) diverges = true;
          if (t_.token[c.index].is_valid()) break;  // `expr;`
          // No `;`: the tail (the block's value), or a block-like statement, which must be `()`.
          if (last) {
            result = t;
            tail = true;
            break;
          }
          Expect(e, ty_.unit, t);
          break;
        }
        case NodeKind::FnItem: break;  // checked as a function of its own
        case NodeKind::StructItem: case NodeKind::ConstItem: case NodeKind::StaticItem:
        case NodeKind::EnumItem: case NodeKind::ImplItem: case NodeKind::UseItem:
          Unsupported(c, "an item other than `fn` inside a function body");
          break;
        default: {
          TypeId t = Infer(c);
          if (last) result = t;
          else if (ty_.kind(ty_.Resolve(t)) == TyKind::Never) diverges = true;
        }
      }
    }
    if (diverges && !tail) return ty_.never;
    return result;
  }

  void InferLet(NodeId n) {
    std::vector<NodeId> cs = Children(t_, n);
    NodeId pat = NodeId::Invalid(), type = NodeId::Invalid(), init = NodeId::Invalid();
    NodeId else_node = NodeId::Invalid();  // `let PAT = init else { .. };`
    for (NodeId c : cs) {
      NodeKind k = Kind(c);
      if (k == NodeKind::OuterAttr) continue;
      if (k == NodeKind::LetElse) {
        else_node = c;
        continue;
      }
      if (!pat.is_valid()) pat = c;
      else if (!type.is_valid() && !init.is_valid() && IsTypeKind(k)) type = c;
      else init = c;
    }
    if (pat.is_valid() && Kind(pat) == NodeKind::IdentPat) {
      std::vector<NodeId> pc = Children(t_, pat);
      // Codegen binds a `let` pattern's names in the enclosing scope only for plain bindings.
      if (!pc.empty() && Kind(pc.back()) != NodeKind::Name && Kind(pc.back()) != NodeKind::Qualifier)
        Unsupported(pat, "`name @ pattern` in a `let`");
    }
    TypeId t = type.is_valid() ? LowerType(type) : ty_.NewVar(TyKind::Var);
    if (init.is_valid()) {
      NoteVecHint(init, t);
      NoteArrayHint(init, t);
      Expect(init, t, Infer(init));
    }
    if (pat.is_valid()) CheckPattern(pat, t);
    if (else_node.is_valid()) CheckLetElse(else_node);
  }
  static auto IsTypeKind(NodeKind k) -> bool {
    return k == NodeKind::PathType || k == NodeKind::RefType || k == NodeKind::PtrType || k == NodeKind::TupleType ||
           k == NodeKind::ArrayType || k == NodeKind::SliceType || k == NodeKind::FnPtrType ||
           k == NodeKind::NeverType || k == NodeKind::InferType || k == NodeKind::ImplTraitType ||
           k == NodeKind::DynTraitType || k == NodeKind::ParenType;
  }

  auto CheckCondition(NodeId c) -> void {
    if (Kind(c) == NodeKind::LetExpr) {
      std::vector<NodeId> cs = Children(t_, c);
      TypeId t = Infer(cs[1]);
      CheckPattern(cs[0], t);
      Set(c, ty_.boolean);
      return;
    }
    if (Kind(c) == NodeKind::BinaryExpr) {
      for (uint32_t i = c.index + 1 - t_.subtree_size[c.index]; i < c.index; ++i) {
        if (Kind(NodeId(i)) == NodeKind::LetExpr) {
          Unsupported(c, "`let` chains");
          return;
        }
      }
    }
    Expect(c, ty_.boolean, Infer(c));
  }

  auto InferMatch(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    TypeId st = Infer(cs[0]);
    TypeId result = ty_.NewVar(TyKind::Var);
    bool all_never = true;
    std::vector<std::pair<NodeId, TypeId>> arms;  // each arm's body and its type
    for (NodeId arm : Children(t_, cs[1])) {
      if (Kind(arm) != NodeKind::MatchArm) continue;
      std::vector<NodeId> ac;
      for (NodeId c : Children(t_, arm)) {
        if (Kind(c) != NodeKind::OuterAttr) ac.push_back(c);
      }
      CheckPattern(ac[0], st);
      if (ac.size() == 3) RejectGuardedOrBindings(ac[0]);  // check/patterns_checker.inc
      if (ac.size() == 3) Expect(ac[1], ty_.boolean, Infer(Children(t_, ac[1]).front()));
      arms.emplace_back(ac.back(), Infer(ac.back()));
    }
    if (arms.empty()) EmptyMatchOnInhabited(cs[0], st);
    // Arms mixing fn items or pointers with closures coerce to the fn pointer (check/lub_checker.inc).
    if (TypeId lub = FnPtrLub(arms); lub.is_valid()) ty_.Unify(result, lub);
    for (const auto& [body, bt] : arms) {
      // A diverging arm fits any type: it must not fix the match's type to `!` (`None => panic!()`).
      if (ty_.kind(ty_.Resolve(bt)) == TyKind::Never) continue;
      all_never = false;
      Expect(body, result, bt);
    }
    return all_never ? ty_.never : result;
  }

  // `match x {}` only on a type with no values (`!`, an enum without variants): rustc's E0004 for
  // the rest. (Exhaustiveness of non-empty matches is not checked yet.)
  void EmptyMatchOnInhabited(NodeId scrutinee, TypeId st) {
    TypeId t = ty_.Resolve(st);
    TyKind k = ty_.kind(t);
    if (k == TyKind::Never || k == TyKind::Error || k == TyKind::Var || k == TyKind::Param) return;
    if (k == TyKind::Enum && o_.enums[ty_.a(t)].variants.empty()) return;
    // DIAG: NonExhaustiveEmptyMatch
    Diagnostic& d = Error(DiagKind::NonExhaustiveEmptyMatch, scrutinee,
                          fmt::format("non-exhaustive patterns: type `{}` is non-empty", ty_.Name(t)));
    d.children.push_back({Level::Note, fmt::format("the matched value is of type `{}`", ty_.Name(t))});
  }

  auto InferBinary(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    std::string_view op = Text(n);
    TypeId l = Deref(Infer(cs[0]));
    TypeId r = Deref(Infer(cs[1]));
    if (op == "&&" || op == "||") {
      Expect(cs[0], ty_.boolean, l);
      Expect(cs[1], ty_.boolean, r);
      return ty_.boolean;
    }
    bool cmp = op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=";
    if (TypeId ut; UserRefBinaryOp(n, op, o_.node_ty[cs[0].index], r, ut)) return ut;
    if (TypeId ut; UserBitOp(n, op, l, r, ut)) return ut;
    if (op == "<<" || op == ">>") {
      if (!IsIntegral(l) || !IsIntegral(r)) return OpError(n, op, l, r);
      return l;
    }
    bool l_text = ty_.Resolve(l) == ty_.string || ty_.Resolve(l) == ty_.ref_str;
    bool r_text = ty_.Resolve(r) == ty_.string || ty_.Resolve(r) == ty_.ref_str;
    if (cmp && l_text && r_text) return ty_.boolean;
    if ((op == "==" || op == "!=") && SeqEq(n, cs[1], l, r)) return ty_.boolean;  // check/seq_eq_checker.inc
    if (op == "+" && ty_.Resolve(l) == ty_.string) {
      TypeId r0 = ty_.Resolve(o_.node_ty[cs[1].index]);
      Expect(cs[1], ty_.ref_str, r0);
      return ty_.string;
    }
    {
      // Operator traits: a user impl (`impl Add for P`, `impl PartialEq for P`) or a type
      // parameter bounded by the trait.
      static const struct {
        std::string_view op, trait, method;
      } kOps[] = {{"+", "Add", "add"}, {"-", "Sub", "sub"}, {"*", "Mul", "mul"}, {"/", "Div", "div"},
                  {"%", "Rem", "rem"}, {"==", "PartialEq", "eq"}, {"!=", "PartialEq", "eq"}};
      TypeId lr = ty_.Resolve(l);
      for (const auto& o : kOps) {
        if (o.op != op) continue;
        uint32_t f;
        std::vector<TypeId> targs;
        if (OwnerOf(lr) != UINT32_MAX && ImplMethod(BuiltinTrait(o.trait), lr, o.method, f, targs)) {
          ReselectOperatorImpl(BuiltinTrait(o.trait), lr, r, o.method, f, targs);
          o_.node_fn[n.index] = f;
          if (!targs.empty()) o_.node_targs[n.index] = targs;
          std::vector<TypeId> ps = SubstAll(o_.fn_params[f], targs);
          if (ps.size() == 1) {
            TypeId want = ps[0];
            if (ty_.kind(ty_.Resolve(want)) == TyKind::Ref) want = TypeId(ty_.a(ty_.Resolve(want)));
            Expect(cs[1], want, r);
          }
          return ty_.Subst(o_.fn_ret[f], targs);
        }
      }
      if (ty_.kind(lr) == TyKind::Param || ty_.kind(lr) == TyKind::Assoc) {
        Expect(cs[1], l, r);
        bool ok = false;
        for (const auto& o : kOps) ok |= o.op == op && ParamHas(lr, o.trait);
        if (cmp) ok |= ParamHas(lr, "PartialOrd") || ParamHas(lr, "Ord") || ParamHas(lr, "Eq");
        if (!ok) return OpError(n, op, l, r);
        if (cmp) return ty_.boolean;
        for (const auto& o : kOps) {
          if (o.op == op) return ParamOpOutput(lr, BuiltinTrait(o.trait));  // check/param_ops_checker.inc
        }
        return l;
      }
    }
    if (!ty_.Unify(l, r)) {
      Expect(cs[1], l, r);
      return cmp ? ty_.boolean : ty_.error;
    }
    TypeId t = ty_.Resolve(l);
    TyKind k = ty_.kind(t);
    if (cmp) {
      if (k == TyKind::Tuple && ty_.elems(t).empty()) return ty_.boolean;
      if (IsNumeric(t) || k == TyKind::Bool || k == TyKind::Char || t == ty_.ref_str) return ty_.boolean;
      if ((op == "==" || op == "!=") && k == TyKind::FnPtr) return ty_.boolean;  // fn pointers compare by address
      // Aggregates: equality only (derived PartialEq); ordering is not supported yet.
      if ((op == "==" || op == "!=") && Comparable(t, 0)) return ty_.boolean;
      if (op != "==" && op != "!=" && OrderedCompare(n, t)) return ty_.boolean;
      return OpError(n, op, l, r);
    }
    if (op == "&" || op == "|" || op == "^") {
      if (IsIntegral(t) || k == TyKind::Bool) return t;
      return OpError(n, op, l, r);
    }
    if (!IsNumeric(t)) return OpError(n, op, l, r);
    return t;
  }
  auto OpError(NodeId n, std::string_view op, TypeId l, TypeId r) -> TypeId {
    static const std::pair<std::string_view, std::string_view> kVerb[] = {
        {"+", "add"}, {"-", "subtract"}, {"*", "multiply"}, {"/", "divide"}, {"%", "calculate the remainder of"}};
    std::string msg;
    for (auto [o, v] : kVerb) {
      if (o == op) msg = fmt::format("cannot {} `{}` {} `{}`", v, ty_.Name(r), op == "%" ? "by" : op == "+" ? "to" : op == "-" ? "from" : "by", ty_.Name(l));
    }
    if (msg.empty()) msg = fmt::format("binary operation `{}` cannot be applied to type `{}`", op, ty_.Name(l));
    // DIAG: BinaryOpUnsupported
    Error(DiagKind::BinaryOpUnsupported, n, msg);
    return ty_.error;
  }

  // A place expression that may be assigned: a `mut` local (or an uninitialized one).
  void CheckAssignable(NodeId lhs) {
    if (o_.recv_deref.count(lhs.index) && AssignThroughDeref(lhs, lhs)) return;  // `guard.push(x)`
    if (Kind(lhs) == NodeKind::ParenExpr) return CheckAssignable(Children(t_, lhs).front());
    if (Kind(lhs) == NodeKind::IndexExpr) UserIndexMut(lhs);
    if (Kind(lhs) == NodeKind::FieldExpr || Kind(lhs) == NodeKind::IndexExpr || Kind(lhs) == NodeKind::UnaryExpr) {
      if (Kind(lhs) == NodeKind::UnaryExpr && Text(lhs) != "*") {
        Unsupported(lhs, "assignment to this place");
        return;
      }
      NodeId base = Children(t_, lhs).front();
      TypeId bt = o_.node_ty[base.index].is_valid() ? ty_.Resolve(o_.node_ty[base.index]) : ty_.error;
      if (AssignThroughDeref(lhs, base)) return;
      if (ty_.kind(bt) == TyKind::Ref) {
        if (!ty_.b(bt)) Unsupported(lhs, "assignment through a `&` reference (it needs `&mut`)");
        return;
      }
      if (ty_.kind(bt) == TyKind::RawPtr) {
        if (!ty_.b(bt)) ConstPtrAssign(lhs, base);  // check/raw_ptr_checker.inc
        return;
      }
      if (Kind(lhs) == NodeKind::UnaryExpr) return;
      return CheckAssignable(base);
    }
    if (Kind(lhs) == NodeKind::PathExpr && res_.def_kind[lhs.index] == DefKind::Const &&
        IsStaticMut(t_, res_.items, res_.def_index[lhs.index]))
      return;  // `static mut X` (inside `unsafe`)
    if (Kind(lhs) != NodeKind::PathExpr || res_.def_kind[lhs.index] != DefKind::Local) {
      Unsupported(lhs, "assignment to this place");
      return;
    }
    uint32_t local = res_.def_index[lhs.index];
    if (res_.local_mut[local]) return;
    // Deferred initialization (`let x; x = 1;`).
    NodeId pat = res_.local_node[local];
    bool has_init = true;  // parameters and pattern bindings are initialized
    for (uint32_t i = pat.index + 1; i < t_.size(); ++i) {
      if (i + 1 - t_.subtree_size[i] > pat.index) continue;  // not an ancestor
      if (Kind(NodeId(i)) == NodeKind::TuplePat || Kind(NodeId(i)) == NodeKind::ParenPat) continue;  // `let (a, b);`
      if (Kind(NodeId(i)) == NodeKind::LetStmt) {
        has_init = false;
        bool seen_pat = false;
        for (NodeId c : Children(t_, NodeId(i))) {
          NodeKind k = Kind(c);
          if (k == NodeKind::OuterAttr) continue;
          if (!seen_pat) {
            seen_pat = true;
            continue;
          }
          if (!IsTypeKind(k) && k != NodeKind::LetElse) has_init = true;
        }
      }
      break;
    }
    // `let x; if c { x = 1 } else { x = 2 }`: codegen treats it as a `mut` local first assigned
    // there (rustc's definite-assignment check, which rejects a second assignment, is not done).
    if (!has_init) return;
    std::string name = res_.local_name[local];
    // DIAG: AssignTwiceImmutable
    Error(DiagKind::AssignTwiceImmutable, lhs.index < t_.size() ? NodeId(lhs.index) : lhs,
          fmt::format("cannot assign twice to immutable variable `{}`", name), "cannot assign twice to immutable variable");
  }

  auto InferMethod(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    NodeId recv = cs[0];
    NodeId args_node = cs.back();
    std::vector<NodeId> args = Children(t_, args_node);
    TypeId rt = ty_.Resolve(Infer(recv));
    if (TypeId st; StrGetRangeCall(n, rt, args, st)) return st;
    std::vector<TypeId> at;
    // Closure arguments wait for the method's `F: FnMut(..)` bound to type their parameters.
    std::vector<size_t> deferred;
    for (size_t i = 0; i < args.size(); ++i) {
      if (Kind(args[i]) == NodeKind::ClosureExpr && defer_closures_.insert(args[i].index).second) deferred.push_back(i);
    }
    for (NodeId a : args) at.push_back(Infer(a));
    struct FlushDeferred {
      Checker* c;
      const std::vector<NodeId>& args;
      std::vector<size_t>& deferred;
      ~FlushDeferred() { c->FinishClosureArgs(args, deferred, UINT32_MAX, {}); }
    } flush{this, args, deferred};
    std::string name(Text(n));
    if (TypeId st; UnsizedBoxMethod(n, recv, rt, name, args.size(), st)) return st;
    TyKind k = ty_.kind(rt);
    bool arg_error = false;
    auto want = [&](size_t count) {
      if (args.size() == count) return true;
      arg_error = true;
      // DIAG: WrongArgCount
      Error(DiagKind::WrongArgCount, n,
            fmt::format("this method takes {} argument{} but {} argument{} supplied", count, count == 1 ? "" : "s",
                        args.size(), args.size() == 1 ? " was" : "s were"));
      return false;
    };
    auto builtin = [&](Builtin b, TypeId result) {
      o_.builtin[n.index] = b;
      return result;
    };
    if (k == TyKind::Error) return ty_.error;
    if (TypeId st; RawPtrMethodCall(n, rt, name, args, at, st)) return st;
    TypeId dt = Deref(rt);
    // `for x in v.iter()` over a Vec, array or slice stays the counting loop codegen writes.
    bool loop_iter = n == allowed_iter_ && (ty_.kind(dt) == TyKind::Vec || ty_.kind(dt) == TyKind::Array ||
                                            ty_.kind(dt) == TyKind::Slice);
    {
      uint32_t f;
      std::vector<TypeId> targs;
      std::string str_pat = loop_iter ? std::string() : StrPatternMethodName(rt, name, args, at);
      if (!loop_iter && LookupMethod(rt, str_pat.empty() ? SeqMethodName(rt, name) : str_pat, /*need_self=*/true, f, targs)) {
        if (name == "drop" && res_.items.fn_impl[f] != UINT32_MAX &&
            o_.impls[res_.items.fn_impl[f]].trait == BuiltinTrait("Drop")) {
          TokenId nt = t_.token[n.index];
          // DIAG: ExplicitDestructorCall
          Diagnostic& d = diags_.Emit(DiagKind::ExplicitDestructorCall, tokens_.start[nt.index], tokens_.end(nt),
                                      "explicit use of destructor method");
          d.label = "explicit destructor calls not allowed";
          return ty_.unit;
        }
        o_.node_fn[n.index] = f;
        // `it.collect::<Vec<u8>>()`: the turbofish fixes the method's own (last) type parameters.
        if (NodeId gal = ChildOfKind(t_, n, NodeKind::GenericArgList); gal.is_valid()) {
          std::vector<NodeId> ga;
          for (NodeId a : Children(t_, gal)) {
            if (Kind(a) == NodeKind::TypeArg || Kind(a) == NodeKind::ConstArg) ga.push_back(a);
          }
          uint32_t own = TypeParamCount(res_.items.fns[f]);
          if (ga.size() == own && own <= targs.size()) {
            for (size_t k = 0; k < ga.size(); ++k) Expect(ga[k], targs[targs.size() - own + k], GenericArgTy(ga[k]));
          } else if (!ga.empty()) {
            Unsupported(gal, "these generic arguments on a method call");
          }
        }
        if (!targs.empty()) {
          o_.node_targs[n.index] = targs;
          AddObligations(n, f, targs);
        }
        IntoIterArgs(f, args, at);
        BorrowStrKeys(f, SubstAll(o_.fn_params[f], targs), args, at);
        CheckArgsWith(n, SubstAll(o_.fn_params[f], targs), args, at, "method");
        UnifyAssocEqs(n, f, targs, args);
        UnifyBoundAssocEqs(f, targs);
        FinishClosureArgs(args, deferred, f, targs);
        UnifyFnValueArgs(at, f, targs);
        return ty_.Subst(o_.fn_ret[f], targs);
      }
    }
    if (!loop_iter) {
      if (TypeId adj = RecvThroughDeref(recv, rt, name); adj.is_valid()) {
        rt = adj;
        k = ty_.kind(rt);
        dt = Deref(rt);
      }
    }
    if (TypeId st; DeferredSortCall(n, recv, dt, name, args, st)) return st;
    if (TypeId st; SortMethodCall(n, recv, dt, name, args, at, st)) return st;
    if (name == "into" && args.empty()) return InferInto(n, rt);
    if (ty_.kind(dt) == TyKind::Param && name == "clone" && want(0)) return builtin(Builtin::Clone, dt);
    if (ty_.kind(dt) == TyKind::Param && name == "to_string" && ParamHas(dt, "Display") && want(0))
      return builtin(Builtin::ToString, ty_.string);
    if (TypeId st; ParamAsRefCall(n, dt, name, args.size(), st)) return st;
    if (ty_.kind(dt) == TyKind::Enum && (ty_.a(dt) == kOptionEnum || ty_.a(dt) == kResultEnum)) {
      bool opt = ty_.a(dt) == kOptionEnum;
      TypeId inner = ty_.elems(dt)[0];
      if (dt != rt && !OptionMethodThroughRef(n, dt, name)) {
        Unsupported(n, "Option/Result methods through a reference");
        return ty_.error;
      }
      if (name == "unwrap" && want(0)) {
        if (!opt && !Debuggable(ty_.elems(dt)[1], 0)) Unsupported(n, "`unwrap` on a Result whose error has no Debug");
        return builtin(Builtin::Unwrap, inner);
      }
      if (name == "expect" && want(1)) {
        Expect(args[0], ty_.ref_str, at[0]);
        if (!opt && !Debuggable(ty_.elems(dt)[1], 0)) Unsupported(n, "`expect` on a Result whose error has no Debug");
        return builtin(Builtin::Expect, inner);
      }
      if (name == "unwrap_or" && want(1)) {
        Expect(args[0], inner, at[0]);
        return builtin(Builtin::UnwrapOr, inner);
      }
      if (!opt && (name == "unwrap_err" || name == "expect_err")) {
        if (TypeId et; ResultErrUnwrap(n, dt, name, args, at, et)) return et;
      }
      if (opt && name == "is_some" && want(0)) return builtin(Builtin::IsSome, ty_.boolean);
      if (opt && name == "is_none" && want(0)) return builtin(Builtin::IsNone, ty_.boolean);
      if (!opt && name == "is_ok" && want(0)) return builtin(Builtin::IsOk, ty_.boolean);
      if (!opt && name == "is_err" && want(0)) return builtin(Builtin::IsErr, ty_.boolean);
    }
    if (name == "clone" && want(0)) {
      TyKind k2 = ty_.kind(dt);
      if (k2 == TyKind::String || k2 == TyKind::Int || k2 == TyKind::Float || k2 == TyKind::Bool ||
          k2 == TyKind::Char || dt == ty_.ref_str)
        return builtin(Builtin::Clone, dt);
    }
    if (name == "to_string" && ty_.kind(dt) == TyKind::Dyn && DynImplements(dt, BuiltinTrait("Display")) && want(0))
      return builtin(Builtin::ToString, ty_.string);
    if (name == "to_string" && OwnerOf(dt) != UINT32_MAX && Satisfies(dt, BuiltinTrait("Display")) && want(0))
      return builtin(Builtin::ToString, ty_.string);
    // std's Display types among the built-in enums (ParseIntError, ParseFloatError).
    if (name == "to_string" && ty_.kind(dt) == TyKind::Enum && Satisfies(dt, BuiltinTrait("Display")) && want(0))
      return builtin(Builtin::ToString, ty_.string);
    if (name == "to_string" || name == "to_owned") {
      TyKind k2 = ty_.kind(dt);
      if ((k2 == TyKind::String || dt == ty_.ref_str || (name == "to_string" && (k2 == TyKind::Int ||
           k2 == TyKind::Float || k2 == TyKind::Bool || k2 == TyKind::Char))) && want(0))
        return builtin(Builtin::ToString, ty_.string);
    }
    if (ty_.kind(dt) == TyKind::Formatter) {
      if (TypeId ft; FormatterMethodCall(n, name, args, at, ft)) return ft;
    }
    if (ty_.kind(dt) == TyKind::String) {
      // `fmt::Write::write_str` / `write_char` push too, returning an always-Ok `fmt::Result`.
      bool fmt_write = name == "write_str" || name == "write_char";
      TypeId push_ty = fmt_write ? ty_.Enum(kResultEnum, {ty_.unit, ty_.unit}) : ty_.unit;
      if ((name == "push_str" || name == "write_str") && want(1)) {
        Expect(args[0], ty_.ref_str, at[0]);
        if (ty_.kind(rt) != TyKind::Ref) CheckAssignable(recv);
        return builtin(Builtin::StringPushStr, push_ty);
      }
      if ((name == "push" || name == "write_char") && want(1)) {
        Expect(args[0], ty_.character, at[0]);
        if (ty_.kind(rt) != TyKind::Ref) CheckAssignable(recv);
        return builtin(Builtin::StringPush, push_ty);
      }
      if (name == "len" && want(0)) return builtin(Builtin::StringLen, ty_.usize);
      if (name == "is_empty" && want(0)) return builtin(Builtin::StringIsEmpty, ty_.boolean);
      if (name == "as_str" && want(0)) return builtin(Builtin::StringAsStr, ty_.ref_str);
    }
    if (ty_.kind(dt) == TyKind::Vec) {
      TypeId elem(ty_.a(dt));
      if (name == "push" && want(1)) {
        Expect(args[0], elem, at[0]);
        if (ty_.kind(rt) != TyKind::Ref) CheckAssignable(recv);
        return builtin(Builtin::VecPush, ty_.unit);
      }
      if (name == "pop" && want(0)) {
        if (ty_.kind(rt) != TyKind::Ref) CheckAssignable(recv);
        return builtin(Builtin::VecPop, ty_.Enum(kOptionEnum, {elem}));
      }
      if (name == "clear" && want(0)) {
        if (ty_.kind(rt) != TyKind::Ref) CheckAssignable(recv);
        return builtin(Builtin::VecClear, ty_.unit);
      }
      if (name == "len" && want(0)) return builtin(Builtin::VecLen, ty_.usize);
      if (name == "is_empty" && want(0)) return builtin(Builtin::VecIsEmpty, ty_.boolean);
      if (name == "contains" && want(1)) {
        Expect(args[0], ty_.Ref(elem, false), at[0]);
        TyKind ek = ty_.kind(ty_.Resolve(elem));
        if (ek != TyKind::Int && ek != TyKind::IntVar && ek != TyKind::Char && ek != TyKind::Bool &&
            ty_.Resolve(elem) != ty_.ref_str)
          Unsupported(n, "`contains` on this element type");
        return builtin(Builtin::VecContains, ty_.boolean);
      }
      if (name == "sort" && want(0)) {
        TyKind ek = ty_.kind(ty_.Resolve(elem));
        if (ek != TyKind::Int && ek != TyKind::IntVar && ek != TyKind::Char && ek != TyKind::Bool)
          Unsupported(n, "`sort` on this element type");
        if (ty_.kind(rt) != TyKind::Ref) CheckAssignable(recv);
        return builtin(Builtin::VecSort, ty_.unit);
      }
      if ((name == "iter" || name == "iter_mut") && want(0)) {
        if (n != allowed_iter_) {
          Unsupported(n, "`.iter()` outside a `for` loop head");
          return ty_.error;
        }
        return builtin(Builtin::VecIter, ty_.Ref(dt, name == "iter_mut"));
      }
    }
    if (TypeId st; SeqMoreCall(n, dt, name, args, at, st)) return st;
    if (TypeId st; SliceMethodCall(n, recv, rt, dt, name, args, at, st)) return st;
    if (ty_.kind(dt) == TyKind::Array) {
      if (name == "len" && want(0)) return builtin(Builtin::ArrayLen, ty_.usize);
      if (name == "iter" && want(0)) {
        if (n != allowed_iter_) {
          Unsupported(n, "`.iter()` outside a `for` loop head");
          return ty_.error;
        }
        return builtin(Builtin::ArrayIter, ty_.Ref(dt, false));
      }
    }
    if (k == TyKind::Ref && ty_.kind(dt) != TyKind::Struct && dt != rt) {
      rt = dt;
      k = ty_.kind(rt);
    }
    if (TypeId st; OrderingMethodCall(n, Deref(rt), name, args, at, st)) return st;
    if (TypeId st; U8AsciiCall(n, rt, name, args, at, st)) return st;
    if (TypeId st; StrSplitAtCall(n, rt, name, args, at, st)) return st;
    if (TypeId st; BoxCloneCall(n, rt, name, args, st)) return st;
    if (TypeId st; EqOrIntMoreCall(n, rt, name, args, at, st)) return st;
    if (TypeId st; BoxAsRefCall(n, recv, name, args, st)) return st;
    if (TypeId st; StdMethodCall(n, recv, rt, name, args, at, st)) return st;
    if ((k == TyKind::IntVar || k == TyKind::FloatVar) && (name == "to_string" || name == "clone")) {
      // Trait methods: the literal's type defaults (i32 / f64) as rustc's fallback does.
      ty_.Unify(rt, k == TyKind::IntVar ? ty_.i32 : ty_.f64);
      rt = ty_.Resolve(rt);
      k = ty_.kind(rt);
      if (name == "to_string" && want(0)) return builtin(Builtin::ToString, ty_.string);
      if (name == "clone" && want(0)) return builtin(Builtin::Clone, rt);
    }
    if (k == TyKind::IntVar || k == TyKind::FloatVar) {
      // rustc: E0689; the subset reports the same situation without the code.
      Unsupported(n, fmt::format("calling `{}` on an ambiguous numeric type `{}`", name, ty_.Name(rt)));
      return ty_.error;
    }
    if (k == TyKind::Range) {
      if (name == "rev" && want(0)) return builtin(Builtin::Rev, rt);
      if (name == "step_by" && want(1)) {
        Expect(args[0], ty_.usize, at[0]);
        return builtin(Builtin::StepBy, rt);
      }
    }
    if (k == TyKind::Int) {
      bool sig = IsSigned(ty_.int_ty(rt));
      if (name == "abs" && sig && want(0)) return builtin(Builtin::Abs, rt);
      if (name == "pow" && want(1)) {
        Expect(args[0], ty_.Int(IntTy::U32), at[0]);
        return builtin(Builtin::Pow, rt);
      }
      if ((name == "min" || name == "max") && want(1)) {
        Expect(args[0], rt, at[0]);
        return builtin(name == "min" ? Builtin::Min : Builtin::Max, rt);
      }
      if ((name == "wrapping_add" || name == "wrapping_sub" || name == "wrapping_mul") && want(1)) {
        Expect(args[0], rt, at[0]);
        return builtin(name == "wrapping_add" ? Builtin::WrappingAdd
                       : name == "wrapping_sub" ? Builtin::WrappingSub : Builtin::WrappingMul, rt);
      }
      if (name == "is_positive" && sig && want(0)) return builtin(Builtin::IsPositive, ty_.boolean);
      if (name == "is_negative" && sig && want(0)) return builtin(Builtin::IsNegative, ty_.boolean);
      if (name == "signum" && sig && want(0)) return builtin(Builtin::Signum, rt);
      if (name == "count_ones" && want(0)) return builtin(Builtin::CountOnes, ty_.Int(IntTy::U32));
      if (name == "leading_zeros" && want(0)) return builtin(Builtin::LeadingZeros, ty_.Int(IntTy::U32));
      if (name == "trailing_zeros" && want(0)) return builtin(Builtin::TrailingZeros, ty_.Int(IntTy::U32));
    }
    if (k == TyKind::Float) {
      struct Unary {
        const char* name;
        Builtin b;
      };
      static const Unary kUnary[] = {{"sqrt", Builtin::Sqrt}, {"floor", Builtin::Floor}, {"ceil", Builtin::Ceil},
                                     {"round", Builtin::Round}, {"trunc", Builtin::Trunc}, {"abs", Builtin::FAbs},
                                     {"sin", Builtin::Sin},     {"cos", Builtin::Cos},     {"exp", Builtin::Exp},
                                     {"ln", Builtin::Ln}};
      for (const Unary& u : kUnary) {
        if (name == u.name && want(0)) return builtin(u.b, rt);
      }
      if (name == "is_nan" && want(0)) return builtin(Builtin::IsNan, ty_.boolean);
      if (name == "powi" && want(1)) {
        Expect(args[0], ty_.i32, at[0]);
        return builtin(Builtin::Powi, rt);
      }
      if ((name == "powf" || name == "min" || name == "max") && want(1)) {
        Expect(args[0], rt, at[0]);
        return builtin(name == "powf" ? Builtin::Powf : name == "min" ? Builtin::FMin : Builtin::FMax, rt);
      }
    }
    if (rt == ty_.ref_str || ty_.kind(dt) == TyKind::String) {
      if (name == "as_bytes" && want(0)) return builtin(Builtin::StrAsBytes, ty_.Ref(ty_.Slice(ty_.Int(IntTy::U8)), false));
    }
    if (rt == ty_.ref_str || ty_.kind(rt) == TyKind::Str) {  // `str`: a place such as `s[i..]`
      if (name == "len" && want(0)) return builtin(Builtin::StrLen, ty_.usize);
      if (name == "is_empty" && want(0)) return builtin(Builtin::StrIsEmpty, ty_.boolean);
    }
    if (k == TyKind::Char) {
      if (name == "is_ascii_digit" && want(0)) return builtin(Builtin::CharIsDigit, ty_.boolean);
      if (name == "is_alphabetic" && want(0)) return builtin(Builtin::CharIsAlphabetic, ty_.boolean);
    }
    // An error was already reported for the receiver or an argument; rustc stays quiet then too.
    if (arg_error || k == TyKind::Error) return ty_.error;
    // DIAG: NoMethod
    Error(DiagKind::NoMethod, n, fmt::format("no method named `{}` found for type `{}` in the current scope", name,
                                             ty_.Name(rt)),
          "method not found in `" + ty_.Name(rt) + "`");
    return ty_.error;
  }

  auto InferMacro(NodeId n) -> TypeId {
    BuiltinMacro m = MacroCallBuiltin(src_, tokens_, t_, n);
    std::vector<NodeId> cs = Children(t_, n);
    NodeId last = cs.back();
    if (m == BuiltinMacro::None || Kind(last) != NodeKind::ArgList) {
      NodeId path(last.index - t_.subtree_size[last.index]);
      uint32_t lo, hi;
      Span(path, lo, hi);
      Unsupported(n, fmt::format("the macro `{}!`", src_.slice(lo, hi)));
      return ty_.error;
    }
    std::vector<NodeId> args = Children(t_, last);
    std::vector<TypeId> at;
    for (NodeId a : args) {
      if (m == BuiltinMacro::Vec && Kind(a) == NodeKind::ArrayRepeatExpr) {
        // vec![elem; count]: the count is a run-time usize.
        std::vector<NodeId> rc = Children(t_, a);
        TypeId et = Infer(rc[0]);
        Expect(rc[1], ty_.usize, Infer(rc[1]));
        at.push_back(Set(a, et));
        continue;
      }
      // `name = value` named format arguments: the value's type is the argument's.
      if (Kind(a) == NodeKind::AssignExpr) {
        TypeId v = Infer(Children(t_, a).back());
        Set(a, v);
        at.push_back(v);
      } else {
        at.push_back(Infer(a));
      }
    }
    auto fmt_it = formats_.by_macro.find(n.index);
    if (fmt_it != formats_.by_macro.end()) CheckFormatArgs(n, fmt_it->second, args, at);
    switch (m) {
      case BuiltinMacro::Println: case BuiltinMacro::Print: case BuiltinMacro::Eprintln: case BuiltinMacro::Eprint:
        return ty_.unit;
      case BuiltinMacro::Format:
        if (args.empty()) Unsupported(n, "`format!` without arguments");
        return ty_.string;
      case BuiltinMacro::Panic: case BuiltinMacro::Unreachable: case BuiltinMacro::Todo:
      case BuiltinMacro::Unimplemented:
        return ty_.never;
      case BuiltinMacro::Write: case BuiltinMacro::Writeln:
        if (args.empty() || (ty_.kind(Deref(at[0])) != TyKind::Formatter && ty_.Resolve(Deref(at[0])) != ty_.string)) {
          Unsupported(n, "`write!` to anything but a `fmt::Formatter` or a `String`");
          return ty_.error;
        }
        if (args.size() < 2 && m == BuiltinMacro::Write) Unsupported(n, "`write!` without a format string");
        return ty_.Enum(kResultEnum, {ty_.unit, ty_.unit});
      case BuiltinMacro::Assert: case BuiltinMacro::DebugAssert:
        if (args.empty()) {
          Unsupported(n, "`assert!` without arguments");
          return ty_.unit;
        }
        Expect(args[0], ty_.boolean, at[0]);
        return ty_.unit;
      case BuiltinMacro::AssertEq: case BuiltinMacro::AssertNe: case BuiltinMacro::DebugAssertEq:
      case BuiltinMacro::DebugAssertNe:
        if (args.size() < 2) {
          Unsupported(n, "`assert_eq!` with fewer than two arguments");
          return ty_.unit;
        }
        // `String == &str` (std's PartialEq<&str> for String and the reverse): compared as text.
        if (SeqEq(n, args[1], Deref(at[0]), Deref(at[1]))) return ty_.unit;  // check/seq_eq_checker.inc
        if (!TextPair(at[0], at[1])) Expect(args[1], at[0], at[1]);
        {
          TypeId et = Deref(at[0]);
          TyKind ek = ty_.kind(et);
          bool comparable = (Comparable(et, 0) && Debuggable(et, 0)) || (ek == TyKind::Tuple && ty_.elems(et).empty());
          if (!comparable) Unsupported(n, fmt::format("`assert_eq!`/`assert_ne!` on `{}`", ty_.Name(et)));
        }
        return ty_.unit;
      case BuiltinMacro::Vec: {
        TypeId elem = VecElemType(n);
        if (args.size() == 1 && Kind(args[0]) == NodeKind::ArrayRepeatExpr) {
          std::vector<NodeId> rc = Children(t_, args[0]);
          Expect(rc[0], elem, o_.node_ty[rc[0].index]);
          return ty_.Vec(elem);
        }
        for (size_t i = 0; i < args.size(); ++i) Expect(args[i], elem, at[i]);
        return ty_.Vec(elem);
      }
      case BuiltinMacro::None: break;
    }
    return ty_.error;
  }

  // Every argument a placeholder uses must be formattable with its trait.
  void CheckFormatArgs(NodeId n, const FormatString& fs, const std::vector<NodeId>& args,
                       const std::vector<TypeId>& at) {
    int start = FormatArgStart(MacroCallBuiltin(src_, tokens_, t_, n));
    size_t explicit_count = args.size() - start - 1;
    const std::vector<uint32_t>* caps = nullptr;
    if (auto it = res_.captures.find(n.index); it != res_.captures.end()) caps = &it->second;
    auto arg_ty = [&](int32_t a) -> TypeId {
      if (a < static_cast<int32_t>(explicit_count)) return at[start + 1 + a];
      uint32_t local = caps ? (*caps)[a - explicit_count] : UINT32_MAX;
      if (local == UINT32_MAX || !o_.local_ty[local].is_valid()) return ty_.error;
      return o_.local_ty[local];
    };
    for (const FormatPiece& p : fs.pieces) {
      if (p.arg < 0) continue;
      for (int32_t w : {p.spec.width_arg, p.spec.precision_arg}) {
        if (w >= 0) {
          NodeId at_node = w < static_cast<int32_t>(explicit_count) ? args[start + 1 + w] : n;
          Expect(at_node, ty_.usize, arg_ty(w));
        }
      }
      TypeId t = Deref(arg_ty(p.arg));
      NodeId at_node = p.arg < static_cast<int32_t>(explicit_count) ? args[start + 1 + p.arg] : n;
      char ty = p.spec.ty;
      bool ok = Formattable(t, ty);
      if (!ok && ty_.HasVar(t)) {
        // `{:?}` of `Option<_>` before the body's inference fixed `_`: checked at its end.
        pending_formats_.push_back({at_node, t, ty});
        continue;
      }
      if (!ok) {
        if (ty_.kind(t) != TyKind::Var)
          Unsupported(at_node, fmt::format("formatting `{}` with `{{{}}}`", ty_.Name(t), ty ? std::string(":") + ty : ""));
      }
    }
  }
  // Whether a value of type t (references removed) prints with format type ty (0: `{}`, '?', 'x', ..).
  auto Formattable(TypeId t, char ty) -> bool {
    TyKind k = ty_.kind(t);
    if (k == TyKind::RawPtr) return ty == '?' || ty == 'p';  // the address, in hex
    if (ty == 0 || ty == '?')
      return k == TyKind::Int || k == TyKind::IntVar || k == TyKind::Float || k == TyKind::FloatVar ||
             k == TyKind::Bool || k == TyKind::Char || t == ty_.ref_str || k == TyKind::String ||
             k == TyKind::Error || k == TyKind::Never || (ty == '?' && Debuggable(t, 0)) ||
             ((k == TyKind::Param || k == TyKind::Assoc) && ParamHas(t, ty == '?' ? "Debug" : "Display")) ||
             (k == TyKind::Dyn && DynImplements(t, BuiltinTrait(ty == '?' ? "Debug" : "Display"))) ||
             ((k == TyKind::Struct || k == TyKind::Enum) && Satisfies(t, BuiltinTrait(ty == '?' ? "Debug" : "Display")));
    if (ty == 'e' || ty == 'E') return IsNumeric(t);
    return IsIntegral(t);
  }

  // Whether `==` applies to t: primitives, text, and tuples/arrays/Vecs/#[derive(PartialEq)]
  // structs and enums of comparable parts.
  auto Comparable(TypeId t, uint32_t depth) -> bool {
    t = Deref(t);
    if (depth > 32) return false;
    switch (ty_.kind(t)) {
      case TyKind::Int: case TyKind::IntVar: case TyKind::Float: case TyKind::FloatVar: case TyKind::Bool:
      case TyKind::Char: case TyKind::Error: case TyKind::String:
        return true;
      case TyKind::Ref: return ty_.kind(ty_.Resolve(TypeId(ty_.a(t)))) == TyKind::Str;
      case TyKind::RawPtr: return true;  // address equality
      case TyKind::Tuple:
        for (TypeId e : ty_.elems(t)) {
          if (!Comparable(e, depth + 1)) return false;
        }
        return true;
      case TyKind::Array: case TyKind::Vec: case TyKind::Box: case TyKind::Slice: return Comparable(TypeId(ty_.a(t)), depth + 1);
      case TyKind::Param: case TyKind::Assoc:
        return ParamHas(t, "PartialEq") || ParamHas(t, "Eq") || ParamHas(t, "PartialOrd");
      case TyKind::Struct: {
        if (!eq_structs_.count(ty_.a(t))) return UserPartialEq(t);  // check/user_eq_checker.inc
        DebugVisit visit(clone_visiting_, t);  // a recursive type is comparable if its other parts are
        if (!visit.first) return true;
        for (TypeId f : FieldTys(t)) {
          if (!Comparable(f, depth + 1)) return false;
        }
        return true;
      }
      case TyKind::Enum: {
        if (ty_.a(t) >= kFirstUserEnum && !eq_enums_.count(ty_.a(t))) return UserPartialEq(t);
        DebugVisit visit(clone_visiting_, t);
        if (!visit.first) return true;
        for (size_t v = 0; v < o_.enums[ty_.a(t)].variants.size(); ++v) {
          for (TypeId f : VariantFields(t, static_cast<uint32_t>(v))) {
            if (!Comparable(f, depth + 1)) return false;
          }
        }
        return true;
      }
      default: return false;
    }
  }

  // Whether `{:?}` can print t: primitives, and tuples, arrays and #[derive(Debug)] structs of them.
  auto Debuggable(TypeId t, uint32_t depth) -> bool {
    t = Deref(t);
    if (IsPendingParseError(t)) return true;
    if (depth > 32) return false;
    switch (ty_.kind(t)) {
      case TyKind::Int: case TyKind::IntVar: case TyKind::Float: case TyKind::FloatVar: case TyKind::Bool:
      case TyKind::Char: case TyKind::Error: case TyKind::Never: case TyKind::String: case TyKind::Str:
        return true;
      case TyKind::Ref: return ty_.kind(ty_.Resolve(TypeId(ty_.a(t)))) == TyKind::Str;
      case TyKind::RawPtr: return true;  // the address
      case TyKind::Tuple:
        for (TypeId e : ty_.elems(t)) {
          if (!Debuggable(e, depth + 1)) return false;
        }
        return true;
      case TyKind::Array: case TyKind::Vec: case TyKind::Box: case TyKind::Slice: return Debuggable(TypeId(ty_.a(t)), depth + 1);
      case TyKind::Param: case TyKind::Assoc: return ParamHas(t, "Debug");
      case TyKind::Dyn: return DynImplements(t, BuiltinTrait("Debug"));
      case TyKind::Enum: {
        const EnumDef& d = o_.enums[ty_.a(t)];
        std::vector<TypeId> impl_args;
        if (FindImpl(o_, BuiltinTrait("Debug"), t, impl_args) != UINT32_MAX) return true;
        if (!d.debug) return false;
        // A recursive type (`Option<Box<Node>>` inside Node) is Debug if its other parts are.
        DebugVisit visit(debug_visiting_, t);
        if (!visit.first) return true;
        for (size_t v = 0; v < d.variants.size(); ++v) {
          for (TypeId f : VariantFields(t, static_cast<uint32_t>(v))) {
            if (!Debuggable(f, depth + 1)) return false;
          }
        }
        return true;
      }
      case TyKind::Struct: {
        std::vector<TypeId> impl_args;
        if (FindImpl(o_, BuiltinTrait("Debug"), t, impl_args) != UINT32_MAX) return true;
        if (!debug_structs_.count(ty_.a(t))) return false;
        DebugVisit visit(debug_visiting_, t);
        if (!visit.first) return true;
        for (TypeId f : FieldTys(t)) {
          if (!Debuggable(f, depth + 1)) return false;
        }
        return true;
      }
      default: return false;
    }
  }

  auto InferCall(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    NodeId callee = cs[0];
    std::vector<NodeId> args = Children(t_, cs.back());
    std::vector<TypeId> at;
    if (Kind(callee) != NodeKind::PathExpr) {
      // `(self.f)(x)`: a closure (or `Fn`-bounded) value computed by an expression.
      TypeId ct = Infer(callee);
      for (NodeId a : args) at.push_back(Infer(a));
      if (ty_.kind(ty_.Resolve(ct)) == TyKind::Error) return ty_.error;
      if (TypeId r = CallValue(n, ct, args, at); r.is_valid()) return r;
      Unsupported(callee, "calling this expression");
      return ty_.error;
    }
    TypeId ct = Set(callee, InferPath(callee, /*callee=*/true));
    for (NodeId a : args) at.push_back(Infer(a));
    if (o_.builtin[callee.index] == Builtin::StringNew || o_.builtin[callee.index] == Builtin::StringFrom) {
      size_t want = o_.builtin[callee.index] == Builtin::StringFrom ? 1 : 0;
      if (args.size() != want) {
        Error(DiagKind::WrongArgCount, n, fmt::format("this function takes {} argument{} but {} supplied", want,
                                                      want == 1 ? "" : "s", args.size()));
      } else if (want) {
        Expect(args[0], ty_.ref_str, at[0]);
      }
      return ty_.string;
    }
    if (o_.builtin[callee.index] == Builtin::PrimFrom) return InferPrimitiveFrom(n, ct, args, at);
    if (o_.builtin[callee.index] == Builtin::PrimStatic) return InferPrimStatic(n, callee, args, at);
    if (o_.builtin[callee.index] == Builtin::VecNew) {
      bool cap = Text(NodeId(callee.index - 2)) == "with_capacity";
      if (args.size() != (cap ? 1u : 0u)) {
        Error(DiagKind::WrongArgCount, n, fmt::format("this function takes {} argument{} but {} supplied",
                                                      cap ? 1 : 0, cap ? "" : "s", args.size()));
      } else if (cap) {
        Expect(args[0], ty_.usize, at[0]);
      }
      return ct;
    }
    if (o_.builtin[callee.index] == Builtin::BoxNew) {
      if (args.size() == 1) Expect(args[0], TypeId(ty_.a(ty_.Resolve(ct))), at[0]);
      else Error(DiagKind::WrongArgCount, n, "this function takes 1 argument");
      return ct;
    }
    if (Builtin b = o_.builtin[callee.index]; b == Builtin::MemSwap || b == Builtin::MemReplace || b == Builtin::MemTake) {
      size_t want = b == Builtin::MemTake ? 1 : 2;
      if (args.size() != want) {
        Error(DiagKind::WrongArgCount, n, fmt::format("this function takes {} argument{}", want, want == 1 ? "" : "s"));
        return ty_.error;
      }
      TypeId t = ty_.NewVar(TyKind::Var);
      Expect(args[0], ty_.Ref(t, true), at[0]);
      if (b == Builtin::MemSwap) Expect(args[1], ty_.Ref(t, true), at[1]);
      if (b == Builtin::MemReplace) Expect(args[1], t, at[1]);
      TypeId r = ty_.Resolve(t);
      TyKind k = ty_.kind(r);
      if (b == Builtin::MemTake && !(k == TyKind::Struct && ZeroDefaultTy(r)) && k != TyKind::Vec &&
          k != TyKind::String && k != TyKind::Int && k != TyKind::IntVar &&
          k != TyKind::Bool && k != TyKind::Float && !(k == TyKind::Enum && ty_.a(r) == kOptionEnum) && k != TyKind::Error)
        Unsupported(n, fmt::format("`std::mem::take` of `{}`", ty_.Name(r)));
      return b == Builtin::MemSwap ? ty_.unit : t;
    }
    if (o_.builtin[callee.index] == Builtin::DefaultOf) {
      if (!args.empty()) Error(DiagKind::WrongArgCount, n, "this function takes 0 arguments");
      return ct;
    }
    if (o_.builtin[callee.index] == Builtin::MemDrop) {
      if (args.size() != 1) Error(DiagKind::WrongArgCount, n, "this function takes 1 argument");
      return ty_.unit;
    }
    if (o_.builtin[callee.index] == Builtin::PreludeChar) return CharIntrinsic(n, args, at);
    if (o_.builtin[callee.index] == Builtin::PreludeStr) return StrIntrinsic(n, args, at);
    if (Builtin b = o_.builtin[callee.index]; b >= Builtin::PreludeHash && b <= Builtin::PreludeAddr) {
      // The std subset's intrinsics (check.h): one argument each.
      TypeId v = ty_.NewVar(TyKind::Var);
      if (args.size() != 1) {
        Error(DiagKind::WrongArgCount, n, "this function takes 1 argument");
        return ty_.error;
      }
      switch (b) {
        case Builtin::PreludeHash: Expect(args[0], ty_.Ref(v, false), at[0]); return ty_.Int(IntTy::U64);
        case Builtin::PreludeAddr: Expect(args[0], ty_.Ref(v, false), at[0]); return ty_.usize;
        case Builtin::PreludeAsMut: Expect(args[0], ty_.Ref(v, false), at[0]); return ty_.Ref(v, true);
        case Builtin::PreludeBoxLeak: Expect(args[0], ty_.Box(v), at[0]); return ty_.Ref(v, true);
        default: Expect(args[0], ty_.Ref(v, true), at[0]); return ty_.Box(v);
      }
    }
    if (o_.builtin[callee.index] == Builtin::BlackBox) {
      if (args.size() == 1) Expect(args[0], ct, at[0]);
      else Error(DiagKind::WrongArgCount, n, "this function takes 1 argument");
      return ct;
    }
    if (o_.builtin[callee.index] == Builtin::ProcessExit) {
      if (args.size() == 1) Expect(args[0], ty_.i32, at[0]);
      return ty_.never;
    }
    if (o_.builtin[callee.index] == Builtin::StructCtor) {
      const std::vector<TypeId> fs = FieldTys(ct);
      if (fs.size() != args.size()) {
        Error(DiagKind::WrongArgCount, n,
              fmt::format("this struct takes {} argument{} but {} argument{} supplied", fs.size(),
                          fs.size() == 1 ? "" : "s", args.size(), args.size() == 1 ? " was" : "s were"));
        return ct;
      }
      for (size_t i = 0; i < args.size(); ++i) Expect(args[i], fs[i], at[i]);
      return ct;
    }
    if (o_.builtin[callee.index] == Builtin::VariantCtor) {
      uint32_t var = o_.node_fn[callee.index];
      std::vector<TypeId> fs = VariantFields(ct, var);
      if (fs.size() != args.size()) {
        Error(DiagKind::WrongArgCount, n,
              fmt::format("this enum variant takes {} argument{} but {} argument{} supplied", fs.size(),
                          fs.size() == 1 ? "" : "s", args.size(), args.size() == 1 ? " was" : "s were"));
        return ct;
      }
      for (size_t i = 0; i < args.size(); ++i) Expect(args[i], fs[i], at[i]);
      return ct;
    }
    if (o_.node_fn[callee.index] != UINT32_MAX && o_.node_fn[callee.index] < o_.fn_params.size() &&
        o_.builtin[callee.index] == Builtin::None) {
      uint32_t f = o_.node_fn[callee.index];
      auto it = o_.node_targs.find(callee.index);
      std::vector<TypeId> targs = it == o_.node_targs.end() ? std::vector<TypeId>{} : it->second;
      if (TypeId rt; FromArrayArg(n, callee, f, targs, args, at, rt)) return rt;
      ReselectByArgs(callee, f, targs, at);
      CheckArgsWith(n, SelfPathParams(callee, f, targs), args, at, "function");  // check/std_paths_checker.inc
      UnifyBoundAssocEqs(f, targs);
      return ty_.Subst(o_.fn_ret[f], targs);
    }
    if (TypeId r = CallValue(n, ct, args, at); r.is_valid()) return r;
    if (res_.def_kind[callee.index] != DefKind::Fn) return ct == ty_.error ? ty_.error : ct;
    uint32_t f = res_.def_index[callee.index];
    std::vector<TypeId> targs;
    if (o_.fn_generics[f] > 0) {
      targs = FreshArgs(f, {});
      o_.node_targs[callee.index] = targs;
      AddObligations(n, f, targs);
    }
    const std::vector<TypeId> params = SubstAll(o_.fn_params[f], targs);
    if (params.size() != args.size()) {
      Error(DiagKind::WrongArgCount, n,
            fmt::format("this function takes {} argument{} but {} argument{} supplied", params.size(),
                        params.size() == 1 ? "" : "s", args.size(), args.size() == 1 ? " was" : "s were"));
      return ty_.Subst(o_.fn_ret[f], targs);
    }
    for (size_t i = 0; i < args.size(); ++i) Expect(args[i], params[i], at[i]);
    UnifyBoundAssocEqs(f, targs);
    return ty_.Subst(o_.fn_ret[f], targs);
  }

  auto FindLoop(NodeId at, std::string_view label) -> LoopCtx* {
    for (size_t i = loops_.size(); i-- > 0;) {
      if ((label.empty() && !loops_[i].block) || loops_[i].label == label) return &loops_[i];
    }
    Unsupported(at, label.empty() ? "`break` outside of a loop" : "this loop label");
    return nullptr;
  }

  auto InferInner(NodeId n) -> TypeId {
    std::vector<NodeId> cs;
    switch (Kind(n)) {
      case NodeKind::Literal: return InferLiteral(n);
      case NodeKind::PathExpr: return InferPath(n, false);
      case NodeKind::ParenExpr: return Infer(Children(t_, n).front());
      case NodeKind::BlockExpr: return InferBlock(n);
      case NodeKind::TupleExpr: {
        cs = Children(t_, n);
        std::vector<TypeId> es;
        for (NodeId c : cs) es.push_back(Infer(c));
        return ty_.Tuple(es);
      }
      case NodeKind::ArrayExpr: {
        cs = Children(t_, n);
        TypeId elem = ArrayElemHint(n);  // `let a: [&[i32]; 2] = [&[1], &[2, 3]]`: each element coerces
        for (NodeId c : cs) Expect(c, elem, Infer(c));
        return ty_.Array(elem, static_cast<uint32_t>(cs.size()));
      }
      case NodeKind::ArrayRepeatExpr: {
        cs = Children(t_, n);
        TypeId elem = Infer(cs[0]);
        TypeId len = LengthTy(cs[1]);
        if (len == ty_.error) return ty_.error;
        return ty_.ArrayOf(elem, len);
      }
      case NodeKind::FieldExpr: return InferField(n);
      case NodeKind::IndexExpr: return InferIndex(n);
      case NodeKind::StructExpr: return InferStructExpr(n);
      case NodeKind::RefExpr: {
        cs = Children(t_, n);
        bool mut = false;
        for (NodeId c : cs) {
          if (Kind(c) == NodeKind::Qualifier) {
            if (Text(c) == "mut") mut = true;
            else Unsupported(c, "raw references");
          }
        }
        TypeId inner = Infer(cs.back());
        // `&mut Vec::new()`: a fresh temporary is mutable; only places need a `mut` binding.
        NodeKind ok = Kind(cs.back());
        bool temporary = ok == NodeKind::CallExpr || ok == NodeKind::MethodCallExpr || ok == NodeKind::StructExpr ||
                         ok == NodeKind::ArrayExpr || ok == NodeKind::TupleExpr || ok == NodeKind::MacroCall ||
                         IsTemporaryOperand(cs.back());  // check/places_checker.inc
        if (mut && !temporary) CheckAssignable(cs.back());
        return ty_.Ref(inner, mut);
      }
      case NodeKind::UnaryExpr: {
        TypeId t = Infer(Children(t_, n).front());
        std::string_view op = Text(n);
        if (op == "-") {
          TypeId r = ty_.Resolve(t);
          uint32_t f;
          std::vector<TypeId> targs;
          if (OwnerOf(r) != UINT32_MAX && ImplMethod(BuiltinTrait("Neg"), r, "neg", f, targs)) {
            o_.node_fn[n.index] = f;
            if (!targs.empty()) o_.node_targs[n.index] = targs;
            return ty_.Subst(o_.fn_ret[f], targs);
          }
          if (ty_.kind(r) == TyKind::Param && ParamHas(r, "Neg")) return ParamOpOutput(r, BuiltinTrait("Neg"));
          if (!IsNumeric(r) || (ty_.kind(r) == TyKind::Int && !IsSigned(ty_.int_ty(r)))) {
            Error(DiagKind::BinaryOpUnsupported, n, fmt::format("cannot apply unary operator `-` to type `{}`", ty_.Name(t)));
            return ty_.error;
          }
          return t;
        }
        if (op == "!") {
          TypeId r = ty_.Resolve(t);
          if (TypeId ut; UserNot(n, r, ut)) return ut;
          if (!IsIntegral(r) && ty_.kind(r) != TyKind::Bool) {
            Error(DiagKind::BinaryOpUnsupported, n, fmt::format("cannot apply unary operator `!` to type `{}`", ty_.Name(t)));
            return ty_.error;
          }
          return t;
        }
        TypeId r = ty_.Resolve(t);
        if (ty_.kind(r) == TyKind::Ref || ty_.kind(r) == TyKind::Box || ty_.kind(r) == TyKind::RawPtr)
          return TypeId(ty_.a(r));
        if (ty_.kind(r) == TyKind::String) return ty_.str;  // `&*s`: a String's contents (codegen/unsized.inc)
        if (TypeId d = OverloadedDeref(r); d.is_valid()) return d;
        // DIAG: CannotDeref
        if (ty_.kind(r) != TyKind::Error)
          Error(DiagKind::CannotDeref, n, fmt::format("type `{}` cannot be dereferenced", ty_.Name(t)),
                "can't be dereferenced");
        return ty_.error;
      }
      case NodeKind::BinaryExpr: return InferBinary(n);
      case NodeKind::AssignExpr: {
        cs = Children(t_, n);
        if (IsDestructuringAssignee(cs[0])) {  // check/places_checker.inc
          CheckDestructure(cs[0], Infer(cs[1]));
          return ty_.unit;
        }
        TypeId l = Infer(cs[0]);
        Expect(cs[1], l, Infer(cs[1]));
        CheckAssignable(cs[0]);
        return ty_.unit;
      }
      case NodeKind::CompoundAssignExpr: {
        cs = Children(t_, n);
        TypeId l = Infer(cs[0]);
        TypeId r = Deref(Infer(cs[1]));
        std::string_view op = Text(n);
        if (UserCompoundAssign(n, op, l, r)) return ty_.unit;
        if (op == "+=" && ty_.Resolve(l) == ty_.string) {
          Expect(cs[1], ty_.ref_str, ty_.Resolve(o_.node_ty[cs[1].index]));
        } else if (op == "<<=" || op == ">>=") {
          if (!IsIntegral(l) || !IsIntegral(r)) OpError(n, op.substr(0, 2), l, r);
        } else {
          Expect(cs[1], l, r);
          TypeId t = ty_.Resolve(l);
          bool bitop = op == "&=" || op == "|=" || op == "^=";
          if (!(IsNumeric(t) && (!bitop || IsIntegral(t))) && !(bitop && ty_.kind(t) == TyKind::Bool))
            OpError(n, op.substr(0, op.size() - 1), l, r);
        }
        CheckAssignable(cs[0]);
        return ty_.unit;
      }
      case NodeKind::CastExpr: {
        cs = Children(t_, n);
        TypeId from = ty_.Resolve(Infer(cs[0]));
        TypeId to = LowerType(cs[1]);
        TyKind fk = ty_.kind(from), tk = ty_.kind(ty_.Resolve(to));
        bool from_num = fk == TyKind::Int || fk == TyKind::IntVar || fk == TyKind::Float || fk == TyKind::FloatVar;
        bool ok = (from_num && (tk == TyKind::Int || tk == TyKind::Float)) ||
                  ((fk == TyKind::Bool || fk == TyKind::Char) && tk == TyKind::Int) ||
                  (from == ty_.Int(IntTy::U8) && tk == TyKind::Char) || fk == TyKind::Error || tk == TyKind::Error ||
                  (fk == TyKind::IntVar && tk == TyKind::Char) ||
                  (fk == TyKind::Enum && (ty_.a(from) >= kFirstUserEnum || ty_.a(from) == kOrderingEnum) && tk == TyKind::Int &&
                   [&] {
                     for (const auto& f : o_.enums[ty_.a(from)].fields) {
                       if (!f.empty()) return false;
                     }
                     return true;
                   }());
        if (fk == TyKind::IntVar && tk == TyKind::Char) ty_.Unify(from, ty_.Int(IntTy::U8));
        if (!ok && CoerceToDyn(cs[0], to, from)) return to;  // `&x as &dyn Tr`: an unsizing coercion
        if (!ok && CastAsCoercion(cs[0], to, from)) return to;  // `f as fn()`, `&a as &[T]`
        if (!ok && RawPtrCast(from, to)) return to;  // check/raw_ptr_checker.inc
        if (!ok) Unsupported(n, fmt::format("casting `{}` as `{}`", ty_.Name(from), ty_.Name(to)));
        return to;
      }
      case NodeKind::CallExpr: return InferCallClosures(n);
      case NodeKind::MethodCallExpr: return InferMethod(n);
      case NodeKind::MacroCall: return InferMacro(n);
      case NodeKind::IfExpr: {
        if (TypeId h = DynHint(n); h.is_valid()) return IfToDyn(n, h);
        cs = Children(t_, n);
        CheckCondition(cs[0]);
        TypeId then_t = Infer(cs[1]);
        if (cs.size() < 3) {
          Expect(cs[1], ty_.unit, then_t);
          return ty_.unit;
        }
        TypeId else_t = Infer(cs[2]);
        TypeId rt = ty_.Resolve(then_t);
        if (ty_.kind(rt) == TyKind::Never) return else_t;
        Expect(Kind(cs[2]) == NodeKind::BlockExpr ? LastExprOr(cs[2]) : cs[2], then_t, else_t);
        return then_t;
      }
      case NodeKind::WhileExpr: {
        cs = Children(t_, n);
        size_t i = 0;
        std::string label;
        if (Kind(cs[0]) == NodeKind::Label) label = std::string(Text(cs[i++]));
        CheckCondition(cs[i]);
        loops_.push_back({label, ty_.unit, false});
        Expect(cs[i + 1], ty_.unit, Infer(cs[i + 1]));
        loops_.pop_back();
        return ty_.unit;
      }
      case NodeKind::LoopExpr: {
        cs = Children(t_, n);
        std::string label;
        if (Kind(cs[0]) == NodeKind::Label) label = std::string(Text(cs[0]));
        loops_.push_back({label, ty_.NewVar(TyKind::Var), true});
        size_t idx = loops_.size() - 1;
        Expect(cs.back(), ty_.unit, Infer(cs.back()));
        LoopCtx ctx = loops_[idx];
        loops_.pop_back();
        // A loop without `break` never finishes.
        return ctx.has_break ? ctx.ty : ty_.never;
      }
      case NodeKind::ForExpr: {
        cs = Children(t_, n);
        size_t i = 0;
        std::string label;
        if (Kind(cs[0]) == NodeKind::Label) label = std::string(Text(cs[i++]));
        NodeId range = cs[i + 1];
        while (Kind(range) == NodeKind::MethodCallExpr || Kind(range) == NodeKind::ParenExpr)
          range = Children(t_, range).front();
        if (Kind(range) != NodeKind::RangeExpr || !RangeLoopHead(cs[i + 1])) {
          // Arrays: by value, by reference (`&a`, `&mut a`) or `a.iter()`.
          NodeId head = cs[i + 1];
          while (Kind(head) == NodeKind::ParenExpr) head = Children(t_, head).front();
          if (Kind(head) == NodeKind::MethodCallExpr && (Text(head) == "iter" || Text(head) == "iter_mut"))
            allowed_iter_ = head;
          TypeId it = ty_.Resolve(Infer(cs[i + 1]));
          allowed_iter_ = NodeId::Invalid();
          TypeId elem = ty_.error;
          TyKind ik = ty_.kind(it);
          TyKind pk = ik == TyKind::Ref ? ty_.kind(ty_.Resolve(TypeId(ty_.a(it)))) : TyKind::Error;
          if (TypeId item = ForIterItem(n, it); item.is_valid()) {
            elem = item;
          } else if (ik == TyKind::Array || ik == TyKind::Vec) {
            elem = TypeId(ty_.a(it));
          } else if (ik == TyKind::Ref && (pk == TyKind::Array || pk == TyKind::Vec || pk == TyKind::Slice)) {
            elem = ty_.Ref(TypeId(ty_.a(ty_.Resolve(TypeId(ty_.a(it))))), ty_.b(it) != 0);
          } else if (TypeId fe = ForItems(n, it); fe.is_valid()) {
            elem = fe;
          } else if (ty_.kind(it) != TyKind::Error) {
            Unsupported(cs[i + 1], fmt::format("`for` over `{}`", ty_.Name(it)));
          }
          CheckPattern(cs[i], elem);
          loops_.push_back({label, ty_.unit, false});
          Expect(cs[i + 2], ty_.unit, Infer(cs[i + 2]));
          loops_.pop_back();
          return ty_.unit;
        }
        allowed_range_ = range;
        TypeId it = ty_.Resolve(Infer(cs[i + 1]));
        bool saw_rev = false, saw_step = false;
        for (NodeId m = cs[i + 1]; Kind(m) == NodeKind::MethodCallExpr; m = Children(t_, m).front()) {
          saw_rev |= o_.builtin[m.index] == Builtin::Rev;
          saw_step |= o_.builtin[m.index] == Builtin::StepBy;
        }
        if (saw_rev && saw_step) Unsupported(cs[i + 1], "`.rev()` together with `.step_by()`");
        TypeId elem = ty_.error;
        if (ty_.kind(it) == TyKind::Range) elem = TypeId(ty_.a(it));
        else if (ty_.kind(it) != TyKind::Error) Unsupported(cs[i + 1], fmt::format("`for` over `{}`", ty_.Name(it)));
        CheckPattern(cs[i], elem);
        loops_.push_back({label, ty_.unit, false});
        Expect(cs[i + 2], ty_.unit, Infer(cs[i + 2]));
        loops_.pop_back();
        return ty_.unit;
      }
      case NodeKind::RangeExpr: {
        cs = Children(t_, n);
        if (n != allowed_range_) {
          if (TypeId rv = InferRangeValue(n, cs); rv.is_valid()) return rv;
          if (TypeId rv = InferOpenRangeValue(n, cs); rv.is_valid()) return rv;
          Unsupported(n, "a range outside a `for` loop head");
          return ty_.error;
        }
        allowed_range_ = NodeId::Invalid();
        if (cs.size() != 2) {
          for (NodeId c : cs) Infer(c);
          Unsupported(n, "a half-open range");
          return ty_.error;
        }
        TypeId l = Infer(cs[0]);
        Expect(cs[1], l, Infer(cs[1]));
        // `for c in 'a'..='z'`: the counting loop steps chars as u32, skipping the surrogates.
        if (!IsIntegral(l) && ty_.kind(ty_.Resolve(l)) != TyKind::Char)
          Unsupported(n, fmt::format("a range of `{}`", ty_.Name(l)));
        return ty_.Range(l, Text(n) == "..=");
      }
      case NodeKind::BreakExpr: {
        cs = Children(t_, n);
        std::string label;
        NodeId value = NodeId::Invalid();
        for (NodeId c : cs) {
          if (Kind(c) == NodeKind::Lifetime) label = std::string(Text(c));
          else value = c;
        }
        TypeId vt = value.is_valid() ? Infer(value) : ty_.unit;
        if (LoopCtx* l = FindLoop(n, label)) {
          Expect(value.is_valid() ? value : n, l->ty, vt);
          l->has_break = true;
        }
        return ty_.never;
      }
      case NodeKind::ContinueExpr: {
        cs = Children(t_, n);
        std::string label = cs.empty() ? "" : std::string(Text(cs[0]));
        FindLoop(n, label);
        return ty_.never;
      }
      case NodeKind::ReturnExpr: {
        cs = Children(t_, n);
        if (rets_.size() == const_rets_) {
          Error(DiagKind::ReturnOutsideFn, n, "return statement outside of function body");
          return ty_.error;
        }
        TypeId vt = cs.empty() ? ty_.unit : Infer(cs[0]);
        Expect(cs.empty() ? n : cs[0], rets_.back(), vt);
        return ty_.never;
      }
      case NodeKind::MatchExpr: return InferMatch(n);
      case NodeKind::ClosureExpr: return InferClosure(n);
      case NodeKind::TryExpr: {
        // `e?` on Option/Result in a function returning the same kind; an error converts by a
        // user `From` impl or std's (codegen's Convert), else it must be the same type.
        NodeId e = Children(t_, n).front();
        TypeId et = ty_.Resolve(Infer(e));
        TypeId rt = ty_.Resolve(rets_.empty() ? ty_.error : rets_.back());
        if (ty_.kind(et) == TyKind::Error) return ty_.error;
        if (ty_.kind(et) != TyKind::Enum || ty_.a(et) >= kFirstUserEnum) {
          Unsupported(n, fmt::format("the `?` operator on `{}`", ty_.Name(et)));
          return ty_.error;
        }
        if (ty_.kind(rt) != TyKind::Enum || ty_.a(rt) != ty_.a(et)) {
          Unsupported(n, "the `?` operator in a function not returning the same Option/Result");
          return ty_.error;
        }
        if (ty_.a(et) == kResultEnum && !TryConvertsError(n, ty_.elems(et)[1], ty_.elems(rt)[1]))
          Expect(n, ty_.elems(rt)[1], ty_.elems(et)[1]);
        return ty_.elems(et)[0];
      }
      case NodeKind::Error: return ty_.error;
      default:
        Unsupported(n, fmt::format("this expression ({})", NodeKindName(Kind(n))));
        return ty_.error;
    }
  }

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const Tree& t_;
  const FormatTable& formats_;
  const Resolution& res_;
  DiagSink& diags_;
  Typed& o_;
  TypeTable& ty_;
  std::vector<LoopCtx> loops_;
  std::vector<TypeId> rets_;
  // rets_.size() while a const/static initializer (not a closure in it) is checked: `return` there is E0572.
  size_t const_rets_ = SIZE_MAX;
  // The RangeExpr of the `for` head being checked: the only place a range may appear.
  NodeId allowed_range_;
  // The `.iter()` call of the `for` head being checked: the only place it may appear.
  NodeId allowed_iter_;
  // The struct whose impl the current function belongs to (`Self`), or UINT32_MAX.
  uint32_t self_struct_ = UINT32_MAX;
  // The type `Self` stands for (an impl's self type, a trait's Param 0), or invalid.
  TypeId self_ty_;
  // Type parameters in scope (name, Param type), and the traits bounding each (Param index ->
  // trait refs: Typed::traits indices or kBuiltinTrait + i).
  std::vector<std::pair<std::string, TypeId>> generic_scope_;
  // Per const parameter in scope (Param TypeId index): its value type (const_generics_checker.inc).
  std::unordered_map<uint32_t, TypeId> const_param_ty_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> bounds_;
  // Trait arguments of generic-trait bounds: BoundKey(bounded type, trait) -> `Tr<A, B>`'s [A, B].
  std::unordered_map<uint64_t, std::vector<TypeId>> bound_args_;
  // Per function: the generic environment its signature was lowered in.
  struct FnEnv {
    std::vector<std::pair<std::string, TypeId>> scope;
    std::unordered_map<uint32_t, std::vector<uint32_t>> bounds;
    TypeId self_ty;
    uint32_t self_struct = UINT32_MAX;
    std::unordered_map<uint64_t, TypeId> assoc_eq;
    std::unordered_map<uint64_t, std::vector<TypeId>> bound_args;
  };
  std::vector<FnEnv> fn_env_;
  // Trait bounds the calls of the current body must satisfy, checked when its inference is done.
  struct Obligation {
    NodeId at;
    TypeId ty;
    uint32_t trait;
    std::vector<TypeId> args;  // a generic trait's arguments (`S: Sum<Self::Item>`), in the caller's types
  };
  std::vector<Obligation> obligations_;
  // ImplsNaming's index: method name -> impls that can provide it; built for this many impls.
  std::unordered_map<std::string_view, std::vector<uint32_t>> impls_by_name_;
  size_t impls_by_name_size_ = SIZE_MAX;
  // Per struct: its number of type parameters.
  std::vector<uint32_t> struct_params_;
  // Type aliases of the crate root: name -> the aliased type's node; nesting depth while lowering.
  std::unordered_map<std::string, NodeId> aliases_;
  std::unordered_set<std::string> expanding_aliases_;  // aliases whose expansion is under way (nesting depth: its size)
  // Lowering a parameter's type (where `impl Trait` is allowed).
  bool in_params_ = false;
  // Structs and enums with #[derive(PartialEq)] (Option/Result compare when their contents do).
  std::unordered_set<uint32_t> eq_structs_, eq_enums_;
  // Structs with #[derive(Debug)] (other derives are accepted and ignored: Clone/Copy need no code).
  std::unordered_set<uint32_t> debug_structs_;
  // Structs declared with tuple fields (`struct T(i32);`).
  std::unordered_set<uint32_t> tuple_struct_;

  // --- associated types ---
  // The trait of the impl being lowered or checked (`Self::Item` there), or UINT32_MAX.
  uint32_t impl_trait_ = UINT32_MAX;
  // Trait names and their associated types, before any type is lowered (a struct field may be
  // `K::Value`).
  void DeclareTraitAssocs() {
    const Items& items = res_.items;
    o_.traits.resize(items.traits.size());
    for (size_t i = 0; i < items.traits.size(); ++i) {
      TraitDef& d = o_.traits[i];
      d.name = items.trait_names[i];
      d.params = TypeParamCount(items.traits[i]);
      NodeId list = ChildOfKind(t_, items.traits[i], NodeKind::ItemList);
      if (!list.is_valid()) continue;
      for (NodeId m : Children(t_, list)) {
        if (Kind(m) != NodeKind::TypeAlias) continue;
        NodeId name = ChildOfKind(t_, m, NodeKind::Name);
        d.assoc_types.emplace_back(Text(name));
        ty_.AssocSlotOf(static_cast<uint32_t>(i), d.name, std::string(Text(name)));
        std::vector<NodeId> mc = Children(t_, m);
        if (IsTypeKind(Kind(mc.back()))) Unsupported(m, "a default for an associated type");
        if (ChildOfKind(t_, m, NodeKind::GenericParamList).is_valid()) Unsupported(m, "a generic associated type");
      }
    }
  }
  // Whether trait tr declares associated type `name` (std's traits: the ones rustg knows).
  auto TraitHasAssoc(uint32_t tr, std::string_view name) -> bool {
    if (tr >= kBuiltinTrait) {
      std::string_view tn = BuiltinTraitName(tr);
      if (tn == "Iterator" || tn == "IntoIterator") return name == "Item";
      if (tn == "Deref") return name == "Target";
      return name == "Output" && (tn == "Add" || tn == "Sub" || tn == "Mul" || tn == "Div" || tn == "Rem" ||
                                  tn == "Neg" || tn == "Not" || tn == "Index" || tn == "FnOnce" || tn == "Fn" ||
                                  tn == "FnMut" || tn == "BitAnd" || tn == "BitOr" || tn == "BitXor" || tn == "Shl" ||
                                  tn == "Shr");
    }
    for (const std::string& a : o_.traits[tr].assoc_types) {
      if (a == name) return true;
    }
    return false;
  }
  // The projection `<self as tr>::name` (or the type a bound equates it with).
  auto Projection(uint32_t tr, TypeId self, std::string_view name) -> TypeId {
    return ty_.Assoc(ty_.AssocSlotOf(tr, TraitName(tr), std::string(name)), self);
  }
  // `Self::Name`, `T::Name` or `<T as Trait>::Name` written as a type; invalid when `path` is none of them.
  auto LowerAssocPath(NodeId n, NodeId path) -> TypeId {
    std::vector<NodeId> segs = Children(t_, path);
    if (segs.size() != 2 || Kind(segs[1]) != NodeKind::PathSegment || t_.subtree_size[segs[1].index] != 1)
      return TypeId::Invalid();
    std::string_view name = Text(segs[1]);
    if (Kind(segs[0]) == NodeKind::QualifiedSelf) {
      std::vector<NodeId> qc = Children(t_, segs[0]);
      TypeId self = LowerType(qc[0]);
      if (qc.size() < 2) {
        Unsupported(n, "a qualified path without a trait");
        return ty_.error;
      }
      uint32_t tr = TraitRef(qc[1]);
      if (tr == UINT32_MAX) return ty_.error;
      if (!TraitHasAssoc(tr, name)) {
        Unsupported(n, fmt::format("the associated type `{}` of trait `{}`", name, TraitName(tr)));
        return ty_.error;
      }
      return Projection(tr, self, name);
    }
    if (Kind(segs[0]) != NodeKind::PathSegment || t_.subtree_size[segs[0].index] != 1) return TypeId::Invalid();
    std::string_view head = Text(segs[0]);
    TypeId self = TypeId::Invalid();
    for (size_t g = generic_scope_.size(); g-- > 0 && !self.is_valid();) {
      if (generic_scope_[g].first == head) self = generic_scope_[g].second;
    }
    if (!self.is_valid() && head == "Self") self = self_ty_;
    if (!self.is_valid()) return TypeId::Invalid();
    std::vector<uint32_t> cands;
    if (ty_.kind(self) == TyKind::Param) cands = ParamTraits(self);
    if (impl_trait_ != UINT32_MAX) TraitClosure(impl_trait_, cands);
    for (uint32_t tr : cands) {
      if (TraitHasAssoc(tr, name)) return Projection(tr, self, name);
    }
    Unsupported(n, fmt::format("the associated type `{}::{}`", head, name));
    return ty_.error;
  }
  // Records `Name = T` arguments of the traits in bound list `bl` on type p.
  void RecordAssocEqs(TypeId p, NodeId bl) {
    for (NodeId b : Children(t_, bl)) {
      if (Kind(b) != NodeKind::TraitBound) continue;
      std::vector<NodeId> bc = Children(t_, b);
      if (bc.empty() || Kind(bc.back()) != NodeKind::PathType) continue;
      std::vector<NodeId> segs = Children(t_, NodeId(bc.back().index - 1));
      if (segs.empty() || Kind(segs.back()) != NodeKind::PathSegment) continue;
      if (NodeId pa = ChildOfKind(t_, segs.back(), NodeKind::ParenthesizedArgs); pa.is_valid()) {
        RecordFnSig(p, bc.back(), pa);
        continue;
      }
      NodeId gal = ChildOfKind(t_, segs.back(), NodeKind::GenericArgList);
      if (!gal.is_valid()) continue;
      for (NodeId a : Children(t_, gal)) {
        if (Kind(a) != NodeKind::AssocTypeArg) continue;
        std::vector<NodeId> ac = Children(t_, a);
        if (Text(a) != "=" || ac.size() != 2 || !IsTypeKind(Kind(ac[1]))) {
          Unsupported(a, "this associated type bound");
          continue;
        }
        uint32_t tr = TraitRef(bc.back());
        if (tr == UINT32_MAX) continue;
        if (!TraitHasAssoc(tr, Text(ac[0]))) {
          // `I: DoubleEndedIterator<Item = T>`: the supertrait that declares it.
          std::vector<uint32_t> sup;
          TraitClosure(tr, sup);
          for (uint32_t t2 : sup) {
            if (TraitHasAssoc(t2, Text(ac[0]))) {
              tr = t2;
              break;
            }
          }
        }
        if (!TraitHasAssoc(tr, Text(ac[0]))) {
          Unsupported(a, fmt::format("the associated type `{}` of trait `{}`", Text(ac[0]), TraitName(tr)));
          continue;
        }
        uint32_t slot = ty_.AssocSlotOf(tr, TraitName(tr), std::string(Text(ac[0])));
        ty_.assoc_env[uint64_t{p.index} << 32 | slot] = LowerType(ac[1]);
      }
    }
  }
  // Registers impl i's `type Name = T;` so projections on its self type normalize to T.
  void BindImplAssoc(uint32_t i, NodeId at, const std::string& name, TypeId t) {
    const ImplDef& d = o_.impls[i];
    if (d.trait == UINT32_MAX) {
      Unsupported(at, "an associated type in an inherent impl");
      return;
    }
    if (!TraitHasAssoc(d.trait, name)) {
      // DIAG: NotSupported
      Unsupported(at, fmt::format("the associated type `{}` (not a member of trait `{}`)", name, TraitName(d.trait)));
      return;
    }
    ty_.assoc_bindings.push_back({ty_.AssocSlotOf(d.trait, TraitName(d.trait), name), d.self_ty, d.params, t, d.fixes});
  }

  // --- closures ---
  // Closures that are direct arguments of the call being checked: their bodies wait until the
  // callee's `Fn(..)` bound has given their parameters types.
  std::unordered_set<uint32_t> defer_closures_;
  // Per ClosureExpr node: its parameter and return types (in the enclosing function's terms).
  std::unordered_map<uint32_t, std::vector<TypeId>> closure_params_;
  std::unordered_map<uint32_t, TypeId> closure_ret_;
  // Functions whose return type is `impl Trait` (checked before the others).
  std::unordered_set<uint32_t> opaque_ret_fns_;
  // Check every std body, live or not (Check's `all_bodies`).
  bool all_bodies_ = false;
  // `-> impl Fn(..)` of the function whose signature is being lowered: an inference variable
  // its body's closure binds. Any other `impl Trait` return is likewise the body's hidden type.
  auto OpaqueReturn(NodeId n) -> TypeId {
    NodeId bl = ChildOfKind(t_, n, NodeKind::BoundList);
    bool fn_bound = false;
    NodeId fn_type = NodeId::Invalid(), fn_args = NodeId::Invalid();
    if (bl.is_valid()) {
      for (NodeId b : Children(t_, bl)) {
        std::vector<NodeId> bc = Children(t_, b);
        if (Kind(b) != NodeKind::TraitBound || bc.empty() || Kind(bc.back()) != NodeKind::PathType) continue;
        std::vector<NodeId> segs = Children(t_, NodeId(bc.back().index - 1));
        if (segs.empty() || !IsFnTrait(BuiltinTrait(Text(segs.back())))) continue;
        fn_bound = true;
        fn_type = bc.back();
        fn_args = ChildOfKind(t_, segs.back(), NodeKind::ParenthesizedArgs);
      }
    }
    if (!fn_bound) {
      // `-> impl Iterator<Item = T>`: the body's type, known to callers once the body is checked.
      opaque_ret_fns_.insert(static_cast<uint32_t>(o_.fn_ret.size()));
      return ty_.NewVar(TyKind::Var);
    }
    opaque_ret_fns_.insert(static_cast<uint32_t>(o_.fn_ret.size()));
    TypeId v = ty_.NewVar(TyKind::Var);
    // The bound's signature types the returned closure's parameters (`move |x| x + n`).
    if (fn_args.is_valid()) RecordFnSig(v, fn_type, fn_args);
    opaque_env_[v.index] = ty_.assoc_env;
    return v;
  }
  // A closure returned through `-> impl Fn` must own its captures: borrowing the function's
  // locals would outlive them (rustc: E0373).
  void CheckReturnedClosure(uint32_t f) {
    TypeId t = ty_.Resolve(o_.fn_ret[f]);
    if (ty_.kind(t) != TyKind::Closure) {
      if (ty_.kind(t) == TyKind::Var) Unsupported(res_.items.fns[f], "an `impl Fn` return that is not a closure");
      return;
    }
    NodeId c(ty_.a(t));
    for (NodeId q : Children(t_, c)) {
      if (Kind(q) == NodeKind::Qualifier && Text(q) == "move") return;
    }
    uint32_t lo = c.index + 1 - t_.subtree_size[c.index];
    for (uint32_t i = lo; i < c.index; ++i) {
      if (t_.kind[i] != NodeKind::PathExpr || res_.def_kind[i] != DefKind::Local) continue;
      uint32_t at = res_.local_node[res_.def_index[i]].index;
      if (at >= lo && at <= c.index) continue;
      std::string name = res_.local_name[res_.def_index[i]];
      // DIAG: ClosureMayOutlive
      Error(DiagKind::ClosureMayOutlive, c,
            fmt::format("closure may outlive the current function, but it borrows `{}`, which is owned by the "
                        "current function",
                        name),
            fmt::format("may outlive borrowed value `{}`", name));
      return;
    }
  }
  // Whether tr is one of Fn, FnMut, FnOnce.
  auto IsFnTrait(uint32_t tr) -> bool {
    return tr == BuiltinTrait("Fn") || tr == BuiltinTrait("FnMut") || tr == BuiltinTrait("FnOnce");
  }
  // `F: Fn(A, B) -> R`: the argument tuple and output as equalities on F (slots Args and Output).
  void RecordFnSig(TypeId p, NodeId trait_type, NodeId paren_args) {
    uint32_t tr = TraitRef(trait_type);
    if (!IsFnTrait(tr)) {
      Unsupported(paren_args, "parenthesized arguments on this trait");
      return;
    }
    std::vector<TypeId> ps;
    TypeId ret = ty_.unit;
    for (NodeId c : Children(t_, paren_args)) {
      if (Kind(c) == NodeKind::RetType) ret = LowerType(Children(t_, c).front());
      else if (IsTypeKind(Kind(c))) ps.push_back(LowerType(c));
    }
    ty_.assoc_env[uint64_t{p.index} << 32 | ty_.AssocSlotOf(tr, TraitName(tr), "Args")] = ty_.Tuple(ps);
    ty_.assoc_env[uint64_t{p.index} << 32 | ty_.AssocSlotOf(tr, TraitName(tr), "Output")] = ret;
  }
  // The `Fn(..)` signature an environment gives type p (args tuple and output), or false.
  auto FnSigOf(const std::unordered_map<uint64_t, TypeId>& env, TypeId p, TypeId& args, TypeId& ret) -> bool {
    for (std::string_view name : {"Fn", "FnMut", "FnOnce"}) {
      uint32_t tr = BuiltinTrait(name);
      auto a = env.find(uint64_t{p.index} << 32 | ty_.AssocSlotOf(tr, std::string(name), "Args"));
      auto o = env.find(uint64_t{p.index} << 32 | ty_.AssocSlotOf(tr, std::string(name), "Output"));
      if (a == env.end() || o == env.end()) continue;
      args = a->second;
      ret = o->second;
      return true;
    }
    return false;
  }
  // The type of closure n: its parameters typed from annotations (or inferred), its body
  // checked now unless it waits for its callee's bound.
  auto InferClosure(NodeId n) -> TypeId {
    std::vector<TypeId> ps;
    TypeId rt = TypeId::Invalid();
    for (NodeId c : Children(t_, n)) {
      if (Kind(c) == NodeKind::Qualifier && Text(c) != "move") Unsupported(c, fmt::format("a `{}` closure", Text(c)));
      if (Kind(c) == NodeKind::RetType) rt = LowerType(Children(t_, c).front());
      if (Kind(c) != NodeKind::ParamList) continue;
      for (NodeId p : Children(t_, c)) {
        if (Kind(p) != NodeKind::Param) continue;
        std::vector<NodeId> pc = Children(t_, p);
        TypeId t = pc.size() > 1 && IsTypeKind(Kind(pc.back())) ? LowerType(pc.back()) : ty_.NewVar(TyKind::Var);
        // `|&x|` without a type: the parameter is a reference to something.
        if (Kind(pc.front()) == NodeKind::RefPat && ty_.kind(ty_.Resolve(t)) == TyKind::Var)
          ty_.Unify(t, ty_.Ref(ty_.NewVar(TyKind::Var), ChildOfKind(t_, pc.front(), NodeKind::Qualifier).is_valid()));
        if (Kind(pc.front()) == NodeKind::IdentPat) {
          for (NodeId q : Children(t_, pc.front())) {
            if (Kind(q) == NodeKind::Qualifier && Text(q) == "ref") Unsupported(q, "a `ref` closure parameter");
          }
        }
        // `|&x|`, `|(i, x)|` with the type still unknown: checked once the callee's bound types it.
        if (Kind(pc.front()) != NodeKind::IdentPat && ty_.kind(ty_.Resolve(t)) == TyKind::Var)
          closure_pats_[n.index].emplace_back(pc.front(), t);
        else
          CheckPattern(pc.front(), t);
        ps.push_back(t);
      }
    }
    if (!rt.is_valid()) rt = ty_.NewVar(TyKind::Var);
    closure_params_[n.index] = ps;
    closure_ret_[n.index] = rt;
    ty_.closure_out[n.index] = rt;
    bool untyped = false;
    for (TypeId p : ps) untyped |= ty_.kind(ty_.Resolve(p)) == TyKind::Var;
    // `|a, b| a + b`: the body waits for the first call (or the end of the function) to learn
    // the parameter types, as rustc's deferred closure checking does.
    if (defer_closures_.count(n.index)) {
    } else if (untyped) {
      waiting_bodies_.push_back(n.index);
    } else {
      InferClosureBody(n);
    }
    std::vector<TypeId> g(generic_scope_.size(), ty_.error);
    for (const auto& [name, p] : generic_scope_) {
      if (ty_.a(p) < g.size()) g[ty_.a(p)] = p;
    }
    return ty_.Closure(n.index, g);
  }
  // Closure bodies waiting for a call to type their parameters, in creation order.
  std::vector<uint32_t> waiting_bodies_;
  // Per `-> impl Fn(..)` return variable: the environment holding its signature.
  std::unordered_map<uint32_t, std::unordered_map<uint64_t, TypeId>> opaque_env_;
  void FlushClosureBodies() {
    if (!rets_.empty()) {
      // The closure a `-> impl Fn(A) -> R` function returns takes A and R from the bound.
      TypeId rv = rets_.back();
      TypeId ct = ty_.Resolve(rv);
      auto oe = opaque_env_.find(rv.index);
      TypeId at, ot;
      if (oe != opaque_env_.end() && ty_.kind(ct) == TyKind::Closure && closure_params_.count(ty_.a(ct)) &&
          FnSigOf(oe->second, rv, at, ot)) {
        std::vector<TypeId> want = ty_.elems(at);
        std::vector<TypeId>& have = closure_params_[ty_.a(ct)];
        if (want.size() == have.size()) {
          for (size_t k = 0; k < want.size(); ++k) ty_.Unify(have[k], want[k]);
          ty_.Unify(closure_ret_[ty_.a(ct)], ot);
        }
      }
    }
    for (size_t i = 0; i < waiting_bodies_.size(); ++i) {
      NodeId c(waiting_bodies_[i]);
      waiting_bodies_[i] = UINT32_MAX;
      if (c.index == UINT32_MAX) continue;
      // Never called: nothing tells the parameters' types (rustc: E0282).
      std::vector<TypeId>& ps = closure_params_[c.index];
      for (size_t k = 0; k < ps.size(); ++k) {
        if (ty_.kind(ty_.Resolve(ps[k])) != TyKind::Var) continue;
        // DIAG: TypeAnnotationsNeeded
        Error(DiagKind::TypeAnnotationsNeeded, c, "type annotations needed");
        for (TypeId& p : ps) ty_.Unify(p, ty_.error);
        break;
      }
      InferClosureBody(c);
    }
    waiting_bodies_.clear();
  }
  // Closure parameter patterns waiting for their types (InferClosure), per ClosureExpr node.
  std::unordered_map<uint32_t, std::vector<std::pair<NodeId, TypeId>>> closure_pats_;
  void InferClosureBody(NodeId n) {
    if (auto it = closure_pats_.find(n.index); it != closure_pats_.end()) {
      std::vector<std::pair<NodeId, TypeId>> pats = std::move(it->second);
      closure_pats_.erase(it);
      for (const auto& [pat, t] : pats) CheckPattern(pat, t);
    }
    NodeId body = Children(t_, n).back();
    // `return` leaves the closure; `break`/`continue` cannot reach the enclosing loops.
    std::vector<LoopCtx> outer;
    std::swap(outer, loops_);
    rets_.push_back(closure_ret_[n.index]);
    TypeId bt = Infer(body);
    Expect(body, closure_ret_[n.index], bt);
    rets_.pop_back();
    std::swap(outer, loops_);
  }
  // A call whose direct closure arguments take their parameter types from the callee's bounds.
  auto InferCallClosures(NodeId n) -> TypeId {
    std::vector<NodeId> cs = Children(t_, n);
    std::vector<NodeId> args = Children(t_, cs.back());
    std::vector<size_t> mine;
    for (size_t i = 0; i < args.size(); ++i) {
      if (Kind(args[i]) == NodeKind::ClosureExpr && defer_closures_.insert(args[i].index).second) mine.push_back(i);
    }
    TypeId r = InferCall(n);
    NodeId callee = cs[0];
    if (Kind(callee) == NodeKind::PathExpr && res_.def_kind[callee.index] == DefKind::Fn) {
      auto it = o_.node_targs.find(callee.index);
      std::vector<TypeId> at;
      for (NodeId a : args) at.push_back(o_.node_ty[a.index].is_valid() ? o_.node_ty[a.index] : ty_.error);
      UnifyFnValueArgs(at, res_.def_index[callee.index], it == o_.node_targs.end() ? std::vector<TypeId>{} : it->second);
    }
    for (size_t i : mine) {
      NodeId a = args[i];
      // Not deferred any more: a std method typed it already (ExpectClosureArg).
      if (!defer_closures_.erase(a.index)) continue;
      if (!closure_params_.count(a.index)) continue;
      if (Kind(callee) == NodeKind::PathExpr && res_.def_kind[callee.index] == DefKind::Fn) {
        uint32_t f = res_.def_index[callee.index];
        TypeId at, ot;
        if (i < o_.fn_params[f].size() && ty_.kind(o_.fn_params[f][i]) == TyKind::Param &&
            FnSigOf(fn_env_[f].assoc_eq, o_.fn_params[f][i], at, ot)) {
          auto it = o_.node_targs.find(callee.index);
          std::vector<TypeId> targs = it == o_.node_targs.end() ? std::vector<TypeId>{} : it->second;
          UnifyClosureSig(a, at, ot, targs);
        }
      } else if (std::any_of(closure_params_[a.index].begin(), closure_params_[a.index].end(),
                             [&](TypeId p) { return ty_.kind(ty_.Resolve(p)) == TyKind::Var; })) {
        // `Box::new(|x| ..)`: the parameters come from where the value goes (a `dyn Fn` it
        // coerces to, or its first call), as for a closure bound to a variable.
        waiting_bodies_.push_back(a.index);
        continue;
      }
      InferClosureBody(a);
    }
    return r;
  }
  // Types the deferred closure arguments `deferred` (indices into args) of a call of f from f's
  // `Fn(..)` bounds (f UINT32_MAX: no callee known), then checks their bodies; empties `deferred`.
  // Closure argument `a` of a callee whose bound is `Fn(at..) -> ot` (with the call's type
  // arguments `targs`): its parameters and return take those types.
  void UnifyClosureSig(NodeId a, TypeId at, TypeId ot, const std::vector<TypeId>& targs) {
    std::vector<TypeId> want = ty_.elems(ty_.Subst(at, targs));
    std::vector<TypeId>& have = closure_params_[a.index];
    if (want.size() == have.size()) {
      for (size_t k = 0; k < want.size(); ++k) ty_.Unify(have[k], want[k]);
      ty_.Unify(closure_ret_[a.index], ty_.Subst(ot, targs));
      return;
    }
    // DIAG: WrongArgCount
    Error(DiagKind::WrongArgCount, a,
          fmt::format("closure is expected to take {} argument{}, but it takes {}", want.size(),
                      want.size() == 1 ? "" : "s", have.size()));
  }
  void FinishClosureArgs(const std::vector<NodeId>& args, std::vector<size_t>& deferred, uint32_t f,
                         const std::vector<TypeId>& targs) {
    for (size_t i : deferred) {
      NodeId a = args[i];
      // Not deferred any more: a std method typed it already (ExpectClosureArg).
      if (!defer_closures_.erase(a.index)) continue;
      if (!closure_params_.count(a.index)) continue;
      TypeId at, ot;
      if (f != UINT32_MAX && i < o_.fn_params[f].size() && ty_.kind(o_.fn_params[f][i]) == TyKind::Param &&
          FnSigOf(fn_env_[f].assoc_eq, o_.fn_params[f][i], at, ot)) {
        UnifyClosureSig(a, at, ot, targs);
      }
      bool untyped = false;
      for (TypeId p : closure_params_[a.index]) untyped |= ty_.kind(ty_.Resolve(p)) == TyKind::Var;
      if (untyped) waiting_bodies_.push_back(a.index);
      else InferClosureBody(a);
    }
    deferred.clear();
  }
  // A call of a value: a closure, or a parameter bounded by `Fn(..)`; invalid for anything else.
  auto CallValue(NodeId n, TypeId ct, const std::vector<NodeId>& args, const std::vector<TypeId>& at) -> TypeId {
    TypeId t = ty_.Resolve(ct);
    while (ty_.kind(t) == TyKind::Ref || (ty_.kind(t) == TyKind::Box && ty_.kind(ty_.Resolve(TypeId(ty_.a(t)))) == TyKind::Dyn))
      t = ty_.Resolve(TypeId(ty_.a(t)));
    std::vector<TypeId> ps;
    TypeId rt;
    if (ty_.kind(t) == TyKind::Closure && closure_params_.count(ty_.a(t))) {
      // A closure made in another (generic) function: its types in that function's parameters.
      std::vector<TypeId> g = ty_.elems(t);
      ps = SubstAll(closure_params_[ty_.a(t)], g);
      rt = g.empty() ? closure_ret_[ty_.a(t)] : ty_.Subst(closure_ret_[ty_.a(t)], g);
    } else if (TypeId a; (ty_.kind(t) == TyKind::Param || ty_.kind(t) == TyKind::Closure) &&
                         FnSigOf(ty_.assoc_env, t, a, rt)) {
      ps = ty_.elems(a);
    } else if (ty_.kind(t) == TyKind::FnPtr) {
      ps = ty_.elems(t);
      rt = ps.back();
      ps.pop_back();
    } else if (ty_.kind(t) == TyKind::Dyn && ty_.b(t) == 2) {  // dyn Fn(A) -> R
      ps = ty_.elems(ty_.Resolve(ty_.elems(t)[0]));
      rt = ty_.elems(t)[1];
    } else {
      return TypeId::Invalid();
    }
    if (ps.size() != args.size()) {
      // DIAG: WrongArgCount
      Error(DiagKind::WrongArgCount, n,
            fmt::format("this function takes {} argument{} but {} argument{} supplied", ps.size(),
                        ps.size() == 1 ? "" : "s", args.size(), args.size() == 1 ? " was" : "s were"));
      return rt;
    }
    for (size_t i = 0; i < args.size(); ++i) Expect(args[i], ps[i], at[i]);
    if (ty_.kind(t) == TyKind::Closure) {
      for (uint32_t& w : waiting_bodies_) {
        if (w != ty_.a(t)) continue;
        w = UINT32_MAX;
        InferClosureBody(NodeId(ty_.a(t)));
      }
    }
    return rt;
  }
};

}  // namespace

auto IsStaticMut(const Tree& tree, const Items& items, uint32_t c) -> bool {
  NodeId item = items.consts[c];
  if (tree.kind[item.index] != NodeKind::StaticItem) return false;
  for (NodeId q : Children(tree, item)) {
    if (tree.kind[q.index] == NodeKind::Qualifier) return true;  // `mut`, the only one a static takes
  }
  return false;
}

auto Check(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
           const Resolution& res, DiagSink& diags, bool all_bodies) -> Typed {
  Typed t;
  Checker(src, tokens, tree, formats, res, diags, t, all_bodies).Run();
  return t;
}

}  // namespace rustg
