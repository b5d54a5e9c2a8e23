// Prints elements with rustfmt's spacing between tokens, the input's line breaks (blank lines
// collapsed to one, none just inside delimiters), and block indentation: a line that starts an
// item, statement or list element is indented one level inside its innermost line-ending
// delimiter; a continuation line keeps its offset from the line that started its element.
#include <algorithm>
#include <string>

#include "fmt/elements.h"

namespace rustg {
namespace {

auto IsComment(TokenKind k) -> bool {
  return k == TokenKind::LineComment || k == TokenKind::BlockComment || IsDocComment(k);
}
auto IsRange(TokenKind k) -> bool { return k == TokenKind::DotDot || k == TokenKind::DotDotEq || k == TokenKind::DotDotDot; }

// Keywords that act as names in paths and expressions.
auto IsPathKeyword(TokenKind k) -> bool {
  return k == TokenKind::KwSelfValue || k == TokenKind::KwSelfType || k == TokenKind::KwSuper ||
         k == TokenKind::KwCrate || k == TokenKind::KwTrue || k == TokenKind::KwFalse;
}

// The element ends an operand: what follows `(` or `[` directly is a call or an index.
auto EndsOperand(const Element& p) -> bool {
  TokenKind k = p.last_kind;
  if (p.verbatim) return IsClose(k) || k == TokenKind::Ident;
  return k == TokenKind::Ident || k == TokenKind::RawIdent || IsLiteral(k) || IsPathKeyword(k) ||
         k == TokenKind::RParen || k == TokenKind::RBracket || p.role == TokRole::GenericClose ||
         (k == TokenKind::Question && p.role == TokRole::Try) || k == TokenKind::Underscore;
}

// A prefix operator: a tree role, or `&`/`*`/`-`/`!` where no operand precedes.
auto IsPrefixOp(const Element& c, const Element* p) -> bool {
  if (c.role == TokRole::UnaryPrefix) return true;
  if (c.role != TokRole::None) return false;
  TokenKind k = c.kind;
  if (k != TokenKind::And && k != TokenKind::AndAnd && k != TokenKind::Star && k != TokenKind::Minus && k != TokenKind::Not)
    return false;
  if (!p) return true;
  if (EndsOperand(*p) || p->last_kind == TokenKind::RBrace) return false;
  if (p->kind == TokenKind::Lifetime) return false;
  return true;
}

// Whether a space goes between p and c when both are on one line.
auto Space(const Element& p, const Element& c, const Element* pp) -> bool {
  TokenKind P = p.last_kind, K = c.kind;
  // A comment after a list comma keeps its distance (rustfmt keeps aligned trailing comments there).
  if (IsComment(K)) return P == TokenKind::Comma ? c.spaced : P != TokenKind::LParen && P != TokenKind::LBracket;
  if (IsComment(P)) return c.spaced;
  if (P == TokenKind::LParen || P == TokenKind::LBracket) return false;
  if (p.space_after && !p.verbatim && !IsClose(K) && K != TokenKind::Comma && K != TokenKind::Semi) return true;
  if (K == TokenKind::RParen || K == TokenKind::RBracket) return false;
  if (K == TokenKind::Comma || K == TokenKind::Semi) return false;
  if (P == TokenKind::Pound || p.role == TokRole::AttrBang) return false;
  if (p.role == TokRole::GenericOpen || p.role == TokRole::QSelfOpen) return false;
  if (K == TokenKind::Question && c.role == TokRole::Try) return false;
  if (K == TokenKind::Dot || P == TokenKind::Dot) return false;
  if (K == TokenKind::PathSep) {
    // A leading `::` is spaced only after a keyword or a separator/operator that wants a space.
    if (IsKeyword(P) && !IsPathKeyword(P)) return true;
    return p.role == TokRole::BinaryOp || P == TokenKind::Plus || P == TokenKind::Eq || P == TokenKind::FatArrow || P == TokenKind::RArrow ||
           P == TokenKind::Comma || P == TokenKind::Colon || P == TokenKind::Semi || P == TokenKind::LBrace ||
           P == TokenKind::RBrace || p.role == TokRole::ClosureClose;
  }
  if (P == TokenKind::PathSep) return false;
  if (p.role == TokRole::MacroBang) return K == TokenKind::LBrace || !(K == TokenKind::LParen || K == TokenKind::LBracket);
  if (c.role == TokRole::MacroBang || c.role == TokRole::AttrBang) return false;
  if (p.role == TokRole::GenericOpen || p.role == TokRole::QSelfOpen) return false;
  if (c.role == TokRole::GenericClose) return false;
  if (c.role == TokRole::GenericOpen) return false;
  bool p_prefix = !p.verbatim && IsPrefixOp(p, pp);
  if (p_prefix) return false;
  if (c.role == TokRole::ClosureClose) return false;
  if (p.role == TokRole::ClosureOpen) return P == TokenKind::OrOr;
  if (IsRange(P) && K != TokenKind::LBrace && K != TokenKind::RBrace) return false;
  if (K == TokenKind::LBrace) return true;
  if (P == TokenKind::LBrace) return !(K == TokenKind::RBrace && !c.verbatim) && p.role != TokRole::UseListOpen;
  if (K == TokenKind::RBrace) return c.role != TokRole::UseListClose;
  if (K == TokenKind::LParen) {
    return !(EndsOperand(p) || P == TokenKind::KwFn || P == TokenKind::KwPub);
  }
  if (K == TokenKind::LBracket) return !EndsOperand(p);
  if (IsRange(K)) {
    return !(EndsOperand(p) || P == TokenKind::LBrace) && P != TokenKind::RBrace;
  }
  if (IsRange(P)) return false;
  if (K == TokenKind::Colon) return false;
  return true;
}

// Whether writing `a` and `b` with nothing between would lex as other tokens (`& &x` as `&&x`,
// `0.. =>` as `0..=>`, `/ /` as a comment); such pairs keep a space.
auto WouldGlue(std::string_view a, std::string_view b) -> bool {
  if (a.empty() || b.empty()) return false;
  char x = a.back(), y = b.front();
  static constexpr std::string_view kOps2[] = {"&&", "||", "..", "::", "->", "=>", "==", "!=", "<=", ">=", "<<", ">>",
                                               "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<-", "//", "/*", "*/"};
  // `<<` then `<` re-lexes as the same two tokens (`<<<T as Tr>::X>`): no space needed.
  if (a == "<<" && y == '<') return false;
  char pair[2] = {x, y};
  for (std::string_view op : kOps2)
    if (op == std::string_view(pair, 2)) return true;
  if (a.size() >= 2) {
    char triple[3] = {a[a.size() - 2], x, y};
    for (std::string_view op : {std::string_view("..="), std::string_view("..."), std::string_view("<<="),
                                std::string_view(">>=")})
      if (op == std::string_view(triple, 3)) return true;
  }
  // A number ending in `.` followed by a digit, or a number followed by `.digit`.
  bool a_num = (x >= '0' && x <= '9') || (x == '.' && a.size() >= 2 && a[a.size() - 2] >= '0' && a[a.size() - 2] <= '9');
  if (a_num && x == '.' && ((y >= '0' && y <= '9') || y == '.')) return true;
  return false;
}

// Column width of a line's leading whitespace.
auto IndentWidth(std::string_view text, uint32_t offset, uint32_t tab) -> uint32_t {
  uint32_t b = offset;
  while (b > 0 && text[b - 1] != '\n') --b;
  uint32_t w = 0;
  for (uint32_t i = b; i < offset; ++i) w += text[i] == '\t' ? tab : 1;
  return w;
}

// One open delimiter while printing.
struct Open {
  uint32_t line_new = 0;    // indent of the line holding the delimiter, in the output
  uint32_t line_orig = 0;   // the same line's indent in the input
  bool ends_line = false;   // the delimiter is the last thing on its line
  uint32_t anchor_orig = 0; // input indent of the line that started the current element inside
  uint32_t anchor_new = 0;  // output indent of that line
  bool block = false;       // a block or item list: statements end with `;` or `}`, not `,`
  uint32_t elem = 0;        // the delimiter's element index
  int generics = 0;         // generic lists open inside it (`Chain<A, B>`: those commas separate nothing here)
};

void AppendIndent(std::string& out, uint32_t width, const FmtConfig& cfg) {
  if (cfg.hard_tabs && cfg.tab_spaces > 0) {
    out.append(width / cfg.tab_spaces, '\t');
    out.append(width % cfg.tab_spaces, ' ');
  } else {
    out.append(width, ' ');
  }
}

// Appends text whose later lines are shifted by `delta` columns (multi-line block comments).
void AppendShifted(std::string& out, std::string_view t, int delta) {
  size_t pos = 0;
  bool first = true;
  while (pos <= t.size()) {
    size_t nl = t.find('\n', pos);
    std::string_view line = t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!first && delta != 0) {
      if (delta > 0) {
        if (!line.empty()) out.append(static_cast<size_t>(delta), ' ');
      } else {
        size_t strip = 0;
        while (strip < static_cast<size_t>(-delta) && strip < line.size() && line[strip] == ' ') ++strip;
        line.remove_prefix(strip);
      }
    }
    // Trailing whitespace inside comments goes, as rustfmt drops it.
    size_t end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) --end;
    out.append(line.substr(0, end));
    if (nl == std::string_view::npos) break;
    out += '\n';
    pos = nl + 1;
    first = false;
  }
}

// Commas tentatively marked as dropped while a one-line layout is measured; unmarked again unless
// the layout is taken (no copy of the whole drop list per decision).
class DropMarks {
 public:
  explicit DropMarks(std::vector<bool>& dropped) : dropped_(dropped) {}
  DropMarks(const DropMarks&) = delete;
  auto operator=(const DropMarks&) -> DropMarks& = delete;
  ~DropMarks() {
    if (!committed_)
      for (uint32_t k : marked_) dropped_[k] = false;
  }
  // Marks element k dropped (if it was not already).
  void Mark(uint32_t k) {
    if (dropped_[k]) return;
    dropped_[k] = true;
    marked_.push_back(k);
  }
  // Keeps the marks.
  void Commit() { committed_ = true; }

 private:
  std::vector<bool>& dropped_;
  std::vector<uint32_t> marked_;
  bool committed_ = false;
};

// Marks the trailing commas in [lo, hi) that a body joined onto one line loses (`f(a,)` -> `f(a)`);
// false when one cannot go: a one-element tuple's comma, or a list whose kind the tree did not say.
auto MarkTrailingCommas(const std::vector<Element>& el, uint32_t lo, uint32_t hi, DropMarks& would_drop) -> bool {
  for (uint32_t k = lo; k < hi; ++k) {
    if (el[k].kind != TokenKind::Comma || el[k].macro_commas || !IsClose(el[k + 1].kind)) continue;
    const Element& o = el[el[k + 1].partner == UINT32_MAX ? k + 1 : el[k + 1].partner];
    bool tuple = o.has_opener_kind && (o.opener_of == NodeKind::TupleExpr || o.opener_of == NodeKind::TupleType ||
                                       o.opener_of == NodeKind::TuplePat);
    if (tuple || !o.has_opener_kind) return false;
    would_drop.Mark(k);
  }
  return true;
}

// Whether el[i] opens a non-empty block rustfmt may unwrap or wrap (a real `{` outside macro
// arguments, partnered, not verbatim); sets its closing brace c and body [lo, hi].
auto UnwrapCandidate(const std::vector<Element>& el, uint32_t i, uint32_t& c, uint32_t& lo, uint32_t& hi) -> bool {
  const Element& open = el[i];
  // Inside macro arguments rustfmt neither adds nor removes blocks.
  if (open.kind != TokenKind::LBrace || open.verbatim || open.synthetic || open.partner == UINT32_MAX || open.in_macro)
    return false;
  c = open.partner;
  if (c <= i + 1 || el[c].verbatim) return false;
  lo = i + 1;
  hi = c - 1;
  return true;
}

// Width of elements [lo, hi] printed on one line, or UINT32_MAX when one of them cannot be (a
// comment, a line break inside a token, a closure or a block).
auto OneLineWidth(const FileElements& fe, const std::vector<Element>& el, const std::vector<bool>& dropped,
                  uint32_t lo, uint32_t hi, bool allow_closures = false) -> uint64_t {
  uint64_t w = 0;
  int prev = -1;
  for (uint32_t k = lo; k <= hi; ++k) {
    const Element& x = el[k];
    if (dropped[k]) continue;
    if (IsComment(x.kind) || (x.role == TokRole::ClosureOpen && !allow_closures) ||
        (x.kind == TokenKind::LBrace && !x.verbatim && !allow_closures))
      return UINT32_MAX;
    std::string_view t = fe.Text(x);
    if (t.find('\n') != std::string_view::npos) return UINT32_MAX;
    w += DisplayWidth(t);
    if (prev >= 0 && Space(el[prev], x, prev >= 1 ? &el[prev - 1] : nullptr)) ++w;
    prev = static_cast<int>(k);
  }
  return w;
}

auto SimpleArgs(const FileElements& fe, const std::vector<Element>& el, uint32_t lo, uint32_t hi,
                const FmtConfig& cfg) -> bool;

auto InnerLimitsHold(const FileElements& fe, std::vector<Element>& el, const std::vector<bool>& dropped, uint32_t lo,
                     uint32_t hi, const FmtConfig& cfg) -> bool;
auto RestOfLine(const FileElements& fe, const std::vector<Element>& el, uint32_t close) -> uint64_t;

