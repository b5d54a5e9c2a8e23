// The runtime header as one tcc build needs it: only the declarations generated code reaches.
// tcc has no precompiled headers, so every build parsed all of runtime/rustg_rt.h (~2M
// instructions, a sixth of a small program's whole build) while most programs use a few dozen of
// its ~400 declarations.
//
// rt_header_gen (src/driver/gen/, run when rustg is built) splits the header once into items:
// preprocessor lines (always emitted), top-level declarations and function definitions, and
// invocations of declaring macros (`RG_INT_OPS(i32, ...)`), each with the names it declares (a
// declaration whose name it cannot tell is always kept) and the declared names it uses. A build
// then only follows names from the generated C through those tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rustg {

namespace rt_index {
// C identifier bytes, as rt_header_gen splits the header and the pruner scans generated code.
inline auto IdentStart(char c) -> bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline auto IdentChar(char c) -> bool { return IdentStart(c) || (c >= '0' && c <= '9'); }

struct Item {
  uint32_t begin, end;  // byte range in the header
  bool pp, always;
  uint32_t uses_begin, uses_end;  // in kUses: indices of kNames
};
struct Name {
  const char* name;
  uint32_t owners_begin, owners_end;  // in kOwners: indices of kItems that declare it
};
extern const uint32_t kHeaderSize;
extern const Item kItems[];
extern const uint32_t kItemCount;
extern const uint32_t kUses[];
extern const Name kNames[];  // sorted
extern const uint32_t kNameCount;
extern const uint32_t kOwners[];
}  // namespace rt_index

// `code` with its `#include "rustg_rt.h"` replaced by the items of `header` (rustg_rt.h's text,
// as indexed at rustg's build) that `code` names, directly or through what they name: all
// preprocessor lines, and the declarations reached. Over-approximates by name only (a kept item
// may be unused, never the reverse), so the code compiles as against the whole header. `code`
// unchanged when it has no such line or `header` is not the indexed text.
auto InlinePrunedRuntimeHeader(std::string_view header, const std::string& code) -> std::string;

}  // namespace rustg
