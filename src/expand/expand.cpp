#include "expand/expand.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {
namespace {

// Past this nesting of built-in macro calls inside each other's arguments, expansion stops (the
// inner calls stay unexpanded and are reported as unsupported), so input never overflows the stack.
constexpr uint32_t kMaxExpandDepth = 64;

// The closing delimiter matching the opener `open` (tokens between are balanced after parsing;
// an unbalanced file ends at its Eof).
auto PartnerOf(const TokenBuffer& tokens, TokenId open) -> TokenId {
  uint32_t depth = 0;
  for (uint32_t t = open.index; t < tokens.size(); ++t) {
    TokenKind k = tokens.kind[t];
    if (k == TokenKind::Eof) return TokenId(t);
    if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) ++depth;
    if (k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) {
      if (--depth == 0) return TokenId(t);
    }
  }
  return TokenId(tokens.size() - 1);
}

auto ExpandRec(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags, uint32_t depth)
    -> Tree {
  uint32_t n = tree.size();
  // The splice sites (a built-in macro call's TokenTree, replaced by its expanded arguments) and
  // the growth before each: sites[k] grows the tree by grow[k + 1] - grow[k] nodes. A tree
  // without sites (most macro arguments, most std code) is returned as it is.
  std::vector<uint32_t> sites;
  std::vector<Tree> expansions;
  std::vector<int64_t> grow{0};
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (tree.kind[i] != NodeKind::TokenTree || tree.kind[i + 1] != NodeKind::MacroCall || depth >= kMaxExpandDepth ||
        MacroCallBuiltin(src, tokens, tree, NodeId(i + 1)) == BuiltinMacro::None)
      continue;
    TokenId open = tree.token[i];
    Tree args = ParseMacroArgs(src, tokens, open, PartnerOf(tokens, open), diags);
    expansions.push_back(ExpandRec(src, tokens, args, diags, depth + 1));
    sites.push_back(i);
    grow.push_back(grow.back() + static_cast<int64_t>(expansions.back().size()) - 1);
  }
  if (sites.empty()) return tree;
  Tree out;
  size_t total = static_cast<size_t>(static_cast<int64_t>(n) + grow.back());
  out.kind.reserve(total);
  out.token.reserve(total);
  out.subtree_size.reserve(total);
  auto copy = [&](const Tree& from, uint32_t lo, uint32_t hi) {
    AppendToColumn(out.kind, from.kind.data() + lo, hi - lo);
    AppendToColumn(out.token, from.token.data() + lo, hi - lo);
    AppendToColumn(out.subtree_size, from.subtree_size.data() + lo, hi - lo);
  };
  uint32_t prev = 0;
  for (size_t k = 0; k < sites.size(); ++k) {
    copy(tree, prev, sites[k]);
    copy(expansions[k], 0, expansions[k].size());
    prev = sites[k] + 1;
  }
  copy(tree, prev, n);
  // Growth before position x: that of the sites before x.
  auto growth_before = [&](uint32_t x) {
    return grow[std::lower_bound(sites.begin(), sites.end(), x) - sites.begin()];
  };
  // A kept node grows by the splices inside its subtree [i - size + 1, i): only the ancestors of
  // sites, found as the nodes whose subtree starts at or before the last site before them.
  size_t before = 0;  // sites before i
  for (uint32_t i = sites[0] + 1; i < n; ++i) {  // nodes up to the first site do not grow
    while (before < sites.size() && sites[before] < i) ++before;
    if (before == 0 || (before < sites.size() && sites[before] == i)) continue;
    uint32_t old = tree.subtree_size[i];
    uint32_t first = i + 1 - old;
    if (sites[before - 1] < first) continue;
    int64_t inside = grow[before] - growth_before(first);
    out.subtree_size[static_cast<size_t>(i + grow[before])] = static_cast<uint32_t>(old + inside);
  }
  out.file_first_node.clear();
  for (uint32_t f : tree.file_first_node) out.file_first_node.push_back(static_cast<uint32_t>(f + growth_before(f)));
  return out;
}

}  // namespace

auto BuiltinMacroOf(std::string_view name) -> BuiltinMacro {
  struct Entry {
    std::string_view name;
    BuiltinMacro m;
  };
  static constexpr Entry kTable[] = {
      {"println", BuiltinMacro::Println},     {"print", BuiltinMacro::Print},
      {"eprintln", BuiltinMacro::Eprintln},   {"eprint", BuiltinMacro::Eprint},
      {"format", BuiltinMacro::Format},       {"panic", BuiltinMacro::Panic},
      {"assert", BuiltinMacro::Assert},       {"assert_eq", BuiltinMacro::AssertEq},
      {"assert_ne", BuiltinMacro::AssertNe},  {"debug_assert", BuiltinMacro::DebugAssert},
      {"debug_assert_eq", BuiltinMacro::DebugAssertEq}, {"debug_assert_ne", BuiltinMacro::DebugAssertNe},
      {"vec", BuiltinMacro::Vec},             {"unreachable", BuiltinMacro::Unreachable},
      {"todo", BuiltinMacro::Todo},           {"unimplemented", BuiltinMacro::Unimplemented},
      {"write", BuiltinMacro::Write},         {"writeln", BuiltinMacro::Writeln},
      // `format_args!` as a `{}` argument prints what `format!` makes (its Arguments value is a String here).
      {"format_args", BuiltinMacro::Format},
  };
  for (const Entry& e : kTable) {
    if (e.name == name) return e.m;
  }
  return BuiltinMacro::None;
}

