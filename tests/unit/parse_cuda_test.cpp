// The parser's count-then-write protocol and the CUDA parser against the CPU parser: identical
// trees and diagnostics on the parse/ui/lex goldens, the fuzz corpus, random token soup, nesting
// around the depth limit, and the corpus when it is present.
//
// ParseEngine.* run here on every machine: they drive the shared engine on the host with the
// CUDA backend's sinks (count, scan, write), so the protocol and the engine's read-back bound are
// checked without a device. ParseCuda.* run the real kernels and skip without a CUDA device.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/cuda_device.h"
#include "base/diag.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/engine/parser.h"
#include "parse/engine/sinks.h"
#include "parse/parse.h"
#include "parse/render_diag.h"

#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
#include "parse/cuda/parse_cuda.h"
#endif

namespace rustg {
namespace {

namespace fs = std::filesystem;

#define RUSTG_REQUIRE_CUDA()                                                           \
  do {                                                                                 \
    if (!CudaDeviceAvailable()) GTEST_SKIP() << "no CUDA device (or CUDA not built)"; \
  } while (0)

auto ReadFile(const fs::path& p) -> std::string {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every diagnostic rendered, in the printed (sorted) order and in emission order.
auto Rendered(const DiagSink& diags, const SourceBuffer& src) -> std::string {
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) out += RenderHuman(d, src, false) + "\n";
  out += "--- emission order ---\n";
  for (const Diagnostic& d : diags.all()) out += std::string(DiagKindName(d.kind)) + "\n";
  return out;
}

// The CUDA backend's algorithm on the host: a counting pass per file, an exclusive scan of the
// counts, a writing pass per file into the final arrays, then the host renderer. Fails the test
// when the engine reads back a node older than the counting sink keeps.
auto ParseCountThenWrite(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags) -> Tree {
  uint32_t n_files = src.file_count();
  std::vector<uint32_t> ids(tokens.size() + 2), stack(tokens.size() + 2);
  std::vector<TokenKind> kinds(tokens.size() + 2);
  parse_engine::ParseScratch scratch{ids.data(), kinds.data(), stack.data()};
  parse_engine::TokenView in{src.data(), tokens.kind.data(), tokens.start.data()};
  auto range = [&](uint32_t f) {
    return std::pair(tokens.file_begin(FileId(f)).index, tokens.file_end(FileId(f)).index);
  };
  std::vector<uint32_t> node_off(n_files + 1, 0), diag_off(n_files + 1, 0);
  for (uint32_t f = 0; f < n_files; ++f) {
    auto [b, e] = range(f);
    parse_engine::CountSink count;
    parse_engine::Parser<parse_engine::CountSink> p(in, b, e, src.edition(FileId(f)), scratch, count);
    p.ParseFile();
    EXPECT_FALSE(count.overrun) << src.path(FileId(f)) << ": read back past the counting sink's ring";
    EXPECT_EQ(count.nodes, p.node_count());
    node_off[f + 1] = node_off[f] + p.node_count();
    diag_off[f + 1] = diag_off[f] + count.diags;
  }
  Tree out;
  out.kind.resize(node_off[n_files]);
  out.token.resize(node_off[n_files]);
  out.subtree_size.resize(node_off[n_files]);
  out.file_first_node = node_off;
  std::vector<ParseDiagRecord> records(diag_off[n_files]);
  for (uint32_t f = 0; f < n_files; ++f) {
    auto [b, e] = range(f);
    uint32_t at = node_off[f];
    parse_engine::WriteSink write{out.kind.data() + at, out.token.data() + at, out.subtree_size.data() + at,
                                  records.data() + diag_off[f], 0};
    parse_engine::Parser<parse_engine::WriteSink> p(in, b, e, src.edition(FileId(f)), scratch, write);
    p.ParseFile();
    EXPECT_EQ(p.node_count(), node_off[f + 1] - node_off[f]);
    EXPECT_EQ(write.d, diag_off[f + 1] - diag_off[f]);
  }
  for (uint32_t f = 0; f < n_files; ++f) {
    if (diag_off[f] != diag_off[f + 1])
      RenderParseDiags(records.data() + diag_off[f], diag_off[f + 1] - diag_off[f], src, tokens, FileId(f), diags);
  }
  return out;
}

void ExpectSameTree(const Tree& cpu, const Tree& other, const SourceBuffer& src) {
  ASSERT_EQ(cpu.file_first_node, other.file_first_node);
  ASSERT_EQ(cpu.size(), other.size());
  for (uint32_t i = 0; i < cpu.size(); ++i) {
    ASSERT_EQ(cpu.kind[i], other.kind[i]) << "node " << i;
    ASSERT_EQ(cpu.token[i], other.token[i]) << "node " << i;
    ASSERT_EQ(cpu.subtree_size[i], other.subtree_size[i]) << "node " << i;
  }
}

enum class Via { CountThenWrite, Cuda };

// Lexes on the CPU, parses on the CPU and by `via`, and expects identical trees and diagnostics.
void ExpectSame(const SourceBuffer& src, Via via) {
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  DiagSink cpu_diags;
  Tree cpu = Parse(src, tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
  DiagSink other_diags;
  Tree other;
  if (via == Via::CountThenWrite) {
    other = ParseCountThenWrite(src, tokens, other_diags);
  } else {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
    std::string error;
    std::optional<Tree> gpu = ParseCuda(src, tokens, other_diags, nullptr, &error);
    ASSERT_TRUE(gpu.has_value()) << error;
    other = std::move(*gpu);
#else
    GTEST_SKIP() << "CUDA backend not built";
#endif
  }
  ExpectSameTree(cpu, other, src);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(other_diags, src));
}

// The repository: $RUSTG_SOURCE_DIR (for a copied tree), else where this file was compiled.
auto SourceDir() -> fs::path {
  if (const char* env = std::getenv("RUSTG_SOURCE_DIR")) return env;
  return fs::path(__FILE__).parent_path().parent_path().parent_path();
}

// Every .rs file under the given folders, sorted, in one buffer and one edition.
auto FilesIn(std::initializer_list<fs::path> dirs, Edition edition) -> SourceBuffer {
  SourceBuffer src;
  DiagSink diags;
  std::vector<fs::path> paths;
  for (const fs::path& dir : dirs) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".rs") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) src.AddFile(p.string(), ReadFile(p), edition, diags);
  return src;
}

