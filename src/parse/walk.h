// Navigation helpers over the flat postorder Tree for the passes after parsing.
#pragma once

#include <algorithm>
#include <vector>

#include "parse/parse.h"

namespace rustg {

// Children of node `id`, in source order. In postorder the last child sits right before its parent
// and each earlier child right before the subtree of the next one.
inline auto Children(const Tree& t, NodeId id) -> std::vector<NodeId> {
  // Counted first, then filled from the back: one allocation per call (every pass after parsing
  // calls this per node, and growing the vector dominated its cost).
  uint32_t first = id.index + 1 - t.subtree_size[id.index];
  uint32_t n = 0;
  for (uint32_t c = id.index; c-- > first; c = c + 1 - t.subtree_size[c]) ++n;
  std::vector<NodeId> out(n);
  for (uint32_t c = id.index; c-- > first; c = c + 1 - t.subtree_size[c]) out[--n] = NodeId(c);
  return out;
}

// The first child of `id` of kind `k`, or invalid (walked from the last child, keeping the
// earliest match, so nothing is allocated).
inline auto ChildOfKind(const Tree& t, NodeId id, NodeKind k) -> NodeId {
  NodeId found = NodeId::Invalid();
  uint32_t first = id.index + 1 - t.subtree_size[id.index];
  for (uint32_t c = id.index; c-- > first; c = c + 1 - t.subtree_size[c]) {
    if (t.kind[c] == k) found = NodeId(c);
  }
  return found;
}

}  // namespace rustg