// The right-hand side of `=` that the input starts on the next line: rustfmt keeps it on the `=`
// line when it fits there, moves it to the next line only when it fits there on one line, and
// otherwise keeps it on the `=` line and breaks it (chains, argument lists).
// With same_line (the input has it on the `=` line), only a right-hand side that does not fit
// there but fits on the next line on one line moves.
void PlaceRightHandSide(const FileElements& fe, std::vector<Element>& el, const std::vector<bool>& dropped, uint32_t i,
                        const std::string& out, const FmtConfig& cfg, uint32_t anchor, bool same_line = false) {
  // A control-flow expression or block (`if c {`, `match x {`, `unsafe {`): rustfmt keeps it on
  // the `=` line when its head fits there, as the next-line form is no shorter.
  {
    const TokenKind k0 = el[i].kind;
    if (!el[i].verbatim && (k0 == TokenKind::KwIf || k0 == TokenKind::KwMatch || k0 == TokenKind::KwUnsafe ||
                            k0 == TokenKind::KwLoop)) {
      if (same_line) return;
      uint64_t head = 0;
      for (uint32_t k = i; k < el.size(); ++k) {
        const Element& x = el[k];
        if ((k > i && x.newlines > 0) || IsComment(x.kind) || x.verbatim || dropped[k]) return;
        if (x.kind == TokenKind::LBrace) {
          // A block written on one line (`unsafe { f(x) }`): on the `=` line when it fits there,
          // on the next line when it fits there on one line, else broken after `= unsafe {`.
          if (k + 1 >= el.size() || el[k + 1].newlines == 0) {
            if (k0 != TokenKind::KwUnsafe || x.partner == UINT32_MAX) return;
            const uint32_t c = x.partner;
            uint64_t w = OneLineWidth(fe, el, dropped, i, c, true);
            if (w == UINT32_MAX) return;
            w += RestOfLine(fe, el, c);
            size_t nl = out.rfind('\n');
            uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
            const bool fits_next = anchor + cfg.tab_spaces + w <= cfg.max_width &&
                                   InnerLimitsHold(fe, el, dropped, k + 1, c - 1, cfg);
            if (col + 1 + w <= cfg.max_width || !fits_next) el[i].newlines = 0;
            return;
          }
          break;
        }
        head += fe.Text(x).size() + (k > i && Space(el[k - 1], x, k >= 2 ? &el[k - 2] : nullptr) ? 1 : 0);
      }
      size_t nl = out.rfind('\n');
      uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
      if (col + 1 + head + 2 <= cfg.max_width) el[i].newlines = 0;
      return;
    }
  }
  // A right-hand side the input broke only at binary operators (`a\n    | b`, `a ||\n b`): on
  // the `=` line when it fits there on one line, else on the next line when it fits there;
  // otherwise the input's breaks stay.
  {
    int d = 0;
    uint32_t k = i;
    bool binary_breaks = false, other = false;
    for (; k < el.size() && !other; ++k) {
      const Element& x = el[k];
      if (dropped[k] || IsComment(x.kind) || (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) ||
          (x.kind == TokenKind::LBrace && !x.verbatim))
        other = true;
      if (k > i && x.newlines > 0) {
        if (d == 0 && (x.role == TokRole::BinaryOp || el[k - 1].role == TokRole::BinaryOp)) binary_breaks = true;
        else other = true;
      }
      if (IsOpen(x.kind) && !x.verbatim) ++d;
      if (IsClose(x.kind) && !x.verbatim && --d < 0) other = true;
      if (d == 0 && x.kind == TokenKind::Semi) break;
    }
    if (binary_breaks && !other && k < el.size() && k > i) {
      const uint64_t w = OneLineWidth(fe, el, dropped, i, k);  // with the `;`
      size_t nl = out.rfind('\n');
      const uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
      if (w == UINT32_MAX || !InnerLimitsHold(fe, el, dropped, i, k - 1, cfg)) return;
      const bool here = col + 1 + w <= cfg.max_width;
      const bool next = anchor + cfg.tab_spaces + w <= cfg.max_width;
      if (!here && !next) return;
      for (uint32_t x = i + 1; x <= k; ++x) el[x].newlines = 0;
      if (here) {
        el[i].newlines = 0;
        el[i].indent = IndentHint::Auto;
      } else {
        el[i].newlines = 1;
        el[i].indent = IndentHint::AnchorPlusOne;
      }
      return;
    }
  }
  uint32_t end = i;
  uint32_t dots = 0;
  bool chain_broken = false;
  int depth = 0;
  for (; end < el.size(); ++end) {
    const Element& x = el[end];
    // A chain already broken by chain_width: the right-hand side cannot be one line.
    if (end > i && x.newlines > 0 && x.kind == TokenKind::Dot && x.indent == IndentHint::AnchorPlusOne) {
      chain_broken = true;
    } else if (end > i && x.newlines > 0 &&
               !(chain_broken && depth == 0 && x.kind == TokenKind::LBrace && !x.verbatim)) {
      if (same_line) return;
      // Already multi-line after a struct literal's `{` that ends its first line (broken by its
      // width rule): rustfmt keeps such a right-hand side on the `=` line when that line fits.
      const uint32_t brace_close = el[end - 1].partner;
      // A chain continuing after the literal breaks instead.
      bool chain_after = false;
      for (uint32_t k = brace_close == UINT32_MAX ? el.size() : brace_close + 1; k < el.size(); ++k) {
        if (el[k].kind == TokenKind::Semi || el[k].kind == TokenKind::LBrace || el[k].kind == TokenKind::RBrace) break;
        chain_after |= el[k].kind == TokenKind::Dot;
      }
      if (el[end - 1].kind == TokenKind::LBrace && !el[end - 1].verbatim && brace_close != UINT32_MAX && !chain_after) {
        uint64_t first = OneLineWidth(fe, el, dropped, i, end - 1, true);
        size_t nl = out.rfind('\n');
        uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
        if (first != UINT32_MAX && col + 1 + first <= cfg.max_width) el[i].newlines = 0;
      }
      return;  // left to the other rules
    }
    // Braces inside a broken chain's arguments (closure bodies, if/else values) do not decide
    // where its root goes.
    if (x.kind == TokenKind::LBrace && !x.verbatim && chain_broken && depth > 0 && x.partner != UINT32_MAX &&
        x.partner > end) {
      end = x.partner;
      continue;
    }
    if (x.kind == TokenKind::LBrace && !x.verbatim && !(x.has_opener_kind && x.opener_of == NodeKind::StructExpr)) {
      // The body of `if let PAT =` / `while let PAT =` after a broken chain: the chain's root
      // goes on the `=` line when it fits there (rustfmt's control-flow heads).
      if (!chain_broken || depth != 0 || end == i) return;
      bool let_head = false;
      for (uint32_t k = i - 1; k-- > 0;) {
        const Element& y = el[k];
        if (y.verbatim || y.kind == TokenKind::Semi || y.kind == TokenKind::LBrace || y.kind == TokenKind::RBrace ||
            y.kind == TokenKind::Eq)
          break;
        if (y.kind == TokenKind::KwLet) {
          let_head = k > 0 && (el[k - 1].kind == TokenKind::KwIf || el[k - 1].kind == TokenKind::KwWhile);
          break;
        }
      }
      if (!let_head) return;
      --end;
      break;
    }
    if (x.kind == TokenKind::Dot) ++dots;
    if (IsOpen(x.kind) && !x.verbatim) ++depth;
    if (IsClose(x.kind) && !x.verbatim && --depth < 0) return;  // not a statement's `=`
    if (x.kind == TokenKind::Semi && depth <= 0) break;
  }
  if (end >= el.size() || end == i) return;
  uint64_t w = OneLineWidth(fe, el, dropped, i, end, true);
  if (w == UINT32_MAX) return;
  if (same_line) {
    // Fits on the `=` line (or breaks there anyway): stays; measured before the costlier checks.
    size_t nl = out.rfind('\n');
    if (DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1)) + 1 + w <= cfg.max_width) return;
  }
  // Whether the right-hand side can be one line at all (its parts within their limits).
  bool one_line_ok = true;
  if (dots >= 2 && w > cfg.chain_width) {
    // A chain wider than chain_width breaks: find out on a copy.
    std::vector<Element> trial(el.begin(), el.begin() + end + 1);
    BreakChainsIn(fe, trial, i, end, cfg);
    for (uint32_t k = i + 1; k <= end; ++k)
      if (trial[k].newlines != el[k].newlines) one_line_ok = false;
  }
  for (uint32_t k = i; k < end && one_line_ok; ++k) {
    const Element& o = el[k];
    if (!IsOpen(o.kind) || o.verbatim || o.partner == UINT32_MAX || o.partner > end) continue;
    if (o.kind == TokenKind::LBrace && o.has_opener_kind && o.opener_of == NodeKind::StructExpr) {
      if (OneLineWidth(fe, el, dropped, k + 1, o.partner - 1, true) > cfg.struct_lit_width) one_line_ok = false;
      continue;
    }
    if (!o.has_opener_kind) continue;
    bool several = false;
    for (uint32_t x = k + 1; x < o.partner; ++x) {
      if (IsOpen(el[x].kind) && !el[x].verbatim && el[x].partner != UINT32_MAX && el[x].partner < o.partner) x = el[x].partner;
      else if (el[x].kind == TokenKind::Comma && x + 1 < o.partner) several = true;
    }
    // A single argument is not held to fn_call_width (it overflows).
    if ((o.opener_of == NodeKind::ArgList || o.opener_of == NodeKind::TupleExpr) && several &&
        OneLineWidth(fe, el, dropped, k + 1, o.partner - 1, true) > cfg.fn_call_width &&
        !SimpleArgs(fe, el, k + 1, o.partner - 1, cfg))
      one_line_ok = false;
    if (o.opener_of == NodeKind::ArrayExpr && o.partner > k + 1 &&
        OneLineWidth(fe, el, dropped, k + 1, o.partner - 1, true) > cfg.array_width)
      one_line_ok = false;
    // A call as the only argument of a call overflows within fn_call_width less its callee.
    if (o.opener_of == NodeKind::ArgList && !several) {
      uint32_t y = k + 1;
      while (y < o.partner && (el[y].kind == TokenKind::Ident || el[y].kind == TokenKind::PathSep ||
                               el[y].role == TokRole::MacroBang))
        ++y;
      if (y > k + 1 && y < o.partner && el[y].kind == TokenKind::LParen && !el[y].verbatim &&
          el[y].partner + 1 == o.partner && el[y].partner > y + 1 &&
          OneLineWidth(fe, el, dropped, k + 1, y, true) + OneLineWidth(fe, el, dropped, y + 1, el[y].partner - 1, true) >
              cfg.fn_call_width)
        one_line_ok = false;
    }
  }
  if (chain_broken) one_line_ok = false;
  size_t nl = out.rfind('\n');
  uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
  bool fits_here = one_line_ok && col + 1 + w <= cfg.max_width;
  bool fits_next = one_line_ok && anchor + cfg.tab_spaces + w <= cfg.max_width;
  if (chain_broken) {
    // The chain stays broken either way: on the `=` line when its first line fits there.
    uint64_t first = 0;
    for (uint32_t k = i; k <= end && (k == i || el[k].newlines == 0); ++k) {
      std::string_view t = fe.Text(el[k]);
      first += t.size() + (k > i && Space(el[k - 1], el[k], k >= 2 ? &el[k - 2] : nullptr) ? 1 : 0);
    }
    fits_here = col + 1 + first <= cfg.max_width;
    fits_next = !fits_here;
  }
  if (same_line) {
    if (chain_broken || fits_here || !fits_next) return;
    el[i].newlines = 1;
    el[i].indent = IndentHint::AnchorPlusOne;
    return;
  }
  if (fits_here || !fits_next) {
    el[i].newlines = 0;
    // A chain broken while its root started a line took its first element onto the root's line;
    // after `=` it takes none (rustfmt: the offset exceeds the indent width): break it again.
    if (chain_broken) BreakChainsIn(fe, el, i, end, cfg);
  } else {
    el[i].indent = IndentHint::AnchorPlusOne;
    // The chain's elements go one level below its root.
    for (uint32_t k = i + 1; k <= end; ++k)
      if (el[k].kind == TokenKind::Dot && el[k].newlines > 0 && el[k].indent == IndentHint::AnchorPlusOne)
        el[k].indent = IndentHint::AnchorPlusTwo;
  }
}

// A statement written over several lines that rustfmt would put on one: every part fits its width
// limit (arguments fn_call_width, arrays array_width, chains chain_width) and the line max_width.
// Statements holding blocks, closures, comments or multi-line tokens are left to the other rules.
void JoinStatement(const FileElements& fe, std::vector<Element>& el, std::vector<bool>& dropped, uint32_t i,
                   uint32_t indent, const FmtConfig& cfg) {
  uint32_t end = i;
  bool multiline = false, tail = false;
  for (; end < el.size(); ++end) {
    const Element& x = el[end];
    if (dropped[end]) continue;
    if (end > i && x.newlines > 0 && !(x.kind == TokenKind::RBrace && x.partner < i)) multiline = true;
    // A block's tail expression ends at the block's `}`.
    if (x.kind == TokenKind::RBrace && !x.verbatim && x.partner != UINT32_MAX && x.partner < i && end > i) {
      --end;
      while (end > i && dropped[end]) --end;
      tail = true;
      break;
    }
    // Closures without a block body join like any expression; blocks have layouts of their own.
    if (IsComment(x.kind) || x.kind == TokenKind::LBrace || x.kind == TokenKind::RBrace) return;
    // Attributes, items and where clauses have layouts of their own.
    switch (x.kind) {
      case TokenKind::Pound: case TokenKind::KwFn: case TokenKind::KwWhere: case TokenKind::KwUse:
      case TokenKind::KwStruct: case TokenKind::KwEnum: case TokenKind::KwImpl: case TokenKind::KwTrait:
      case TokenKind::KwMod: case TokenKind::KwStatic: case TokenKind::KwType: case TokenKind::KwExtern:
      case TokenKind::KwPub: case TokenKind::KwConst: case TokenKind::KwIf: case TokenKind::KwMatch:
        return;
      default:
        break;
    }
    if (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) return;
    if (x.kind == TokenKind::Semi) break;
  }
  if (!multiline || end >= el.size()) return;
  // Commas before closers go when the statement becomes one line (marked now, undone on failure).
  DropMarks would_drop(dropped);
  for (uint32_t k = i; k < end; ++k)
    if (el[k].kind == TokenKind::Comma && !el[k].macro_commas && IsClose(el[k + 1].kind)) {
      const Element& o = el[el[k + 1].partner == UINT32_MAX ? k + 1 : el[k + 1].partner];
      bool tuple = o.has_opener_kind && (o.opener_of == NodeKind::TupleExpr || o.opener_of == NodeKind::TupleType ||
                                         o.opener_of == NodeKind::TuplePat);
      if (!tuple && o.has_opener_kind) would_drop.Mark(k);
      else return;
    }
  uint64_t width = OneLineWidth(fe, el, dropped, i, end);
  if (width == UINT32_MAX || indent + width > cfg.max_width) return;
  // A tail expression is joined only where the input broke it at binary operators (other breaks
  // are the other rules' business).
  if (tail) {
    int d = 0;
    for (uint32_t k = i; k <= end; ++k) {
      const Element& x = el[k];
      if (k > i && x.newlines > 0 && !(d == 0 && (x.role == TokRole::BinaryOp || el[k - 1].role == TokRole::BinaryOp)))
        return;
      if (IsOpen(x.kind) && !x.verbatim) ++d;
      if (IsClose(x.kind) && !x.verbatim) --d;
    }
  }
  // No chain inside may be wider than chain_width once joined: find out by breaking chains on
  // the joined statement in place, then restoring it.
  {
    std::vector<std::pair<uint32_t, IndentHint>> saved;
    saved.reserve(end - i + 1);
    for (uint32_t k = i; k <= end; ++k) {
      saved.push_back({el[k].newlines, el[k].indent});
      if (k > i) el[k].newlines = 0;
    }
    BreakChainsIn(fe, el, i, end, cfg, /*any_position=*/true);
    bool breaks = false;
    for (uint32_t k = i + 1; k <= end; ++k) breaks |= el[k].newlines > 0;
    for (uint32_t k = i; k <= end; ++k) {
      el[k].newlines = saved[k - i].first;
      el[k].indent = saved[k - i].second;
    }
    if (breaks) return;
  }
  // Each list inside must fit its own limit.
  for (uint32_t k = i; k < end; ++k) {
    const Element& o = el[k];
    if (!IsOpen(o.kind) || o.verbatim || o.partner == UINT32_MAX || !o.has_opener_kind) continue;
    uint64_t limit = o.opener_of == NodeKind::ArgList ? cfg.fn_call_width
                     : o.opener_of == NodeKind::ArrayExpr ? cfg.array_width
                                                           : cfg.max_width;
    if (o.partner > k + 1 && OneLineWidth(fe, el, dropped, k + 1, o.partner - 1) > limit) return;
  }
  for (uint32_t k = i + 1; k <= end; ++k) el[k].newlines = 0;
  would_drop.Commit();
}

