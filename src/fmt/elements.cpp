// Builds a file's elements from its tokens and tree: roles from the nodes whose main token an
// element is, partners of delimiters, and verbatim runs for macro bodies and skipped items.
#include "fmt/elements.h"

#include <algorithm>

namespace rustg {
namespace {


// The attribute's text without whitespace names a rustfmt skip attribute.
auto IsSkipAttr(std::string_view compact) -> bool {
  return compact == "#[rustfmt::skip]" || compact == "#![rustfmt::skip]" || compact == "#[rustfmt_skip]" ||
         compact == "#![rustfmt_skip]" || compact == "#[cfg_attr(rustfmt,rustfmt_skip)]" ||
         compact == "#[cfg_attr(rustfmt,rustfmt::skip)]";
}

}  // namespace

auto FileElements::Text(const Element& e) const -> std::string_view {
  if (e.synthetic)
    return e.kind == TokenKind::Semi     ? ";"
           : e.kind == TokenKind::LBrace ? "{"
           : e.kind == TokenKind::RBrace ? "}"
                                         : ",";
  if (e.const_bracket) return e.kind == TokenKind::Tilde ? "[" : "const]";
  if (!e.alt_text.empty()) return e.alt_text;
  TokenId a(e.first), b(e.last);
  return text.substr(tokens->start[a.index], tokens->end(b) - tokens->start[a.index]);
}

auto BuildElements(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f, bool macro_def)
    -> FileElements {
  FileElements fe;
  fe.text = src.text();
  fe.tokens = &tokens;
  const uint32_t tb = tokens.file_begin(f).index, te = tokens.file_end(f).index;
  const uint32_t ntok = te - tb;

  // Partner of each delimiter token (token-relative indices), by a stack over significant tokens.
  std::vector<uint32_t> partner(ntok, UINT32_MAX);
  {
    std::vector<uint32_t> stack;
    for (uint32_t t = tb; t < te; ++t) {
      TokenKind k = tokens.kind[t];
      if (IsOpen(k)) stack.push_back(t - tb);
      else if (IsClose(k) && !stack.empty()) {
        partner[stack.back()] = t - tb;
        partner[t - tb] = stack.back();
        stack.pop_back();
      }
    }
  }

  // Roles and opener kinds from the tree; parents and token spans of nodes for skipped items.
  const uint32_t nb = tree.file_first_node[f.index], ne = tree.file_first_node[f.index + 1];
  std::vector<TokRole> role(ntok, TokRole::None);
  std::vector<NodeKind> opener(ntok, NodeKind::Error);
  std::vector<bool> has_opener(ntok, false);
  std::vector<uint32_t> span_lo(ne - nb, UINT32_MAX), span_hi(ne - nb, 0);
  std::vector<uint32_t> parent(ne - nb, UINT32_MAX);
  // verbatim_end[t] = last token of a verbatim run starting at token t.
  std::vector<uint32_t> verbatim_end(ntok, UINT32_MAX);
  auto set_verbatim = [&](uint32_t lo, uint32_t hi) {
    if (lo >= ntok || hi >= ntok || hi < lo) return;
    verbatim_end[lo] = std::max(verbatim_end[lo] == UINT32_MAX ? 0u : verbatim_end[lo], hi);
  };
  for (uint32_t n = nb; n < ne; ++n) {
    uint32_t i = n - nb;
    NodeKind k = tree.kind[n];
    TokenId tok = tree.token[n];
    if (tok.is_valid() && tok.index >= tb && tok.index < te) {
      uint32_t t = tok.index - tb;
      span_lo[i] = std::min(span_lo[i], t);
      span_hi[i] = std::max(span_hi[i], partner[t] != UINT32_MAX && IsOpen(tokens.kind[tok.index]) ? partner[t] : t);
      TokenKind tk = tokens.kind[tok.index];
      switch (k) {
        case NodeKind::UnaryExpr: case NodeKind::RefExpr: case NodeKind::RefType: case NodeKind::PtrType:
        case NodeKind::RefPat:
          role[t] = TokRole::UnaryPrefix;
          break;
        case NodeKind::Qualifier:
          if (tk == TokenKind::Not || tk == TokenKind::Question || tk == TokenKind::Tilde) role[t] = TokRole::UnaryPrefix;
          break;
        case NodeKind::BinaryExpr: case NodeKind::AssignExpr: case NodeKind::CompoundAssignExpr:
          role[t] = TokRole::BinaryOp;
          break;
        case NodeKind::GenericParamList: case NodeKind::GenericArgList:
          if (tk == TokenKind::Lt || tk == TokenKind::Shl) role[t] = TokRole::GenericOpen;
          break;
        case NodeKind::QualifiedSelf:
          if ((tk == TokenKind::Lt || tk == TokenKind::Shl) && role[t] == TokRole::None) role[t] = TokRole::QSelfOpen;
          break;
        case NodeKind::ClosureExpr:
          if (tk == TokenKind::Or || tk == TokenKind::OrOr) role[t] = TokRole::ClosureOpen;
          break;
        case NodeKind::MacroCall:
          if (tk == TokenKind::Not) role[t] = TokRole::MacroBang;
          break;
        case NodeKind::TryExpr:
          role[t] = TokRole::Try;
          break;
        case NodeKind::NeverType:
          role[t] = TokRole::NeverType;
          break;
        case NodeKind::WhereClause:
          if (tk == TokenKind::KwWhere) role[t] = TokRole::WhereKw;
          break;
        case NodeKind::UseTreeList:
          role[t] = TokRole::UseListOpen;
          if (partner[t] != UINT32_MAX) role[partner[t]] = TokRole::UseListClose;
          break;
        default:
          break;
      }
      if (IsOpen(tk) && !has_opener[t]) {
        opener[t] = k;
        has_opener[t] = true;
      }
    }
    // Children come before the parent: fold their spans in and record the parent.
    uint32_t size = tree.subtree_size[n];
    for (uint32_t c = n; c-- > n + 1 - size;) {
      uint32_t ci = c - nb;
      parent[ci] = n;
      span_lo[i] = std::min(span_lo[i], span_lo[ci]);
      if (span_hi[ci] != 0 || span_lo[ci] != UINT32_MAX) span_hi[i] = std::max(span_hi[i], span_hi[ci]);
      c = c + 1 - tree.subtree_size[c];
    }
  }

  // Next significant token after token-relative index t.
  auto next_sig = [&](uint32_t t) -> uint32_t {
    for (uint32_t u = t + 1; u < ntok; ++u) {
      TokenKind k = tokens.kind[tb + u];
      if (!IsTrivia(k)) return u;
    }
    return ntok;
  };

  std::vector<bool> macro_args(ntok, false);  // `(`/`[` opening a macro call's arguments
  std::vector<bool> attr_ends_line(ntok, false);  // `]` of an attribute that rustfmt ends the line after
  for (uint32_t n = nb; n < ne; ++n) {
    uint32_t i = n - nb;
    NodeKind k = tree.kind[n];
    if (k == NodeKind::TokenTree && parent[i] != UINT32_MAX) {
      NodeKind pk = tree.kind[parent[i]];
      if ((pk == NodeKind::MacroCall || pk == NodeKind::MacroRules || pk == NodeKind::MacroDef) && span_lo[i] != UINT32_MAX) {
        set_verbatim(span_lo[i], span_hi[i]);
        TokenKind open = tokens.kind[tb + span_lo[i]];
        if (pk == NodeKind::MacroCall && (open == TokenKind::LParen || open == TokenKind::LBracket)) macro_args[span_lo[i]] = true;
      }
    }
    if ((k == NodeKind::OuterAttr || k == NodeKind::InnerAttr) && span_lo[i] != UINT32_MAX &&
        tokens.kind[tb + span_lo[i]] == TokenKind::Pound) {
      // The attribute's closing `]` is no node's token: take it in.
      if (uint32_t after = next_sig(span_hi[i]); after < ntok && tokens.kind[tb + after] == TokenKind::RBracket)
        span_hi[i] = after;
      // An outer attribute of an item, field, variant, statement or arm ends its line (rustfmt
      // writes `#[cfg(x)]` and `use a;` on two lines); on parameters and expressions it stays.
      if (k == NodeKind::OuterAttr && parent[i] != UINT32_MAX && span_hi[i] < ntok) {
        switch (tree.kind[parent[i]]) {
          case NodeKind::FnItem: case NodeKind::StructItem: case NodeKind::UnionItem: case NodeKind::EnumItem:
          case NodeKind::Variant: case NodeKind::RecordField: case NodeKind::TraitItem: case NodeKind::TraitAlias:
          case NodeKind::ImplItem: case NodeKind::TypeAlias: case NodeKind::ConstItem: case NodeKind::StaticItem:
          case NodeKind::ModItem: case NodeKind::UseItem: case NodeKind::ExternCrate: case NodeKind::ExternBlock:
          case NodeKind::MacroRules: case NodeKind::MacroDef: case NodeKind::LetStmt: case NodeKind::MatchArm:
          case NodeKind::MacroCall:
            attr_ends_line[span_hi[i]] = true;
            break;
          default:
            break;
        }
      }
      std::string compact;
      for (uint32_t t = span_lo[i]; t <= span_hi[i] && t < ntok; ++t)
        if (!IsTrivia(tokens.kind[tb + t])) compact += tokens.text(src, TokenId(tb + t));
      // rustfmt re-lays out only attributes that are meta items (paths, `name = literal`,
      // `name(list)`) without comments, and not derive lists (a layout of their own); any other
      // attribute is kept as written (`#[doc = concat!(..)]`, `#[unsafe(..)]`).
      bool as_written = false;
      TokenKind prev_sig = TokenKind::Eof;
      for (uint32_t t = span_lo[i]; t <= span_hi[i] && t < ntok; ++t) {
        TokenKind tk = tokens.kind[tb + t];
        // `name = value` is a meta item only with a literal value.
        if (tk != TokenKind::Whitespace) {
          if (prev_sig == TokenKind::Eq && !IsLiteral(tk) && tk != TokenKind::KwTrue && tk != TokenKind::KwFalse)
            as_written = true;
          prev_sig = tk;
        }
        bool meta_token = tk == TokenKind::Whitespace || tk == TokenKind::Pound || tk == TokenKind::LBracket ||
                          tk == TokenKind::RBracket || tk == TokenKind::Ident || tk == TokenKind::RawIdent ||
                          tk == TokenKind::PathSep || tk == TokenKind::LParen || tk == TokenKind::RParen ||
                          tk == TokenKind::Comma || tk == TokenKind::Eq || IsLiteral(tk) || tk == TokenKind::KwTrue ||
                          tk == TokenKind::KwFalse || tk == TokenKind::KwCrate || tk == TokenKind::KwSelfValue ||
                          tk == TokenKind::KwSuper || (tk == TokenKind::Not && t == span_lo[i] + 1);
        if (!meta_token || (tk != TokenKind::Whitespace && tokens.text(src, TokenId(tb + t)).find('\n') != std::string_view::npos))
          as_written = true;
      }
      if (compact.rfind("#[derive(", 0) == 0) {
        for (uint32_t t = span_lo[i]; t <= span_hi[i] && t < ntok; ++t)
          if (tokens.kind[tb + t] == TokenKind::Whitespace && tokens.text(src, TokenId(tb + t)).find('\n') != std::string_view::npos)
            as_written = true;
      }
      if (IsSkipAttr(compact) && parent[i] != UINT32_MAX) {
        uint32_t target = parent[i];
        if (k == NodeKind::InnerAttr) {
          if (tree.kind[target] == NodeKind::SourceFile) {
            fe.skip_file = true;
          } else if (parent[target - nb] != UINT32_MAX) {
            target = parent[target - nb];
          }
        }
        uint32_t ti = target - nb;
        if (!fe.skip_file && span_lo[ti] != UINT32_MAX) {
          uint32_t hi = span_hi[ti];
          uint32_t after = next_sig(hi);
          if (after < ntok && tokens.kind[tb + after] == TokenKind::Semi) hi = after;
          set_verbatim(span_lo[ti], hi);
        }
      } else if (as_written) {
        set_verbatim(span_lo[i], span_hi[i]);
      }
    }
  }

  // Layout rules of braces, from the node they open and where that node sits.
  std::vector<Expand> expand(ntok, Expand::None);
  std::vector<bool> fn_body(ntok, false);  // `{` of a function body
  std::vector<uint32_t> if_first(ntok, UINT32_MAX), if_last(ntok, UINT32_MAX);
  auto statement_level = [&](uint32_t n) {
    // A control-flow expression used as a statement (or a block's tail, or an `else if`).
    while (true) {
      uint32_t p = parent[n - nb];
      if (p == UINT32_MAX) return false;
      NodeKind pk = tree.kind[p];
      if (pk == NodeKind::ExprStmt || pk == NodeKind::BlockExpr) return true;
      if (pk != NodeKind::IfExpr || tree.kind[n] != NodeKind::IfExpr) return false;
      n = p;
    }
  };
  // A `{` after `unsafe`/`async`/`const`: a block expression in the head (`if unsafe { x } {`),
  // not the body.
  auto qualified_block = [&](uint32_t t) {
    uint32_t u = t;
    while (u > 0 && IsTrivia(tokens.kind[tb + u - 1])) --u;
    if (u == 0) return false;
    TokenKind q = tokens.kind[tb + u - 1];
    return q == TokenKind::KwUnsafe || q == TokenKind::KwAsync || q == TokenKind::KwConst || q == TokenKind::KwMove ||
           q == TokenKind::KwTry || (q == TokenKind::Ident && tokens.text(src, TokenId(tb + u - 1)) == "try");
  };
  for (uint32_t n = nb; n < ne; ++n) {
    TokenId tok = tree.token[n];
    if (!tok.is_valid() || tok.index < tb || tok.index >= te || tokens.kind[tok.index] != TokenKind::LBrace) continue;
    uint32_t t = tok.index - tb;
    uint32_t p = parent[n - nb];
    NodeKind pk = p == UINT32_MAX ? NodeKind::Error : tree.kind[p];
    switch (tree.kind[n]) {
      case NodeKind::BlockExpr:
        if (pk == NodeKind::FnItem) {
          expand[t] = Expand::Statements;
          fn_body[t] = true;
        } else if (pk == NodeKind::MatchArm) {
          // A match arm's block body (`=> {`): rustfmt always breaks it (or unwraps it).
          uint32_t u = t;
          while (u > 0 && IsTrivia(tokens.kind[tb + u - 1])) --u;
          if (u > 0 && tokens.kind[tb + u - 1] == TokenKind::FatArrow) expand[t] = Expand::Statements;
        } else if ((pk == NodeKind::ExprStmt || pk == NodeKind::BlockExpr) && !qualified_block(t)) {
          // A block used as a statement (or a block's tail): rustfmt always writes it over lines.
          expand[t] = Expand::Statements;
        } else if ((pk == NodeKind::IfExpr || pk == NodeKind::WhileExpr || pk == NodeKind::ForExpr ||
                    pk == NodeKind::LoopExpr) &&
                   statement_level(p) && !qualified_block(t))
          expand[t] = Expand::Statements;
        else if (pk == NodeKind::IfExpr && !qualified_block(t) && parent[p - nb] != UINT32_MAX &&
                 tree.kind[parent[p - nb]] != NodeKind::IfExpr &&
                 tree.token[p].is_valid() && span_hi[p - nb] != 0) {
          // The then-block of a value if/else (the first BlockExpr child of the top IfExpr).
          uint32_t u = t;
          while (u > 0 && IsTrivia(tokens.kind[tb + u - 1])) --u;
          if (u > 0 && tokens.kind[tb + u - 1] != TokenKind::KwElse) {
            expand[t] = Expand::IfElse;
            if_first[t] = tree.token[p].index;
            if_last[t] = tb + span_hi[p - nb];
          }
        }
        break;
      case NodeKind::ItemList: expand[t] = Expand::Statements; break;
      case NodeKind::VariantList: case NodeKind::MatchArmList: expand[t] = Expand::Commas; break;
      case NodeKind::RecordFieldList:
        expand[t] = pk == NodeKind::Variant ? Expand::StructVariant : Expand::Commas;
        break;
      case NodeKind::StructExpr: case NodeKind::StructPat: expand[t] = Expand::StructLit; break;
      default: break;
    }
  }

  // Elements: whitespace dropped, newlines counted, verbatim runs folded into one element.
  std::vector<uint32_t> elem_of_token(ntok, UINT32_MAX);
  uint32_t newlines = 0;
  bool spaced = false;
  for (uint32_t t = 0; t < ntok; ++t) {
    TokenKind k = tokens.kind[tb + t];
    if (k == TokenKind::Eof) break;
    std::string_view tx = tokens.text(src, TokenId(tb + t));
    if (k == TokenKind::Whitespace) {
      uint32_t nl = static_cast<uint32_t>(std::count(tx.begin(), tx.end(), '\n'));
      if (nl > 0 && !fe.crlf && newlines == 0 && fe.elems.empty()) {
        size_t p = tx.find('\n');
        fe.crlf = p > 0 && tx[p - 1] == '\r';
      }
      newlines += nl;
      spaced = true;
      continue;
    }
    Element e;
    e.space_width = 0;
    if (newlines == 0 && t > 0 && tokens.kind[tb + t - 1] == TokenKind::Whitespace)
      e.space_width = static_cast<uint16_t>(std::min<size_t>(tokens.text(src, TokenId(tb + t - 1)).size(), 200));
    e.first = e.last = tb + t;
    e.kind = e.last_kind = k;
    e.role = role[t];
    if (newlines == 0 && !fe.elems.empty() && attr_ends_line[fe.elems.back().last - tb] && k != TokenKind::LineComment &&
        k != TokenKind::BlockComment && !IsDocComment(k)) {
      newlines = 1;
      e.indent = IndentHint::Anchor;
    }
    e.newlines = newlines;
    e.spaced = spaced || fe.elems.empty();
    e.opener_of = opener[t];
    e.has_opener_kind = has_opener[t];
    e.expand = expand[t];
    e.if_first = if_first[t];
    e.if_last = if_last[t];
    if (verbatim_end[t] != UINT32_MAX && verbatim_end[t] > t) {
      uint32_t hi = verbatim_end[t];
      // A nested run inside this one may reach further; take the widest.
      for (uint32_t u = t; u <= hi && u < ntok; ++u)
        if (verbatim_end[u] != UINT32_MAX) hi = std::max(hi, verbatim_end[u]);
      e.last = tb + hi;
      e.last_kind = tokens.kind[tb + hi];
      e.verbatim = true;
      e.macro_args = macro_args[t] && partner[t] == hi;
      for (uint32_t u = t; u <= hi; ++u) elem_of_token[u] = static_cast<uint32_t>(fe.elems.size());
      t = hi;
    } else {
      elem_of_token[t] = static_cast<uint32_t>(fe.elems.size());
    }
    if (!fe.elems.empty() || k != TokenKind::Shebang) {
      // nothing: shebangs stay as the first element
    }
    fe.elems.push_back(e);
    newlines = 0;
    spaced = false;
  }
  // Nested tuple field accesses `x.0.1` (the lexer's float `0.1` after a `.`): rustfmt (style
  // edition 2015-2021) writes `x.0 .1`.
  for (uint32_t i = 1; i < fe.elems.size(); ++i) {
    Element& e = fe.elems[i];
    if (e.verbatim || e.kind != TokenKind::FloatLit || fe.elems[i - 1].kind != TokenKind::Dot || fe.elems[i - 1].verbatim)
      continue;
    std::string_view t = fe.Text(e);
    size_t dot = t.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= t.size()) continue;
    bool digits = true;
    for (size_t k = 0; k < t.size(); ++k) digits &= k == dot || (t[k] >= '0' && t[k] <= '9');
    if (!digits) continue;
    fe.arena.push_back(std::string(t.substr(0, dot)) + " ." + std::string(t.substr(dot + 1)));
    e.alt_text = fe.arena.back();
  }
  // ... and `x.0 .1` (two tokens) keeps the space: a tuple index after `.` followed by `.` and
  // another index.
  for (uint32_t i = 1; i + 2 < fe.elems.size(); ++i) {
    Element& e = fe.elems[i];
    const TokenKind nk = fe.elems[i + 2].kind;
    if (!e.verbatim && (e.kind == TokenKind::IntLit || !e.alt_text.empty()) && fe.elems[i - 1].kind == TokenKind::Dot &&
        fe.elems[i + 1].kind == TokenKind::Dot && (nk == TokenKind::IntLit || nk == TokenKind::FloatLit) &&
        fe.Text(e).find_first_not_of("0123456789 .") == std::string_view::npos)
      e.space_after = true;
  }
  // `~const Trait` bounds: rustfmt writes them `[const] Trait`.
  for (uint32_t i = 0; i + 1 < fe.elems.size(); ++i) {
    Element& a = fe.elems[i];
    Element& b = fe.elems[i + 1];
    if (a.kind == TokenKind::Tilde && !a.verbatim && b.kind == TokenKind::KwConst && !b.verbatim && b.newlines == 0 &&
        !b.spaced)
      a.const_bracket = b.const_bracket = true;
  }
  // Partners between elements (verbatim elements contain their delimiters whole).
  for (uint32_t i = 0; i < fe.elems.size(); ++i) {
    Element& e = fe.elems[i];
    if (e.verbatim) continue;
    uint32_t t = e.first - tb;
    if (partner[t] != UINT32_MAX) e.partner = elem_of_token[partner[t]];
  }

