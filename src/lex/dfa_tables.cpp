// The lexer DFA's tables (lex/scan/dfa.h), built from per-state rules that mirror scan.h's
// decisions; any case a rule does not name is unsure (handed to the scanner).
#include <cstdlib>
#include <cstring>

#include "lex/scan/dfa.h"

namespace rustg::scan {
namespace {

auto ClassOfByte(uint32_t b) -> uint8_t {
  static constexpr char kSingles[] = ",;(){}[]$?~@";
  for (uint32_t i = 0; i < 12; ++i) {
    if (static_cast<uint32_t>(kSingles[i]) == b) return static_cast<uint8_t>(kCSingle0 + i);
  }
  if (b == 0) return kCNul;
  if (b == ' ') return kCSpace;
  if (b == '\n') return kCNl;
  if (b == '\t' || b == 0x0B || b == 0x0C) return kCWs;
  if (b == '\r') return kCCr;
  if (b == 'n' || b == 't') return kCNtr;
  if (b == 'b') return kCB;
  if (b == 'r') return kCR;
  if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) return kCLetter;
  if (b == '_') return kCUnder;
  if (b == '0') return kCDigit0;
  if (b >= '1' && b <= '9') return kCDigit;
  if (b >= 0x80) return kCHigh;
  switch (b) {
    case '\'': return kCSq;
    case '"': return kCDq;
    case '\\': return kCBs;
    case '#': return kCHash;
    case '/': return kCSlash;
    case '*': return kCStar;
    case '+': return kCPlus;
    case '-': return kCMinus;
    case '%': return kCPercent;
    case '^': return kCCaret;
    case '!': return kCNot;
    case '&': return kCAnd;
    case '|': return kCOr;
    case '=': return kCEq;
    case '<': return kCLt;
    case '>': return kCGt;
    case '.': return kCDot;
    case ':': return kCColon;
    default: return kCOther;
  }
}

// The table under construction: states are added by name; a state's row starts as "the token ends
// here" (kind `ends`, then the start row's move) or as all unsure.
class Builder {
 public:
  explicit Builder(DfaTables& t) : t_(t) {
    t_.n_states = 0;
    for (uint32_t& e : t_.next) e = kDfaUnsure;
  }
  auto Add() -> uint32_t {
    if (t_.n_states >= kDfaMaxStates) std::abort();  // raise kDfaMaxStates
    return t_.n_states++;
  }
  void Set(uint32_t s, uint8_t c, uint32_t entry) { t_.next[s * kDfaClasses + c] = entry; }
  auto Get(uint32_t s, uint8_t c) const -> uint32_t { return t_.next[s * kDfaClasses + c]; }
  // State s moves as state `from` does (overrides follow).
  void CopyRow(uint32_t s, uint32_t from) {
    for (uint8_t c = 0; c < kDfaClasses; ++c) Set(s, c, Get(from, c));
  }
  // Every class the start row handles ends the token of state s (kind k) there, and so does the
  // file's end (where DfaScanChunk stops).
  void EndsOn(uint32_t s, uint8_t k) {
    for (uint8_t c = 0; c < kDfaClasses; ++c) {
      uint32_t start = Get(0, c);
      Set(s, c, (start & 0xFF) == kDfaUnsure ? kDfaUnsure : (start | kDfaEmitCur | (uint32_t{k} << 24)));
    }
    Set(s, kCEof, kDfaEmitCur | (uint32_t{k} << 24));
  }
  // The token that state s ends is one the scanner reports (kDfaDirtyCur on its row's endings).
  void MarkDirty(uint32_t s) {
    for (uint8_t c = 0; c < kDfaClasses; ++c) {
      if (Get(s, c) & kDfaEmitCur) Set(s, c, Get(s, c) | kDfaDirtyCur);
    }
  }

 private:
  DfaTables& t_;
};

auto K(TokenKind k) -> uint8_t { return static_cast<uint8_t>(k); }

// An unsure entry that first tries DfaFastToken's path `f`.
auto Fast(DfaFast f) -> uint32_t { return kDfaUnsure | (uint32_t{f} << 16); }

}  // namespace

