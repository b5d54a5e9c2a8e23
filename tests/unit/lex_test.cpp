// Lexer invariants that golden files cannot state: round trips on arbitrary bytes, determinism
// across thread counts, per-file edition rules, and timing spans.
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/diag.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/lex.h"

namespace rustg {
namespace {

// Kinds of the non-trivia tokens of file f.
auto Kinds(const TokenBuffer& t, FileId f) -> std::vector<TokenKind> {
  std::vector<TokenKind> out;
  for (uint32_t i = t.file_first_token[f.index]; i < t.file_first_token[f.index + 1]; ++i) {
    if (!IsTrivia(t.kind[i])) out.push_back(t.kind[i]);
  }
  return out;
}

// Tokens cover every file without gaps and end with an Eof at the file's end.
void ExpectCovers(const SourceBuffer& src, const TokenBuffer& t) {
  ASSERT_EQ(t.file_first_token.size(), src.file_count() + 1);
  for (uint32_t f = 0; f < src.file_count(); ++f) {
    FileId id(f);
    uint32_t a = t.file_first_token[f], b = t.file_first_token[f + 1];
    ASSERT_LT(a, b);
    EXPECT_EQ(t.start[a], src.file_begin(id));
    EXPECT_EQ(t.kind[b - 1], TokenKind::Eof);
    EXPECT_EQ(t.start[b - 1], src.file_end(id));
    std::string joined;
    for (uint32_t i = a; i < b; ++i) {
      if (i + 1 < b) {
        EXPECT_LT(t.start[i], t.start[i + 1]);
      }
      joined += t.text(src, TokenId(i));
    }
    EXPECT_EQ(joined, src.file_text(id));
  }
}

TEST(Lex, RoundTripsArbitraryBytes) {
  std::mt19937 rng(7);
  const std::string alphabet = "ab_r#'\"\\/*!\n\r .0x1e{}u\xc3\xa9\xff\x80\xf0\x9f\x98\x80";
  for (int round = 0; round < 300; ++round) {
    DiagSink diags;
    SourceBuffer src;
    for (int f = 0; f < 3; ++f) {
      std::string s;
      int len = static_cast<int>(rng() % 200);
      for (int i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
      src.AddFile("f.rs", s, static_cast<Edition>(rng() % 3), diags);
    }
    TokenBuffer t = Lex(src, PassOptions{}, diags);
    ExpectCovers(src, t);
  }
}

TEST(Lex, SameOutputForEveryThreadCount) {
  DiagSink load;
  SourceBuffer src;
  for (int f = 0; f < 40; ++f) {
    std::string s = std::string("fn f").append(std::to_string(f)).append("() { let x = \"s\\q\"; 'a: loop {} 0b12 }\n");
    src.AddFile(std::string("f").append(std::to_string(f)).append(".rs"), s, Edition::k2021, load);
  }
  DiagSink d1, dn;
  TokenBuffer one = Lex(src, PassOptions{Backend::Cpu, 1}, d1);
  TokenBuffer all = Lex(src, PassOptions{Backend::Cpu, 0}, dn);
  EXPECT_EQ(one.kind, all.kind);
  EXPECT_EQ(one.start, all.start);
  EXPECT_EQ(one.file_first_token, all.file_first_token);
  auto a = d1.Sorted(), b = dn.Sorted();
  ASSERT_EQ(a.size(), b.size());
  ASSERT_EQ(a.size(), 80u);  // an unknown escape and an invalid binary digit per file
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].lo, b[i].lo);
    EXPECT_EQ(a[i].message, b[i].message);
  }
}

TEST(Lex, EditionsChangeKeywordsAndPrefixes) {
  DiagSink diags;
  SourceBuffer src;
  FileId f15 = src.AddFile("a.rs", "async dyn try c\"x\" foo#", Edition::k2015, diags);
  FileId f18 = src.AddFile("b.rs", "async dyn try c\"x\" foo#", Edition::k2018, diags);
  FileId f21 = src.AddFile("c.rs", "async dyn try c\"x\" foo#", Edition::k2021, diags);
  TokenBuffer t = Lex(src, PassOptions{}, diags);
  using K = TokenKind;
  EXPECT_EQ(Kinds(t, f15), (std::vector<K>{K::Ident, K::Ident, K::Ident, K::Ident, K::StrLit, K::Ident, K::Pound, K::Eof}));
  EXPECT_EQ(Kinds(t, f18), (std::vector<K>{K::KwAsync, K::KwDyn, K::KwTry, K::Ident, K::StrLit, K::Ident, K::Pound, K::Eof}));
  EXPECT_EQ(Kinds(t, f21), (std::vector<K>{K::KwAsync, K::KwDyn, K::KwTry, K::CStrLit, K::Ident, K::Pound, K::Eof}));
  // Only 2021 reports the reserved prefix `foo#`.
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].kind, DiagKind::UnknownPrefix);
  EXPECT_EQ(src.FileOf(diags.all()[0].lo), f21);
}

TEST(Lex, FloatsAndDots) {
  DiagSink diags;
  SourceBuffer src;
  FileId f = src.AddFile("a.rs", "1. 1.0 1..2 1.foo x.0.1 1e5 0x1e", Edition::k2021, diags);
  TokenBuffer t = Lex(src, PassOptions{}, diags);
  using K = TokenKind;
  EXPECT_EQ(Kinds(t, f), (std::vector<K>{K::FloatLit, K::FloatLit, K::IntLit, K::DotDot, K::IntLit, K::IntLit, K::Dot,
                                         K::Ident, K::Ident, K::Dot, K::FloatLit, K::FloatLit, K::IntLit, K::Eof}));
  EXPECT_TRUE(diags.empty());
}

TEST(Lex, RecordsOneSpanPerFile) {
  DiagSink diags;
  SourceBuffer src;
  src.AddFile("a.rs", "fn a() {}", Edition::k2021, diags);
  src.AddFile("b.rs", "fn b() {}", Edition::k2021, diags);
  Timings timings;
  timings.Enable();
  Lex(src, PassOptions{}, diags, &timings);
  std::string json = timings.ToJson();
  EXPECT_NE(json.find("a.rs"), std::string::npos);
  EXPECT_NE(json.find("b.rs"), std::string::npos);
}

TEST(Lex, EmptyInput) {
  DiagSink diags;
  SourceBuffer src;
  TokenBuffer t = Lex(src, PassOptions{}, diags);
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.file_first_token, std::vector<uint32_t>{0});
}

}  // namespace
}  // namespace rustg
