// The CUDA lexer against the CPU lexer: identical tokens and diagnostics on the lexer goldens, on
// inputs whose literals and comments straddle chunk boundaries (small chunks), on random
// Rust-like bytes, and on the corpus when it is present. Every test skips without a CUDA device.
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
#include "test_inputs.h"

#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
#include "lex/cuda/lex_cuda.h"
#endif

namespace rustg {
namespace {

namespace fs = std::filesystem;

#define RUSTG_REQUIRE_CUDA()                                                           \
  do {                                                                                 \
    if (!CudaDeviceAvailable()) GTEST_SKIP() << "no CUDA device (or CUDA not built)"; \
  } while (0)

// Sets RUSTG_CUDA_LEX_CHUNK for one scope.
class ChunkSizeScope {
 public:
  explicit ChunkSizeScope(uint32_t bytes) { setenv("RUSTG_CUDA_LEX_CHUNK", std::to_string(bytes).c_str(), 1); }
  ~ChunkSizeScope() { unsetenv("RUSTG_CUDA_LEX_CHUNK"); }
};

using test_inputs::ReadFile;
using test_inputs::SourceDir;

// Every diagnostic rendered, in the printed (sorted) order and in emission order.
auto Rendered(const DiagSink& diags, const SourceBuffer& src) -> std::string {
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) out += RenderHuman(d, src, false) + "\n";
  out += "--- emission order ---\n";
  for (const Diagnostic& d : diags.all()) out += std::string(DiagKindName(d.kind)) + "\n";
  return out;
}

// Lexes `src` on both backends and expects identical output.
void ExpectSame(const SourceBuffer& src) {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  DiagSink cpu_diags;
  TokenBuffer cpu = Lex(src, PassOptions{Backend::Cpu, 0}, cpu_diags);
  DiagSink gpu_diags;
  std::string error;
  std::optional<TokenBuffer> gpu = LexCuda(src, gpu_diags, nullptr, &error);
  ASSERT_TRUE(gpu.has_value()) << error;
  ASSERT_EQ(cpu.file_first_token, gpu->file_first_token);
  ASSERT_EQ(cpu.size(), gpu->size());
  for (uint32_t i = 0; i < cpu.size(); ++i) {
    ASSERT_EQ(cpu.kind[i], gpu->kind[i]) << "token " << i << " at " << cpu.start[i];
    ASSERT_EQ(cpu.start[i], gpu->start[i]) << "token " << i;
  }
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(gpu_diags, src));
#else
  (void)src;
  GTEST_SKIP() << "CUDA backend not built";
#endif
}

// All tests/lex inputs in one buffer, in one edition.
auto GoldenInputs(Edition edition) -> SourceBuffer {
  SourceBuffer src;
  DiagSink diags;
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(SourceDir() / "tests" / "lex")) {
    if (e.path().extension() == ".rs") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) src.AddFile(p.string(), ReadFile(p), edition, diags);
  return src;
}

TEST(LexCuda, GoldenInputs) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : {Edition::k2015, Edition::k2018, Edition::k2021}) {
    SourceBuffer src = GoldenInputs(e);
    ASSERT_GT(src.file_count(), 0u);
    ExpectSame(src);
  }
}

TEST(LexCuda, GoldenInputsSmallChunks) {
  RUSTG_REQUIRE_CUDA();
  for (uint32_t chunk : {32u, 64u, 96u, 256u}) {
    ChunkSizeScope scope(chunk);
    ExpectSame(GoldenInputs(Edition::k2021));
  }
}