auto GoldenInputs(Edition edition) -> SourceBuffer {
  fs::path t = SourceDir() / "tests";
  return FilesIn({t / "parse", t / "ui", t / "lex"}, edition);
}

auto FuzzInputs(Edition edition) -> SourceBuffer { return FilesIn({SourceDir() / "fuzz" / "corpus"}, edition); }

// Random sequences of Rust tokens and fragments: mostly bad input, so error recovery, compound
// token splitting, delimiter errors and most diagnostics show up.
auto RandomInputs() -> SourceBuffer {
  static const char* kPieces[] = {
      "fn", "(", ")", "{", "}", "[", "]", "<", ">", ">>", ">=", ">>=", "<<", "::", "let", "match", "=>", ",", ";",
      "x", "1", "0.1", "'a", "&&", "||", "|", "..", "..=", "...", "as", "impl", "dyn", "#[a]", "#![b]", "!", "?",
      ".", "struct", "enum", "where", "for", "if", "else", "->", "+", "=", "*", "const", "mut", "unsafe", "pub",
      "use", "mod", "self", "Self", "async", "await", "move", "return", "/// d\n", "//! i\n", "union", "default",
      "macro_rules", "'c'", "\"s\"", "trait", "type", "static", "extern", "crate", "loop", "while", "in", "box",
      "ref", "_", "&", "-", "==", "<-", "+=", "static", "yield", "try", "raw", "auto", "@", "~", "$", "Vec"};
  std::mt19937 rng(20261130);
  SourceBuffer src;
  DiagSink diags;
  for (int f = 0; f < 600; ++f) {
    std::string s;
    size_t len = rng() % 80;
    for (size_t i = 0; i < len; ++i) {
      s += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
      s += ' ';
    }
    Edition e = f % 3 == 0 ? Edition::k2015 : f % 3 == 1 ? Edition::k2018 : Edition::k2021;
    std::string name = "r";
    name += std::to_string(f);
    src.AddFile(name + ".rs", s, e, diags);
  }
  return src;
}

