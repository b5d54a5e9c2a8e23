// Host rendering of the scanner engine's diagnostic records: the messages, labels and help lines
// of every lexer diagnostic. Both backends render through here, so their output is identical.
#pragma once

#include <cstddef>

#include "base/diag.h"
#include "base/source.h"
#include "lex/scan/diag_record.h"

namespace rustg {

// The full diagnostic of one record. An UnknownStartOfToken record's aux2 is the number of
// repeats of the same char that follow it (RenderLexDiags merges runs).
auto RenderLexDiag(const LexDiagRecord& r, const SourceBuffer& src) -> Diagnostic;

// Renders the records of one file, in the engine's emission order, into `diags` in the order the
// lexer reports them: a run of one repeated unknown char becomes one diagnostic, emitted when the
// run ends, and only the first no-break space of the file is reported.
void RenderLexDiags(const LexDiagRecord* records, size_t n, const SourceBuffer& src, DiagSink& diags);

}  // namespace rustg
