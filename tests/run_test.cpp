// Run-pass tests: every tests/run/NAME.rs is built with `rustg build` (cwd tests/run, so panics
// name the file `NAME.rs` as rustc's build did), run, and compared with what rustc's build of the
// same program did: NAME.run.stdout (exact stdout), NAME.run.exit (exit code, when not 0) and,
// when present, NAME.run.stderr (exact stderr; the thread id in `thread 'main' (ID) panicked`
// is masked on both sides). The expectations come from tools/bless_run.sh (rustc), never by hand.
// tests/run/expected_failures.txt lists `NAME<TAB>reason` lines: such a test is reported skipped
// with the reason, and passing makes it fail ("remove NAME from …"), so the list only shrinks.
// Each program is built with the default C compiler (in-process tcc where available); run_cc.all
// builds every passing program again with the system cc, and debug.gdb checks that a `-g` build
// lets gdb stop and step on Rust source lines.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

auto SourceDir() -> fs::path {
  const char* env = std::getenv("RUSTG_SOURCE_DIR");
  return env && *env ? fs::path(env) : fs::path(RUSTG_SOURCE_DIR);
}

const fs::path kRunDir = SourceDir() / "tests" / "run";
fs::path g_rustg;    // build/bin/rustg
fs::path g_scratch;  // per-process folder for binaries and captured output

