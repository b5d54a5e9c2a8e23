// Small helpers shared by the CPU lexer's files: UTF-8 encoding and rustc's char escaping for messages.
#pragma once

#include <cstdint>
#include <string>

#include <fmt/format.h>

namespace rustg {

// What DecodeUtf8 returns for an invalid sequence.
inline constexpr uint32_t kInvalidChar = 0xFFFFFFFF;

// Appends the UTF-8 encoding of `c` to `out`.
inline void AppendUtf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Rust's char::escape_default: \t \r \n \' \" \\ escaped, printable ASCII as is, else \u{hex}.
inline auto EscapeDefault(uint32_t c) -> std::string {
  switch (c) {
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\n': return "\\n";
    case '\'': return "\\'";
    case '"': return "\\\"";
    case '\\': return "\\\\";
    default: break;
  }
  if (c >= 0x20 && c <= 0x7E) return std::string(1, static_cast<char>(c));
  return fmt::format("\\u{{{:x}}}", c);
}

// rustc's escaped_char for messages: printable ASCII (quotes and backslash included) as is, else
// escape_default.
inline auto EscapedChar(uint32_t c) -> std::string {
  if (c >= 0x20 && c <= 0x7E) return std::string(1, static_cast<char>(c));
  return EscapeDefault(c);
}

// Rust's char Debug body (without the quotes): control characters escaped, other chars as is.
inline auto EscapeDebug(uint32_t c) -> std::string {
  if (c < 0x20 || c == 0x7F || c == '\'' || c == '\\' || (c >= 0x80 && c < 0xA0)) return EscapeDefault(c);
  std::string s;
  AppendUtf8(s, c);
  return s;
}

}  // namespace rustg