auto Repeat(const std::string& s, int n) -> std::string {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Nesting of every recursive construct at depths below, at and past the limit (256): the GPU's
// stack must hold the deepest frames the limit allows.
auto DeepInputs() -> SourceBuffer {
  SourceBuffer src;
  DiagSink diags;
  int k = 0;
  for (int n : {50, 200, 255, 256, 257, 300, 1000}) {
    auto add = [&](const std::string& s) { src.AddFile("deep" + std::to_string(k++) + ".rs", s, Edition::k2021, diags); };
    add("fn f() { let x = " + Repeat("(", n) + "1" + Repeat(")", n) + "; }");
    add("fn f() " + Repeat("{", n) + Repeat("}", n));
    add("fn f() { let x = " + Repeat("-", n) + "1; }");
    add("fn f() { let x = " + Repeat("&mut ", n) + "1; }");
    add("fn f() { let x = " + Repeat("[", n) + "1" + Repeat("]", n) + "; }");
    add("fn f() { " + Repeat("a = ", n) + "1; }");
    add("fn f() { " + Repeat("if a { 1 } else ", n) + "{ 2 } }");
    add("fn f() { " + Repeat("match x { _ => ", n) + "1" + Repeat(" }", n) + " }");
    add("fn f() { " + Repeat("|| ", n) + "1; }");
    add("fn f() { " + Repeat("S { a: ", n) + "1" + Repeat(" }", n) + "; }");
    add("fn f() { " + Repeat("#[a] ", n) + "1; }");
    add("fn f() { x" + Repeat(".f(", n) + Repeat(")", n) + "; }");
    add("fn f() { let " + Repeat("(", n) + "x" + Repeat(")", n) + " = 1; }");
    add("fn f() { let " + Repeat("[", n) + "x" + Repeat("]", n) + " = 1; }");
    add("fn f() { let " + Repeat("&", n) + "x = 1; }");
    add("fn f() { let " + Repeat("S(", n) + "x" + Repeat(")", n) + " = 1; }");
    add("type T = " + Repeat("&", n) + "u8;");
    add("type T = " + Repeat("[", n) + "u8" + Repeat("]", n) + ";");
    add("type T = " + Repeat("(", n) + "u8" + Repeat(")", n) + ";");
    add("type T = " + Repeat("Vec<", n) + "u8" + Repeat(">", n) + ";");
    add("type T = " + Repeat("Vec<", n) + "u8" + Repeat(">>", n / 2) + ";");
    add("type T = " + Repeat("fn(", n) + "u8" + Repeat(")", n) + ";");
    add("type T = " + Repeat("*const ", n) + "u8;");
    add("fn f<T: " + Repeat("A<", n) + "B" + Repeat(">", n) + ">() {}");
    add(Repeat("mod m { ", n) + Repeat("}", n));
    add(Repeat("impl A { fn f() { ", n) + Repeat("} }", n));
    add("use " + Repeat("a::{", n) + "b" + Repeat("}", n) + ";");
    add("fn f() { let x = " + Repeat("[1; ", n) + "1" + Repeat("]", n) + "; }");
    add("fn f() { " + Repeat("loop { ", n) + Repeat("}", n) + " }");
    add("fn f() { " + Repeat("unsafe { ", n) + Repeat("}", n) + " }");
    add("fn f() { let x = " + Repeat("(1, ", n) + "1" + Repeat(")", n) + "; }");
    add("fn f() { let x = " + Repeat("1 + (", n) + "1" + Repeat(")", n) + "; }");
    add("fn f() { let x = " + Repeat("(", n) + "1" + "; }");  // unclosed: quiet parse
  }
  return src;
}

// The corpus manifest: $RUSTG_CORPUS, else .cache/corpus of the repository.
auto CorpusInputs(bool* present) -> SourceBuffer {
  fs::path dir = SourceDir() / ".cache" / "corpus";
  if (const char* env = std::getenv("RUSTG_CORPUS")) dir = env;
  SourceBuffer src;
  std::ifstream manifest(dir / "manifest.tsv");
  *present = static_cast<bool>(manifest);
  DiagSink diags;
  for (std::string line; std::getline(manifest, line);) {
    // group \t edition \t path
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    Edition e = ParseEdition(line.substr(a + 1, b - a - 1)).value_or(Edition::k2021);
    fs::path p = dir / line.substr(b + 1);
    src.AddFile(p.string(), ReadFile(p), e, diags);
  }
  return src;
}

constexpr Edition kEditions[] = {Edition::k2015, Edition::k2018, Edition::k2021};

TEST(ParseEngine, CountThenWriteGoldens) {
  for (Edition e : kEditions) {
    SourceBuffer src = GoldenInputs(e);
    ASSERT_GT(src.file_count(), 50u);
    ExpectSame(src, Via::CountThenWrite);
  }
}

TEST(ParseEngine, CountThenWriteFuzzCorpus) {
  for (Edition e : kEditions) {
    SourceBuffer src = FuzzInputs(e);
    ASSERT_GT(src.file_count(), 0u);
    ExpectSame(src, Via::CountThenWrite);
  }
}

TEST(ParseEngine, CountThenWriteRandom) { ExpectSame(RandomInputs(), Via::CountThenWrite); }

TEST(ParseEngine, CountThenWriteDeep) { ExpectSame(DeepInputs(), Via::CountThenWrite); }

TEST(ParseEngine, CountThenWriteCorpus) {
  bool present = false;
  SourceBuffer src = CorpusInputs(&present);
  if (!present) GTEST_SKIP() << "corpus not present (set RUSTG_CORPUS or run ./x corpus)";
  ExpectSame(src, Via::CountThenWrite);
}

TEST(ParseCuda, Goldens) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : kEditions) ExpectSame(GoldenInputs(e), Via::Cuda);
}

