// Lints over declarations, patterns, names and literals, plus the table of every check.
#include <fmt/format.h>

#include "lint/lint_util.h"

namespace rustg::lint {

using K = NodeKind;
constexpr uint32_t kNone = TreeView::kNone;

void Check_redundant_static_lifetimes(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::StaticItem && v.kind(n) != K::ConstItem) return;
  uint32_t p = v.parent(n);
  // Associated consts in traits and impls are not covered by the lint.
  if (p != kNone && v.kind(p) == K::ItemList) {
    uint32_t owner = v.parent(p);
    if (owner != kNone && (v.kind(owner) == K::ImplItem || v.kind(owner) == K::TraitItem)) return;
  }
  // The declared type, walked as clippy does: through references, arrays, slices and tuples; a
  // `&'static` is reported when it refers to a path, slice, array or tuple (not to a trait object,
  // a function pointer or another reference, where the lifetime is not redundant).
  std::vector<uint32_t> work;
  for (uint32_t c : v.non_attr_children(n)) {
    K k = v.kind(c);
    if (k == K::RefType || k == K::ArrayType || k == K::SliceType || k == K::TupleType) {
      work.push_back(c);
      break;
    }
  }
  while (!work.empty()) {
    uint32_t ty = work.back();
    work.pop_back();
    if (v.kind(ty) == K::ArrayType || v.kind(ty) == K::SliceType || v.kind(ty) == K::TupleType) {
      std::vector<uint32_t> cs = v.children(ty);
      for (auto it = cs.rbegin(); it != cs.rend(); ++it) work.push_back(*it);
      continue;
    }
    if (v.kind(ty) != K::RefType) continue;
    std::vector<uint32_t> tc = v.children(ty);
    uint32_t inner = tc.empty() ? kNone : tc.back();
    uint32_t lt = v.child_of_kind(ty, K::Lifetime);
    if (inner == kNone || inner == lt) continue;  // no referent type (a parse error)
    work.push_back(inner);
    K ik = v.kind(inner);
    if (lt == kNone || v.tok_text(v.token(lt)) != "'static") continue;
    if (ik != K::PathType && ik != K::SliceType && ik != K::ArrayType && ik != K::TupleType) continue;
    Finding& f = Add(out, LintId::redundant_static_lifetimes, n, v.lo(lt), v.hi(lt),
                     v.kind(n) == K::StaticItem ? "statics have by default a `'static` lifetime"
                                                : "constants have by default a `'static` lifetime");
    std::string mut = v.child_of_kind(ty, K::Qualifier) != kNone ? "mut " : "";
    f.suggestions.push_back(Sugg("consider removing `'static`", v.lo(ty), v.hi(ty), "&" + mut + Str(v, inner)));
  }
}

// `let ref x = e;` (clippy's toplevel_ref_arg on let statements): suggests `let x = &e;`.
void CheckTopLevelRefLet(const TreeView& v, uint32_t n, Out& out) {
  std::vector<uint32_t> c = v.non_attr_children(n);
  if (c.size() < 2 || c.size() > 3 || v.kind(c[0]) != K::IdentPat) return;
  uint32_t pat = c[0];
  bool is_ref = false, is_mut = false;
  for (uint32_t q : v.children(pat)) {
    if (v.kind(q) == K::Qualifier) {
      is_ref = is_ref || v.tok_kind(v.token(q)) == TokenKind::KwRef;
      is_mut = is_mut || v.tok_kind(v.token(q)) == TokenKind::KwMut;
    } else if (v.kind(q) != K::Name) {
      return;  // `ref x @ pat`
    }
  }
  if (!is_ref) return;
  auto is_type = [&](uint32_t t) {
    switch (v.kind(t)) {
      case K::PathType: case K::RefType: case K::PtrType: case K::TupleType: case K::ArrayType: case K::SliceType:
      case K::FnPtrType: case K::NeverType: case K::InferType: case K::ImplTraitType: case K::DynTraitType:
      case K::ParenType: case K::MacroType:
        return true;
      default:
        return false;
    }
  };
  uint32_t ty = c.size() == 3 ? c[1] : kNone;
  uint32_t init = c.back();
  if ((ty != kNone && !is_type(ty)) || is_type(init) || v.kind(init) == K::LetElse) return;
  if (v.has_comment(v.lo(n), v.hi(n))) return;
  std::string amp = is_mut ? "&mut " : "&";
  std::string repl = fmt::format("let {}{} = {}{};", NameText(v, pat), ty != kNone ? ": " + amp + Str(v, ty) : "", amp,
                                 SuggOperand(v, init, 13));
  Finding& f = AddNode(out, LintId::toplevel_ref_arg, v, pat,
                       "`ref` on an entire `let` pattern is discouraged, take a reference with `&` instead");
  f.suggestions.push_back(Sugg("try", v.lo(n), v.hi(n), repl));
}

