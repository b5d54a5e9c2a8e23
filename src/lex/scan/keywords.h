// Keyword lookup for the scanner engine: a constexpr table bucketed by (length, first letter),
// readable from host and device code.
#pragma once

#include <cstdint>
#include <cstring>

#include "base/edition.h"
#include "lex/token_kind.h"

namespace rustg::scan {

// Number of keywords in token_kind.def.
inline constexpr uint32_t kKeywordCount = 0
#define RUSTG_TOKEN(Name, Text)
#define RUSTG_KEYWORD(Name, Text, Ed, Class) +1
#include "lex/token_kind.def"
    ;
// Keywords are at most 8 bytes, so one little-endian word holds each spelling.
inline constexpr uint32_t kMaxKeywordLen = 8;
inline constexpr uint32_t kBucketSlots = 4;

// The keyword table: buckets of candidate indexes plus each keyword's word, kind and edition.
struct KeywordTable {
  // [length][first byte & 31][slot] -> index + 1 (0 = empty).
  uint8_t slot[kMaxKeywordLen + 1][32][kBucketSlots] = {};
  uint64_t word[kKeywordCount] = {};
  TokenKind kind[kKeywordCount] = {};
  Edition since[kKeywordCount] = {};

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
    };
    for (uint32_t i = 0; i < kKeywordCount; ++i) {
      uint32_t len = 0;
      uint64_t w = 0;
      while (kSrc[i].text[len] != 0) {
        w |= static_cast<uint64_t>(static_cast<uint8_t>(kSrc[i].text[len])) << (8 * len);
        ++len;
      }
      auto* b = slot[len][kSrc[i].text[0] & 31];
      uint32_t j = 0;
      while (b[j] != 0) ++j;  // a bucket overflow fails constant evaluation
      b[j] = static_cast<uint8_t>(i + 1);
      word[i] = w;
      kind[i] = kSrc[i].kind;
      since[i] = kSrc[i].since;
    }
  }
};

// A keyword's spelling as a little-endian word, zero-padded.
RUSTG_HD constexpr auto KeywordWord(const char* t) -> uint64_t {
  uint64_t w = 0;
  for (uint32_t i = 0; t[i] != 0; ++i) w |= static_cast<uint64_t>(static_cast<uint8_t>(t[i])) << (8 * i);
  return w;
}

// The keyword (in `edition`) spelled by the len bytes at s, or Ident. `s` may be read 8 bytes
// ahead (the file is followed by zero padding).
RUSTG_HD inline auto LookupKeyword(const unsigned char* s, uint32_t len, Edition edition) -> TokenKind {
  if (len < 2 || len > kMaxKeywordLen) return TokenKind::Ident;
#if !defined(__CUDA_ARCH__)
  static constexpr KeywordTable kTable;
  const auto* b = kTable.slot[len][s[0] & 31];
  if (b[0] == 0) return TokenKind::Ident;
  uint64_t w;
  std::memcpy(&w, s, 8);
  if (len < 8) w &= (uint64_t{1} << (8 * len)) - 1;
  for (uint32_t j = 0; j < kBucketSlots && b[j] != 0; ++j) {
    if (kTable.word[b[j] - 1] == w) return edition >= kTable.since[b[j] - 1] ? kTable.kind[b[j] - 1] : TokenKind::Ident;
  }
  return TokenKind::Ident;
#else
  // The device compares against immediate constants: nvcc 13 leaves a static constexpr object
  // with a constructor zero in device memory.
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
