// The scanner engine: one Rust lexer compiled for host and device (RUSTG_HD), shared by the CPU and
// CUDA backends so that both produce the same tokens and diagnostics by construction. It follows
// rustc_lexer's decisions (which prefix starts which literal, lifetime vs char, when `1.` is a float)
// and rustc_parse's lexer checks.
//
// The engine has no state across tokens: lexing from a token boundary depends only on the position,
// which is what lets the CUDA backend lex chunks speculatively. Output goes to a Sink with
//   void Token(TokenKind kind, uint32_t start);  void Diag(const LexDiagRecord& r);
// Diagnostics are LexDiagRecords (host rendering: lex/render_diag.h). Per kind:
//   UnknownStartOfToken: one record per Unknown token, aux = the char (runs are merged on the host).
//   UnterminatedBlockComment: aux = the comment's TokenKind.  BareCrInDocComment: aux = TokenKind.
//   RawStrInvalidStarter: aux = the bad char (0 at the end of file).  RawStrTooManyHashes: aux = count.
//   UnterminatedRawStr: aux = number of `#`, aux2 = start of the best closing candidate or ~0u.
//   UnsupportedFloatBase / InvalidDigitLiteral: aux = base, mode 1 = the suffix variant.
//   Invalid{Int,Float}{Width,Suffix}, InvalidBasePrefix: aux = the suffix's start.
//   Literal body checks (lit_check.h): mode = LitMode, aux = the char where the message shows one.
#pragma once

#include <cstdint>
#include <cstring>

#if defined(__SSE2__) && !defined(__CUDA_ARCH__)
#include <emmintrin.h>
#define RUSTG_SCAN_SSE2 1
#endif

#include "base/diag.h"
#include "base/edition.h"
#include "lex/scan/diag_record.h"
#include "lex/scan/keywords.h"
#include "lex/scan/lit_check.h"
#include "lex/scan/scan_util.h"
#include "lex/scan/unicode_tables.h"
#include "lex/token_kind.h"

namespace rustg::scan {

// Unicode characters that look like ASCII punctuation (rustc's confusables, a common subset); the
// host renderer (render_diag.cpp) holds their names in the same order.
RUSTG_HD inline auto ConfusableIndex(uint32_t c) -> int {
  static constexpr uint32_t kChars[] = {
      0x037E, 0xFF1B, 0xFF0C, 0x3001, 0xFF1A, 0x3002, 0xFF0E, 0xFF08, 0xFF09, 0xFF5B, 0xFF5D, 0xFF3B,
      0xFF3D, 0xFF01, 0xFF1F, 0xFF1D, 0xFF0B, 0x2212, 0x2010, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018,
      0x2019, 0x00A0, 0x3000, 0x200B, 0x00D7, 0xFF0A, 0xFF1C, 0xFF1E, 0x2795, 0x2796,
  };
  for (int i = 0; i < static_cast<int>(sizeof(kChars) / sizeof(kChars[0])); ++i) {
    if (kChars[i] == c) return i;
  }
  return -1;
}

// The first byte at or after q that is not ASCII whitespace. The SSE2 path reads up to 15 bytes
// ahead of the result, which the file's zero padding allows; a zero byte stops every scan.
RUSTG_HD inline auto SkipAsciiSpace(const Byte* q) -> const Byte* {
#if defined(RUSTG_SCAN_SSE2)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i nl = _mm_set1_epi8('\n');
  while (true) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, nl));
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(m)) ^ 0xFFFFu;
    if (bits != 0) {
      q += __builtin_ctz(bits);
      break;
    }
    q += 16;
  }
#endif
  while (Class(*q) & kSpace) ++q;
  return q;
}

// The first byte at or after q that is not [A-Za-z0-9_]; same read-ahead rules as SkipAsciiSpace.
RUSTG_HD inline auto SkipAsciiIdContinue(const Byte* q) -> const Byte* {
#if defined(RUSTG_SCAN_SSE2)
  while (true) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    // Letters: fold case with | 0x20, then test 'a'..'z' by a signed range compare on v - 'a'.
    __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                   _mm_set1_epi8(static_cast<char>(-128 + 26)));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                   _mm_set1_epi8(static_cast<char>(-128 + 10)));
    __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
    __m128i m = _mm_or_si128(_mm_or_si128(alpha, digit), under);
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(m)) ^ 0xFFFFu;
    if (bits != 0) return q + __builtin_ctz(bits);
    q += 16;
  }
#else
  while (Class(*q) & kIdContinue) ++q;
  return q;
#endif
}

// The first byte at or after q that a double-quoted literal's scan must look at: `"`, `\`, CR, a
// zero byte (the padding at the file's end, or a NUL that C strings reject), and with `stop_high`
// any byte >= 0x80 (byte strings reject them). Same read-ahead rules as SkipAsciiSpace.
RUSTG_HD inline auto SkipStrPlain(const Byte* q, bool stop_high) -> const Byte* {
#if defined(RUSTG_SCAN_SSE2)
  const __m128i high = stop_high ? _mm_set1_epi8(static_cast<char>(0x80)) : _mm_setzero_si128();
  while (true) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i cr = _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'));
    __m128i zero = _mm_cmpeq_epi8(v, _mm_setzero_si128());
    __m128i m = _mm_or_si128(_mm_or_si128(quote, backslash), _mm_or_si128(cr, zero));
    // movemask reads each byte's top bit, so `v & high` adds the bytes >= 0x80 when asked.
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(m, _mm_and_si128(v, high))));
    if (bits != 0) return q + __builtin_ctz(bits);
    q += 16;
  }
