// The CPU parser: a recursive-descent parser (Pratt for expressions) over one file's non-trivia
// tokens, writing the flat postorder Tree without per-node allocation. Recursion is bounded by an
// explicit depth counter; going deeper is a diagnostic and the deep subtree is skipped.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg::parse_cpu {

// Restrictions that change how an expression parses (bit set).
enum Restrict : uint8_t {
  kNoRestrict = 0,
  // `if`/`while`/`match`/`for` heads: `Path {` is the body, not a struct literal.
  kNoStruct = 1,
  // Statement position: a block-like expression ends the expression.
  kStmt = 2,
};

// Per-thread buffers reused from file to file, so parsing a file allocates nothing in the steady
// state: the file's non-trivia tokens, and the nodes written before they are appended to the Tree.
struct Scratch {
  std::unique_ptr<uint32_t[]> ids;
  std::unique_ptr<TokenKind[]> kinds;
  uint32_t token_cap = 0;
  std::unique_ptr<NodeKind[]> kind;
  std::unique_ptr<TokenId[]> token;
  std::unique_ptr<uint32_t[]> size;
  uint32_t node_cap = 0;
  std::vector<uint32_t> delim_stack;
};

// Where an item is parsed; decides a few context-dependent rules.
enum class ItemCtx : uint8_t { Module, Trait, Impl, Extern, Block };

// Parses one file into `out` (nodes appended in postorder; token ids are global).
class Parser {
 public:
  // Maximum nesting of expressions, types, patterns, blocks and items.
  static constexpr uint32_t kMaxDepth = 256;

  Parser(const SourceBuffer& src, const TokenBuffer& tokens, FileId file_id, Tree& out, DiagSink& diags,
         Scratch& scratch);
  // A parser over the tokens [begin, end) of one file (a macro's token tree), ending at a synthetic Eof.
  Parser(const SourceBuffer& src, const TokenBuffer& tokens, FileId file_id, TokenId begin, TokenId end, Tree& out,
         DiagSink& diags, Scratch& scratch);
  // Parses comma-separated expressions up to Eof as one ArgList node (`a; n` gives an
  // ArrayRepeatExpr) and appends the nodes to `out`.
  void ParseMacroArgs();
  // Parses the whole file, finishes with its SourceFile node and appends the nodes to `out`.
  void ParseFile();

 private:
  friend struct DepthGuard;

  // Collects the non-trivia tokens of [b, e) into ids_/kinds_, ending with an Eof.
  void InitTokens(uint32_t b, uint32_t e);

  // --- cursor (parser.cpp) ---
  // Kind of the n-th non-trivia token ahead (Eof past the end).
  auto Kind(uint32_t n = 0) const -> TokenKind {
    uint32_t i = pos_ + n;
    return i < ntok_ ? kinds_[i] : TokenKind::Eof;
  }
  auto At(TokenKind k) const -> bool { return Kind() == k; }
  // Global id of the n-th token ahead.
  auto Tok(uint32_t n = 0) const -> TokenId {
    uint32_t i = pos_ + n;
    return TokenId(ids_[i < ntok_ ? i : ntok_ - 1]);
  }
  // Text of the n-th token ahead.
  auto Text(uint32_t n = 0) const -> std::string_view {
    uint32_t t = Tok(n).index;
    uint32_t s = tokens_.start[t];
    uint32_t e = tokens_.kind[t] == TokenKind::Eof ? s : tokens_.start[t + 1];
    return std::string_view(src_.data() + s, e - s);
  }
  // An identifier (raw or not) n tokens ahead.
  auto IsIdentAt(uint32_t n = 0) const -> bool {
    TokenKind k = Kind(n);
    return k == TokenKind::Ident || k == TokenKind::RawIdent;
  }
  // A plain identifier with exactly this text (weak keywords: union, auto, default, ...).
  auto AtWord(std::string_view w, uint32_t n = 0) const -> bool {
    return Kind(n) == TokenKind::Ident && Text(n) == w;
  }
  // The current token is `k`, or starts with it (`>>` starts with `>`).
  auto AtSplit(TokenKind k) const -> bool;
  // Advances one token (never past Eof).
  void Bump();
  // Consumes `k`, splitting a compound token when `k` is its first half.
  auto Eat(TokenKind k) -> bool;
  // Consumes `k` or reports "expected `k`, found …" (returns false, consumes nothing).
  auto Expect(TokenKind k) -> bool;
  // Consumes the closing delimiter `close`; on anything else reports and skips up to it.
  void ExpectClose(TokenKind close);
  // Skips one balanced token tree (a single token if not at an opening delimiter).
  void SkipTokenTree();
  // Skips tokens until one of `stops` at delimiter depth 0 or a closing delimiter of the enclosing
  // level (neither consumed). Consumes at least one token unless already at a stop.
  void SkipUntil(std::initializer_list<TokenKind> stops);
  // Skips to the end of the enclosing delimited group (its closer is not consumed).
  void SkipToGroupEnd();

