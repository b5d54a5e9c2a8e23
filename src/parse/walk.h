// Navigation helpers over the flat postorder Tree for the passes after parsing.
#pragma once

#include <algorithm>
#include <vector>

#include "parse/parse.h"

namespace rustg {

// Calls f(child) for each child of node `id`, last child first, allocating nothing. In postorder
// the last child sits right before its parent and each earlier child right before the subtree of
// the next one.
template <typename F>
inline void ForEachChildBackward(const Tree& t, NodeId id, F&& f) {
  uint32_t first = id.index + 1 - t.subtree_size[id.index];
  for (uint32_t c = id.index; c-- > first; c = c + 1 - t.subtree_size[c]) f(NodeId(c));
}

// Number of children of node `id`.
inline auto ChildCount(const Tree& t, NodeId id) -> uint32_t {
  uint32_t n = 0;
  ForEachChildBackward(t, id, [&](NodeId) { ++n; });
  return n;
}

// Children of node `id`, in source order.
inline auto Children(const Tree& t, NodeId id) -> std::vector<NodeId> {
  // Counted first, then filled from the back: one allocation per call (every pass after parsing
  // calls this per node, and growing the vector dominated its cost).
  uint32_t n = ChildCount(t, id);
  std::vector<NodeId> out(n);
  ForEachChildBackward(t, id, [&](NodeId c) { out[--n] = c; });
  return out;
}

// The first child of `id` of kind `k`, or invalid (walked from the last child, keeping the
// earliest match, so nothing is allocated).
inline auto ChildOfKind(const Tree& t, NodeId id, NodeKind k) -> NodeId {
  NodeId found = NodeId::Invalid();
  ForEachChildBackward(t, id, [&](NodeId c) {
    if (t.kind[c.index] == k) found = c;
  });
  return found;
}

}  // namespace rustg
