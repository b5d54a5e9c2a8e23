// DumpTokens: the `--dump=tokens` text format, one `line:col Kind "text"` line per token.
#include <fmt/format.h>

#include "lex/lex.h"

namespace rustg {
namespace {

// Appends `text` with \n \r \t \\ \" escaped, other control bytes and invalid UTF-8 as \xNN, and
// valid non-ASCII UTF-8 kept as is.
void AppendEscaped(std::string& out, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += fmt::format("\\x{:02X}", c);
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    uint32_t len;
    uint32_t cp = DecodeUtf8(text.data() + i, text.size() - i, len);
    if (cp == 0xFFFFFFFF) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
}

}  // namespace

auto DumpTokens(const SourceBuffer& src, const TokenBuffer& tokens, FileId f) -> std::string {
  std::string out;
  uint32_t first = tokens.file_first_token[f.index];
  uint32_t last = tokens.file_first_token[f.index + 1];
  uint32_t file_begin = src.file_begin(f);
  std::string_view text = src.text();
  // Line and column are tracked incrementally (columns count Unicode scalar values, as rustc).
  uint32_t line = 1, col = 1;
  uint32_t pos = file_begin;
  for (uint32_t t = first; t < last; ++t) {
    uint32_t lo = tokens.start[t];
    uint32_t hi = tokens.end(TokenId(t));
    for (; pos < lo; ++pos) {
      auto c = static_cast<unsigned char>(text[pos]);
      if (c == '\n') {
        ++line;
        col = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++col;
      }
    }
    out += fmt::format("{}:{} {} \"", line, col, TokenKindName(tokens.kind[t]));
    AppendEscaped(out, text.substr(lo, hi - lo));
    out += "\"\n";
  }
  return out;
}

}  // namespace rustg
