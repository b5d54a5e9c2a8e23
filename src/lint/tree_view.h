// TreeView: index arithmetic over one file's flat postorder Tree, precomputed once per file so
// that a lint is a pure predicate over a node, its children and its ancestors. Every helper is a
// lookup into a column, so the same predicates can later run one GPU thread per node x rule.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg::lint {

// One file's view of the shared Tree and TokenBuffer, plus derived columns (parent, token range).
class TreeView {
 public:
  // Builds the derived columns for file `f` in O(nodes + tokens).
  TreeView(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f);

  // The file this view covers.
  auto file() const -> FileId { return file_; }
  // First and one-past-last global node index of the file.
  auto node_begin() const -> uint32_t { return begin_; }
  auto node_end() const -> uint32_t { return end_; }
  // The file's SourceFile root.
  auto root() const -> uint32_t { return end_ - 1; }

  // Kind of node n.
  auto kind(uint32_t n) const -> NodeKind { return tree_.kind[n]; }
  // Main token of node n (may be invalid).
  auto token(uint32_t n) const -> TokenId { return tree_.token[n]; }
  // Kind of the main token of n, or Eof when n has none.
  auto token_kind(uint32_t n) const -> TokenKind;
  // Parent of n, or kNone for the root.
  auto parent(uint32_t n) const -> uint32_t { return parent_[n - begin_]; }
  // Direct children of n, in source order.
  auto children(uint32_t n) const -> std::vector<uint32_t>;
  // Number of direct children of n.
  auto child_count(uint32_t n) const -> uint32_t;
  // The i-th direct child of n, or kNone.
  auto child(uint32_t n, uint32_t i) const -> uint32_t;
  // The last direct child of n, or kNone.
  auto last_child(uint32_t n) const -> uint32_t { return tree_.subtree_size[n] > 1 ? n - 1 : kNone; }
  // First direct child of n with kind k, or kNone.
  auto child_of_kind(uint32_t n, NodeKind k) const -> uint32_t;
  // Direct children of n that are not attributes (OuterAttr, InnerAttr).
  auto non_attr_children(uint32_t n) const -> std::vector<uint32_t>;
  // True when `a` is n or an ancestor of n (a subtree range test).
  auto contains(uint32_t a, uint32_t n) const -> bool {
    return n <= a && n + tree_.subtree_size[a] > a;
  }

  // First and last token of the node's source range (attributes included).
  auto first_token(uint32_t n) const -> TokenId { return TokenId(first_tok_[n - begin_]); }
  auto last_token(uint32_t n) const -> TokenId { return TokenId(last_tok_[n - begin_]); }
  // Global byte range [lo, hi) of the node.
  auto lo(uint32_t n) const -> uint32_t { return tokens_.start[first_tok_[n - begin_]]; }
  auto hi(uint32_t n) const -> uint32_t { return tokens_.end(TokenId(last_tok_[n - begin_])); }
  // Source text of node n.
  auto text(uint32_t n) const -> std::string_view { return src_.slice(lo(n), hi(n)); }
  // Text of token t.
  auto tok_text(TokenId t) const -> std::string_view { return tokens_.text(src_, t); }
  // Kind of token t.
  auto tok_kind(TokenId t) const -> TokenKind { return tokens_.kind[t.index]; }
  // Byte range of token t.
  auto tok_lo(TokenId t) const -> uint32_t { return tokens_.start[t.index]; }
  auto tok_hi(TokenId t) const -> uint32_t { return tokens_.end(t); }
  // The next / previous non-trivia token (Eof / the file's first token at the ends).
  auto next_token(TokenId t) const -> TokenId;
  auto prev_token(TokenId t) const -> TokenId;
  // The closing delimiter matching an opening one (or t itself when unmatched or not a delimiter).
  auto partner(TokenId t) const -> TokenId;
  // True when any comment lies in the byte range [lo, hi) (fixes must not delete comments).
  auto has_comment(uint32_t lo, uint32_t hi) const -> bool;
  // The raw source [lo, hi).
  auto slice(uint32_t lo, uint32_t hi) const -> std::string_view { return src_.slice(lo, hi); }
  // Text of the whole line holding offset `at`, up to `at` (indentation checks).
  auto line_prefix(uint32_t at) const -> std::string_view;
  // The source, tokens and tree this view reads.
  auto source() const -> const SourceBuffer& { return src_; }
  auto tokens() const -> const TokenBuffer& { return tokens_; }
  auto tree() const -> const Tree& { return tree_; }

  // "No node" marker.
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

 private:
  auto AngleEnd(uint32_t t) const -> uint32_t;

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const Tree& tree_;
  FileId file_;
  uint32_t begin_, end_;
  uint32_t tok_begin_, tok_end_;
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> first_tok_, last_tok_;
  // Partner of each delimiter token of the file (index relative to tok_begin_), else itself.
  std::vector<uint32_t> partner_;
};

}  // namespace rustg::lint