#else
  while (true) {
    Byte b = *q;
    if (b == '"' || b == '\\' || b == '\r' || b == 0 || (stop_high && b >= 0x80)) return q;
    ++q;
  }
#endif
}

// Rust's identifier start / continuation for any char (not kEofChar or kBadChar).
RUSTG_HD inline auto IsIdStartChar(uint32_t c) -> bool {
  if (c < 0x80) return IsAsciiIdStart(c);
  return IsXidStartNonAscii(c);
}
RUSTG_HD inline auto IsIdContinueChar(uint32_t c) -> bool {
  if (c < 0x80) return (c | 0x20) - 'a' < 26 || c == '_' || c - '0' < 10;
  return IsXidContinueNonAscii(c);
}

// Lexes one file's bytes. `data` is the whole buffer (global offsets); the file is [.., end) and is
// followed by at least 16 zero bytes of padding.
template <class Sink>
class Scanner {
 public:
  RUSTG_HD Scanner(const Byte* data, uint32_t end, Edition edition, Sink& sink)
      : d_(data), p_(data), e_(data + end), edition_(edition), sink_(sink) {}

  // Lexes from `from` (a token boundary) and stops at the first token start >= `limit` or at the
  // file's end; with `at_file_start`, a byte-order mark and a shebang are recognized first. Returns
  // where it stopped (a token start, or the file's end). Writes no Eof token.
  RUSTG_HD auto Run(uint32_t from, uint32_t limit, bool at_file_start) -> uint32_t {
    p_ = d_ + from;
    const Byte* stop = d_ + limit < e_ ? d_ + limit : e_;
    if (at_file_start) LexFileStart();
    // The position lives in a local, so the common tokens below (whitespace, identifiers and
    // keywords, one-byte punctuation: nine in ten) run without a call or a store; the rest go
    // through Next(), which works on p_.
    const Byte* p = p_;
    while (p < stop) {
      const Byte* s = p;
      uint32_t action = StartAction(*p);
      TokenKind k;
      if (action < kStartPrefix) {
        k = static_cast<TokenKind>(action);
        ++p;
      } else if (action == kStartSpace) {
        p = SkipAsciiSpace(p + 1);
        if (*p >= 0x80) [[unlikely]] {
          p_ = p;
          EatWhitespace();
          p = p_;
        }
        k = TokenKind::Whitespace;
      } else if (action == kStartIdent || (action == kStartPrefix && !PrefixMayFollow(p[1]))) {
        // Padding after the file stops both scans, so neither needs a bounds check.
        const Byte* q = SkipAsciiIdContinue(p + 1);
        if (Class(*q) & kAfterIdent) [[unlikely]] {
          // `#`, a quote or a non-ASCII char follows: a reserved prefix, more identifier, or emoji.
          p_ = p;
          k = LexIdent();
          p = p_;
        } else {
          k = IdentOrKeyword(p, static_cast<uint32_t>(q - p), edition_);
          p = q;
        }
      } else {
        p_ = p;
        k = Next();
        p = p_;
      }
      sink_.Token(k, Off(s));
    }
    p_ = p;
    return Off(p);
  }

 private:
  RUSTG_HD auto Off(const Byte* q) const -> uint32_t { return static_cast<uint32_t>(q - d_); }
  // After r, b or c: a byte that may make a literal or a reserved prefix (`"`, `'`, `#`, `r` as in
  // br"..", or non-ASCII), so the full dispatch must look.
  RUSTG_HD static auto PrefixMayFollow(Byte n) -> bool { return (Class(n) & kAfterIdent) || n == 'r'; }
  RUSTG_HD auto At(const Byte* q) const -> uint32_t { return q < e_ ? *q : 0; }
  // The code point at q (kEofChar at the end, kBadChar for a bad byte), its length in `len`.
  RUSTG_HD auto CharAt(const Byte* q, uint32_t& len) const -> uint32_t {
    if (q >= e_) {
      len = 0;
      return kEofChar;
    }
    if (*q < 0x80) {
      len = 1;
      return *q;
    }
    return DecodeUtf8At(q, static_cast<uint32_t>(e_ - q), len);
  }
  RUSTG_HD auto CharAfter(const Byte* q) const -> uint32_t {
    uint32_t len;
    return CharAt(q, len);
  }
  // The code point after the one at q.
  RUSTG_HD auto SecondAt(const Byte* q) const -> uint32_t {
    uint32_t len;
    CharAt(q, len);
    return CharAt(q + len, len);
  }
  RUSTG_HD void Push(TokenKind k, const Byte* s) { sink_.Token(k, Off(s)); }
  RUSTG_HD void Emit(DiagKind k, const Byte* lo, const Byte* hi, uint32_t aux = 0, uint8_t mode = 0,
                     uint32_t aux2 = 0) {
    LexDiagRecord r;
    r.kind = static_cast<uint16_t>(k);
    r.mode = mode;
    r.lo = Off(lo);
    r.hi = Off(hi);
    r.aux = aux;
    r.aux2 = aux2;
    sink_.Diag(r);
  }
  RUSTG_HD void CheckBody(const Byte* lo, const Byte* hi, const Byte* lit_lo, const Byte* lit_hi, LitMode mode) {
    CheckLiteralBody(d_, Off(lo), Off(hi), Off(lit_lo), Off(lit_hi), mode, sink_);
  }