// A match arm body `{ expr }` at el[i] (just after `=>`): rustfmt drops the braces around a
// block holding one expression and no statements, comments or macro statement, and writes
// `pat => expr,` when that fits on the arm's line with every list and chain inside within its
// width limit; otherwise the block stays. `col` is the output column after `=>`. Returns whether
// the braces were dropped.
auto UnwrapArmBlock(const FileElements& fe, std::vector<Element>& el, std::vector<bool>& dropped,
                    std::vector<bool>& comma_after, uint32_t i, uint64_t col, const FmtConfig& cfg,
                    const std::string& out_text) -> bool {
  const size_t out_nl = out_text.rfind('\n');
  const size_t out_line_start = out_nl == std::string::npos ? 0 : out_nl + 1;
  uint32_t c, lo, hi;
  if (!UnwrapCandidate(el, i, c, lo, hi)) return false;
  if (el[lo].kind == TokenKind::KwLet || el[lo].kind == TokenKind::Pound) return false;
  // A block holding one `match`, `loop` or `unsafe` block: rustfmt flattens it, and the body
  // starts on the arm's line whenever its first line (`pat => match x {`) fits there.
  if (!el[lo].verbatim && (el[lo].kind == TokenKind::KwMatch || el[lo].kind == TokenKind::KwLoop ||
                           (el[lo].kind == TokenKind::KwUnsafe && lo + 1 <= hi && el[lo + 1].kind == TokenKind::LBrace))) {
    // rustfmt keeps the block when a comment sits anywhere in it.
    for (uint32_t k = lo; k <= hi; ++k)
      if (IsComment(el[k].kind) || (el[k].verbatim && fe.Text(el[k]).find("//") != std::string_view::npos) ||
          (el[k].verbatim && fe.Text(el[k]).find("/*") != std::string_view::npos))
        return false;
    uint32_t brace = lo + 1;
    int d = 0;
    for (; brace <= hi; ++brace) {
      const Element& x = el[brace];
      if (x.verbatim || IsComment(x.kind) || dropped[brace] || x.newlines > 0) return false;
      if (x.kind == TokenKind::LBrace && d == 0) break;
      if (IsOpen(x.kind)) ++d;
      if (IsClose(x.kind) && --d < 0) return false;
    }
    if (brace > hi || el[brace].partner != hi || el[hi].verbatim) return false;
    const uint64_t head = OneLineWidth(fe, el, dropped, lo, brace, true);
    if (head == UINT32_MAX || col + 1 + head > cfg.max_width) return false;
    if (!InnerLimitsHold(fe, el, dropped, lo, brace - 1 > lo ? brace - 1 : lo, cfg)) return false;
    dropped[i] = dropped[c] = true;
    el[lo].newlines = 0;
    el[lo].indent = IndentHint::Auto;
    if (c + 1 >= el.size() || el[c + 1].kind != TokenKind::Comma) comma_after[hi] = true;
    else el[c + 1].newlines = 0;
    return true;
  }
  int depth = 0;
  uint32_t bang = UINT32_MAX;
  bool struct_ok = true;  // struct literals inside within struct_lit_width
  bool closure = false;   // a closure inside: unwrapped only onto the arm's line, on one line
  for (uint32_t k = lo; k <= hi; ++k) {
    const Element& x = el[k];
    if (dropped[k] || (x.synthetic && x.kind != TokenKind::Comma) || IsComment(x.kind)) return false;
    if (x.role == TokRole::ClosureOpen) closure = true;
    if (x.kind == TokenKind::LBrace) {
      // Only struct literals.
      if (x.verbatim || !x.has_opener_kind || x.opener_of != NodeKind::StructExpr || x.partner == UINT32_MAX || x.partner > hi)
        return false;
      if (x.partner > k + 1 && OneLineWidth(fe, el, dropped, k + 1, x.partner - 1, true) > cfg.struct_lit_width)
        struct_ok = false;
    }
    if (x.kind == TokenKind::RBrace && (x.partner == UINT32_MAX || x.partner < lo)) return false;
    if (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) return false;
    if (IsOpen(x.kind)) ++depth;
    if (IsClose(x.kind)) --depth;
    if (depth == 0 && x.kind == TokenKind::Semi) return false;
    if (depth == 0 && x.role == TokRole::MacroBang && bang == UINT32_MAX) bang = k;
  }
  // `{ name!(..) }` is a macro statement, which rustfmt leaves in its block.
  if (bang != UINT32_MAX && bang + 1 <= hi) {
    bool path = true;
    for (uint32_t k = lo; k < bang && path; ++k)
      path = el[k].kind == TokenKind::Ident || el[k].kind == TokenKind::PathSep || IsPathKeyword(el[k].kind);
    const Element& args = el[bang + 1];
    const uint32_t args_end = args.verbatim ? bang + 1 : args.partner;
    if (path && args_end == hi) return false;
  }
  DropMarks would_drop(dropped);
  if (!MarkTrailingCommas(el, lo, hi, would_drop)) return false;
  const uint64_t width = OneLineWidth(fe, el, dropped, lo, hi, /*allow_closures=*/true);
  const bool limits = width != UINT32_MAX && struct_ok && InnerLimitsHold(fe, el, dropped, lo, hi, cfg);
  if (!limits || col + 1 + width + 1 > cfg.max_width) {
    if (closure) return false;
    // Not on the arm's line. rustfmt prefers the block when the expression fits one line in it;
    // otherwise a call, macro call, struct literal, tuple or array stays on the arm's line and
    // breaks inside (`pat => Err(Foo {` ... `}),`) when its head fits there.
    size_t nl = out_line_start;
    uint64_t arm_indent = 0;
    while (nl + arm_indent < out_text.size() && out_text[nl + arm_indent] == ' ') ++arm_indent;
    if (limits && arm_indent + cfg.tab_spaces + width <= cfg.max_width) return false;
    const Element& g = el[hi];
    if (!IsClose(g.kind) || g.verbatim || g.partner == UINT32_MAX || g.partner < lo) return false;
    const uint32_t gopen = g.partner;
    for (uint32_t k = lo; k < gopen; ++k) {
      const Element& x = el[k];
      if (IsOpen(x.kind) || x.verbatim || (k > lo && x.newlines > 0)) return false;
      const bool part = x.kind == TokenKind::Ident || x.kind == TokenKind::PathSep || x.kind == TokenKind::Dot ||
                        IsPathKeyword(x.kind) || x.role == TokRole::MacroBang || x.role == TokRole::GenericOpen ||
                        x.role == TokRole::GenericClose || x.kind == TokenKind::Comma || x.kind == TokenKind::IntLit;
      if (!part) return false;
    }
    // At most one method call: a longer chain breaks differently.
    uint32_t dots = 0;
    for (uint32_t k = lo; k < gopen; ++k) dots += el[k].kind == TokenKind::Dot;
    if (dots > 1) return false;
    // The first line runs to the innermost group that overflows as the only argument.
    uint32_t first_end = gopen;
    for (uint32_t o = gopen;;) {
      uint32_t close = el[o].partner;
      uint32_t last = close - 1;
      while (last > o && (el[last].kind == TokenKind::Comma)) --last;
      if (last <= o || !IsClose(el[last].kind) || el[last].partner == UINT32_MAX || el[last].partner <= o) break;
      uint32_t inner = el[last].partner;
      bool path = true;
      for (uint32_t k = o + 1; k < inner && path; ++k)
        path = el[k].kind == TokenKind::Ident || el[k].kind == TokenKind::PathSep || el[k].role == TokRole::MacroBang;
      if (!path) break;
      first_end = o = inner;
    }
    const uint64_t head = OneLineWidth(fe, el, dropped, lo, first_end, true);
    if (head == UINT32_MAX || col + 1 + head > cfg.max_width) return false;
    dropped[i] = dropped[c] = true;
    el[lo].newlines = 0;
    el[lo].indent = IndentHint::Auto;
    if (c + 1 >= el.size() || el[c + 1].kind != TokenKind::Comma) comma_after[hi] = true;
    else el[c + 1].newlines = 0;
    return true;
  }
  for (uint32_t k = lo; k <= hi; ++k) {
    el[k].newlines = 0;
    el[k].indent = IndentHint::Auto;
  }
  would_drop.Commit();
  dropped[i] = dropped[c] = true;
  if (c + 1 >= el.size() || el[c + 1].kind != TokenKind::Comma) comma_after[hi] = true;
  else el[c + 1].newlines = 0;
  return true;
}

