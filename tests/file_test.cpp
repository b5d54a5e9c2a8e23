// Golden-file test runner. Every tests/<stage>/**/*.rs is one test; the stage comes from the
// folder and picks the rustg command whose output is compared with files beside the input:
//   lex/   `rustg lex --dump=tokens`   -> NAME.tokens, NAME.stderr
//   parse/ `rustg parse --dump=ast`    -> NAME.ast,    NAME.stderr
//   ui/    `rustg check`               ->              NAME.stderr
//   lint/  `rustg lint`                -> NAME.stdout, NAME.stderr, and NAME.fixed: the file after
//          `rustg lint --fix` on a copy (absent when the fix changes nothing)
//   hir/   `rustg build --dump=hir`    -> NAME.hir,    NAME.stderr
// A missing .stderr means "no diagnostics". Inputs named fail_* must exit 1, others 0.
// Header comments set options: `// edition:2015`, `// rustg-flags: --error-format=json`.
// RUSTG_BLESS=1 (or `./x test --bless`) rewrites the expected files instead of comparing.
// Each test runs once per available backend (today: cpu) and outputs must be identical.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "base/cuda_device.h"
#include "base/diag.h"
#include "lex/token_kind.h"
#include "parse/node_kind.h"

namespace fs = std::filesystem;

