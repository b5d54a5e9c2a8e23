// TokenKind: the enum generated from token_kind.def, and constexpr facts about each kind.
#pragma once

#include <cstdint>
#include <string_view>

#ifdef __CUDACC__
#define RUSTG_HD __host__ __device__
#else
#define RUSTG_HD
#endif

namespace rustg {

// Every token kind, one byte.
enum class TokenKind : uint8_t {
#define RUSTG_TOKEN(Name, Text) Name,
#include "lex/token_kind.def"
};

// Number of token kinds.
inline constexpr uint32_t kTokenKindCount = 0
#define RUSTG_TOKEN(Name, Text) +1
#include "lex/token_kind.def"
    ;

// Whitespace, comments and the shebang: kept in the buffer, skipped by the parser.
RUSTG_HD constexpr auto IsTrivia(TokenKind k) -> bool {
  return k == TokenKind::Whitespace || k == TokenKind::LineComment || k == TokenKind::BlockComment ||
         k == TokenKind::Shebang;
}

// A doc comment (becomes a `#[doc]` attribute).
RUSTG_HD constexpr auto IsDocComment(TokenKind k) -> bool {
  return k >= TokenKind::OuterLineDoc && k <= TokenKind::InnerBlockDoc;
}

// Any literal token, `true` and `false` excluded.
RUSTG_HD constexpr auto IsLiteral(TokenKind k) -> bool {
  return k >= TokenKind::IntLit && k <= TokenKind::RawCStrLit;
}

// A strict or reserved keyword of some edition.
RUSTG_HD constexpr auto IsKeyword(TokenKind k) -> bool {
  return k >= TokenKind::KwAs && k <= TokenKind::KwTry;
}

// A reserved (unused) keyword such as `abstract` or `try`.
RUSTG_HD constexpr auto IsReservedKeyword(TokenKind k) -> bool {
  return k >= TokenKind::KwAbstract && k <= TokenKind::KwTry;
}

// Name of the kind as in token_kind.def ("Ident").
auto TokenKindName(TokenKind k) -> std::string_view;
// Fixed spelling of a keyword or punctuation ("fn", "::"), or a description for the others.
auto TokenKindText(TokenKind k) -> std::string_view;

}  // namespace rustg