  // --- tree ---
  auto Mark() const -> uint32_t { return n_; }
  // Appends a node whose children are the nodes pushed since `mark`.
  void Finish(NodeKind kind, uint32_t mark, TokenId tok) {
    if (n_ == sc_.node_cap) [[unlikely]]
      GrowNodes();
    sc_.kind[n_] = kind;
    sc_.token[n_] = tok;
    sc_.size[n_] = n_ - mark + 1;
    ++n_;
  }
  void GrowNodes();
  // Node n's kind, token and subtree size (n < Mark()).
  auto NodeKindAt(uint32_t n) const -> NodeKind { return sc_.kind[n]; }
  auto NodeTokenAt(uint32_t n) const -> TokenId { return sc_.token[n]; }
  auto NodeSizeAt(uint32_t n) const -> uint32_t { return sc_.size[n]; }
  // Appends a childless node.
  void Leaf(NodeKind kind, TokenId tok) { Finish(kind, Mark(), tok); }
  // Appends a childless node for the current token and consumes it.
  void BumpLeaf(NodeKind kind) {
    Leaf(kind, Tok());
    Bump();
  }
  auto LastKind() const -> NodeKind { return n_ ? sc_.kind[n_ - 1] : NodeKind::Error; }

  // --- diagnostics (parser.cpp) ---
  // How rustc names the current token in "found …": `x`, keyword `fn`, `<eof>`.
  auto Found(uint32_t n = 0) const -> std::string;
  // Reports at the current token; at most one report per token position.
  auto Error(DiagKind kind, std::string msg, std::string label = {}) -> Diagnostic*;
  // "expected one of `a`, `b`, or `c`, found `x`".
  void ErrorExpected(std::initializer_list<std::string_view> what);
  void ErrorExpectedList(const std::vector<std::string_view>& what);
  // "expected `what`, found …" for a class of tokens (identifier, type, pattern, expression, item),
  // labelled "expected `what`".
  void ErrorExpectedWhat(DiagKind kind, std::string_view what);
  // Depth limit reached: reports once per file, skips the deep group and emits an Error node.
  void TooDeep();

  // --- lists and groups (templates at the end of this file) ---
  // What a comma list does after an element followed by neither `,` nor the closer.
  enum class ListRecovery : uint8_t {
    // Report and skip to the next `,`, then go on; an element that consumed nothing is stepped over.
    Skip,
    // Report and skip to the next `,`; stop when there is none, or when an element consumed nothing.
    Stop,
    // Stop without a report (the closer reports); also stop when an element consumed nothing.
    Quiet,
  };
  // Elements separated by commas (a trailing one allowed) up to the closing delimiter `close`, which
  // it then consumes (ExpectClose). The opener is already consumed.
  template <class Element>
  void ParseCommaList(TokenKind close, ListRecovery recovery, Element&& element);
  // The rest of a list after its first element: `, element` until `close`, then `close`; when that is
  // missing, reports "expected one of `expected`" and skips to the end of the group.
  template <class Element>
  void ParseCommaTail(TokenKind close, std::initializer_list<std::string_view> expected, Element&& element);
  // `{ inner-attrs body }` as a `kind` node over what was pushed since `mark`, depth-limited; without a
  // `{` it reports and finishes an empty node.
  template <class Body>
  void ParseBraced(NodeKind kind, uint32_t mark, Body&& body);

  // --- attributes, names, visibility (item.cpp) ---
  // Outer attributes and doc comments; returns how many.
  auto ParseOuterAttrs() -> uint32_t;
  // Inner attributes `#![..]` and inner doc comments.
  void ParseInnerAttrs();
  void ParseAttr(bool inner);
  // A defined name (identifier); reports and recovers on keywords.
  void ParseName();
  // `pub`, `pub(crate)`, `pub(in path)`, nightly `crate`; nothing when absent.
  void ParseVisibility();
  // A delimited token tree as one TokenTree node.
  void ParseTokenTree();

