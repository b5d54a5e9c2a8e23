// Transparent huge pages for the large, freshly written columns of a pass's output.
#pragma once

#include <cstddef>
#include <cstdint>

namespace rustg {

// Asks the kernel to back the untouched memory [p, p + bytes) with 2 MiB pages, so that writing a
// large output column takes one page fault per 2 MiB instead of one per 4 KiB. A hint only: it
// does nothing where THP is disabled or the range is small, or under RUSTG_HUGE_PAGES=0.
void AdviseHugePages(const void* p, size_t bytes);

// Reserves room for n elements in a vector-like column and advises huge pages for it.
template <class Column>
void ReserveHuge(Column& column, size_t n) {
  column.reserve(n);
  AdviseHugePages(column.data(), n * sizeof(*column.data()));
}

}  // namespace rustg