auto MacroCallBuiltin(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, NodeId id) -> BuiltinMacro {
  // MacroCall's children end with Path, then the TokenTree/ArgList; the Path's last child is its
  // last segment, directly before the Path node.
  uint32_t last = id.index - 1;
  uint32_t path = last - tree.subtree_size[last];
  if (path >= tree.size() || tree.kind[path] != NodeKind::Path || path == 0) return BuiltinMacro::None;
  uint32_t seg = path - 1;
  if (tree.kind[seg] != NodeKind::PathSegment || !tree.token[seg].is_valid()) return BuiltinMacro::None;
  return BuiltinMacroOf(tokens.text(src, tree.token[seg]));
}

auto Expand(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags) -> Tree {
  return ExpandRec(src, tokens, tree, diags, 0);
}

auto FormatArgStart(BuiltinMacro m) -> int {
  switch (m) {
    case BuiltinMacro::Println: case BuiltinMacro::Print: case BuiltinMacro::Eprintln: case BuiltinMacro::Eprint:
    case BuiltinMacro::Format: case BuiltinMacro::Panic: case BuiltinMacro::Unreachable: case BuiltinMacro::Todo:
    case BuiltinMacro::Unimplemented:
      return 0;
    case BuiltinMacro::Assert: case BuiltinMacro::DebugAssert: case BuiltinMacro::Write: case BuiltinMacro::Writeln:
      return 1;
    case BuiltinMacro::AssertEq: case BuiltinMacro::AssertNe: case BuiltinMacro::DebugAssertEq:
    case BuiltinMacro::DebugAssertNe:
      return 2;
    default: return -1;
  }
}

auto CollectFormats(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags)
    -> FormatTable {
  FormatTable table;
  for (uint32_t i = 1; i < tree.size(); ++i) {
    if (tree.kind[i] != NodeKind::MacroCall || tree.kind[i - 1] != NodeKind::ArgList) continue;
    BuiltinMacro m = MacroCallBuiltin(src, tokens, tree, NodeId(i));
    int start = FormatArgStart(m);
    if (start < 0) continue;
    std::vector<NodeId> args = Children(tree, NodeId(i - 1));
    if (static_cast<int>(args.size()) <= start) continue;  // no format string: a fixed message
    NodeId lit = args[start];
    TokenId tok = tree.token[lit.index];
    TokenKind tk = tok.is_valid() ? tokens.kind[tok.index] : TokenKind::Eof;
    if (tree.kind[lit.index] != NodeKind::Literal || (tk != TokenKind::StrLit && tk != TokenKind::RawStrLit)) {
      uint32_t lo = UINT32_MAX, hi = 0;
      for (uint32_t k = lit.index + 1 - tree.subtree_size[lit.index]; k <= lit.index; ++k) {
        if (!tree.token[k].is_valid()) continue;
        lo = std::min(lo, tokens.start[tree.token[k].index]);
        hi = std::max(hi, tokens.end(tree.token[k]));
      }
      if (lo == UINT32_MAX) lo = hi = tokens.start[tree.token[i].index];
      // DIAG: FormatNotLiteral
      diags.Emit(DiagKind::FormatNotLiteral, lo, hi, "format argument must be a string literal");
      continue;
    }
    std::vector<std::string> names;
    for (size_t k = start + 1; k < args.size(); ++k) {
      NodeId a = args[k];
      std::string name;
      if (tree.kind[a.index] == NodeKind::AssignExpr) {
        std::vector<NodeId> lr = Children(tree, a);
        if (lr.size() == 2 && tree.kind[lr[0].index] == NodeKind::PathExpr && tree.subtree_size[lr[0].index] == 3)
          name = std::string(tokens.text(src, tree.token[lr[0].index - 2]));
      }
      names.push_back(name);
    }
    FormatString fs = ParseFormatString(DecodeStrLit(tokens.text(src, tok)), names);
    if (fs.error.empty()) {
      uint32_t explicit_count = static_cast<uint32_t>(names.size());
      std::string given = explicit_count == 0 ? std::string("no arguments were given")
                                              : fmt::format("there {} {} argument{}", explicit_count == 1 ? "is" : "are",
                                                            explicit_count, explicit_count == 1 ? "" : "s");
      // Placeholders without an explicit index count as positional uses (rustc's first message);
      // an explicit index past the end is an invalid reference.
      uint32_t implicit = 0;
      for (const FormatPiece& p : fs.pieces) implicit += p.arg >= 0 && p.implicit;
      for (const FormatPiece& p : fs.pieces) {
        int32_t refs[3] = {p.arg, p.spec.width_arg, p.spec.precision_arg};
        for (int32_t r : refs) {
          if (r < static_cast<int32_t>(explicit_count + fs.captures.size()) || !fs.error.empty()) continue;
          if (p.implicit && r == p.arg)
            fs.error = fmt::format("{} positional argument{} in format string, but {}", implicit,
                                   implicit == 1 ? "" : "s", given);
          else
            fs.error = fmt::format("invalid reference to positional argument {} ({})", r, given);
        }
      }
    }
    if (!fs.error.empty()) {
      // DIAG: BadFormatString
      diags.Emit(DiagKind::BadFormatString, tokens.start[tok.index], tokens.end(tok), fs.error);
      continue;
    }
    table.by_macro.emplace(i, std::move(fs));
    table.literal_node.emplace(i, lit.index);
  }
  return table;
}

}  // namespace rustg
