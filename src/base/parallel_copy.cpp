#include "base/parallel_copy.h"

#include <cstring>

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace rustg {

void ParallelCopy(void* dst, const void* src, size_t bytes) {
  // Below a few MiB the threads' start-up costs more than they save.
  constexpr size_t kPiece = 2u << 20;
  if (bytes <= 2 * kPiece) {
    std::memcpy(dst, src, bytes);
    return;
  }
  size_t pieces = (bytes + kPiece - 1) / kPiece;
  tbb::parallel_for(tbb::blocked_range<size_t>(0, pieces), [&](const tbb::blocked_range<size_t>& r) {
    size_t lo = r.begin() * kPiece, hi = std::min(bytes, r.end() * kPiece);
    std::memcpy(static_cast<char*>(dst) + lo, static_cast<const char*>(src) + lo, hi - lo);
  });
}

}  // namespace rustg
