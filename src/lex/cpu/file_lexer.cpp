// The CPU lexer of one file. It follows rustc_lexer's decisions (which prefix starts which
// literal, lifetime vs char, when `1.` is a float) and rustc_parse's lexer checks, so that tokens
// and diagnostics match rustc's.
#include "lex/cpu/file_lexer.h"

#include <array>
#include <cstring>
#include <string>
#include <string_view>

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/source.h"
#include "lex/cpu/lex_util.h"
#include "lex/unicode_xid.h"

namespace rustg {
namespace {

using Byte = unsigned char;

// Byte class bits for the hot loops.
enum : uint8_t {
  kIdContinue = 1,  // ASCII [A-Za-z0-9_]
  kSpace = 2,       // ASCII Pattern_White_Space: \t \n \v \f \r space
  kDigit = 4,       // [0-9]
  kHex = 8,         // [0-9A-Fa-f]
  kIdStart = 16,    // [A-Za-z_]
  kPlainIdStart = 32,  // an identifier start that cannot begin a literal prefix (not r, b, c)
  kAfterIdent = 64,    // after an identifier, needs a look: # " ' (reserved prefixes) or non-ASCII
};

constexpr auto MakeClasses() -> std::array<uint8_t, 256> {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t v = 0;
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (alpha || digit || c == '_') v |= kIdContinue;
    if (alpha || c == '_') v |= kIdStart;
    if ((alpha || c == '_') && c != 'r' && c != 'b' && c != 'c') v |= kPlainIdStart;
    if (c == '#' || c == '"' || c == '\'' || c >= 0x80) v |= kAfterIdent;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) v |= kSpace;
    if (digit) v |= kDigit;
    if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) v |= kHex;
    t[c] = v;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

// Keyword lookup: buckets by (length, first letter), a handful of candidates each.
struct KeywordInfo {
  std::string_view text;
  TokenKind kind;
  Edition since;
};
constexpr KeywordInfo kKeywords[] = {
#define RUSTG_TOKEN(Name, Text)
#define RUSTG_KEYWORD(Name, Text, Ed, Class) {Text, TokenKind::Name, Edition::k##Ed},
#include "lex/token_kind.def"
};
constexpr uint32_t kMaxKeywordLen = 8;
constexpr uint32_t kBucketSlots = 4;

// Keyword spelling as a little-endian word, zero-padded (keywords are at most 8 bytes).
constexpr auto KeywordWord(std::string_view t) -> uint64_t {
  uint64_t w = 0;
  for (size_t i = 0; i < t.size(); ++i) w |= static_cast<uint64_t>(static_cast<uint8_t>(t[i])) << (8 * i);
  return w;
}

struct KeywordTable {
  // [length][first byte & 31][slot] -> index + 1 into kKeywords (0 = empty).
  uint8_t slot[kMaxKeywordLen + 1][32][kBucketSlots] = {};
  uint64_t word[std::size(kKeywords)] = {};
  constexpr KeywordTable() {
    for (size_t i = 0; i < std::size(kKeywords); ++i) {
      const auto& k = kKeywords[i];
      auto* b = slot[k.text.size()][k.text[0] & 31];
      size_t j = 0;
      while (b[j] != 0) ++j;  // a bucket overflow fails constant evaluation
      b[j] = static_cast<uint8_t>(i + 1);
      word[i] = KeywordWord(k.text);
    }
  }
};
constexpr KeywordTable kKeywordTable;

// `s` may be read 8 bytes ahead (the file is followed by zero padding).
auto LookupKeyword(const Byte* s, uint32_t len, Edition edition) -> TokenKind {
  if (len < 2 || len > kMaxKeywordLen) return TokenKind::Ident;
  const auto* b = kKeywordTable.slot[len][s[0] & 31];
  if (b[0] == 0) return TokenKind::Ident;
  uint64_t w;
  std::memcpy(&w, s, 8);
  if (len < 8) w &= (uint64_t{1} << (8 * len)) - 1;
  for (uint32_t j = 0; j < kBucketSlots && b[j] != 0; ++j) {
    if (kKeywordTable.word[b[j] - 1] == w) {
      const auto& k = kKeywords[b[j] - 1];
      return edition >= k.since ? k.kind : TokenKind::Ident;
    }
  }
  return TokenKind::Ident;
}

constexpr uint32_t kEofChar = 0x110000;

// The first byte at or after q that is not ASCII whitespace. Reads up to 15 bytes ahead of the
// result, which the file's zero padding allows; a zero byte stops every scan.
inline auto SkipAsciiSpace(const Byte* q) -> const Byte* {
#if defined(__SSE2__)
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
  while (kClass[*q] & kSpace) ++q;
  return q;
}

// The first byte at or after q that is not [A-Za-z0-9_]; same read-ahead rules as SkipAsciiSpace.
inline auto SkipAsciiIdContinue(const Byte* q) -> const Byte* {
#if defined(__SSE2__)
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
  while (kClass[*q] & kIdContinue) ++q;
  return q;
#endif
}

class FileLexer {
 public:
  FileLexer(const char* data, uint32_t begin, uint32_t end, Edition edition, DiagSink& diags,
            TokenKind* kinds, uint32_t* starts)
      : data_(data),
        d_(reinterpret_cast<const Byte*>(data)),
        p_(d_ + begin),
        e_(d_ + end),
        edition_(edition),
        diags_(diags),
        kinds_(kinds),
        starts_(starts) {}

