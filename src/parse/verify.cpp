// VerifyFrontend: checks the token and tree invariants promised by lex.h and parse.h.
#include "parse/verify.h"

#include <fmt/format.h>

#include <vector>

namespace rustg {

namespace {

// Checks that the tokens of file `f` cover its bytes exactly, in order, ending with one Eof.
auto VerifyFileTokens(const SourceBuffer& src, const TokenBuffer& tokens, FileId f) -> std::string {
  const std::string& path = src.path(f);
  const uint32_t first = tokens.file_first_token[f.index];
  const uint32_t last = tokens.file_first_token[f.index + 1];
  if (first >= last) {
    return fmt::format("tokens: file {} ({}) has no tokens (range [{}, {})); it needs at least an Eof", f.index,
                       path, first, last);
  }
  const uint32_t begin = src.file_begin(f);
  const uint32_t end = src.file_end(f);
  // `pos` is where the next token must start if the concatenated token texts equal the file text.
  uint32_t pos = begin;
  for (uint32_t i = first; i < last; ++i) {
    const TokenKind k = tokens.kind[i];
    if (static_cast<uint32_t>(k) >= kTokenKindCount) {
      return fmt::format("tokens: file {} token {} has out-of-range kind {}", path, i, static_cast<uint32_t>(k));
    }
    const uint32_t s = tokens.start[i];
    if (s != pos) {
      return fmt::format(
          "tokens: file {} token {} ({}) starts at {} but the previous token ends at {} (file spans [{}, {})); "
          "tokens must cover the file without gaps or overlaps",
          path, i, TokenKindName(k), s, pos, begin, end);
    }
    if (k == TokenKind::Eof) {
      if (i != last - 1) {
        return fmt::format("tokens: file {} has an Eof at token {} before its last token {}", path, i, last - 1);
      }
      if (s != end) {
        return fmt::format("tokens: file {} ends with Eof at {} but the file ends at {}", path, s, end);
      }
      return "";
    }
    if (i == last - 1) {
      return fmt::format("tokens: file {} last token {} is {}, not Eof", path, i, TokenKindName(k));
    }
    const uint32_t next = tokens.start[i + 1];
    if (next <= s) {
      return fmt::format("tokens: file {} token {} ({}) at {} is empty or the next token starts before it (at {})",
                         path, i, TokenKindName(k), s, next);
    }
    if (next > end) {
      return fmt::format("tokens: file {} token {} ({}) at {} runs to {}, past the file's end {}", path, i,
                         TokenKindName(k), s, next, end);
    }
    pos = next;
  }
  return "";  // Unreachable: the loop returns at the last token.
}

// Checks that the nodes of file `f` form one well-formed postorder tree rooted at a SourceFile.
auto VerifyFileTree(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f,
                    std::vector<uint32_t>& stack) -> std::string {
  const std::string& path = src.path(f);
  const uint32_t first = tree.file_first_node[f.index];
  const uint32_t last = tree.file_first_node[f.index + 1];
  if (first >= last) {
    return fmt::format("tree: file {} ({}) has no nodes; it needs at least a SourceFile root", f.index, path);
  }
  const uint32_t tok_first = tokens.file_first_token[f.index];
  const uint32_t tok_last = tokens.file_first_token[f.index + 1];
  // Roots of the complete subtrees seen so far that have no parent yet, left to right.
  stack.clear();
  for (uint32_t i = first; i < last; ++i) {
    const NodeKind k = tree.kind[i];
    if (static_cast<uint32_t>(k) >= kNodeKindCount) {
      return fmt::format("tree: file {} node {} has out-of-range kind {}", path, i, static_cast<uint32_t>(k));
    }
    const uint32_t size = tree.subtree_size[i];
    if (size == 0) {
      return fmt::format("tree: file {} node {} ({}) has subtree_size 0", path, i, NodeKindName(k));
    }
    if (size > i - first + 1) {
      return fmt::format("tree: file {} node {} ({}) has subtree_size {}, reaching before the file's first node {}",
                         path, i, NodeKindName(k), size, first);
    }
    const TokenId tok = tree.token[i];
    if (tok.is_valid() && (tok.index < tok_first || tok.index >= tok_last)) {
      return fmt::format("tree: file {} node {} ({}) has token {} outside the file's tokens [{}, {})", path, i,
                         NodeKindName(k), tok.index, tok_first, tok_last);
    }
    if (k == NodeKind::SourceFile && i != last - 1) {
      return fmt::format("tree: file {} has a SourceFile node at {} that is not its last node {}", path, i, last - 1);
    }
    // The children of node i are exactly the pending roots inside [lo, i); they must tile it.
    const uint32_t lo = i + 1 - size;
    uint32_t expect_end = i;  // one past the next child (from the right) still to be found
    while (!stack.empty() && stack.back() >= lo) {
      const uint32_t child = stack.back();
      if (child + 1 != expect_end) {
        return fmt::format("tree: file {} node {} ({}) spans [{}, {}], but its children do not tile that range "
                           "(expected a subtree ending at {}, found one ending at {})",
                           path, i, NodeKindName(k), lo, i, expect_end - 1, child);
      }
      const uint32_t child_lo = child + 1 - tree.subtree_size[child];
      if (child_lo < lo) {
        return fmt::format("tree: file {} node {} ({}) spans [{}, {}] but its child {} ({}) spans [{}, {}], "
                           "crossing its start: subtrees do not nest",
                           path, i, NodeKindName(k), lo, i, child, NodeKindName(tree.kind[child]), child_lo, child);
      }
      expect_end = child_lo;
      stack.pop_back();
    }
    if (expect_end != lo) {
      return fmt::format("tree: file {} node {} ({}) spans [{}, {}] but its subtree starts inside node {}'s subtree "
                         "(no child covers [{}, {})): subtrees do not nest",
                         path, i, NodeKindName(k), lo, i, stack.empty() ? 0 : stack.back(), lo, expect_end);
    }
    stack.push_back(i);
  }
  const uint32_t root = last - 1;
  if (tree.kind[root] != NodeKind::SourceFile) {
    return fmt::format("tree: file {} last node {} is {}, not SourceFile", path, root, NodeKindName(tree.kind[root]));
  }
  if (tree.subtree_size[root] != last - first) {
    return fmt::format("tree: file {} root SourceFile has subtree_size {} but the file has {} nodes", path,
                       tree.subtree_size[root], last - first);
  }
  return "";
}

}  // namespace

auto VerifyFrontend(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree) -> std::string {
  const uint32_t files = src.file_count();
  if (tokens.start.size() != tokens.kind.size()) {
    return fmt::format("tokens: kind has {} entries but start has {}", tokens.kind.size(), tokens.start.size());
  }
  if (tokens.file_first_token.size() != files + 1 || tokens.file_first_token.front() != 0 ||
      tokens.file_first_token.back() != tokens.size()) {
    return fmt::format("tokens: file_first_token has {} entries (want {}), first {}, last {} (want 0 and {})",
                       tokens.file_first_token.size(), files + 1, tokens.file_first_token.front(),
                       tokens.file_first_token.back(), tokens.size());
  }
  for (uint32_t f = 0; f < files; ++f) {
    if (tokens.file_first_token[f] > tokens.file_first_token[f + 1]) {
      return fmt::format("tokens: file_first_token decreases at file {}", f);
    }
  }
  for (uint32_t f = 0; f < files; ++f) {
    std::string err = VerifyFileTokens(src, tokens, FileId(f));
    if (!err.empty()) return err;
  }

  if (tree.token.size() != tree.kind.size() || tree.subtree_size.size() != tree.kind.size()) {
    return fmt::format("tree: columns differ in length (kind {}, token {}, subtree_size {})", tree.kind.size(),
                       tree.token.size(), tree.subtree_size.size());
  }
  if (tree.file_first_node.size() != files + 1 || tree.file_first_node.front() != 0 ||
      tree.file_first_node.back() != tree.size()) {
    return fmt::format("tree: file_first_node has {} entries (want {}), first {}, last {} (want 0 and {})",
                       tree.file_first_node.size(), files + 1, tree.file_first_node.front(),
                       tree.file_first_node.back(), tree.size());
  }
  for (uint32_t f = 0; f < files; ++f) {
    if (tree.file_first_node[f] > tree.file_first_node[f + 1]) {
      return fmt::format("tree: file_first_node decreases at file {}", f);
    }
  }
  std::vector<uint32_t> stack;
  for (uint32_t f = 0; f < files; ++f) {
    std::string err = VerifyFileTree(src, tokens, tree, FileId(f), stack);
    if (!err.empty()) return err;
  }
  return "";
}

}  // namespace rustg
