// Ordering work with Column's background frees (FreeLarge, base/column.h).
#pragma once

#include <functional>

namespace rustg {

// Whether FreeLarge frees in the background (not RUSTG_COLUMN_FREE=sync).
auto LargeFreesInBackground() -> bool;

// Runs `task` on FreeLarge's thread, after the blocks queued before it and before those queued
// after it (with RUSTG_COLUMN_FREE=sync: at once). The CUDA parser unlocks the page-locked columns
// of a result this way: their frees come after.
void RunWithLargeFrees(std::function<void()> task);

}  // namespace rustg
