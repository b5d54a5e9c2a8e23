#include "expand/prelude_keys.h"

#include <algorithm>

#include "lex/token_kind.h"

namespace rustg {

namespace {

// Sorts and deduplicates: the tables are sets (PreludeEdits only asks whether a name is in them).
void SortUnique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

auto ComputePreludeFileKeys(const SourceBuffer& src, const TokenBuffer& tokens, FileId f,
                            std::string_view text) -> PreludeFileKeys {
  // A file's key names: the types and traits it declares or re-exports (`pub use a::B;`: a
  // capitalized name in a `use`), or (a file of impls only) its fns. A re-exporting file's uses
  // pull in the files declaring those names.
  PreludeFileKeys out;
  TokenKind prev = TokenKind::Eof;
  bool in_use = false;
  std::vector<std::string> fns;
  for (uint32_t t = tokens.file_begin(f).index; t + 1 < tokens.file_end(f).index; ++t) {
    TokenKind k = tokens.kind[t];
    if (IsTrivia(k)) continue;
    if (k == TokenKind::KwUse && prev == TokenKind::KwPub) in_use = true;
    if (k == TokenKind::Semi) in_use = false;
    if (k == TokenKind::Ident) {
      std::string_view name = tokens.text(src, TokenId(t));
      bool type_name = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
      if (prev == TokenKind::KwStruct || prev == TokenKind::KwEnum || prev == TokenKind::KwTrait ||
          (in_use && type_name)) {
        out.defines.emplace_back(name);
        if (in_use) out.mentions.emplace_back(name);
      } else if (prev == TokenKind::KwFn) {
        fns.emplace_back(name);
      } else {
        out.mentions.emplace_back(name);
      }
    }
    prev = k;
  }
  if (out.defines.empty()) {
    out.defines = std::move(fns);
    out.by_member = true;
  }
  // The names of a `// rustg-prelude-<tag>: a b` line of the file.
  auto line_names = [&](std::string_view tag) {
    std::vector<std::string> names;
    if (size_t k = text.find(tag); k != std::string_view::npos) {
      size_t e = text.find('\n', k);
      std::string_view line = text.substr(k + tag.size(), e == std::string_view::npos ? std::string_view::npos : e - k - tag.size());
      for (size_t a = 0; a < line.size();) {
        size_t b = line.find(' ', a);
        if (b == std::string_view::npos) b = line.size();
        if (b > a) names.emplace_back(line.substr(a, b - a));
        a = b + 1;
      }
    }
    return names;
  };
  // A file may name more triggers in a `// rustg-prelude-keys: a b` line (methods such as
  // `iter` on built-in types, which no declaration of the file names).
  out.keys = line_names("// rustg-prelude-keys:");
  // ... and declare names that must not trigger it (`// rustg-prelude-unkeyed: a b`): a type
  // whose name another std item shares (std::sync::atomic::Ordering and std::cmp::Ordering).
  for (const std::string& u : line_names("// rustg-prelude-unkeyed:"))
    out.defines.erase(std::remove(out.defines.begin(), out.defines.end(), u), out.defines.end());
  SortUnique(out.defines);
  SortUnique(out.mentions);
  SortUnique(out.keys);
  return out;
}

}  // namespace rustg