TEST(ParseCuda, FuzzCorpus) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : kEditions) ExpectSame(FuzzInputs(e), Via::Cuda);
}

TEST(ParseCuda, Random) {
  RUSTG_REQUIRE_CUDA();
  ExpectSame(RandomInputs(), Via::Cuda);
}

TEST(ParseCuda, DeepNestingFitsTheDeviceStack) {
  RUSTG_REQUIRE_CUDA();
  ExpectSame(DeepInputs(), Via::Cuda);
}

TEST(ParseCuda, Corpus) {
  RUSTG_REQUIRE_CUDA();
  bool present = false;
  SourceBuffer src = CorpusInputs(&present);
  if (!present) GTEST_SKIP() << "corpus not present (set RUSTG_CORPUS or run ./x corpus)";
  ExpectSame(src, Via::Cuda);
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  // Wall times for information (the CUDA runtime is initialized by now).
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  auto time = [](auto&& f) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  for (int i = 0; i < 3; ++i) {
    DiagSink d1, d2;
    std::string error;
    double cpu_ms = time([&] { Parse(src, tokens, PassOptions{Backend::Cpu, 0}, d1); });
    double gpu_ms = time([&] { ParseCuda(src, tokens, d2, nullptr, &error); });
    std::printf("corpus: %u files, %u tokens: parse CPU (all threads) %.1f ms, CUDA %.1f ms\n", src.file_count(),
                tokens.size(), cpu_ms, gpu_ms);
  }
#endif
}

// Without a device, Parse with the CUDA backend warns and returns the CPU result.
TEST(ParseCuda, FallsBackWithoutDevice) {
  if (CudaDeviceAvailable()) GTEST_SKIP() << "a CUDA device is present";
  SourceBuffer src = GoldenInputs(Edition::k2021);
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  DiagSink cpu_diags, cuda_diags;
  Tree cpu = Parse(src, tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
  Tree cuda = Parse(src, tokens, PassOptions{Backend::Cuda, 0}, cuda_diags);
  ExpectSameTree(cpu, cuda, src);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(cuda_diags, src));
}

}  // namespace
}  // namespace rustg
