// The trigger names of one runtime/std file: what decides whether PreludeEdits splices the file
// into a crate. They depend only on the file's text, so they are computed once, when rustg itself
// is built (gen/prelude_keys_gen.cpp writes gen/prelude_keys.cpp), not lexed again per build.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "lex/lex.h"

namespace rustg {

// One file's trigger names as computed from its tokens.
struct PreludeFileKeys {
  // Names whose use in a crate needs the file: its types and traits (or, for a file of impls
  // only, its fns).
  std::vector<std::string> defines;
  // Whether `defines` are matched only against names after `.` or `::` (a file of impls only).
  bool by_member = false;
  // Every other name the file uses (what a needed file may need from other files).
  std::vector<std::string> mentions;
  // Extra method-like triggers from a `// rustg-prelude-keys: a b` line.
  std::vector<std::string> keys;
};

// The trigger names of file f of `src` (lexed into `tokens`), whose text is `text`.
auto ComputePreludeFileKeys(const SourceBuffer& src, const TokenBuffer& tokens, FileId f,
                            std::string_view text) -> PreludeFileKeys;

}  // namespace rustg
