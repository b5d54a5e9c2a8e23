// NodeKind: the enum generated from node_kind.def.
#pragma once

#include <cstdint>
#include <string_view>

namespace rustg {

// Every parse-tree node kind.
enum class NodeKind : uint16_t {
#define RUSTG_NODE(Name) Name,
#include "parse/node_kind.def"
};

// Number of node kinds.
inline constexpr uint32_t kNodeKindCount = 0
#define RUSTG_NODE(Name) +1
#include "parse/node_kind.def"
    ;

// Name of the kind as in node_kind.def ("FnDecl").
auto NodeKindName(NodeKind k) -> std::string_view;

}  // namespace rustg
