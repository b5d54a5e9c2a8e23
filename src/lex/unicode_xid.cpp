// Unicode identifier classes for host code: thin wrappers over the shared host/device tables.
#include "lex/unicode_xid.h"

#include "lex/scan/unicode_tables.h"

namespace rustg {

auto IsXidStartNonAscii(uint32_t c) -> bool { return scan::IsXidStartNonAscii(c); }
auto IsXidContinueNonAscii(uint32_t c) -> bool { return scan::IsXidContinueNonAscii(c); }
auto IsEmojiNonAscii(uint32_t c) -> bool { return scan::IsEmojiNonAscii(c); }

}  // namespace rustg