  // --- items (item.cpp) ---
  // Whether the tokens ahead start an item (statement position).
  auto AtItemStart() const -> bool;
  // One item whose outer attributes were already parsed since `mark`. Returns false (nothing
  // consumed after attrs) when the tokens do not start an item.
  auto ParseItem(uint32_t mark, ItemCtx ctx) -> bool;
  // Items until `close` (RBrace) or Eof, with error recovery.
  void ParseItems(ItemCtx ctx, bool top_level);
  // `{ inner-attrs items }` as an ItemList.
  void ParseItemList(ItemCtx ctx);
  void ParseFn(uint32_t mark, ItemCtx ctx);
  void ParseParams(bool fn_ptr, bool anon_ok);
  auto IsNamedParam() const -> bool;
  void ParseStructLike(uint32_t mark, NodeKind kind);
  void ParseRecordFields();
  void ParseTupleFields();
  void ParseEnum(uint32_t mark);
  void ParseTrait(uint32_t mark);
  void ParseImpl(uint32_t mark);
  void ParseTypeAlias(uint32_t mark);
  void ParseConstOrStatic(uint32_t mark, NodeKind kind);
  void ParseMod(uint32_t mark);
  void ParseUse(uint32_t mark);
  void ParseUseTree();
  void ParseExternCrate(uint32_t mark);
  void ParseMacroRules(uint32_t mark);
  void ParseMacroDef(uint32_t mark);
  // `path ! tokens` in item or statement position (the path starts here).
  void ParseItemMacro(uint32_t mark);
  void ExpectSemiAfterItem();
  // `extern` with an optional ABI string, as an Abi node.
  void ParseAbi();
  // A defined name or `_`.
  void ParseNameOrUnderscore();

  // --- generics and bounds (type.cpp) ---
  void ParseGenericParams();
  auto AtGenericParamsAfterImpl() const -> bool;
  void ParseWhereClause();
  // Bounds separated by `+` into a BoundList whose token is `tok`.
  void ParseBounds(TokenId tok, bool allow_plus = true);
  void ParseBound();
  // `: bounds` when a colon is ahead (the BoundList's token is the colon).
  void ParseColonBounds();
  auto CanBeginBound() const -> bool;
  void ParseForLifetimes();

  // --- types (type.cpp) ---
  void ParseType(bool allow_plus = true);
  void ParseTypeInner(bool allow_plus);
  auto CanBeginType(uint32_t n = 0) const -> bool;
  void ParseRetType(bool allow_plus);
  auto AtDyn2015() const -> bool;

  // --- paths (path.cpp) ---
  enum class PathStyle : uint8_t { Expr, Type, Mod };
  auto AtPathStart(uint32_t n = 0) const -> bool;
  auto IsSegmentKind(TokenKind k) const -> bool;
  void ParsePath(PathStyle style);
  void ParseGenericArgs();
  void ParseGenericArg();
  // A const generic argument or default: a block or a unary expression, as a ConstArg node.
  void ParseConstArg();
  void ParseQualifiedSelf();
  // How many tokens the simple path ahead (`::a::b`, no generic arguments) spans; 0 when none.
  auto SimplePathLen() const -> uint32_t;
  // `!` and an opening delimiter ahead: a macro call after a path.
  auto AtMacroBang() const -> bool {
    return At(TokenKind::Not) &&
           (Kind(1) == TokenKind::LParen || Kind(1) == TokenKind::LBracket || Kind(1) == TokenKind::LBrace);
  }
  // `! tokens` after the path pushed since `mark`, as a MacroCall node over both.
  void ParseMacroBang(uint32_t mark);

  // --- patterns (pattern.cpp) ---
  // A pattern with alternatives (`A | B`), optionally with a leading `|`.
  void ParsePattern(bool top_alt = true);
  void ParsePatternNoAlt(bool allow_range = true);
  void ParsePatternInner(bool allow_range);
  auto AtRangeEndStart() const -> bool;
  void ParseRangeEnd();
  void ParseStructPatFields();
  // Patterns separated by commas until `close`.
  void ParsePatternList(TokenKind close);

