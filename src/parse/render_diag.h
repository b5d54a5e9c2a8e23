// Host rendering of the parser engine's diagnostic records into rustc-style diagnostics. Both
// backends render through here, so their messages are identical.
#pragma once

#include <cstddef>

#include "base/diag.h"
#include "base/id.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/engine/diag_record.h"

namespace rustg {

// Renders the records of file `f`, in the engine's emission order, into `diags`.
void RenderParseDiags(const ParseDiagRecord* records, size_t n, const SourceBuffer& src, const TokenBuffer& tokens,
                      FileId f, DiagSink& diags);

}  // namespace rustg