  auto Run() -> uint32_t {
    LexFileStart();
    while (p_ < e_) {
      uint32_t at = Off(p_);
      // Whitespace and plain identifiers are most tokens: test for them before the switch, whose
      // indirect jump predicts poorly.
      Byte c = *p_;
      TokenKind k;
      if (c == ' ' || c == '\n') {
        p_ = SkipAsciiSpace(p_ + 1);
        if (*p_ >= 0x80) EatWhitespace();
        k = TokenKind::Whitespace;
      } else if (kClass[c] & kPlainIdStart) {
        k = LexIdent();
      } else {
        k = Next();
      }
      kinds_[n_] = k;
      starts_[n_] = at;
      ++n_;
    }
    Push(TokenKind::Eof, e_);
    return n_;
  }

 private:
  auto Off(const Byte* q) const -> uint32_t { return static_cast<uint32_t>(q - d_); }
  auto At(const Byte* q) const -> uint32_t { return q < e_ ? *q : 0; }
  // The code point at q (kEofChar at the end, kInvalidChar for a bad byte), its length in `len`.
  auto CharAt(const Byte* q, uint32_t& len) const -> uint32_t {
    if (q >= e_) {
      len = 0;
      return kEofChar;
    }
    if (*q < 0x80) {
      len = 1;
      return *q;
    }
    return DecodeUtf8(reinterpret_cast<const char*>(q), static_cast<size_t>(e_ - q), len);
  }
  auto CharAfter(const Byte* q) const -> uint32_t {
    uint32_t len;
    return CharAt(q, len);
  }
  // The code point after the one at q.
  auto SecondAt(const Byte* q) const -> uint32_t {
    uint32_t len;
    CharAt(q, len);
    return CharAt(q + len, len);
  }
  void Push(TokenKind k, const Byte* s) {
    kinds_[n_] = k;
    starts_[n_] = Off(s);
    ++n_;
  }

  // Length of a non-ASCII Pattern_White_Space char at q (U+0085, U+200E, U+200F, U+2028, U+2029), or 0.
  auto UnicodeSpaceLen(const Byte* q) const -> uint32_t {
    if (q[0] == 0xC2) return (q + 1 < e_ && q[1] == 0x85) ? 2 : 0;
    if (q[0] == 0xE2 && q + 2 < e_ && q[1] == 0x80 &&
        (q[2] == 0x8E || q[2] == 0x8F || q[2] == 0xA8 || q[2] == 0xA9)) {
      return 3;
    }
    return 0;
  }

