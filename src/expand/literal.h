// Values of literal tokens (strings with escapes, chars, integers, floats) and format strings of the
// formatting macros, parsed at compile time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rustg {

// The bytes a string literal denotes (`"a\n"`, `r#"…"#`), escapes decoded (UTF-8).
auto DecodeStrLit(std::string_view text) -> std::string;
// The scalar value of a char literal (`'a'`, `'\n'`, `'\u{1F600}'`) or byte literal (`b'a'`).
auto DecodeCharLit(std::string_view text) -> uint32_t;
// An integer literal split into its value and suffix (`0xffu8` -> 255, "u8"). False when the value
// does not fit in 128 bits.
auto DecodeIntLit(std::string_view text, unsigned __int128& value, std::string& suffix) -> bool;
// A float literal split into its digits (underscores removed) and suffix (`1.5f32` -> "1.5", "f32").
void DecodeFloatLit(std::string_view text, std::string& digits, std::string& suffix);

// One `{…}` format spec: `{arg:fill align sign # 0 width .precision type}`.
struct FormatSpec {
  uint32_t fill = ' ';  // fill character (a Unicode scalar)
  char align = 0;       // '<', '>', '^', or 0 for the type's default
  bool plus = false;    // `+`: always print the sign
  bool alt = false;     // `#`: alternate form (0x prefix, pretty Debug)
  bool zero = false;    // `0`: sign-aware zero padding
  int32_t width = -1;   // literal width, or -1
  int32_t width_arg = -1;      // argument index holding the width (`N$`/`name$`), or -1
  int32_t precision = -1;      // literal precision, or -1
  int32_t precision_arg = -1;  // argument index holding the precision (`.N$`, `.name$`, `.*`), or -1
  char ty = 0;  // 0 (Display), '?', 'x', 'X', 'b', 'o', 'e', 'E'
  char debug_hex = 0;  // `{:x?}` / `{:X?}`: 'x' or 'X' (ty is '?'; integers inside print in hex)
};

// Literal text followed by one argument placeholder (arg < 0: text only, the last piece).
struct FormatPiece {
  std::string text;  // literal bytes before the placeholder (`{{`/`}}` already unescaped)
  int32_t arg = -1;  // index into the macro's argument list (explicit args, then captures)
  bool implicit = false;  // `{}` / `{:…}`: the next positional argument, not named or numbered
  FormatSpec spec;
};

// A parsed format string.
struct FormatString {
  std::vector<FormatPiece> pieces;
  // Names used as `{name}` that no explicit `name = …` argument defines: implicit captures, which
  // take argument indices explicit_count, explicit_count + 1, … in this order.
  std::vector<std::string> captures;
  // Empty on success; otherwise rustc's message for the first problem.
  std::string error;
};

// Parses `fmt` (the decoded string) against the explicit arguments, one name per argument in call
// order (empty for a positional argument, `name` for `name = expr`).
auto ParseFormatString(std::string_view fmt, const std::vector<std::string>& arg_names) -> FormatString;

}  // namespace rustg
