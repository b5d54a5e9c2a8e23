#include "lint/tree_view.h"

#include <algorithm>

namespace rustg::lint {
namespace {

auto IsOpen(TokenKind k) -> bool {
  return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace;
}
auto IsClose(TokenKind k) -> bool {
  return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace;
}
auto IsComment(TokenKind k) -> bool {
  return k == TokenKind::LineComment || k == TokenKind::BlockComment || IsDocComment(k);
}

// Items and statements whose source range ends with a `;` that no node records as its token.
auto EndsWithSemi(NodeKind k) -> bool {
  switch (k) {
    case NodeKind::LetStmt: case NodeKind::ConstItem: case NodeKind::StaticItem: case NodeKind::UseItem:
    case NodeKind::TypeAlias: case NodeKind::ExternCrate: case NodeKind::StructItem: case NodeKind::ModItem:
    case NodeKind::FnItem: case NodeKind::MacroCall:
      return true;
    default:
      return false;
  }
}

}  // namespace

TreeView::TreeView(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f)
    : src_(src), tokens_(tokens), tree_(tree), file_(f) {
  begin_ = tree.file_first_node[f.index];
  end_ = tree.file_first_node[f.index + 1];
  tok_begin_ = tokens.file_first_token[f.index];
  tok_end_ = tokens.file_first_token[f.index + 1];
  // Delimiter partners by one stack pass; unmatched delimiters are their own partner.
  partner_.resize(tok_end_ - tok_begin_);
  std::vector<uint32_t> stack;
  for (uint32_t t = tok_begin_; t < tok_end_; ++t) {
    partner_[t - tok_begin_] = t;
    TokenKind k = tokens.kind[t];
    if (IsOpen(k)) {
      stack.push_back(t);
    } else if (IsClose(k) && !stack.empty()) {
      partner_[stack.back() - tok_begin_] = t;
      partner_[t - tok_begin_] = stack.back();
      stack.pop_back();
    }
  }
  uint32_t n_nodes = end_ - begin_;
  parent_.assign(n_nodes, kNone);
  first_tok_.assign(n_nodes, kNone);
  last_tok_.assign(n_nodes, 0);
  // Children precede their parent in postorder, so one forward sweep sees every child's range
  // before the parent combines them.
  for (uint32_t n = begin_; n < end_; ++n) {
    uint32_t lo = kNone, hi = 0;
    TokenId t = tree.token[n];
    if (t.is_valid()) {
      lo = t.index;
      hi = t.index;
      TokenKind k = tokens.kind[t.index];
      if (IsOpen(k)) hi = partner_[t.index - tok_begin_];
      if (k == TokenKind::Lt && (tree.kind[n] == NodeKind::GenericArgList || tree.kind[n] == NodeKind::GenericParamList ||
                                 tree.kind[n] == NodeKind::QualifiedSelf)) {
        hi = AngleEnd(t.index);
      }
    }
    uint32_t first = n + 1 - tree.subtree_size[n];
    for (uint32_t c = n; c > first;) {
      uint32_t child = c - 1;
      parent_[child - begin_] = n;
      if (first_tok_[child - begin_] != kNone) {
        lo = std::min(lo, first_tok_[child - begin_]);
        hi = std::max(hi, last_tok_[child - begin_]);
      }
      c = child + 1 - tree.subtree_size[child];
    }
    if (lo == kNone) {
      first_tok_[n - begin_] = kNone;
      continue;
    }
    NodeKind nk = tree.kind[n];
    // `[x; n]` records its `;`: the brackets around it are the tokens before and after.
    if (nk == NodeKind::ArrayRepeatExpr) {
      TokenId open = prev_token(TokenId(lo));
      if (tokens.kind[open.index] == TokenKind::LBracket && partner_[open.index - tok_begin_] != open.index) {
        lo = open.index;
        hi = std::max(hi, partner_[open.index - tok_begin_]);
      }
    }
    TokenId next = next_token(TokenId(hi));
    if ((nk == NodeKind::OuterAttr || nk == NodeKind::InnerAttr) && !IsDocComment(tokens.kind[lo]) &&
        tokens.kind[next.index] == TokenKind::RBracket) {
      hi = next.index;
    } else if (EndsWithSemi(nk) && tokens.kind[hi] != TokenKind::RBrace && tokens.kind[next.index] == TokenKind::Semi &&
               (nk != NodeKind::MacroCall || (n + 1 < end_ && (tree.kind[n + 1] == NodeKind::SourceFile ||
                                                              tree.kind[n + 1] == NodeKind::ItemList)))) {
      hi = next.index;
    }
    first_tok_[n - begin_] = lo;
    last_tok_[n - begin_] = hi;
  }
  // Nodes without any token (only possible around parse errors) get an empty range at the end.
  for (uint32_t i = 0; i < n_nodes; ++i) {
    if (first_tok_[i] == kNone) {
      first_tok_[i] = tok_end_ - 1;
      last_tok_[i] = tok_end_ - 1;
    }
  }
  if (n_nodes > 0) {
    // The root spans the whole file.
    first_tok_[n_nodes - 1] = tok_begin_;
    last_tok_[n_nodes - 1] = tok_end_ - 1;
  }
}

auto TreeView::AngleEnd(uint32_t t) const -> uint32_t {
  int depth = 0;
  for (uint32_t i = t; i < tok_end_; ++i) {
    TokenKind k = tokens_.kind[i];
    if (IsTrivia(k)) continue;
    if (IsOpen(k)) {
      i = partner_[i - tok_begin_];
      continue;
    }
    if (k == TokenKind::Lt) depth += 1;
    if (k == TokenKind::Shl) depth += 2;
    if (k == TokenKind::Gt || k == TokenKind::Ge) depth -= 1;
    if (k == TokenKind::Shr || k == TokenKind::ShrEq) depth -= 2;
    if (depth <= 0) return i;
    if (k == TokenKind::Semi || IsClose(k)) return t;
  }
  return t;
}

auto TreeView::token_kind(uint32_t n) const -> TokenKind {
  TokenId t = tree_.token[n];
  return t.is_valid() ? tokens_.kind[t.index] : TokenKind::Eof;
}

auto TreeView::children(uint32_t n) const -> std::vector<uint32_t> {
  std::vector<uint32_t> out;
  uint32_t first = n + 1 - tree_.subtree_size[n];
  for (uint32_t c = n; c > first;) {
    uint32_t child = c - 1;
    out.push_back(child);
    c = child + 1 - tree_.subtree_size[child];
  }
  std::reverse(out.begin(), out.end());
  return out;
}

auto TreeView::child_count(uint32_t n) const -> uint32_t {
  uint32_t count = 0;
  uint32_t first = n + 1 - tree_.subtree_size[n];
  for (uint32_t c = n; c > first; c = c - tree_.subtree_size[c - 1]) ++count;
  return count;
}

auto TreeView::child(uint32_t n, uint32_t i) const -> uint32_t {
  std::vector<uint32_t> cs = children(n);
  return i < cs.size() ? cs[i] : kNone;
}

auto TreeView::child_of_kind(uint32_t n, NodeKind k) const -> uint32_t {
  for (uint32_t c : children(n)) {
    if (tree_.kind[c] == k) return c;
  }
  return kNone;
}

auto TreeView::non_attr_children(uint32_t n) const -> std::vector<uint32_t> {
  std::vector<uint32_t> out;
  for (uint32_t c : children(n)) {
    if (tree_.kind[c] != NodeKind::OuterAttr && tree_.kind[c] != NodeKind::InnerAttr) out.push_back(c);
  }
  return out;
}

auto TreeView::next_token(TokenId t) const -> TokenId {
  uint32_t i = t.index + 1;
  while (i + 1 < tok_end_ && IsTrivia(tokens_.kind[i])) ++i;
  return TokenId(std::min(i, tok_end_ - 1));
}

auto TreeView::prev_token(TokenId t) const -> TokenId {
  uint32_t i = t.index;
  while (i > tok_begin_) {
    --i;
    if (!IsTrivia(tokens_.kind[i])) return TokenId(i);
  }
  return TokenId(tok_begin_);
}

auto TreeView::partner(TokenId t) const -> TokenId {
  if (t.index < tok_begin_ || t.index >= tok_end_) return t;
  return TokenId(partner_[t.index - tok_begin_]);
}

auto TreeView::has_comment(uint32_t lo, uint32_t hi) const -> bool {
  auto it = std::lower_bound(tokens_.start.begin() + tok_begin_, tokens_.start.begin() + tok_end_, lo);
  for (uint32_t i = static_cast<uint32_t>(it - tokens_.start.begin()); i < tok_end_ && tokens_.start[i] < hi; ++i) {
    if (IsComment(tokens_.kind[i])) return true;
  }
  return false;
}

auto TreeView::line_prefix(uint32_t at) const -> std::string_view {
  LineCol lc = src_.Locate(at);
  uint32_t b = src_.LineBegin(lc.file_id, lc.line);
  return src_.slice(b, at);
}

}  // namespace rustg::lint