void Check_toplevel_ref_arg(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) == K::LetStmt) {
    CheckTopLevelRefLet(v, n, out);
    return;
  }
  if (v.kind(n) != K::Param) return;
  uint32_t fn = v.parent(v.parent(n));
  if (fn == kNone || v.kind(fn) != K::FnItem) return;
  uint32_t pat = v.non_attr_children(n).empty() ? kNone : v.non_attr_children(n)[0];
  if (pat == kNone || v.kind(pat) != K::IdentPat) return;
  uint32_t q = v.child_of_kind(pat, K::Qualifier);
  if (q == kNone || v.tok_kind(v.token(q)) != TokenKind::KwRef) return;
  AddNode(out, LintId::toplevel_ref_arg, v, pat,
          "`ref` directly on a function parameter does not prevent taking ownership of the passed argument. "
          "Consider using a reference type instead");
}

void Check_redundant_pattern(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IdentPat) return;
  std::vector<uint32_t> c = v.children(n);
  if (c.empty() || v.kind(c.back()) != K::WildcardPat) return;
  std::string binding = std::string(v.slice(v.lo(n), v.hi(c[c.size() - 2])));
  Finding& f = AddNode(out, LintId::redundant_pattern, v, n,
                       fmt::format("the `{} @ _` pattern can be written as just `{}`", NameText(v, n), NameText(v, n)));
  f.suggestions.push_back(Sugg("try", v.lo(n), v.hi(n), binding));
}

void Check_just_underscores_and_digits(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::IdentPat) return;
  std::string_view name = NameText(v, n);
  if (name.size() < 2 || name[0] != '_') return;
  for (char ch : name) {
    if (ch != '_' && !(ch >= '0' && ch <= '9')) return;
  }
  uint32_t nm = v.child_of_kind(n, K::Name);
  AddNode(out, LintId::just_underscores_and_digits, v, nm, "consider choosing a more descriptive name").node = n;
}

void Check_duplicate_underscore_argument(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::ParamList) return;
  uint32_t fn = v.parent(n);
  if (fn == kNone || v.kind(fn) != K::FnItem) return;
  std::vector<std::pair<std::string_view, uint32_t>> names;
  for (uint32_t p : v.children(n)) {
    if (v.kind(p) != K::Param) continue;
    std::vector<uint32_t> pc = v.non_attr_children(p);
    if (pc.empty() || v.kind(pc[0]) != K::IdentPat) continue;
    names.emplace_back(NameText(v, pc[0]), pc[0]);
  }
  for (auto [name, pat] : names) {
    if (name.size() < 2 || name[0] != '_') continue;
    for (auto [other, other_pat] : names) {
      if (other == name.substr(1)) {
        AddNode(out, LintId::duplicate_underscore_argument, v, v.child_of_kind(other_pat, K::Name),
                fmt::format("`{}` already exists, having another argument having almost the same name makes code "
                            "comprehension and documentation more difficult",
                            other));
      }
    }
  }
}

void Check_too_many_arguments(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::FnItem) return;
  uint32_t pl = v.child_of_kind(n, K::ParamList);
  if (pl == kNone) return;
  // Trait implementations cannot change their signature.
  uint32_t list = v.parent(n);
  if (list != kNone && v.kind(list) == K::ItemList) {
    uint32_t owner = v.parent(list);
    if (owner != kNone && v.kind(owner) == K::ImplItem && SubtreeHas(v, owner, K::PathType)) {
      std::vector<uint32_t> oc = v.non_attr_children(owner);
      for (uint32_t c : oc) {
        if (v.kind(c) == K::PathType && v.tok_kind(v.next_token(v.last_token(c))) == TokenKind::KwFor) return;
      }
    }
    if (owner != kNone && v.kind(owner) == K::ExternBlock) return;
  }
  uint32_t count = v.child_count(pl);
  if (count <= 7) return;
  uint32_t body = v.child_of_kind(n, K::BlockExpr);
  uint32_t hi = body != kNone ? v.tok_lo(v.prev_token(v.token(body))) : v.hi(n);
  TokenId last_sig = body != kNone ? v.prev_token(v.token(body)) : v.last_token(n);
  hi = v.tok_hi(last_sig);
  uint32_t lo = v.lo(n);
  for (uint32_t c : v.children(n)) {
    if (v.kind(c) != K::OuterAttr) {
      lo = v.lo(c) < v.tok_lo(v.token(n)) ? v.lo(c) : v.tok_lo(v.token(n));
      break;
    }
  }
  Add(out, LintId::too_many_arguments, n, lo, hi, fmt::format("this function has too many arguments ({}/7)", count));
}

