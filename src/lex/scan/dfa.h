// A table-driven byte DFA for the regular part of Rust's lexical grammar, for the CUDA lexer's
// speculative runs: every lane of a warp takes the same steps per byte (state = table[state][class]),
// where the scalar scanner (scan.h) branches per token and keeps 3 or 4 of 32 lanes busy.
//
// The DFA finds token boundaries and kinds for whitespace, ASCII identifiers, plain decimal
// integers and floats, punctuation, line and (unnested, non-doc) block comments, plain char and
// byte literals and lifetimes, strings and byte strings with simple escapes and `\` + LF, and raw
// strings with at most one `#`. Numbers with a base or suffix and chars with \x, \u{..} or one
// non-ASCII char take a short fast path (DfaFastToken) where they are in their common, unreported
// forms. Everything else (exponents, other prefixes and escapes, nesting, non-ASCII outside
// comments and strings, CR in comments and strings, anything the scanner might report) makes the
// DFA unsure: the scalar scanner then lexes from the open token's start to past the current byte,
// with diagnostics, and the DFA resumes at its next token start.
// So tokens are those of the scanner by construction wherever the table says it is sure; the host
// test (tests/unit/lex_dfa_test.cpp) compares both on the goldens and the corpus.
#pragma once

#include <cstdint>

#include "base/edition.h"
#include "lex/scan/scan.h"
#include "lex/token_kind.h"