// Literals and comments that span several chunks, and chunk edges inside multi-byte chars,
// CRLFs, raw-string hash runs and runs of unknown chars.
TEST(LexCuda, StraddlingChunks) {
  RUSTG_REQUIRE_CUDA();
  std::vector<std::string> inputs = {
      "fn main() { let s = \"" + std::string(300, 'x') + "\\n\\q\"; }\n",
      "/* outer /* nested " + std::string(200, '*') + " */ still */ after\n",
      "/* unterminated /* nested */ " + std::string(150, ' ') + "\n",
      "let r = r###\"" + std::string(100, '"') + "##\" \"# " + std::string(100, '#') + "\"###;\n",
      "let r = r##\"never closed \"# " + std::string(120, 'a') + "\n",
      "let s = b\"" + std::string(70, 'y') + "\xc3\xa9\"; let c = '\\u{1F980}'; 'lifetime 'a'\n",
      std::string(100, '\xc3') + "\xa9 \xe2\x80\x8f" + std::string(40, ' ') + "\xf0\x9f\xa6\x80 \xe2\x82\xac\xe2\x82\xac",
      "#!/usr/bin/env run " + std::string(80, 'z') + "\nfn f() {}\n",
      "\xef\xbb\xbf#![allow(x)]\r\n// comment\r\n/// doc\r" + std::string(90, 'q') + "\r\n",
      "0x1F 0b102 1e 1.0e+ 0XAB 1u33 2.5f7 1__ " + std::string(64, '9') + "i128 'a 'ab' '\\x80'\n",
      std::string(130, '\0') + "a" + std::string(70, '$'),
      "\"" + std::string(3 * 64, '\\') + "\" '" + std::string(65, '/') + "'\n",
  };
  SourceBuffer src;
  DiagSink diags;
  for (size_t i = 0; i < inputs.size(); ++i) src.AddFile(std::string("s").append(std::to_string(i)).append(".rs"), inputs[i], Edition::k2021, diags);
  src.AddFile("empty.rs", "", Edition::k2021, diags);
  for (uint32_t chunk : {32u, 64u, 128u, 4096u}) {
    ChunkSizeScope scope(chunk);
    ExpectSame(src);
  }
}

// Random Rust-like bytes: quotes, comment openers, hashes and escapes land on chunk edges.
TEST(LexCuda, RandomInputs) {
  RUSTG_REQUIRE_CUDA();
  static const char* kPieces[] = {"\"", "'", "/*", "*/", "//", "\n", "\r", " ", "r#", "#", "br", "b'", "c\"",
                                  "\\", "\\u{", "}", "0x", "1.", "e", "_", "ab", "'a", "\xc3\xa9", "\xf0\x9f\xa6\x80",
                                  "\xe2\x82\xac", "\xff", "fn", "r\"", "\"#", "$", "\0"};
  std::mt19937 rng(12345);
  SourceBuffer src;
  DiagSink diags;
  for (int f = 0; f < 200; ++f) {
    std::string s;
    size_t len = rng() % 600;
    while (s.size() < len) s += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
    Edition e = f % 3 == 0 ? Edition::k2015 : f % 3 == 1 ? Edition::k2018 : Edition::k2021;
    src.AddFile(std::string("r").append(std::to_string(f)).append(".rs"), s, e, diags);
  }
  for (uint32_t chunk : {32u, 64u, 160u}) {
    ChunkSizeScope scope(chunk);
    ExpectSame(src);
  }
}

// The whole corpus (tools/corpus.sh) in one buffer, at the default and other chunk sizes.
TEST(LexCuda, Corpus) {
  RUSTG_REQUIRE_CUDA();
  SourceBuffer src;
  if (!test_inputs::AddCorpus(src)) GTEST_SKIP() << "no corpus at " << test_inputs::CorpusDir();
  ASSERT_GT(src.file_count(), 0u);
  ExpectSame(src);
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  // Wall times for information (the CUDA runtime is initialized by now).
  auto time = [](auto&& f) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  for (int i = 0; i < 3; ++i) {
    DiagSink d1, d2;
    std::string error;
    double cpu_ms = time([&] { Lex(src, PassOptions{Backend::Cpu, 0}, d1); });
    double gpu_ms = time([&] { LexCuda(src, d2, nullptr, &error); });
    std::printf("corpus: %u files, %u bytes: CPU (all threads) %.1f ms, CUDA %.1f ms\n", src.file_count(), src.size(),
                cpu_ms, gpu_ms);
  }
#endif
  for (uint32_t chunk : {256u, 4096u}) {
    ChunkSizeScope scope(chunk);
    ExpectSame(src);
  }
}

// Without a device, Lex with the CUDA backend warns and returns the CPU result.
TEST(LexCuda, FallsBackWithoutDevice) {
  if (CudaDeviceAvailable()) GTEST_SKIP() << "a CUDA device is present";
  SourceBuffer src = GoldenInputs(Edition::k2021);
  DiagSink cpu_diags, cuda_diags;
  TokenBuffer cpu = Lex(src, PassOptions{Backend::Cpu, 0}, cpu_diags);
  TokenBuffer cuda = Lex(src, PassOptions{Backend::Cuda, 0}, cuda_diags);
  EXPECT_EQ(cpu.kind, cuda.kind);
  EXPECT_EQ(cpu.start, cuda.start);
  EXPECT_EQ(cpu.file_first_token, cuda.file_first_token);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(cuda_diags, src));
}

}  // namespace
}  // namespace rustg
