#include "expand/literal.h"

#include <fmt/format.h>

#include "base/utf8.h"

namespace rustg {
namespace {

auto HexVal(char c) -> int {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one escape at s[i] == '\\'; advances i past it. Returns the scalar, or UINT32_MAX for a
// line continuation (nothing to append).
auto DecodeEscape(std::string_view s, size_t& i) -> uint32_t {
  ++i;
  if (i >= s.size()) return 0;
  char c = s[i++];
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case '0': return 0;
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'x': {
      int v = 0;
      for (int k = 0; k < 2 && i < s.size() && HexVal(s[i]) >= 0; ++k) v = v * 16 + HexVal(s[i++]);
      return static_cast<uint32_t>(v);
    }
    case 'u': {
      uint32_t v = 0;
      if (i < s.size() && s[i] == '{') ++i;
      while (i < s.size() && s[i] != '}') {
        if (s[i] != '_') v = v * 16 + static_cast<uint32_t>(HexVal(s[i]));
        ++i;
      }
      ++i;
      return v;
    }
    case '\n':
    case '\r':
      // Line continuation: skip the newline and the next line's leading whitespace.
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
      return UINT32_MAX;
    default:
      return static_cast<uint32_t>(static_cast<unsigned char>(c));
  }
}

}  // namespace

auto DecodeStrLit(std::string_view text) -> std::string {
  std::string out;
  // A byte string's `\xNN` escapes are bytes, not scalars to encode as UTF-8.
  bool bytes = !text.empty() && text[0] == 'b';
  if (bytes) text.remove_prefix(1);
  if (!text.empty() && text[0] == 'r') {
    // Raw: r#*"…"#*, no escapes.
    size_t hashes = 0;
    while (1 + hashes < text.size() && text[1 + hashes] == '#') ++hashes;
    size_t b = 2 + hashes, e = text.size() - 1 - hashes;
    return b <= e ? std::string(text.substr(b, e - b)) : std::string();
  }
  if (text.size() < 2) return out;
  std::string_view body = text.substr(1, text.size() - 2);
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '\\') {
      uint32_t c = DecodeEscape(body, i);
      if (c != UINT32_MAX && bytes) out += static_cast<char>(c);
      else if (c != UINT32_MAX) AppendUtf8(out, c);
    } else if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n') {
      ++i;  // CRLF in a literal is LF, as rustc
    } else {
      out += body[i++];
    }
  }
  return out;
}

auto DecodeCharLit(std::string_view text) -> uint32_t {
  if (!text.empty() && text[0] == 'b') text.remove_prefix(1);
  if (text.size() < 3) return 0;
  std::string_view body = text.substr(1, text.size() - 2);
  size_t i = 0;
  if (body[0] == '\\') return DecodeEscape(body, i);
  uint32_t c = static_cast<unsigned char>(body[0]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : 0x1F;
  for (int k = 1; k <= extra && k < static_cast<int>(body.size()); ++k) c = (c << 6) | (body[k] & 0x3F);
  return c;
}

auto DecodeIntLit(std::string_view text, unsigned __int128& value, std::string& suffix) -> bool {
  unsigned base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    i = 2;
  }
  value = 0;
  bool overflow = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    int d = HexVal(c);
    // In decimal, an `e`/`f` starts no digit; a suffix begins with `i` or `u`.
    if (d < 0 || static_cast<unsigned>(d) >= base) break;
    unsigned __int128 next = value * base + static_cast<unsigned>(d);
    if (next / base != value && value != 0) overflow = true;
    value = next;
  }
  suffix = std::string(text.substr(i));
  return !overflow;
}

void DecodeFloatLit(std::string_view text, std::string& digits, std::string& suffix) {
  digits.clear();
  size_t i = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == 'f' && i + 2 < text.size() + 1 && (text.substr(i) == "f32" || text.substr(i) == "f64")) break;
    if (c != '_') digits += c;
  }
  suffix = std::string(text.substr(i));
}

