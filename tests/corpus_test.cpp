// Corpus tests: lex and parse real Rust code (the Debian corpus of tools/corpus.sh) in-process and
// check it against invariants and against rustc's parser (the oracle files of tools/oracle.sh).
// Every test skips when the corpus is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/cuda_device.h"
#include "base/diag.h"
#include "base/edition.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {
namespace {

// At most this many offending files are listed in a failure message.
constexpr size_t kMaxListed = 50;

// The repository root: $RUSTG_SOURCE_DIR when set (a build run elsewhere, e.g. on the GPU machine),
// else the source tree this binary was built from.
auto SourceDir() -> std::string {
  const char* env = std::getenv("RUSTG_SOURCE_DIR");
  return env && *env ? env : RUSTG_SOURCE_DIR;
}

// One manifest line.
struct Entry {
  std::string group;
  Edition edition = Edition::k2015;
  std::string path;  // relative to the corpus folder
};

// The corpus folder and its manifest, read once.
struct Manifest {
  bool present = false;
  std::string dir;
  std::string error;  // a malformed manifest
  std::vector<Entry> entries;
};

auto SplitTabs(const std::string& line) -> std::vector<std::string> {
  std::vector<std::string> fields;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    fields.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
    if (tab == std::string::npos) return fields;
    pos = tab + 1;
  }
}

// Reads a tab-separated list file, skipping empty lines and `#` comments. False if it is missing.
auto ReadList(const std::string& path, std::vector<std::vector<std::string>>& rows) -> bool {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(SplitTabs(line));
  }
  return true;
}

auto GetManifest() -> const Manifest& {
  static const Manifest manifest = [] {
    Manifest m;
    const char* env = std::getenv("RUSTG_CORPUS");
    m.dir = env && *env ? env : SourceDir() + "/.cache/corpus";
    std::vector<std::vector<std::string>> rows;
    if (!ReadList(m.dir + "/manifest.tsv", rows)) return m;
    m.present = true;
    for (const auto& row : rows) {
      auto edition = row.size() == 3 ? ParseEdition(row[1]) : std::nullopt;
      if (!edition) {
        m.error = "malformed manifest line for " + row[0];
        break;
      }
      m.entries.push_back({row[0], *edition, row[2]});
    }
    return m;
  }();
  return manifest;
}

auto CommittedFile(const std::string& name) -> std::string {
  return SourceDir() + "/tests/corpus/" + name;
}

#define RUSTG_REQUIRE_CORPUS()                                                   \
  do {                                                                           \
    if (!GetManifest().present) GTEST_SKIP() << "corpus not present: run ./x corpus"; \
    ASSERT_EQ(GetManifest().error, "");                                          \
  } while (0)

// One build of a group's files: one SourceBuffer, lexed and parsed once with all cores.
struct Build {
  SourceBuffer src;
  TokenBuffer tokens;
  Tree tree;
  std::vector<const Entry*> entries;           // the group's entries, in manifest order
  std::vector<FileId> file_of_entry;           // the FileId of each entry
  std::vector<std::vector<Diagnostic>> diags;  // each entry's diagnostics, sorted by position
  std::vector<Diagnostic> unplaced;            // diagnostics without a span
  uint64_t lines = 0;
  uint64_t bytes = 0;
};

// Per-entry diagnostics: first error-level one (or null).
auto FirstError(const std::vector<Diagnostic>& diags) -> const Diagnostic* {
  for (const Diagnostic& d : diags)
    if (d.level == Level::Error) return &d;
  return nullptr;
}