  // Scans whitespace from p_.
  // Class-table loops need no bounds check: the zero padding after the file has no class bits.
  void EatWhitespace() {
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
  auto EatIdContinue(const Byte* q) const -> const Byte* {
    while (true) {
      q = SkipAsciiIdContinue(q);
      if (q < e_ && *q >= 0x80) {
        uint32_t len;
        uint32_t c = CharAt(q, len);
        if (c != kInvalidChar && IsXidContinueNonAscii(c)) {
          q += len;
          continue;
        }
      }
      return q;
    }
  }

  // A literal suffix: an identifier, if one starts at q. A lone `_` is rejected as rustc does.
  auto EatSuffix(const Byte* q) -> const Byte* {
    if (q >= e_) return q;
    if (kClass[*q] & kIdStart) {
      const Byte* end = EatIdContinue(q + 1);
      if (*q == '_' && end == q + 1) {
        // DIAG: UnderscoreLiteralSuffix
        diags_.Emit(DiagKind::UnderscoreLiteralSuffix, Off(q), Off(end), "underscore literal suffix is not allowed");
      }
      return end;
    }
    if (*q >= 0x80) {
      uint32_t len;
      uint32_t c = CharAt(q, len);
      if (c != kInvalidChar && IsXidStartNonAscii(c)) return EatIdContinue(q + len);
    }
    return q;
  }

  // --- line and block comments (also used by the shebang check, with report = false) ---

  // Scans `//...` from p_ (at the first slash) to before the newline (a CR before it excluded).
  auto LineComment() -> TokenKind {
    const Byte* body = p_ + 2;
    TokenKind k = TokenKind::LineComment;
    if (At(body) == '!') {
      k = TokenKind::InnerLineDoc;
    } else if (At(body) == '/' && At(body + 1) != '/') {
      k = TokenKind::OuterLineDoc;
    }
    const auto* nl = static_cast<const Byte*>(std::memchr(body, '\n', static_cast<size_t>(e_ - body)));
    const Byte* end = nl ? nl : e_;
    if (nl && end > body && end[-1] == '\r') --end;
    p_ = end;
    return k;
  }

  // Scans a (nested) block comment from p_; `terminated` says whether it was closed.
  auto BlockComment(bool& terminated) -> TokenKind {
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

  void LexFileStart() {
    if (e_ - p_ >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF) {
      Push(TokenKind::Whitespace, p_);
      p_ += 3;
    }
    if (e_ - p_ >= 2 && p_[0] == '#' && p_[1] == '!' && IsShebang()) {
      const Byte* s = p_;
      const auto* nl = static_cast<const Byte*>(std::memchr(p_, '\n', static_cast<size_t>(e_ - p_)));
      p_ = nl ? nl : e_;
      if (nl && p_[-1] == '\r') --p_;
      Push(TokenKind::Shebang, s);
    }
  }

  // rustc's rule: `#!` starts a shebang unless the next token that is not whitespace or a
  // plain comment is `[` (then it is an inner attribute `#![...]`).
  auto IsShebang() -> bool {
    const Byte* saved = p_;
    p_ += 2;
    bool shebang = true;
    while (p_ < e_) {
      if ((kClass[*p_] & kSpace) || (*p_ >= 0x80 && UnicodeSpaceLen(p_) != 0)) {
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

  auto Next() -> TokenKind {
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
          if (!terminated) ReportUnterminatedBlockComment(s, k);
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
    if (kClass[c] & kIdStart) return LexIdent();
    if (c >= 0x80) return LexNonAscii();
    return LexUnknown();
  }

  auto Take(uint32_t n, TokenKind k) -> TokenKind {
    p_ += n;
    return k;
  }
  auto Punct1Eq(TokenKind one, TokenKind with_eq) -> TokenKind {
    if (At(p_ + 1) == '=') return Take(2, with_eq);
    return Take(1, one);
  }

  // --- identifiers, keywords, prefixes ---

  // An identifier starting at p_ whose first char is known to be an identifier start.
  auto LexIdent() -> TokenKind {
    const Byte* s = p_;
    uint32_t len = 1;
    if (*s >= 0x80) CharAt(s, len);
    p_ = EatIdContinue(s + len);
    auto n = static_cast<uint32_t>(p_ - s);
    TokenKind k;
    if (n == 1 && *s == '_') {
      k = TokenKind::Underscore;
    } else {
      k = LookupKeyword(s, n, edition_);
    }
    // The padding byte after the file has no class bits, so no bounds check is needed.
    if (kClass[*p_] & kAfterIdent) [[unlikely]] {
      if (*p_ == '#' || *p_ == '"' || *p_ == '\'') {
        ReportUnknownPrefix(s, p_);
      } else if (*p_ >= 0x80) {
        uint32_t c = CharAt(p_, len);
        if (c != kInvalidChar && IsEmojiNonAscii(c)) return InvalidIdent(s);
      }
    }
    return k;
  }

  // rustc lexes an identifier that contains emoji (or an emoji alone) as one identifier token and
  // reports it.
  auto InvalidIdent(const Byte* s) -> TokenKind {
    while (p_ < e_) {
      uint32_t len;
      uint32_t c = CharAt(p_, len);
      if (c == kInvalidChar || !(IsIdContinue(c) || (c >= 0x80 && IsEmojiNonAscii(c)) || c == 0x200D)) break;
      p_ += len;
    }
    std::string_view text(reinterpret_cast<const char*>(s), static_cast<size_t>(p_ - s));
    uint32_t len;
    uint32_t first = CharAt(s, len);
    if (s + len == p_ && IsConfusable(first)) {
      // A lone emoji that looks like an operator (`➖`) is an unknown token, as in rustc.
      p_ = s;
      return LexUnknown();
    }
    if (text == "\U0001F980") {
      // DIAG: IdentWithEmoji
      Diagnostic& d = diags_.Emit(DiagKind::IdentWithEmoji, Off(s), Off(p_), "Ferris cannot be used as an identifier");
      d.children.push_back(SubDiag{Level::Help, "try using their name instead: `ferris`"});
    } else {
      // DIAG: IdentWithEmoji
      diags_.Emit(DiagKind::IdentWithEmoji, Off(s), Off(p_), fmt::format("identifiers cannot contain emoji: `{}`", text));
    }
    return TokenKind::Ident;
  }

  // `r`: raw identifier, raw string, or identifier.
  auto LexR() -> TokenKind {
    const Byte* s = p_;
    uint32_t n = At(s + 1);
    if (n == '#') {
      uint32_t c2 = CharAfter(s + 2);
      if (c2 != kInvalidChar && c2 != kEofChar && IsIdStart(c2)) {
        uint32_t len;
        CharAt(s + 2, len);
        p_ = EatIdContinue(s + 2 + len);
        CheckRawIdent(s, p_);
        return TokenKind::RawIdent;
      }
      return RawString(s, s + 1, TokenKind::RawStrLit, LitMode::RawStr);
    }
    if (n == '"') return RawString(s, s + 1, TokenKind::RawStrLit, LitMode::RawStr);
    return LexIdent();
  }

  // `b`: byte, byte string, raw byte string, or identifier.
  auto LexB() -> TokenKind {
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
  auto LexC() -> TokenKind {
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

  auto LexNonAscii() -> TokenKind {
    const Byte* s = p_;
    uint32_t len;
    uint32_t c = CharAt(s, len);
    if (c == kInvalidChar) {
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

  // An unknown character: one Unknown token; a run of the same character gets one diagnostic
  // (emitted when the run ends).
  auto LexUnknown() -> TokenKind {
    const Byte* s = p_;
    uint32_t len;
    uint32_t c = CharAt(s, len);
    p_ = s + len;
    if (unknown_.active && s == unknown_.hi && c == unknown_.c) {
      unknown_.hi = p_;
      ++unknown_.repeats;
      return TokenKind::Unknown;
    }
    FlushUnknown();
    unknown_ = PendingUnknown{true, c, s, p_, 0};
    return TokenKind::Unknown;
  }

 public:
  // Emits the diagnostic of the last run of unknown characters (its span covers the run).
  void FlushUnknown() {
    if (!unknown_.active) return;
    unknown_.active = false;
    if (unknown_.c == 0xA0) {
      // After the first no-break space of a file is reported, rustc treats the others as whitespace.
      if (nbsp_reported_) return;
      nbsp_reported_ = true;
    }
    // DIAG: UnknownStartOfToken
    Diagnostic& d = diags_.Emit(DiagKind::UnknownStartOfToken, Off(unknown_.lo), Off(unknown_.hi),
                                fmt::format("unknown start of token: {}", EscapedChar(unknown_.c)));
    if (unknown_.repeats > 0) {
      d.children.push_back(SubDiag{Level::Note, fmt::format("character appears {} more times", unknown_.repeats)});
    }
    if (unknown_.c == 0) {
      d.children.push_back(SubDiag{Level::Help,
                                   "source files must contain UTF-8 encoded text, unexpected null bytes might occur "
                                   "when a different encoding is used"});
    }
    AddConfusableHelp(d, unknown_.c);
  }

 private:
  void AddConfusableHelp(Diagnostic& d, uint32_t c);
  static auto IsConfusable(uint32_t c) -> bool;

  // --- numbers ---

  auto EatDecimalDigits(const Byte*& q) const -> bool {
    bool has = false;
    while (q < e_) {
      if (*q == '_') {
        ++q;
      } else if (kClass[*q] & kDigit) {
        has = true;
        ++q;
      } else {
        break;
      }
    }
    return has;
  }
  auto EatHexDigits(const Byte*& q) const -> bool {
    bool has = false;
    while (q < e_) {
      if (*q == '_') {
        ++q;
      } else if (kClass[*q] & kHex) {
        has = true;
        ++q;
      } else {
        break;
      }
    }
    return has;
  }
  auto EatExponent(const Byte*& q) const -> bool {
    if (q < e_ && (*q == '-' || *q == '+')) ++q;
    return EatDecimalDigits(q);
  }

  auto LexNumber() -> TokenKind {
    const Byte* s = p_;
    const Byte* q = s + 1;
    int base = 10;
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
      } else if ((kClass[n] & kDigit) || n == '_') {
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
        if (n2 != '.' && !(n2 != kEofChar && n2 != kInvalidChar && IsIdStart(n2))) {
          is_float = true;
          ++q;
          if (q < e_ && (kClass[*q] & kDigit)) {
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

  void CheckNumber(const Byte* s, const Byte* suffix, const Byte* end, int base, bool is_float,
                   bool empty_int, bool empty_exponent) {
    auto base_name = [&]() -> std::string_view {
      return base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    };
    if (empty_int) {
      // DIAG: NoDigitsLiteral
      diags_.Emit(DiagKind::NoDigitsLiteral, Off(s), Off(suffix), "no valid digits found for number");
      return;
    }
    if (is_float) {
      if (empty_exponent) {
        // DIAG: EmptyExponent
        diags_.Emit(DiagKind::EmptyExponent, Off(s), Off(end), "expected at least one digit in exponent");
        return;
      }
      if (base != 10) {
        // DIAG: UnsupportedFloatBase
        diags_.Emit(DiagKind::UnsupportedFloatBase, Off(s), Off(suffix),
                    fmt::format("{} float literal is not supported", base_name()));
        return;
      }
    } else if (base == 2 || base == 8) {
      bool bad = false;
      for (const Byte* q = s + 2; q < suffix; ++q) {
        if (*q != '_' && static_cast<unsigned>(*q - '0') >= static_cast<unsigned>(base)) {
          // DIAG: InvalidDigitLiteral
          diags_.Emit(DiagKind::InvalidDigitLiteral, Off(q), Off(q + 1),
                      fmt::format("invalid digit for a base {} literal", base));
          bad = true;
        }
      }
      if (bad) return;
    }
    if (suffix == end) return;
    CheckNumberSuffix(s, suffix, end, base, is_float);
  }

  // rustc's literal-suffix checks (LitKind::from_token_lit and its error reporting).
  void CheckNumberSuffix(const Byte* s, const Byte* suffix, const Byte* end, int base, bool is_float) {
    std::string_view sfx(reinterpret_cast<const char*>(suffix), static_cast<size_t>(end - suffix));
    std::string_view digits(reinterpret_cast<const char*>(s), static_cast<size_t>(suffix - s));
    auto looks_like_width = [&](std::string_view firsts) {
      if (sfx.size() < 2 || firsts.find(sfx[0]) == std::string_view::npos) return false;
      for (char ch : sfx.substr(1)) {
        if (ch < '0' || ch > '9') return false;
      }
      return true;
    };
    if (!is_float) {
      static constexpr std::string_view kIntSuffixes[] = {"u8",  "u16", "u32", "u64", "u128", "usize",
                                                          "i8",  "i16", "i32", "i64", "i128", "isize"};
      for (auto k : kIntSuffixes) {
        if (sfx == k) return;
      }
      if (sfx[0] != 'f') {
        if (looks_like_width("iu")) {
          // DIAG: InvalidIntWidth
          Diagnostic& d = diags_.Emit(DiagKind::InvalidIntWidth, Off(s), Off(end),
                                      fmt::format("invalid width `{}` for integer literal", sfx.substr(1)));
          d.children.push_back(SubDiag{Level::Help, "valid widths are 8, 16, 32, 64 and 128"});
          return;
        }
        if (std::string fixed = FixBaseCapitalisation(digits, sfx); !fixed.empty()) {
          // DIAG: InvalidBasePrefix
          Diagnostic& d = diags_.Emit(DiagKind::InvalidBasePrefix, Off(s), Off(end),
                                      "invalid base prefix for number literal");
          d.children.push_back(SubDiag{Level::Note, "base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase"});
          d.children.push_back(SubDiag{Level::Help, fmt::format("try making the prefix lowercase: `{}`", fixed)});
          return;
        }
        // DIAG: InvalidIntSuffix
        Diagnostic& d = diags_.Emit(DiagKind::InvalidIntSuffix, Off(s), Off(end),
                                    fmt::format("invalid suffix `{}` for number literal", sfx));
        d.label = fmt::format("invalid suffix `{}`", sfx);
        d.children.push_back(
            SubDiag{Level::Help, "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)"});
        return;
      }
      // `1f32` is a float; any other suffix starting with `f` is read as a bad float suffix.
      if (base != 10) {
        std::string_view name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        // DIAG: UnsupportedFloatBase
        diags_.Emit(DiagKind::UnsupportedFloatBase, Off(s), Off(end),
                    fmt::format("{} float literal is not supported", name))
            .label = "not supported";
        return;
      }
    }
    // f16 and f128 are valid suffixes (their types are feature-gated later, as in rustc).
    if (sfx == "f32" || sfx == "f64" || sfx == "f16" || sfx == "f128") return;
    if (looks_like_width("f")) {
      // DIAG: InvalidFloatWidth
      Diagnostic& d = diags_.Emit(DiagKind::InvalidFloatWidth, Off(s), Off(end),
                                  fmt::format("invalid width `{}` for float literal", sfx.substr(1)));
      d.children.push_back(SubDiag{Level::Help, "valid widths are 32 and 64"});
      return;
    }
    // DIAG: InvalidFloatSuffix
    Diagnostic& d = diags_.Emit(DiagKind::InvalidFloatSuffix, Off(s), Off(end),
                                fmt::format("invalid suffix `{}` for float literal", sfx));
    d.label = fmt::format("invalid suffix `{}`", sfx);
    d.children.push_back(SubDiag{Level::Help, "valid suffixes are `f32` and `f64`"});
  }

  // `0X1F` lexes as `0` with suffix `X1F`; rustc suggests the lowercase prefix.
  static auto FixBaseCapitalisation(std::string_view digits, std::string_view sfx) -> std::string {
    if (digits != "0") return {};
    int base = sfx[0] == 'B' ? 2 : sfx[0] == 'O' ? 8 : sfx[0] == 'X' ? 16 : 0;
    if (base == 0) return {};
    for (char ch : sfx.substr(1)) {
      if (ch == '_') continue;
      if (ch == 'i' || ch == 'u') break;
      int v = ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' ? (ch | 0x20) - 'a' + 10 : 99;
      if (v >= base) return {};
    }
    return fmt::format("0{}{}", static_cast<char>(sfx[0] | 0x20), sfx.substr(1));
  }

  // --- quotes: lifetimes and char literals ---

  auto LexQuote() -> TokenKind {
    const Byte* s = p_;
    const Byte* q = s + 1;
    uint32_t len1;
    uint32_t first = CharAt(q, len1);
    uint32_t len2;
    uint32_t second = CharAt(q + len1, len2);
    bool first_id_start = first != kEofChar && first != kInvalidChar && IsIdStart(first);
    bool first_digit = first < 0x80 && (kClass[first] & kDigit);
    bool can_be_lifetime = second != '\'' && (first_id_start || first_digit);
    if (!can_be_lifetime) {
      p_ = q;
      return SingleQuoted(s, q, TokenKind::CharLit, LitMode::Char);
    }
    if (first == 'r' && second == '#') {
      uint32_t len3;
      uint32_t third = CharAt(q + 2, len3);
      if (third != kEofChar && third != kInvalidChar && IsIdStart(third)) {
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
      CheckLiteralBody(data_, Off(q), Off(p_ - 1), Off(s), Off(p_), LitMode::Char, diags_);
      return TokenKind::CharLit;
    }
    if (At(p_) == '#' && !first_digit) {
      ReportUnknownPrefix(s, p_);
      return TokenKind::Lifetime;
    }
    if (first_digit) {
      // DIAG: LifetimeStartsWithNumber
      diags_.Emit(DiagKind::LifetimeStartsWithNumber, Off(s), Off(p_), "lifetimes cannot start with a number");
    }
    return TokenKind::Lifetime;
  }

  // A single-quoted literal whose body starts at `body` (p_ == body): rustc's single_quoted_string.
  auto SingleQuoted(const Byte* s, const Byte* body, TokenKind kind, LitMode mode) -> TokenKind {
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
        diags_.Emit(DiagKind::UnterminatedCharLit, Off(s), Off(p_), "unterminated character literal");
      } else {
        // DIAG: UnterminatedByteLit
        diags_.Emit(DiagKind::UnterminatedByteLit, Off(s) + 1, Off(p_), "unterminated byte constant");
      }
      return kind;
    }
    const Byte* close = q - 1;
    p_ = EatSuffix(q);
    CheckLiteralBody(data_, Off(body), Off(close), Off(s), Off(p_), mode, diags_);
    return kind;
  }

  // --- strings ---

  // A double-quoted literal whose body starts at `body` (just past the quote).
  auto DoubleQuoted(const Byte* s, const Byte* body, TokenKind kind, LitMode mode) -> TokenKind {
    const Byte* q = body;
    bool needs_check = false;
    bool terminated = false;
    // Bytes that need the slow path: a backslash or CR always, non-ASCII in byte strings, NUL in C strings.
    while (q < e_) {
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
      if (b == '\r' || (b >= 0x80 && mode == LitMode::ByteStr) || (b == 0 && mode == LitMode::CStr)) {
        needs_check = true;
      }
      ++q;
    }
    if (!terminated) {
      p_ = e_;
      std::string_view msg = mode == LitMode::Str       ? "unterminated double quote string"
                             : mode == LitMode::ByteStr ? "unterminated double quote byte string"
                                                        : "unterminated C string";
      DiagKind dk = mode == LitMode::Str       ? DiagKind::UnterminatedStr
                    : mode == LitMode::ByteStr ? DiagKind::UnterminatedByteStr
                                               : DiagKind::UnterminatedCStr;
      // DIAG: UnterminatedStr
      // DIAG: UnterminatedByteStr
      // DIAG: UnterminatedCStr
      // rustc's span starts after a `b` / `c` prefix.
      diags_.Emit(dk, Off(body) - 1, Off(e_), std::string(msg));
      return kind;
    }
    const Byte* close = q;
    p_ = EatSuffix(q + 1);
    if (needs_check) CheckLiteralBody(data_, Off(body), Off(close), Off(s), Off(p_), mode, diags_);
    return kind;
  }

  // A raw string; `hashes` points at the first `#` or the opening quote (after r / br / cr).
  auto RawString(const Byte* s, const Byte* hashes, TokenKind kind, LitMode mode) -> TokenKind {
    const Byte* q = hashes;
    while (q < e_ && *q == '#') ++q;
    auto n_hashes = static_cast<uint32_t>(q - hashes);
    if (q >= e_ || *q != '"') {
      uint32_t len = 0;
      uint32_t bad = CharAt(q, len);
      p_ = q + len;
      if (bad == kEofChar) bad = 0;
      if (bad == kInvalidChar) bad = 0xFFFD;
      // DIAG: RawStrInvalidStarter
      diags_.Emit(DiagKind::RawStrInvalidStarter, Off(s), Off(p_),
                  fmt::format("found invalid character; only `#` is allowed in raw string delimitation: {}",
                              EscapedChar(bad)));
      return kind;
    }
    const Byte* body = ++q;
    uint32_t max_found = 0;
    const Byte* best = nullptr;
    while (true) {
      const auto* quote = static_cast<const Byte*>(std::memchr(q, '"', static_cast<size_t>(e_ - q)));
      if (quote == nullptr) {
        p_ = e_;
        // DIAG: UnterminatedRawStr
        Diagnostic& d = diags_.Emit(DiagKind::UnterminatedRawStr, Off(s), Off(s), "unterminated raw string");
        d.label = "unterminated raw string";
        if (n_hashes > 0) {
          d.children.push_back(SubDiag{Level::Note, fmt::format("this raw string should be terminated with `\"{}`",
                                                                std::string(n_hashes, '#'))});
        }
        if (best != nullptr) {
          SubDiag h{Level::Help, "consider terminating the string here"};
          h.has_span = true;
          h.lo = Off(best);
          h.hi = Off(best + max_found);
          d.children.push_back(std::move(h));
        }
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
          diags_.Emit(DiagKind::RawStrTooManyHashes, Off(s), Off(p_),
                      fmt::format("too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, "
                                  "but found {}",
                                  n_hashes));
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

  void CheckRawBody(const Byte* body, const Byte* close, const Byte* s, LitMode mode) {
    for (const Byte* q = body; q < close; ++q) {
      Byte b = *q;
      if (b == '\r' || (b >= 0x80 && mode == LitMode::RawByteStr) || (b == 0 && mode == LitMode::RawCStr)) {
        CheckLiteralBody(data_, Off(body), Off(close), Off(s), Off(p_), mode, diags_);
        return;
      }
    }
  }

  // --- checks on identifiers and comments ---

  void CheckRawIdent(const Byte* s, const Byte* end) {
    std::string_view name(reinterpret_cast<const char*>(s + 2), static_cast<size_t>(end - s - 2));
    if (name == "self" || name == "super" || name == "crate" || name == "Self" || name == "_") {
      // DIAG: InvalidRawIdent
      diags_.Emit(DiagKind::InvalidRawIdent, Off(s), Off(end), fmt::format("`{}` cannot be a raw identifier", name));
    }
  }

  void CheckRawLifetime(const Byte* s, const Byte* name_start, const Byte* end) {
    if (At(end) == '\'') {
      // DIAG: MoreThanOneChar
      Diagnostic& d = diags_.Emit(DiagKind::MoreThanOneChar, Off(s), Off(end + 1),
                                  "character literal may only contain one codepoint");
      d.children.push_back(SubDiag{Level::Help, "if you meant to write a string literal, use double quotes"});
    }
    std::string_view name(reinterpret_cast<const char*>(name_start), static_cast<size_t>(end - name_start));
    if (name == "self" || name == "super" || name == "crate" || name == "Self" || name == "_") {
      // DIAG: InvalidRawLifetime
      diags_.Emit(DiagKind::InvalidRawLifetime, Off(s), Off(end), fmt::format("`{}` cannot be a raw lifetime", name));
    }
  }

  // 2021 reserves `prefix#`, `prefix"…"` and `prefix'…'`: an error in 2021, plain tokens before.
  void ReportUnknownPrefix(const Byte* s, const Byte* end) {
    if (edition_ < Edition::k2021) return;
    std::string_view prefix(reinterpret_cast<const char*>(s), static_cast<size_t>(end - s));
    // DIAG: UnknownPrefix
    Diagnostic& d = diags_.Emit(DiagKind::UnknownPrefix, Off(s), Off(end), fmt::format("prefix `{}` is unknown", prefix));
    d.label = "unknown prefix";
    d.children.push_back(SubDiag{Level::Note, "prefixed identifiers and literals are reserved since Rust 2021"});
    if (prefix == "rb") {
      d.children.push_back(SubDiag{Level::Help, "use `br` for a raw byte string"});
    } else if (prefix == "rc") {
      d.children.push_back(SubDiag{Level::Help, "use `cr` for a raw C-string"});
    } else {
      SubDiag h{Level::Help, "consider inserting whitespace here"};
      h.has_span = true;
      h.lo = h.hi = Off(end);
      d.children.push_back(std::move(h));
    }
  }

  void ReportUnterminatedBlockComment(const Byte* s, TokenKind k) {
    std::string_view msg = k == TokenKind::BlockComment ? "unterminated block comment" : "unterminated block doc-comment";
    // DIAG: UnterminatedBlockComment
    Diagnostic& d = diags_.Emit(DiagKind::UnterminatedBlockComment, Off(s), Off(p_), std::string(msg));
    // Point at the last nested comment that was closed, which is often the one meant to close this.
    std::vector<const Byte*> opens;
    const Byte* last_open = nullptr;
    const Byte* last_close = nullptr;
    for (const Byte* q = s; q + 1 < p_; ++q) {
      if (q[0] == '/' && q[1] == '*') {
        opens.push_back(q);
      } else if (q[0] == '*' && q[1] == '/' && !opens.empty()) {
        last_open = opens.back();
        last_close = q;
        opens.pop_back();
      }
    }
    if (last_open != nullptr) {
      d.label = std::string(msg);
      SubDiag a{Level::Note, "...as last nested comment starts here, maybe you want to close this instead?"};
      a.has_span = true;
      a.lo = Off(last_open);
      a.hi = Off(last_open + 2);
      d.children.push_back(std::move(a));
      SubDiag b{Level::Note, "...and last nested comment terminates here."};
      b.has_span = true;
      b.lo = Off(last_close);
      b.hi = Off(last_close + 2);
      d.children.push_back(std::move(b));
    }
  }

  void CheckDocBareCr(const Byte* s, const Byte* end, TokenKind k) {
    for (const Byte* q = s; q < end; ++q) {
      q = static_cast<const Byte*>(std::memchr(q, '\r', static_cast<size_t>(end - q)));
      if (q == nullptr) return;
      if (q + 1 < end && q[1] == '\n') continue;
      bool block = k == TokenKind::OuterBlockDoc || k == TokenKind::InnerBlockDoc;
      // DIAG: BareCrInDocComment
      diags_.Emit(DiagKind::BareCrInDocComment, Off(q), Off(q + 1),
                  block ? "bare CR not allowed in block doc-comment" : "bare CR not allowed in doc-comment");
    }
  }

  const char* data_;
  const Byte* d_;
  const Byte* p_;
  const Byte* e_;
  Edition edition_;
  DiagSink& diags_;
  TokenKind* kinds_;
  uint32_t* starts_;
  uint32_t n_ = 0;
  // A run of one repeated unknown character, reported once when it ends.
  struct PendingUnknown {
    bool active = false;
    uint32_t c = 0;
    const Byte* lo = nullptr;
    const Byte* hi = nullptr;
    uint32_t repeats = 0;
  };
  PendingUnknown unknown_;
  bool nbsp_reported_ = false;
};

// Unicode characters that look like ASCII punctuation, with names, as rustc's confusables list
// (a small, common subset).
struct Confusable {
  uint32_t c;
  std::string_view name;
  char ascii;
  std::string_view ascii_name;
};
constexpr Confusable kConfusables[] = {
    {0x037E, "Greek Question Mark", ';', "Semicolon"},
    {0xFF1B, "Fullwidth Semicolon", ';', "Semicolon"},
    {0xFF0C, "Fullwidth Comma", ',', "Comma"},
    {0x3001, "Ideographic Comma", ',', "Comma"},
    {0xFF1A, "Fullwidth Colon", ':', "Colon"},
    {0x3002, "Ideographic Full Stop", '.', "Period"},
    {0xFF0E, "Fullwidth Full Stop", '.', "Period"},
    {0xFF08, "Fullwidth Left Parenthesis", '(', "Left Parenthesis"},
    {0xFF09, "Fullwidth Right Parenthesis", ')', "Right Parenthesis"},
    {0xFF5B, "Fullwidth Left Curly Bracket", '{', "Left Curly Brace"},
    {0xFF5D, "Fullwidth Right Curly Bracket", '}', "Right Curly Brace"},
    {0xFF3B, "Fullwidth Left Square Bracket", '[', "Left Square Bracket"},
    {0xFF3D, "Fullwidth Right Square Bracket", ']', "Right Square Bracket"},
    {0xFF01, "Fullwidth Exclamation Mark", '!', "Exclamation Mark"},
    {0xFF1F, "Fullwidth Question Mark", '?', "Question Mark"},
    {0xFF1D, "Fullwidth Equals Sign", '=', "Equals Sign"},
    {0xFF0B, "Fullwidth Plus Sign", '+', "Plus Sign"},
    {0x2212, "Minus Sign", '-', "Minus/Hyphen"},
    {0x2010, "Hyphen", '-', "Minus/Hyphen"},
    {0x2013, "En Dash", '-', "Minus/Hyphen"},
    {0x2014, "Em Dash", '-', "Minus/Hyphen"},
    {0x201C, "Left Double Quotation Mark", '"', "Quotation Mark"},
    {0x201D, "Right Double Quotation Mark", '"', "Quotation Mark"},
    {0x2018, "Left Single Quotation Mark", '\'', "Single Quote"},
    {0x2019, "Right Single Quotation Mark", '\'', "Single Quote"},
    {0x00A0, "No-Break Space", ' ', "Space"},
    {0x3000, "Ideographic Space", ' ', "Space"},
    {0x200B, "Zero Width Space", ' ', "Space"},
    {0x00D7, "Multiplication Sign", '*', "Asterisk"},
    {0xFF0A, "Fullwidth Asterisk", '*', "Asterisk"},
    {0xFF1C, "Fullwidth Less-Than Sign", '<', "Less-Than Sign"},
    {0xFF1E, "Fullwidth Greater-Than Sign", '>', "Greater-Than Sign"},
    {0x2795, "Heavy Plus Sign", '+', "Plus Sign"},
    {0x2796, "Heavy Minus Sign", '-', "Minus/Hyphen"},
};

auto FileLexer::IsConfusable(uint32_t c) -> bool {
  for (const auto& k : kConfusables) {
    if (k.c == c) return true;
  }
  return false;
}

void FileLexer::AddConfusableHelp(Diagnostic& d, uint32_t c) {
  for (const auto& k : kConfusables) {
    if (k.c != c) continue;
    std::string ch;
    AppendUtf8(ch, c);
    d.children.push_back(SubDiag{Level::Help, fmt::format("Unicode character '{}' ({}) looks like '{}' ({}), but it is not",
                                                          ch, k.name, k.ascii, k.ascii_name)});
    return;
  }
}

}  // namespace

auto LexFile(const char* data, uint32_t begin, uint32_t end, Edition edition, DiagSink& diags, TokenKind* kinds,
             uint32_t* starts) -> uint32_t {
  FileLexer lexer(data, begin, end, edition, diags, kinds, starts);
  uint32_t n = lexer.Run();
  lexer.FlushUnknown();
  return n;
}

}  // namespace rustg