void Check_wildcard_in_or_patterns(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::OrPat) return;
  uint32_t arm = v.parent(n);
  if (arm == kNone || v.kind(arm) != K::MatchArm) return;
  for (uint32_t c : v.children(n)) {
    if (v.kind(c) == K::WildcardPat) {
      Finding& f = AddNode(out, LintId::wildcard_in_or_patterns, v, n,
                           "wildcard pattern covers any other pattern as it will match anyway");
      f.helps.push_back("consider handling `_` separately");
      return;
    }
  }
}

void Check_unneeded_field_pattern(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::StructPat) return;
  std::vector<uint32_t> fields;
  uint32_t wild = 0;
  bool rest = false;
  for (uint32_t c : v.children(n)) {
    if (v.kind(c) == K::RestPat) rest = true;
    if (v.kind(c) != K::StructPatField) continue;
    fields.push_back(c);
    uint32_t last = v.last_child(c);
    if (v.token_kind(c) == TokenKind::Colon && last != kNone && v.kind(last) == K::WildcardPat) ++wild;
  }
  if (wild == 0) return;
  if (wild == fields.size() && !rest) {
    Finding& f = AddNode(out, LintId::unneeded_field_pattern, v, n,
                         "all the struct fields are matched to a wildcard pattern, consider using `..`");
    f.helps.push_back(fmt::format("try with `{} {{ .. }}` instead", v.text(v.child_of_kind(n, K::Path))));
    return;
  }
  for (uint32_t c : fields) {
    uint32_t last = v.last_child(c);
    if (v.token_kind(c) != TokenKind::Colon || last == kNone || v.kind(last) != K::WildcardPat) continue;
    Finding& f = AddNode(out, LintId::unneeded_field_pattern, v, c,
                         "you matched a field with a wildcard pattern, consider using `..` instead");
    std::string kept;
    for (uint32_t o : fields) {
      uint32_t ol = v.last_child(o);
      if (v.token_kind(o) == TokenKind::Colon && ol != kNone && v.kind(ol) == K::WildcardPat) continue;
      kept += Str(v, o) + ", ";
    }
    f.helps.push_back(fmt::format("try with `{} {{ {}.. }}` instead", v.text(v.child_of_kind(n, K::Path)), kept));
  }
}

void Check_inline_always(const TreeView& v, uint32_t n, Out& out) {
  if (v.kind(n) != K::OuterAttr) return;
  uint32_t fn = v.parent(n);
  if (fn == kNone || v.kind(fn) != K::FnItem) return;
  uint32_t path = v.child_of_kind(n, K::Path);
  uint32_t tt = v.child_of_kind(n, K::TokenTree);
  if (path == kNone || tt == kNone || v.text(path) != "inline") return;
  std::vector<TokenId> toks;
  TokenId open = v.token(tt);
  for (TokenId t = v.next_token(open); t.index < v.partner(open).index; t = v.next_token(t)) toks.push_back(t);
  if (toks.size() != 1 || v.tok_text(toks[0]) != "always") return;
  // clippy ignores functions whose body is empty.
  uint32_t body = v.child_of_kind(fn, K::BlockExpr);
  if (body == kNone || BlockStmts(v, body).empty()) return;
  AddNode(out, LintId::inline_always, v, n,
          fmt::format("you have declared `#[inline(always)]` on `{}`. This is usually a bad idea", NameText(v, fn)))
      .node = fn;
}

// --- literals ---