  // --- expressions (expr.cpp) ---
  void ParseExpr(uint8_t r = kNoRestrict) { ParseExprBp(0, r); }
  void ParseExprBp(int min_prec, uint8_t r);
  void ParseExprBpInner(int min_prec, uint8_t r);
  // Binary operators after an operand that starts at `mark`.
  void ParseBinaryTail(uint32_t mark, int min_prec, uint8_t r);
  void ParseUnary(uint8_t r);
  // Consumes a range operator (reporting the obsolete `...`).
  void RangeOp();
  void InclusiveRangeNoEnd(TokenId tok);
  void ParsePostfix(uint32_t mark, uint8_t r);
  void ParsePrimary(uint8_t r);
  auto CanBeginExpr(uint32_t n = 0) const -> bool;
  // The expression just finished ends a statement without `;` (block-like in kStmt).
  auto IsComplete(uint8_t r) const -> bool;
  void ParsePathExpr(uint8_t r);
  void ParseStructExpr(uint32_t mark);
  auto CertainlyNotABlock() const -> bool;
  void ParseParenOrTuple();
  void ParseArray();
  void ParseArgs();
  void ParseClosure(uint32_t mark, uint8_t r);
  void ParseIf();
  void ParseMatch(uint32_t mark);
  void ParseLoopLike(uint32_t mark);
  // `{ stmts }` with whatever Label/Qualifier nodes were pushed since `mark`.
  void ParseBlock(uint32_t mark);
  void ParseBlockExpr() { ParseBlock(Mark()); }
  void ParseLet(uint8_t r);

  // --- statements (expr.cpp) ---
  void ParseStmt();
  auto AtBraceMacroStmt() const -> bool;

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  FileId file_id_;
  Edition edition_;
  Tree& out_;
  DiagSink& diags_;
  Scratch& sc_;
  // Non-trivia tokens of the file: global ids and (mutable, for splitting) kinds; Eof last.
  uint32_t* ids_ = nullptr;
  TokenKind* kinds_ = nullptr;
  uint32_t ntok_ = 0;
  // Nodes written so far (in sc_).
  uint32_t n_ = 0;
  uint32_t pos_ = 0;
  uint32_t depth_ = 0;
  // Set by parameter parsing just before a parameter's type: only there may `...` stand as a type.
  bool variadic_type_ok_ = false;
  // Position of the last report, so one bad token yields one diagnostic.
  uint32_t last_error_pos_ = UINT32_MAX;
  bool too_deep_reported_ = false;
  // Set when the delimiters do not balance: rustc stops after those errors, so parse errors are
  // not reported (the tree is still built).
  bool quiet_ = false;
};

// Counts nesting; `ok` is false past Parser::kMaxDepth.
struct DepthGuard {
  Parser& p;
  bool ok;
  explicit DepthGuard(Parser& parser) : p(parser), ok(++parser.depth_ <= Parser::kMaxDepth) {}
  ~DepthGuard() { --p.depth_; }
};

template <class Element>
void Parser::ParseCommaList(TokenKind close, ListRecovery recovery, Element&& element) {
  while (!At(close) && !At(TokenKind::Eof)) {
    uint32_t before = pos_;
    element();
    if (!Eat(TokenKind::Comma) && !At(close)) {
      if (recovery == ListRecovery::Quiet) break;
      ErrorExpected({",", TokenKindText(close)});
      SkipUntil({TokenKind::Comma});
      if (!Eat(TokenKind::Comma) && recovery == ListRecovery::Stop) break;
    }
    if (pos_ == before) {
      if (recovery != ListRecovery::Skip) break;
      Bump();
    }
  }
  ExpectClose(close);
}

template <class Element>
void Parser::ParseCommaTail(TokenKind close, std::initializer_list<std::string_view> expected, Element&& element) {
  while (Eat(TokenKind::Comma)) {
    if (At(close)) break;
    element();
  }
  if (!Eat(close)) {
    ErrorExpected(expected);
    SkipToGroupEnd();
    Eat(close);
  }
}

template <class Body>
void Parser::ParseBraced(NodeKind kind, uint32_t mark, Body&& body) {
  TokenId tok = Tok();
  if (!At(TokenKind::LBrace)) {
    ErrorExpected({"{"});
    Finish(kind, mark, tok);
    return;
  }
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    Finish(kind, mark, tok);
    return;
  }
  Bump();
  ParseInnerAttrs();
  body();
  ExpectClose(TokenKind::RBrace);
  Finish(kind, mark, tok);
}

}  // namespace rustg::parse_cpu
