// The parser's interface: tokens in, a flat postorder Tree out. This header is all that other
// passes include; parse/cpu/ (and later parse/cuda/) implement it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/backend.h"
#include "base/diag.h"
#include "base/id.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/lex.h"
#include "parse/node_kind.h"

namespace rustg {

// The parse trees of every file of a build, as one flat postorder array (struct-of-arrays).
// A node's children come before it and its subtree is the contiguous range
// [id - subtree_size + 1, id]. File f's nodes are [file_first_node[f], file_first_node[f + 1]),
// ending with its SourceFile root.
struct Tree {
  // Kind of each node.
  Column<NodeKind> kind;
  // The node's main token (the keyword, operator or name that identifies it), or invalid.
  Column<TokenId> token;
  // Number of nodes in the subtree rooted here, the node itself included.
  Column<uint32_t> subtree_size;
  // Index of each file's first node, plus a sentinel equal to size().
  std::vector<uint32_t> file_first_node = {0};

  // Number of nodes.
  auto size() const -> uint32_t { return static_cast<uint32_t>(kind.size()); }
  // The root (SourceFile) node of file f.
  auto root(FileId f) const -> NodeId { return NodeId(file_first_node[f.index + 1] - 1); }
};

// Parses every file (files in parallel on the CPU backend). Never fails: bad input yields Error
// nodes plus diagnostics, and parsing goes on to report further errors. Nesting deeper than a
// fixed limit is a diagnostic, never a stack overflow.
auto Parse(const SourceBuffer& src, const TokenBuffer& tokens, const PassOptions& opts, DiagSink& diags,
           Timings* timings = nullptr) -> Tree;

// Lex then Parse, in one step: on the CUDA backend the fused path (the tokens stay on the device
// between the two and go down to the host while the parse runs), else Lex and Parse. Same tokens,
// tree and diagnostics as the two calls.
auto LexAndParse(const SourceBuffer& src, const PassOptions& opts, DiagSink& diags, TokenBuffer& tokens,
                 Timings* timings = nullptr) -> Tree;

// Parses the tokens strictly between a macro call's delimiters `open` and `close` as comma-separated
// expressions (`elem; count` gives an ArrayRepeatExpr): one ArgList node over them, postorder, last.
// Used by expansion of the built-in macros, so argument spans stay those of the source.
auto ParseMacroArgs(const SourceBuffer& src, const TokenBuffer& tokens, TokenId open, TokenId close, DiagSink& diags)
    -> Tree;

// The stable text format of `--dump=ast` for one file: the tree in preorder, one node per line,
// indented two spaces per level: `Kind` then, when the node has a token, ` "token text"`.
auto DumpTree(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f) -> std::string;

}  // namespace rustg
