// The lexer's interface: source bytes in, a struct-of-arrays TokenBuffer out. This header is all
// that other passes include; lex/cpu/ (and later lex/cuda/) implement it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/backend.h"
#include "base/column.h"
#include "base/diag.h"
#include "base/id.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/token_kind.h"

namespace rustg {

// Every token of every file of a build, trivia included, in source order.
// Tokens of one file cover it without gaps: token i spans [start[i], start[i + 1]). Each file's
// tokens end with an Eof token whose start is the file's end and whose text is empty.
struct TokenBuffer {
  // Kind of each token.
  Column<TokenKind> kind;
  // Global byte offset (into SourceBuffer) of each token's first byte.
  Column<uint32_t> start;
  // Index of each file's first token, plus a sentinel equal to size().
  std::vector<uint32_t> file_first_token = {0};
  // Nonzero when the CUDA lexer kept a device copy of `kind`, `start` and the source bytes under
  // this tag for the CUDA parser to take instead of uploading them again (lex/cuda/lex_cuda.h).
  // Code that edits `kind` or `start` in place must reset it to 0.
  uint64_t device_tag = 0;

  // Number of tokens.
  auto size() const -> uint32_t { return static_cast<uint32_t>(kind.size()); }
  // Global byte offset one past the token's last byte.
  auto end(TokenId t) const -> uint32_t {
    return kind[t.index] == TokenKind::Eof ? start[t.index] : start[t.index + 1];
  }
  // The token's text.
  auto text(const SourceBuffer& src, TokenId t) const -> std::string_view {
    return src.slice(start[t.index], end(t));
  }
  // First token of file f.
  auto file_begin(FileId f) const -> TokenId { return TokenId(file_first_token[f.index]); }
  // One past the last token (the Eof) of file f.
  auto file_end(FileId f) const -> TokenId { return TokenId(file_first_token[f.index + 1]); }
};

// Lexes every file of `src` (each with its own edition). Never fails: malformed input becomes
// tokens (Unknown or a literal kind) plus diagnostics. The CPU backend lexes files in parallel.
auto Lex(const SourceBuffer& src, const PassOptions& opts, DiagSink& diags, Timings* timings = nullptr)
    -> TokenBuffer;

// The stable text format of `--dump=tokens` for one file: one line per token,
// `line:col Kind "escaped text"`.
auto DumpTokens(const SourceBuffer& src, const TokenBuffer& tokens, FileId f) -> std::string;

}  // namespace rustg
