#include "base/huge_pages.h"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>

namespace rustg {

void AdviseHugePages(const void* p, size_t bytes) {
  constexpr uintptr_t kPage = 4096;
  constexpr size_t kWorthIt = 4u << 20;  // below a few huge pages the hint cannot help
  // RUSTG_HUGE_PAGES=0 (a measurement, read once): no advice.
  static const bool enabled = [] {
    const char* env = std::getenv("RUSTG_HUGE_PAGES");
    return env == nullptr || std::strcmp(env, "0") != 0;
  }();
  if (!enabled || p == nullptr || bytes < kWorthIt) return;
  uintptr_t lo = (reinterpret_cast<uintptr_t>(p) + kPage - 1) & ~(kPage - 1);
  uintptr_t hi = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kPage - 1);
  if (hi <= lo) return;
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
#endif
}

}  // namespace rustg
