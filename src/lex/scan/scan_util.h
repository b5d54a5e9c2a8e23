// Small host/device helpers of the scanner engine: UTF-8 decoding, byte classes, byte search.
#pragma once

#include <cstdint>
#include <cstring>

#include "lex/token_kind.h"

namespace rustg::scan {

using Byte = unsigned char;

// What DecodeUtf8At returns for an invalid sequence.
inline constexpr uint32_t kBadChar = 0xFFFFFFFF;
// The char the scanner sees past the end of the file.
inline constexpr uint32_t kEofChar = 0x110000;

// Decodes the UTF-8 char at p (n bytes available); kBadChar and len 1 for an invalid sequence.
// Same rules as base/source.h's DecodeUtf8.
RUSTG_HD inline auto DecodeUtf8At(const Byte* u, uint32_t n, uint32_t& len) -> uint32_t {
  len = 1;
  if (n == 0) return kBadChar;
  uint32_t c = u[0];
  if (c < 0x80) return c;
  uint32_t extra;
  uint32_t min;
  if ((c & 0xE0) == 0xC0) {
    extra = 1, c &= 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2, c &= 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3, c &= 0x07, min = 0x10000;
  } else {
    return kBadChar;
  }
  if (n < extra + 1) return kBadChar;
  for (uint32_t i = 1; i <= extra; ++i) {
    if ((u[i] & 0xC0) != 0x80) return kBadChar;
    c = (c << 6) | (u[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return kBadChar;
  len = extra + 1;
  return c;
}

// Byte class bits for the hot loops.
enum : uint8_t {
  kIdContinue = 1,     // ASCII [A-Za-z0-9_]
  kSpace = 2,          // ASCII Pattern_White_Space: \t \n \v \f \r space
  kDigit = 4,          // [0-9]
  kHex = 8,            // [0-9A-Fa-f]
  kIdStart = 16,       // [A-Za-z_]
  kPlainIdStart = 32,  // an identifier start that cannot begin a literal prefix (not r, b, c)
  kAfterIdent = 64,    // after an identifier, needs a look: # " ' (reserved prefixes) or non-ASCII
};

// Class bits of byte c, computed.
RUSTG_HD constexpr auto ClassOf(uint32_t c) -> uint8_t {
  uint8_t x = 0;
  bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  bool digit = c >= '0' && c <= '9';
  if (alpha || digit || c == '_') x |= kIdContinue;
  if (alpha || c == '_') x |= kIdStart;
  if ((alpha || c == '_') && c != 'r' && c != 'b' && c != 'c') x |= kPlainIdStart;
  if (c == '#' || c == '"' || c == '\'' || c >= 0x80) x |= kAfterIdent;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) x |= kSpace;
  if (digit) x |= kDigit;
  if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) x |= kHex;
  return x;
}

// The byte class table for the host.
struct ClassTable {
  uint8_t v[256] = {};
  constexpr ClassTable() {
    for (uint32_t c = 0; c < 256; ++c) v[c] = ClassOf(c);
  }
};

// Class bits of byte b: a table lookup on the host; computed on the device, where a static
// constexpr object with a constructor is not initialized (nvcc 13 leaves it zero).
RUSTG_HD inline auto Class(uint32_t b) -> uint8_t {
#if defined(__CUDA_ARCH__)
  return ClassOf(b & 0xFF);
#else
  static constexpr ClassTable kTable;
  return kTable.v[b & 0xFF];
#endif
}

// What the scanner's main loop does with a token's first byte: a value below kTokenKindCount is a
// one-byte token of that kind (punctuation that never starts a longer token); else one of these.
enum : uint8_t {
  kStartPrefix = 0xFC,  // r, b, c: an identifier unless a literal prefix follows
  kStartSpace = 0xFD,   // ASCII whitespace
  kStartIdent = 0xFE,   // [A-Za-z_] but r, b, c: an identifier or keyword
  kStartOther = 0xFF,   // everything else: the full dispatch
};

static_assert(kTokenKindCount <= kStartPrefix, "token kinds must fit below the start actions");

// The start action of byte c, computed.
RUSTG_HD constexpr auto StartActionOf(uint32_t c) -> uint8_t {
  switch (c) {
    case ',': return static_cast<uint8_t>(TokenKind::Comma);
    case ';': return static_cast<uint8_t>(TokenKind::Semi);
    case '(': return static_cast<uint8_t>(TokenKind::LParen);
    case ')': return static_cast<uint8_t>(TokenKind::RParen);
    case '{': return static_cast<uint8_t>(TokenKind::LBrace);
    case '}': return static_cast<uint8_t>(TokenKind::RBrace);
    case '[': return static_cast<uint8_t>(TokenKind::LBracket);
    case ']': return static_cast<uint8_t>(TokenKind::RBracket);
    case '#': return static_cast<uint8_t>(TokenKind::Pound);
    case '$': return static_cast<uint8_t>(TokenKind::Dollar);
    case '?': return static_cast<uint8_t>(TokenKind::Question);
    case '~': return static_cast<uint8_t>(TokenKind::Tilde);
    case '@': return static_cast<uint8_t>(TokenKind::At);
    case 'r':
    case 'b':
    case 'c': return kStartPrefix;
    default: break;
  }
  uint8_t cls = ClassOf(c);
  if (cls & kSpace) return kStartSpace;
  if (cls & kIdStart) return kStartIdent;
  return kStartOther;
}

// The start action table for the host.
struct StartTable {
  uint8_t v[256] = {};
  constexpr StartTable() {
    for (uint32_t c = 0; c < 256; ++c) v[c] = StartActionOf(c);
  }
};

// Start action of byte b: a table lookup on the host, computed on the device (as Class).
RUSTG_HD inline auto StartAction(uint32_t b) -> uint8_t {
#if defined(__CUDA_ARCH__)
  return StartActionOf(b & 0xFF);
#else
  static constexpr StartTable kTable;
  return kTable.v[b & 0xFF];
#endif
}

// First occurrence of byte b in [q, end), or nullptr.
RUSTG_HD inline auto FindByte(const Byte* q, const Byte* end, Byte b) -> const Byte* {
#if !defined(__CUDA_ARCH__)
  return q < end ? static_cast<const Byte*>(std::memchr(q, b, static_cast<size_t>(end - q))) : nullptr;
#else
  for (; q < end; ++q) {
    if (*q == b) return q;
  }
  return nullptr;
#endif
}

// True if the n bytes at s spell the NUL-terminated `lit` exactly.
RUSTG_HD inline auto BytesEq(const Byte* s, uint32_t n, const char* lit) -> bool {
  uint32_t i = 0;
  for (; i < n; ++i) {
    if (lit[i] == 0 || static_cast<Byte>(lit[i]) != s[i]) return false;
  }
  return lit[i] == 0;
}

// Rust's identifier start for a char known not to be kEofChar or kBadChar.
RUSTG_HD inline auto IsAsciiIdStart(uint32_t c) -> bool { return (c | 0x20) - 'a' < 26 || c == '_'; }

}  // namespace rustg::scan
