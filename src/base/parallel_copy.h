// Copies of large byte ranges split over the CPU backend's worker threads.
#pragma once

#include <cstddef>

namespace rustg {

// memcpy(dst, src, bytes) done in pieces on all worker threads of the current TBB arena: one
// thread cannot saturate memory bandwidth, and first-touch page faults of a fresh destination are
// taken in parallel too.
void ParallelCopy(void* dst, const void* src, size_t bytes);

}  // namespace rustg
