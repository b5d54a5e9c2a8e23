#include "parse/node_kind.h"

namespace rustg {

auto NodeKindName(NodeKind k) -> std::string_view {
  static constexpr std::string_view kNames[] = {
#define RUSTG_NODE(Name) #Name,
#include "parse/node_kind.def"
  };
  auto i = static_cast<uint32_t>(k);
  return i < kNodeKindCount ? kNames[i] : std::string_view("?");
}

}  // namespace rustg
