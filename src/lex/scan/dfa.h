// A table-driven byte DFA for the regular part of Rust's lexical grammar, for the CUDA lexer's
// speculative runs: every lane of a warp takes the same steps per byte (state = table[state][class]),
// where the scalar scanner (scan.h) branches per token and keeps 3 or 4 of 32 lanes busy.
//
// The DFA finds token boundaries and kinds for whitespace, ASCII identifiers, plain decimal
// integers and floats, punctuation, line comments, plain char literals and lifetimes, and strings
// with simple escapes. Everything else (block comments, raw and prefixed literals, suffixes,
// exponents, non-ASCII outside comments and strings, CR in comments and strings, anything the
// scanner might report) makes the DFA unsure: the scalar scanner then lexes from the open token's
// start to past the current byte, with diagnostics, and the DFA resumes at its next token start.
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
  kCLetter,  // letters but n t r
  kCNtr,     // n t r: also simple escapes
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
// token ends before the previous byte, bit 9 one ends before this byte; bits 16-23 and 24-31 the
// kinds of those tokens. kDfaIdent in a kind slot: an identifier or keyword (IdentOrKeyword decides).
inline constexpr uint32_t kDfaUnsure = 0xFF;
inline constexpr uint32_t kDfaEmitPrev = 1u << 8;
inline constexpr uint32_t kDfaEmitCur = 1u << 9;
inline constexpr uint8_t kDfaIdent = 0xFE;
inline constexpr uint32_t kDfaMaxStates = 96;
// DfaScanChunk gives up on a token still open this many bytes past the chunk (a long string or
// comment, or a misaligned run that took code for one) and returns kDfaFar: whoever needs that
// token's end finds it with the scanner.
inline constexpr uint32_t kDfaTailLimit = 256;
inline constexpr uint32_t kDfaFar = 0xFFFFFFFE;

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
// Dirty(offset) says the scanner reported a diagnostic for the token at lo + offset.
//   struct Out { void SetBit(uint32_t); void Kind(uint8_t); void Dirty(uint32_t); };
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

// The 16 bytes at the 16-aligned address q.
RUSTG_HD inline void Load16(const Byte* q, Byte (&b)[16]) {
#if defined(__CUDA_ARCH__)
  uint4 v = *reinterpret_cast<const uint4*>(q);
  const uint32_t w[4] = {v.x, v.y, v.z, v.w};
  for (int i = 0; i < 16; ++i) b[i] = static_cast<Byte>(w[i >> 2] >> (8 * (i & 3)));
#else
  std::memcpy(b, q, 16);
#endif
}

// ScanRange kept out of line: the unsure path is rare, and inlined it would swell the DFA's
// unrolled byte loop.
#if defined(__CUDACC__)
#define RUSTG_DFA_NOINLINE __noinline__
#else
#define RUSTG_DFA_NOINLINE __attribute__((noinline))
#endif
template <class Sink>
RUSTG_HD RUSTG_DFA_NOINLINE auto DfaScanner(const Byte* src, uint32_t from, uint32_t limit, uint32_t end,
                                            Edition edition, bool at_file_start, Sink& sink) -> uint32_t {
  return ScanRange(src, from, limit, end, edition, at_file_start, sink);
}

// Run A of the CUDA lexer for chunk [lo, hi) of the file ending at `end` (which starts at lo when
// `first`): as ScanRange(src, lo, hi, end, edition, first, sink) would, writes the token starts in
// [lo, hi) and their kinds to `out` and returns where it stopped (the first token start >= hi, or
// the file's end), or kDfaFar when the token open at hi is still open kDfaTailLimit bytes later in
// the DFA (the scanner, once called, finishes its tokens). `src` is 16-aligned and each file is
// followed by 16 readable bytes.
template <class Out>
RUSTG_HD inline auto DfaScanChunk(const Byte* src, uint32_t lo, uint32_t hi, uint32_t end, Edition edition,
                                  bool first, const uint32_t* table, const uint8_t* cls, Out& out) -> uint32_t {
  if (lo >= hi) return lo;
  out.SetBit(0);
  uint32_t tok = lo;   // the open token's start
  uint32_t skip = lo;  // bytes before this one are consumed
  uint32_t state = 0;
  DfaScanSink<Out> sink{out, lo};
  if (first && (src[lo] == 0xEF || src[lo] == '#')) {
    // A byte-order mark or a shebang (or `#!` of an inner attribute): the scanner's file start.
    uint32_t x = DfaScanner(src, lo, lo + 1, end, edition, true, sink);
    if (x >= hi) return x;
    out.SetBit(x - lo);
    tok = skip = x;
  }
  for (uint32_t a = lo & ~15u;; a += 16) {
    if (a >= hi + kDfaTailLimit) return kDfaFar;
    Byte bytes[16];
    Load16(src + a, bytes);
#if defined(__CUDA_ARCH__)
#pragma unroll
#endif
    for (uint32_t j = 0; j < 16; ++j) {
      uint32_t pos = a + j;
      if (pos < skip) continue;
      uint32_t e = table[state * kDfaClasses + (pos < end ? cls[bytes[j]] : static_cast<uint32_t>(kCEof))];
      uint32_t ns = e & 0xFF;
      if (ns == kDfaUnsure) [[unlikely]] {
        // The scanner lexes the open token and any that start up to this byte.
        uint32_t limit = pos + 1 < hi ? pos + 1 : hi;
        uint32_t x = DfaScanner(src, tok, limit, end, edition, false, sink);
        if (x >= hi) return x;
        out.SetBit(x - lo);
        tok = skip = x;
        state = 0;
        continue;
      }
      if (e & kDfaEmitPrev) {
        out.Kind(static_cast<uint8_t>(e >> 16));
        if (pos - 1 >= hi) return pos - 1;
        out.SetBit(pos - 1 - lo);
        tok = pos - 1;
      }
      if (e & kDfaEmitCur) {
        out.Kind(static_cast<uint8_t>(e >> 24));
        if (pos >= hi) return pos;
        out.SetBit(pos - lo);
        tok = pos;
      }
      state = ns;
    }
  }
}

// The kind of the token at `start` whose DFA kind is `k`: kDfaIdent becomes the keyword or Ident
// its ASCII word spells (the DFA ends identifiers at the first byte outside [A-Za-z0-9_]).
// With `keywords`, the lookup goes through that copy of the keyword table (the device's, in shared
// memory).
RUSTG_HD inline auto DfaTokenKind(const Byte* src, uint32_t start, uint8_t k, Edition edition,
                                  const KeywordTable* keywords = nullptr) -> TokenKind {
  if (k != kDfaIdent) return static_cast<TokenKind>(k);
  uint32_t len = 1;
  while (Class(src[start + len]) & kIdContinue) ++len;
  if (keywords != nullptr) return IdentOrKeywordIn(*keywords, src + start, len, edition);
  return IdentOrKeyword(src + start, len, edition);
}

}  // namespace rustg::scan
