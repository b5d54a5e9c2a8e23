// The lexer DFA (lex/scan/dfa.h) against the scanner it stands in for, on the host: for every chunk
// of the lexer goldens, of random Rust-like bytes and of the corpus when present, DfaScanChunk must
// give ScanRange's token starts, kinds and stop, and name the last token the scanner reports a
// diagnostic for.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/diag.h"
#include "base/source.h"
#include "lex/scan/dfa.h"
#include "test_inputs.h"

namespace rustg {
namespace {

namespace fs = std::filesystem;
using scan::Byte;

using test_inputs::ReadFile;
using test_inputs::SourceDir;

// What one run over a chunk gives: token offsets, kinds, the last diagnosed token (+1; 0 = none).
struct ChunkRun {
  std::vector<uint32_t> starts;
  std::vector<uint8_t> kinds;
  uint32_t dirty = 0;
  uint32_t exit = 0;
};

// DfaScanChunk's Out, into a ChunkRun.
struct RunOut {
  ChunkRun* r;  // a pointer: DfaScanChunk copies and assigns its Out
  void SetBit(uint32_t off) {
    if (r->starts.empty() || r->starts.back() < off) r->starts.push_back(off);
    ASSERT_TRUE(r->starts.back() == off) << "token starts out of order at " << off;
  }
  void Kind(uint8_t k) { r->kinds.push_back(k); }
  void Dirty(uint32_t off) { r->dirty = std::max(r->dirty, off + 1); }
  static auto AllDone(bool done) -> bool { return done; }
};

// Checks every chunk of every file of `src` at `chunk` bytes; returns the number of chunks.
auto CheckChunks(const SourceBuffer& src, uint32_t chunk) -> uint64_t {
  static const scan::DfaTables tables = scan::BuildDfaTables();
  const auto* data = reinterpret_cast<const Byte*>(src.data());
  uint64_t n = 0;
  for (uint32_t f = 0; f < src.file_count(); ++f) {
    FileId id(f);
    uint32_t b = src.file_begin(id), e = src.file_end(id);
    Edition ed = src.edition(id);
    for (uint32_t lo = b;; lo += chunk) {
      uint32_t hi = std::min(lo + chunk, e);
      ChunkRun want;
      RunOut want_out{&want};
      scan::DfaScanSink<RunOut> sink{want_out, lo};
      want.exit = scan::ScanRange(data, lo, hi, e, ed, lo == b, sink);
      ChunkRun got;
      RunOut got_out{&got};
      got.exit = scan::DfaScanChunk(data, lo, hi, e, ed, lo == b, tables.next, tables.cls, got_out);
      ++n;
      const std::string where = src.path(id) + " chunk at " + std::to_string(lo - b);
      EXPECT_EQ(want.starts, got.starts) << where;
      {
        // Without the tail limit the run finishes its last token: the scanner's stop, never kDfaFar.
        ChunkRun full;
        RunOut full_out{&full};
        full.exit = scan::DfaScanChunk(data, lo, hi, e, ed, lo == b, tables.next, tables.cls, full_out, ~0u, false);
        EXPECT_EQ(full.exit, want.exit) << where;
        EXPECT_EQ(full.starts, want.starts) << where;
        EXPECT_GE(full.dirty, want.dirty) << where;
        for (size_t i = 0; i < full.kinds.size() && i < want.kinds.size() && full.starts == want.starts; ++i) {
          EXPECT_EQ(static_cast<uint8_t>(scan::DfaTokenKind(data, lo + full.starts[i], full.kinds[i], ed)),
                    want.kinds[i])
              << where << ": token at " << full.starts[i];
        }
      }
      // With a hand-off limit the run is the same, or gives up with a prefix of the scanner's starts.
      for (uint32_t give_up : {0u, 1u}) {
        ChunkRun lim;
        RunOut lim_out{&lim};
        lim.exit = scan::DfaScanChunk(data, lo, hi, e, ed, lo == b, tables.next, tables.cls, lim_out, give_up);
        if (lim.exit == scan::kDfaGaveUp) {
          EXPECT_LE(lim.starts.size(), want.starts.size()) << where;
          EXPECT_TRUE(std::equal(lim.starts.begin(), lim.starts.end(), want.starts.begin())) << where;
        } else {
          EXPECT_EQ(lim.exit, got.exit) << where;
          EXPECT_EQ(lim.starts, got.starts) << where;
        }
      }
      if (got.exit == scan::kDfaFar) {
        // Given up on the last token: it must end past the tail limit; it has no kind.
        EXPECT_GT(want.exit, hi + scan::kDfaTailLimit - 16) << where;
        EXPECT_EQ(got.kinds.size() + 1, got.starts.size()) << where;
        if (!got.starts.empty() && !want.starts.empty()) {
          got.kinds.resize(got.starts.size() - 1);
          got.starts.pop_back();
          want.starts.pop_back();
          want.kinds.pop_back();
        }
      } else {
        EXPECT_EQ(want.exit, got.exit) << where;
        // The DFA may mark more tokens than the scanner diagnoses (kDfaDirtyCur), never fewer: a
        // true run from any start at or before the scanner's last diagnosed token must see one.
        EXPECT_GE(got.dirty, want.dirty) << where;
      }
      if (want.starts == got.starts && got.kinds.size() == got.starts.size()) {
        for (size_t i = 0; i < got.kinds.size(); ++i) {
          TokenKind k = scan::DfaTokenKind(data, lo + got.starts[i], got.kinds[i], ed);
          static constexpr scan::KeywordTable kKeywords;
          EXPECT_EQ(k, scan::DfaTokenKind(data, lo + got.starts[i], got.kinds[i], ed, &kKeywords));
          if (i + 1 < got.starts.size()) {
            EXPECT_EQ(k, scan::DfaTokenKindNext(data, lo + got.starts[i], lo + got.starts[i + 1], got.kinds[i], ed,
                                                &kKeywords))
                << where << ": token at " << got.starts[i];
          }
          if (static_cast<uint8_t>(k) != want.kinds[i]) {
            ADD_FAILURE() << where << ": token at " << got.starts[i] << " is " << TokenKindName(k) << ", want "
                          << TokenKindName(static_cast<TokenKind>(want.kinds[i]));
            break;
          }
        }
      } else {
        EXPECT_EQ(got.kinds.size(), got.starts.size()) << where;
      }
      if (::testing::Test::HasFailure()) return n;
      if (hi >= e) break;
    }
  }
  return n;
}

TEST(LexDfa, GoldenInputs) {
  for (Edition ed : {Edition::k2015, Edition::k2021}) {
    SourceBuffer src;
    DiagSink diags;
    for (const char* dir : {"lex", "ui", "parse"}) {
      if (!fs::exists(SourceDir() / "tests" / dir)) continue;
      std::vector<fs::path> paths;
      for (const auto& e : fs::recursive_directory_iterator(SourceDir() / "tests" / dir)) {
        if (e.path().extension() == ".rs") paths.push_back(e.path());
      }
      std::sort(paths.begin(), paths.end());
      for (const auto& p : paths) src.AddFile(p.string(), ReadFile(p), ed, diags);
    }
    ASSERT_GT(src.file_count(), 0u);
    for (uint32_t chunk : {16u, 32u, 96u, 1024u}) CheckChunks(src, chunk);
  }
}

// Random Rust-like bytes: every DFA state meets quotes, escapes, CRs, NULs and non-ASCII.
TEST(LexDfa, RandomInputs) {
  static const char* kPieces[] = {"\"", "'", "/*", "*/", "//", "///", "//!", "\n", "\r", " ", "\t", "r#", "#", "br",
                                  "b'", "c\"", "\\", "\\n", "\\x", "\\u{", "}", "0x", "1.", "1..", "0", "9", ".",
                                  "e", "_", "ab", "'a", "'a'", "'\\n'", "\xc3\xa9", "\xf0\x9f\xa6\x80", "\xe2\x80\x8f",
                                  "\xff", "fn", "r\"", "\"#", "$", "\0", "<", "<<=", ">", "-", "=", "&", "|", ":",
                                  "!", "+", "*", "%", "^", "`", "@", ",", ";", "(", "{", "[", "?", "~", "f32",
                                  // DfaFastNumber, DfaFastChar and `\` + LF in strings
                                  "0b", "0o", "0x", "0X", "u8", "i128", "usize", "f64", "f16", "f128", "u", "i",
                                  "f", "x", "E", "e-", "+", "7f", "FF", "9_", "_", "'\\x7f'", "'\\x80'",
                                  "'\\u{1F600}'", "'\\u{D800}'", "'\\u{110000}'", "'\\u{0000001}'", "\\u{",
                                  "'\\u{_1}'", "'\xc3\xa9'", "'\xc3'", "'\xe2\x80\xa8'", "\\\n", "\\\n  ",
                                  "\\\n\t", "\\\n\n", "\\\r\n", "\xc2\xa0", "\x0b",
                                  // byte and raw literals, block comments
                                  "b", "r", "b\"", "r\"", "r#\"", "\"#", "\"##", "b'", "b'x'", "b'\\''", "b'\\n'",
                                  "b'''", "r#\"a\"#", "/*", "*/", "/**/", "/*!", "/**", "*", "/", "/* a */",
                                  "/* /* */ */", "br\"", "bb", "rb",
                                  // identifiers and literal suffixes before quotes, unknown bytes
                                  "c", "cr", "cr\"", "cr#", "c'", "x", "xr", "br#", "ab\"", "ab'", "ab#", "\"_\"",
                                  "\"a\"_", "'a'b", "\x01", "\x1f", "\x7f", "`", "\\\\"};
  std::mt19937 rng(4242);
  SourceBuffer src;
  DiagSink diags;
  for (int f = 0; f < 2000; ++f) {
    std::string s;
    size_t len = rng() % 400;
    while (s.size() < len) s += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
    Edition e = f % 3 == 0 ? Edition::k2015 : f % 3 == 1 ? Edition::k2018 : Edition::k2021;
    src.AddFile("r" + std::to_string(f) + ".rs", s, e, diags);
  }
  for (uint32_t chunk : {16u, 32u, 64u, 1024u}) CheckChunks(src, chunk);
}

// The whole corpus (tools/corpus.sh) when it is here.
TEST(LexDfa, Corpus) {
  SourceBuffer src;
  if (!test_inputs::AddCorpus(src)) GTEST_SKIP() << "no corpus at " << test_inputs::CorpusDir();
  ASSERT_GT(src.file_count(), 0u);
  CheckChunks(src, 1024);
}


// Measurement, not a check (run with --gtest_also_run_disabled_tests): on the corpus, where run A
// hands tokens to the scanner, by DFA state, byte class and the scanner's token kind, with the bytes
// the scanner lexes; the states worth a table row come first.
TEST(LexDfa, DISABLED_UnsureStats) {
  SourceBuffer src;
  if (!test_inputs::AddCorpus(src)) GTEST_SKIP() << "no corpus";
  static const scan::DfaTables tables = scan::BuildDfaTables();
  const auto* data = reinterpret_cast<const Byte*>(src.data());
  struct Key { uint32_t state, cls, kind; auto operator<=>(const Key&) const = default; };
  std::map<Key, std::pair<uint64_t, uint64_t>> hist;
  std::map<std::string, uint64_t> texts;
  uint64_t tokens = 0, handoffs = 0, handbytes = 0, fast = 0;
  struct Count { uint64_t n = 0; TokenKind first = TokenKind::Eof; bool any = false;
    void Token(TokenKind k, uint32_t) { if (!any) first = k; any = true; ++n; }
    void Diag(const LexDiagRecord&) {} };
  // RUSTG_DFA_STATS_CHUNK=N: from the start of every N-byte chunk to its first token start past it,
  // as run A runs (mostly out of step at first), instead of from each file's start.
  const char* chunk_env = std::getenv("RUSTG_DFA_STATS_CHUNK");
  const uint32_t chunk = chunk_env != nullptr ? static_cast<uint32_t>(std::atoi(chunk_env)) : 0;
  // With chunks: per chunk, its hand-offs (up to 20) and whether its run is in step (the true first
  // token start at or after the chunk's is one of its token starts, or past the chunk): run A's
  // give-up limit (kGiveUp in lex_cuda.cu) trades the two.
  std::map<std::pair<bool, uint32_t>, uint64_t> per_chunk;
  std::vector<uint32_t> truth;
  for (uint32_t f = 0; f < src.file_count(); ++f) {
    FileId id(f);
    uint32_t b = src.file_begin(id), e = src.file_end(id);
    Edition ed = src.edition(id);
    if (chunk != 0) {
      truth.clear();
      struct Starts { std::vector<uint32_t>* v; void Token(TokenKind, uint32_t s) { v->push_back(s); }
        void Diag(const LexDiagRecord&) {} } starts{&truth};
      scan::ScanRange(data, b, e, e, ed, true, starts);
    }
    for (uint32_t lo = b; lo < e || lo == b; lo += chunk != 0 ? chunk : e - b + 1) {
    const uint32_t stop = chunk != 0 ? std::min(lo + chunk, e) : e + 1;
    uint32_t tok = lo, state = 0, chunk_handoffs = 0;
    std::vector<uint32_t> run_starts{lo};
    for (uint32_t pos = lo; pos <= e && tok < stop && pos < stop + scan::kDfaTailLimit;) {
      uint32_t c = pos < e ? tables.cls[data[pos]] : static_cast<uint32_t>(scan::kCEof);
      uint32_t en = tables.next[state * scan::kDfaClasses + c];
      if ((en & 0xFF) == scan::kDfaUnsure) {
        uint8_t kind = 0;
        uint32_t x = (en >> 16) != 0 ? scan::DfaFastToken(data, tok, e, en >> 16, kind) : 0;
        if (x > pos) {
          ++fast;
          ++tokens;
          tok = pos = x;
          state = 0;
          if (x >= e) break;
          continue;
        }
        Count cnt;
        x = scan::ScanRange(data, tok, pos + 1, e, ed, tok == b, cnt);
        ++handoffs;
        ++chunk_handoffs;
        handbytes += x - tok;
        tokens += cnt.n;
        auto& h = hist[Key{state, c, static_cast<uint32_t>(cnt.first)}];
        ++h.first;
        h.second += x - tok;
        texts[std::string(reinterpret_cast<const char*>(data + tok), std::min<uint32_t>(x - tok, 12))]++;
        tok = pos = x;
        run_starts.push_back(x);
        state = 0;
        if (x >= e) break;
        continue;
      }
      if (en & scan::kDfaEmitPrev) { ++tokens; tok = pos - 1; run_starts.push_back(tok); }
      if (en & scan::kDfaEmitCur) { ++tokens; tok = pos; run_starts.push_back(tok); }
      state = en & 0xFF;
      ++pos;
    }
    if (chunk != 0) {
      const auto it = std::lower_bound(truth.begin(), truth.end(), lo);
      const uint32_t t = it != truth.end() ? *it : e;
      const bool in_step = t >= stop || std::find(run_starts.begin(), run_starts.end(), t) != run_starts.end();
      ++per_chunk[{in_step, std::min(chunk_handoffs, 20u)}];
    }
    }
  }
  for (const auto& [key, n] : per_chunk)
    std::printf("chunks %s with %u%s hand-offs: %llu\n", key.first ? "in step" : "out of step", key.second,
                key.second == 20 ? "+" : "", (unsigned long long)n);
  std::vector<std::pair<Key, std::pair<uint64_t, uint64_t>>> v(hist.begin(), hist.end());
  std::sort(v.begin(), v.end(), [](auto& x, auto& y) { return x.second.first > y.second.first; });
  std::printf("tokens %llu, fast paths %llu, hand-offs %llu, bytes %llu\n", (unsigned long long)tokens,
              (unsigned long long)fast, (unsigned long long)handoffs, (unsigned long long)handbytes);
  for (size_t i = 0; i < v.size() && i < 40; ++i)
    std::printf("state %3u class %2u kind %-16s n %8llu bytes %10llu\n", v[i].first.state, v[i].first.cls,
                std::string(TokenKindName(static_cast<TokenKind>(v[i].first.kind))).c_str(),
                (unsigned long long)v[i].second.first, (unsigned long long)v[i].second.second);
  std::vector<std::pair<uint64_t, std::string>> t;
  for (auto& [s, n] : texts) t.push_back({n, s});
  std::sort(t.rbegin(), t.rend());
  for (size_t i = 0; i < t.size() && i < 60; ++i) {
    std::string s = t[i].second;
    for (char& ch : s) if (ch == '\n') ch = '~';
    std::printf("%8llu [%s]\n", (unsigned long long)t[i].first, s.c_str());
  }
}

}  // namespace
}  // namespace rustg

