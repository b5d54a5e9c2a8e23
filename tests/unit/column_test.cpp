#include "base/column.h"
#include "base/id.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace rustg {
namespace {

// Blocks of kLargeFreeBytes and more go back through the background freeing thread; the columns
// behave as std::vector does (copies, reallocation, frees of both sizes in any order).
TEST(Column, LargeBlocksFreeInTheBackground) {
  for (int round = 0; round < 3; ++round) {
    Column<uint32_t> big;
    big.resize(kLargeFreeBytes / sizeof(uint32_t) + 1);
    big.back() = 7;
    Column<uint8_t> small(16, 1);
    Column<uint32_t> copy = big;
    copy.resize(copy.size() * 2);  // reallocates: the old block is freed in the background
    EXPECT_EQ(copy[kLargeFreeBytes / sizeof(uint32_t)], 7u);
    EXPECT_EQ(small[15], 1);
    big = Column<uint32_t>();
  }
}

// resize() leaves plain values unwritten, ids included (whose default constructor would write
// kInvalidIndex): growing within the capacity finds the old values still there.
TEST(Column, ResizeLeavesPlainValuesUnwritten) {
  Column<TokenId> ids(100, TokenId(5));
  ids.resize(0);
  ids.resize(100);
  EXPECT_EQ(ids[50], TokenId(5));
  Column<uint32_t> words(100, 7);
  words.resize(1);
  words.resize(100);
  EXPECT_EQ(words[99], 7u);
}

}  // namespace
}  // namespace rustg