namespace {

// A numeric literal split into clippy's parts: prefix ("0x"), integer digits, fraction, exponent
// and suffix, as written (underscores kept).
struct NumLit {
  std::string_view prefix, integer, fraction, exponent, suffix;
  bool is_float = false;
};
auto SplitNum(std::string_view t, bool is_float) -> NumLit {
  NumLit n;
  n.is_float = is_float;
  size_t i = 0;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
    n.prefix = t.substr(0, 2);
    i = 2;
  }
  bool hex = n.prefix == "0x";
  auto digit = [&](char c) {
    return (c >= '0' && c <= '9') || c == '_' || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
  };
  size_t b = i;
  while (i < t.size() && digit(t[i]) && !(is_float && !hex && (t[i] == 'e' || t[i] == 'E'))) ++i;
  n.integer = t.substr(b, i - b);
  if (i < t.size() && t[i] == '.') {
    size_t fb = ++i;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '_')) ++i;
    n.fraction = t.substr(fb, i - fb);
  }
  if (!hex && i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    size_t eb = i++;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '_')) ++i;
    n.exponent = t.substr(eb, i - eb);
    // An underscore before the suffix separates it; it is not part of the exponent.
    while (n.exponent.size() > 1 && n.exponent.back() == '_') {
      n.exponent.remove_suffix(1);
      --i;
    }
  }
  n.suffix = t.substr(i);
  return n;
}
auto Digits(std::string_view s) -> std::string {
  std::string d;
  for (char c : s) {
    if (c != '_') d += c;
  }
  return d;
}
// Groups digits from the right (integer part) or left (fraction) by `size`.
auto Group(std::string_view digits, size_t size, bool from_right) -> std::string {
  std::string out;
  if (from_right) {
    size_t first = digits.size() % size == 0 ? size : digits.size() % size;
    out += digits.substr(0, first);
    for (size_t i = first; i < digits.size(); i += size) {
      out += '_';
      out += digits.substr(i, size);
    }
  } else {
    for (size_t i = 0; i < digits.size(); i += size) {
      if (i > 0) out += '_';
      out += digits.substr(i, size);
    }
  }
  return out;
}
// clippy's formatting of a literal with separators: groups of 3 decimal digits (4 hex/binary),
// the suffix separated by `_`.
auto Formatted(const NumLit& n, std::string_view original_suffix_sep) -> std::string {
  size_t size = n.prefix.empty() || n.prefix == "0o" ? 3 : 4;
  std::string out(n.prefix);
  std::string integer = Digits(n.integer);
  if (n.prefix.empty() && integer.size() <= 4 && !n.is_float) {
    out += integer;
  } else if (n.prefix.empty() && integer.size() <= 4) {
    out += integer;
  } else {
    // clippy pads hexadecimal digits to whole groups of four (`0x0DEA_DBEE`).
    if (n.prefix == "0x" && integer.size() % 4 != 0) integer.insert(0, 4 - integer.size() % 4, '0');
    out += Group(integer, size, true);
  }
  if (n.is_float && (!n.fraction.empty() || n.integer.size() + 1 <= n.integer.size())) {
  }
  if (!n.fraction.empty() || n.is_float) {
    std::string frac = Digits(n.fraction);
    if (!n.fraction.empty() || n.is_float) {
      if (!n.fraction.empty() || n.exponent.empty()) {
        out += '.';
        out += frac.size() > 4 ? Group(frac, 3, false) : frac;
      }
    }
  }
  out += n.exponent;
  std::string_view suffix = n.suffix;
  while (!suffix.empty() && suffix.front() == '_') suffix.remove_prefix(1);
  if (!suffix.empty()) {
    out += original_suffix_sep;
    out += suffix;
  }
  return out;
}
// The sizes of the underscore-separated groups of `s`.
auto GroupSizes(std::string_view s) -> std::vector<size_t> {
  std::vector<size_t> sizes;
  size_t cur = 0;
  for (char c : s) {
    if (c == '_') {
      sizes.push_back(cur);
      cur = 0;
    } else {
      ++cur;
    }
  }
  sizes.push_back(cur);
  return sizes;
}

}  // namespace

