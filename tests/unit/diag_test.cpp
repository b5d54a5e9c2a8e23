#include "base/diag.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/source.h"

namespace rustg {
namespace {

TEST(Diag, RendersLikeRustc) {
  DiagSink diags;
  SourceBuffer src;
  src.AddFile("m.rs", "fn main() {\n    let x = ;\n}\n", Edition::k2021, diags);
  Diagnostic& d = diags.Emit(DiagKind::InvalidUtf8, 24, 25, "expected expression, found `;`");
  d.label = "expected expression";
  d.children.push_back({Level::Help, "remove the `=`", false, 0, 0});
  EXPECT_EQ(RenderHuman(d, src, false),
            "error: expected expression, found `;`\n"
            " --> m.rs:2:13\n"
            "  |\n"
            "2 |     let x = ;\n"
            "  |             ^ expected expression\n"
            "  |\n"
            "  = help: remove the `=`\n");
  EXPECT_EQ(RenderSummary(1, 0, false), "error: aborting due to 1 previous error\n");
  EXPECT_EQ(RenderSummary(3, 1, false), "error: aborting due to 3 previous errors; 1 warning emitted\n");
}

TEST(Diag, JsonHasRustcShape) {
  DiagSink diags;
  SourceBuffer src;
  src.AddFile("m.rs", "ab\ncd\n", Edition::k2021, diags);
  Diagnostic& d = diags.Emit(DiagKind::InvalidUtf8, 4, 5, "msg");
  auto j = nlohmann::json::parse(RenderJson(d, src));
  EXPECT_EQ(j["$message_type"], "diagnostic");
  EXPECT_EQ(j["level"], "error");
  EXPECT_TRUE(j["code"].is_null());
  ASSERT_EQ(j["spans"].size(), 1u);
  EXPECT_EQ(j["spans"][0]["line_start"], 2);
  EXPECT_EQ(j["spans"][0]["column_start"], 2);
  EXPECT_EQ(j["spans"][0]["byte_start"], 4);
  EXPECT_EQ(j["spans"][0]["text"][0]["text"], "cd");
  EXPECT_TRUE(j["rendered"].get<std::string>().find(" --> m.rs:2:2") != std::string::npos);
}

TEST(Diag, SortedIsStableByPosition) {
  DiagSink diags;
  diags.Emit(DiagKind::InvalidUtf8, 9, 10, "b");
  diags.Emit(DiagKind::InvalidUtf8, 3, 4, "a");
  diags.EmitNoSpan(DiagKind::CannotReadFile, "first");
  diags.Emit(DiagKind::InvalidUtf8, 9, 9, "c");
  auto s = diags.Sorted();
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].message, "first");
  EXPECT_EQ(s[1].message, "a");
  EXPECT_EQ(s[2].message, "b");
  EXPECT_EQ(s[3].message, "c");
  EXPECT_EQ(diags.error_count(), 4u);
}

}  // namespace
}  // namespace rustg
