// The CPU backend of the parser: runs the shared parser engine (parse/engine/) once per file,
// files in parallel with oneTBB, and renders the engine's diagnostic records on the host.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "base/huge_pages.h"
#include "parse/engine/parser.h"
#include "parse/parse.h"
#include "parse/render_diag.h"

#ifdef RUSTG_HAVE_CUDA
#include "parse/cuda/parse_cuda.h"
#endif

namespace rustg {
namespace {

// Per-thread buffers reused from file to file, so parsing a file allocates nothing in the steady
// state: the file's non-trivia tokens, the delimiter stack, the nodes written before they are
// appended to the Tree, and the diagnostic records.
struct Scratch {
  std::unique_ptr<uint32_t[]> ids;
  std::unique_ptr<TokenKind[]> kinds;
  std::unique_ptr<uint32_t[]> stack;
  uint32_t token_cap = 0;
  std::unique_ptr<NodeKind[]> kind;
  std::unique_ptr<TokenId[]> token;
  std::unique_ptr<uint32_t[]> size;
  uint32_t node_cap = 0;
  std::vector<ParseDiagRecord> diags;

  // Makes room for a range of `tokens` tokens and clears the records.
  void Prepare(uint32_t tokens) {
    uint32_t need = tokens + 2;
    if (token_cap < need) {
      token_cap = need + need / 2;
      ids.reset(new uint32_t[token_cap]);
      kinds.reset(new TokenKind[token_cap]);
      stack.reset(new uint32_t[token_cap]);
    }
    if (node_cap < 1024) {
      node_cap = 1024;
      kind.reset(new NodeKind[node_cap]);
      token.reset(new TokenId[node_cap]);
      size.reset(new uint32_t[node_cap]);
    }
    diags.clear();
  }
};

// The engine's output on the CPU: growable node columns in the scratch, records in a vector.
struct ScratchSink {
  // Whole files only: no region checks in the hot cursor.
  static constexpr bool kTrackPeek = false;
  Scratch& sc;
  [[gnu::always_inline]] void Put(uint32_t n, NodeKind kind, TokenId tok, uint32_t size) {
    if (n == sc.node_cap) [[unlikely]]
      Grow();
    sc.kind[n] = kind;
    sc.token[n] = tok;
    sc.size[n] = size;
  }
  auto KindAt(uint32_t n) const -> NodeKind { return sc.kind[n]; }
  auto TokenAt(uint32_t n) const -> TokenId { return sc.token[n]; }
  auto SizeAt(uint32_t n) const -> uint32_t { return sc.size[n]; }
  void PutDiag(const ParseDiagRecord& r) { sc.diags.push_back(r); }
  // Out of line, so that Put stays small enough to inline into every Finish.
  [[gnu::noinline]] void Grow() {
    uint32_t cap = sc.node_cap * 2;
    auto kind = std::make_unique<NodeKind[]>(cap);
    auto token = std::make_unique<TokenId[]>(cap);
    auto size = std::make_unique<uint32_t[]>(cap);
    std::copy(sc.kind.get(), sc.kind.get() + sc.node_cap, kind.get());
    std::copy(sc.token.get(), sc.token.get() + sc.node_cap, token.get());
    std::copy(sc.size.get(), sc.size.get() + sc.node_cap, size.get());
    sc.kind = std::move(kind);
    sc.token = std::move(token);
    sc.size = std::move(size);
    sc.node_cap = cap;
  }
};

// Parses file f with the engine and appends its nodes to `out` and its diagnostics to `diags`.
void ParseOneFile(const SourceBuffer& src, const TokenBuffer& tokens, FileId f, Scratch& sc, Tree& out,
                  DiagSink& diags) {
  uint32_t b = tokens.file_begin(f).index, e = tokens.file_end(f).index;
  sc.Prepare(e - b);
  parse_engine::TokenView in{src.data(), tokens.kind.data(), tokens.start.data()};
  parse_engine::ParseScratch ps{sc.ids.get(), sc.kinds.get(), sc.stack.get()};
  ScratchSink sink{sc};
  parse_engine::Parser<ScratchSink> p(in, b, e, src.edition(f), ps, sink);
  p.ParseFile();
  uint32_t n = p.node_count();
  out.kind.insert(out.kind.end(), sc.kind.get(), sc.kind.get() + n);
  out.token.insert(out.token.end(), sc.token.get(), sc.token.get() + n);
  out.subtree_size.insert(out.subtree_size.end(), sc.size.get(), sc.size.get() + n);
  RenderParseDiags(sc.diags.data(), sc.diags.size(), src, tokens, f, diags);
}

}  // namespace

auto ParseMacroArgs(const SourceBuffer& src, const TokenBuffer& tokens, TokenId open, TokenId close, DiagSink& diags)
    -> Tree {
  thread_local Scratch sc;
  FileId f = src.FileOf(tokens.start[open.index]);
  uint32_t b = open.index + 1, e = close.index;
  sc.Prepare(e - b);
  parse_engine::TokenView in{src.data(), tokens.kind.data(), tokens.start.data()};
  parse_engine::ParseScratch ps{sc.ids.get(), sc.kinds.get(), sc.stack.get()};
  ScratchSink sink{sc};
  parse_engine::Parser<ScratchSink> p(in, b, e, src.edition(f), ps, sink);
  p.AnchorEof(close.index);
  p.ParseMacroArgs();
  Tree out;
  uint32_t n = p.node_count();
  out.kind.assign(sc.kind.get(), sc.kind.get() + n);
  out.token.assign(sc.token.get(), sc.token.get() + n);
  out.subtree_size.assign(sc.size.get(), sc.size.get() + n);
  RenderParseDiags(sc.diags.data(), sc.diags.size(), src, tokens, f, diags);
  return out;
}

auto Parse(const SourceBuffer& src, const TokenBuffer& tokens, const PassOptions& opts, DiagSink& diags,
           Timings* timings) -> Tree {
  if (opts.backend == Backend::Cuda) {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
    std::string error;
    if (auto tree = ParseCuda(src, tokens, diags, timings, &error)) return std::move(*tree);
    std::fprintf(stderr, "warning: CUDA parser unavailable (%s); using the CPU backend\n", error.c_str());
#else
    std::fprintf(stderr, "warning: the CUDA backend is not built into this rustg; using the CPU backend\n");
#endif
  }
  uint32_t n = src.file_count();
  bool spans = timings != nullptr && timings->enabled();
  auto parse_one = [&](uint32_t i, Tree& into, DiagSink& sink) {
    thread_local Scratch scratch;
    FileId f(i);
    std::unique_ptr<ScopedSpan> span;
    if (spans) span = std::make_unique<ScopedSpan>(timings, "parse", "file", src.path(f));
    ParseOneFile(src, tokens, f, scratch, into, sink);
  };
  Tree out;
  out.file_first_node.reserve(n + 1);
  if (n <= 1 || opts.threads == 1) {
    // One thread: parse straight into the output, files in order.
    ReserveHuge(out.kind, tokens.size());
    ReserveHuge(out.token, tokens.size());
    ReserveHuge(out.subtree_size, tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      DiagSink sink;
      parse_one(i, out, sink);
      out.file_first_node.push_back(out.size());
      diags.Append(std::move(sink));
    }
    return out;
  }
  std::vector<Tree> trees(n);
  std::unique_ptr<DiagSink[]> sinks(new DiagSink[n]);
  auto run = [&] {
    tbb::parallel_for(uint32_t(0), n, [&](uint32_t i) { parse_one(i, trees[i], sinks[i]); });
  };
  if (opts.threads != 0) {
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(run);
  } else {
    run();
  }
  // Place each file's nodes by a prefix sum of the node counts and copy them in parallel.
  out.file_first_node.resize(n + 1);
  for (uint32_t i = 0; i < n; ++i) out.file_first_node[i + 1] = out.file_first_node[i] + trees[i].size();
  uint32_t total = out.file_first_node[n];
  ReserveHuge(out.kind, total);
  ReserveHuge(out.token, total);
  ReserveHuge(out.subtree_size, total);
  out.kind.resize(total);
  out.token.resize(total);
  out.subtree_size.resize(total);
  auto copy = [&] {
    tbb::parallel_for(uint32_t(0), n, [&](uint32_t i) {
      Tree& t = trees[i];
      uint32_t at = out.file_first_node[i];
      std::copy(t.kind.begin(), t.kind.end(), out.kind.begin() + at);
      std::copy(t.token.begin(), t.token.end(), out.token.begin() + at);
      std::copy(t.subtree_size.begin(), t.subtree_size.end(), out.subtree_size.begin() + at);
      t = Tree();
    });
  };
  if (opts.threads != 0) {
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(copy);
  } else {
    copy();
  }
  for (uint32_t i = 0; i < n; ++i) diags.Append(std::move(sinks[i]));
  return out;
}

auto LexAndParse(const SourceBuffer& src, const PassOptions& opts, DiagSink& diags, TokenBuffer& tokens,
                 Timings* timings) -> Tree {
  if (opts.backend == Backend::Cuda) {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
    std::string error;
    if (auto both = LexParseCuda(src, diags, timings, &error)) {
      tokens = std::move(both->first);
      return std::move(both->second);
    }
    std::fprintf(stderr, "warning: CUDA lexer and parser unavailable (%s); using the CPU backend\n", error.c_str());
#else
    std::fprintf(stderr, "warning: the CUDA backend is not built into this rustg; using the CPU backend\n");
#endif
    PassOptions cpu = opts;
    cpu.backend = Backend::Cpu;
    tokens = Lex(src, cpu, diags, timings);
    return Parse(src, tokens, cpu, diags, timings);
  }
  tokens = Lex(src, opts, diags, timings);
  return Parse(src, tokens, opts, diags, timings);
}

}  // namespace rustg