namespace {

void mixed_case_hex_literals_core(const TreeView& v, uint32_t n, TokenId tok, Out& out) {
  if (v.tok_kind(tok) != TokenKind::IntLit) return;
  std::string_view t = v.tok_text(tok);
  NumLit lit = SplitNum(t, false);
  if (lit.prefix != "0x") return;
  bool lower = false, upper = false;
  for (char c : lit.integer) {
    lower |= c >= 'a' && c <= 'f';
    upper |= c >= 'A' && c <= 'F';
  }
  if (!lower || !upper) return;
  std::string lo_s(t), up_s(t);
  for (size_t i = 2; i < 2 + lit.integer.size(); ++i) {
    lo_s[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(t[i])));
    up_s[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[i])));
  }
  Finding& f = Add(out, LintId::mixed_case_hex_literals, n, v.tok_lo(tok), v.tok_hi(tok), "inconsistent casing in hexadecimal literal");
  f.helps.push_back(fmt::format("consider using `{}` or `{}`", lo_s, up_s));
}

void zero_prefixed_literal_core(const TreeView& v, uint32_t n, TokenId tok, Out& out) {
  if (v.tok_kind(tok) != TokenKind::IntLit) return;
  std::string_view t = v.tok_text(tok);
  NumLit lit = SplitNum(t, false);
  if (!lit.prefix.empty() || lit.integer.size() < 2 || lit.integer[0] != '0') return;
  std::string digits = Digits(lit.integer);
  size_t nz = digits.find_first_not_of('0');
  if (nz == std::string::npos) return;
  bool octal_ok = digits.find_first_of("89") == std::string::npos;
  size_t zeros = t.find_first_not_of("0_");
  Finding& f = Add(out, LintId::zero_prefixed_literal, n, v.tok_lo(tok), v.tok_hi(tok), "this is a decimal constant");
  f.suggestions.push_back(Sugg("if you mean to use a decimal constant, remove the `0` to avoid confusion", v.tok_lo(tok),
                               v.tok_lo(tok) + static_cast<uint32_t>(zeros), "", false));
  f.suggestions.back().force_block = true;
  if (octal_ok) {
    f.suggestions.push_back(Sugg("if you mean to use an octal constant, use `0o`", v.tok_lo(tok) + 1, v.tok_lo(tok) + 1, "o", false));
    if (zeros > 1) f.suggestions.back() = Sugg("if you mean to use an octal constant, use `0o`", v.tok_lo(tok), v.tok_hi(tok), "0o" + std::string(t.substr(zeros)), false);
    f.suggestions.back().force_block = true;
  }
}

void inconsistent_digit_grouping_core(const TreeView& v, uint32_t n, TokenId tok, Out& out) {
  TokenKind tk = v.tok_kind(tok);
  if (tk != TokenKind::IntLit && tk != TokenKind::FloatLit) return;
  std::string_view t = v.tok_text(tok);
  NumLit lit = SplitNum(t, tk == TokenKind::FloatLit);
  if (!lit.prefix.empty() || lit.integer.find('_') == std::string_view::npos) return;
  std::string_view integer = lit.integer;
  while (!integer.empty() && integer.back() == '_') integer.remove_suffix(1);
  std::vector<size_t> sizes = GroupSizes(integer);
  if (sizes.size() < 2) return;
  size_t g = sizes.back();
  bool consistent = sizes.front() <= g && sizes.front() > 0;
  for (size_t i = 1; i < sizes.size(); ++i) consistent &= sizes[i] == g;
  if (consistent) return;
  // clippy's large_digit_groups / unusual_byte_groupings cover uniform oversize groups.
  std::string_view sep = lit.suffix.empty() || t[t.size() - lit.suffix.size() - 1] != '_' ? "" : "_";
  NumLit norm = lit;
  norm.integer = integer;
  if (!sep.empty()) norm.suffix = lit.suffix;
  std::string repl = Formatted(norm, "_");
  Finding& f = Add(out, LintId::inconsistent_digit_grouping, n, v.tok_lo(tok), v.tok_hi(tok), "digits grouped inconsistently by underscores");
  f.suggestions.push_back(Sugg("consider", v.tok_lo(tok), v.tok_hi(tok), repl));
}

