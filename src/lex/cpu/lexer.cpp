// Lex() on the CPU: files are lexed in parallel (a oneTBB pipeline) into scratch chunks that are
// appended in file order, so the output does not depend on the thread count. With one thread, a
// single reused chunk is appended file by file.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include "lex/cpu/file_lexer.h"
#include "base/huge_pages.h"
#include "lex/lex.h"

#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
#include "lex/cuda/lex_cuda.h"
#endif

namespace rustg {
namespace {

// One file's tokens and diagnostics before they are placed in the output.
struct Chunk {
  uint32_t file = 0;
  uint32_t count = 0;
  size_t capacity = 0;
  std::unique_ptr<TokenKind[]> kind;
  std::unique_ptr<uint32_t[]> start;
  DiagSink diags;
  std::vector<LexDiagRecord> records;
};

void LexInto(const SourceBuffer& src, Chunk& c, Timings* timings) {
  FileId f(c.file);
  uint32_t begin = src.file_begin(f);
  uint32_t end = src.file_end(f);
  // Every token but Eof (and a leading BOM) covers at least one byte.
  size_t need = static_cast<size_t>(end - begin) + 2;
  if (need > c.capacity) {
    c.capacity = std::max(need, c.capacity * 2);
    c.kind.reset(new TokenKind[c.capacity]);
    c.start.reset(new uint32_t[c.capacity]);
  }
  if (timings != nullptr && timings->enabled()) {
    ScopedSpan span(timings, "lex", "file", src.path(f));
    c.count = LexFile(src, f, c.diags, c.kind.get(), c.start.get(), c.records);
  } else {
    c.count = LexFile(src, f, c.diags, c.kind.get(), c.start.get(), c.records);
  }
}

// One thread: lex each file straight into the output columns when their reserved room holds the
// file's worst case (size + 2 tokens), so every token is written once, to fresh memory; else into a
// reused scratch chunk that is then appended (the columns grow).
void LexSequential(const SourceBuffer& src, TokenBuffer& out, DiagSink& diags, Timings* timings) {
  Chunk c;
  std::vector<LexDiagRecord> records;
  for (uint32_t i = 0; i < src.file_count(); ++i) {
    FileId f(i);
    size_t at = out.kind.size();
    size_t need = static_cast<size_t>(src.file_end(f) - src.file_begin(f)) + 2;
    if (out.kind.capacity() - at >= need && out.start.capacity() - at >= need) {
      // Column::resize leaves the new elements unwritten; the lexer writes the first `count`.
      out.kind.resize(at + need);
      out.start.resize(at + need);
      uint32_t count;
      if (timings != nullptr && timings->enabled()) {
        ScopedSpan span(timings, "lex", "file", src.path(f));
        count = LexFile(src, f, diags, out.kind.data() + at, out.start.data() + at, records);
      } else {
        count = LexFile(src, f, diags, out.kind.data() + at, out.start.data() + at, records);
      }
      out.kind.resize(at + count);
      out.start.resize(at + count);
    } else {
      c.file = i;
      LexInto(src, c, timings);
      AppendToColumn(out.kind, c.kind.get(), c.count);
      AppendToColumn(out.start, c.start.get(), c.count);
      if (!c.diags.empty()) diags.Append(std::move(c.diags));
    }
    out.file_first_token.push_back(static_cast<uint32_t>(out.kind.size()));
  }
}

// Several threads: a pipeline lexes files in parallel into recycled chunks while one stage
// appends finished chunks in file order, so writing the output (page faults included) overlaps
// the lexing and each token is written to fresh memory once.
void LexPipelined(const SourceBuffer& src, TokenBuffer& out, DiagSink& diags, Timings* timings) {
  uint32_t n = src.file_count();
  size_t in_flight = static_cast<size_t>(std::max(1, tbb::this_task_arena::max_concurrency())) * 4;
  std::vector<Chunk> chunks(in_flight);
  // Chunks are handed out round-robin: at most in_flight are between the first and last stage, and
  // the last stage runs in order, so chunk i % in_flight is free again when file i enters.
  uint32_t next = 0;
  tbb::parallel_pipeline(
      in_flight,
      tbb::make_filter<void, Chunk*>(tbb::filter_mode::serial_in_order,
                                     [&](tbb::flow_control& fc) -> Chunk* {
                                       if (next == n) {
                                         fc.stop();
                                         return nullptr;
                                       }
                                       Chunk* c = &chunks[next % in_flight];
                                       c->file = next++;
                                       return c;
                                     }) &
          tbb::make_filter<Chunk*, Chunk*>(tbb::filter_mode::parallel,
                                           [&](Chunk* c) {
                                             LexInto(src, *c, timings);
                                             return c;
                                           }) &
          tbb::make_filter<Chunk*, void>(tbb::filter_mode::serial_in_order, [&](Chunk* c) {
            AppendToColumn(out.kind, c->kind.get(), c->count);
            AppendToColumn(out.start, c->start.get(), c->count);
            out.file_first_token.push_back(static_cast<uint32_t>(out.kind.size()));
            if (!c->diags.empty()) diags.Append(std::move(c->diags));
          }));
}

}  // namespace

auto Lex(const SourceBuffer& src, const PassOptions& opts, DiagSink& diags, Timings* timings) -> TokenBuffer {
  if (opts.backend == Backend::Cuda) {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
    std::string error;
    if (auto tokens = LexCuda(src, diags, timings, &error)) return std::move(*tokens);
    std::fprintf(stderr, "warning: CUDA lexer unavailable (%s); using the CPU backend\n", error.c_str());
#else
    std::fprintf(stderr, "warning: the CUDA backend is not built into this rustg; using the CPU backend\n");
#endif
  }
  uint32_t n = src.file_count();
  TokenBuffer out;
  if (n == 0) return out;
  auto run = [&] {
    uint64_t bytes = 0;
    for (uint32_t i = 0; i < n; ++i) bytes += src.file_end(FileId(i)) - src.file_begin(FileId(i));
    // Real Rust has 4 to 5 bytes per token; the vectors grow if the input is denser. Pages that are
    // reserved but never written cost nothing.
    size_t estimate = static_cast<size_t>(bytes / 3 + 16ull * n + 16);
    ReserveHuge(out.kind, estimate);
    ReserveHuge(out.start, estimate);
    out.file_first_token.reserve(n + 1);
    if (n == 1 || opts.threads == 1 || tbb::this_task_arena::max_concurrency() == 1) {
      LexSequential(src, out, diags, timings);
    } else {
      LexPipelined(src, out, diags, timings);
    }
  };
  if (opts.threads == 1) {
    // No arena: starting TBB's scheduler costs ~1 ms, most of a one-file `rustg build`'s front end.
    run();
  } else if (opts.threads != 0) {
    // opts.threads == 0 uses the caller's arena (all cores unless a tbb::global_control limits it).
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(run);
  } else {
    run();
  }
  return out;
}

}  // namespace rustg
