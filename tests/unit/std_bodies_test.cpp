// Every body of the std subset (runtime/std/*.rs) checks without a diagnostic. A build checks only
// the std bodies its program can reach (check/live_fns.h), so this test is what catches a broken
// body no tests/run program calls.
#include <gtest/gtest.h>

#include <string>

#include <fmt/format.h>

#include "base/diag.h"
#include "base/source.h"
#include "check/analyze.h"
#include "expand/prelude.h"

namespace rustg {
namespace {

// A crate that splices in every std file: each file's trigger names are written inside a macro
// that is never invoked, so only the file selection (expand/prelude.cpp) reads them.
auto CrateNamingEveryStdFile() -> std::string {
  std::string names;
  for (uint32_t i = 0; i < kPreludeKeysCount; ++i) {
    for (const char* const* d = kPreludeKeys[i].defines; *d; ++d) names += fmt::format(" x.{0} X::{0}", *d);
    for (const char* const* k = kPreludeKeys[i].keys; *k; ++k) names += fmt::format(" x.{0}", *k);
  }
  return "macro_rules! names { () => {" + names + " }; }\nfn main() {}\n";
}

struct Checked {
  SourceBuffer src;
  DiagSink diags;
  Analysis a;
};

auto CheckCrate(const std::string& text, bool all_std_bodies, Checked& out) -> void {
  out.src.AddFile("all_std.rs", text, Edition::k2021, out.diags);
  TokenBuffer tokens = Lex(out.src, PassOptions{Backend::Cpu, 1}, out.diags);
  Tree tree = Parse(out.src, tokens, PassOptions{Backend::Cpu, 1}, out.diags);
  out.a = Analyze(out.src, tokens, tree, SyntaxOptions{}, out.diags, nullptr, all_std_bodies);
}

TEST(StdBodies, EveryBodyOfEveryStdFileChecksCleanly) {
  Checked c;
  CheckCrate(CrateNamingEveryStdFile(), /*all_std_bodies=*/true, c);
  uint32_t std_files = 0;
  for (uint32_t f = 0; f < c.src.file_count(); ++f) std_files += IsPreludeFile(c.src, FileId(f));
  EXPECT_EQ(std_files, kPreludeFileCount) << "every runtime/std file is spliced in";
  for (const Diagnostic& d : c.diags.Sorted()) ADD_FAILURE() << RenderHuman(d, c.src, false);
  size_t std_fns = 0;
  for (size_t f = 0; f < c.a.typed.fn_unchecked.size(); ++f) {
    EXPECT_EQ(c.a.typed.fn_unchecked[f], 0) << c.a.res.items.fn_names[f];
    TokenId tok = c.a.expanded.token[c.a.res.items.fns[f].index];
    std_fns += tok.is_valid() && IsPreludeOffset(c.src, c.a.syntax.tokens.start[tok.index]);
  }
  EXPECT_GT(std_fns, 500u);
}

TEST(StdBodies, ABuildChecksOnlyTheBodiesItsProgramReaches) {
  Checked c;
  CheckCrate("fn main() { let mut v = Vec::new(); v.push(1); println!(\"{:?}\", v.iter().rev().count()); }\n",
             /*all_std_bodies=*/false, c);
  EXPECT_TRUE(c.diags.empty());
  const Items& items = c.a.res.items;
  auto checked = [&](std::string_view name) {
    bool any = false;
    for (size_t f = 0; f < items.fns.size(); ++f) {
      if (items.fn_names[f] == name) any |= c.a.typed.fn_unchecked[f] == 0;
    }
    return any;
  };
  EXPECT_TRUE(checked("main"));
  EXPECT_TRUE(checked("rev"));
  EXPECT_TRUE(checked("count"));
  EXPECT_FALSE(checked("step_by"));
  EXPECT_FALSE(checked("peekable"));
}

}  // namespace
}  // namespace rustg