void unreadable_literal_core(const TreeView& v, uint32_t n, TokenId tok, Out& out) {
  TokenKind tk = v.tok_kind(tok);
  if (tk != TokenKind::IntLit && tk != TokenKind::FloatLit) return;
  std::string_view t = v.tok_text(tok);
  NumLit lit = SplitNum(t, tk == TokenKind::FloatLit);
  // Separators anywhere in the digits mean the author grouped them (another lint's business);
  // an underscore before the suffix does not count.
  std::string_view digits = t.substr(0, t.size() - lit.suffix.size());
  while (!digits.empty() && digits.back() == '_') digits.remove_suffix(1);
  if (digits.find('_') != std::string_view::npos) return;
  if (lit.prefix == "0o") return;
  // (An underscore before the suffix, `10000_usize`, is not a digit.)
  std::string_view integer = lit.integer;
  while (!integer.empty() && integer.back() == '_') integer.remove_suffix(1);
  std::string_view fraction = lit.fraction;
  while (!fraction.empty() && fraction.back() == '_') fraction.remove_suffix(1);
  if (integer.size() <= 5 && fraction.size() <= 5) return;
  if (!lit.prefix.empty() && !lit.fraction.empty()) return;
  Finding& f = Add(out, LintId::unreadable_literal, n, v.tok_lo(tok), v.tok_hi(tok), "long literal lacking separators");
  f.suggestions.push_back(Sugg("consider", v.tok_lo(tok), v.tok_hi(tok), Formatted(lit, "_")));
}

}  // namespace

// Numeric literal tokens a literal lint looks at from node n: the literal itself, or the literals
// passed to a macro call (clippy sees them after expansion, with the user's spans).
template <class Fn>
void ForEachNumLit(const TreeView& v, uint32_t n, Fn&& fn) {
  if (v.kind(n) == K::Literal) {
    TokenKind k = v.token_kind(n);
    if (k == TokenKind::IntLit || k == TokenKind::FloatLit) fn(v.token(n));
    return;
  }
  if (v.kind(n) != K::TokenTree) return;
  uint32_t p = v.parent(n);
  if (p == kNone || v.kind(p) != K::MacroCall) return;
  TokenId open = v.token(n);
  for (TokenId t = v.next_token(open); t.index < v.partner(open).index; t = v.next_token(t)) {
    TokenKind k = v.tok_kind(t);
    if (k == TokenKind::IntLit || k == TokenKind::FloatLit) fn(t);
  }
}

void Check_mixed_case_hex_literals(const TreeView& v, uint32_t n, Out& out) {
  ForEachNumLit(v, n, [&](TokenId tok) { mixed_case_hex_literals_core(v, n, tok, out); });
}

void Check_zero_prefixed_literal(const TreeView& v, uint32_t n, Out& out) {
  ForEachNumLit(v, n, [&](TokenId tok) { zero_prefixed_literal_core(v, n, tok, out); });
}

void Check_inconsistent_digit_grouping(const TreeView& v, uint32_t n, Out& out) {
  ForEachNumLit(v, n, [&](TokenId tok) { inconsistent_digit_grouping_core(v, n, tok, out); });
}

void Check_unreadable_literal(const TreeView& v, uint32_t n, Out& out) {
  ForEachNumLit(v, n, [&](TokenId tok) { unreadable_literal_core(v, n, tok, out); });
}

// --- naming (rustc's nonstandard_style) ---

