// Messages of the parser's diagnostics, rendered from the engine's records. They follow rustc's
// parser error reporting.
#include "parse/render_diag.h"

#include <string>
#include <string_view>

#include "lex/token_kind.h"
#include "parse/engine/parser.h"

namespace rustg {
namespace {

auto Help(std::string message) -> SubDiag { return SubDiag{Level::Help, std::move(message)}; }
auto Note(std::string message) -> SubDiag { return SubDiag{Level::Note, std::move(message)}; }

// Text of token t in the source.
auto TokenText(const SourceBuffer& src, const TokenBuffer& tokens, uint32_t t) -> std::string_view {
  uint32_t s = tokens.start[t];
  uint32_t e = tokens.kind[t] == TokenKind::Eof ? s : tokens.start[t + 1];
  return std::string_view(src.data() + s, e - s);
}

// How rustc names the token the parser was at in "found …": `x`, keyword `fn`, `<eof>`.
auto Found(const ParseDiagRecord& r, const SourceBuffer& src, const TokenBuffer& tokens) -> std::string {
  auto k = static_cast<TokenKind>(r.found);
  if (k == TokenKind::Eof) return "`<eof>`";
  // A split compound token: name the part that is left.
  std::string text = k == tokens.kind[r.tok] ? std::string(TokenText(src, tokens, r.tok)) : std::string(TokenKindText(k));
  if (IsReservedKeyword(k)) return "reserved keyword `" + text + "`";
  if (IsKeyword(k)) return "keyword `" + text + "`";
  if (IsDocComment(k)) return "doc comment `" + text + "`";
  return "`" + text + "`";
}

// "`a`", "`a` or `b`", "`a`, `b`, or `c`".
auto WantList(const ParseDiagRecord& r) -> std::string {
  std::string list;
  size_t n = r.nwant;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) list += n == 2 ? " or " : (i + 1 == n ? ", or " : ", ");
    list += "`";
    list += TokenKindText(static_cast<TokenKind>(r.want[i]));
    list += "`";
  }
  return list;
}

// The class of token an ErrorExpectedWhat record names.
auto WhatOf(DiagKind kind) -> std::string_view {
  switch (kind) {
    case DiagKind::ExpectedIdent: return "identifier";
    case DiagKind::ExpectedType: return "type";
    case DiagKind::ExpectedExpr: return "expression";
    case DiagKind::ExpectedPattern: return "pattern";
    default: return "item";
  }
}

}  // namespace

