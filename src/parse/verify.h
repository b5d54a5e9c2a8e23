// Structural checks of the front end's output (tokens and tree), for fuzzing and tests.
#pragma once

#include <string>

#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// Checks every invariant that lex.h and parse.h promise: each file's tokens cover its text without
// gaps and end with an Eof at the file's end; each file's tree is a well-formed postorder array
// rooted at one SourceFile, with token ids inside the file. Returns "" when all hold, else a
// one-paragraph description of the first violation found.
auto VerifyFrontend(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree) -> std::string;

}  // namespace rustg
