#include "base/column.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <future>
#include <vector>

#include "base/large_free.h"

namespace rustg {
namespace {

// A large column goes back through the background freer, and a task queued there runs (in order
// with the frees: the CUDA parser unlocks page-locked columns this way before they are freed).
TEST(Column, LargeBlocksFreeInTheBackgroundInOrder) {
  std::vector<int> order;
  std::promise<void> done;
  {
    Column<uint32_t> big;
    big.resize(kLargeFreeBytes / sizeof(uint32_t) + 1);
    big.back() = 7;
    RunWithLargeFrees([&order] { order.push_back(1); });
  }  // freed here: queued after the task when in the background
  RunWithLargeFrees([&order, &done] {
    order.push_back(2);
    done.set_value();
  });
  ASSERT_EQ(done.get_future().wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_EQ(order, (std::vector<int>{1, 2}));
  // Small columns free as std::allocator does; copies and reallocations of large ones too.
  Column<uint8_t> small(16, 1);
  Column<uint8_t> copy(kLargeFreeBytes, 2);
  Column<uint8_t> other = copy;
  other.resize(other.size() * 2);
  EXPECT_EQ(other[0], 2);
  EXPECT_EQ(small[15], 1);
}

}  // namespace
}  // namespace rustg