auto BuildGroup(const std::string& group) -> const Build& {
  static std::map<std::string, std::unique_ptr<Build>> cache;
  auto& slot = cache[group];
  if (slot) return *slot;
  slot = std::make_unique<Build>();
  Build& b = *slot;
  const Manifest& m = GetManifest();
  DiagSink diags;
  // entry_of_file[f] = index into b.entries of the entry that file f was loaded from.
  std::vector<uint32_t> entry_of_file;
  for (const Entry& e : m.entries) {
    if (e.group != group) continue;
    uint32_t index = static_cast<uint32_t>(b.entries.size());
    FileId f = b.src.AddFileFromDisk(m.dir + "/" + e.path, e.edition, diags);
    b.entries.push_back(&e);
    b.file_of_entry.push_back(f);
    if (f.is_valid()) {
      entry_of_file.push_back(index);
      b.lines += b.src.line_count(f);
      b.bytes += b.src.file_end(f) - b.src.file_begin(f);
    }
  }
  PassOptions opts{};
  b.tokens = Lex(b.src, opts, diags);
  b.tree = Parse(b.src, b.tokens, opts, diags);
  b.diags.resize(b.entries.size());
  for (Diagnostic& d : diags.Sorted()) {
    if (!d.has_span) {
      b.unplaced.push_back(std::move(d));
      continue;
    }
    b.diags[entry_of_file[b.src.FileOf(d.lo).index]].push_back(std::move(d));
  }
  return b;
}

// Reads the committed oracle_rejects.txt: the set of paths rustc rejects.
auto OracleRejects(std::set<std::string>& paths) -> bool {
  std::vector<std::vector<std::string>> rows;
  if (!ReadList(CommittedFile("oracle_rejects.txt"), rows)) return false;
  for (const auto& row : rows) paths.insert(row[0]);
  return true;
}

auto Mb(uint64_t bytes) -> double { return static_cast<double>(bytes) / 1e6; }

TEST(Corpus, ParsesWithoutDiagnostics) {
  RUSTG_REQUIRE_CORPUS();
  std::set<std::string> exceptions;
  ASSERT_TRUE(OracleRejects(exceptions)) << "missing " << CommittedFile("oracle_rejects.txt")
                                         << ": run tools/oracle.sh";
  for (const std::string group : {"library", "compiler", "crates"}) {
    const Build& b = BuildGroup(group);
    ASSERT_FALSE(b.entries.empty()) << "group " << group << " is empty in the manifest";
    for (const Diagnostic& d : b.unplaced) ADD_FAILURE() << group << ": " << d.message;
    size_t with_diags = 0, excepted = 0, excepted_clean = 0;
    std::ostringstream list;
    for (size_t i = 0; i < b.entries.size(); ++i) {
      const std::vector<Diagnostic>& diags = b.diags[i];
      if (exceptions.count(b.entries[i]->path)) {
        ++excepted;
        if (diags.empty()) ++excepted_clean;
        continue;
      }
      if (diags.empty()) continue;
      if (++with_diags <= kMaxListed)
        list << b.entries[i]->path << " (" << diags.size() << " diagnostics):\n"
             << RenderHuman(diags.front(), b.src, false) << "\n";
    }
    std::printf("corpus %s: %zu files, %llu lines, %.1f MB; %zu files with diagnostics; "
                "%zu oracle rejects excepted (%zu of them parse cleanly in rustg)\n",
                group.c_str(), b.entries.size(), static_cast<unsigned long long>(b.lines), Mb(b.bytes),
                with_diags, excepted, excepted_clean);
    EXPECT_EQ(with_diags, 0u) << group << ": " << with_diags << " files with diagnostics (first "
                              << kMaxListed << " listed):\n"
                              << list.str();
  }
}

// Checks one file's tokens; appends a description of the first problem to `why`.
auto CheckTokens(const Build& b, FileId f, std::string& why) -> bool {
  const TokenBuffer& t = b.tokens;
  uint32_t first = t.file_begin(f).index, last = t.file_end(f).index;
  if (first >= last) return why = "no tokens", false;
  if (t.start[first] != b.src.file_begin(f)) return why = "first token does not start at the file", false;
  if (t.kind[last - 1] != TokenKind::Eof) return why = "last token is not Eof", false;
  if (t.start[last - 1] != b.src.file_end(f)) return why = "Eof is not at the file's end", false;
  std::string text;
  for (uint32_t i = first; i + 1 < last; ++i) {
    if (t.kind[i] == TokenKind::Eof) return why = "Eof before the end, token " + std::to_string(i - first), false;
    std::string_view s = t.text(b.src, TokenId(i));
    if (s.empty()) {
      LineCol lc = b.src.Locate(t.start[i]);
      return why = "empty token " + std::string(TokenKindName(t.kind[i])) + " at " + std::to_string(lc.line) +
                   ":" + std::to_string(lc.col),
             false;
    }
    text += s;
  }
  if (text != b.src.file_text(f)) return why = "token texts do not concatenate to the file", false;
  return true;
}

