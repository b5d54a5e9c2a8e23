// lex_corpus: lexes (and with --parse, also parses) the corpus on one thread, --reps times, and prints
// the time of each run and a checksum of the output (--kinds adds a histogram of token kinds). Made for instruction counting: run it under
// `valgrind --tool=callgrind --toggle-collect='rustg::Lex*'` so only the pass is counted, and compare
// checksums before and after an optimization to see that the tokens did not change.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <tbb/task_arena.h>

#include "base/backend.h"
#include "base/diag.h"
#include "base/edition.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace {

namespace fs = std::filesystem;

// Monotonic time in seconds.
auto Now() -> double {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// FNV-1a over a byte range, continuing from `h`.
auto Fnv(uint64_t h, const void* p, size_t n) -> uint64_t {
  const auto* b = static_cast<const unsigned char*>(p);
  for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 0x100000001b3ull;
  return h;
}

// Per token kind: count, share of tokens and mean length, most frequent first.
void PrintKinds(const rustg::TokenBuffer& tokens) {
  std::map<rustg::TokenKind, std::pair<uint64_t, uint64_t>> per_kind;  // count, bytes
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    auto& [count, bytes] = per_kind[tokens.kind[i]];
    ++count;
    bytes += tokens.end(rustg::TokenId(i)) - tokens.start[i];
  }
  std::vector<std::pair<uint64_t, rustg::TokenKind>> order;
  for (const auto& [k, v] : per_kind) order.push_back({v.first, k});
  std::sort(order.rbegin(), order.rend());
  for (const auto& [count, k] : order) {
    std::printf("  %-16s %9llu %5.1f%%  %.1f bytes\n", std::string(rustg::TokenKindName(k)).c_str(),
                static_cast<unsigned long long>(count), 100.0 * static_cast<double>(count) / tokens.size(),
                static_cast<double>(per_kind[k].second) / static_cast<double>(count));
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus;
  std::set<std::string> groups = {"library", "compiler", "crates"};
  int reps = 1;
  bool parse = false;
  bool kinds = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      corpus = argv[++i];
    } else if (a == "--groups" && i + 1 < argc) {
      groups.clear();
      std::stringstream ss(argv[++i]);
      for (std::string g; std::getline(ss, g, ',');) groups.insert(g);
    } else if (a == "--reps" && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--parse") {
      parse = true;
    } else if (a == "--kinds") {
      kinds = true;
    } else {
      std::fprintf(stderr, "usage: lex_corpus [--corpus DIR] [--groups G,..] [--reps N] [--parse] [--kinds]\n");
      return 2;
    }
  }
  if (corpus.empty()) {
    const char* env = std::getenv("RUSTG_CORPUS");
    corpus = env && *env ? env : ".cache/corpus";
  }
  std::ifstream manifest(fs::path(corpus) / "manifest.tsv");
  if (!manifest) {
    std::fprintf(stderr, "lex_corpus: no manifest.tsv in %s\n", corpus.c_str());
    return 1;
  }
  rustg::SourceBuffer src;
  rustg::DiagSink load_diags;
  for (std::string line; std::getline(manifest, line);) {
    auto t1 = line.find('\t');
    auto t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos || !groups.count(line.substr(0, t1))) continue;
    auto ed = rustg::ParseEdition(line.substr(t1 + 1, t2 - t1 - 1)).value_or(rustg::Edition::k2021);
    src.AddFileFromDisk((fs::path(corpus) / line.substr(t2 + 1)).string(), ed, load_diags);
  }
  rustg::PassOptions opts{rustg::Backend::Cpu, 1};
  tbb::task_arena arena(1);
  for (int r = 0; r < reps; ++r) {
    arena.execute([&] {
      rustg::DiagSink diags;
      double t0 = Now();
      rustg::TokenBuffer tokens = rustg::Lex(src, opts, diags);
      double t1 = Now();
      uint32_t nodes = 0;
      if (parse) nodes = rustg::Parse(src, tokens, opts, diags).size();
      double t2 = Now();
      uint64_t h = 0xcbf29ce484222325ull;
      h = Fnv(h, tokens.kind.data(), tokens.kind.size() * sizeof(tokens.kind[0]));
      h = Fnv(h, tokens.start.data(), tokens.start.size() * sizeof(tokens.start[0]));
      for (const rustg::Diagnostic& d : diags.all()) {
        h = Fnv(h, &d.lo, sizeof d.lo);
        h = Fnv(h, &d.hi, sizeof d.hi);
        h = Fnv(h, d.message.data(), d.message.size());
      }
      double mb = static_cast<double>(src.content_bytes()) / 1e6;
      std::printf("%u files %.2f MB %llu lines: lex %.1f ms (%.0f MB/s)", src.file_count(), mb,
                  static_cast<unsigned long long>(src.total_lines()), (t1 - t0) * 1e3, mb / (t1 - t0));
      if (parse) {
        std::printf(", parse %.1f ms, lex+parse %.2fM lines/s, %u nodes", (t2 - t1) * 1e3,
                    static_cast<double>(src.total_lines()) / (t2 - t0) / 1e6, nodes);
      }
      std::printf("; %u tokens, %zu diagnostics, checksum %016llx\n", tokens.size(), diags.all().size(),
                  static_cast<unsigned long long>(h));
      if (kinds && r == 0) PrintKinds(tokens);
    });
  }
  return 0;
}
