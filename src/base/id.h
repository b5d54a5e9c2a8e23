// Typed 32-bit ids: a FileId cannot be passed where a TokenId is expected.
#pragma once

#include <cstdint>
#include <limits>

namespace rustg {

// A 32-bit index into one column family, tagged so that ids of different families do not mix.
template <class Tag>
struct Id {
  static constexpr uint32_t kInvalidIndex = std::numeric_limits<uint32_t>::max();

  uint32_t index = kInvalidIndex;

  constexpr Id() = default;
  constexpr explicit Id(uint32_t i) : index(i) {}
  // An id that refers to nothing.
  static constexpr auto Invalid() -> Id { return Id(); }
  constexpr auto is_valid() const -> bool { return index != kInvalidIndex; }
  friend constexpr auto operator==(Id a, Id b) -> bool = default;
  friend constexpr auto operator<=>(Id a, Id b) = default;
};

// One input file of a build.
using FileId = Id<struct FileTag>;
// One token (trivia included) in a TokenBuffer.
using TokenId = Id<struct TokenTag>;
// One node in a parse Tree.
using NodeId = Id<struct NodeTag>;

}  // namespace rustg
