// Lex() on the CPU: files are lexed in parallel (oneTBB), each into its own columns and DiagSink,
// then concatenated in file order, so the output does not depend on the thread count.
#include <memory>
#include <numeric>
#include <vector>

#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "lex/cpu/file_lexer.h"
#include "lex/lex.h"

namespace rustg {
namespace {

// One file's tokens and diagnostics before concatenation.
struct FileTokens {
  std::vector<TokenKind> kind;
  std::vector<uint32_t> start;
  DiagSink diags;
};

void LexOne(const SourceBuffer& src, FileId f, FileTokens& out, Timings* timings) {
  auto run = [&] {
    uint32_t begin = src.file_begin(f);
    uint32_t end = src.file_end(f);
    // About one token per 3 bytes of real Rust; the vectors grow if a file is denser.
    size_t estimate = (end - begin) / 3 + 16;
    out.kind.reserve(estimate);
    out.start.reserve(estimate);
    LexFile(src.data(), begin, end, src.edition(f), out.diags, out.kind, out.start);
  };
  if (timings != nullptr && timings->enabled()) {
    ScopedSpan span(timings, "lex", "file", src.path(f));
    run();
  } else {
    run();
  }
}

}  // namespace

auto Lex(const SourceBuffer& src, const PassOptions& opts, DiagSink& diags, Timings* timings) -> TokenBuffer {
  uint32_t n = src.file_count();
  std::vector<FileTokens> per_file(n);
  auto body = [&] {
    tbb::parallel_for(tbb::blocked_range<uint32_t>(0, n, 1), [&](const tbb::blocked_range<uint32_t>& r) {
      for (uint32_t i = r.begin(); i != r.end(); ++i) LexOne(src, FileId(i), per_file[i], timings);
    });
  };
  if (n <= 1) {
    if (n == 1) LexOne(src, FileId(0), per_file[0], timings);
  } else if (opts.threads == 0) {
    body();
  } else {
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(body);
  }

  TokenBuffer out;
  out.file_first_token.resize(n + 1);
  out.file_first_token[0] = 0;
  for (uint32_t i = 0; i < n; ++i) {
    out.file_first_token[i + 1] = out.file_first_token[i] + static_cast<uint32_t>(per_file[i].kind.size());
  }
  uint32_t total = out.file_first_token[n];
  out.kind.resize(total);
  out.start.resize(total);
  auto copy = [&](uint32_t i) {
    uint32_t at = out.file_first_token[i];
    std::copy(per_file[i].kind.begin(), per_file[i].kind.end(), out.kind.begin() + at);
    std::copy(per_file[i].start.begin(), per_file[i].start.end(), out.start.begin() + at);
    std::vector<TokenKind>().swap(per_file[i].kind);
    std::vector<uint32_t>().swap(per_file[i].start);
  };
  if (n > 1 && total > (1u << 20)) {
    tbb::parallel_for(uint32_t{0}, n, copy);
  } else {
    for (uint32_t i = 0; i < n; ++i) copy(i);
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (!per_file[i].diags.empty()) diags.Append(std::move(per_file[i].diags));
  }
  return out;
}

}  // namespace rustg
