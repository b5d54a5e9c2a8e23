// Checks the bodies of char, byte, string, byte string and C string literals (escapes, bare CRs,
// non-ASCII bytes, NULs) for the scanner engine, recording rustc's unescape errors as
// LexDiagRecords. Host and device code.
#pragma once

#include <cstdint>

#include "base/diag.h"
#include "lex/scan/diag_record.h"
#include "lex/scan/scan_util.h"

namespace rustg {

// How a quoted literal's body is checked (rustc's unescape modes).
enum class LitMode : uint8_t { Char, Byte, Str, ByteStr, CStr, RawStr, RawByteStr, RawCStr };

namespace scan {

// A literal mode whose body is bytes.
RUSTG_HD inline auto IsByteMode(LitMode m) -> bool {
  return m == LitMode::Byte || m == LitMode::ByteStr || m == LitMode::RawByteStr;
}

// Unicode White_Space (char::is_whitespace), for the unskipped-whitespace warning.
RUSTG_HD inline auto IsUnicodeWhiteSpace(uint32_t c) -> bool {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

RUSTG_HD inline auto IsHexChar(uint32_t c) -> bool { return (c - '0' < 10) || ((c | 0x20) - 'a' < 6); }
RUSTG_HD inline auto HexVal(uint32_t c) -> uint32_t { return c - '0' < 10 ? c - '0' : (c | 0x20) - 'a' + 10; }

// Checks one literal body [lo, hi) (global offsets into d) in `mode`; [lit_lo, lit_hi) is the whole
// literal. Records go to sink.Diag(record).
template <class Sink>
class BodyChecker {
 public:
  RUSTG_HD BodyChecker(const Byte* d, uint32_t lo, uint32_t hi, uint32_t lit_lo, uint32_t lit_hi, LitMode mode,
                       Sink& sink)
      : d_(d), lo_(lo), hi_(hi), lit_lo_(lit_lo), lit_hi_(lit_hi), mode_(mode), sink_(sink) {}

  RUSTG_HD void Run() {
    switch (mode_) {
      case LitMode::Char:
      case LitMode::Byte: CheckSingle(); break;
      case LitMode::Str:
      case LitMode::ByteStr:
      case LitMode::CStr: CheckQuoted(); break;
      case LitMode::RawStr:
      case LitMode::RawByteStr:
      case LitMode::RawCStr: CheckRaw(); break;
    }
  }

 private:
  RUSTG_HD void Emit(DiagKind k, uint32_t lo, uint32_t hi, uint32_t aux = 0) {
    LexDiagRecord r;
    r.kind = static_cast<uint16_t>(k);
    r.mode = static_cast<uint8_t>(mode_);
    r.lo = lo;
    r.hi = hi;
    r.aux = aux;
    sink_.Diag(r);
  }

  RUSTG_HD void CheckSingle() {
    if (lo_ == hi_) {
      // DIAG: EmptyCharLit
      Emit(DiagKind::EmptyCharLit, lo_, lo_);
      return;
    }
    uint32_t len;
    uint32_t c = Decode(lo_, len);
    uint32_t next = lo_ + len;
    if (c == '\\') {
      if (!Escape(lo_, next)) return;
    } else if (c == '\n' || c == '\t' || c == '\'') {
      // DIAG: EscapeOnlyChar
      Emit(DiagKind::EscapeOnlyChar, lo_, lo_ + len, c);
      return;
    } else if (c == '\r') {
      // DIAG: EscapeOnlyChar (aux '\r': the fixed "character constant" message)
      Emit(DiagKind::EscapeOnlyChar, lo_, lo_ + 1, c);
      return;
    } else if (IsByteMode(mode_) && c >= 0x80) {
      NonAscii(lo_, len, c);
      return;
    }
    if (next < hi_) {
      // DIAG: MoreThanOneChar
      Emit(DiagKind::MoreThanOneChar, lit_lo_, lit_hi_);
    }
  }

  RUSTG_HD void CheckQuoted() {
    uint32_t i = lo_;
    const bool byte_mode = IsByteMode(mode_);
    const bool c_mode = mode_ == LitMode::CStr;
    while (i < hi_) {
      Byte b = d_[i];
      if (b == '\\') {
        uint32_t n = i + 1;
        if (n < hi_ && (d_[n] == '\n' || (d_[n] == '\r' && n + 1 < hi_ && d_[n + 1] == '\n'))) {
          i = SkipContinuation(i);
          continue;
        }
        uint32_t end = n;
        Escape(i, end);
        i = end;
        continue;
      }
      if (b == '\r') {
        if (i + 1 < hi_ && d_[i + 1] == '\n') {
          i += 2;
          continue;
        }
        // DIAG: BareCrInString
        Emit(DiagKind::BareCrInString, i, i + 1);
        ++i;
        continue;
      }
      if (b >= 0x80 && byte_mode) {
        uint32_t len;
        uint32_t c = Decode(i, len);
        if (c != kBadChar) NonAscii(i, len, c);
        i += len;
        continue;
      }
      if (b == 0 && c_mode) Emit(DiagKind::NulInCStr, i, i + 1);
      ++i;
    }
  }

  RUSTG_HD void CheckRaw() {
    for (uint32_t i = lo_; i < hi_; ++i) {
      Byte b = d_[i];
      if (b == '\r') {
        if (i + 1 < hi_ && d_[i + 1] == '\n') continue;
        // DIAG: BareCrInString (raw mode: the raw-string message)
        Emit(DiagKind::BareCrInString, i, i + 1);
      } else if (b >= 0x80 && mode_ == LitMode::RawByteStr) {
        uint32_t len;
        uint32_t c = Decode(i, len);
        if (c != kBadChar) NonAscii(i, len, c);
        i += len - 1;
      } else if (b == 0 && mode_ == LitMode::RawCStr) {
        // DIAG: NulInCStr
        Emit(DiagKind::NulInCStr, i, i + 1);
      }
    }
  }

  RUSTG_HD auto Decode(uint32_t i, uint32_t& len) const -> uint32_t {
    Byte b = d_[i];
    if (b < 0x80) {
      len = 1;
      return b;
    }
    return DecodeUtf8At(d_ + i, hi_ - i, len);
  }

  RUSTG_HD void NonAscii(uint32_t at, uint32_t len, uint32_t c) {
    // DIAG: NonAsciiInByte
    Emit(DiagKind::NonAsciiInByte, at, at + len, c);
  }

  // Skips `\` + newline + following ASCII whitespace; warns like rustc about odd cases.
  RUSTG_HD auto SkipContinuation(uint32_t bs) -> uint32_t {
    uint32_t i = bs + 1;
    if (d_[i] == '\r') ++i;
    ++i;  // the newline
    bool more_lines = false;
    while (i < hi_) {
      Byte b = d_[i];
      if (b == ' ' || b == '\t' || b == '\r') {
        ++i;
      } else if (b == '\n') {
        more_lines = true;
        ++i;
      } else {
        break;
      }
    }
    if (more_lines) {
      // DIAG: MultipleSkippedLines
      Emit(DiagKind::MultipleSkippedLines, bs, i);
    }
    if (i < hi_) {
      uint32_t len;
      uint32_t c = Decode(i, len);
      if (c != kBadChar && IsUnicodeWhiteSpace(c)) {
        // DIAG: UnskippedWhitespace
        Emit(DiagKind::UnskippedWhitespace, bs, i + len, c);
      }
    }
    return i;
  }

  // Checks the escape at `bs` (a backslash); sets `end` past it. False when it was reported.
  RUSTG_HD auto Escape(uint32_t bs, uint32_t& end) -> bool {
    uint32_t i = bs + 1;
    if (i >= hi_) {
      end = hi_;
      // DIAG: LoneSlash
      Emit(DiagKind::LoneSlash, bs, hi_);
      return false;
    }
    uint32_t len;
    uint32_t c = Decode(i, len);
    i += len;
    end = i;
    switch (c) {
      case 'n':
      case 'r':
      case 't':
      case '\\':
      case '\'':
      case '"': return true;
      case '0':
        if (mode_ == LitMode::CStr) {
          Emit(DiagKind::NulInCStr, bs, end);
          return false;
        }
        return true;
      case 'x': return HexEscape(bs, i, end);
      case 'u': return UnicodeEscape(bs, i, end);
      default: break;
    }
    // DIAG: UnknownEscape
    Emit(DiagKind::UnknownEscape, i - len, i, c);
    return false;
  }

  RUSTG_HD auto HexEscape(uint32_t bs, uint32_t i, uint32_t& end) -> bool {
    uint32_t value = 0;
    for (int k = 0; k < 2; ++k) {
      if (i >= hi_) {
        end = hi_;
        // DIAG: TooShortHexEscape
        Emit(DiagKind::TooShortHexEscape, bs, hi_);
        return false;
      }
      uint32_t len;
      uint32_t c = Decode(i, len);
      i += len;
      end = i;
      if (!IsHexChar(c)) {
        // DIAG: InvalidCharInHexEscape
        Emit(DiagKind::InvalidCharInHexEscape, i - len, i, c);
        return false;
      }
      value = value * 16 + HexVal(c);
    }
    if ((mode_ == LitMode::Char || mode_ == LitMode::Str) && value > 0x7F) {
      // DIAG: OutOfRangeHexEscape
      Emit(DiagKind::OutOfRangeHexEscape, bs, end);
      return false;
    }
    if (mode_ == LitMode::CStr && value == 0) {
      Emit(DiagKind::NulInCStr, bs, end);
      return false;
    }
    return true;
  }

  RUSTG_HD auto UnicodeEscape(uint32_t bs, uint32_t i, uint32_t& end) -> bool {
    if (i >= hi_ || d_[i] != '{') {
      uint32_t after = i;
      uint32_t digits_end = i;
      if (i < hi_) {
        uint32_t len;
        Decode(i, len);
        after = i + len;
        while (digits_end < hi_ && digits_end - i < 6 && IsHexChar(d_[digits_end])) ++digits_end;
      }
      end = after;
      // DIAG: NoBraceUnicodeEscape (aux 1: hex digits follow)
      Emit(DiagKind::NoBraceUnicodeEscape, bs, digits_end > i ? digits_end : after, digits_end > i ? 1 : 0);
      return false;
    }
    ++i;
    end = i;
    uint32_t n_digits = 0;
    uint32_t value = 0;
    bool first = true;
    while (true) {
      if (i >= hi_) {
        end = hi_;
        // DIAG: UnclosedUnicodeEscape
        Emit(DiagKind::UnclosedUnicodeEscape, bs, hi_);
        return false;
      }
      uint32_t len;
      uint32_t c = Decode(i, len);
      i += len;
      end = i;
      if (c == '_') {
        if (first) {
          // DIAG: LeadingUnderscoreUnicodeEscape
          Emit(DiagKind::LeadingUnderscoreUnicodeEscape, i - len, i);
          return false;
        }
        continue;
      }
      if (c == '}') {
        if (first) {
          // DIAG: EmptyUnicodeEscape
          Emit(DiagKind::EmptyUnicodeEscape, bs, end);
          return false;
        }
        break;
      }
      if (!IsHexChar(c)) {
        // DIAG: InvalidCharInUnicodeEscape
        Emit(DiagKind::InvalidCharInUnicodeEscape, i - len, i, c);
        return false;
      }
      first = false;
      ++n_digits;
      if (n_digits <= 6) value = value * 16 + HexVal(c);
    }
    if (n_digits > 6) {
      // DIAG: OverlongUnicodeEscape
      Emit(DiagKind::OverlongUnicodeEscape, bs, end);
      return false;
    }
    if (IsByteMode(mode_)) {
      // DIAG: UnicodeEscapeInByte
      Emit(DiagKind::UnicodeEscapeInByte, bs, end);
      return false;
    }
    if (value > 0x10FFFF) {
      // DIAG: OutOfRangeUnicodeEscape
      Emit(DiagKind::OutOfRangeUnicodeEscape, bs, end);
      return false;
    }
    if (value >= 0xD800 && value <= 0xDFFF) {
      // DIAG: SurrogateUnicodeEscape
      Emit(DiagKind::SurrogateUnicodeEscape, bs, end);
      return false;
    }
    if (mode_ == LitMode::CStr && value == 0) {
      Emit(DiagKind::NulInCStr, bs, end);
      return false;
    }
    return true;
  }

  const Byte* d_;
  uint32_t lo_, hi_, lit_lo_, lit_hi_;
  LitMode mode_;
  Sink& sink_;
};

// Checks the body [lo, hi) of a quoted literal in `mode`; [lit_lo, lit_hi) is the whole literal.
template <class Sink>
RUSTG_HD inline void CheckLiteralBody(const Byte* d, uint32_t lo, uint32_t hi, uint32_t lit_lo, uint32_t lit_hi,
                                      LitMode mode, Sink& sink) {
  BodyChecker<Sink> checker(d, lo, hi, lit_lo, lit_hi, mode, sink);
  checker.Run();
}

}  // namespace scan
}  // namespace rustg