auto SeveralItems(const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> bool;
auto NestedCallArg(const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> bool;

// A closure body `{ expr }` at el[i] (just after the closure's `|` or `||`): rustfmt drops the
// braces around a block holding one expression (no statements, comments or control flow) when
// the closure then fits on its line with the lists, chains and struct literals inside within their
// limits. `col` is the output column after the `|`. Returns whether the braces were dropped.
auto UnwrapClosureBlock(const FileElements& fe, std::vector<Element>& el, std::vector<bool>& dropped, uint32_t i,
                        uint64_t col, const FmtConfig& cfg, uint32_t list) -> bool {
  uint32_t c, lo, hi;
  if (!UnwrapCandidate(el, i, c, lo, hi)) return false;
  // `|| { loop { .. } }`: rustfmt (style edition 2015-2021) writes `|| loop {` when the block
  // holds nothing else and no comment.
  if (el[lo].kind == TokenKind::KwLoop && !el[lo].verbatim && lo + 1 < hi && el[lo + 1].kind == TokenKind::LBrace &&
      !el[lo + 1].verbatim && el[lo + 1].partner == hi && !el[hi].verbatim) {
    for (uint32_t k = lo; k <= hi; ++k)
      if (IsComment(el[k].kind) || dropped[k] || (el[k].verbatim && (fe.Text(el[k]).find("//") != std::string_view::npos ||
                                                                      fe.Text(el[k]).find("/*") != std::string_view::npos)))
        return false;
    if (col + 1 + 6 > cfg.max_width) return false;  // ` loop {`
    dropped[i] = dropped[c] = true;
    el[lo].newlines = 0;
    el[lo].indent = IndentHint::Auto;
    return true;
  }
  switch (el[lo].kind) {
    case TokenKind::KwLet: case TokenKind::Pound: case TokenKind::KwIf: case TokenKind::KwFor: case TokenKind::KwWhile:
    case TokenKind::KwLoop: case TokenKind::KwMatch: case TokenKind::KwReturn: case TokenKind::KwUnsafe:
      return false;
    default:
      break;
  }
  int depth = 0;
  std::vector<uint32_t> inner_braces;  // braces of nested closure bodies unwrapped along
  for (uint32_t k = lo; k <= hi; ++k) {
    const Element& x = el[k];
    if (dropped[k] || x.synthetic || IsComment(x.kind)) return false;
    if (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) return false;
    if (x.kind == TokenKind::LBrace) {
      // Only struct literals, within struct_lit_width.
      if (!x.has_opener_kind || x.opener_of != NodeKind::StructExpr || x.partner == UINT32_MAX || x.partner > hi) return false;
      uint32_t last = x.partner - 1;
      if (el[last].kind == TokenKind::Comma && last > k + 1) --last;
      if (x.partner > k + 1 && OneLineWidth(fe, el, dropped, k + 1, last) > cfg.struct_lit_width) return false;
    }
    if (x.role == TokRole::ClosureOpen && k > lo) {
      // A nested closure: its own block body is unwrapped with it when it holds one plain
      // expression, else the layout stays.
      uint32_t m = k + 1;
      if (x.kind == TokenKind::Or)
        while (m <= hi && el[m].role != TokRole::ClosureClose) ++m;
      if (m > hi) return false;
      if (x.kind == TokenKind::Or) ++m;
      if (m <= hi && el[m].kind == TokenKind::LBrace && !el[m].verbatim && el[m].partner != UINT32_MAX &&
          el[m].partner <= hi) {
        const uint32_t ic = el[m].partner;
        for (uint32_t q = m + 1; q < ic; ++q)
          if (el[q].kind == TokenKind::Semi || el[q].kind == TokenKind::KwLet || IsComment(el[q].kind) ||
              (el[q].kind == TokenKind::LBrace && !(el[q].has_opener_kind && el[q].opener_of == NodeKind::StructExpr)) ||
              el[q].role == TokRole::ClosureOpen || (el[q].verbatim && fe.Text(el[q]).find('\n') != std::string_view::npos))
            return false;
        if (ic == m + 1) return false;
        switch (el[m + 1].kind) {
          case TokenKind::KwIf: case TokenKind::KwFor: case TokenKind::KwWhile: case TokenKind::KwLoop:
          case TokenKind::KwMatch: case TokenKind::KwReturn: case TokenKind::KwUnsafe: case TokenKind::Pound:
            return false;
          default:
            break;
        }
        inner_braces.push_back(m);
        inner_braces.push_back(ic);
        k = ic;
        continue;
      }
    }
    if (x.kind == TokenKind::LParen || x.kind == TokenKind::LBracket || x.kind == TokenKind::LBrace) ++depth;
    if (x.kind == TokenKind::RParen || x.kind == TokenKind::RBracket || x.kind == TokenKind::RBrace) --depth;
    if (depth == 0 && x.kind == TokenKind::Semi) return false;
  }
  DropMarks would_drop(dropped);
  if (!MarkTrailingCommas(el, lo, hi, would_drop)) return false;
  for (uint32_t b : inner_braces) would_drop.Mark(b);
  const uint64_t width = OneLineWidth(fe, el, dropped, lo, hi, /*allow_closures=*/true);
  if (width == UINT32_MAX || col + 1 + width + RestOfLine(fe, el, c) > cfg.max_width) return false;
  if (!InnerLimitsHold(fe, el, dropped, lo, hi, cfg)) return false;
  // The closure as the last of several arguments: the list must stay within fn_call_width on one
  // line, else rustfmt keeps the block and overflows it.
  if (list != UINT32_MAX && el[list].kind == TokenKind::LParen && el[list].partner == c + 1 && el[list].has_opener_kind &&
      el[list].opener_of == NodeKind::ArgList && SeveralItems(el, list + 1, c)) {
    would_drop.Mark(i);
    would_drop.Mark(c);
    const uint64_t args = OneLineWidth(fe, el, dropped, list + 1, c, true);
    if (args == UINT32_MAX || args > cfg.fn_call_width) return false;
  }
  // A chain the closure is part of must stay within chain_width with the body unwrapped (rustfmt
  // would break the chain; the chain's start is printed already, so the block stays).
  {
    uint32_t ls = i;
    while (ls > 0 && el[ls].newlines == 0) --ls;
    uint32_t end = c;
    int d = 0;
    while (end + 1 < el.size() && el[end + 1].newlines == 0) {
      ++end;
      if (IsOpen(el[end].kind) && !el[end].verbatim) ++d;
      if (IsClose(el[end].kind) && !el[end].verbatim && --d < 0) break;
    }
    std::vector<std::pair<uint32_t, IndentHint>> saved;
    for (uint32_t k = ls; k <= end; ++k) saved.push_back({el[k].newlines, el[k].indent});
    for (uint32_t k = lo; k <= hi; ++k) el[k].newlines = 0;
    BreakChainsIn(fe, el, ls, end, cfg, /*any_position=*/true);
    bool breaks = false;
    for (uint32_t k = ls + 1; k <= end; ++k) breaks |= el[k].newlines > 0 && !(k >= lo && k <= hi) && saved[k - ls].first == 0;
    for (uint32_t k = lo; k <= hi; ++k) breaks |= el[k].newlines > 0;
    for (uint32_t k = ls; k <= end; ++k) {
      el[k].newlines = saved[k - ls].first;
      el[k].indent = saved[k - ls].second;
    }
    if (breaks) return false;
  }
  for (uint32_t k = lo; k <= hi; ++k) {
    el[k].newlines = 0;
    el[k].indent = IndentHint::Auto;
  }
  would_drop.Commit();
  dropped[i] = dropped[c] = true;
  return true;
}

// A closure body block at el[i] written on one line that was not unwrapped: rustfmt writes it
// over several lines, one statement a line (an `unsafe` block body is left as it is).
void BreakClosureBlock(const FileElements& fe, std::vector<Element>& el, uint32_t i, const FmtConfig& cfg) {
  const Element& open = el[i];
  if (open.verbatim || open.in_macro || open.partner == UINT32_MAX || open.partner <= i + 1) return;
  const uint32_t c = open.partner;
  if (el[i + 1].kind == TokenKind::KwUnsafe || el[i + 1].newlines > 0 || el[c].newlines > 0) return;
  // In a call whose chain continues (`.map(|v| { .. }).collect()`), the chain would break too.
  // (When that chain is already one element a line, the block breaks.)
  if (c + 2 < el.size() && IsClose(el[c + 1].kind) && el[c + 2].kind == TokenKind::Dot && el[c + 2].newlines == 0)
    return;
  for (uint32_t k = i + 1; k <= c; ++k)
    if (IsComment(el[k].kind)) return;
  el[i + 1].newlines = 1;
  el[c].newlines = 1;
  for (uint32_t k = i + 1; k < c; ++k) {
    if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner < c) {
      k = el[k].partner;
      continue;
    }
    if (el[k].kind == TokenKind::Semi && k + 1 < c) el[k + 1].newlines = 1;
  }
  BreakChainsIn(fe, el, i + 1, c - 1, cfg);
}

// Elements [lo, hi] put on one line keep every chain within chain_width and every argument list
// and array within fn_call_width / array_width (the elements are left as they were).
auto InnerLimitsHold(const FileElements& fe, std::vector<Element>& el, const std::vector<bool>& dropped, uint32_t lo,
                     uint32_t hi, const FmtConfig& cfg) -> bool {
  {
    std::vector<std::pair<uint32_t, IndentHint>> saved;
    saved.reserve(hi - lo + 1);
    for (uint32_t k = lo; k <= hi; ++k) {
      saved.push_back({el[k].newlines, el[k].indent});
      el[k].newlines = 0;
    }
    BreakChainsIn(fe, el, lo, hi, cfg, /*any_position=*/true);
    bool breaks = false;
    for (uint32_t k = lo + 1; k <= hi; ++k) breaks |= el[k].newlines > 0;
    for (uint32_t k = lo; k <= hi; ++k) {
      el[k].newlines = saved[k - lo].first;
      el[k].indent = saved[k - lo].second;
    }
    if (breaks) return false;
  }
  for (uint32_t k = lo; k < hi; ++k) {
    const Element& o = el[k];
    if (!IsOpen(o.kind) || o.verbatim || o.partner == UINT32_MAX || !o.has_opener_kind) continue;
    uint64_t limit = o.opener_of == NodeKind::ArgList || o.opener_of == NodeKind::TupleExpr ? cfg.fn_call_width
                     : o.opener_of == NodeKind::ArrayExpr                                   ? cfg.array_width
                                                                                            : cfg.max_width;
    // A single argument is held to the line only (see RelayoutList), unless it is a nested call,
    // which overflows within fn_call_width.
    if (o.opener_of == NodeKind::ArgList && o.partner > k + 1 && !SeveralItems(el, k + 1, o.partner - 1) &&
        !NestedCallArg(el, k + 1, o.partner - 1))
      continue;
    if (o.partner > k + 1 && OneLineWidth(fe, el, dropped, k + 1, o.partner - 1, true) > limit) return false;
  }
  return true;
}

// An `unsafe { expr }` block written on one line at el[i] (its `{`, just printed at column
// `col`): rustfmt keeps it on one line only when the expression fits there with its lists and
// chains in their limits; otherwise the block breaks around the expression.
void BreakUnsafeBlock(const FileElements& fe, std::vector<Element>& el, const std::vector<bool>& dropped, uint32_t i,
                      uint64_t col, const FmtConfig& cfg) {
  const Element& open = el[i];
  if (i == 0 || el[i - 1].kind != TokenKind::KwUnsafe || el[i - 1].verbatim || open.partner == UINT32_MAX) return;
  const uint32_t c = open.partner;
  if (c <= i + 1 || el[i + 1].newlines > 0 || el[c].newlines > 0) return;
  for (uint32_t k = i + 1; k < c; ++k)
    if (el[k].newlines > 0 || IsComment(el[k].kind) || el[k].kind == TokenKind::Semi) return;
  const uint64_t w = OneLineWidth(fe, el, dropped, i + 1, c - 1, true);
  if (w == UINT32_MAX) return;
  if (col + 1 + w + 2 + RestOfLine(fe, el, c) <= cfg.max_width && InnerLimitsHold(fe, el, dropped, i + 1, c - 1, cfg))
    return;
  el[i + 1].newlines = 1;
  el[c].newlines = 1;
  // The expression now starts a line: a chain in it may break.
  BreakChainsIn(fe, el, i + 1, c - 1, cfg);
}

// The head of `if`, `while` or `match` at el[i] written over several lines: rustfmt puts it on
// the keyword's line with the body's `{` when it fits there (max_width, each argument list
// within fn_call_width, each chain within chain_width). `col` is the keyword's output column.
void JoinControlHead(const FileElements& fe, std::vector<Element>& el, const std::vector<bool>& dropped, uint32_t i,
                     uint64_t col, const FmtConfig& cfg) {
  uint32_t brace = i + 1;
  bool multiline = false;
  for (; brace < el.size(); ++brace) {
    const Element& x = el[brace];
    if (dropped[brace] || IsComment(x.kind) || x.verbatim) return;
    if (x.newlines > 0) multiline = true;
    if (x.kind == TokenKind::LBrace) break;
    // `=>`: the `if` was a match guard.
    if (x.kind == TokenKind::Semi || x.kind == TokenKind::RBrace || x.kind == TokenKind::FatArrow ||
        x.role == TokRole::ClosureOpen)
      return;
    if (IsOpen(x.kind) && x.partner != UINT32_MAX) {
      for (uint32_t k = brace + 1; k < x.partner; ++k)
        if (el[k].kind == TokenKind::LBrace || IsComment(el[k].kind) || el[k].verbatim || dropped[k]) return;
    }
  }
  if (!multiline || brace >= el.size() || brace == i + 1) return;
  const Element& before = el[brace - 1];
  if (before.kind == TokenKind::KwUnsafe || before.kind == TokenKind::KwAsync || before.kind == TokenKind::KwMove) return;
  // The `{` of a body written on the head's line: not the control-flow layout handled here.
  if (brace + 1 < el.size() && el[brace + 1].newlines == 0 && el[brace + 1].kind != TokenKind::RBrace) return;
  uint64_t w = OneLineWidth(fe, el, dropped, i, brace - 1);
  if (w == UINT32_MAX || col + w + 2 > cfg.max_width) return;
  for (uint32_t k = i; k < brace; ++k) {
    const Element& o = el[k];
    if (!IsOpen(o.kind) || o.partner == UINT32_MAX || !o.has_opener_kind) continue;
    uint64_t limit = o.opener_of == NodeKind::ArgList || o.opener_of == NodeKind::TupleExpr ? cfg.fn_call_width
                     : o.opener_of == NodeKind::ArrayExpr                                    ? cfg.array_width
                                                                                               : cfg.max_width;
    uint32_t last = o.partner - 1;
    if (el[last].kind == TokenKind::Comma) return;  // a trailing comma would have to go: left alone
    if (o.partner > k + 1 && OneLineWidth(fe, el, dropped, k + 1, last) > limit) return;
  }
  std::vector<std::pair<uint32_t, IndentHint>> saved;
  for (uint32_t k = i; k <= brace; ++k) {
    saved.push_back({el[k].newlines, el[k].indent});
    if (k > i) el[k].newlines = 0;
  }
  BreakChainsIn(fe, el, i, brace - 1, cfg, /*any_position=*/true);
  bool breaks = false;
  for (uint32_t k = i + 1; k <= brace; ++k) breaks |= el[k].newlines > 0;
  if (breaks) {
    for (uint32_t k = i; k <= brace; ++k) {
      el[k].newlines = saved[k - i].first;
      el[k].indent = saved[k - i].second;
    }
    return;
  }
  for (uint32_t k = i + 1; k <= brace; ++k) el[k].indent = saved[k - i].second;
}

// Every argument in [lo, hi] is a literal or a plain name (optionally negated): rustfmt then lays
// the list out "mixed", so fn_call_width does not force it vertical.
auto SimpleArgs(const FileElements& fe, const std::vector<Element>& el, uint32_t lo, uint32_t hi,
                const FmtConfig& cfg) -> bool {
  uint32_t in_arg = 0;
  for (uint32_t k = lo; k <= hi; ++k) {
    TokenKind x = el[k].kind;
    if (x == TokenKind::Comma) {
      in_arg = 0;
      continue;
    }
    if (x == TokenKind::Minus && in_arg == 0) continue;
    if (!(IsLiteral(x) || x == TokenKind::Ident || x == TokenKind::KwTrue || x == TokenKind::KwFalse) || in_arg > 0)
      return false;
    // Short ones only (short_array_element_width_threshold).
    if (fe.Text(el[k]).size() > cfg.short_array_element_width_threshold) return false;
    ++in_arg;
  }
  return true;
}

// How element x changes the depth of generic brackets (`>>` closes two).
auto GenericDelta(const Element& x) -> int {
  if (x.role == TokRole::GenericOpen || x.role == TokRole::QSelfOpen) return x.kind == TokenKind::Shl ? 2 : 1;
  if (x.role == TokRole::GenericClose) return x.kind == TokenKind::Shr ? -2 : -1;
  return 0;
}

// The format-like macros rustfmt special-cases, with the number of arguments before the format
// string (rustfmt's list of them).
auto FormatMacroArgsBefore(std::string_view name) -> int {
  static constexpr std::pair<std::string_view, int> kMacros[] = {
      {"eprint", 0},    {"eprintln", 0}, {"format", 0},       {"format_args", 0},     {"print", 0},
      {"println", 0},   {"panic", 0},    {"unreachable", 0},  {"debug", 0},           {"error", 0},
      {"info", 0},      {"warn", 0},     {"assert", 1},       {"debug_assert", 1},    {"write", 1},
      {"writeln", 1},   {"assert_eq", 2}, {"assert_ne", 2},   {"debug_assert_eq", 2}, {"debug_assert_ne", 2}};
  for (const auto& [n, before] : kMacros)
    if (n == name) return before;
  return -1;
}

// rustfmt's "simple" expression: a literal or one-segment path, through field accesses, prefix
// operators, `?`, casts to a name and indexing by simple expressions.
auto SimpleExpr(const FileElements& fe, const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> bool {
  bool operand = false;  // an operand was just seen
  for (uint32_t k = lo; k <= hi; ++k) {
    const Element& x = el[k];
    TokenKind t = x.kind;
    if (x.verbatim || IsComment(t)) return false;
    if (!operand) {
      if (t == TokenKind::And || t == TokenKind::AndAnd || t == TokenKind::Minus || t == TokenKind::Not ||
          t == TokenKind::Star || t == TokenKind::KwMut)
        continue;
      if (!(IsLiteral(t) || t == TokenKind::Ident || t == TokenKind::RawIdent || IsPathKeyword(t))) return false;
      operand = true;
      continue;
    }
    if (t == TokenKind::Dot && k + 1 <= hi && (el[k + 1].kind == TokenKind::Ident || el[k + 1].kind == TokenKind::IntLit)) {
      ++k;
      continue;
    }
    if (t == TokenKind::Question) continue;
    if (t == TokenKind::KwAs && k + 1 <= hi && el[k + 1].kind == TokenKind::Ident) {
      ++k;
      continue;
    }
    if (t == TokenKind::LBracket && x.partner != UINT32_MAX && x.partner <= hi && x.partner > k + 1 &&
        SimpleExpr(fe, el, k + 1, x.partner - 1)) {
      k = x.partner;
      continue;
    }
    return false;
  }
  return operand;
}

// A format-like macro made vertical (`println!`, `assert_eq!`, ...): rustfmt keeps the arguments
// before the format string on the first line, and those after it on one line, when all of them
// are simple and each group fits the nested width.
void LayoutFormatMacro(const FileElements& fe, std::vector<Element>& el, const std::vector<bool>& dropped, uint32_t i,
                       uint32_t last, const std::string& out, const FmtConfig& cfg) {
  if (i < 2 || el[i - 1].role != TokRole::MacroBang || el[i - 2].kind != TokenKind::Ident) return;
  if (i >= 3 && el[i - 3].kind == TokenKind::PathSep) return;
  int before = FormatMacroArgsBefore(fe.Text(el[i - 2]));
  if (before < 0) return;
  // The arguments: [first, last] element ranges between top-level commas.
  std::vector<std::pair<uint32_t, uint32_t>> args;
  uint32_t start = i + 1;
  int generic_depth = 0;
  for (uint32_t k = i + 1; k <= last; ++k) {
    if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) {
      k = el[k].partner;
      continue;
    }
    generic_depth += GenericDelta(el[k]);
    if (el[k].kind == TokenKind::Comma && generic_depth <= 0) {
      args.push_back({start, k - 1});
      start = k + 1;
    }
  }
  if (start <= last) args.push_back({start, last});
  const size_t n = static_cast<size_t>(before);
  if (args.size() <= n) return;
  // Every argument, the format string included, must be simple (rustfmt's is_every_expr_simple).
  for (size_t a = 0; a < args.size(); ++a)
    if (!SimpleExpr(fe, el, args[a].first, args[a].second)) return;
  size_t nl = out.rfind('\n');
  size_t b = nl == std::string::npos ? 0 : nl + 1;
  uint64_t indent = 0;
  while (b + indent < out.size() && out[b + indent] == ' ') ++indent;
  const uint64_t width = cfg.max_width > indent + cfg.tab_spaces ? cfg.max_width - indent - cfg.tab_spaces : 0;
  // Whether arguments [from, to) fit on one line of the nested width.
  auto group_fits = [&](size_t from, size_t to) {
    if (from >= to) return true;
    uint64_t w = OneLineWidth(fe, el, dropped, args[from].first, args[to - 1].second);
    return w != UINT32_MAX && w <= width;
  };
  if (!group_fits(0, n) || !group_fits(n + 1, args.size())) return;
  for (size_t a = 1; a < args.size(); ++a) {
    uint32_t first = args[a].first;
    if (a < n || a > n + 1) {
      el[first].newlines = 0;
    } else {
      el[first].newlines = 1;
    }
  }
}

auto GenericDelta(const Element& x) -> int;

// Width of what follows el[close] on its output line (`;`, `)?;`, ` {`), up to a comment, a
// multi-line token or an opening brace.
auto RestOfLine(const FileElements& fe, const std::vector<Element>& el, uint32_t close) -> uint64_t {
  uint64_t rest = 0;
  for (uint32_t r = close + 1; r < el.size() && el[r].newlines == 0; ++r) {
    if (IsComment(el[r].kind)) break;
    std::string_view t = fe.Text(el[r]);
    size_t nlpos = t.find('\n');
    rest += DisplayWidth(t.substr(0, nlpos)) +
            (Space(el[r - 1], el[r], r >= 2 ? &el[r - 2] : nullptr) ? 1 : 0);
    if (nlpos != std::string_view::npos || el[r].kind == TokenKind::LBrace) break;
  }
  return rest;
}

// Elements [lo, hi) are a call's callee as rustfmt's nested-call test sees it: a path (or macro
// name) on one line, optionally behind prefix operators (`&`, `!`, `*`, `-`, `&mut`).
auto PathCallee(const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> bool {
  bool name = false;
  int generic_depth = 0;
  for (uint32_t k = lo; k < hi; ++k) {
    const Element& x = el[k];
    if (x.newlines > 0 || x.verbatim) return false;
    name |= x.kind == TokenKind::Ident || x.kind == TokenKind::RawIdent;
    generic_depth += GenericDelta(x);
    if (generic_depth > 0 || x.role == TokRole::GenericClose) continue;  // turbofish arguments
    const bool path_part = x.kind == TokenKind::Ident || x.kind == TokenKind::RawIdent || x.kind == TokenKind::PathSep ||
                           IsPathKeyword(x.kind) || x.role == TokRole::MacroBang || x.role == TokRole::GenericOpen ||
                           x.role == TokRole::GenericClose || x.role == TokRole::UnaryPrefix ||
                           x.kind == TokenKind::And || x.kind == TokenKind::Not || x.kind == TokenKind::KwMut;
    if (!path_part) return false;
  }
  return name;
}

// Elements [lo, hi] are one call with a path callee (`f(..)`, `m!(..)`, `&a::f(..)?`): rustfmt's
// "nested call", which an enclosing single-argument list overflows with a reduced budget.
auto NestedCallArg(const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> bool {
  uint32_t end = hi;
  while (end > lo && el[end].kind == TokenKind::Question && el[end].role == TokRole::Try) --end;
  if (el[end].kind != TokenKind::RParen || el[end].verbatim || el[end].partner == UINT32_MAX) return false;
  uint32_t open = el[end].partner;
  return open > lo && open <= end && PathCallee(el, lo, open);
}

// Elements [lo, hi] hold a comma outside nested delimiters and generics that is not the last
// element: the list has two or more items.
auto SeveralItems(const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> bool {
  int generic_depth = 0;
  for (uint32_t k = lo; k < hi; ++k) {
    if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= hi) {
      k = el[k].partner;
      continue;
    }
    generic_depth += GenericDelta(el[k]);
    if (el[k].kind == TokenKind::Comma && generic_depth <= 0) return true;
  }
  return false;
}

// rustfmt's budget for the arguments of the call opened by el[i] when that call is the only
// argument of an enclosing argument list on the same line whose own arguments do not fit its
// budget: rustfmt overflows the call into the enclosing list with at most fn_call_width columns
// (less than that when the enclosing budget is smaller), minus its callee, parentheses and `?`s,
// so budgets shrink with each nested callee. UINT64_MAX when el[i] is no such call. `col` is
// the output column just after el[i].
auto NestedCallLimit(const FileElements& fe, const std::vector<Element>& el, const std::vector<bool>& dropped,
                     uint32_t i, const FmtConfig& cfg, const std::vector<Open>& stack, uint64_t col,
                     size_t depth = SIZE_MAX) -> uint64_t {
  constexpr uint64_t kNone = UINT64_MAX;
  if (depth == SIZE_MAX) depth = stack.size();
  if (depth == 0 || el[i].partner == UINT32_MAX || el[i].kind != TokenKind::LParen) return kNone;
  const uint32_t oi = stack[depth - 1].elem;
  const Element& o = el[oi];
  if (o.kind != TokenKind::LParen || o.partner == UINT32_MAX || !o.has_opener_kind || o.opener_of != NodeKind::ArgList)
    return kNone;
  uint32_t after = el[i].partner + 1;
  uint64_t suffix = 0;
  while (after < o.partner && el[after].kind == TokenKind::Question && el[after].role == TokRole::Try) ++after, ++suffix;
  if (after < o.partner && el[after].kind == TokenKind::Comma) ++after;
  if (after != o.partner) return kNone;
  if (!PathCallee(el, oi + 1, i)) return kNone;
  const uint64_t head = OneLineWidth(fe, el, dropped, oi + 1, i);  // callee and `(`
  if (head == UINT32_MAX || head > col) return kNone;
  const uint64_t col_o = col - head;
  bool braces = false;
  for (uint32_t k = oi + 1; k < o.partner; ++k) braces |= el[k].kind == TokenKind::LBrace && !el[k].verbatim;
  uint32_t olast = o.partner - 1;
  if (el[olast].kind == TokenKind::Comma) --olast;
  const uint64_t w = OneLineWidth(fe, el, dropped, oi + 1, olast, /*allow_closures=*/!braces);
  if (w == UINT32_MAX) return kNone;
  uint64_t parent = NestedCallLimit(fe, el, dropped, oi, cfg, stack, col_o, depth - 1);
  if (parent == kNone) {
    // The outermost list: fn_call_width, or the columns left before its `)` and what follows.
    const uint64_t used = col_o + 1 + RestOfLine(fe, el, o.partner);
    parent = std::min<uint64_t>(cfg.fn_call_width, cfg.max_width > used ? cfg.max_width - used : 0);
  }
  if (w <= parent) return kNone;
  const uint64_t shape = std::min<uint64_t>(cfg.fn_call_width, parent);
  const uint64_t taken = head + 1 + suffix;
  return shape > taken ? shape - taken : 0;
}

// rustfmt's choice between one line and one element per line for an argument or parameter list
// opened by el[i] (just printed to `out`): a vertical list whose elements fit within the width
// limits is joined; a one-line argument list wider than fn_call_width becomes vertical.
void RelayoutList(const FileElements& fe, std::vector<Element>& el, std::vector<bool>& dropped,
                  std::vector<bool>& comma_after, uint32_t i, const std::string& out, const FmtConfig& cfg,
                  const std::vector<Open>& stack) {
  const Element& open = el[i];
  if (!open.has_opener_kind || open.partner == UINT32_MAX || open.partner <= i + 1) return;
  NodeKind kind = open.opener_of;
  if (kind != NodeKind::ArgList && kind != NodeKind::ParamList && kind != NodeKind::ArrayExpr && kind != NodeKind::TupleExpr &&
      kind != NodeKind::TupleFieldList)
    return;
  // A tuple struct's fields follow the parameter rules with fn_call_width as their limit (measured
  // on rustfmt's output): one line within it, else one field per line.
  const bool tuple_fields = kind == NodeKind::TupleFieldList;
  if (tuple_fields) kind = NodeKind::ParamList;
  // A single field is measured against max_width only (rustfmt keeps a long one on one line).
  bool several_fields = false;
  if (tuple_fields) {
    bool& several = several_fields;
    int generic_depth = 0;
    for (uint32_t k = i + 1; k + 1 < open.partner && !several; ++k) {
      if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner < open.partner) {
        k = el[k].partner;
        continue;
      }
      generic_depth += GenericDelta(el[k]);
      several = generic_depth <= 0 && el[k].kind == TokenKind::Comma && el[k + 1].kind != TokenKind::RParen;
    }
  }
  // Tuple expressions follow the argument rules (rustfmt formats both as parenthesised lists);
  // a one-element tuple keeps its comma and is left alone.
  if (kind == NodeKind::TupleExpr) {
    bool several = false;
    for (uint32_t k = i + 1; k + 1 < open.partner && !several; ++k) {
      if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner < open.partner) {
        k = el[k].partner;
        continue;
      }
      several = el[k].kind == TokenKind::Comma && k + 1 < open.partner && el[k + 1].kind != TokenKind::RParen;
    }
    if (!several) return;
    kind = NodeKind::ArgList;
  }
  // Arrays follow the argument rules with array_width as their limit.
  const bool array = kind == NodeKind::ArrayExpr;
  if (array) kind = NodeKind::ArgList;
  uint32_t close = open.partner;
  // The last element before the closer, past a trailing comma.
  uint32_t last = close - 1;
  bool trailing_comma = el[last].kind == TokenKind::Comma;
  if (trailing_comma) --last;
  if (last <= i) return;
  bool vertical = false;
  for (uint32_t k = i + 1; k <= close; ++k) vertical |= el[k].newlines > 0;
  // Closures without block bodies are measured like other arguments, except a closure that is
  // the last argument: rustfmt overflows it (wrapping its body in a block), not done here.
  bool closure_last = false, braces = false;
  for (uint32_t k = i + 1; k <= last; ++k) braces |= el[k].kind == TokenKind::LBrace && !el[k].verbatim;
  for (uint32_t k = i + 1; k <= last; ++k) {
    if (el[k].kind == TokenKind::Comma) closure_last = false;
    if (el[k].role == TokRole::ClosureOpen) {
      closure_last = true;
      // Its parameters' commas separate no arguments.
      if (el[k].kind == TokenKind::Or)
        while (k < last && el[k + 1].role != TokRole::ClosureClose) ++k;
      continue;
    }
    if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) k = el[k].partner;
  }
  if (closure_last) {
    // Visual style with a block closure last (`f(a,` then `|x| {` .. `})` below): rustfmt
    // overflows the closure, its header joining the `(` line when that fits.
    if (kind == NodeKind::ArgList && !open.macro_commas && !open.in_macro && el[i + 1].newlines == 0 &&
        el[close].newlines == 0) {
      uint32_t cs = UINT32_MAX;  // the closure argument's first element
      for (uint32_t k = i + 1; k <= last; ++k) {
        if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) {
          k = el[k].partner;
          continue;
        }
        if (el[k].role == TokRole::ClosureOpen && el[k].kind == TokenKind::Or) {
          while (k < last && el[k + 1].role != TokRole::ClosureClose) ++k;
          continue;
        }
        if (el[k].kind == TokenKind::Comma) cs = k + 1;
      }
      if (cs != UINT32_MAX && cs <= last && el[cs].newlines > 0) {
        bool ok = true;
        for (uint32_t k = i + 1; k < cs && ok; ++k)
          ok = el[k].newlines == 0 && !IsComment(el[k].kind) && el[k].role != TokRole::ClosureOpen;
        uint32_t bar = cs;
        if (el[bar].kind == TokenKind::KwMove) ++bar;
        ok = ok && bar <= last && el[bar].role == TokRole::ClosureOpen;
        uint32_t brace = bar + 1;
        if (ok && el[bar].kind == TokenKind::Or)
          while (brace <= last && el[brace - 1].role != TokRole::ClosureClose) ++brace;
        ok = ok && brace <= last && el[brace].kind == TokenKind::LBrace && !el[brace].verbatim && el[brace].partner == last;
        for (uint32_t k = cs + 1; ok && k <= brace; ++k) ok = el[k].newlines == 0 && !IsComment(el[k].kind);
        if (ok) {
          const size_t nl2 = out.rfind('\n');
          const uint64_t col0 = DisplayWidth(std::string_view(out).substr(nl2 == std::string::npos ? 0 : nl2 + 1));
          el[cs].newlines = 0;
          const uint64_t head = OneLineWidth(fe, el, dropped, i + 1, brace, true);
          if (head == UINT32_MAX || col0 + head > cfg.max_width) el[cs].newlines = 1;
          else el[cs].indent = IndentHint::Auto;
        }
      }
    }
    return;
  }
  // Several items written in overflow style (`f(a, Foo {` ... `})`, `(x, &[` ... `])`): rustfmt
  // overflows only closures and blocks in lists of several (overflow_delimited_expr is off), so a
  // multi-line struct literal, array or call among them makes the list vertical.
  if (vertical && kind == NodeKind::ArgList && el[i + 1].newlines == 0 &&
      el[close].newlines == 0 && SeveralItems(el, i + 1, last)) {
    bool overflow_style = true, multi = false;
    for (uint32_t k = i + 1; k <= last && overflow_style; ++k) {
      const Element& x = el[k];
      if (x.role == TokRole::ClosureOpen || x.verbatim || IsComment(x.kind) || (x.synthetic && x.kind != TokenKind::Comma))
        overflow_style = false;
      if (x.kind == TokenKind::LBrace && !(x.has_opener_kind && x.opener_of == NodeKind::StructExpr)) overflow_style = false;
      multi |= x.newlines > 0;
    }
    // Items start where the previous one ended.
    int depth = 0;
    for (uint32_t k = i + 1; k < last && overflow_style; ++k) {
      if (IsOpen(el[k].kind)) ++depth;
      if (IsClose(el[k].kind)) --depth;
      if (depth == 0 && el[k].kind == TokenKind::Comma && el[k + 1].newlines > 0) overflow_style = false;
    }
    if (overflow_style && multi) {
      el[i + 1].newlines = 1;
      el[close].newlines = 1;
      depth = 0;
      for (uint32_t k = i + 1; k < last; ++k) {
        if (IsOpen(el[k].kind)) ++depth;
        if (IsClose(el[k].kind)) --depth;
        if (depth == 0 && el[k].kind == TokenKind::Comma) el[k + 1].newlines = 1;
      }
      if (!trailing_comma && !open.macro_commas) comma_after[last] = true;
      return;
    }
  }
  // (Braces written on one line are measured as they are; a list over several lines with braces
  // in it is never joined.)
  uint64_t width = OneLineWidth(fe, el, dropped, i + 1, last, /*allow_closures=*/!braces || !vertical);
  if (width == UINT32_MAX) return;
  uint64_t limit = array ? cfg.array_width : kind == NodeKind::ArgList || several_fields ? cfg.fn_call_width : cfg.max_width;
  size_t nl = out.rfind('\n');
  uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
  // A call overflowed into an enclosing single-argument list gets rustfmt's reduced budget.
  const uint64_t nested = open.opener_of == NodeKind::ArgList ? NestedCallLimit(fe, el, dropped, i, cfg, stack, col) : UINT64_MAX;
  if (nested != UINT64_MAX) limit = std::min(limit, nested);
  // A single call argument: rustfmt measures it against the line (its one_line_width), not
  // fn_call_width, unless it overflows a nested call, which then gets at most fn_call_width.
  bool single_vertical = false;  // too wide: the argument goes on a line of its own
  if (open.opener_of == NodeKind::ArgList && !SeveralItems(el, i + 1, last)) {
    const uint64_t used = col + 1 + RestOfLine(fe, el, close);
    const uint64_t rem = nested != UINT64_MAX ? nested : cfg.max_width > used ? cfg.max_width - used : 0;
    bool overflows = NestedCallArg(el, i + 1, last);
    if (overflows) {
      uint32_t inner = last;
      while (el[inner].kind == TokenKind::Question) --inner;
      const uint64_t head = OneLineWidth(fe, el, dropped, i + 1, el[inner].partner);  // `callee(`
      overflows = head <= std::min<uint64_t>(cfg.fn_call_width, rem);
    }
    const bool short_callee = i >= 2 && el[i - 1].kind == TokenKind::Ident && el[i - 2].kind != TokenKind::PathSep &&
                              el[i - 2].kind != TokenKind::Dot && fe.Text(el[i - 1]).size() < cfg.tab_spaces;
    if (overflows) {
      limit = std::min<uint64_t>(cfg.fn_call_width, rem);
    } else if (!(short_callee && nested == UINT64_MAX)) {
      limit = rem;
      // Block-like and bracketed arguments overflow; so does anything after a callee shorter than
      // tab_spaces (rustfmt combines it with the callee). Everything else goes vertical.
      uint32_t a = i + 1;
      while (a < last && (el[a].kind == TokenKind::And || el[a].kind == TokenKind::AndAnd || el[a].kind == TokenKind::KwMut))
        ++a;
      // A tuple or array argument (the group is the whole argument), not `(x as u64).f()`.
      bool block_like = (el[a].kind == TokenKind::LBracket || el[a].kind == TokenKind::LParen) && el[a].partner == last;
      for (uint32_t k = i + 1; k <= last; ++k)
        block_like |= el[k].role == TokRole::MacroBang || el[k].kind == TokenKind::KwMatch || el[k].kind == TokenKind::KwIf ||
                      el[k].kind == TokenKind::KwUnsafe || el[k].kind == TokenKind::KwLoop ||
                      el[k].kind == TokenKind::KwAsync || el[k].verbatim || el[k].role == TokRole::ClosureOpen ||
                      el[k].kind == TokenKind::LBrace;
      // A chain of two or more calls or fields wider than chain_width breaks, so the argument
      // cannot stay on the callee's line.
      uint32_t dots = 0;
      for (uint32_t k = i + 1; k <= last; ++k) {
        if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) {
          k = el[k].partner;
          continue;
        }
        dots += el[k].kind == TokenKind::Dot;
        if (el[k].role == TokRole::BinaryOp || el[k].kind == TokenKind::KwAs || IsRange(el[k].kind)) dots = 0;
      }
      if (dots >= 2 && width > cfg.chain_width) limit = 0;
      if (dots >= 2 && width > cfg.chain_width && !open.macro_commas && !open.in_macro) {
        // The chain itself is a call's argument: a closure or block inside one of its calls does
        // not make it overflow (rustfmt puts the breaking chain on a line of its own). Macro
        // arguments differ: rustfmt overflows a chain there (`assert!(x` then the elements).
        block_like = false;
        for (uint32_t k = i + 1; k <= last; ++k) {
          if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) {
            k = el[k].partner;
            continue;
          }
          block_like |= el[k].role == TokRole::MacroBang || el[k].kind == TokenKind::KwMatch || el[k].kind == TokenKind::KwIf ||
                        el[k].kind == TokenKind::KwUnsafe || el[k].kind == TokenKind::KwLoop ||
                        el[k].kind == TokenKind::KwAsync || el[k].verbatim || el[k].role == TokRole::ClosureOpen ||
                        el[k].kind == TokenKind::LBrace;
        }
      }
      // rustfmt gives up (keeps the input) when the argument does not fit on a line of its own.
      size_t b = nl == std::string::npos ? 0 : nl + 1;
      uint64_t indent = 0;
      while (b + indent < out.size() && out[b + indent] == ' ') ++indent;
      single_vertical = !block_like && indent + cfg.tab_spaces + width + 1 <= cfg.max_width;
      if (!single_vertical) limit = std::max<uint64_t>(limit, cfg.fn_call_width);
    }
  }
  if (kind == NodeKind::ArgList && width > limit && !open.macro_commas && SimpleArgs(fe, el, i + 1, last, cfg)) {
    // Short simple arguments past fn_call_width: rustfmt's "mixed" layout packs them onto lines
    // one level deeper, each line ending with a comma, the closer on its own line.
    size_t b = nl == std::string::npos ? 0 : nl + 1;
    uint64_t indent = 0;
    while (b + indent < out.size() && out[b + indent] == ' ') ++indent;
    uint64_t start_col = indent + cfg.tab_spaces;
    uint64_t cur = 0;
    bool first = true;
    for (uint32_t k = i + 1; k <= last; ++k) {
      if (el[k].kind == TokenKind::Comma) continue;
      // One argument: an optional `-` and a token.
      uint32_t arg_end = k + (el[k].kind == TokenKind::Minus ? 1 : 0);
      uint64_t w = fe.Text(el[k]).size() + (arg_end > k ? fe.Text(el[arg_end]).size() : 0);
      // rustfmt's mixed layout leaves the last column free.
      if (first || cur + 1 + w + 1 >= cfg.max_width) {
        el[k].newlines = 1;
        cur = start_col + w + 1;
        first = false;
      } else {
        el[k].newlines = 0;
        cur += 1 + w + 1;
      }
      for (uint32_t x = k + 1; x <= arg_end; ++x) el[x].newlines = 0;
      k = arg_end;
    }
    for (uint32_t k = i + 1; k <= last; ++k)
      if (el[k].kind == TokenKind::Comma) el[k].newlines = 0;
    el[close].newlines = 1;
    if (trailing_comma) el[close - 1].newlines = 0;
    if (!trailing_comma && !open.macro_commas) {
      comma_after[last] = true;
    }
    return;
  }
  // Parameters that do not go on one line go one per line (rustfmt has no other layout for them);
  // a list holding comments or multi-line verbatim elements keeps the input's breaks.
  // Arguments in visual style (the first on the `(` line, the others below it), which rustfmt
  // never writes, go one per line too unless short and simple (mixed layout) or overflowing.
  auto params_vertical = [&]() {
    bool visual = false;
    if (kind == NodeKind::ArgList && !array && el[i + 1].newlines == 0) {
      int d = 0;
      for (uint32_t k = i + 1; k < last; ++k) {
        if (IsOpen(el[k].kind) && !el[k].verbatim) ++d;
        if (IsClose(el[k].kind) && !el[k].verbatim) --d;
        if (d == 0 && el[k].kind == TokenKind::Comma && el[k + 1].newlines > 0) visual = true;
        if (el[k].role == TokRole::ClosureOpen || (el[k].kind == TokenKind::LBrace && !el[k].verbatim)) return;
      }
      if (!visual || SimpleArgs(fe, el, i + 1, last, cfg)) return;
    } else if (kind != NodeKind::ParamList || tuple_fields) {
      return;
    }
    for (uint32_t k = i + 1; k <= close; ++k)
      if (IsComment(el[k].kind) || (el[k].verbatim && fe.Text(el[k]).find('\n') != std::string_view::npos)) return;
    el[i + 1].newlines = 1;
    el[close].newlines = 1;
    int generic_depth = 0;
    for (uint32_t k = i + 1; k < last; ++k) {
      if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) {
        k = el[k].partner;
        continue;
      }
      generic_depth += GenericDelta(el[k]);
      if (el[k].kind == TokenKind::Comma && generic_depth <= 0) el[k + 1].newlines = 1;
    }
    if (!trailing_comma && !open.macro_commas) comma_after[last] = true;
    if (visual) {
      if (open.in_macro) LayoutFormatMacro(fe, el, dropped, i, last, out, cfg);
      BreakChainsIn(fe, el, i + 1, last, cfg);
    }
  };
  if (vertical) {
    if (width > limit) return params_vertical();
    // What follows the closer on its line must fit too; a chain after it is left alone.
    uint32_t r = close + 1;
    uint64_t rest = 0;
    while (r < el.size() && el[r].newlines == 0) {
      if (el[r].kind == TokenKind::Dot || IsComment(el[r].kind)) return params_vertical();
      if (fe.Text(el[r]).find('\n') != std::string_view::npos) return params_vertical();
      rest += fe.Text(el[r]).size() + (Space(el[r - 1], el[r], r >= 2 ? &el[r - 2] : nullptr) ? 1 : 0);
      ++r;
    }
    // (A list on a line of a broken chain, `.f(` .. `)` with `.g()` on the next line, joins.)
    bool chain_line = false;
    {
      size_t b = nl == std::string::npos ? 0 : nl + 1;
      while (b < out.size() && (out[b] == ' ' || out[b] == '\t')) ++b;
      chain_line = b < out.size() && out[b] == '.';
    }
    if (r < el.size() && el[r].kind == TokenKind::Dot && !(chain_line && el[r].newlines > 0)) return params_vertical();
    // A return type or tail that itself continues on later lines keeps the list vertical.
    if (r - 1 > close && IsOpen(el[r - 1].kind) && !el[r - 1].verbatim && el[r - 1].kind != TokenKind::LBrace) return params_vertical();
    if (kind == NodeKind::ParamList) {
      // Parameters stay vertical after generics that were laid out vertically (`>(` line).
      size_t b = nl == std::string::npos ? 0 : nl + 1;
      while (b < out.size() && (out[b] == ' ' || out[b] == '\t')) ++b;
      if (b < out.size() && out[b] == '>') return params_vertical();
    }
    if (col + width + 1 + rest > cfg.max_width) return params_vertical();
    // Enclosing argument lists opened on this line must stay within their limit once joined.
    DropMarks would_drop(dropped);
    for (uint32_t k = i + 1; k < close; ++k)
      if (el[k].kind == TokenKind::Comma && !el[k].macro_commas && IsClose(el[k + 1].kind) && el[k + 1].partner != UINT32_MAX &&
          el[el[k + 1].partner].has_opener_kind &&
          (el[el[k + 1].partner].opener_of == NodeKind::ArgList || el[el[k + 1].partner].opener_of == NodeKind::ParamList))
        would_drop.Mark(k);
    for (size_t s = stack.size(); s-- > 0;) {
      const Element& o = el[stack[s].elem];
      if (o.partner == UINT32_MAX) break;
      // Only delimiters printed on the current output line.
      bool same_line = true;
      for (uint32_t k = stack[s].elem + 1; k <= i && same_line; ++k) same_line = el[k].newlines == 0;
      if (!same_line) break;
      if (!o.has_opener_kind || o.opener_of != NodeKind::ArgList) continue;
      std::vector<Element> saved(el.begin() + stack[s].elem + 1, el.begin() + o.partner + 1);
      for (uint32_t k = i + 1; k <= close; ++k) el[k].newlines = 0;
      uint32_t olast = o.partner - 1;
      if (el[olast].kind == TokenKind::Comma) --olast;
      uint64_t ow = OneLineWidth(fe, el, dropped, stack[s].elem + 1, olast);
      std::copy(saved.begin(), saved.end(), el.begin() + stack[s].elem + 1);
      if (ow != UINT32_MAX && ow > cfg.fn_call_width) return params_vertical();
    }
    for (uint32_t k = i + 1; k <= close; ++k) el[k].newlines = 0;
    // `where` after vertical parameters sat on the `)` line; after joined ones it gets its own.
    if (close + 1 < el.size() && el[close + 1].role == TokRole::WhereKw && el[close + 1].newlines == 0) {
      el[close + 1].newlines = 1;
      el[close + 1].indent = IndentHint::Anchor;
    }
    would_drop.Commit();
    if (trailing_comma && !open.macro_commas) dropped[close - 1] = true;
  } else if (kind == NodeKind::ArgList || kind == NodeKind::ParamList) {
    // Too wide: past fn_call_width (arguments), or the line past max_width.
    bool too_wide = (several_fields && width > limit) || (kind == NodeKind::ArgList && width > limit);
    if (!too_wide) {
      uint64_t rest = 0;
      for (uint32_t r = close + 1; r < el.size() && el[r].newlines == 0; ++r) {
        if (IsComment(el[r].kind)) break;
        std::string_view t = fe.Text(el[r]);
        size_t nlpos = t.find('\n');
        rest += DisplayWidth(t.substr(0, nlpos)) +
                (Space(el[r - 1], el[r], r >= 2 ? &el[r - 2] : nullptr) ? 1 : 0);
        if (nlpos != std::string_view::npos || (IsOpen(el[r].kind) && el[r].kind == TokenKind::LBrace)) break;
      }
      too_wide = col + width + 1 + rest > cfg.max_width;
    }
    if (!too_wide) return;
    // Short simple arguments inside macros are left as written (rustfmt does not relayout them).
    if (SimpleArgs(fe, el, i + 1, last, cfg)) return;
    // Two or more arguments (a single one overflows: its own list breaks instead), the last
    // not a block (rustfmt overflows only blocks and closures among several arguments).
    bool several = kind == NodeKind::ParamList;
    uint32_t last_start = i + 1;
    int generic_depth = 0;
    for (uint32_t k = i + 1; k <= last; ++k) {
      if (el[k].verbatim && fe.Text(el[k]).find('\n') != std::string_view::npos) return;
      generic_depth += GenericDelta(el[k]);
      if (el[k].kind == TokenKind::Comma && generic_depth <= 0) {
        several = true;
        last_start = k + 1;
      }
      if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) k = el[k].partner;
    }
    if (!several && !single_vertical) return;
    {
      uint32_t b = last_start;
      while (b < last && (el[b].kind == TokenKind::KwUnsafe || el[b].kind == TokenKind::KwAsync || el[b].kind == TokenKind::KwMove))
        ++b;
      if (el[b].kind == TokenKind::LBrace && !el[b].verbatim && el[b].partner == last) {
        // A block as the last of several arguments overflows: the arguments up to its `{` stay
        // on the line within fn_call_width and the block breaks around its expression;
        // otherwise the list goes vertical.
        if (!several || b + 1 >= last) return;
        for (uint32_t k = b + 1; k < last; ++k)
          if (el[k].kind == TokenKind::Semi || el[k].newlines > 0 || IsComment(el[k].kind)) return;
        const uint64_t head = OneLineWidth(fe, el, dropped, i + 1, b, true);
        if (head == UINT32_MAX) return;
        if (head <= cfg.fn_call_width) {
          el[b + 1].newlines = 1;
          el[last].newlines = 1;
          BreakChainsIn(fe, el, b + 1, last - 1, cfg);
          return;
        }
      }
      if (!several) {
        // A single argument too wide for the line: an array or macro in it overflows when it is
        // itself too wide for one line.
        for (uint32_t k = last_start; k <= last; ++k) {
          if (el[k].verbatim) return;
          if ((el[k].kind == TokenKind::LBracket || el[k].kind == TokenKind::LParen) && el[k].partner != UINT32_MAX &&
              el[k].partner <= last && (k == last_start || el[k - 1].role == TokRole::MacroBang ||
                                        el[k - 1].kind == TokenKind::And)) {
            uint64_t inner = el[k].partner > k + 1 ? OneLineWidth(fe, el, dropped, k + 1, el[k].partner - 1, true) : 0;
            uint64_t own = el[k].kind == TokenKind::LBracket ? cfg.array_width : cfg.fn_call_width;
            if (inner > own) return;
            k = el[k].partner;
          }
        }
      } else {
        for (uint32_t k = last_start; k <= last; ++k)
          if (el[k].verbatim) return;
      }
    }
    el[i + 1].newlines = 1;
    el[close].newlines = 1;
    generic_depth = 0;  // commas inside `<...>` separate generic arguments, not list elements
    for (uint32_t k = i + 1; k < last; ++k) {
      if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner <= last) {
        k = el[k].partner;
        continue;
      }
      generic_depth += GenericDelta(el[k]);
      if (el[k].kind == TokenKind::Comma && generic_depth <= 0) el[k + 1].newlines = 1;
    }
    if (open.in_macro) LayoutFormatMacro(fe, el, dropped, i, last, out, cfg);
    // Arguments now start lines: chains among them may break.
    BreakChainsIn(fe, el, i + 1, last, cfg);
    if (!trailing_comma && !open.macro_commas) {
      comma_after[last] = true;
    }
  }
}