auto ReadFile(const fs::path& p) -> std::string {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

auto ShellQuote(const std::string& s) -> std::string {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

auto ExitCode(int status) -> int { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

// The thread id rustc 1.95 prints differs per run.
auto MaskThreadId(const std::string& s) -> std::string {
  static const std::regex kId(R"(thread '([^']*)' \(\d+\) panicked)");
  return std::regex_replace(s, kId, "thread '$1' (ID) panicked");
}

auto ExpectedFailures() -> std::map<std::string, std::string> {
  std::map<std::string, std::string> out;
  std::istringstream in(ReadFile(kRunDir / "expected_failures.txt"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    out[line.substr(0, tab)] = tab == std::string::npos ? "" : line.substr(tab + 1);
  }
  return out;
}

// Builds and runs one program; returns an empty string when it matches, else what differs.
auto RunOne(const std::string& name, const std::string& c_compiler = "auto", bool optimize = false) -> std::string {
  fs::path bin = g_scratch / name;
  fs::path out = g_scratch / (name + ".out"), err = g_scratch / (name + ".err"), berr = g_scratch / (name + ".build");
  std::string build = fmt::format("cd {} && XDG_CACHE_HOME={} {} build --color=never --c-compiler={}{} {}.rs -o {} >{} 2>&1",
                                  ShellQuote(kRunDir.string()), ShellQuote((g_scratch / "cache").string()),
                                  ShellQuote(g_rustg.string()), c_compiler, optimize ? " -O" : "", name, ShellQuote(bin.string()),
                                  ShellQuote(berr.string()));
  int brc = ExitCode(std::system(build.c_str()));
  if (brc != 0) return fmt::format("rustg build failed (exit {}):\n{}", brc, ReadFile(berr));
  std::string run = fmt::format("cd {} && {} >{} 2>{}", ShellQuote(kRunDir.string()), ShellQuote(bin.string()),
                                ShellQuote(out.string()), ShellQuote(err.string()));
  int rc = ExitCode(std::system(run.c_str()));
  std::string problems;
  std::string want_out = ReadFile(kRunDir / (name + ".run.stdout"));
  std::string got_out = ReadFile(out);
  if (got_out != want_out) problems += fmt::format("stdout differs:\n--- expected\n{}\n--- got\n{}\n", want_out, got_out);
  int want_rc = 0;
  if (fs::exists(kRunDir / (name + ".run.exit"))) want_rc = std::atoi(ReadFile(kRunDir / (name + ".run.exit")).c_str());
  if (rc != want_rc) problems += fmt::format("exit code {} (expected {})\n", rc, want_rc);
  if (fs::exists(kRunDir / (name + ".run.stderr"))) {
    std::string want_err = MaskThreadId(ReadFile(kRunDir / (name + ".run.stderr")));
    std::string got_err = MaskThreadId(ReadFile(err));
    if (got_err != want_err) problems += fmt::format("stderr differs:\n--- expected\n{}\n--- got\n{}\n", want_err, got_err);
  }
  fs::remove(bin);
  fs::remove(out);
  fs::remove(err);
  fs::remove(berr);
  return problems;
}

// Whether `prog` is an executable on PATH.
auto OnPath(const std::string& prog) -> bool {
  return ExitCode(std::system(fmt::format("command -v {} >/dev/null 2>&1", prog).c_str())) == 0;
}

// A `-g` build of examples/collatz.rs: gdb breaks on a Rust line by file:line and `next` steps to
// the following Rust line (the generated C carries `#line` directives).
TEST(debug, gdb) {
  if (!OnPath("gdb")) GTEST_SKIP() << "gdb is not installed";
  fs::path bin = g_scratch / "collatz_g";
  fs::path log = g_scratch / "gdb.log";
  std::string build = fmt::format("cd {} && XDG_CACHE_HOME={} {} build -g collatz.rs -o {} >{} 2>&1",
                                  ShellQuote((SourceDir() / "examples").string()),
                                  ShellQuote((g_scratch / "cache").string()), ShellQuote(g_rustg.string()),
                                  ShellQuote(bin.string()), ShellQuote(log.string()));
  ASSERT_EQ(ExitCode(std::system(build.c_str())), 0) << ReadFile(log);
  std::string gdb = fmt::format("gdb -nx -batch -ex 'break collatz.rs:12' -ex run -ex next {} >{} 2>&1 </dev/null",
                                ShellQuote(bin.string()), ShellQuote(log.string()));
  std::system(gdb.c_str());
  std::string out = ReadFile(log);
  EXPECT_NE(out.find("Breakpoint 1, "), std::string::npos) << out;
  EXPECT_NE(out.find("collatz.rs:12\n12\t    let limit = 3_000_000;"), std::string::npos) << out;
  EXPECT_NE(out.find("\n13\t    let mut best = 0;"), std::string::npos) << out;
}

// `-o` naming something that is not a regular file (a FIFO here; /dev/null in practice) gets the
// executable written into it and stays what it was: tcc unlinks its output before writing, which
// once replaced /dev/null with a regular file.
TEST(build, output_to_fifo) {
  fs::path fifo = g_scratch / "out.fifo", got = g_scratch / "fifo.bytes", log = g_scratch / "fifo.log";
  ASSERT_EQ(ExitCode(std::system(fmt::format("mkfifo {}", ShellQuote(fifo.string())).c_str())), 0);
  std::string cmd = fmt::format("(timeout 60 cat {0} >{1} &) ; cd {2} && XDG_CACHE_HOME={3} {4} build sieve.rs -o {0} >{5} 2>&1",
                                ShellQuote(fifo.string()), ShellQuote(got.string()),
                                ShellQuote((SourceDir() / "examples").string()), ShellQuote((g_scratch / "cache").string()),
                                ShellQuote(g_rustg.string()), ShellQuote(log.string()));
  ASSERT_EQ(ExitCode(std::system(cmd.c_str())), 0) << ReadFile(log);
  EXPECT_TRUE(fs::is_fifo(fifo));
  // The reader has the writer's bytes once the writer closed; give it a moment to flush them.
  for (int i = 0; i < 100 && ReadFile(got).size() < 4; ++i) usleep(20000);
  EXPECT_EQ(ReadFile(got).substr(0, 4), "\x7f" "ELF");
}

}  // namespace

auto main(int argc, char** argv) -> int {
  testing::InitGoogleTest(&argc, argv);
  g_rustg = fs::canonical("/proc/self/exe").parent_path() / "rustg";
  g_scratch = fs::temp_directory_path() / fmt::format("rustg_run_test_{}", getpid());
  fs::create_directories(g_scratch);
  std::map<std::string, std::string> xfail = ExpectedFailures();
  std::vector<std::string> names;
  if (fs::exists(kRunDir)) {
    for (const auto& e : fs::directory_iterator(kRunDir)) {
      if (e.path().extension() == ".rs") names.push_back(e.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    auto it = xfail.find(name);
    bool expected_fail = it != xfail.end();
    std::string reason = expected_fail ? it->second : "";
    testing::RegisterTest("run", name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [name, expected_fail, reason]() -> testing::Test* {
                            struct T : testing::Test {
                              std::string name, reason;
                              bool expected_fail;
                              T(std::string n, bool x, std::string r)
                                  : name(std::move(n)), reason(std::move(r)), expected_fail(x) {}
                              void TestBody() override {
                                std::string problems = RunOne(name);
                                if (expected_fail) {
                                  if (problems.empty())
                                    FAIL() << "passes now: remove " << name << " from tests/run/expected_failures.txt";
                                  GTEST_SKIP() << "expected failure: " << reason;
                                }
                                EXPECT_TRUE(problems.empty()) << problems;
                              }
                            };
                            return new T(name, expected_fail, reason);
                          });
  }
  // The passing programs again, built with the system C compiler.
  testing::RegisterTest("run_cc", "all", nullptr, nullptr, __FILE__, __LINE__, [names, xfail]() -> testing::Test* {
    struct T : testing::Test {
      std::vector<std::string> names;
      std::map<std::string, std::string> xfail;
      T(std::vector<std::string> n, std::map<std::string, std::string> x) : names(std::move(n)), xfail(std::move(x)) {}
      void TestBody() override {
        for (const std::string& name : names) {
          if (xfail.count(name)) continue;
          std::string problems = RunOne(name, "cc");
          EXPECT_TRUE(problems.empty()) << name << " (--c-compiler=cc): " << problems;
        }
      }
    };
    return new T(names, xfail);
  });
  // The programs with 128-bit integers again, built with tcc forced: `auto` would fall back to the
  // system cc where tcc fails, hiding a 128-bit operation that codegen/int128.inc does not spell
  // through the emulation helpers (a build-speed regression, not a wrong value).
  testing::RegisterTest("run_tcc", "int128", nullptr, nullptr, __FILE__, __LINE__, [names, xfail]() -> testing::Test* {
    struct T : testing::Test {
      std::vector<std::string> names;
      std::map<std::string, std::string> xfail;
      T(std::vector<std::string> n, std::map<std::string, std::string> x) : names(std::move(n)), xfail(std::move(x)) {}
      void TestBody() override {
        if (std::string p = RunOne("hello", "tcc"); p.find("has no libtcc") != std::string::npos)
          GTEST_SKIP() << "this rustg has no libtcc";
        int n = 0;
        for (const std::string& name : names) {
          std::string text = ReadFile(kRunDir / (name + ".rs"));
          if (xfail.count(name) || (text.find("i128") == std::string::npos && text.find("u128") == std::string::npos))
            continue;
          ++n;
          std::string problems = RunOne(name, "tcc");
          EXPECT_TRUE(problems.empty()) << name << " (--c-compiler=tcc): " << problems;
        }
        EXPECT_GT(n, 0);
      }
    };
    return new T(names, xfail);
  });
  // A sample of the passing programs again, built with -O (the system cc optimizing: undefined
  // behaviour in the generated C shows there, as a dangling pointer to a block's temporary did).
  // Left out: programs whose release build rightly differs from the debug build the expectations
  // come from (an overflow panic, debug assertions). Every 6th program, and the regression tests.
  testing::RegisterTest("run_opt", "sample", nullptr, nullptr, __FILE__, __LINE__, [names, xfail]() -> testing::Test* {
    struct T : testing::Test {
      std::vector<std::string> names;
      std::map<std::string, std::string> xfail;
      T(std::vector<std::string> n, std::map<std::string, std::string> x) : names(std::move(n)), xfail(std::move(x)) {}
      void TestBody() override {
        int n = 0;
        for (size_t i = 0; i < names.size(); ++i) {
          const std::string& name = names[i];
          if (i % 6 != 0 && name != "coerce_reborrow_literals") continue;
          if (xfail.count(name) || ReadFile(kRunDir / (name + ".run.stderr")).find("with overflow") != std::string::npos ||
              ReadFile(kRunDir / (name + ".rs")).find("debug_assert") != std::string::npos)
            continue;
          ++n;
          std::string problems = RunOne(name, "cc", /*optimize=*/true);
          EXPECT_TRUE(problems.empty()) << name << " (-O): " << problems;
        }
        EXPECT_GT(n, 0);
      }
    };
    return new T(names, xfail);
  });
  // Every name in the list must be a test, so stale entries do not accumulate.
  for (const auto& [name, reason] : xfail) {
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      testing::RegisterTest("run_list", name.c_str(), nullptr, nullptr, __FILE__, __LINE__, [name]() -> testing::Test* {
        struct T : testing::Test {
          std::string name;
          explicit T(std::string n) : name(std::move(n)) {}
          void TestBody() override { FAIL() << name << " is in expected_failures.txt but tests/run/" << name << ".rs does not exist"; }
        };
        return new T(name);
      });
    }
  }
  int rc = RUN_ALL_TESTS();
  std::error_code ec;
  fs::remove_all(g_scratch, ec);
  return rc;
}
