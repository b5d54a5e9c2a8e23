#include "base/huge_pages.h"

#include <sys/mman.h>

namespace rustg {

void AdviseHugePages(const void* p, size_t bytes) {
  constexpr uintptr_t kPage = 4096;
  constexpr size_t kWorthIt = 4u << 20;  // below a few huge pages the hint cannot help
  if (p == nullptr || bytes < kWorthIt) return;
  uintptr_t lo = (reinterpret_cast<uintptr_t>(p) + kPage - 1) & ~(kPage - 1);
  uintptr_t hi = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kPage - 1);
  if (hi <= lo) return;
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
#endif
}

}  // namespace rustg