void RenderParseDiags(const ParseDiagRecord* records, size_t n, const SourceBuffer& src, const TokenBuffer& tokens,
                      FileId f, DiagSink& diags) {
  for (size_t i = 0; i < n; ++i) {
    const ParseDiagRecord& r = records[i];
    auto kind = static_cast<DiagKind>(r.kind);
    uint32_t lo = tokens.start[r.tok], hi = tokens.end(TokenId(r.tok));
    auto emit = [&](std::string message, std::string label = {}) -> Diagnostic& {
      Diagnostic& d = diags.Emit(kind, lo, hi, std::move(message));
      d.label = std::move(label);
      return d;
    };
    auto open_note = [&](uint32_t t) {
      return SubDiag{Level::Note, "unclosed delimiter", true, tokens.start[t], tokens.end(TokenId(t))};
    };
    if (r.variant == kVariantWhat) {
      std::string label = "expected ";
      label += WhatOf(kind);
      emit(label + ", found " + Found(r, src, tokens), label);
      continue;
    }
    switch (kind) {
      case DiagKind::ExpectedToken: {
        if (r.variant == kVariantAfterArm || r.variant == kVariantAfterStmt) {
          std::string label = r.variant == kVariantAfterArm ? "expected one of `,`, `.`, `?`, `}`, or an operator"
                                                            : "expected one of `.`, `;`, `?`, `}`, or an operator";
          emit(label + ", found " + Found(r, src, tokens), label);
          break;
        }
        std::string label = (r.nwant == 1 ? "expected " : "expected one of ") + WantList(r);
        emit(label + ", found " + Found(r, src, tokens), label);
        break;
      }
      case DiagKind::MismatchedCloseDelim: {
        std::string text(TokenKindText(tokens.kind[r.tok]));
        Diagnostic& d = emit("mismatched closing delimiter: `" + text + "`", "mismatched closing delimiter");
        d.children.push_back(open_note(r.aux[0]));
        break;
      }
      case DiagKind::UnexpectedCloseDelim:
        emit("unexpected closing delimiter: `" + std::string(TokenKindText(tokens.kind[r.tok])) + "`",
             "unexpected closing delimiter");
        break;
      case DiagKind::UnclosedDelim: {
        uint32_t end = src.file_end(f);
        Diagnostic& d = diags.Emit(kind, end, end, "this file contains an unclosed delimiter");
        for (uint32_t j = 0; j < r.naux; ++j) d.children.push_back(open_note(r.aux[j]));
        break;
      }
      case DiagKind::NestingTooDeep:
        emit("nesting too deep: more than " + std::to_string(parse_engine::kMaxDepth) + " levels",
             "the parser gives up on this part of the file here");
        break;
      case DiagKind::InnerAttrNotPermitted: emit("an inner attribute is not permitted in this context"); break;
      case DiagKind::InnerDocNotPermitted:
        emit("expected outer doc comment")
            .children.push_back(Note("inner doc comments like this (starting with `//!` or `/*!`) can only "
                                     "appear before items"));
        break;
      case DiagKind::ExpectedItem:  // kVariantItemSemi
        emit("expected item, found `;`").children.push_back(Help("remove this semicolon"));
        break;
      case DiagKind::ExpectedItemAfterAttrs: emit("expected item after attributes"); break;
      case DiagKind::ItemNotAllowedHere:
        emit(r.variant == kVariantAssocStatic ? "associated `static` items are not allowed"
                                              : "extern items cannot be `const`");
        break;
      case DiagKind::MacroWithVisibility: emit("can't qualify macro invocation with `pub`"); break;
      case DiagKind::SelfParamNotFirst:
        emit("unexpected `self` parameter in function", "must be the first parameter of an associated function");
        break;
      case DiagKind::ExpectedTraitFoundType: emit("expected a trait, found type"); break;
      case DiagKind::MissingItemType:
        emit(std::string("missing type for `") + (r.variant == kVariantStatic ? "static" : "const") + "` item",
             "help: provide a type for the item");
        break;
      case DiagKind::DotDotDotRange: {
        Diagnostic& d = emit("unexpected token: `...`");
        d.children.push_back(Help("use `..` for an exclusive range"));
        d.children.push_back(Help("or `..=` for an inclusive range"));
        break;
      }
      case DiagKind::InclusiveRangeNoEnd:
        emit("inclusive range with no end", "help: use `..` instead")
            .children.push_back(Note("inclusive ranges must be bounded at the end (`..=b` or `a..=b`)"));
        break;
      case DiagKind::ChainedComparison: emit("comparison operators cannot be chained"); break;
      case DiagKind::StructLiteralNotAllowed:
        emit("struct literals are not allowed here").children.push_back(Help("surround the struct literal with parentheses"));
        break;
      case DiagKind::ExpectedStmtAfterAttrs: emit("expected statement after outer attribute"); break;
      case DiagKind::WhereGenerics: emit("generic parameters on `where` clauses are reserved for future use"); break;
      case DiagKind::ParenTypePlus: emit("expected a path on the left-hand side of `+`, not `(...)`"); break;
      case DiagKind::NestedCVarArgs: emit("C-variadic type `...` may not be nested inside another type"); break;
      case DiagKind::AssocLifetime: emit("associated lifetimes are not supported"); break;
      default: emit("internal error: unknown parser diagnostic record"); break;
    }
  }
}

}  // namespace rustg