// rustfmt's layout of a use list without comments (nested lists one level deep, each on one line):
// one line when `{...};` fits and no nested list has two items, else "mixed": the names fill
// lines one level deeper, a trailing comma, `}` on its own line.
void RelayoutUseList(const FileElements& fe, std::vector<Element>& el, std::vector<bool>& dropped,
                     std::vector<bool>& comma_after, uint32_t i, const std::string& out, const FmtConfig& cfg) {
  const uint32_t close = el[i].partner;
  if (close == UINT32_MAX || close <= i + 1 || el[close].role != TokRole::UseListClose) return;
  uint32_t last = close - 1;
  const bool trailing_comma = el[last].kind == TokenKind::Comma;
  if (trailing_comma) --last;
  if (last <= i) return;
  // What follows `}` on its line (`;`).
  if (close + 1 >= el.size() || el[close + 1].kind != TokenKind::Semi) return;
  std::vector<std::pair<uint32_t, uint32_t>> items;
  // A nested list of more than one item (`a::{b, c}`) makes rustfmt's list tactic mixed even when
  // the whole list fits, and then items with a path (`::`) and the items after them start lines.
  bool has_nested_list = false;
  std::vector<bool> has_path;
  bool item_path = false;
  uint32_t start = i + 1;
  for (uint32_t k = i + 1; k <= last; ++k) {
    const Element& x = el[k];
    if (IsComment(x.kind) || x.verbatim || dropped[k]) return;
    if (x.kind == TokenKind::LBrace) {
      // A nested list: kept only when it is flat (no deeper braces or comments); laid out on one line.
      if (x.role != TokRole::UseListOpen || x.partner == UINT32_MAX || x.partner > last) return;
      uint32_t n_items = 1;
      for (uint32_t q = k + 1; q < x.partner; ++q) {
        if (IsComment(el[q].kind) || el[q].verbatim || el[q].kind == TokenKind::LBrace || dropped[q]) return;
        if (el[q].kind == TokenKind::Comma && q + 1 < x.partner) ++n_items;
      }
      if (n_items > 1) has_nested_list = true;
      for (uint32_t q = k + 1; q <= x.partner; ++q) el[q].newlines = 0;
      if (el[x.partner - 1].kind == TokenKind::Comma) dropped[x.partner - 1] = true;
      k = x.partner;
      continue;
    }
    if (x.kind == TokenKind::PathSep) item_path = true;
    if (x.kind == TokenKind::Comma) {
      items.push_back({start, k - 1});
      has_path.push_back(item_path);
      item_path = false;
      start = k + 1;
    }
  }
  items.push_back({start, last});
  has_path.push_back(item_path);
  size_t nl = out.rfind('\n');
  const size_t b = nl == std::string::npos ? 0 : nl + 1;
  const uint64_t col = out.size() - b;
  uint64_t indent = 0;
  while (b + indent < out.size() && out[b + indent] == ' ') ++indent;
  // (allow_closures: nested lists' braces are measured; a use list holds no closures.)
  const uint64_t w = OneLineWidth(fe, el, dropped, i + 1, last, true);
  if (w == UINT32_MAX) return;
  // rustfmt's one-line limit here is two columns short of max_width (measured on its output);
  // the mixed lines leave the last column free.
  if (!has_nested_list && col + w + 2 + 2 <= cfg.max_width) {
    for (uint32_t k = i + 1; k <= close; ++k) el[k].newlines = 0;
    if (trailing_comma) dropped[close - 1] = true;
    return;
  }
  const uint64_t width = cfg.max_width > indent + cfg.tab_spaces ? cfg.max_width - indent - cfg.tab_spaces : 0;
  uint64_t line = 0;
  for (size_t a = 0; a < items.size(); ++a) {
    const uint64_t iw = OneLineWidth(fe, el, dropped, items[a].first, items[a].second, true);
    if (iw == UINT32_MAX) return;
    for (uint32_t k = items[a].first + 1; k <= items[a].second; ++k) el[k].newlines = 0;
    if (items[a].second + 1 <= last) el[items[a].second + 1].newlines = 0;  // its comma
    if (a == 0 || line + 1 + iw + 1 >= width || (has_nested_list && (has_path[a] || has_path[a - 1]))) {
      el[items[a].first].newlines = 1;
      line = iw + 1;
    } else {
      el[items[a].first].newlines = 0;
      line += 1 + iw + 1;
    }
  }
  el[close].newlines = 1;
  if (trailing_comma) el[close - 1].newlines = 0;
  else comma_after[last] = true;
}

}  // namespace