auto ParseFormatString(std::string_view s, const std::vector<std::string>& arg_names) -> FormatString {
  FormatString fs;
  auto named_index = [&](std::string_view name) -> int32_t {
    for (size_t k = 0; k < arg_names.size(); ++k) {
      if (arg_names[k] == name) return static_cast<int32_t>(k);
    }
    for (size_t k = 0; k < fs.captures.size(); ++k) {
      if (fs.captures[k] == name) return static_cast<int32_t>(arg_names.size() + k);
    }
    fs.captures.emplace_back(name);
    return static_cast<int32_t>(arg_names.size() + fs.captures.size() - 1);
  };
  uint32_t next_positional = 0;
  std::string text;
  size_t i = 0;
  auto fail = [&](std::string msg) {
    if (fs.error.empty()) fs.error = std::move(msg);
  };
  auto is_ident_start = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  auto is_ident = [&](char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); };
  // An argument reference: digits (explicit index) or an identifier (named); empty: next positional.
  auto parse_arg_ref = [&](size_t& j, bool& present) -> int32_t {
    present = false;
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
      int32_t v = 0;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') v = v * 10 + (s[j++] - '0');
      present = true;
      return v;
    }
    if (j < s.size() && is_ident_start(s[j])) {
      size_t b = j;
      while (j < s.size() && is_ident(s[j])) ++j;
      present = true;
      return named_index(s.substr(b, j - b));
    }
    return -1;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == '}') {
      if (i + 1 < s.size() && s[i + 1] == '}') {
        text += '}';
        i += 2;
        continue;
      }
      fail("invalid format string: unmatched `}` found");
      ++i;
      continue;
    }
    if (c != '{') {
      text += c;
      ++i;
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '{') {
      text += '{';
      i += 2;
      continue;
    }
    size_t j = i + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    FormatPiece piece;
    piece.text = std::move(text);
    text.clear();
    bool present = false;
    int32_t arg = parse_arg_ref(j, present);
    FormatSpec& sp = piece.spec;
    if (j < s.size() && s[j] == ':') {
      ++j;
      // fill + align: a char followed by an alignment, or an alignment alone.
      auto align_at = [&](size_t k) { return k < s.size() && (s[k] == '<' || s[k] == '>' || s[k] == '^'); };
      size_t clen = 1;
      if (j < s.size()) {
        unsigned char b = static_cast<unsigned char>(s[j]);
        clen = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
      }
      if (j + clen <= s.size() && align_at(j + clen) && s[j] != '}') {
        sp.fill = DecodeCharLit(fmt::format("'{}'", s.substr(j, clen)));
        if (s[j] == '\'') sp.fill = '\'';
        sp.align = s[j + clen];
        j += clen + 1;
      } else if (align_at(j)) {
        sp.align = s[j++];
      }
      if (j < s.size() && s[j] == '+') {
        sp.plus = true;
        ++j;
      } else if (j < s.size() && s[j] == '-') {
        ++j;
      }
      if (j < s.size() && s[j] == '#') {
        sp.alt = true;
        ++j;
      }
      if (j < s.size() && s[j] == '0' && !(j + 1 < s.size() && s[j + 1] == '$')) {
        sp.zero = true;
        ++j;
      }
      // width: digits, `N$` or `name$`
      {
        size_t save = j;
        bool p = false;
        size_t k = j;
        if (k < s.size() && s[k] >= '0' && s[k] <= '9') {
          int32_t v = 0;
          while (k < s.size() && s[k] >= '0' && s[k] <= '9') v = v * 10 + (s[k++] - '0');
          if (k < s.size() && s[k] == '$') {
            sp.width_arg = v;
            j = k + 1;
          } else {
            sp.width = v;
            j = k;
          }
        } else if (k < s.size() && is_ident_start(s[k])) {
          size_t b = k;
          while (k < s.size() && is_ident(s[k])) ++k;
          if (k < s.size() && s[k] == '$') {
            sp.width_arg = named_index(s.substr(b, k - b));
            j = k + 1;
          } else {
            j = save;
          }
        }
        (void)p;
      }
      if (j < s.size() && s[j] == '.') {
        ++j;
        if (j < s.size() && s[j] == '*') {
          ++j;
          sp.precision_arg = static_cast<int32_t>(next_positional++);
        } else if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
          int32_t v = 0;
          while (j < s.size() && s[j] >= '0' && s[j] <= '9') v = v * 10 + (s[j++] - '0');
          if (j < s.size() && s[j] == '$') {
            sp.precision_arg = v;
            ++j;
          } else {
            sp.precision = v;
          }
        } else if (j < s.size() && is_ident_start(s[j])) {
          size_t b = j;
          while (j < s.size() && is_ident(s[j])) ++j;
          if (j < s.size() && s[j] == '$') {
            sp.precision_arg = named_index(s.substr(b, j - b));
            ++j;
          } else {
            fail("invalid format string: expected `}`, found `" + std::string(s.substr(b, 1)) + "`");
          }
        } else {
          fail("invalid format string: expected precision after `.`");
        }
      }
      if (j < s.size() && s[j] == '?') {
        sp.ty = '?';
        ++j;
      } else if (j + 1 < s.size() && (s[j] == 'x' || s[j] == 'X') && s[j + 1] == '?') {
        sp.ty = '?';
        sp.debug_hex = s[j];
        j += 2;
      } else if (j < s.size() && (s[j] == 'x' || s[j] == 'X' || s[j] == 'b' || s[j] == 'o' || s[j] == 'e' ||
                                  s[j] == 'E')) {
        sp.ty = s[j++];
      } else if (j < s.size() && is_ident_start(s[j])) {
        size_t b = j;
        while (j < s.size() && is_ident(s[j])) ++j;
        fail("unknown format trait `" + std::string(s.substr(b, j - b)) + "`");
      }
    }
    while (j < s.size() && s[j] == ' ') ++j;
    if (j >= s.size()) {
      fail("invalid format string: expected `}` but string was terminated");
      break;
    }
    if (s[j] != '}') {
      fail(fmt::format("invalid format string: expected `}}`, found `{}`", s[j]));
      break;
    }
    i = j + 1;
    piece.implicit = !present;
    piece.arg = present ? arg : static_cast<int32_t>(next_positional++);
    fs.pieces.push_back(std::move(piece));
  }
  FormatPiece tail;
  tail.text = std::move(text);
  fs.pieces.push_back(std::move(tail));
  return fs;
}

}  // namespace rustg
