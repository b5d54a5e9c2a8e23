// Checks the bodies of char, byte, string, byte string and C string literals: escapes, bare CRs,
// non-ASCII bytes, NULs. Messages follow rustc's unescape error reporting.
#include <string>

#include <fmt/format.h>

#include "base/source.h"
#include "lex/cpu/file_lexer.h"
#include "lex/cpu/lex_util.h"

namespace rustg {
namespace {

auto IsHex(uint32_t c) -> bool { return (c - '0' < 10) || ((c | 0x20) - 'a' < 6); }
auto HexVal(uint32_t c) -> uint32_t { return c - '0' < 10 ? c - '0' : (c | 0x20) - 'a' + 10; }

auto IsByteMode(LitMode m) -> bool {
  return m == LitMode::Byte || m == LitMode::ByteStr || m == LitMode::RawByteStr;
}

// Unicode White_Space (char::is_whitespace), for the unskipped-whitespace warning.
auto IsUnicodeWhiteSpace(uint32_t c) -> bool {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

class BodyChecker {
 public:
  BodyChecker(const char* data, uint32_t lo, uint32_t hi, uint32_t lit_lo, uint32_t lit_hi, LitMode mode,
              DiagSink& diags)
      : d_(data), lo_(lo), hi_(hi), lit_lo_(lit_lo), lit_hi_(lit_hi), mode_(mode), diags_(diags) {}

  void CheckSingle() {
    if (lo_ == hi_) {
      // DIAG: EmptyCharLit
      diags_.Emit(DiagKind::EmptyCharLit, lo_, lo_, "empty character literal").label =
          "empty character literal";
      return;
    }
    uint32_t len;
    uint32_t c = Decode(lo_, len);
    uint32_t next = lo_ + len;
    if (c == '\\') {
      if (!Escape(lo_, next)) return;
    } else if (c == '\n' || c == '\t' || c == '\'') {
      EscapeOnly(lo_, lo_ + len, c);
      return;
    } else if (c == '\r') {
      // DIAG: EscapeOnlyChar
      Diagnostic& d = diags_.Emit(DiagKind::EscapeOnlyChar, lo_, lo_ + 1,
                                  "character constant must be escaped: `\\r`");
      d.label = "escape the character: `\\r`";
      return;
    } else if (IsByteMode(mode_) && c >= 0x80) {
      NonAscii(lo_, len, c);
      return;
    }
    if (next < hi_) {
      // DIAG: MoreThanOneChar
      Diagnostic& d = diags_.Emit(DiagKind::MoreThanOneChar, lit_lo_, lit_hi_,
                                  "character literal may only contain one codepoint");
      d.children.push_back(SubDiag{Level::Help,
                                   mode_ == LitMode::Byte
                                       ? "if you meant to write a byte string literal, use double quotes"
                                       : "if you meant to write a string literal, use double quotes"});
    }
  }

  void CheckQuoted() {
    uint32_t i = lo_;
    const bool byte_mode = IsByteMode(mode_);
    const bool c_mode = mode_ == LitMode::CStr;
    while (i < hi_) {
      auto b = static_cast<unsigned char>(d_[i]);
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
        diags_.Emit(DiagKind::BareCrInString, i, i + 1, "bare CR not allowed in string, use `\\r` instead")
            .label = "help: escape the character: `\\r`";
        ++i;
        continue;
      }
      if (b >= 0x80 && byte_mode) {
        uint32_t len;
        uint32_t c = Decode(i, len);
        if (c != kInvalidChar) NonAscii(i, len, c);
        i += len;
        continue;
      }
      if (b == 0 && c_mode) {
        NulInCStr(i, i + 1);
      }
      ++i;
    }
  }

  void CheckRaw() {
    for (uint32_t i = lo_; i < hi_; ++i) {
      auto b = static_cast<unsigned char>(d_[i]);
      if (b == '\r') {
        if (i + 1 < hi_ && d_[i + 1] == '\n') continue;
        // DIAG: BareCrInString
        diags_.Emit(DiagKind::BareCrInString, i, i + 1, "bare CR not allowed in raw string");
      } else if (b >= 0x80 && mode_ == LitMode::RawByteStr) {
        uint32_t len;
        uint32_t c = Decode(i, len);
        if (c != kInvalidChar) NonAscii(i, len, c);
        i += len - 1;
      } else if (b == 0 && mode_ == LitMode::RawCStr) {
        NulInCStr(i, i + 1);
      }
    }
  }

 private:
  auto Decode(uint32_t i, uint32_t& len) const -> uint32_t {
    auto b = static_cast<unsigned char>(d_[i]);
    if (b < 0x80) {
      len = 1;
      return b;
    }
    uint32_t c = DecodeUtf8(d_ + i, hi_ - i, len);
    return c;
  }

  auto Noun() const -> std::string_view { return mode_ == LitMode::Byte ? "byte" : "character"; }

  void EscapeOnly(uint32_t lo, uint32_t hi, uint32_t c) {
    // DIAG: EscapeOnlyChar
    Diagnostic& d = diags_.Emit(DiagKind::EscapeOnlyChar, lo, hi,
                                fmt::format("{} constant must be escaped: `{}`", Noun(), EscapedChar(c)));
    d.label = fmt::format("help: escape the character: `{}`", EscapeDefault(c));
  }

  void NonAscii(uint32_t at, uint32_t len, uint32_t c) {
    std::string_view desc = mode_ == LitMode::Byte      ? "byte literal"
                            : mode_ == LitMode::ByteStr ? "byte string literal"
                                                        : "raw byte string literal";
    // DIAG: NonAsciiInByte
    Diagnostic& d = diags_.Emit(DiagKind::NonAsciiInByte, at, at + len, fmt::format("non-ASCII character in {}", desc));
    d.label = "must be ASCII";
    if (c <= 0xFF && mode_ != LitMode::RawByteStr) {
      d.children.push_back(SubDiag{
          Level::Help,
          fmt::format("if you meant to use the unicode code point for '{}', use a \\xHH escape: `\\x{:X}`",
                      EscapeDebug(c), c)});
    } else if (mode_ == LitMode::Byte) {
      d.children.push_back(SubDiag{Level::Note, "this multibyte character does not fit into a single byte"});
    }
  }

  void NulInCStr(uint32_t lo, uint32_t hi) {
    // DIAG: NulInCStr
    diags_.Emit(DiagKind::NulInCStr, lo, hi, "null characters in C string literals are not supported");
  }

  // Skips `\` + newline + following ASCII whitespace; warns like rustc about odd cases.
  auto SkipContinuation(uint32_t bs) -> uint32_t {
    uint32_t i = bs + 1;
    if (d_[i] == '\r') ++i;
    ++i;  // the newline
    bool more_lines = false;
    while (i < hi_) {
      char b = d_[i];
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
      diags_.Emit(DiagKind::MultipleSkippedLines, bs, i, "multiple lines skipped by escaped newline").label =
          "skipping everything up to and including this point";
    }
    if (i < hi_) {
      uint32_t len;
      uint32_t c = Decode(i, len);
      if (c != kInvalidChar && IsUnicodeWhiteSpace(c)) {
        // DIAG: UnskippedWhitespace
        Diagnostic& d = diags_.Emit(DiagKind::UnskippedWhitespace, bs, i + len,
                                    fmt::format("whitespace symbol '{}' is not skipped", EscapedChar(c)));
        d.label = fmt::format("whitespace symbol '{}' is not skipped", EscapedChar(c));
      }
    }
    return i;
  }

  // Checks the escape at `bs` (a backslash); sets `end` past it. False when it was reported.
  auto Escape(uint32_t bs, uint32_t& end) -> bool {
    uint32_t i = bs + 1;
    if (i >= hi_) {
      // `"\u\\"`: the unicode escape error took the first backslash's partner, leaving this one.
      end = hi_;
      // DIAG: LoneSlash
      diags_.Emit(DiagKind::LoneSlash, bs, hi_, "invalid trailing slash in literal").label =
          "invalid trailing slash in literal";
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
      case '"':
        return true;
      case '0':
        if (mode_ == LitMode::CStr) {
          NulInCStr(bs, end);
          return false;
        }
        return true;
      case 'x': return HexEscape(bs, i, end);
      case 'u': return UnicodeEscape(bs, i, end);
      default: break;
    }
    std::string_view what = (mode_ == LitMode::Byte || mode_ == LitMode::ByteStr) ? "unknown byte escape"
                                                                                 : "unknown character escape";
    uint32_t clo = i - len;
    // DIAG: UnknownEscape
    Diagnostic& d = diags_.Emit(DiagKind::UnknownEscape, clo, i,
                                fmt::format("{}: `{}`", what, EscapedChar(c == kInvalidChar ? 0xFFFD : c)));
    d.label = std::string(what);
    if ((c == '{' || c == '}') && (mode_ == LitMode::Str)) {
      d.children.push_back(
          SubDiag{Level::Help, "if used in a formatting string, curly braces are escaped with `{{` and `}}`"});
    } else if (c == '\r') {
      d.children.push_back(SubDiag{
          Level::Help, "this is an isolated carriage return; consider checking your editor and version control settings"});
    } else {
      if (mode_ == LitMode::Str || mode_ == LitMode::Char) {
        d.children.push_back(SubDiag{Level::Help,
                                     "if you meant to write a literal backslash (perhaps escaping in a regular "
                                     "expression), consider a raw string literal"});
      }
      d.children.push_back(
          SubDiag{Level::Help, "for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>"});
    }
    return false;
  }

  auto HexEscape(uint32_t bs, uint32_t i, uint32_t& end) -> bool {
    uint32_t value = 0;
    for (int k = 0; k < 2; ++k) {
      if (i >= hi_) {
        end = hi_;
        // DIAG: TooShortHexEscape
        diags_.Emit(DiagKind::TooShortHexEscape, bs, hi_, "numeric character escape is too short");
        return false;
      }
      uint32_t len;
      uint32_t c = Decode(i, len);
      i += len;
      end = i;
      if (!IsHex(c)) {
        // DIAG: InvalidCharInHexEscape
        diags_.Emit(DiagKind::InvalidCharInHexEscape, i - len, i,
                    fmt::format("invalid character in numeric character escape: `{}`",
                                EscapedChar(c == kInvalidChar ? 0xFFFD : c)))
            .label = "invalid character in numeric character escape";
        return false;
      }
      value = value * 16 + HexVal(c);
    }
    if ((mode_ == LitMode::Char || mode_ == LitMode::Str) && value > 0x7F) {
      // DIAG: OutOfRangeHexEscape
      diags_.Emit(DiagKind::OutOfRangeHexEscape, bs, end, "out of range hex escape").label =
          "must be a character in the range [\\x00-\\x7f]";
      return false;
    }
    if (mode_ == LitMode::CStr && value == 0) {
      NulInCStr(bs, end);
      return false;
    }
    return true;
  }

  auto UnicodeEscape(uint32_t bs, uint32_t i, uint32_t& end) -> bool {
    if (i >= hi_ || d_[i] != '{') {
      uint32_t after = i;
      uint32_t digits_end = i;
      if (i < hi_) {
        uint32_t len;
        Decode(i, len);
        after = i + len;
        while (digits_end < hi_ && digits_end - i < 6 && IsHex(static_cast<unsigned char>(d_[digits_end]))) {
          ++digits_end;
        }
      }
      end = after;
      // DIAG: NoBraceUnicodeEscape
      Diagnostic& d = diags_.Emit(DiagKind::NoBraceUnicodeEscape, bs, digits_end > i ? digits_end : after,
                                  "incorrect unicode escape sequence");
      if (digits_end > i) {
        d.children.push_back(SubDiag{Level::Help, "format of unicode escape sequences uses braces"});
      } else {
        d.label = "incorrect unicode escape sequence";
        d.children.push_back(SubDiag{Level::Help, "format of unicode escape sequences is `\\u{...}`"});
      }
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
        diags_.Emit(DiagKind::UnclosedUnicodeEscape, bs, hi_, "unterminated unicode escape").label =
            "missing a closing `}`";
        return false;
      }
      uint32_t len;
      uint32_t c = Decode(i, len);
      i += len;
      end = i;
      if (c == '_') {
        if (first) {
          // DIAG: LeadingUnderscoreUnicodeEscape
          diags_.Emit(DiagKind::LeadingUnderscoreUnicodeEscape, i - len, i, "invalid start of unicode escape: `_`")
              .label = "invalid start of unicode escape";
          return false;
        }
        continue;
      }
      if (c == '}') {
        if (first) {
          // DIAG: EmptyUnicodeEscape
          diags_.Emit(DiagKind::EmptyUnicodeEscape, bs, end, "empty unicode escape").label =
              "this escape must have at least 1 hex digit";
          return false;
        }
        break;
      }
      if (!IsHex(c)) {
        // DIAG: InvalidCharInUnicodeEscape
        diags_.Emit(DiagKind::InvalidCharInUnicodeEscape, i - len, i,
                    fmt::format("invalid character in unicode escape: `{}`", EscapedChar(c == kInvalidChar ? 0xFFFD : c)))
            .label = "invalid character in unicode escape";
        return false;
      }
      first = false;
      ++n_digits;
      if (n_digits <= 6) value = value * 16 + HexVal(c);
    }
    if (n_digits > 6) {
      // DIAG: OverlongUnicodeEscape
      diags_.Emit(DiagKind::OverlongUnicodeEscape, bs, end, "overlong unicode escape").label =
          "must have at most 6 hex digits";
      return false;
    }
    if (IsByteMode(mode_)) {
      // DIAG: UnicodeEscapeInByte
      Diagnostic& d = diags_.Emit(DiagKind::UnicodeEscapeInByte, bs, end, "unicode escape in byte string");
      d.label = "unicode escape in byte string";
      d.children.push_back(SubDiag{Level::Help, "unicode escape sequences cannot be used as a byte or in a byte string"});
      return false;
    }
    if (value > 0x10FFFF) {
      // DIAG: OutOfRangeUnicodeEscape
      Diagnostic& d = diags_.Emit(DiagKind::OutOfRangeUnicodeEscape, bs, end, "invalid unicode character escape");
      d.label = "invalid escape";
      d.children.push_back(SubDiag{Level::Help, "unicode escape must be at most 10FFFF"});
      return false;
    }
    if (value >= 0xD800 && value <= 0xDFFF) {
      // DIAG: SurrogateUnicodeEscape
      Diagnostic& d = diags_.Emit(DiagKind::SurrogateUnicodeEscape, bs, end, "invalid unicode character escape");
      d.label = "invalid escape";
      d.children.push_back(SubDiag{Level::Help, "unicode escape must not be a surrogate"});
      return false;
    }
    if (mode_ == LitMode::CStr && value == 0) {
      NulInCStr(bs, end);
      return false;
    }
    return true;
  }

  const char* d_;
  uint32_t lo_, hi_, lit_lo_, lit_hi_;
  LitMode mode_;
  DiagSink& diags_;
};

}  // namespace

void CheckLiteralBody(const char* data, uint32_t lo, uint32_t hi, uint32_t lit_lo, uint32_t lit_hi,
                      LitMode mode, DiagSink& diags) {
  BodyChecker checker(data, lo, hi, lit_lo, lit_hi, mode, diags);
  switch (mode) {
    case LitMode::Char:
    case LitMode::Byte: checker.CheckSingle(); break;
    case LitMode::Str:
    case LitMode::ByteStr:
    case LitMode::CStr: checker.CheckQuoted(); break;
    case LitMode::RawStr:
    case LitMode::RawByteStr:
    case LitMode::RawCStr: checker.CheckRaw(); break;
  }
}

}  // namespace rustg