  // Length of a non-ASCII Pattern_White_Space char at q (U+0085, U+200E, U+200F, U+2028, U+2029), or 0.
  RUSTG_HD auto UnicodeSpaceLen(const Byte* q) const -> uint32_t {
    if (q[0] == 0xC2) return (q + 1 < e_ && q[1] == 0x85) ? 2 : 0;
    if (q[0] == 0xE2 && q + 2 < e_ && q[1] == 0x80 &&
        (q[2] == 0x8E || q[2] == 0x8F || q[2] == 0xA8 || q[2] == 0xA9)) {
      return 3;
    }
    return 0;
  }

  // Scans whitespace from p_. Class-table loops need no bounds check: the zero padding after the
  // file has no class bits.
  RUSTG_HD void EatWhitespace() {
    while (true) {
      p_ = SkipAsciiSpace(p_);
      if (p_ < e_ && *p_ >= 0x80) {
        uint32_t n = UnicodeSpaceLen(p_);
        if (n != 0) {
          p_ += n;
          continue;
        }
      }
      return;
    }
  }

  // Identifier continuation from q; returns the end.
  RUSTG_HD auto EatIdContinue(const Byte* q) const -> const Byte* {
    while (true) {
      q = SkipAsciiIdContinue(q);
      if (q < e_ && *q >= 0x80) {
        uint32_t len;
        uint32_t c = CharAt(q, len);
        if (c != kBadChar && IsXidContinueNonAscii(c)) {
          q += len;
          continue;
        }
      }
      return q;
    }
  }

  // A literal suffix: an identifier, if one starts at q. A lone `_` is rejected as rustc does.
  RUSTG_HD auto EatSuffix(const Byte* q) -> const Byte* {
    if (q >= e_) return q;
    if (Class(*q) & kIdStart) {
      const Byte* end = EatIdContinue(q + 1);
      if (*q == '_' && end == q + 1) {
        // DIAG: UnderscoreLiteralSuffix
        Emit(DiagKind::UnderscoreLiteralSuffix, q, end);
      }
      return end;
    }
    if (*q >= 0x80) {
      uint32_t len;
      uint32_t c = CharAt(q, len);
      if (c != kBadChar && IsXidStartNonAscii(c)) return EatIdContinue(q + len);
    }
    return q;
  }

  // --- line and block comments (also used by the shebang check) ---

  // Scans `//...` from p_ (at the first slash) to before the newline (a CR before it excluded).
  RUSTG_HD auto LineComment() -> TokenKind {
    const Byte* body = p_ + 2;
    TokenKind k = TokenKind::LineComment;
    if (At(body) == '!') {
      k = TokenKind::InnerLineDoc;
    } else if (At(body) == '/' && At(body + 1) != '/') {
      k = TokenKind::OuterLineDoc;
    }
    const Byte* nl = FindByte(body, e_, '\n');
    const Byte* end = nl ? nl : e_;
    if (nl && end > body && end[-1] == '\r') --end;
    p_ = end;
    return k;
  }

  // Scans a (nested) block comment from p_; `terminated` says whether it was closed.
  RUSTG_HD auto BlockComment(bool& terminated) -> TokenKind {
    const Byte* q = p_ + 2;
    TokenKind k = TokenKind::BlockComment;
    uint32_t c1 = At(q);
    if (c1 == '!') {
      k = TokenKind::InnerBlockDoc;
    } else if (c1 == '*' && At(q + 1) != '*' && At(q + 1) != '/') {
      k = TokenKind::OuterBlockDoc;
    }
    uint32_t depth = 1;
    terminated = false;
    while (q < e_) {
      Byte b = *q++;
      if (b == '/') {
        if (q < e_ && *q == '*') {
          ++q;
          ++depth;
        }
      } else if (b == '*') {
        if (q < e_ && *q == '/') {
          ++q;
          if (--depth == 0) {
            terminated = true;
            break;
          }
        }
      }
    }
    p_ = q;
    return k;
  }

  // --- file start: byte-order mark and shebang ---

  RUSTG_HD void LexFileStart() {
    if (e_ - p_ >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF) {
      Push(TokenKind::Whitespace, p_);
      p_ += 3;
    }
    if (e_ - p_ >= 2 && p_[0] == '#' && p_[1] == '!' && IsShebang()) {
      const Byte* s = p_;
      const Byte* nl = FindByte(p_, e_, '\n');
      p_ = nl ? nl : e_;
      if (nl && p_[-1] == '\r') --p_;
      Push(TokenKind::Shebang, s);
    }
  }

  // rustc's rule: `#!` starts a shebang unless the next token that is not whitespace or a
  // plain comment is `[` (then it is an inner attribute `#![...]`).
  RUSTG_HD auto IsShebang() -> bool {
    const Byte* saved = p_;
    p_ += 2;
    bool shebang = true;
    while (p_ < e_) {
      if ((Class(*p_) & kSpace) || (*p_ >= 0x80 && UnicodeSpaceLen(p_) != 0)) {
        EatWhitespace();
      } else if (*p_ == '/' && At(p_ + 1) == '/') {
        if (LineComment() != TokenKind::LineComment) break;
      } else if (*p_ == '/' && At(p_ + 1) == '*') {
        bool terminated;
        if (BlockComment(terminated) != TokenKind::BlockComment) break;
      } else {
        shebang = *p_ != '[';
        break;
      }
    }
    p_ = saved;
    return shebang;
  }

  // --- one token ---

