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

// std::allocator, except that value-less construction default-initializes: resize() on a column
// of trivial values leaves them unwritten instead of zeroing them first. Passes that size an
// output once and then fill every element (parallel copies, GPU downloads) save a full pass over
// memory that way.
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
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
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
