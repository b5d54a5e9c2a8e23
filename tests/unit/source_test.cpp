#include "base/source.h"

#include <gtest/gtest.h>

#include "base/diag.h"

namespace rustg {
namespace {

TEST(SourceBuffer, FilesShareOneBufferWithGlobalOffsets) {
  DiagSink diags;
  SourceBuffer src;
  FileId a = src.AddFile("a.rs", "fn a() {}\n", Edition::k2021, diags);
  FileId b = src.AddFile("b.rs", "x\ny", Edition::k2015, diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(src.file_count(), 2u);
  EXPECT_EQ(src.file_begin(b), 10u + SourceBuffer::kPadding);
  EXPECT_EQ(src.content_bytes(), 13u);
  EXPECT_EQ(src.file_text(a), "fn a() {}\n");
  EXPECT_EQ(src.file_text(b), "x\ny");
  EXPECT_EQ(src.edition(b), Edition::k2015);
  EXPECT_EQ(src.line_count(a), 1u);
  EXPECT_EQ(src.line_count(b), 2u);
  LineCol lc = src.Locate(src.file_begin(b) + 2);
  EXPECT_EQ(lc.file_id, b);
  EXPECT_EQ(lc.line, 2u);
  EXPECT_EQ(lc.col, 1u);
  EXPECT_EQ(src.LineText(b, 2), "y");
  // The padding after each file reads as zero bytes.
  EXPECT_EQ(src.data()[src.file_end(a)], '\0');
  EXPECT_EQ(src.data()[src.file_end(b)], '\0');
  // An offset at a file's end belongs to that file, not to the next one.
  EXPECT_EQ(src.FileOf(src.file_end(a)), a);
}

TEST(SourceBuffer, ColumnsCountScalarValues) {
  DiagSink diags;
  SourceBuffer src;
  src.AddFile("u.rs", "let é = 1;", Edition::k2021, diags);
  // `=` is byte 7 but column 7 (é is two bytes, one column).
  EXPECT_EQ(src.Locate(7).col, 7u);
}

TEST(SourceBuffer, EmptyFileResolvesToItself) {
  DiagSink diags;
  SourceBuffer src;
  FileId a = src.AddFile("a.rs", "ab", Edition::k2021, diags);
  FileId e = src.AddFile("empty.rs", "", Edition::k2021, diags);
  EXPECT_EQ(src.FileOf(src.file_end(a)), a);
  EXPECT_EQ(src.FileOf(src.file_begin(e)), e);
  EXPECT_EQ(src.line_count(e), 1u);
}

TEST(SourceBuffer, ReportsInvalidUtf8) {
  DiagSink diags;
  SourceBuffer src;
  src.AddFile("bad.rs", std::string("ok\xff"), Edition::k2021, diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].kind, DiagKind::InvalidUtf8);
  EXPECT_EQ(diags.all()[0].lo, 2u);
}

TEST(SourceBuffer, RejectsInputOverLimit) {
  DiagSink diags;
  SourceBuffer src;
  src.set_max_bytes(4);
  EXPECT_TRUE(src.AddFile("a.rs", "abc", Edition::k2021, diags).is_valid());
  EXPECT_FALSE(src.AddFile("b.rs", "de", Edition::k2021, diags).is_valid());
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].kind, DiagKind::InputTooLarge);
  EXPECT_EQ(src.file_count(), 1u);
}

TEST(Utf8, DecodesAndRejects) {
  uint32_t len;
  EXPECT_EQ(DecodeUtf8("\xc3\xa9", 2, len), 0xE9u);
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(DecodeUtf8("\xed\xa0\x80", 3, len), 0xFFFFFFFFu);  // surrogate
  EXPECT_EQ(DecodeUtf8("\xc0\x80", 2, len), 0xFFFFFFFFu);      // overlong
  EXPECT_EQ(FirstInvalidUtf8("abc\xf0\x9f\x98\x80xyz"), 10u);
  EXPECT_EQ(FirstInvalidUtf8("abc\xf0\x9f"), 3u);
}

}  // namespace
}  // namespace rustg
