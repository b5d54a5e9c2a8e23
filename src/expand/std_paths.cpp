// Paths to methods used as functions (`f64::max`, `ToString::to_string`, `Summary::summarize`,
// `char::is_alphanumeric`), as values (`.fold(x, f64::max)`, `.map(ToString::to_string)`) or called
// (`Summary::summarize(&x)`, `f64::max(a, b)`): each becomes a closure that calls the method on its
// first argument, `(|__rg_a0, __rg_a1| __rg_a0.max(__rg_a1))`, so a call is the closure called in
// place and a value is the closure. The checker then resolves the method call as any other
// (auto-ref/auto-deref on the receiver, which a path call does not need but never contradicts for
// a well-typed call). A primitive's receiver parameter is typed (`__rg_a0: f64`) so an integer or
// float literal argument takes the path's type, as in the path call.
// Static functions of primitives used as values (`.map(char::from_u32)`) become closures calling
// the path; their calls stay paths (check/std_paths_checker.inc).

#include <string>
#include <string_view>
#include <unordered_map>

#include "expand/token_edit.h"
#include "lex/token_kind.h"

namespace rustg {

namespace {

// A method's shape as a path target: whether it takes self, its arity (self included) and, for a
// primitive's method, the receiver parameter's type text ("" when left to inference).
struct PathFn {
  bool has_self = false;
  uint32_t arity = 0;
  std::string recv;
  bool ambiguous = false;
};

auto IsPrimName(std::string_view s) -> bool {
  static const char* kPrims[] = {"i8",  "i16", "i32", "i64",  "i128",  "isize", "u8",   "u16", "u32",
                                 "u64", "u128", "usize", "f32", "f64", "char", "bool", "str"};
  for (const char* p : kPrims) {
    if (s == p) return true;
  }
  return false;
}

// The shape of `prim::name`, or false when the subset does not know it as a path target.
auto PrimFn(std::string_view prim, std::string_view name, PathFn& out) -> bool {
  auto in = [&](std::initializer_list<const char*> names) {
    for (const char* n : names) {
      if (name == n) return true;
    }
    return false;
  };
  std::string recv = prim == "str" ? "&str" : std::string(prim);
  // Static functions (no self): values only, calls stay paths.
  if (in({"from_u32", "from_bits", "from_be_bytes", "from_le_bytes", "from_ne_bytes", "from"})) {
    out = {false, 1, "", false};
    return true;
  }
  if (in({"from_digit", "from_str_radix"})) {
    out = {false, 2, "", false};
    return true;
  }
  if (in({"cmp", "partial_cmp", "eq", "ne", "lt", "le", "gt", "ge"})) {
    out = {true, 2, prim == "str" ? "&&str" : "&" + recv, false};
    return true;
  }
  if (in({"clamp", "mul_add", "replace", "replacen"})) {
    out = {true, name == "replacen" ? 4u : 3u, recv, false};
    return true;
  }
  if (name == "eq_ignore_ascii_case") {
    out = {true, 2, prim == "str" ? recv : "&" + recv, false};
    return true;
  }
  if (in({"max", "min", "pow", "powi", "powf", "atan2", "hypot", "abs_diff", "rem_euclid", "div_euclid",
          "rotate_left", "rotate_right", "copysign", "log", "is_digit", "to_digit", "eq_ignore_ascii_case",
          "contains", "starts_with", "ends_with", "find", "rfind", "split_once", "rsplit_once", "repeat",
          "strip_prefix", "strip_suffix", "trim_matches", "trim_start_matches", "trim_end_matches", "split",
          "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem", "checked_pow",
          "checked_shl", "checked_shr", "saturating_add", "saturating_sub", "saturating_mul", "saturating_pow",
          "wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_div", "wrapping_rem", "wrapping_pow",
          "wrapping_shl", "wrapping_shr", "overflowing_add", "overflowing_sub", "overflowing_mul"})) {
    out = {true, 2, recv, false};
    return true;
  }
  if (in({"sqrt", "abs", "floor", "ceil", "round", "trunc", "fract", "signum", "recip", "exp", "exp2", "ln",
          "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "cbrt",
          "to_degrees", "to_radians", "is_nan", "is_finite", "is_infinite", "is_sign_negative",
          "is_sign_positive", "to_bits", "count_ones", "count_zeros", "leading_zeros", "trailing_zeros",
          "leading_ones", "trailing_ones", "swap_bytes", "reverse_bits", "is_power_of_two", "next_power_of_two",
          "unsigned_abs", "is_positive", "is_negative", "wrapping_neg", "wrapping_abs", "checked_neg",
          "to_be_bytes", "to_le_bytes", "to_ne_bytes", "is_alphabetic", "is_numeric", "is_alphanumeric",
          "is_whitespace", "is_uppercase", "is_lowercase", "is_control", "is_ascii", "is_ascii_digit",
          "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase", "is_ascii_alphanumeric",
          "is_ascii_punctuation", "is_ascii_whitespace", "is_ascii_hexdigit", "is_ascii_graphic",
          "is_ascii_control", "to_ascii_uppercase", "to_ascii_lowercase", "to_uppercase", "to_lowercase",
          "len_utf8", "len", "is_empty", "trim", "trim_start", "trim_end", "chars", "bytes", "lines",
          "split_whitespace", "to_string", "to_owned", "as_bytes", "clone"})) {
    // `&self` methods of char and u8 (the ASCII family) and the trait methods take a reference.
    bool by_ref = name.substr(0, 8) == "is_ascii" ||
                  in({"to_ascii_uppercase", "to_ascii_lowercase", "to_string", "to_owned", "clone"});
    out = {true, 1, by_ref && prim != "str" ? "&" + recv : recv, false};
    return true;
  }
  return false;
}

// The shape of a std trait's method through the trait's path (`ToString::to_string`).
auto StdTraitFn(std::string_view tr, std::string_view name, PathFn& out) -> bool {
  if ((tr == "ToString" && name == "to_string") || (tr == "Clone" && name == "clone") ||
      (tr == "ToOwned" && name == "to_owned")) {
    out = {true, 1, "", false};
    return true;
  }
  return false;
}

// A std type's associated function used as a value (`.map(String::from)`,
// `.or_insert_with(Vec::new)`): its arity; calls stay paths.
auto StdStaticFn(std::string_view owner, std::string_view name, PathFn& out) -> bool {
  bool coll = owner == "Vec" || owner == "String" || owner == "HashMap" || owner == "HashSet" ||
              owner == "BTreeMap" || owner == "BTreeSet" || owner == "VecDeque" || owner == "BinaryHeap";
  if (coll && name == "new") {
    out = {false, 0, "", false};
    return true;
  }
  if ((owner == "String" && name == "from") || (coll && name == "with_capacity") || (owner == "Box" && name == "new") ||
      (owner == "Box" && name == "from") || (owner == "Rc" && (name == "new" || name == "from" || name == "clone"))) {
    out = {false, 1, "", false};
    return true;
  }
  // `.map(String::len)`: String's and Vec's `&self` methods through the type's path.
  if ((owner == "String" || owner == "Vec") &&
      (name == "len" || name == "is_empty" || name == "capacity" ||
       (owner == "String" && (name == "as_str" || name == "to_uppercase" || name == "to_lowercase" ||
                              name == "trim" || name == "into_bytes")))) {
    out = {true, 1, "", false};
    return true;
  }
  return false;
}

}  // namespace

auto StdPathEdits(const SourceBuffer& src, const TokenBuffer& tokens, const TokenNav& nav, EditSet& set) -> bool {
  // e: file 0's Eof (TokenNav::Next stops there, so every scan ends at it).
  uint32_t b = tokens.file_begin(FileId(0)).index, e = tokens.file_end(FileId(0)).index - 1;
  auto kind = [&](uint32_t t) { return tokens.kind[t]; };
  auto text = [&](uint32_t t) { return tokens.text(src, TokenId(t)); };
  // Owners of the crate's own methods: trait declarations and impl blocks (`impl X`, `impl T for X`).
  std::unordered_map<std::string, std::unordered_map<std::string, PathFn>> user;
  for (uint32_t t = b; t < e; ++t) {
    if (kind(t) != TokenKind::KwTrait && kind(t) != TokenKind::KwImpl) continue;
    bool is_trait = kind(t) == TokenKind::KwTrait;
    std::string owner;
    uint32_t u = nav.Next(t);
    int angle = 0;
    // The header up to the body's `{`: generics are skipped by angle depth; the owner is the first
    // identifier after `trait`, after `for`, or (an inherent impl) after the generics.
    for (; u < e && kind(u) != TokenKind::LBrace && kind(u) != TokenKind::Semi; u = nav.Next(u)) {
      TokenKind k = kind(u);
      if (k == TokenKind::Lt) ++angle;
      if (k == TokenKind::Gt) --angle;
      if (k == TokenKind::Shr) angle -= 2;
      if (k == TokenKind::KwWhere) {
        for (; u < e && kind(u) != TokenKind::LBrace; u = nav.Next(u)) {
        }
        break;
      }
      if (angle > 0) continue;
      if (k == TokenKind::KwFor && !is_trait) owner.clear();
      if (k == TokenKind::Ident && owner.empty()) owner = std::string(text(u));
      if (k == TokenKind::LParen || k == TokenKind::LBracket) u = nav.partner[u];
    }
    if (u >= e || kind(u) != TokenKind::LBrace || owner.empty()) continue;
    uint32_t close = nav.partner[u];
    for (uint32_t v = nav.Next(u); v < close; v = nav.Next(v)) {
      if (kind(v) == TokenKind::LBrace || kind(v) == TokenKind::LParen || kind(v) == TokenKind::LBracket) {
        v = nav.partner[v];
        continue;
      }
      if (kind(v) != TokenKind::KwFn) continue;
      uint32_t name = nav.Next(v);
      if (kind(name) != TokenKind::Ident) continue;
      uint32_t p = nav.Next(name);
      if (kind(p) == TokenKind::Lt) {
        int d = 0;
        for (; p < close; p = nav.Next(p)) {
          if (kind(p) == TokenKind::Lt) ++d;
          if (kind(p) == TokenKind::Gt) --d;
          if (kind(p) == TokenKind::Shr) d -= 2;
          if (d <= 0) break;
        }
        p = nav.Next(p);
      }
      if (kind(p) != TokenKind::LParen) continue;
      uint32_t pc = nav.partner[p];
      PathFn f;
      bool any = false, trailing = false;
      int d = 0;
      for (uint32_t q = nav.Next(p); q < pc; q = nav.Next(q)) {
        TokenKind k = kind(q);
        any = true;
        trailing = false;
        if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) {
          q = nav.partner[q];
          continue;
        }
        if (k == TokenKind::Lt) ++d;
        if (k == TokenKind::Gt) --d;
        if (k == TokenKind::Shr) d -= 2;
        if (k == TokenKind::Comma && d <= 0) {
          ++f.arity;
          trailing = true;
        }
        // `&self`, `&mut self`, `&'a self`, `mut self`: self after its qualifiers.
        if (f.arity == 0 && k == TokenKind::KwSelfValue) f.has_self = true;
      }
      if (any && !trailing) ++f.arity;
      std::string fname(text(name));
      auto& fns = user[owner];
      auto it = fns.find(fname);
      if (it == fns.end()) fns.emplace(fname, f);
      else if (it->second.has_self != f.has_self || it->second.arity != f.arity) it->second.ambiguous = true;
      v = pc;
    }
  }
  bool changed = false;
  uint32_t prev = UINT32_MAX;
  for (uint32_t t = b; t < e; prev = t, t = nav.Next(t)) {
    if (kind(t) != TokenKind::Ident) continue;
    if (prev != UINT32_MAX && (kind(prev) == TokenKind::PathSep || kind(prev) == TokenKind::Dot ||
                               kind(prev) == TokenKind::KwFn || kind(prev) == TokenKind::Dollar))
      continue;
    uint32_t sep = nav.Next(t);
    if (kind(sep) != TokenKind::PathSep) continue;
    uint32_t name = nav.Next(sep);
    if (kind(name) != TokenKind::Ident) continue;
    uint32_t after = nav.Next(name);
    TokenKind ak = kind(after);
    if (ak == TokenKind::PathSep || ak == TokenKind::Not || ak == TokenKind::LBrace || ak == TokenKind::Lt) continue;
    std::string_view owner = text(t), fname = text(name);
    PathFn f;
    bool found = false;
    if (IsPrimName(owner)) {
      found = PrimFn(owner, fname, f);
    } else if (auto it = user.find(std::string(owner)); it != user.end()) {
      auto jt = it->second.find(std::string(fname));
      found = jt != it->second.end() && jt->second.has_self && !jt->second.ambiguous;
      if (found) f = jt->second;
    } else {
      found = StdTraitFn(owner, fname, f) || StdStaticFn(owner, fname, f);
    }
    if (!found || (f.arity == 0 && f.has_self)) continue;
    bool call = ak == TokenKind::LParen;
    if (!f.has_self && call) continue;  // a static function's call stays a path
    Edit ed{t, name + 1, {}};
    auto arg = [&](uint32_t i) { return "__rg_a" + std::to_string(i); };
    // A value in argument or initializer position stays a bare closure expression, so the callee's
    // bounds type its parameters (a parenthesized closure argument is not deferred for them).
    TokenKind pk = prev == UINT32_MAX ? TokenKind::Eof : kind(prev);
    bool bare = !call && (pk == TokenKind::LParen || pk == TokenKind::Comma || pk == TokenKind::Eq) &&
                (ak == TokenKind::RParen || ak == TokenKind::Comma || ak == TokenKind::Semi);
    if (!bare) ed.with.push_back(set.Synth(TokenKind::LParen, "("));
    // No parameters (`Vec::new` as a value): `|| Vec::new()`.
    ed.with.push_back(f.arity == 0 ? set.Synth(TokenKind::OrOr, "||") : set.Synth(TokenKind::Or, "|"));
    for (uint32_t i = 0; i < f.arity; ++i) {
      if (i) ed.with.push_back(set.Synth(TokenKind::Comma, ","));
      ed.with.push_back(set.Synth(TokenKind::Ident, arg(i)));
      if (i == 0 && f.has_self && !f.recv.empty()) {
        ed.with.push_back(set.Synth(TokenKind::Colon, ":"));
        std::string_view r = f.recv;
        for (; !r.empty() && r[0] == '&'; r.remove_prefix(1)) ed.with.push_back(set.Synth(TokenKind::And, "&"));
        ed.with.push_back(set.Synth(TokenKind::Ident, r));
      }
    }
    if (f.arity != 0) ed.with.push_back(set.Synth(TokenKind::Or, "|"));
    uint32_t first_arg = 0;
    if (f.has_self) {
      ed.with.push_back(set.Synth(TokenKind::Ident, arg(0)));
      ed.with.push_back(set.Synth(TokenKind::Dot, "."));
      ed.with.push_back(set.Tok(name));
      first_arg = 1;
    } else {
      ed.with.push_back(set.Tok(t));
      ed.with.push_back(set.Tok(sep));
      ed.with.push_back(set.Tok(name));
    }
    ed.with.push_back(set.Synth(TokenKind::LParen, "("));
    for (uint32_t i = first_arg; i < f.arity; ++i) {
      if (i > first_arg) ed.with.push_back(set.Synth(TokenKind::Comma, ","));
      ed.with.push_back(set.Synth(TokenKind::Ident, arg(i)));
    }
    ed.with.push_back(set.Synth(TokenKind::RParen, ")"));
    if (!bare) ed.with.push_back(set.Synth(TokenKind::RParen, ")"));
    set.edits.push_back(std::move(ed));
    changed = true;
  }
  return changed;
}

}  // namespace rustg