namespace {

// The repository root: $RUSTG_SOURCE_DIR when set (a build run elsewhere, e.g. on the GPU machine),
// else the source tree this binary was built from.
auto SourceDir() -> fs::path {
  const char* env = std::getenv("RUSTG_SOURCE_DIR");
  return env && *env ? fs::path(env) : fs::path(RUSTG_SOURCE_DIR);
}

const fs::path kTestsDir = SourceDir() / "tests";
fs::path g_rustg;  // build/bin/rustg, found next to this binary

auto ReadFile(const fs::path& p) -> std::string {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

auto Bless() -> bool {
  const char* b = std::getenv("RUSTG_BLESS");
  return b && std::string(b) == "1";
}

// Writes `content` to `p`, or removes `p` when content is empty and `remove_if_empty`.
void WriteExpected(const fs::path& p, const std::string& content, bool remove_if_empty) {
  if (content.empty() && remove_if_empty) {
    fs::remove(p);
    return;
  }
  std::ofstream(p, std::ios::binary) << content;
}

auto ShellQuote(const std::string& s) -> std::string {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// One golden test: an input file under tests/<stage>/.
struct Case {
  std::string stage;     // lex, parse or ui
  fs::path input;        // absolute path
  std::string rel;       // path relative to tests/, as shown in diagnostics
  std::string edition = "2021";
  std::string flags;     // extra driver arguments
  bool expect_fail = false;
};

auto ReadHeader(Case& c) {
  std::istringstream in(ReadFile(c.input));
  std::string line;
  while (std::getline(in, line) && line.rfind("//", 0) == 0) {
    if (line.rfind("// edition:", 0) == 0) c.edition = line.substr(11);
    if (line.rfind("// rustg-flags:", 0) == 0) c.flags += " " + line.substr(15);
  }
}

// Result of one rustg run.
struct Output {
  int exit_code = -1;
  std::string out, err;
};

auto RunRustg(const Case& c, const std::string& device, const std::string& diag_log) -> Output {
  std::string subcmd = c.stage == "lex"     ? "lex --dump=tokens"
                       : c.stage == "parse" ? "parse --dump=ast"
                       : c.stage == "lint"  ? "lint"
                       : c.stage == "hir"   ? "build --dump=hir"
                                            : "check";
  fs::path tmp = fs::temp_directory_path() / fmt::format("rustg_ft_{}_{}", getpid(), std::rand());
  std::string cmd = fmt::format("cd {} && RUSTG_DEVICE={} {} {} --color=never --edition {}{} {} >{}.out 2>{}.err",
                                ShellQuote(kTestsDir.string()), device,
                                diag_log.empty() ? "" : "RUSTG_LOG_DIAG_KINDS=" + ShellQuote(diag_log),
                                ShellQuote(g_rustg.string()) + " " + subcmd, c.edition, c.flags,
                                ShellQuote(c.rel), tmp.string(), tmp.string());
  int status = std::system(cmd.c_str());
  Output o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  o.out = ReadFile(tmp.string() + ".out");
  o.err = ReadFile(tmp.string() + ".err");
  fs::remove(tmp.string() + ".out");
  fs::remove(tmp.string() + ".err");
  return o;
}

auto ExpectedOutPath(const Case& c) -> fs::path {
  if (c.stage == "lex") return fs::path(c.input).replace_extension(".tokens");
  if (c.stage == "parse") return fs::path(c.input).replace_extension(".ast");
  if (c.stage == "lint") return fs::path(c.input).replace_extension(".stdout");
  if (c.stage == "hir") return fs::path(c.input).replace_extension(".hir");
  return {};
}

// Runs `rustg lint --fix` on a copy of a lint test (with the configuration files beside it) and
// returns the fixed text.
auto RunLintFix(const Case& c) -> std::string {
  fs::path dir = fs::temp_directory_path() / fmt::format("rustg_fix_{}_{}", getpid(), std::rand());
  fs::create_directories(dir);
  fs::path copy = dir / c.input.filename();
  fs::copy_file(c.input, copy);
  for (const char* cfg : {"rustg-lint.toml", "Cargo.toml"}) {
    if (fs::exists(c.input.parent_path() / cfg)) fs::copy_file(c.input.parent_path() / cfg, dir / cfg);
  }
  if (fs::exists(c.input.parent_path() / ".rustg")) {
    fs::copy(c.input.parent_path() / ".rustg", dir / ".rustg", fs::copy_options::recursive);
  }
  std::string cmd = fmt::format("cd {} && {} lint --fix --color=never --edition {}{} {} >/dev/null 2>&1",
                                ShellQuote(dir.string()), ShellQuote(g_rustg.string()), c.edition, c.flags,
                                ShellQuote(copy.filename().string()));
  (void)std::system(cmd.c_str());
  std::string fixed = ReadFile(copy);
  fs::remove_all(dir);
  return fixed;
}

// Every backend that can run here; outputs of all of them must be identical. Without a device
// the GPU comparison is not made, and golden_coverage.GpuBackend reports itself skipped.
auto Backends() -> std::vector<std::string> {
  if (rustg::CudaDeviceAvailable()) return {"cpu", "gpu"};
  return {"cpu"};
}

void RunCase(const Case& c) {
  std::vector<std::string> backends = Backends();
  Output first = RunRustg(c, backends[0], "");
  for (size_t i = 1; i < backends.size(); ++i) {
    Output o = RunRustg(c, backends[i], "");
    EXPECT_EQ(o.out, first.out) << "backend " << backends[i] << " differs from " << backends[0] << " on stdout";
    EXPECT_EQ(o.err, first.err) << "backend " << backends[i] << " differs from " << backends[0] << " on stderr";
    EXPECT_EQ(o.exit_code, first.exit_code);
  }
  ASSERT_LT(first.exit_code, 100) << "rustg crashed or failed (exit " << first.exit_code << ")\n" << first.err;
  if (c.expect_fail) {
    EXPECT_EQ(first.exit_code, 1) << c.rel << " is named fail_* but rustg reported no error";
  } else {
    EXPECT_EQ(first.exit_code, 0) << c.rel << " must compile without errors; got:\n" << first.err;
  }
  fs::path out_path = ExpectedOutPath(c);
  fs::path err_path = fs::path(c.input).replace_extension(".stderr");
  if (c.stage == "lint") {
    std::string fixed = RunLintFix(c);
    std::string original = ReadFile(c.input);
    fs::path fixed_path = fs::path(c.input).replace_extension(".fixed");
    if (Bless()) {
      WriteExpected(fixed_path, fixed == original ? "" : fixed, true);
    } else {
      std::string want = fs::exists(fixed_path) ? ReadFile(fixed_path) : original;
      EXPECT_EQ(fixed, want) << "`rustg lint --fix` result differs from " << fixed_path << " (./x test --bless updates it)";
    }
  }
  if (Bless()) {
    if (!out_path.empty()) WriteExpected(out_path, first.out, c.stage == "lint");
    WriteExpected(err_path, first.err, true);
    return;
  }
  if (!out_path.empty() && c.stage == "lint") {
    std::string want_out = fs::exists(out_path) ? ReadFile(out_path) : "";
    EXPECT_EQ(first.out, want_out) << "stdout differs from " << out_path << " (./x test --bless updates it)";
  } else if (!out_path.empty()) {
    ASSERT_TRUE(fs::exists(out_path)) << out_path << " missing; run ./x test --bless";
    EXPECT_EQ(first.out, ReadFile(out_path)) << "stdout differs from " << out_path << " (./x test --bless updates it)";
  }
  std::string want_err = fs::exists(err_path) ? ReadFile(err_path) : "";
  EXPECT_EQ(first.err, want_err) << "stderr differs from " << err_path << " (./x test --bless updates it)";
}

auto DiscoverCases() -> std::vector<Case> {
  std::vector<Case> cases;
  for (const char* stage : {"lex", "parse", "ui", "lint", "hir"}) {
    fs::path dir = kTestsDir / stage;
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file() || e.path().extension() != ".rs") continue;
      Case c;
      c.stage = stage;
      c.input = e.path();
      c.rel = fs::relative(e.path(), kTestsDir).string();
      c.expect_fail = e.path().filename().string().rfind("fail_", 0) == 0;
      ReadHeader(c);
      cases.push_back(std::move(c));
    }
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.rel < b.rel; });
  return cases;
}

