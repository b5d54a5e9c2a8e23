// A parser diagnostic as the parser engine records it: a compact, fixed-size record that host and
// device code both write. The host turns it into a Diagnostic (message, label, notes, help lines)
// with RenderParseDiags; everything a message needs is in the record or in the token buffer.
#pragma once

#include <cstdint>

namespace rustg {

// Most tokens one "expected one of ..." list names.
inline constexpr uint32_t kParseDiagMaxWant = 8;
// Most opening delimiters an unclosed-delimiter record points at.
inline constexpr uint32_t kParseDiagMaxAux = 3;

// One parser diagnostic. Records of one file are in emission order.
struct ParseDiagRecord {
  // DiagKind of the diagnostic.
  uint16_t kind = 0;
  // Which message of that kind (see the engine's ParseDiagVariant).
  uint8_t variant = 0;
  // TokenKind of the token at the error as the parser saw it (a split `>>` is `>`), for "found ...".
  uint8_t found = 0;
  // Global id of the token the diagnostic points at.
  uint32_t tok = 0;
  // Number of entries used in `want` and in `aux`.
  uint8_t nwant = 0, naux = 0;
  // TokenKinds an "expected ..." message lists, in order (their TokenKindText is the spelling).
  uint8_t want[kParseDiagMaxWant] = {};
  // Global token ids of related tokens (opening delimiters of delimiter errors).
  uint32_t aux[kParseDiagMaxAux] = {};
};

// Variants of a DiagKind's message, where one kind has several.
enum ParseDiagVariant : uint8_t {
  // The default message of the kind.
  kVariantDefault = 0,
  // ExpectedItem: "expected item, found `;`" with "remove this semicolon".
  kVariantItemSemi = 1,
  // ItemNotAllowedHere: "associated `static` items are not allowed" (default: extern `const`).
  kVariantAssocStatic = 1,
  // MissingItemType: a `static` item (default: `const`).
  kVariantStatic = 1,
  // ExpectedToken after a match arm: "expected one of `,`, `.`, `?`, `}`, or an operator".
  kVariantAfterArm = 1,
  // ExpectedToken after an expression statement: "expected one of `.`, `;`, `?`, `}`, or an operator".
  kVariantAfterStmt = 2,
  // ExpectedIdent/Type/Expr/Pattern/Item: "expected <what>, found ..." (not a token list).
  kVariantWhat = 3,
};

}  // namespace rustg
