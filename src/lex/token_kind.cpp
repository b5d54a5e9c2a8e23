#include "lex/token_kind.h"

#include <iterator>

namespace rustg {
namespace {

constexpr std::string_view kNames[] = {
#define RUSTG_TOKEN(Name, Text) #Name,
#include "lex/token_kind.def"
};

constexpr std::string_view kTexts[] = {
#define RUSTG_TOKEN(Name, Text) Text,
#include "lex/token_kind.def"
};

static_assert(std::size(kNames) == kTokenKindCount);

}  // namespace

auto TokenKindName(TokenKind k) -> std::string_view {
  auto i = static_cast<size_t>(k);
  return i < kTokenKindCount ? kNames[i] : std::string_view("?");
}

auto TokenKindText(TokenKind k) -> std::string_view {
  auto i = static_cast<size_t>(k);
  return i < kTokenKindCount ? kTexts[i] : std::string_view("?");
}

}  // namespace rustg