// The chain starting with the `.` at el[i], right after a closer that starts its line: each
// of its elements goes on its own line at the statement's indent (`}` / `.exec_(..)` / `.unwrap()`).
void BreakChainAfterCloser(std::vector<Element>& el, uint32_t i) {
  for (uint32_t k = i; k < el.size();) {
    if (el[k].kind != TokenKind::Dot || el[k].verbatim) break;
    el[k].newlines = 1;
    el[k].indent = IndentHint::Anchor;
    ++k;
    // The element's name, generics and call or index groups, and `?`s.
    while (k < el.size() && !el[k].verbatim && el[k].newlines == 0 &&
           (el[k].kind == TokenKind::Ident || el[k].kind == TokenKind::IntLit || el[k].kind == TokenKind::PathSep ||
            el[k].kind == TokenKind::KwAwait || el[k].role == TokRole::GenericOpen || el[k].role == TokRole::GenericClose ||
            el[k].kind == TokenKind::Comma || el[k].kind == TokenKind::Question || el[k].kind == TokenKind::LParen ||
            el[k].kind == TokenKind::LBracket)) {
      if ((el[k].kind == TokenKind::LParen || el[k].kind == TokenKind::LBracket) && el[k].partner != UINT32_MAX)
        k = el[k].partner;
      ++k;
    }
    if (k < el.size() && el[k].kind == TokenKind::Dot && el[k].newlines > 0 && el[k].indent != IndentHint::AnchorPlusOne)
      break;  // a chain element written below keeps its own layout
  }
}

