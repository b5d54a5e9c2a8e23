#include "base/column.h"

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

}  // namespace
}  // namespace rustg