auto BuildDfaTables() -> DfaTables {
  DfaTables t{};
  for (uint32_t b = 0; b < 256; ++b) t.cls[b] = ClassOfByte(b);
  Builder g(t);
  const uint32_t start = g.Add();
  // A backslash, backtick or other control byte outside a literal: an unknown token of one byte,
  // reported (Scanner::Next gives them to LexUnknown). Common in misaligned runs (run A from a
  // chunk's first byte inside a string or a doc comment).
  const uint32_t unknown1 = g.Add();
  for (uint8_t c : {kCBs, kCOther}) g.Set(start, c, unknown1);
  // States whose every next byte ends them (one kind each), made on first use.
  TokenKind final_kind[kDfaMaxStates];
  uint32_t n_final = 0;
  uint32_t final_state[kDfaMaxStates];
  auto fin = [&](TokenKind k) -> uint32_t {
    for (uint32_t i = 0; i < n_final; ++i) {
      if (final_kind[i] == k) return final_state[i];
    }
    final_kind[n_final] = k;
    final_state[n_final] = g.Add();
    return final_state[n_final++];
  };
  const uint32_t ws = g.Add(), ident = g.Add(), num = g.Add(), num_dot = g.Add(), flt = g.Add();
  const uint32_t slash = g.Add(), lc2 = g.Add(), lc3 = g.Add(), lc_plain = g.Add(), lc_outer = g.Add(),
                 lc_inner = g.Add();
  const uint32_t star = g.Add(), plus = g.Add(), percent = g.Add(), caret = g.Add(), bang = g.Add(),
                 minus = g.Add(), amp = g.Add(), pipe = g.Add(), eq = g.Add(), lt = g.Add(), lt2 = g.Add(),
                 gt = g.Add(), gt2 = g.Add(), dot = g.Add(), dot2 = g.Add(), colon = g.Add();
  const uint32_t q0 = g.Add(), qid = g.Add(), life = g.Add(), qdig = g.Add(), qesc = g.Add(), qesc2 = g.Add(),
                 qch = g.Add(), char_end = g.Add();
  const uint32_t str = g.Add(), str_bs = g.Add(), str_end = g.Add(), str_cont = g.Add();
  const uint32_t ident1 = g.Add(), ident2r = g.Add(), ident_br = g.Add();
  const uint32_t ident_b = g.Add(), ident_r = g.Add(), bstr = g.Add(), bstr_bs = g.Add(), bstr_end = g.Add(),
                 bq = g.Add(), bq1 = g.Add(), bq_esc = g.Add(), byte_end = g.Add(), rstr = g.Add(),
                 rstr_end = g.Add(), rh = g.Add(), rhstr = g.Add(), rhq = g.Add(), rh_end = g.Add();
  const uint32_t bc0 = g.Add(), bc = g.Add(), bc_star = g.Add(), bc_slash = g.Add();

  // The start row: the first byte of a token (no token ends there: the caller marks its start).
  for (uint8_t c : {kCSpace, kCNl, kCWs, kCCr}) g.Set(start, c, ws);
  for (uint8_t c : {kCLetter, kCNtr, kCUnder}) g.Set(start, c, ident1);
  g.Set(start, kCB, ident_b);
  g.Set(start, kCR, ident_r);
  for (uint8_t c : {kCDigit0, kCDigit}) g.Set(start, c, num);
  g.Set(start, kCSq, q0);
  g.Set(start, kCDq, str);
  g.Set(start, kCHash, fin(TokenKind::Pound));
  const TokenKind singles[12] = {TokenKind::Comma,    TokenKind::Semi,     TokenKind::LParen,   TokenKind::RParen,
                                 TokenKind::LBrace,   TokenKind::RBrace,   TokenKind::LBracket, TokenKind::RBracket,
                                 TokenKind::Dollar,   TokenKind::Question, TokenKind::Tilde,    TokenKind::At};
  for (uint32_t i = 0; i < 12; ++i) g.Set(start, static_cast<uint8_t>(kCSingle0 + i), fin(singles[i]));
  const struct {
    uint8_t c;
    uint32_t s;
  } puncts[] = {{kCSlash, slash}, {kCStar, star}, {kCPlus, plus}, {kCMinus, minus}, {kCPercent, percent},
                {kCCaret, caret}, {kCNot, bang},  {kCAnd, amp},   {kCOr, pipe},     {kCEq, eq},
                {kCLt, lt},       {kCGt, gt},     {kCDot, dot},   {kCColon, colon}};
  for (const auto& p : puncts) g.Set(start, p.c, p.s);
  // Made here so that EndsOn below sees the finished start row.
  const uint32_t slash_eq = fin(TokenKind::SlashEq), star_eq = fin(TokenKind::StarEq),
                 plus_eq = fin(TokenKind::PlusEq), percent_eq = fin(TokenKind::PercentEq),
                 caret_eq = fin(TokenKind::CaretEq), ne = fin(TokenKind::Ne), rarrow = fin(TokenKind::RArrow),
                 minus_eq = fin(TokenKind::MinusEq), andand = fin(TokenKind::AndAnd), amp_eq = fin(TokenKind::AndEq),
                 oror = fin(TokenKind::OrOr), pipe_eq = fin(TokenKind::OrEq), eqeq = fin(TokenKind::EqEq),
                 fat = fin(TokenKind::FatArrow), le = fin(TokenKind::Le), larrow = fin(TokenKind::LArrow),
                 shl_eq = fin(TokenKind::ShlEq), ge = fin(TokenKind::Ge), shr_eq = fin(TokenKind::ShrEq),
                 dot3 = fin(TokenKind::DotDotDot), dotdot_eq = fin(TokenKind::DotDotEq),
                 path_sep = fin(TokenKind::PathSep), bc_end = fin(TokenKind::BlockComment);
  for (uint32_t i = 0; i < n_final; ++i) g.EndsOn(final_state[i], K(final_kind[i]));
  g.EndsOn(unknown1, K(TokenKind::Unknown));
  g.MarkDirty(unknown1);

  // Whitespace: ASCII runs; a non-ASCII byte may continue it (Pattern_White_Space).
  g.EndsOn(ws, K(TokenKind::Whitespace));
  for (uint8_t c : {kCSpace, kCNl, kCWs, kCCr}) g.Set(ws, c, ws);
  g.Set(ws, kCHigh, kDfaUnsure);

  // Identifiers: ASCII; a quote, `#` or non-ASCII after one may be a prefix, emoji or more.
  g.EndsOn(ident, kDfaIdent);
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCUnder, kCDigit0, kCDigit}) g.Set(ident, c, ident);
  g.Set(ident, kCHigh, kDfaUnsure);
  // A quote or `#` right after an identifier that cannot be a literal's prefix: the identifier ends
  // there (a reserved prefix, which the scanner reports from edition 2021 on: kDfaDirtyCur), and
  // the quote or `#` starts the next token as at any token start. Misaligned runs (run A from a
  // chunk's first byte inside a comment or string) meet this often, e.g. `word"` in prose.
  for (uint8_t c : {kCSq, kCDq, kCHash}) g.Set(ident, c, g.Get(ident, c) | kDfaDirtyCur);
  // Identifiers that may still be a prefix (`c"..."`, `br"..."`, `cr"..."`, ...): one letter
  // (ident1; `b` and `r` have their own states), or two ending in `r` (ident2r, ident_br). A quote
  // or `#` after them is unsure.
  for (uint32_t s : {ident1, ident2r, ident_br}) {
    g.CopyRow(s, ident);
    for (uint8_t c : {kCSq, kCDq, kCHash}) g.Set(s, c, kDfaUnsure);
  }
  g.Set(ident1, kCR, ident2r);
  // `b` and `r` alone may open `b'x'`, `b"..."`, `r"..."` and `r#"..."#` (LexB, LexR); `br`, `r#x`
  // and more hashes are unsure.
  g.CopyRow(ident_b, ident);
  g.CopyRow(ident_r, ident);
  g.Set(ident_b, kCSq, bq);
  g.Set(ident_b, kCDq, bstr);
  g.Set(ident_b, kCHash, kDfaUnsure);
  g.Set(ident_b, kCR, ident_br);
  g.Set(ident_r, kCDq, rstr);
  g.Set(ident_r, kCHash, rh);
  g.Set(ident_r, kCSq, kDfaUnsure);

  // Decimal integers with `_`; letters (bases, suffixes, exponents) are unsure.
  g.EndsOn(num, K(TokenKind::IntLit));
  for (uint8_t c : {kCDigit0, kCDigit, kCUnder}) g.Set(num, c, num);
  g.Set(num, kCDot, num_dot);
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCHigh}) g.Set(num, c, kDfaUnsure);
  // A letter: a base (`0x`), a suffix or an exponent, for DfaFastNumber.
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR}) g.Set(num, c, Fast(kFastNumber));
  // `1.`: a digit makes a float; `.` or an identifier start after it leaves `1` an integer (`1..`,
  // `1.max`); anything else ends the float `1.`.
  g.EndsOn(num_dot, K(TokenKind::FloatLit));
  for (uint8_t c : {kCDigit0, kCDigit}) g.Set(num_dot, c, flt);
  g.Set(num_dot, kCDot, dot2 | kDfaEmitPrev | (uint32_t{K(TokenKind::IntLit)} << 16));
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCUnder}) {
    g.Set(num_dot, c,
          (g.Get(start, c) & 0xFF) | kDfaEmitPrev | kDfaEmitCur | (uint32_t{K(TokenKind::IntLit)} << 16) |
              (uint32_t{K(TokenKind::Dot)} << 24));
  }
  g.Set(num_dot, kCHigh, kDfaUnsure);
  g.EndsOn(flt, K(TokenKind::FloatLit));
  for (uint8_t c : {kCDigit0, kCDigit, kCUnder}) g.Set(flt, c, flt);
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCHigh}) g.Set(flt, c, kDfaUnsure);
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR}) g.Set(flt, c, Fast(kFastNumber));

  // `/`, `/=`, line comments (block comments are unsure). A CR in a comment is unsure (bare CR
  // checks in doc comments, CRLF ends); a NUL too (the file's end, or a NUL inside).
  g.EndsOn(slash, K(TokenKind::Slash));
  g.Set(slash, kCEq, slash_eq);
  g.Set(slash, kCSlash, lc2);
  g.Set(slash, kCStar, bc0);
  auto comment = [&](uint32_t s, TokenKind k) {
    g.EndsOn(s, K(k));
    for (uint8_t c = 0; c < kDfaClasses; ++c) {
      if (c != kCNl && c != kCEof) g.Set(s, c, lc_plain);
    }
    g.Set(s, kCCr, kDfaUnsure);
    g.Set(s, kCNul, kDfaUnsure);
  };
  comment(lc2, TokenKind::LineComment);
  g.Set(lc2, kCNot, lc_inner);
  g.Set(lc2, kCSlash, lc3);
  comment(lc3, TokenKind::OuterLineDoc);
  for (uint8_t c = 0; c < kDfaClasses; ++c) {
    if ((g.Get(lc3, c) & 0xFF) == lc_plain && c != kCSlash) g.Set(lc3, c, lc_outer);
  }
  comment(lc_plain, TokenKind::LineComment);
  comment(lc_outer, TokenKind::OuterLineDoc);
  for (uint8_t c = 0; c < kDfaClasses; ++c) {
    if ((g.Get(lc_outer, c) & 0xFF) == lc_plain) g.Set(lc_outer, c, lc_outer);
  }
  comment(lc_inner, TokenKind::InnerLineDoc);
  for (uint8_t c = 0; c < kDfaClasses; ++c) {
    if ((g.Get(lc_inner, c) & 0xFF) == lc_plain) g.Set(lc_inner, c, lc_inner);
  }

  // Punctuation, longest match as Scanner::Next.
  auto op = [&](uint32_t s, TokenKind k, std::initializer_list<std::pair<uint8_t, uint32_t>> more) {
    g.EndsOn(s, K(k));
    for (auto [c, to] : more) g.Set(s, c, to);
  };
  op(star, TokenKind::Star, {{kCEq, star_eq}});
  op(plus, TokenKind::Plus, {{kCEq, plus_eq}});
  op(percent, TokenKind::Percent, {{kCEq, percent_eq}});
  op(caret, TokenKind::Caret, {{kCEq, caret_eq}});
  op(bang, TokenKind::Not, {{kCEq, ne}});
  op(minus, TokenKind::Minus, {{kCGt, rarrow}, {kCEq, minus_eq}});
  op(amp, TokenKind::And, {{kCAnd, andand}, {kCEq, amp_eq}});
  op(pipe, TokenKind::Or, {{kCOr, oror}, {kCEq, pipe_eq}});
  op(eq, TokenKind::Eq, {{kCEq, eqeq}, {kCGt, fat}});
  op(lt, TokenKind::Lt, {{kCLt, lt2}, {kCEq, le}, {kCMinus, larrow}});
  op(lt2, TokenKind::Shl, {{kCEq, shl_eq}});
  op(gt, TokenKind::Gt, {{kCGt, gt2}, {kCEq, ge}});
  op(gt2, TokenKind::Shr, {{kCEq, shr_eq}});
  op(dot, TokenKind::Dot, {{kCDot, dot2}});
  op(dot2, TokenKind::DotDot, {{kCDot, dot3}, {kCEq, dotdot_eq}});
  op(colon, TokenKind::Colon, {{kCColon, path_sep}});

  // Quotes: `'a'`, `'1'`, `' '`, `'\n'` and lifetimes `'a`, `'abc`; the rest is unsure. Rows start
  // all unsure.
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCUnder}) g.Set(q0, c, qid);
  for (uint8_t c : {kCDigit0, kCDigit}) g.Set(q0, c, qdig);
  g.Set(q0, kCBs, qesc);
  for (uint8_t c = kCDq; c < kDfaClasses; ++c) {
    if (c != kCBs) g.Set(q0, c, qch);  // printable ASCII punctuation
  }
  g.Set(q0, kCSpace, qch);
  g.Set(q0, kCHigh, Fast(kFastChar));  // `'é'`
  g.EndsOn(qid, K(TokenKind::Lifetime));
  g.Set(qid, kCSq, char_end);
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCUnder, kCDigit0, kCDigit}) g.Set(qid, c, life);
  for (uint8_t c : {kCHash, kCHigh, kCNul, kCEof}) g.Set(qid, c, kDfaUnsure);
  g.EndsOn(life, K(TokenKind::Lifetime));
  for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCUnder, kCDigit0, kCDigit}) g.Set(life, c, life);
  for (uint8_t c : {kCSq, kCHash, kCHigh, kCNul}) g.Set(life, c, kDfaUnsure);
  g.Set(qdig, kCSq, char_end);
  for (uint8_t c : {kCNtr, kCR, kCDigit0, kCSq, kCDq, kCBs}) g.Set(qesc, c, qesc2);
  g.Set(qesc, kCLetter, Fast(kFastChar));  // `'\x7f'`, `'\u{0}'`
  g.Set(qesc2, kCSq, char_end);
  g.Set(qch, kCSq, char_end);

  // Strings with simple escapes; other escapes, CR and NUL are unsure.
  for (uint8_t c = 0; c < kDfaClasses; ++c) g.Set(str, c, str);
  g.Set(str, kCEof, kDfaUnsure);
  g.Set(str, kCDq, str_end);
  g.Set(str, kCBs, str_bs);
  g.Set(str, kCCr, kDfaUnsure);
  g.Set(str, kCNul, kDfaUnsure);
  for (uint8_t c : {kCDq, kCBs, kCNtr, kCR, kCDigit0, kCSq}) g.Set(str_bs, c, str);
  // `\` + LF: the literal check skips spaces, tabs, CRs and LFs after it and reports more than one
  // line skipped or any other whitespace next (MultipleSkippedLines, UnskippedWhitespace): spaces
  // stay in str_cont; a tab (a class with \v \f), LF, CR or non-ASCII byte there is unsure.
  g.Set(str_bs, kCNl, str_cont);
  g.CopyRow(str_cont, str);
  g.Set(str_cont, kCSpace, str_cont);
  for (uint8_t c : {kCWs, kCNl, kCCr, kCHigh}) g.Set(str_cont, c, kDfaUnsure);
  // A literal's closing quote: the token ends at the next byte unless a suffix follows. An ASCII
  // suffix starting with a letter goes on in a suffix state of the same kind (EatSuffix reports
  // nothing for it, and the body checks none); a lone `_` and non-ASCII are unsure.
  // A suffix `_` alone is reported (UnderscoreLiteralSuffix: sfx_u ends the literal dirty).
  auto lit_end = [&](uint32_t s, TokenKind k) {
    const uint32_t sfx = g.Add(), sfx_u = g.Add();
    g.EndsOn(s, K(k));
    g.EndsOn(sfx, K(k));
    g.EndsOn(sfx_u, K(k));
    g.MarkDirty(sfx_u);
    for (uint8_t c : {kCLetter, kCNtr, kCB, kCR}) g.Set(s, c, sfx);
    g.Set(s, kCUnder, sfx_u);
    g.Set(s, kCHigh, kDfaUnsure);
    for (uint32_t in : {sfx, sfx_u}) {
      for (uint8_t c : {kCLetter, kCNtr, kCB, kCR, kCUnder, kCDigit0, kCDigit}) g.Set(in, c, sfx);
      g.Set(in, kCHigh, kDfaUnsure);
    }
  };
  lit_end(str_end, TokenKind::StrLit);
  lit_end(char_end, TokenKind::CharLit);

  // Byte strings: as strings, but non-ASCII is reported and \x may be any byte (unsure).
  for (uint8_t c = 0; c < kDfaClasses; ++c) g.Set(bstr, c, g.Get(str, c) == str ? bstr : g.Get(str, c));
  g.Set(bstr, kCDq, bstr_end);
  g.Set(bstr, kCBs, bstr_bs);
  g.Set(bstr, kCHigh, kDfaUnsure);
  for (uint8_t c : {kCDq, kCBs, kCNtr, kCR, kCDigit0, kCSq}) g.Set(bstr_bs, c, bstr);
  lit_end(bstr_end, TokenKind::ByteStrLit);
  // Byte literals: one printable ASCII byte or a simple escape (rows start all unsure).
  for (uint8_t c = 0; c < kDfaClasses; ++c) {
    if ((g.Get(q0, c) & 0xFF) == qch || (g.Get(q0, c) & 0xFF) == qid || (g.Get(q0, c) & 0xFF) == qdig)
      g.Set(bq, c, bq1);
  }
  g.Set(bq, kCBs, bq_esc);
  for (uint8_t c : {kCNtr, kCR, kCDigit0, kCSq, kCDq, kCBs}) g.Set(bq_esc, c, bq1);
  g.Set(bq1, kCSq, byte_end);
  lit_end(byte_end, TokenKind::ByteLit);
  // Raw strings `r"..."` and `r#"..."#`: no escapes; CR (checked), NUL and the file's end are unsure.
  auto raw_body = [&](uint32_t s, uint32_t in) {
    for (uint8_t c = 0; c < kDfaClasses; ++c) g.Set(s, c, in);
    for (uint8_t c : {kCCr, kCNul, kCEof}) g.Set(s, c, kDfaUnsure);
  };
  raw_body(rstr, rstr);
  g.Set(rstr, kCDq, rstr_end);
  lit_end(rstr_end, TokenKind::RawStrLit);
  g.Set(rh, kCDq, rhstr);
  raw_body(rhstr, rhstr);
  g.Set(rhstr, kCDq, rhq);
  raw_body(rhq, rhstr);
  g.Set(rhq, kCDq, rhq);
  g.Set(rhq, kCHash, rh_end);
  lit_end(rh_end, TokenKind::RawStrLit);
  // Block comments `/* ... */` without nesting; doc comments (`/**`, `/*!`, also `/**/`) and `/*`
  // inside take DfaFastBlockComment; CR, NUL and the file's end are unsure.
  raw_body(bc, bc);
  g.Set(bc, kCStar, bc_star);
  g.Set(bc, kCSlash, bc_slash);
  for (uint32_t s : {bc0, bc_star, bc_slash}) g.CopyRow(s, bc);
  g.Set(bc0, kCStar, Fast(kFastBlockComment));
  g.Set(bc0, kCNot, Fast(kFastBlockComment));
  g.Set(bc_star, kCSlash, bc_end);
  g.Set(bc_slash, kCStar, Fast(kFastBlockComment));
  return t;
}

}  // namespace rustg::scan