auto SpaceBetween(const Element& p, const Element& c, const Element* pp) -> bool { return Space(p, c, pp); }

auto PrintElements(const FileElements& fe, const FmtConfig& cfg) -> std::string {
  std::string out;
  // A copy: list layout decisions made while printing change later elements' line breaks.
  std::vector<Element> el = fe.elems;
  std::vector<bool> dropped(el.size(), false);  // trailing commas of lists joined onto one line
  std::vector<bool> comma_after(el.size(), false);  // trailing commas added to lists made vertical
  out.reserve(fe.text.size() / 16 + 1024);
  std::vector<Open> stack;
  Open file_level;
  const uint32_t tab = cfg.tab_spaces;
  int prev_sig = -1;  // last non-comment element
  // Output column of a line comment trailing a statement (`x; // c`): rustfmt aligns the comment
  // lines right below it with it. -1 when none is active.
  int64_t trail_col = -1;
  // The last closer printed at the start of its line, and its indent: a chain continuing after it
  // (`}.exec_(..)`) goes below it, one element a line (rustfmt's chain after a multi-line root).
  int64_t closer_at_start = -1;
  // Whether the elements before el[i] on its line are only closers (`))`, `})?`) starting at the
  // line's first element, closer_at_start.
  auto closer_run = [&](uint32_t i) {
    if (closer_at_start < 0 || static_cast<int64_t>(i) <= closer_at_start) return false;
    for (uint32_t k = static_cast<uint32_t>(closer_at_start) + 1; k < i; ++k)
      if (el[k].verbatim || el[k].newlines > 0 || !(IsClose(el[k].kind) || el[k].kind == TokenKind::Question)) return false;
    return true;
  };
  uint32_t closer_indent = 0;
  uint32_t cur_line_new = 0, cur_line_orig = 0;  // indent of the current line, output and input
  for (uint32_t i = 0; i < el.size(); ++i) {
    if (dropped[i]) continue;
    if (prev_sig >= 0 && el[prev_sig].kind == TokenKind::FatArrow && !el[prev_sig].verbatim && el[i].newlines == 0 &&
        el[i].kind == TokenKind::LBrace) {
      size_t nl = out.rfind('\n');
      if (UnwrapArmBlock(fe, el, dropped, comma_after, i, DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1)), cfg, out))
        continue;
    }
    // An arm body the input starts below `=>`: rustfmt puts it on the arm's line when it fits.
    if (prev_sig >= 0 && prev_sig == static_cast<int>(i) - 1 && el[prev_sig].kind == TokenKind::FatArrow &&
        !el[prev_sig].verbatim && el[i].newlines > 0 && el[i].kind != TokenKind::LBrace && !IsComment(el[i].kind) &&
        !el[i].verbatim && !el[i].in_macro && !el[i].synthetic) {
      int depth = 0;
      uint32_t k = i;
      bool one_line = true;
      for (; k < el.size(); ++k) {
        if (k > i && el[k].newlines > 0) one_line = false;
        if (IsComment(el[k].kind) || el[k].verbatim || el[k].synthetic || el[k].kind == TokenKind::LBrace) one_line = false;
        if (!one_line) break;
        if (IsOpen(el[k].kind)) ++depth;
        if (IsClose(el[k].kind) && --depth < 0) break;
        if (depth == 0 && el[k].kind == TokenKind::Comma) break;
      }
      if (one_line && k < el.size() && k > i) {
        const uint64_t w = OneLineWidth(fe, el, dropped, i, k - 1, true);
        size_t nl = out.rfind('\n');
        const uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
        if (w != UINT32_MAX && col + 1 + w + 1 <= cfg.max_width && InnerLimitsHold(fe, el, dropped, i, k - 1, cfg)) {
          el[i].newlines = 0;
          el[i].indent = IndentHint::Auto;
        }
      }
    }
    if (prev_sig >= 0 && (el[prev_sig].role == TokRole::ClosureClose || el[prev_sig].role == TokRole::ClosureOpen) &&
        !el[prev_sig].verbatim && el[i].newlines == 0 && el[i].kind == TokenKind::LBrace) {
      size_t nl = out.rfind('\n');
      if (UnwrapClosureBlock(fe, el, dropped, i, DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1)), cfg,
                             stack.empty() ? UINT32_MAX : stack.back().elem))
        continue;
      BreakClosureBlock(fe, el, i, cfg);
    }
    if (i > 0 && prev_sig == static_cast<int>(i) - 1 && el[i - 1].kind == TokenKind::Eq && !el[i - 1].verbatim &&
        !IsComment(el[i].kind))
      PlaceRightHandSide(fe, el, dropped, i, out, cfg, stack.empty() ? 0 : stack.back().anchor_new, el[i].newlines == 0);
    if (!el[i].verbatim && (el[i].kind == TokenKind::KwIf || el[i].kind == TokenKind::KwWhile ||
                            el[i].kind == TokenKind::KwMatch)) {
      size_t nl = out.rfind('\n');
      uint64_t col = DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1));
      if (el[i].newlines > 0) col = stack.empty() ? 0 : stack.back().line_new + cfg.tab_spaces;
      else col += 1;
      JoinControlHead(fe, el, dropped, i, col, cfg);
    }
    // (A multi-line root puts every chain element on its own line at the root's indent, however
    // the input had them: rustfmt's chain child shape after a block-like root.)
    if (el[i].kind == TokenKind::Dot && !el[i].verbatim &&
        (el[i].newlines == 0 || el[i].indent == IndentHint::AnchorPlusOne || el[i].indent == IndentHint::Auto) &&
        i > 0 &&
        closer_run(i) && (stack.empty() ? 0 : stack.back().anchor_new) == closer_indent)
      BreakChainAfterCloser(el, i);
    const Element e = el[i];  // a copy: the layout decisions below edit `el`
    std::string_view text = fe.Text(e);
    const uint32_t start = e.synthetic ? 0 : fe.tokens->start[e.first];
    bool new_line = i > 0 && e.newlines > 0;
    int shift = 0;
    if (new_line) {
      const Element& p = el[i - 1];
      uint32_t nl = std::min<uint32_t>(e.newlines, 2);
      bool mod_open = p.kind == TokenKind::LBrace && !p.verbatim && i >= 3 && el[i - 2].kind == TokenKind::Ident &&
                      el[i - 3].kind == TokenKind::KwMod;
      if ((IsOpen(p.last_kind) && !p.verbatim && !mod_open) || (IsClose(e.kind) && !e.verbatim)) nl = 1;
      if (!IsDocComment(p.last_kind))
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
      out.append(nl, '\n');
      uint32_t orig = IndentWidth(fe.text, start, tab);
      uint32_t indent;
      Open& E = stack.empty() ? file_level : stack.back();
      if (e.indent != IndentHint::Auto) {
        indent = E.anchor_new + (e.indent == IndentHint::AnchorPlusOne   ? cfg.tab_spaces
                                 : e.indent == IndentHint::AnchorPlusTwo ? 2 * cfg.tab_spaces
                                                                         : 0);
      } else if (IsClose(e.kind) && !e.verbatim && !stack.empty()) {
        indent = stack.back().line_new;
      } else {
        bool starts_element = prev_sig < 0;
        if (prev_sig >= 0) {
          const Element& ps = el[prev_sig];
          TokenKind pk = ps.last_kind;
          bool comma_separates = !stack.empty() && !stack.back().block && stack.back().generics == 0;
          starts_element = ps.verbatim ? (pk == TokenKind::RBrace || pk == TokenKind::Semi)
                                       : (pk == TokenKind::Semi || (pk == TokenKind::Comma && comma_separates) ||
                                          (IsOpen(pk) && !stack.empty()) || pk == TokenKind::RBrace);
          if (pk == TokenKind::RBrace && !ps.verbatim && ps.role == TokRole::UseListClose) starts_element = false;
          // `unsafe { .. }` then `.f()` on the next line: a chain continues, no statement starts.
          if (pk == TokenKind::RBrace && !ps.verbatim && e.kind == TokenKind::Dot && !e.verbatim) starts_element = false;
        }
        if (starts_element) {
          if (stack.empty()) indent = 0;
          else if (E.ends_line) indent = E.line_new + cfg.tab_spaces;
          else indent = orig + E.line_new >= E.line_orig ? orig + E.line_new - E.line_orig : 0;
          E.anchor_orig = orig;
          E.anchor_new = indent;
          if (!stack.empty() && stack.back().block && el[stack.back().elem].has_opener_kind &&
              el[stack.back().elem].opener_of == NodeKind::BlockExpr)
            JoinStatement(fe, el, dropped, i, indent, cfg);
        } else {
          int64_t v = static_cast<int64_t>(orig) - E.anchor_orig + E.anchor_new;
          indent = static_cast<uint32_t>(std::max<int64_t>(v, E.anchor_new));
        }
      }
      // Comments before `} else` written at the `}`'s indent or shallower stay at the `}`'s level
      // (rustfmt treats them as leading the `else`).
      if ((e.kind == TokenKind::LineComment || e.kind == TokenKind::BlockComment) && !e.verbatim && !stack.empty() &&
          stack.back().block) {
        uint32_t j = i + 1;
        while (j < el.size() && IsComment(el[j].kind) && !el[j].verbatim) ++j;
        if (j + 1 < el.size() && el[j].kind == TokenKind::RBrace && !el[j].verbatim && el[j].newlines > 0 &&
            el[j].partner == stack.back().elem && el[j + 1].kind == TokenKind::KwElse && !el[j + 1].verbatim &&
            orig <= IndentWidth(fe.text, fe.tokens->start[el[j].first], tab))
          indent = stack.back().line_new;
      }
      if (trail_col >= 0 && e.kind == TokenKind::LineComment && !e.verbatim && e.newlines == 1)
        indent = static_cast<uint32_t>(trail_col);
      else
        trail_col = -1;
      AppendIndent(out, indent, cfg);
      if (IsClose(e.kind) && !e.verbatim) {
        closer_at_start = i;
        closer_indent = indent;
      }
      shift = static_cast<int>(indent) - static_cast<int>(orig);
      // The line's own indent is what delimiters opened on it remember.
      cur_line_new = indent;
      cur_line_orig = orig;
    } else if (i > 0) {
      const Element* pp = i >= 2 ? &el[i - 2] : nullptr;
      // rustfmt keeps the alignment of comments after list commas and after a match arm's block
      // body (`Err(_) => {}     // why`).
      const bool arm_block_end = el[i - 1].last_kind == TokenKind::RBrace && !el[i - 1].verbatim && !stack.empty() &&
                                 el[stack.back().elem].has_opener_kind &&
                                 el[stack.back().elem].opener_of == NodeKind::MatchArmList;
      if (IsComment(e.kind) && (el[i - 1].last_kind == TokenKind::Comma || arm_block_end) && e.space_width > 0 &&
          !el[i - 1].synthetic)
        out.append(e.space_width, ' ');
      else if ((!e.synthetic || e.kind == TokenKind::LBrace) &&
               (Space(el[i - 1], e, pp) ||
                // Closing generics may touch (`>>` splits in the parser); other glued pairs may not.
                (!(el[i - 1].role == TokRole::GenericClose && e.role == TokRole::GenericClose) &&
                 WouldGlue(fe.Text(el[i - 1]), text))))
        out += ' ';
    }
    if (!new_line && e.kind == TokenKind::LineComment && !e.verbatim && i > 0 && prev_sig >= 0 &&
        prev_sig == static_cast<int>(i) - 1 && (stack.empty() || stack.back().block)) {
      const Element& ps = el[prev_sig];
      bool statement_end = ps.last_kind == TokenKind::Semi && !ps.verbatim;
      if (ps.kind == TokenKind::RBracket && !ps.verbatim && ps.partner != UINT32_MAX && ps.partner > 0) {
        const Element& before = el[ps.partner - 1];
        statement_end = before.kind == TokenKind::Pound || before.role == TokRole::AttrBang;
      }
      if (statement_end) {
        size_t nl = out.rfind('\n');
        trail_col = static_cast<int64_t>(DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1)));
      }
    } else if (!new_line && i > 0) {
      trail_col = -1;
    }
    // The text itself.
    // Line comments lose trailing whitespace, as rustfmt trims them; doc comments too, except two
    // or more spaces after text (a Markdown line break, which rustfmt keeps).
    const bool line_doc = IsDocComment(e.kind) && !e.verbatim && text.substr(0, 2) == "//";
    if (e.kind == TokenKind::LineComment || line_doc) {
      size_t end = text.size();
      while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
      if (line_doc && end > 3 && text.size() - end >= 2 && text.find_first_not_of(" \t\r", end) == std::string_view::npos &&
          text.substr(end).find_first_not_of(' ') == std::string_view::npos)
        end = text.size();
      out.append(text.substr(0, end));
    } else if (e.kind == TokenKind::BlockComment && !e.verbatim) {
      AppendShifted(out, text, new_line ? shift : 0);
    } else {
      out.append(text);
    }
    if (comma_after[i]) out += ',';
    if (!e.verbatim && !e.synthetic && e.kind == TokenKind::LBrace) {
      size_t nl = out.rfind('\n');
      BreakUnsafeBlock(fe, el, dropped, i, DisplayWidth(std::string_view(out).substr(nl == std::string::npos ? 0 : nl + 1)), cfg);
    }
    if (!e.verbatim && !e.synthetic && IsOpen(e.kind)) RelayoutList(fe, el, dropped, comma_after, i, out, cfg, stack);
    if (!e.verbatim && !e.synthetic && e.role == TokRole::UseListOpen) RelayoutUseList(fe, el, dropped, comma_after, i, out, cfg);
    if (!e.verbatim && !stack.empty() && e.role == TokRole::GenericOpen)
      stack.back().generics += e.kind == TokenKind::Shl ? 2 : 1;
    if (!e.verbatim && !stack.empty() && e.role == TokRole::GenericClose)
      stack.back().generics = std::max(0, stack.back().generics - (e.kind == TokenKind::Shr ? 2 : 1));
    // Delimiters.
    if (!e.verbatim && (!e.synthetic || e.kind == TokenKind::LBrace || e.kind == TokenKind::RBrace)) {
      if (IsOpen(e.kind)) {
        Open o;
        o.line_new = cur_line_new;
        o.line_orig = cur_line_orig;
        // Line-ending: the next element (past a same-line comment) is on a later line.
        uint32_t j = i + 1;
        while (j < el.size() && el[j].newlines == 0 && IsComment(el[j].kind)) ++j;
        o.ends_line = j >= el.size() || el[j].newlines > 0;
        o.elem = i;
        o.block = e.kind == TokenKind::LBrace &&
                  (!e.has_opener_kind || e.opener_of == NodeKind::BlockExpr || e.opener_of == NodeKind::ItemList);
        o.anchor_orig = o.line_orig;
        o.anchor_new = o.line_new;
        stack.push_back(o);
      } else if (IsClose(e.kind) && !stack.empty()) {
        stack.pop_back();
      }
    }
    if (!IsComment(e.kind)) prev_sig = static_cast<int>(i);
  }
  // Exactly one newline at the end; nothing for an empty file.
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\t')) out.pop_back();
  if (!out.empty() || !el.empty()) out += '\n';
  bool crlf = cfg.newline_style == NewlineStyle::Windows || (cfg.newline_style == NewlineStyle::Auto && fe.crlf);
  if (crlf) {
    std::string crlf;
    crlf.reserve(out.size() + out.size() / 20);
    for (char ch : out) {
      if (ch == '\n' && !(crlf.size() > 0 && crlf.back() == '\r')) crlf += '\r';
      crlf += ch;
    }
    return crlf;
  }
  return out;
}

}  // namespace rustg
