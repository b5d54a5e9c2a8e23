// A lexer diagnostic as the scanner engine records it: a compact, fixed-size record that host and
// device code both write. The host turns it into a Diagnostic (message, label, help lines) with
// RenderLexDiag; everything a message needs is in the record or in the source bytes.
#pragma once

#include <cstdint>

namespace rustg {

// One lexer diagnostic. `kind` is a DiagKind; `mode`, `aux` and `aux2` carry what the message needs
// (see scan.h for each kind's use). Records of one file are in emission order.
struct LexDiagRecord {
  // DiagKind of the diagnostic.
  uint16_t kind = 0;
  // LitMode of the literal, or a variant flag.
  uint8_t mode = 0;
  uint8_t unused = 0;
  // Primary span [lo, hi), global byte offsets.
  uint32_t lo = 0, hi = 0;
  // A char, a count, a base or an offset, depending on the kind.
  uint32_t aux = 0;
  // A second number for the kinds that need one.
  uint32_t aux2 = 0;
};

}  // namespace rustg