  RUSTG_HD auto Next() -> TokenKind {
    const Byte* s = p_;
    Byte c = *p_;
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case 0x0B:
      case 0x0C:
        ++p_;
        EatWhitespace();
        return TokenKind::Whitespace;
      case '/': {
        uint32_t n = At(p_ + 1);
        if (n == '/') {
          TokenKind k = LineComment();
          if (k != TokenKind::LineComment) CheckDocBareCr(s, p_, k);
          return k;
        }
        if (n == '*') {
          bool terminated;
          TokenKind k = BlockComment(terminated);
          if (!terminated) {
            // DIAG: UnterminatedBlockComment
            Emit(DiagKind::UnterminatedBlockComment, s, p_, static_cast<uint32_t>(k));
          }
          if (k != TokenKind::BlockComment) CheckDocBareCr(s, p_, k);
          return k;
        }
        return Punct1Eq(TokenKind::Slash, TokenKind::SlashEq);
      }
      case 'r': return LexR();
      case 'b': return LexB();
      case 'c':
        if (edition_ >= Edition::k2021) return LexC();
        return LexIdent();
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9': return LexNumber();
      case '\'': return LexQuote();
      case '"': {
        ++p_;
        return DoubleQuoted(s, s + 1, TokenKind::StrLit, LitMode::Str);
      }
      case '+': return Punct1Eq(TokenKind::Plus, TokenKind::PlusEq);
      case '*': return Punct1Eq(TokenKind::Star, TokenKind::StarEq);
      case '%': return Punct1Eq(TokenKind::Percent, TokenKind::PercentEq);
      case '^': return Punct1Eq(TokenKind::Caret, TokenKind::CaretEq);
      case '!': return Punct1Eq(TokenKind::Not, TokenKind::Ne);
      case '-': {
        uint32_t n = At(p_ + 1);
        if (n == '>') return Take(2, TokenKind::RArrow);
        if (n == '=') return Take(2, TokenKind::MinusEq);
        return Take(1, TokenKind::Minus);
      }
      case '&': {
        uint32_t n = At(p_ + 1);
        if (n == '&') return Take(2, TokenKind::AndAnd);
        if (n == '=') return Take(2, TokenKind::AndEq);
        return Take(1, TokenKind::And);
      }
      case '|': {
        uint32_t n = At(p_ + 1);
        if (n == '|') return Take(2, TokenKind::OrOr);
        if (n == '=') return Take(2, TokenKind::OrEq);
        return Take(1, TokenKind::Or);
      }
      case '=': {
        uint32_t n = At(p_ + 1);
        if (n == '=') return Take(2, TokenKind::EqEq);
        if (n == '>') return Take(2, TokenKind::FatArrow);
        return Take(1, TokenKind::Eq);
      }
      case '<': {
        uint32_t n = At(p_ + 1);
        if (n == '<') return At(p_ + 2) == '=' ? Take(3, TokenKind::ShlEq) : Take(2, TokenKind::Shl);
        if (n == '=') return Take(2, TokenKind::Le);
        if (n == '-') return Take(2, TokenKind::LArrow);
        return Take(1, TokenKind::Lt);
      }
      case '>': {
        uint32_t n = At(p_ + 1);
        if (n == '>') return At(p_ + 2) == '=' ? Take(3, TokenKind::ShrEq) : Take(2, TokenKind::Shr);
        if (n == '=') return Take(2, TokenKind::Ge);
        return Take(1, TokenKind::Gt);
      }
      case '.': {
        if (At(p_ + 1) == '.') {
          uint32_t n = At(p_ + 2);
          if (n == '.') return Take(3, TokenKind::DotDotDot);
          if (n == '=') return Take(3, TokenKind::DotDotEq);
          return Take(2, TokenKind::DotDot);
        }
        return Take(1, TokenKind::Dot);
      }
      case ':': return At(p_ + 1) == ':' ? Take(2, TokenKind::PathSep) : Take(1, TokenKind::Colon);
      case '@': return Take(1, TokenKind::At);
      case ',': return Take(1, TokenKind::Comma);
      case ';': return Take(1, TokenKind::Semi);
      case '#': return Take(1, TokenKind::Pound);
      case '$': return Take(1, TokenKind::Dollar);
      case '?': return Take(1, TokenKind::Question);
      case '~': return Take(1, TokenKind::Tilde);
      case '{': return Take(1, TokenKind::LBrace);
      case '}': return Take(1, TokenKind::RBrace);
      case '[': return Take(1, TokenKind::LBracket);
      case ']': return Take(1, TokenKind::RBracket);
      case '(': return Take(1, TokenKind::LParen);
      case ')': return Take(1, TokenKind::RParen);
      default: break;
    }
    if (Class(c) & kIdStart) return LexIdent();
    if (c >= 0x80) return LexNonAscii();
    return LexUnknown();
  }

  RUSTG_HD auto Take(uint32_t n, TokenKind k) -> TokenKind {
    p_ += n;
    return k;
  }
  RUSTG_HD auto Punct1Eq(TokenKind one, TokenKind with_eq) -> TokenKind {
    if (At(p_ + 1) == '=') return Take(2, with_eq);
    return Take(1, one);
  }

  // --- identifiers, keywords, prefixes ---

  // An identifier starting at p_ whose first char is known to be an identifier start.
  RUSTG_HD auto LexIdent() -> TokenKind {
    const Byte* s = p_;
    uint32_t len = 1;
    if (*s >= 0x80) CharAt(s, len);
    p_ = EatIdContinue(s + len);
    TokenKind k = IdentOrKeyword(s, static_cast<uint32_t>(p_ - s), edition_);
    // The padding byte after the file has no class bits, so no bounds check is needed.
    if (Class(*p_) & kAfterIdent) [[unlikely]] {
      if (*p_ == '#' || *p_ == '"' || *p_ == '\'') {
        ReportUnknownPrefix(s, p_);
      } else if (*p_ >= 0x80) {
        uint32_t c = CharAt(p_, len);
        if (c != kBadChar && IsEmojiNonAscii(c)) return InvalidIdent(s);
      }
    }
    return k;
  }

  // rustc lexes an identifier that contains emoji (or an emoji alone) as one identifier token and
  // reports it.
  RUSTG_HD auto InvalidIdent(const Byte* s) -> TokenKind {
    while (p_ < e_) {
      uint32_t len;
      uint32_t c = CharAt(p_, len);
      if (c == kBadChar || !(IsIdContinueChar(c) || (c >= 0x80 && IsEmojiNonAscii(c)) || c == 0x200D)) break;
      p_ += len;
    }
    uint32_t len;
    uint32_t first = CharAt(s, len);
    if (s + len == p_ && ConfusableIndex(first) >= 0) {
      // A lone emoji that looks like an operator (`➖`) is an unknown token, as in rustc.
      p_ = s;
      return LexUnknown();
    }
    // DIAG: IdentWithEmoji (the host tells Ferris from the text)
    Emit(DiagKind::IdentWithEmoji, s, p_);
    return TokenKind::Ident;
  }

  // `r`: raw identifier, raw string, or identifier.
  RUSTG_HD auto LexR() -> TokenKind {
    const Byte* s = p_;
    uint32_t n = At(s + 1);
    if (n == '#') {
      uint32_t c2 = CharAfter(s + 2);
      if (c2 != kBadChar && c2 != kEofChar && IsIdStartChar(c2)) {
        uint32_t len;
        CharAt(s + 2, len);
        p_ = EatIdContinue(s + 2 + len);
        if (IsReservedRawName(s + 2, p_)) {
          // DIAG: InvalidRawIdent
          Emit(DiagKind::InvalidRawIdent, s, p_);
        }
        return TokenKind::RawIdent;
      }
      return RawString(s, s + 1, TokenKind::RawStrLit, LitMode::RawStr);
    }
    if (n == '"') return RawString(s, s + 1, TokenKind::RawStrLit, LitMode::RawStr);
    return LexIdent();
  }

  // `b`: byte, byte string, raw byte string, or identifier.
  RUSTG_HD auto LexB() -> TokenKind {
    const Byte* s = p_;
    uint32_t n = At(s + 1);
    if (n == '\'') {
      p_ = s + 2;
      return SingleQuoted(s, s + 2, TokenKind::ByteLit, LitMode::Byte);
    }
    if (n == '"') {
      p_ = s + 2;
      return DoubleQuoted(s, s + 2, TokenKind::ByteStrLit, LitMode::ByteStr);
    }
    if (n == 'r' && (At(s + 2) == '"' || At(s + 2) == '#')) {
      return RawString(s, s + 2, TokenKind::RawByteStrLit, LitMode::RawByteStr);
    }
    return LexIdent();
  }

  // `c` (2021+): C string, raw C string, or identifier.
  RUSTG_HD auto LexC() -> TokenKind {
    const Byte* s = p_;
    uint32_t n = At(s + 1);
    if (n == '"') {
      p_ = s + 2;
      return DoubleQuoted(s, s + 2, TokenKind::CStrLit, LitMode::CStr);
    }
    if (n == 'r' && (At(s + 2) == '"' || At(s + 2) == '#')) {
      return RawString(s, s + 2, TokenKind::RawCStrLit, LitMode::RawCStr);
    }
    return LexIdent();
  }

  RUSTG_HD auto LexNonAscii() -> TokenKind {
    const Byte* s = p_;
    uint32_t len;
    uint32_t c = CharAt(s, len);
    if (c == kBadChar) {
      // Invalid UTF-8 was reported when the file was added; each bad byte is an Unknown token.
      p_ = s + 1;
      return TokenKind::Unknown;
    }
    if (IsXidStartNonAscii(c)) return LexIdent();
    if (IsEmojiNonAscii(c)) {
      p_ = s + len;
      return InvalidIdent(s);
    }
    if (uint32_t n = UnicodeSpaceLen(s); n != 0) {
      p_ = s + n;
      EatWhitespace();
      return TokenKind::Whitespace;
    }
    return LexUnknown();
  }

  // An unknown character: one Unknown token and one record; the host merges runs of the same
  // character into one diagnostic.
  RUSTG_HD auto LexUnknown() -> TokenKind {
    const Byte* s = p_;
    uint32_t len;
    uint32_t c = CharAt(s, len);
    p_ = s + len;
    // DIAG: UnknownStartOfToken
    Emit(DiagKind::UnknownStartOfToken, s, p_, c);
    return TokenKind::Unknown;
  }

  // --- numbers ---

  RUSTG_HD auto EatDecimalDigits(const Byte*& q) const -> bool {
    bool has = false;
    while (q < e_) {
      if (*q == '_') {
        ++q;
      } else if (Class(*q) & kDigit) {
        has = true;
        ++q;
      } else {
        break;
      }
    }
    return has;
  }
  RUSTG_HD auto EatHexDigits(const Byte*& q) const -> bool {
    bool has = false;
    while (q < e_) {
      if (*q == '_') {
        ++q;
      } else if (Class(*q) & kHex) {
        has = true;
        ++q;
      } else {
        break;
      }
    }
    return has;
  }
  RUSTG_HD auto EatExponent(const Byte*& q) const -> bool {
    if (q < e_ && (*q == '-' || *q == '+')) ++q;
    return EatDecimalDigits(q);
  }

  RUSTG_HD auto LexNumber() -> TokenKind {
    const Byte* s = p_;
    {
      // Most numbers are plain decimal digits followed by punctuation or space: no base, suffix,
      // fraction or exponent, and nothing to check. Padding after the file stops the scan.
      const Byte* q = s + 1;
      while (Class(*q) & kDigit) ++q;
      if (!(Class(*q) & (kIdContinue | kAfterIdent)) && *q != '.') {
        p_ = q;
        return TokenKind::IntLit;
      }
    }
    const Byte* q = s + 1;
    uint32_t base = 10;
    bool empty_int = false;
    if (*s == '0') {
      uint32_t n = At(q);
      if (n == 'b' || n == 'o') {
        base = n == 'b' ? 2 : 8;
        ++q;
        empty_int = !EatDecimalDigits(q);
      } else if (n == 'x') {
        base = 16;
        ++q;
        empty_int = !EatHexDigits(q);
      } else if ((Class(n) & kDigit) || n == '_') {
        EatDecimalDigits(q);
      }
    } else {
      EatDecimalDigits(q);
    }
    bool is_float = false;
    bool empty_exponent = false;
    if (!empty_int) {
      uint32_t n = At(q);
      if (n == '.') {
        uint32_t n2 = SecondAt(q);
        if (n2 != '.' && !(n2 != kEofChar && n2 != kBadChar && IsIdStartChar(n2))) {
          is_float = true;
          ++q;
          if (q < e_ && (Class(*q) & kDigit)) {
            EatDecimalDigits(q);
            if (q < e_ && (*q == 'e' || *q == 'E')) {
              ++q;
              empty_exponent = !EatExponent(q);
            }
          }
        }
      } else if (n == 'e' || n == 'E') {
        is_float = true;
        ++q;
        empty_exponent = !EatExponent(q);
      }
    }
    const Byte* suffix = q;
    p_ = EatSuffix(q);
    CheckNumber(s, suffix, p_, base, is_float, empty_int, empty_exponent);
    return is_float ? TokenKind::FloatLit : TokenKind::IntLit;
  }

  RUSTG_HD void CheckNumber(const Byte* s, const Byte* suffix, const Byte* end, uint32_t base, bool is_float,
                            bool empty_int, bool empty_exponent) {
    if (empty_int) {
      // DIAG: NoDigitsLiteral
      Emit(DiagKind::NoDigitsLiteral, s, suffix);
      return;
    }
    if (is_float) {
      if (empty_exponent) {
        // DIAG: EmptyExponent
        Emit(DiagKind::EmptyExponent, s, end);
        return;
      }
      if (base != 10) {
        // DIAG: UnsupportedFloatBase
        Emit(DiagKind::UnsupportedFloatBase, s, suffix, base, 0);
        return;
      }
    } else if (base == 2 || base == 8) {
      bool bad = false;
      for (const Byte* q = s + 2; q < suffix; ++q) {
        if (*q != '_' && static_cast<uint32_t>(*q - '0') >= base) {
          // DIAG: InvalidDigitLiteral
          Emit(DiagKind::InvalidDigitLiteral, q, q + 1, base);
          bad = true;
        }
      }
      if (bad) return;
    }
    if (suffix == end) return;
    CheckNumberSuffix(s, suffix, end, base, is_float);
  }

  // `sfx` is at least 2 bytes, starts with one of `firsts`, and the rest are digits.
  RUSTG_HD static auto LooksLikeWidth(const Byte* sfx, const Byte* end, const char* firsts) -> bool {
    if (end - sfx < 2) return false;
    bool first_ok = false;
    for (const char* f = firsts; *f != 0; ++f) first_ok |= static_cast<Byte>(*f) == sfx[0];
    if (!first_ok) return false;
    for (const Byte* q = sfx + 1; q < end; ++q) {
      if (*q < '0' || *q > '9') return false;
    }
    return true;
  }

  // rustc's literal-suffix checks (LitKind::from_token_lit and its error reporting).
  RUSTG_HD void CheckNumberSuffix(const Byte* s, const Byte* suffix, const Byte* end, uint32_t base, bool is_float) {
    auto n = static_cast<uint32_t>(end - suffix);
    uint32_t at = Off(suffix);
    if (!is_float) {
      const char* const kIntSuffixes[] = {"u8",  "u16", "u32", "u64", "u128", "usize",
                                          "i8",  "i16", "i32", "i64", "i128", "isize"};
      for (const char* k : kIntSuffixes) {
        if (BytesEq(suffix, n, k)) return;
      }
      if (suffix[0] != 'f') {
        if (LooksLikeWidth(suffix, end, "iu")) {
          // DIAG: InvalidIntWidth
          Emit(DiagKind::InvalidIntWidth, s, end, at);
          return;
        }
        if (BaseCapitalisationFixable(s, suffix, end)) {
          // DIAG: InvalidBasePrefix
          Emit(DiagKind::InvalidBasePrefix, s, end, at);
          return;
        }
        // DIAG: InvalidIntSuffix
        Emit(DiagKind::InvalidIntSuffix, s, end, at);
        return;
      }
      // `1f32` is a float; any other suffix starting with `f` is read as a bad float suffix.
      if (base != 10) {
        // DIAG: UnsupportedFloatBase (mode 1: the suffix variant, labelled)
        Emit(DiagKind::UnsupportedFloatBase, s, end, base, 1);
        return;
      }
    }
    // f16 and f128 are valid suffixes (their types are feature-gated later, as in rustc).
    if (BytesEq(suffix, n, "f32") || BytesEq(suffix, n, "f64") || BytesEq(suffix, n, "f16") ||
        BytesEq(suffix, n, "f128")) {
      return;
    }
    if (LooksLikeWidth(suffix, end, "f")) {
      // DIAG: InvalidFloatWidth
      Emit(DiagKind::InvalidFloatWidth, s, end, at);
      return;
    }
    // DIAG: InvalidFloatSuffix
    Emit(DiagKind::InvalidFloatSuffix, s, end, at);
  }

  // `0X1F` lexes as `0` with suffix `X1F`; rustc suggests the lowercase prefix when the digits fit.
  RUSTG_HD static auto BaseCapitalisationFixable(const Byte* s, const Byte* suffix, const Byte* end) -> bool {
    if (suffix - s != 1 || s[0] != '0') return false;
    uint32_t base = suffix[0] == 'B' ? 2 : suffix[0] == 'O' ? 8 : suffix[0] == 'X' ? 16 : 0;
    if (base == 0) return false;
    for (const Byte* q = suffix + 1; q < end; ++q) {
      Byte ch = *q;
      if (ch == '_') continue;
      if (ch == 'i' || ch == 'u') break;
      uint32_t lower = ch | 0x20;
      uint32_t v = ch >= '0' && ch <= '9' ? ch - '0' : lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
      if (v >= base) return false;
    }
    return true;
  }

  // --- quotes: lifetimes and char literals ---

  RUSTG_HD auto LexQuote() -> TokenKind {
    const Byte* s = p_;
    const Byte* q = s + 1;
    uint32_t len1;
    uint32_t first = CharAt(q, len1);
    uint32_t len2;
    uint32_t second = CharAt(q + len1, len2);
    bool first_id_start = first != kEofChar && first != kBadChar && IsIdStartChar(first);
    bool first_digit = first < 0x80 && (Class(first) & kDigit);
    bool can_be_lifetime = second != '\'' && (first_id_start || first_digit);
    if (!can_be_lifetime) {
      p_ = q;
      return SingleQuoted(s, q, TokenKind::CharLit, LitMode::Char);
    }
    if (first == 'r' && second == '#') {
      uint32_t len3;
      uint32_t third = CharAt(q + 2, len3);
      if (third != kEofChar && third != kBadChar && IsIdStartChar(third)) {
        if (edition_ < Edition::k2021) {
          // Before 2021 `'r#a` is the lifetime `'r` followed by `#a`.
          p_ = q + 1;
          return TokenKind::Lifetime;
        }
        p_ = EatIdContinue(q + 2 + len3);
        CheckRawLifetime(s, q + 2, p_);
        return TokenKind::RawLifetime;
      }
    }
    p_ = EatIdContinue(q + len1);
    if (At(p_) == '\'') {
      // `'ab'`: a char literal with more than one char.
      ++p_;
      CheckBody(q, p_ - 1, s, p_, LitMode::Char);
      return TokenKind::CharLit;
    }
    if (At(p_) == '#' && !first_digit) {
      ReportUnknownPrefix(s, p_);
      return TokenKind::Lifetime;
    }
    if (first_digit) {
      // DIAG: LifetimeStartsWithNumber
      Emit(DiagKind::LifetimeStartsWithNumber, s, p_);
    }
    return TokenKind::Lifetime;
  }

  // A single-quoted literal whose body starts at `body` (p_ == body): rustc's single_quoted_string.
  RUSTG_HD auto SingleQuoted(const Byte* s, const Byte* body, TokenKind kind, LitMode mode) -> TokenKind {
    const Byte* q = body;
    bool terminated = false;
    uint32_t len1;
    uint32_t first = CharAt(q, len1);
    if (first != '\\' && first != kEofChar && At(q + len1) == '\'') {
      q += len1 + 1;
      terminated = true;
    } else {
      while (q < e_) {
        Byte b = *q;
        if (b == '\'') {
          ++q;
          terminated = true;
          break;
        }
        if (b == '/') break;
        if (b == '\n' && At(q + 1) != '\'') break;
        if (b == '\\') {
          ++q;
          if (q < e_) {
            uint32_t len;
            CharAt(q, len);
            q += len;
          }
          continue;
        }
        ++q;
      }
    }
    if (!terminated) {
      p_ = q;
      // CRLF: keep the CR before a newline out of the literal, like the LF.
      if (p_ > body && p_ < e_ && *p_ == '\n' && p_[-1] == '\r') --p_;
      if (mode == LitMode::Char) {
        // DIAG: UnterminatedCharLit
        Emit(DiagKind::UnterminatedCharLit, s, p_);
      } else {
        // DIAG: UnterminatedByteLit
        Emit(DiagKind::UnterminatedByteLit, s + 1, p_);
      }
      return kind;
    }
    const Byte* close = q - 1;
    p_ = EatSuffix(q);
    CheckBody(body, close, s, p_, mode);
    return kind;
  }

  // --- strings ---

  // A double-quoted literal whose body starts at `body` (just past the quote).
  RUSTG_HD auto DoubleQuoted(const Byte* s, const Byte* body, TokenKind kind, LitMode mode) -> TokenKind {
    const Byte* q = body;
    bool needs_check = false;
    bool terminated = false;
    // Bytes that need the slow path: a backslash or CR always, non-ASCII in byte strings, NUL in C strings.
    while (true) {
      q = SkipStrPlain(q, mode == LitMode::ByteStr);
      if (q >= e_) break;
      Byte b = *q;
      if (b == '"') {
        terminated = true;
        break;
      }
      if (b == '\\') {
        needs_check = true;
        q += (q + 1 < e_ && (q[1] == '\\' || q[1] == '"')) ? 2 : 1;
        continue;
      }
      // A CR, a non-ASCII byte of a byte string, or a NUL, which only C strings reject.
      if (b != 0 || mode == LitMode::CStr) needs_check = true;
      ++q;
    }
    if (!terminated) {
      p_ = e_;
      DiagKind dk = mode == LitMode::Str       ? DiagKind::UnterminatedStr
                    : mode == LitMode::ByteStr ? DiagKind::UnterminatedByteStr
                                               : DiagKind::UnterminatedCStr;
      // DIAG: UnterminatedStr
      // DIAG: UnterminatedByteStr
      // DIAG: UnterminatedCStr
      // rustc's span starts after a `b` / `c` prefix.
      Emit(dk, body - 1, e_);
      return kind;
    }
    const Byte* close = q;
    p_ = EatSuffix(q + 1);
    if (needs_check) CheckBody(body, close, s, p_, mode);
    return kind;
  }

  // A raw string; `hashes` points at the first `#` or the opening quote (after r / br / cr).
  RUSTG_HD auto RawString(const Byte* s, const Byte* hashes, TokenKind kind, LitMode mode) -> TokenKind {
    const Byte* q = hashes;
    while (q < e_ && *q == '#') ++q;
    auto n_hashes = static_cast<uint32_t>(q - hashes);
    if (q >= e_ || *q != '"') {
      uint32_t len = 0;
      uint32_t bad = CharAt(q, len);
      p_ = q + len;
      if (bad == kEofChar) bad = 0;
      if (bad == kBadChar) bad = 0xFFFD;
      // DIAG: RawStrInvalidStarter
      Emit(DiagKind::RawStrInvalidStarter, s, p_, bad);
      return kind;
    }
    const Byte* body = ++q;
    uint32_t max_found = 0;
    const Byte* best = nullptr;
    while (true) {
      const Byte* quote = FindByte(q, e_, '"');
      if (quote == nullptr) {
        p_ = e_;
        // DIAG: UnterminatedRawStr
        Emit(DiagKind::UnterminatedRawStr, s, s, n_hashes, 0, best != nullptr ? Off(best) : ~0u);
        return kind;
      }
      q = quote + 1;
      uint32_t found = 0;
      while (found < n_hashes && q < e_ && *q == '#') {
        ++q;
        ++found;
      }
      if (found == n_hashes) {
        const Byte* close = quote;
        p_ = EatSuffix(q);
        if (n_hashes > 255) {
          // DIAG: RawStrTooManyHashes
          Emit(DiagKind::RawStrTooManyHashes, s, p_, n_hashes);
          return kind;
        }
        CheckRawBody(body, close, s, mode);
        return kind;
      }
      if (found > max_found) {
        max_found = found;
        best = quote + 1;
      }
    }
  }

  RUSTG_HD void CheckRawBody(const Byte* body, const Byte* close, const Byte* s, LitMode mode) {
    for (const Byte* q = body; q < close; ++q) {
      Byte b = *q;
      if (b == '\r' || (b >= 0x80 && mode == LitMode::RawByteStr) || (b == 0 && mode == LitMode::RawCStr)) {
        CheckBody(body, close, s, p_, mode);
        return;
      }
    }
  }

  // --- checks on identifiers and comments ---

  // `self`, `super`, `crate`, `Self` or `_`: names that cannot be raw.
  RUSTG_HD static auto IsReservedRawName(const Byte* lo, const Byte* hi) -> bool {
    auto n = static_cast<uint32_t>(hi - lo);
    return BytesEq(lo, n, "self") || BytesEq(lo, n, "super") || BytesEq(lo, n, "crate") ||
           BytesEq(lo, n, "Self") || BytesEq(lo, n, "_");
  }

  RUSTG_HD void CheckRawLifetime(const Byte* s, const Byte* name_start, const Byte* end) {
    if (At(end) == '\'') {
      // DIAG: MoreThanOneChar (mode Char: the string-literal help)
      Emit(DiagKind::MoreThanOneChar, s, end + 1, 0, static_cast<uint8_t>(LitMode::Char));
    }
    if (IsReservedRawName(name_start, end)) {
      // DIAG: InvalidRawLifetime
      Emit(DiagKind::InvalidRawLifetime, s, end);
    }
  }

  // 2021 reserves `prefix#`, `prefix"…"` and `prefix'…'`: an error in 2021, plain tokens before.
  RUSTG_HD void ReportUnknownPrefix(const Byte* s, const Byte* end) {
    if (edition_ < Edition::k2021) return;
    // DIAG: UnknownPrefix
    Emit(DiagKind::UnknownPrefix, s, end);
  }

  RUSTG_HD void CheckDocBareCr(const Byte* s, const Byte* end, TokenKind k) {
    for (const Byte* q = s; q < end; ++q) {
      q = FindByte(q, end, '\r');
      if (q == nullptr) return;
      if (q + 1 < end && q[1] == '\n') continue;
      // DIAG: BareCrInDocComment
      Emit(DiagKind::BareCrInDocComment, q, q + 1, static_cast<uint32_t>(k));
    }
  }

  const Byte* d_;
  const Byte* p_;
  const Byte* e_;
  Edition edition_;
  Sink& sink_;
};

// Lexes the file ending at `end` from `from` to the first token start >= `limit` (see Scanner::Run);
// returns where it stopped.
template <class Sink>
RUSTG_HD inline auto ScanRange(const Byte* data, uint32_t from, uint32_t limit, uint32_t end, Edition edition,
                               bool at_file_start, Sink& sink) -> uint32_t {
  Scanner<Sink> scanner(data, end, edition, sink);
  return scanner.Run(from, limit, at_file_start);
}

}  // namespace rustg::scan