// Checks one file's tree: a SourceFile root spanning the file and properly nested subtrees.
auto CheckTree(const Build& b, FileId f, std::string& why) -> bool {
  const Tree& t = b.tree;
  uint32_t first = t.file_first_node[f.index], end = t.file_first_node[f.index + 1];
  if (first >= end) return why = "no nodes", false;
  uint32_t root = end - 1;
  if (t.kind[root] != NodeKind::SourceFile) return why = "root is " + std::string(NodeKindName(t.kind[root])), false;
  if (t.subtree_size[root] != end - first) return why = "root subtree_size != node count", false;
  uint32_t tok_first = b.tokens.file_begin(f).index, tok_end = b.tokens.file_end(f).index;
  // Completed subtrees not yet claimed by a parent, as [begin, root] ranges in postorder.
  struct Open {
    uint32_t begin, root;
  };
  std::vector<Open> stack;
  for (uint32_t i = first; i < end; ++i) {
    uint32_t size = t.subtree_size[i];
    if (size < 1 || size > i - first + 1)
      return why = "node " + std::to_string(i - first) + " has subtree_size " + std::to_string(size), false;
    TokenId tok = t.token[i];
    if (tok.is_valid() && (tok.index < tok_first || tok.index >= tok_end))
      return why = "node " + std::to_string(i - first) + " has a token outside its file", false;
    uint32_t begin = i - size + 1;
    // The children are the open subtrees that exactly tile [begin, i).
    uint32_t covered = i;
    while (covered > begin) {
      if (stack.empty() || stack.back().root + 1 != covered || stack.back().begin < begin)
        return why = "subtree of node " + std::to_string(i - first) + " does not nest", false;
      covered = stack.back().begin;
      stack.pop_back();
    }
    stack.push_back({begin, i});
  }
  if (stack.size() != 1) return why = "nodes outside the root's subtree", false;
  return true;
}

TEST(Corpus, RoundTrip) {
  RUSTG_REQUIRE_CORPUS();
  for (const std::string group : {"library", "compiler", "crates", "ui-parser", "rust-test"}) {
    const Build& b = BuildGroup(group);
    ASSERT_FALSE(b.entries.empty()) << "group " << group << " is empty in the manifest";
    ASSERT_EQ(b.tokens.file_first_token.size(), b.src.file_count() + 1u) << group;
    ASSERT_EQ(b.tree.file_first_node.size(), b.src.file_count() + 1u) << group;
    size_t bad = 0;
    std::ostringstream list;
    for (size_t i = 0; i < b.entries.size(); ++i) {
      FileId f = b.file_of_entry[i];
      std::string why;
      if (!f.is_valid()) {
        why = "could not be read";
      } else if (CheckTokens(b, f, why) && CheckTree(b, f, why)) {
        continue;
      }
      if (++bad <= kMaxListed) list << b.entries[i]->path << ": " << why << "\n";
    }
    std::printf("corpus %s: %zu files, %llu lines, %.1f MB, %u tokens, %u nodes; %zu fail round trip\n",
                group.c_str(), b.entries.size(), static_cast<unsigned long long>(b.lines), Mb(b.bytes),
                b.tokens.size(), b.tree.size(), bad);
    EXPECT_EQ(bad, 0u) << group << ": " << bad << " files fail the round trip (first " << kMaxListed
                       << " listed):\n"
                       << list.str();
  }
}

