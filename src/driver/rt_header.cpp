#include "driver/rt_header.h"

#include <array>
#include <vector>

namespace rustg {

auto InlinePrunedRuntimeHeader(std::string_view header, const std::string& code) -> std::string {
  using namespace rt_index;
  constexpr std::string_view kInclude = "#include \"rustg_rt.h\"\n";
  size_t at = code.find(kInclude);
  if (at == std::string::npos || header.size() != kHeaderSize) return code;
  // The first two characters of each declared name, to skip most of the generated code's own
  // identifiers (`_t3`, `l0_x`, `f2_main`) before a binary search of the sorted names.
  std::vector<uint8_t> pair(1 << 14, 0);
  auto pair_of = [](std::string_view s) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(s[0]) & 0x7f) << 7) |
           (s.size() > 1 ? static_cast<unsigned char>(s[1]) & 0x7f : 0);
  };
  for (uint32_t i = 0; i < kNameCount; ++i) pair[pair_of(kNames[i].name)] = 1;
  auto find = [](std::string_view id) -> uint32_t {
    uint32_t lo = 0, hi = kNameCount;
    while (lo < hi) {
      uint32_t mid = (lo + hi) / 2;
      // id against the NUL-terminated name, without its strlen.
      const char* n = kNames[mid].name;
      size_t i = 0;
      while (i < id.size() && n[i] == id[i]) ++i;
      int c = i == id.size() ? (n[i] == 0 ? 0 : -1) : (n[i] == 0 ? 1 : (static_cast<unsigned char>(id[i]) < static_cast<unsigned char>(n[i]) ? -1 : 1));
      if (c == 0) return mid;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
    return UINT32_MAX;
  };
  std::vector<bool> name_seen(kNameCount, false), kept(kItemCount, false);
  std::vector<uint32_t> work;
  auto mark_name = [&](uint32_t n) {
    if (name_seen[n]) return;
    name_seen[n] = true;
    for (uint32_t o = kNames[n].owners_begin; o < kNames[n].owners_end; ++o) {
      uint32_t item = kOwners[o];
      if (!kept[item]) {
        kept[item] = true;
        work.push_back(item);
      }
    }
  };
  for (uint32_t i = 0; i < kItemCount; ++i) {
    if (kItems[i].always) {
      kept[i] = true;
      work.push_back(i);
    }
  }
  // One pass over the code's bytes with a class table (0: other, 1: digit, 2: identifier start);
  // a large program's C is ~100 KB, so this loop is most of the cost here.
  static const auto kClass = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = IdentStart(static_cast<char>(c)) ? 2 : IdentChar(static_cast<char>(c)) ? 1 : 0;
    return t;
  }();
  const auto* b = reinterpret_cast<const unsigned char*>(code.data());
  const size_t n = code.size();
  for (size_t p = 0; p < n;) {
    uint8_t k = kClass[b[p]];
    if (k == 0) {
      ++p;
      continue;
    }
    size_t q = p + 1;
    while (q < n && kClass[b[q]] != 0) ++q;
    if (k == 2 && pair[pair_of(std::string_view(code.data() + p, q - p))]) {
      uint32_t f = find(std::string_view(code.data() + p, q - p));
      if (f != UINT32_MAX) mark_name(f);
    }
    p = q;
  }
  while (!work.empty()) {
    uint32_t i = work.back();
    work.pop_back();
    for (uint32_t u = kItems[i].uses_begin; u < kItems[i].uses_end; ++u) mark_name(kUses[u]);
  }
  std::string out;
  out.reserve(code.size() + header.size() / 2);
  out.append(code, 0, at);
  for (uint32_t i = 0; i < kItemCount; ++i) {
    if (!kItems[i].pp && !kept[i]) continue;
    out.append(header.substr(kItems[i].begin, kItems[i].end - kItems[i].begin));
    out += '\n';
  }
  out.append(code, at + kInclude.size());
  return out;
}

}  // namespace rustg
