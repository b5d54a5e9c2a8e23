// The formatter's interface: one parsed file in, its rustfmt-style text out (or a reason it was
// left alone). Works from the TokenBuffer (trivia kept) and the Tree; never edits either.
#pragma once

#include <cstdint>
#include <string>

#include "base/id.h"
#include "base/source.h"
#include "fmt/config.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// Why a file was not formatted.
enum class FmtStatus : uint8_t {
  Formatted,      // `text` holds the formatted file (possibly equal to the input)
  Skipped,        // disable_all_formatting or a `#![rustfmt::skip]` file: `text` is the input
  InternalError,  // the safety check rejected the output: `text` is the input, `message` says why
};

// The result of formatting one file.
struct FmtResult {
  FmtStatus status = FmtStatus::Formatted;
  std::string text;
  std::string message;
  bool reordered = false;      // imports or modules moved (a caller embedding the text compares tokens as multisets)
  bool macro_failure = false;  // a macro call's arguments did not parse (rustfmt then keeps an enclosing macro_rules as written)
};

// Formats file `f`. The file must have parsed without errors (the caller reports and skips files
// that did not). The output is checked: it must re-lex to the input's tokens up to the changes
// rustfmt makes (trailing commas, import and module order, whitespace) and keep every comment;
// otherwise the result is InternalError and the input text.
auto FormatFile(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f,
                const FmtConfig& cfg) -> FmtResult;

// Compares the significant tokens and comments of `before` and `after` (both lexed with `edition`)
// modulo rustfmt's own changes (trailing commas; with `reordered`, the order of tokens, as imports
// and modules move); returns an empty string when they agree, else what differs.
auto CheckEquivalent(std::string_view before, std::string_view after, Edition edition, bool reordered) -> std::string;

}  // namespace rustg