TEST(Corpus, UiParserAgreement) {
  RUSTG_REQUIRE_CORPUS();
  std::vector<std::vector<std::string>> rows;
  ASSERT_TRUE(ReadList(CommittedFile("oracle_ui_parser.txt"), rows))
      << "missing " << CommittedFile("oracle_ui_parser.txt") << ": run tools/oracle.sh";
  std::map<std::string, std::string> verdict;  // path -> accept|reject|ice
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 2u) << "malformed oracle_ui_parser.txt line: " << row[0];
    verdict[row[1]] = row[0];
  }
  rows.clear();
  ASSERT_TRUE(ReadList(CommittedFile("ui_parser_disagreements.txt"), rows))
      << "missing " << CommittedFile("ui_parser_disagreements.txt");
  std::set<std::string> listed;
  for (const auto& row : rows) {
    EXPECT_EQ(row.size(), 2u) << "ui_parser_disagreements.txt: want path<TAB>reason: " << row[0];
    listed.insert(row[0]);
  }

  const Build& b = BuildGroup("ui-parser");
  ASSERT_FALSE(b.entries.empty());
  for (const Diagnostic& d : b.unplaced) ADD_FAILURE() << "ui-parser: " << d.message;
  size_t compared = 0, agree = 0, ices = 0, rustg_accepts = 0;
  std::ostringstream unlisted, missing;
  size_t unlisted_count = 0;
  std::set<std::string> disagreeing;
  for (size_t i = 0; i < b.entries.size(); ++i) {
    const std::string& path = b.entries[i]->path;
    auto it = verdict.find(path);
    if (it == verdict.end()) {
      missing << path << "\n";
      continue;
    }
    if (it->second == "ice") {
      ++ices;
      continue;
    }
    const Diagnostic* err = FirstError(b.diags[i]);
    bool rustg_accept = err == nullptr;
    rustg_accepts += rustg_accept;
    ++compared;
    if (rustg_accept == (it->second == "accept")) {
      ++agree;
      continue;
    }
    disagreeing.insert(path);
    if (listed.count(path)) continue;
    ++unlisted_count;
    unlisted << path << "\tunexplained: ";
    if (rustg_accept) {
      unlisted << "rustg accepts, rustc rejects";
    } else {
      std::string msg = err->message;
      for (char& c : msg)
        if (c == '\t' || c == '\n') c = ' ';
      unlisted << "rustg rejects (" << msg << "), rustc accepts";
    }
    unlisted << "\n";
  }
  std::string stale;
  for (const std::string& path : listed)
    if (!disagreeing.count(path)) stale += path + "\n";

  double rate = compared ? 100.0 * static_cast<double>(agree) / static_cast<double>(compared) : 0.0;
  std::printf("corpus ui-parser: %zu files compared, %zu agree (%.2f%%), rustg accepts %zu; "
              "%zu ice skipped; %zu disagreements listed\n",
              compared, agree, rate, rustg_accepts, ices, listed.size());
  EXPECT_EQ(missing.str(), "") << "files missing from oracle_ui_parser.txt (run tools/oracle.sh)";
  EXPECT_GE(rate, 99.0) << "agreement with rustc's parser below 99%";
  EXPECT_EQ(unlisted_count, 0u) << unlisted_count
                                << " disagreements not in tests/corpus/ui_parser_disagreements.txt:\n"
                                << unlisted.str();
  EXPECT_EQ(stale, "") << "stale entries in tests/corpus/ui_parser_disagreements.txt (they now agree):";
}

}  // namespace
}  // namespace rustg

