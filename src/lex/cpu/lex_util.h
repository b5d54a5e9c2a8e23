// Small helpers shared by the CPU lexer's files: UTF-8 decoding and rustc's char escaping for messages.
#pragma once

#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "base/utf8.h"

namespace rustg {

// What DecodeUtf8 returns for an invalid sequence.
inline constexpr uint32_t kInvalidChar = 0xFFFFFFFF;

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
