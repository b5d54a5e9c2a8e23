// The CPU lexer of one file: a hand-written scanner over the file's bytes that appends tokens
// (trivia included) to two columns and reports malformed input to a DiagSink.
#pragma once

#include <cstdint>
#include <vector>

#include "base/diag.h"
#include "base/edition.h"
#include "lex/token_kind.h"

namespace rustg {

// How a quoted literal's body is checked (rustc's unescape modes).
enum class LitMode : uint8_t { Char, Byte, Str, ByteStr, CStr, RawStr, RawByteStr, RawCStr };

// Lexes the bytes [begin, end) of `data` (global offsets) with the rules of `edition`, writing
// tokens (trivia included, global offsets) to `kinds` / `starts` and ending with an Eof token at
// `end`. Both arrays must hold end - begin + 2 entries (every token but Eof and a leading BOM
// covers at least one byte); `data` must be followed by SourceBuffer::kPadding zero bytes at
// `end`. Returns the number of tokens written.
auto LexFile(const char* data, uint32_t begin, uint32_t end, Edition edition, DiagSink& diags, TokenKind* kinds,
             uint32_t* starts) -> uint32_t;

// Checks the body [lo, hi) of a quoted literal (global offsets into `data`) in `mode` and reports
// escape errors; [lit_lo, lit_hi) is the whole literal, quotes included, for spans and help.
void CheckLiteralBody(const char* data, uint32_t lo, uint32_t hi, uint32_t lit_lo, uint32_t lit_hi,
                      LitMode mode, DiagSink& diags);

}  // namespace rustg
