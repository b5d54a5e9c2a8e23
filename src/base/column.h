// Column<T>: the vector type of pass outputs (struct-of-arrays columns).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace rustg {

// Blocks from this size on are freed on a background thread (FreeLarge).
inline constexpr size_t kLargeFreeBytes = 64u << 20;

// Frees a block of `bytes` (>= kLargeFreeBytes) that ::operator new returned, on a background
// thread: returning a large column's pages to the kernel (munmap) took the caller 10-12 ms after a
// 1 GB lex+parse on the H200 machine (2.6 GB of columns, mostly in 2 MiB pages; 1.4 GB in 4 KiB
// pages took 78 ms). RUSTG_COLUMN_FREE=sync frees at once instead (for comparison).
void FreeLarge(void* p, size_t bytes);

// std::allocator, except that value-less construction leaves plain values unwritten: resize() on
// a column of trivially copyable values does not write them first, not even the kInvalidIndex of
// an Id's default constructor (such values begin their lifetime with the memory that holds them,
// as implicit-lifetime types). Passes that size an output once and then fill every element
// (parallel copies, GPU downloads) save a pass over memory that way: the 1 GB lex+parse's tree
// presize spent 70-170 ms (H200 machine) writing kInvalidIndex into its 564 MB token column on one
// thread before this. Large blocks are freed in the background (FreeLarge).
template <class T>
struct DefaultInitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <class U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    if constexpr (!std::is_trivially_copyable_v<U> || !std::is_trivially_destructible_v<U>) {
      ::new (static_cast<void*>(p)) U;
    }
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  void deallocate(T* p, size_t n) noexcept {
    if (n * sizeof(T) >= kLargeFreeBytes && alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__) {
      FreeLarge(p, n * sizeof(T));
      return;
    }
    std::allocator<T>::deallocate(p, n);
  }
};

// A column of a pass's output. **Invariant:** whoever resize()s a column writes every new element.
template <class T>
using Column = std::vector<T, DefaultInitAllocator<T>>;

// Appends the n elements at p to `column` with one memmove; insert() would construct them one at
// a time through the allocator's construct().
template <class T>
void AppendToColumn(Column<T>& column, const T* p, size_t n) {
  static_assert(std::is_trivially_copyable_v<T>, "columns hold plain values");
  size_t at = column.size();
  column.resize(at + n);
  if (n != 0) std::memmove(column.data() + at, p, n * sizeof(T));
}

}  // namespace rustg