  // Roles the tree does not give: generic closers, closure closers, `#!`, and `name!` macro bangs.
  std::vector<std::pair<uint32_t, int>> generic_stack;  // (delimiter depth, element)
  int depth = 0;
  for (uint32_t i = 0; i < fe.elems.size(); ++i) {
    Element& e = fe.elems[i];
    if (e.verbatim) continue;
    TokenKind k = e.kind;
    if (IsOpen(k)) ++depth;
    else if (IsClose(k)) {
      --depth;
      while (!generic_stack.empty() && generic_stack.back().first > static_cast<uint32_t>(std::max(depth, 0)))
        generic_stack.pop_back();
    }
    if (e.role == TokRole::GenericOpen || e.role == TokRole::QSelfOpen) {
      generic_stack.emplace_back(static_cast<uint32_t>(std::max(depth, 0)), static_cast<int>(i));
      // `<<` opens a generic list and a qualified path at once.
      if (k == TokenKind::Shl) generic_stack.emplace_back(static_cast<uint32_t>(std::max(depth, 0)), static_cast<int>(i));
    } else if ((k == TokenKind::Gt || k == TokenKind::Shr || k == TokenKind::Ge || k == TokenKind::ShrEq) &&
               !generic_stack.empty() && generic_stack.back().first == static_cast<uint32_t>(std::max(depth, 0)) &&
               e.role != TokRole::BinaryOp) {
      e.role = TokRole::GenericClose;
      // `impl<T> [T]`, `impl<T> ::path::Trait`: the impl's parameters are always followed by a space.
      int open = generic_stack.back().second;
      // So are a higher-ranked binder's (`for<'a> ::path::Trait`, `for<'a> |x|`).
      if (open > 0 && (fe.elems[open - 1].kind == TokenKind::KwImpl || fe.elems[open - 1].kind == TokenKind::KwFor) &&
          !fe.elems[open - 1].verbatim)
        e.space_after = true;
      generic_stack.pop_back();
      if (k == TokenKind::Shr && !generic_stack.empty() &&
          generic_stack.back().first == static_cast<uint32_t>(std::max(depth, 0)))
        generic_stack.pop_back();
    }
    if (k == TokenKind::Not && e.role == TokRole::None && i > 0) {
      const Element& p = fe.elems[i - 1];
      if (p.kind == TokenKind::Pound && !p.verbatim) e.role = TokRole::AttrBang;
      else if ((p.kind == TokenKind::Ident || p.kind == TokenKind::RawIdent) && i + 1 < fe.elems.size()) e.role = TokRole::MacroBang;
    }
    // `pub(crate) ()`: a visibility's `)` is followed by a space.
    if (k == TokenKind::LParen && i > 0 && fe.elems[i - 1].kind == TokenKind::KwPub && !fe.elems[i - 1].verbatim &&
        e.partner != UINT32_MAX && e.partner > i)
      fe.elems[e.partner].space_after = true;
    if (e.role == TokRole::ClosureOpen && k == TokenKind::Or) {
      // The closing `|` is the next `|` at the same delimiter depth.
      int d = 0;
      for (uint32_t j = i + 1; j < fe.elems.size(); ++j) {
        Element& x = fe.elems[j];
        if (x.verbatim) continue;
        if (IsOpen(x.kind)) ++d;
        else if (IsClose(x.kind)) {
          if (--d < 0) break;
        } else if (d == 0 && x.kind == TokenKind::Or) {
          x.role = TokRole::ClosureClose;
          break;
        }
      }
    }
  }
  // `return`, `break` or `continue` ending a statement block (fn and control-flow bodies) without
  // a `;`: rustfmt adds one (trailing_semicolon). Match arm blocks are left to the unwrapping.
  {
    std::vector<uint32_t> semi_after;
    for (uint32_t i = 0; i < fe.elems.size(); ++i) {
      const Element& open = fe.elems[i];
      if (open.verbatim || open.kind != TokenKind::LBrace || open.expand != Expand::Statements || !open.has_opener_kind ||
          open.opener_of != NodeKind::BlockExpr || open.partner == UINT32_MAX || open.partner <= i + 1)
        continue;
      if (i > 0 && fe.elems[i - 1].kind == TokenKind::FatArrow) continue;
      // Inside a macro_rules body rustfmt leaves function bodies' last jump without `;`.
      if (macro_def && fn_body[open.first - tb]) continue;
      const uint32_t c = open.partner;
      uint32_t start = i + 1;
      for (uint32_t k = i + 1; k < c; ++k) {
        const Element& x = fe.elems[k];
        if (IsOpen(x.kind) && !x.verbatim && x.partner != UINT32_MAX && x.partner < c) {
          k = x.partner;
          // A block-like statement (`if .. {}`) ends at its `}` when the next line starts another.
          if (x.kind == TokenKind::LBrace && k + 1 < c && fe.elems[k + 1].newlines > 0) start = k + 1;
          continue;
        }
        if (x.kind == TokenKind::Semi) start = k + 1;
      }
      while (start < c && (fe.elems[start].kind == TokenKind::LineComment || fe.elems[start].kind == TokenKind::BlockComment))
        ++start;
      if (start >= c) continue;
      const TokenKind k0 = fe.elems[start].kind;
      if (fe.elems[start].verbatim || (k0 != TokenKind::KwReturn && k0 != TokenKind::KwBreak && k0 != TokenKind::KwContinue))
        continue;
      uint32_t last = c - 1;
      while (last > start && (fe.elems[last].kind == TokenKind::LineComment || fe.elems[last].kind == TokenKind::BlockComment))
        --last;
      semi_after.push_back(last);
    }
    if (!semi_after.empty()) {
      std::vector<Element> out;
      out.reserve(fe.elems.size() + semi_after.size());
      size_t next = 0;
      std::sort(semi_after.begin(), semi_after.end());
      for (uint32_t i = 0; i < fe.elems.size(); ++i) {
        out.push_back(fe.elems[i]);
        if (next < semi_after.size() && semi_after[next] == i) {
          Element semi;
          semi.synthetic = true;
          semi.kind = semi.last_kind = TokenKind::Semi;
          out.push_back(semi);
          ++next;
        }
      }
      fe.elems = std::move(out);
      RelinkPartners(fe.elems, 0, static_cast<uint32_t>(fe.elems.size()));
    }
  }
  // A use list of one plain path (`use a::{b};`, `use a::{b as c};`): rustfmt drops its braces;
  // `{self}` keeps them.
  std::vector<bool> unbrace(fe.elems.size(), false);
  bool any_unbrace = false;
  for (uint32_t i = 0; i < fe.elems.size(); ++i) {
    const Element& e = fe.elems[i];
    if (e.verbatim || e.role != TokRole::UseListOpen || e.partner == UINT32_MAX || e.partner <= i + 1) continue;
    // One item, perhaps with a trailing comma.
    const uint32_t end = fe.elems[e.partner - 1].kind == TokenKind::Comma ? e.partner - 1 : e.partner;
    bool plain = end > i + 1;
    for (uint32_t k = i + 1; k < end && plain; ++k) {
      const Element& x = fe.elems[k];
      plain = !x.verbatim && !IsOpen(x.kind) && x.kind != TokenKind::Comma && x.kind != TokenKind::LineComment &&
              x.kind != TokenKind::BlockComment && !IsDocComment(x.kind);
    }
    if (!plain) continue;
    if (end == i + 2 && fe.elems[i + 1].kind == TokenKind::KwSelfValue) continue;
    for (uint32_t k = i + 1; k <= e.partner; ++k) fe.elems[k].newlines = 0;
    unbrace[i] = unbrace[e.partner] = true;
    if (end != e.partner) unbrace[end] = true;
    any_unbrace = true;
  }
  if (any_unbrace) {
    std::vector<Element> kept;
    kept.reserve(fe.elems.size());
    for (uint32_t i = 0; i < fe.elems.size(); ++i)
      if (!unbrace[i]) kept.push_back(fe.elems[i]);
    fe.elems = std::move(kept);
    RelinkPartners(fe.elems, 0, static_cast<uint32_t>(fe.elems.size()));
  }
  return fe;
}

auto DisplayWidth(std::string_view s) -> uint64_t {
  uint64_t w = 0;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++w;
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence (invalid bytes count one column each).
    uint32_t cp = 0;
    size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (n == 1 || i + n > s.size()) {
      ++w;
      ++i;
      continue;
    }
    cp = b & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    const bool zero = (cp >= 0x0300 && cp <= 0x036F) || cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) ||
                      (cp >= 0x0E47 && cp <= 0x0E4E) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
                      (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    w += zero ? 0 : wide ? 2 : 1;
  }
  return w;
}

auto SyntheticComma() -> Element {
  Element comma;
  comma.synthetic = true;
  comma.kind = comma.last_kind = TokenKind::Comma;
  return comma;
}

void RelinkPartners(std::vector<Element>& el, uint32_t lo, uint32_t hi) {
  std::vector<uint32_t> stack;
  for (uint32_t i = lo; i < hi; ++i) {
    if (el[i].verbatim || el[i].synthetic) continue;
    if (IsOpen(el[i].kind)) stack.push_back(i);
    else if (IsClose(el[i].kind) && !stack.empty()) {
      el[i].partner = stack.back();
      el[stack.back()].partner = i;
      stack.pop_back();
    }
  }
}

}  // namespace rustg