namespace rustg::scan {

// Byte classes. The single-byte punctuation classes come last, one per byte.
enum DfaClass : uint8_t {
  kCNul,
  kCEof,    // past the file's end (not a byte's class)
  kCSpace,  // ' '
  kCNl,     // '\n'
  kCWs,     // \t \v \f
  kCCr,
  kCLetter,  // letters but b n r t
  kCNtr,     // n t: also simple escapes
  kCB,       // b: a byte literal's prefix
  kCR,       // r: a raw literal's prefix, also a simple escape
  kCUnder,
  kCDigit0,
  kCDigit,  // 1-9
  kCHigh,   // >= 0x80
  kCOther,  // other control bytes, '`', DEL
  kCSq,
  kCDq,
  kCBs,
  kCHash,
  kCSlash,
  kCStar,
  kCPlus,
  kCMinus,
  kCPercent,
  kCCaret,
  kCNot,
  kCAnd,
  kCOr,
  kCEq,
  kCLt,
  kCGt,
  kCDot,
  kCColon,
  kCSingle0,  // , ; ( ) { } [ ] $ ? ~ @ follow in this order
  kDfaClasses = kCSingle0 + 12,
};

// A table entry: bits 0-7 the next state (kDfaUnsure: hand the token to the scanner), bit 8 a
// token ends before the previous byte, bit 9 one ends before this byte (bit 10: kDfaDirtyCur);
// bits 16-23 and 24-31 the kinds of those tokens. kDfaIdent in a kind slot: an identifier or
// keyword (IdentOrKeyword decides).
inline constexpr uint32_t kDfaUnsure = 0xFF;
// An unsure entry may name, in bits 16-23, a fast path that finishes the open token without the
// scanner (DfaFastToken) in its common forms; anything else still goes to the scanner.
enum DfaFast : uint32_t {
  kFastNone,
  kFastNumber,  // a number with a base, suffix or both: `0xFF`, `0b1_0`, `1u8`, `1.5f32`
  kFastChar,    // a char literal with a \x or \u{..} escape, or one non-ASCII char: `'\u{0}'`, `'é'`
  kFastBlockComment,  // a doc or nested block comment: `/** .. */`, `/*! .. */`, `/* /* */ */`
};
inline constexpr uint32_t kDfaEmitPrev = 1u << 8;
inline constexpr uint32_t kDfaEmitCur = 1u << 9;
// With kDfaEmitCur: the scanner may report a diagnostic for the token ending (it does in some
// editions): DfaScanChunk marks that token dirty, so that a true run through it takes the scanner.
inline constexpr uint32_t kDfaDirtyCur = 1u << 10;
inline constexpr uint8_t kDfaIdent = 0xFE;
inline constexpr uint32_t kDfaMaxStates = 112;  // 110 used: the table is 20 KB of shared memory a block
// DfaScanChunk gives up on a token still open this many bytes past the chunk (a long string or
// comment, or a misaligned run that took code for one) and returns kDfaFar: whoever needs that
// token's end finds it with the scanner.
inline constexpr uint32_t kDfaTailLimit = 256;
inline constexpr uint32_t kDfaFar = 0xFFFFFFFE;
// DfaScanChunk with a hand-off limit stops before its limit + 1-th scanner hand-off and returns
// kDfaGaveUp: its token starts so far are the scanner's, but it has no exit, and the rest of the
// chunk is unmarked. Run A gives up so: a run that starts inside a literal or comment lexes its
// text as code, and in prose with non-ASCII letters (or a long literal's contents) that can take
// the scanner a hundred times a chunk, while the lanes of its warp wait.
inline constexpr uint32_t kDfaGaveUp = 0xFFFFFFFD;

// The byte class table and the transition table (row = state, kDfaClasses entries a row).
struct DfaTables {
  uint8_t cls[256];
  uint32_t next[kDfaMaxStates * kDfaClasses];
  uint32_t n_states;
};

// Builds the tables (host).
auto BuildDfaTables() -> DfaTables;

// Where DfaScanChunk writes, for chunk [lo, hi): SetBit(offset) marks a token start at lo + offset,
// Kind(k) appends the kind of the next token in order (kDfaIdent: decide by IdentOrKeyword), and
// Dirty(offset) says the scanner reported a diagnostic for the token at lo + offset, and
// AllDone(done) whether every lane running DfaScanChunk together is done (on the host: `done`).
//   struct Out { void SetBit(uint32_t); void Kind(uint8_t); void Dirty(uint32_t); bool AllDone(bool); };
// On kDfaFar the last token marked has no kind.

// The scanner sink of the unsure path: tokens into `out`, and which token a diagnostic belongs to
// (the scanner reports a token's diagnostics before the token).
template <class Out>
struct DfaScanSink {
  Out& out;
  uint32_t lo;
  bool pending = false;
  RUSTG_HD void Token(TokenKind k, uint32_t start) {
    out.SetBit(start - lo);
    out.Kind(static_cast<uint8_t>(k));
    if (pending) out.Dirty(start - lo);
    pending = false;
  }
  RUSTG_HD void Diag(const LexDiagRecord&) { pending = true; }
};

// DfaFastToken's helpers: the byte at q of the file ending at `end` (0 past it), and ASCII tests.
RUSTG_HD inline auto DfaAt(const Byte* src, uint32_t q, uint32_t end) -> uint32_t { return q < end ? src[q] : 0; }
RUSTG_HD inline auto DfaDigit(uint32_t c) -> bool { return c - '0' < 10; }
RUSTG_HD inline auto DfaIdStart(uint32_t c) -> bool { return (c | 0x20) - 'a' < 26 || c == '_'; }
RUSTG_HD inline auto DfaIdContinue(uint32_t c) -> bool { return DfaIdStart(c) || DfaDigit(c); }
RUSTG_HD inline auto DfaHex(uint32_t c) -> bool { return DfaDigit(c) || (c | 0x20) - 'a' < 6; }
RUSTG_HD inline auto DfaHexVal(uint32_t c) -> uint32_t { return DfaDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }
// Whether the n bytes at p spell the NUL-terminated `word`.
RUSTG_HD inline auto DfaSpells(const Byte* p, uint32_t n, const char* word) -> bool {
  uint32_t i = 0;
  for (; i < n && word[i] != 0; ++i) {
    if (p[i] != static_cast<Byte>(word[i])) return false;
  }
  return i == n && word[i] == 0;
}

// The number starting at s (a digit) as Scanner::LexNumber lexes it when that reports nothing and
// it has no exponent: returns its end and sets `kind`, or returns 0 (let the scanner decide).
RUSTG_HD inline auto DfaFastNumber(const Byte* src, uint32_t s, uint32_t end, uint8_t& kind) -> uint32_t {
  uint32_t q = s + 1, base = 10;
  uint32_t c = DfaAt(src, q, end);
  if (src[s] == '0' && (c == 'b' || c == 'o' || c == 'x')) {
    base = c == 'b' ? 2 : c == 'o' ? 8 : 16;
    bool has = false;
    for (++q;; ++q) {
      c = DfaAt(src, q, end);
      if (c == '_') continue;
      if (base == 16 ? !DfaHex(c) : !DfaDigit(c)) break;
      if (base != 16 && c - '0' >= base) return 0;  // InvalidDigitLiteral
      has = true;
    }
    if (!has) return 0;  // NoDigitsLiteral
  } else {
    while (DfaDigit(DfaAt(src, q, end)) || DfaAt(src, q, end) == '_') ++q;
  }
  bool is_float = false;
  c = DfaAt(src, q, end);
  if (c == '.') {
    uint32_t n2 = DfaAt(src, q + 1, end);
    if (n2 >= 0x80) return 0;
    if (n2 == '.' || DfaIdStart(n2)) {
      kind = static_cast<uint8_t>(TokenKind::IntLit);  // `1..`, `1.max`: the integer ends at the dot
      return q;
    }
    if (base != 10) return 0;  // UnsupportedFloatBase
    is_float = true;
    ++q;
    if (DfaDigit(DfaAt(src, q, end))) {
      while (DfaDigit(DfaAt(src, q, end)) || DfaAt(src, q, end) == '_') ++q;
      c = DfaAt(src, q, end);
      if (c == 'e' || c == 'E') return 0;
    }
  } else if (c == 'e' || c == 'E') {
    return 0;  // an exponent
  }
  const uint32_t sfx = q;
  c = DfaAt(src, q, end);
  if (c >= 0x80 || c == '_') return 0;  // maybe a non-ASCII suffix; `_` alone is reported
  if (DfaIdStart(c)) {
    while (DfaIdContinue(DfaAt(src, q, end))) ++q;
    if (DfaAt(src, q, end) >= 0x80) return 0;
  }
  if (q != sfx) {
    const Byte* p = src + sfx;
    uint32_t n = q - sfx;
    bool float_sfx = DfaSpells(p, n, "f32") || DfaSpells(p, n, "f64") || DfaSpells(p, n, "f16") ||
                     DfaSpells(p, n, "f128");
    bool ok = float_sfx && (is_float || base == 10);  // `1f32` (an IntLit to the scanner too)
    if (!is_float && !ok) {
      static constexpr const char* kInt[] = {"u8", "u16", "u32", "u64", "u128", "usize",
                                             "i8", "i16", "i32", "i64", "i128", "isize"};
      for (const char* k : kInt) ok = ok || DfaSpells(p, n, k);
    }
    if (!ok) return 0;
  }
  kind = static_cast<uint8_t>(is_float ? TokenKind::FloatLit : TokenKind::IntLit);
  return q;
}

// The char literal starting at s (a quote) when it is `'\xHH'` (HH <= 7F), `'\u{H..}'` (1 to 6 hex
// digits, a scalar value) or one well-formed non-ASCII char, with no suffix: returns its end and
// sets `kind`, or returns 0.
RUSTG_HD inline auto DfaFastChar(const Byte* src, uint32_t s, uint32_t end, uint8_t& kind) -> uint32_t {
  uint32_t q = s + 1;
  uint32_t c = DfaAt(src, q, end);
  if (c == '\\') {
    c = DfaAt(src, q + 1, end);
    if (c == 'x') {
      uint32_t h1 = DfaAt(src, q + 2, end), h2 = DfaAt(src, q + 3, end);
      if (!DfaHex(h1) || !DfaHex(h2) || DfaHexVal(h1) > 7) return 0;
      q += 4;
    } else if (c == 'u') {
      if (DfaAt(src, q + 2, end) != '{') return 0;
      q += 3;
      uint32_t value = 0, digits = 0;
      for (; DfaHex(DfaAt(src, q, end)); ++q) {
        if (++digits > 6) return 0;
        value = value * 16 + DfaHexVal(src[q]);
      }
      if (digits == 0 || DfaAt(src, q, end) != '}') return 0;
      if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
      ++q;
    } else {
      return 0;
    }
  } else if (c >= 0x80) {
    uint32_t len;
    if (DecodeUtf8At(src + q, end - q, len) == kBadChar) return 0;
    q += len;
  } else {
    return 0;
  }
  if (DfaAt(src, q, end) != '\'') return 0;
  ++q;
  c = DfaAt(src, q, end);
  if (c >= 0x80 || DfaIdStart(c)) return 0;  // a suffix
  kind = static_cast<uint8_t>(TokenKind::CharLit);
  return q;
}

// 0x80 in each byte of x that is zero, 0 elsewhere (exact: no borrow crosses bytes).
RUSTG_HD inline auto DfaZeroBytes(uint32_t x) -> uint32_t {
  return ~(((x & 0x7F7F7F7Fu) + 0x7F7F7F7Fu) | x | 0x7F7F7F7Fu);
}

// The block comment starting at s (`/*`) as Scanner::BlockComment lexes it, nesting included,
// when the scanner reports nothing for it: returns its end and sets `kind`; 0 where a CR or NUL is
// inside (a doc comment's bare CR is reported) or the file ends first (unterminated). Steps 16
// bytes at a time through text without `*`, `/`, CR or NUL: a long doc comment otherwise held one
// lane in the scanner for its whole length.
RUSTG_HD inline auto DfaFastBlockComment(const Byte* src, uint32_t s, uint32_t end, uint8_t& kind) -> uint32_t;

// The fast path `fast` (a DfaFast) for the token open at `tok`: its end, or 0 for the scanner.
// Out of line, as DfaScanner.
#if defined(__CUDACC__)
#define RUSTG_DFA_NOINLINE __noinline__
#else
#define RUSTG_DFA_NOINLINE __attribute__((noinline))
#endif
RUSTG_HD RUSTG_DFA_NOINLINE inline auto DfaFastToken(const Byte* src, uint32_t tok, uint32_t end, uint32_t fast,
                                                     uint8_t& kind) -> uint32_t {
  if (fast == kFastNumber) return DfaFastNumber(src, tok, end, kind);
  if (fast == kFastChar) return DfaFastChar(src, tok, end, kind);
  if (fast == kFastBlockComment) return DfaFastBlockComment(src, tok, end, kind);
  return 0;
}

// The 16 bytes at a 16-aligned address, as 4 little-endian words (registers on the device).
struct DfaBlock {
  uint32_t w[4];
  // Selects rather than w[j >> 2]: a j unknown at compile time must not put w in local memory.
  RUSTG_HD auto operator[](uint32_t j) const -> Byte {
    uint32_t word = j < 8 ? (j < 4 ? w[0] : w[1]) : (j < 12 ? w[2] : w[3]);
    return static_cast<Byte>(word >> (8 * (j & 3)));
  }
};
RUSTG_HD inline auto LoadBlock(const Byte* q) -> DfaBlock {
#if defined(__CUDA_ARCH__)
  uint4 v = *reinterpret_cast<const uint4*>(q);
  return DfaBlock{{v.x, v.y, v.z, v.w}};
#else
  DfaBlock b;
  std::memcpy(b.w, q, 16);
  return b;
#endif
}

RUSTG_HD inline auto DfaFastBlockComment(const Byte* src, uint32_t s, uint32_t end, uint8_t& kind) -> uint32_t {
  const uint32_t c1 = DfaAt(src, s + 2, end), c2 = DfaAt(src, s + 3, end);
  kind = static_cast<uint8_t>(c1 == '!'                               ? TokenKind::InnerBlockDoc
                              : c1 == '*' && c2 != '*' && c2 != '/' ? TokenKind::OuterBlockDoc
                                                                    : TokenKind::BlockComment);
  uint32_t depth = 1;
  uint32_t pending = 0;  // the byte before, a `/` or `*` not yet paired (0: none)
  for (uint32_t a = (s + 2) & ~15u; a < end; a += 16) {
    const DfaBlock b = LoadBlock(src + a);
    uint32_t hit = 0;
    for (uint32_t w : b.w) {
      hit |= DfaZeroBytes(w ^ 0x2A2A2A2Au) | DfaZeroBytes(w ^ 0x2F2F2F2Fu) | DfaZeroBytes(w ^ 0x0D0D0D0Du) |
             DfaZeroBytes(w);
    }
    if (hit == 0 && a >= s + 2 && a + 16 <= end) {
      pending = 0;  // plain bytes: nothing pairs across them
      continue;
    }
    for (uint32_t j = 0; j < 16; ++j) {
      const uint32_t q = a + j;
      if (q < s + 2) continue;
      if (q >= end) return 0;  // unterminated
      const uint32_t c = b[j];
      if (c == '\r' || c == 0) return 0;
      if (pending == '/' && c == '*') {
        ++depth;
        pending = 0;
      } else if (pending == '*' && c == '/') {
        if (--depth == 0) return q + 1;
        pending = 0;
      } else {
        pending = c == '/' || c == '*' ? c : 0;
      }
    }
  }
  return 0;
}

// ScanRange kept out of line: the unsure path is rare, and inlined it would swell the DFA's
// unrolled byte loop.
template <class Sink>
RUSTG_HD RUSTG_DFA_NOINLINE auto DfaScanner(const Byte* src, uint32_t from, uint32_t limit, uint32_t end,
                                            Edition edition, bool at_file_start, Sink& sink) -> uint32_t {
  return ScanRange(src, from, limit, end, edition, at_file_start, sink);
}

// The scanner from `from` for DfaScanChunk, through a copy of `out`: `out` itself never has its
// address taken, so that the device keeps it in registers (a reference into the out-of-line
// scanner would put it in local memory, and every token's SetBit and Kind there). `pending`: the
// sink's diagnostic not yet given to a token, across calls.
template <class Out>
RUSTG_HD inline auto DfaScanVia(const Byte* src, uint32_t lo, uint32_t from, uint32_t limit, uint32_t end,
                                Edition edition, bool at_file_start, Out& out, bool& pending) -> uint32_t {
  Out copy = out;
  DfaScanSink<Out> sink{copy, lo, pending};
  uint32_t x = DfaScanner(src, from, limit, end, edition, at_file_start, sink);
  out = copy;
  pending = sink.pending;
  return x;
}

// Run A of the CUDA lexer for chunk [lo, hi) of the file ending at `end` (which starts at lo when
// `first`): as ScanRange(src, lo, hi, end, edition, first, sink) would, writes the token starts in
// [lo, hi) and their kinds to `out` and returns where it stopped (the first token start >= hi, or
// the file's end), or kDfaFar when the token open at hi is still open kDfaTailLimit bytes later in
// the DFA (the scanner, once called, finishes its tokens). `src` is 16-aligned and each file is
// followed by 16 readable bytes.
// The device unrolls the byte loop of each 16-byte block kUnroll times.
// The common step (no token, or one ending before this byte) is written without branches, so that
// the lanes of a warp, which end tokens at different bytes, stay together: `live` masks the lanes
// that are done or inside bytes the scanner consumed, and SetBit and Kind run predicated.
// With `give_up`, the run stops before its give_up + 1-th scanner hand-off (kDfaGaveUp). Without
// `tail_limit` (a run known to be in step) it never gives a token up (no kDfaFar).
template <class Out, uint32_t kUnroll = 4>
RUSTG_HD inline auto DfaScanChunk(const Byte* src, uint32_t lo, uint32_t hi, uint32_t end, Edition edition,
                                  bool first, const uint32_t* table, const uint8_t* cls, Out& out,
                                  uint32_t give_up = ~0u, bool tail_limit = true) -> uint32_t {
  // A lane that is done (its result set) idles to the end of the block: the warp steps through
  // each block together and meets at out.AllDone (a warp vote on the device), so lanes that left
  // the table for the scanner or a fast path rejoin the others within a block.
  uint32_t result = lo;
  bool done = lo >= hi;
  uint32_t tok = lo;   // the open token's start
  uint32_t skip = lo;  // bytes before this one are consumed
  uint32_t state = 0;
  bool pending = false;  // the scanner sink's
  if (!done) out.SetBit(0);
  if (!done && first && (src[lo] == 0xEF || src[lo] == '#')) {
    // A byte-order mark or a shebang (or `#!` of an inner attribute): the scanner's file start.
    uint32_t x = DfaScanVia(src, lo, lo, lo + 1, end, edition, true, out, pending);
    if (x >= hi) {
      result = x;
      done = true;
    } else {
      out.SetBit(x - lo);
      tok = skip = x;
    }
  }
  // The next block loads while this one is stepped through (the steps are a chain of dependent
  // table reads; the load would otherwise stall them each block). The block holding the file's
  // end is the last readable one, and the run stops in it.
  const uint32_t last_block = end & ~15u;
  DfaBlock next = LoadBlock(src + (lo & ~15u));
  for (uint32_t a = lo & ~15u;; a += 16) {
    if (!done && tail_limit && a >= hi + kDfaTailLimit) {
      result = kDfaFar;
      done = true;
    }
    const DfaBlock bytes = next;
    next = LoadBlock(src + (a + 16 < last_block ? a + 16 : last_block));
#if defined(__CUDA_ARCH__)
#pragma unroll(kUnroll)
#endif
    for (uint32_t j = 0; j < 16; ++j) {
      const uint32_t pos = a + j;
      const bool live = !done && pos >= skip;
      const uint32_t e = table[state * kDfaClasses + (pos < end ? cls[bytes[j]] : static_cast<uint32_t>(kCEof))];
      const uint32_t ns = e & 0xFF;
      if (live && ns == kDfaUnsure) [[unlikely]] {
        // A fast path finishes the open token, or the scanner lexes it and any that start up to
        // this byte.
        uint8_t kind = 0;
        uint32_t x = (e >> 16) != kFastNone ? DfaFastToken(src, tok, end, e >> 16, kind) : 0;
        if (x > pos) {
          out.Kind(kind);
        } else {
          if (give_up-- == 0) {
            result = kDfaGaveUp;
            done = true;
            continue;
          }
          uint32_t limit = pos + 1 < hi ? pos + 1 : hi;
          x = DfaScanVia(src, lo, tok, limit, end, edition, false, out, pending);
        }
        if (x >= hi) {
          result = x;
          done = true;
          continue;
        }
        out.SetBit(x - lo);
        tok = skip = x;
        state = 0;
        continue;
      }
      if (live && (e & kDfaEmitPrev)) [[unlikely]] {
        out.Kind(static_cast<uint8_t>(e >> 16));
        if (pos - 1 >= hi) {
          result = pos - 1;
          done = true;
          continue;
        }
        out.SetBit(pos - 1 - lo);
        tok = pos - 1;
      }
      // The common step, predicated: a token ends before this byte (its kind), and the next one
      // starts here unless past the chunk.
      const bool ends = live && (e & kDfaEmitCur) != 0;
      const bool stop = ends && pos >= hi;
      if (ends) out.Kind(static_cast<uint8_t>(e >> 24));
      if (ends && (e & kDfaDirtyCur) != 0) [[unlikely]] out.Dirty(tok - lo);
      if (ends && !stop) out.SetBit(pos - lo);
      result = stop ? pos : result;
      tok = ends ? pos : tok;
      state = live && !stop ? ns : state;
      done = done || stop;
    }
    if (out.AllDone(done)) return result;
  }
}

// The kind of the token at `start` whose DFA kind is `k`: kDfaIdent becomes the keyword or Ident
// its ASCII word spells (the DFA ends identifiers at the first byte outside [A-Za-z0-9_]).
// With `keywords`, the lookup goes through that copy of the keyword table (the device's, in shared
// memory).
RUSTG_HD inline auto DfaTokenKind(const Byte* src, uint32_t start, uint8_t k, Edition edition,
                                  const KeywordTable* keywords = nullptr) -> TokenKind {
  if (k != kDfaIdent) return static_cast<TokenKind>(k);
  // Only the first kMaxKeywordLen + 1 bytes matter: a longer identifier is no keyword.
  uint32_t len = 1;
  while (len <= kMaxKeywordLen && (Class(src[start + len]) & kIdContinue)) ++len;
  if (keywords != nullptr) return IdentOrKeywordIn(*keywords, src + start, len, edition);
  return IdentOrKeyword(src + start, len, edition);
}

// DfaTokenKind where `next`, the next token's start, is known (0: unknown): an identifier's length is
// the distance to it (tokens are contiguous), so only a word short enough to be a keyword is read,
// once (DfaTokenKind finds the length by classifying its bytes one at a time). The device's fast
// write knows `next` for most tokens (the next lane's).
RUSTG_HD inline auto DfaTokenKindNext(const Byte* src, uint32_t start, uint32_t next, uint8_t k, Edition edition,
                                      const KeywordTable* keywords) -> TokenKind {
  if (k != kDfaIdent || next == 0) return DfaTokenKind(src, start, k, edition, keywords);
  const uint32_t len = next - start;
  if (len > kMaxKeywordLen) return TokenKind::Ident;
  return IdentOrKeywordIn(*keywords, src + start, len, edition);
}

}  // namespace rustg::scan