auto TestName(const Case& c) -> std::string {
  std::string name = fs::path(c.rel).replace_extension().string();
  name = name.substr(c.stage.size() + 1);
  for (char& ch : name) {
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

// Kind names that appear as the second field of `--dump=tokens` lines in expected files.
auto TokenKindsInGoldens(const std::vector<Case>& cases) -> std::set<std::string> {
  std::set<std::string> seen;
  for (const Case& c : cases) {
    if (c.stage != "lex") continue;
    std::istringstream in(ReadFile(ExpectedOutPath(c)));
    std::string pos, kind, rest;
    while (in >> pos >> kind) {
      seen.insert(kind);
      std::getline(in, rest);
    }
  }
  return seen;
}

// Kind names that start the lines of `--dump=ast` expected files.
auto NodeKindsInGoldens(const std::vector<Case>& cases) -> std::set<std::string> {
  std::set<std::string> seen;
  for (const Case& c : cases) {
    if (c.stage != "parse") continue;
    std::istringstream in(ReadFile(ExpectedOutPath(c)));
    std::string line;
    while (std::getline(in, line)) {
      size_t b = line.find_first_not_of(' ');
      if (b == std::string::npos || line.compare(b, 2, "//") == 0) continue;
      seen.insert(line.substr(b, line.find(' ', b) - b));
    }
  }
  return seen;
}

// Diagnostic kinds that no golden input can reach, each with the unit test that covers it.
const std::set<std::string> kDiagKindsTestedElsewhere = {
    "InputTooLarge",  // tests/unit/source_test.cpp: SourceBuffer.RejectsInputOverLimit
};

void CheckCoverage(const std::vector<Case>& cases) {
  std::set<std::string> tokens = TokenKindsInGoldens(cases);
  for (uint32_t k = 0; k < rustg::kTokenKindCount; ++k) {
    std::string name(rustg::TokenKindName(static_cast<rustg::TokenKind>(k)));
    EXPECT_TRUE(tokens.count(name)) << "no tests/lex golden shows token kind " << name;
  }
  std::set<std::string> nodes = NodeKindsInGoldens(cases);
  for (uint32_t k = 0; k < rustg::kNodeKindCount; ++k) {
    std::string name(rustg::NodeKindName(static_cast<rustg::NodeKind>(k)));
    EXPECT_TRUE(nodes.count(name)) << "no tests/parse golden shows node kind " << name;
  }
  fs::path log = fs::temp_directory_path() / fmt::format("rustg_diag_kinds_{}", getpid());
  fs::remove(log);
  for (const Case& c : cases) RunRustg(c, "cpu", log.string());
  std::set<std::string> diags;
  std::istringstream in(ReadFile(log));
  for (std::string line; std::getline(in, line);) diags.insert(line);
  fs::remove(log);
  for (uint32_t k = 0; k < rustg::DiagKindCount(); ++k) {
    std::string name(rustg::DiagKindName(static_cast<rustg::DiagKind>(k)));
    if (kDiagKindsTestedElsewhere.count(name)) continue;
    EXPECT_TRUE(diags.count(name)) << "no golden test emits diagnostic kind " << name;
  }
}

}  // namespace

auto main(int argc, char** argv) -> int {
  testing::InitGoogleTest(&argc, argv);
  g_rustg = fs::canonical("/proc/self/exe").parent_path() / "rustg";
  std::vector<Case> cases = DiscoverCases();
  for (const Case& c : cases) {
    testing::RegisterTest(("golden_" + c.stage).c_str(), TestName(c).c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [c]() -> testing::Test* {
                            struct T : testing::Test {
                              Case c;
                              explicit T(Case cc) : c(std::move(cc)) {}
                              void TestBody() override { RunCase(c); }
                            };
                            return new T(c);
                          });
  }
  testing::RegisterTest("golden_coverage", "GpuBackend", nullptr, nullptr, __FILE__, __LINE__, []() -> testing::Test* {
    struct T : testing::Test {
      void TestBody() override {
        if (!rustg::CudaDeviceAvailable()) {
          GTEST_SKIP() << (rustg::CudaBackendBuilt() ? "no CUDA device: golden outputs were compared on the CPU backend only"
                                                       : "built without the CUDA backend: golden outputs compared on the CPU only");
        }
        SUCCEED() << "every golden test compared the cpu and gpu backends";
      }
    };
    return new T();
  });
  testing::RegisterTest("golden_coverage", "EveryKindIsTested", nullptr, nullptr, __FILE__, __LINE__,
                        [cases]() -> testing::Test* {
                          struct T : testing::Test {
                            std::vector<Case> cases;
                            explicit T(std::vector<Case> cc) : cases(std::move(cc)) {}
                            void TestBody() override { CheckCoverage(cases); }
                          };
                          return new T(cases);
                        });
  return RUN_ALL_TESTS();
}
