// The CPU lexer of one file: the shared scanner engine (lex/scan/scan.h) writing tokens to two
// columns, its diagnostic records rendered into a DiagSink.
#pragma once

#include <cstdint>
#include <vector>

#include "base/diag.h"
#include "base/id.h"
#include "base/source.h"
#include "lex/scan/diag_record.h"
#include "lex/token_kind.h"

namespace rustg {

// Lexes file f of `src`, writing tokens (trivia included, global offsets) to `kinds` / `starts` and
// ending with an Eof token at the file's end. Both arrays must hold file size + 2 entries (every
// token but Eof and a leading BOM covers at least one byte). `records` is scratch space for the
// engine's diagnostic records. Returns the number of tokens written.
auto LexFile(const SourceBuffer& src, FileId f, DiagSink& diags, TokenKind* kinds, uint32_t* starts,
             std::vector<LexDiagRecord>& records) -> uint32_t;

}  // namespace rustg
