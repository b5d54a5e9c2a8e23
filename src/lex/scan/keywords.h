// Keyword lookup for the scanner engine: a perfect hash on the host, a chain of compares against
// constants on the device.
#pragma once

#include <cstdint>
#include <cstring>

#include "base/edition.h"
#include "lex/token_kind.h"

namespace rustg::scan {

// Keywords are at most 8 bytes, so one little-endian word holds each spelling.
inline constexpr uint32_t kMaxKeywordLen = 8;

// The host's keyword table is a perfect hash of the zero-padded spelling word: the top
// kKeywordHashBits of word * kKeywordHashMul are distinct for every keyword and for `_` (which lexes
// as Underscore), so one slot decides. The multiplier was found by a random search
// (tools/keyword_hash.py); the table's constructor fails constant evaluation if a keyword added to
// token_kind.def collides, and then the tool finds a new one.
inline constexpr uint64_t kKeywordHashMul = 0x8efda26a53ccab91ull;
inline constexpr uint32_t kKeywordHashBits = 7;
inline constexpr uint32_t kKeywordSlots = 1u << kKeywordHashBits;

// A keyword's spelling as a little-endian word, zero-padded.
RUSTG_HD constexpr auto KeywordWord(const char* t) -> uint64_t {
  uint64_t w = 0;
  for (uint32_t i = 0; t[i] != 0; ++i) w |= static_cast<uint64_t>(static_cast<uint8_t>(t[i])) << (8 * i);
  return w;
}

// The hash slot of a spelling word.
RUSTG_HD constexpr auto KeywordSlot(uint64_t w) -> uint32_t {
  return static_cast<uint32_t>((w * kKeywordHashMul) >> (64 - kKeywordHashBits));
}

// The perfect-hash table: per slot the spelling word (0 = empty: no identifier's word is 0) and,
// per edition, the kind it lexes as (Ident before the keyword's edition, and in empty slots).
struct KeywordTable {
  uint64_t word[kKeywordSlots] = {};
  TokenKind kind[3][kKeywordSlots] = {};

  constexpr KeywordTable() {
    struct Src {
      const char* text;
      TokenKind kind;
      Edition since;
    };
    constexpr Src kSrc[] = {
#define RUSTG_TOKEN(Name, Text)
#define RUSTG_KEYWORD(Name, Text, Ed, Class) {Text, TokenKind::Name, Edition::k##Ed},
#include "lex/token_kind.def"
        {"_", TokenKind::Underscore, Edition::k2015},
    };
    for (auto& per_edition : kind) {
      for (TokenKind& k : per_edition) k = TokenKind::Ident;
    }
    for (const Src& k : kSrc) {
      uint64_t w = KeywordWord(k.text);
      uint32_t h = KeywordSlot(w);
      // A collision writes out of bounds, which fails constant evaluation.
      if (word[h] != 0) h = kKeywordSlots;
      word[h] = w;
      for (uint32_t e = static_cast<uint32_t>(k.since); e < 3; ++e) kind[e][h] = k.kind;
    }
  }
};
static_assert(static_cast<uint32_t>(Edition::k2021) == 2, "KeywordTable has one row per edition");

// IdentOrKeyword through the table `t` held in memory (the CUDA lexer's copy in shared memory).
RUSTG_HD inline auto IdentOrKeywordIn(const KeywordTable& t, const unsigned char* s, uint32_t len, Edition edition)
    -> TokenKind {
  if (len > kMaxKeywordLen) return TokenKind::Ident;
  uint64_t w = 0;
  for (uint32_t i = 0; i < len; ++i) w |= static_cast<uint64_t>(s[i]) << (8 * i);
  uint32_t h = KeywordSlot(w);
  return t.word[h] == w ? t.kind[static_cast<uint32_t>(edition)][h] : TokenKind::Ident;
}

// The kind of the identifier-like word of len bytes at s in `edition`: a keyword, Underscore for a
// lone `_`, else Ident. `s` may be read 8 bytes ahead (the file is followed by zero padding).
RUSTG_HD inline auto IdentOrKeyword(const unsigned char* s, uint32_t len, Edition edition) -> TokenKind {
#if !defined(__CUDA_ARCH__)
  static constexpr KeywordTable kTable;
  uint64_t w;
  std::memcpy(&w, s, 8);
  // Keep the first len bytes; a word longer than any keyword becomes 0, which matches only an
  // empty slot, whose kind is Ident.
  uint64_t fits = uint64_t{0} - static_cast<uint64_t>(len <= kMaxKeywordLen);
  w &= (~uint64_t{0} >> ((64 - 8 * len) & 63)) & fits;
  uint32_t h = KeywordSlot(w);
  // A select without a branch: keyword or not is the least predictable fact about an identifier.
  uint32_t mask = 0u - static_cast<uint32_t>(kTable.word[h] == w);
  uint32_t kind = static_cast<uint32_t>(kTable.kind[static_cast<uint32_t>(edition)][h]);
  return static_cast<TokenKind>((kind & mask) | (static_cast<uint32_t>(TokenKind::Ident) & ~mask));
#else
  // The device compares against immediate constants: nvcc 13 leaves a static constexpr object
  // with a constructor zero in device memory.
  if (len == 1 && s[0] == '_') return TokenKind::Underscore;
  if (len < 2 || len > kMaxKeywordLen) return TokenKind::Ident;
  uint64_t w = 0;
  for (uint32_t i = 0; i < len; ++i) w |= static_cast<uint64_t>(s[i]) << (8 * i);
#define RUSTG_TOKEN(Name, Text)
#define RUSTG_KEYWORD(Name, Text, Ed, Class)                                         \
  if (sizeof(Text) - 1 == len) {                                                     \
    constexpr uint64_t kWord = KeywordWord(Text);                                    \
    if (w == kWord) return edition >= Edition::k##Ed ? TokenKind::Name : TokenKind::Ident; \
  }
#include "lex/token_kind.def"
  return TokenKind::Ident;
#endif
}

}  // namespace rustg::scan
