// Navigation helpers over the flat postorder Tree for the passes after parsing.
#pragma once

#include <algorithm>
#include <vector>

#include "parse/parse.h"

namespace rustg {

// Children of node `id`, in source order. In postorder the last child sits right before its parent
// and each earlier child right before the subtree of the next one.
inline auto Children(const Tree& t, NodeId id) -> std::vector<NodeId> {
  std::vector<NodeId> out;
  uint32_t first = id.index + 1 - t.subtree_size[id.index];
  for (uint32_t c = id.index; c-- > first;) {
    out.push_back(NodeId(c));
    c = c + 1 - t.subtree_size[c];
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The first child of `id` of kind `k`, or invalid.
inline auto ChildOfKind(const Tree& t, NodeId id, NodeKind k) -> NodeId {
  for (NodeId c : Children(t, id)) {
    if (t.kind[c.index] == k) return c;
  }
  return NodeId::Invalid();
}

}  // namespace rustg