namespace {

auto ToSnake(std::string_view s) -> std::string {
  std::string out;
  size_t lead = 0;
  while (lead < s.size() && s[lead] == '_') ++lead;
  out.append(lead, '_');
  bool prev_lower = false;
  for (size_t i = lead; i < s.size(); ++i) {
    char c = s[i];
    bool up = c >= 'A' && c <= 'Z';
    if (up) {
      bool next_lower = i + 1 < s.size() && s[i + 1] >= 'a' && s[i + 1] <= 'z';
      if (!out.empty() && out.back() != '_' && (prev_lower || (next_lower && i > lead && s[i - 1] >= 'A' && s[i - 1] <= 'Z'))) {
        out += '_';
      }
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
    prev_lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
  return out;
}
auto ToCamel(std::string_view s) -> std::string {
  std::string out;
  bool up = true;
  for (char c : s) {
    if (c == '_') {
      up = true;
      continue;
    }
    if (up && c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else {
      out += c;
    }
    up = false;
  }
  return out;
}
auto ToUpper(std::string_view s) -> std::string {
  std::string snake = ToSnake(s);
  for (char& c : snake) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return snake;
}
auto IsAscii(std::string_view s) -> bool {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}
auto IsSnake(std::string_view s) -> bool {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return s.find("__") == std::string_view::npos || s.find_first_not_of('_') == std::string_view::npos ||
         s.substr(s.find_first_not_of('_')).find("__") == std::string_view::npos;
}
auto IsCamel(std::string_view s) -> bool {
  size_t b = s.find_first_not_of('_');
  if (b == std::string_view::npos) return true;
  std::string_view t = s.substr(b, s.find_last_not_of('_') - b + 1);
  if (t[0] >= 'a' && t[0] <= 'z') return false;
  if (t.find("__") != std::string_view::npos) return false;
  // An underscore between two letters or digits breaks the camel case.
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] == '_' && !(t[i - 1] >= '0' && t[i - 1] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '9')) return false;
  }
  return true;
}
auto IsUpper(std::string_view s) -> bool {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}
// The trait-impl check: items of `impl Trait for T` keep the trait's names.
auto InTraitImpl(const TreeView& v, uint32_t item) -> bool {
  uint32_t list = v.parent(item);
  if (list == kNone || v.kind(list) != K::ItemList) return false;
  uint32_t owner = v.parent(list);
  if (owner == kNone || v.kind(owner) != K::ImplItem) return false;
  for (uint32_t c : v.non_attr_children(owner)) {
    if (v.tok_kind(v.next_token(v.last_token(c))) == TokenKind::KwFor) return true;
  }
  return false;
}
auto InExtern(const TreeView& v, uint32_t item) -> bool {
  uint32_t list = v.parent(item);
  return list != kNone && v.kind(list) == K::ItemList && v.parent(list) != kNone && v.kind(v.parent(list)) == K::ExternBlock;
}
auto HasNoMangle(const TreeView& v, uint32_t item) -> bool {
  for (uint32_t c : v.children(item)) {
    if (v.kind(c) != K::OuterAttr) continue;
    uint32_t p = v.child_of_kind(c, K::Path);
    if (p != kNone && (v.text(p) == "no_mangle" || v.text(p) == "export_name")) return true;
  }
  return false;
}
void NameLint(const TreeView& v, uint32_t owner, uint32_t name, LintId id, std::string_view what, std::string fixed,
              std::string_view how, Out& out) {
  Finding& f = AddNode(out, id, v, name, fmt::format("{} `{}` should have {} name", what, v.text(name), how));
  f.node = owner;
  std::string_view conv = id == LintId::non_snake_case ? "snake case" : id == LintId::non_camel_case_types ? "upper camel case" : "upper case";
  f.suggestions.push_back(Sugg(fmt::format("convert the identifier to {}", conv), v.lo(name), v.hi(name), fixed, false));
}

}  // namespace

void Check_non_snake_case(const TreeView& v, uint32_t n, Out& out) {
  K k = v.kind(n);
  std::string_view what;
  if (k == K::FnItem) {
    if (InTraitImpl(v, n) || InExtern(v, n) || HasNoMangle(v, n)) return;
    uint32_t list = v.parent(n);
    what = list != kNone && v.kind(list) == K::ItemList && v.parent(list) != kNone &&
                   (v.kind(v.parent(list)) == K::ImplItem || v.kind(v.parent(list)) == K::TraitItem)
               ? "method"
               : "function";
  } else if (k == K::IdentPat) {
    // Bindings in patterns; a lone uppercase identifier in a match pattern may be a constant.
    uint32_t p = v.parent(n);
    if (p == kNone) return;
    if (v.child_count(n) == 1 && v.child_of_kind(n, K::Qualifier) == kNone && v.kind(p) != K::LetStmt &&
        v.kind(p) != K::Param) {
      std::string_view nm = NameText(v, n);
      if (!nm.empty() && nm[0] >= 'A' && nm[0] <= 'Z') return;
    }
    if (v.kind(p) == K::Param) {
      uint32_t fn = v.parent(v.parent(p));
      if (fn != kNone && v.kind(fn) == K::FnItem && (InTraitImpl(v, fn) || InExtern(v, fn))) return;
    }
    what = "variable";
  } else if (k == K::RecordField) {
    uint32_t owner = v.parent(v.parent(n));
    if (owner == kNone || (v.kind(owner) != K::StructItem && v.kind(owner) != K::UnionItem)) return;
    what = "structure field";
  } else if (k == K::LifetimeParam) {
    return;
  } else if (k == K::ModItem) {
    what = "module";
  } else {
    return;
  }
  uint32_t name = v.child_of_kind(n, K::Name);
  if (name == kNone || v.tok_kind(v.token(name)) != TokenKind::Ident) return;
  std::string_view s = v.text(name);
  if (!IsAscii(s) || IsSnake(s)) return;
  NameLint(v, n, name, LintId::non_snake_case, what, ToSnake(s), "a snake case", out);
}

