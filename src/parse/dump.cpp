// DumpTree: the `--dump=ast` text format (preorder, two spaces per depth, JSON-escaped token text).
#include <cstdio>
#include <utility>
#include <vector>

#include "parse/parse.h"

namespace rustg {
namespace {

void AppendEscaped(std::string& out, std::string_view s) {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20 || u == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
}

}  // namespace

auto DumpTree(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f) -> std::string {
  std::string out;
  uint32_t begin = tree.file_first_node[f.index], end = tree.file_first_node[f.index + 1];
  if (begin == end) return out;
  // Explicit stack of (node, depth): no recursion, so deep trees cannot overflow.
  std::vector<std::pair<uint32_t, uint32_t>> stack;
  std::vector<uint32_t> children;
  stack.emplace_back(end - 1, 0);
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    out.append(2 * depth, ' ');
    out += NodeKindName(tree.kind[n]);
    TokenId t = tree.token[n];
    if (t.is_valid()) {
      out += " \"";
      AppendEscaped(out, tokens.text(src, t));
      out += '"';
    }
    out += '\n';
    // Children lie just before the node; walking back from the last child visits them in reverse,
    // which is the order that puts the first child on top of the stack.
    uint32_t first = n + 1 - tree.subtree_size[n];
    for (uint32_t c = n; c > first;) {
      uint32_t child = c - 1;
      stack.emplace_back(child, depth + 1);
      c = child + 1 - tree.subtree_size[child];
    }
  }
  return out;
}

}  // namespace rustg