namespace rustg {
namespace {

// Every rendered diagnostic of a sink, in output order.
auto RenderAll(const DiagSink& diags, const SourceBuffer& src) -> std::string {
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) out += RenderJson(d, src) + "\n";
  return out;
}

// The CUDA backend must give the CPU backend's tokens and diagnostics byte for byte, on every
// corpus group, all files of a group in one batch.
TEST(Corpus, GpuLexMatchesCpu) {
  RUSTG_REQUIRE_CORPUS();
  if (!CudaDeviceAvailable()) {
    GTEST_SKIP() << (CudaBackendBuilt() ? "no CUDA device on this machine" : "built without the CUDA backend");
  }
  for (const std::string group : {"library", "compiler", "crates", "ui-parser", "rust-test"}) {
    const Build& b = BuildGroup(group);
    DiagSink cpu_diags, gpu_diags;
    TokenBuffer cpu = Lex(b.src, PassOptions{Backend::Cpu, 0}, cpu_diags);
    TokenBuffer gpu = Lex(b.src, PassOptions{Backend::Cuda, 0}, gpu_diags);
    EXPECT_EQ(gpu.file_first_token, cpu.file_first_token) << group;
    EXPECT_TRUE(gpu.kind == cpu.kind) << group << ": token kinds differ";
    EXPECT_TRUE(gpu.start == cpu.start) << group << ": token starts differ";
    EXPECT_EQ(RenderAll(gpu_diags, b.src), RenderAll(cpu_diags, b.src)) << group;
    std::printf("corpus %s: %u tokens identical on cpu and gpu\n", group.c_str(), cpu.size());
  }
}

// The CUDA parser must give the CPU parser's tree and diagnostics node for node, on every corpus
// group, all files of a group in one batch (tokens from the CPU lexer, so a lexer difference cannot
// hide or cause a parser difference).
TEST(Corpus, GpuParseMatchesCpu) {
  RUSTG_REQUIRE_CORPUS();
  if (!CudaDeviceAvailable()) {
    GTEST_SKIP() << (CudaBackendBuilt() ? "no CUDA device on this machine" : "built without the CUDA backend");
  }
  for (const std::string group : {"library", "compiler", "crates", "ui-parser", "rust-test"}) {
    const Build& b = BuildGroup(group);
    DiagSink cpu_diags, gpu_diags;
    Tree cpu = Parse(b.src, b.tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
    Tree gpu = Parse(b.src, b.tokens, PassOptions{Backend::Cuda, 0}, gpu_diags);
    EXPECT_EQ(gpu.file_first_node, cpu.file_first_node) << group;
    EXPECT_TRUE(gpu.kind == cpu.kind) << group << ": node kinds differ";
    EXPECT_TRUE(gpu.token == cpu.token) << group << ": node tokens differ";
    EXPECT_TRUE(gpu.subtree_size == cpu.subtree_size) << group << ": subtree sizes differ";
    EXPECT_EQ(RenderAll(gpu_diags, b.src), RenderAll(cpu_diags, b.src)) << group;
    std::printf("corpus %s: %u nodes identical on cpu and gpu\n", group.c_str(), cpu.size());
  }
}

// The fused GPU lex+parse (tokens kept on the device, downloaded during the parse; what
// --device=gpu runs) must give the CPU backend's tokens, tree and diagnostics, per group in one batch.
TEST(Corpus, GpuLexParseMatchesCpu) {
  RUSTG_REQUIRE_CORPUS();
  if (!CudaDeviceAvailable()) {
    GTEST_SKIP() << (CudaBackendBuilt() ? "no CUDA device on this machine" : "built without the CUDA backend");
  }
  for (const std::string group : {"library", "compiler", "crates", "ui-parser", "rust-test"}) {
    const Build& b = BuildGroup(group);
    DiagSink cpu_diags, gpu_diags;
    TokenBuffer cpu_tokens = Lex(b.src, PassOptions{Backend::Cpu, 0}, cpu_diags);
    Tree cpu = Parse(b.src, cpu_tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
    TokenBuffer gpu_tokens;
    Tree gpu = LexAndParse(b.src, PassOptions{Backend::Cuda, 0}, gpu_diags, gpu_tokens);
    EXPECT_EQ(gpu_tokens.file_first_token, cpu_tokens.file_first_token) << group;
    EXPECT_TRUE(gpu_tokens.kind == cpu_tokens.kind) << group << ": token kinds differ";
    EXPECT_TRUE(gpu_tokens.start == cpu_tokens.start) << group << ": token starts differ";
    EXPECT_EQ(gpu.file_first_node, cpu.file_first_node) << group;
    EXPECT_TRUE(gpu.kind == cpu.kind) << group << ": node kinds differ";
    EXPECT_TRUE(gpu.token == cpu.token) << group << ": node tokens differ";
    EXPECT_TRUE(gpu.subtree_size == cpu.subtree_size) << group << ": subtree sizes differ";
    EXPECT_EQ(RenderAll(gpu_diags, b.src), RenderAll(cpu_diags, b.src)) << group;
    std::printf("corpus %s: %u tokens, %u nodes identical on cpu and fused gpu lex+parse\n", group.c_str(),
                cpu_tokens.size(), cpu.size());
  }
}

}  // namespace
}  // namespace rustg