// True when the item carries `#[repr(C)]` (rustc leaves the names of FFI types alone).
auto HasReprC(const TreeView& v, uint32_t item) -> bool {
  for (uint32_t c : v.children(item)) {
    if (v.kind(c) != K::OuterAttr) continue;
    uint32_t p = v.child_of_kind(c, K::Path);
    uint32_t tt = v.child_of_kind(c, K::TokenTree);
    if (p == kNone || tt == kNone || v.text(p) != "repr") continue;
    TokenId open = v.token(tt);
    for (TokenId t = v.next_token(open); t.index < v.partner(open).index; t = v.next_token(t)) {
      if (v.tok_text(t) == "C") return true;
    }
  }
  return false;
}

void Check_non_camel_case_types(const TreeView& v, uint32_t n, Out& out) {
  K k = v.kind(n);
  if ((k == K::StructItem || k == K::UnionItem || k == K::EnumItem) && HasReprC(v, n)) return;
  std::string_view what;
  switch (k) {
    case K::StructItem: case K::UnionItem: case K::EnumItem: case K::TypeAlias: what = "type"; break;
    case K::TraitItem: case K::TraitAlias: what = "trait"; break;
    case K::Variant: what = "variant"; break;
    case K::TypeParam: what = "type parameter"; break;
    default: return;
  }
  if (k == K::TypeAlias && (InTraitImpl(v, n) || InExtern(v, n))) return;
  if (k == K::TypeAlias) {
    uint32_t list = v.parent(n);
    if (list != kNone && v.kind(list) == K::ItemList && v.parent(list) != kNone &&
        (v.kind(v.parent(list)) == K::TraitItem || v.kind(v.parent(list)) == K::ImplItem)) {
      what = "associated type";
    }
  }
  uint32_t name = v.child_of_kind(n, K::Name);
  if (name == kNone || v.tok_kind(v.token(name)) != TokenKind::Ident) return;
  std::string_view s = v.text(name);
  if (!IsAscii(s) || IsCamel(s)) return;
  NameLint(v, n, name, LintId::non_camel_case_types, what, ToCamel(s), "an upper camel case", out);
}

void Check_non_upper_case_globals(const TreeView& v, uint32_t n, Out& out) {
  K k = v.kind(n);
  if (k != K::StaticItem && k != K::ConstItem) return;
  if (InTraitImpl(v, n) || HasNoMangle(v, n)) return;
  uint32_t name = v.child_of_kind(n, K::Name);
  if (name == kNone || v.tok_kind(v.token(name)) != TokenKind::Ident) return;
  std::string_view s = v.text(name);
  if (!IsAscii(s) || IsUpper(s)) return;
  uint32_t list = v.parent(n);
  bool assoc = list != kNone && v.kind(list) == K::ItemList && v.parent(list) != kNone &&
               (v.kind(v.parent(list)) == K::TraitItem || v.kind(v.parent(list)) == K::ImplItem);
  std::string_view what = k == K::StaticItem ? "static variable" : assoc ? "associated constant" : "constant";
  NameLint(v, n, name, LintId::non_upper_case_globals, what, ToUpper(s), "an upper case", out);
}

// --- the table ---

#define RUSTG_LINT(Name, T, G, Lvl) void Check_##Name(const TreeView& v, uint32_t n, Out& out);
#include "lint/lint_kind.def"

auto CheckTable() -> const std::vector<CheckFn>& {
  static const std::vector<CheckFn> table = {
#define RUSTG_LINT(Name, T, G, Lvl) &Check_##Name,
#include "lint/lint_kind.def"
  };
  return table;
}

void RunBuiltinLints(const TreeView& view, const std::vector<bool>& enabled, std::vector<Finding>& out) {
  const std::vector<CheckFn>& table = CheckTable();
  // One pass over the nodes; each node is tested by every enabled lint (a node x rule grid).
  for (uint32_t n = view.node_begin(); n < view.node_end(); ++n) {
    for (uint32_t l = 0; l < kLintCount; ++l) {
      if (enabled[l]) table[l](view, n, out);
    }
  }
}

}  // namespace rustg::lint
