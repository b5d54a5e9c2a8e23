// The parser engine: a recursive-descent parser (Pratt for expressions) over one file's non-trivia
// tokens, header-only and usable from host and device code. The CPU backend (parse/cpu/) and the
// CUDA backend (parse/cuda/) run this same code, so their trees and diagnostics agree by
// construction. Nodes and diagnostics go to an output sink (template parameter `Out`):
//   Out::Put(n, kind, token, size)   node n of the file (postorder, n = 0, 1, 2, ...)
//   Out::KindAt(n), TokenAt(n), SizeAt(n)   read back one of the last kReadBack nodes
//   Out::PutDiag(const ParseDiagRecord&)    a diagnostic record, in emission order
//   Out::kTrackPeek   true: flag a region parse that reads a token at or past its end; such sinks
//                     also count records (diag_count) and, writing, jump (set_diag_count), and
//                     take Out::Hole(n) where a counting region parse skips a child (index n)
// The engine uses no std containers, strings, exceptions or virtuals. Recursion is bounded by an
// explicit depth counter (kMaxDepth); going deeper is a diagnostic and the deep subtree is skipped.
#pragma once

#include <cstdint>

#include "base/diag.h"
#include "base/edition.h"
#include "base/id.h"
#include "lex/token_kind.h"
#include "parse/engine/diag_record.h"
#include "parse/node_kind.h"

// Device code only (the host's code is unchanged). The parse kernels stall mostly on instruction
// fetch (Nsight Compute, H200: about three quarters of the cycles between two instructions of a
// warp): the engine is megabytes of code and divergent lanes run different parts of it. So the
// diagnostic paths, never taken on almost every token, stay out of line instead of spreading the hot
// paths over more cache lines (RUSTG_DEVICE_COLD), and ParseExprBp's body is inlined into it: one
// call, its register saves and its jump to far code less per expression (RUSTG_DEVICE_INLINE).
#ifdef __CUDA_ARCH__
#define RUSTG_DEVICE_COLD __noinline__
#define RUSTG_DEVICE_INLINE __forceinline__
#else
#define RUSTG_DEVICE_COLD
#define RUSTG_DEVICE_INLINE
#endif

namespace rustg::parse_engine {

// Maximum nesting of expressions, types, patterns, blocks and items.
inline constexpr uint32_t kMaxDepth = 256;
// How many of the most recent nodes the grammar reads back (sinks must keep at least these).
inline constexpr uint32_t kReadBack = 4;

// Restrictions that change how an expression parses (bit set).
enum Restrict : uint8_t {
  kNoRestrict = 0,
  // `if`/`while`/`match`/`for` heads: `Path {` is the body, not a struct literal.
  kNoStruct = 1,
  // Statement position: a block-like expression ends the expression.
  kStmt = 2,
};

// Where an item is parsed; decides a few context-dependent rules.
enum class ItemCtx : uint8_t { Module, Trait, Impl, Extern, Block };

// The list a region's elements belong to: an item list (the ItemCtx values), a block's statements
// or a match's arms.
inline constexpr uint8_t kListStmts = 5;
inline constexpr uint8_t kListArms = 6;
// An array literal's elements after a comma (`[a, b, ...]`: from `b` on).
inline constexpr uint8_t kListElems = 7;

// The token buffer as the engine reads it (all files; global token ids and byte offsets).
struct TokenView {
  // Source bytes of the whole SourceBuffer.
  const char* src;
  // Kind of every token.
  const TokenKind* kind;
  // Start offset of every token (a token ends where the next starts; Eof is empty).
  const uint32_t* start;
};

// The child regions one region's parse skips (region-parallel parsing inside item containers,
// parse/engine/regions.h), as arrays indexed by region slot.
struct RegionLinks {
  // Per slot: first token position, end position, list (ItemCtx, kListStmts or kListArms), depth
  // and next sibling (~0u: none).
  const uint32_t* begin;
  const uint32_t* end;
  const uint8_t* ctx;
  const uint16_t* depth;
  const uint32_t* next;
  // Counting pass (non-null): per child slot of a statement or arm list, the parser's depth where
  // the parent met it (such children run from depth 0; ResolveFile checks the sum stays legal).
  uint16_t* met_depth;
  // Counting pass (non-null): per child slot, the parent's own nodes and records since the
  // previous skip (the piece of the parent's output that precedes the child's subtree).
  uint32_t* pre_nodes;
  uint32_t* pre_diags;
  // Writing pass: per slot, the event that closes its subtree, and the exclusive scans of nodes
  // and records over events: the parent's numbering resumes at node_off[close_event[c] + 1].
  const uint32_t* close_event;
  const uint32_t* node_off;
  const uint32_t* diag_off;
};

// One region's parse as the region protocol asks for it.
struct RegionSpec {
  // Token positions [begin, end) (end = Eof's position for a file's last top-level region).
  uint32_t begin, end;
  // The list (ItemCtx, kListStmts, kListArms or kListElems) and the parser's nesting depth there
  // (0: top level; statement, arm and element lists always run from 0).
  uint8_t ctx;
  uint32_t depth;
  // The file's delimiters do not balance; an earlier region reported the depth limit.
  bool quiet, too_deep_reported;
  // Children to skip (nullptr or first_child ~0u: none).
  const RegionLinks* links;
  uint32_t first_child;
  // Index of the region's first node (absolute when writing, 0 when counting).
  uint32_t node_start;
  // No parse split the region's tokens since the scratch was read (the counting pass): nothing to
  // restore first.
  bool fresh = false;
  // Per position of a balanced file (nullptr: unknown): its delimiter's partner (an opening `(` or
  // `[` may carry kPartnerHasBrace). SkipTokenTree then jumps to the closer instead of walking a
  // macro body or a skipped group token by token.
  const uint32_t* partners = nullptr;
};

// In a partner entry of an opening `(` or `[`: its group holds a `{` somewhere inside.
inline constexpr uint32_t kPartnerHasBrace = 1u << 31;

// Per-file working memory, sized by the caller for the file's token count + 2.
struct ParseScratch {
  // Global ids of the file's non-trivia tokens (Eof last).
  uint32_t* ids;
  // Their kinds, mutable for splitting compound tokens (`>>` into `>` `>`).
  TokenKind* kinds;
  // The delimiter pre-check's stack.
  uint32_t* delim_stack;
};

RUSTG_HD inline auto IsOpenDelim(TokenKind k) -> bool {
  return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace;
}
RUSTG_HD inline auto IsCloseDelim(TokenKind k) -> bool {
  return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace;
}
RUSTG_HD inline auto CloserOf(TokenKind open) -> TokenKind {
  return open == TokenKind::LParen ? TokenKind::RParen
         : open == TokenKind::LBracket ? TokenKind::RBracket
                                       : TokenKind::RBrace;
}

// When `c` starts with `want` (as `>>` starts with `>`), the kind of what is left after it.
RUSTG_HD inline auto SplitRest(TokenKind c, TokenKind want, TokenKind* rest) -> bool {
  using K = TokenKind;
  switch (want) {
    case K::Gt:
      if (c == K::Shr) return *rest = K::Gt, true;
      if (c == K::Ge) return *rest = K::Eq, true;
      if (c == K::ShrEq) return *rest = K::Ge, true;
      return false;
    case K::Lt:
      if (c == K::Shl) return *rest = K::Lt, true;
      if (c == K::Le) return *rest = K::Eq, true;
      if (c == K::ShlEq) return *rest = K::Le, true;
      return false;
    case K::And:
      if (c == K::AndAnd) return *rest = K::And, true;
      if (c == K::AndEq) return *rest = K::Eq, true;
      return false;
    case K::Or:
      if (c == K::OrOr) return *rest = K::Or, true;
      if (c == K::OrEq) return *rest = K::Eq, true;
      return false;
    case K::Plus:
      if (c == K::PlusEq) return *rest = K::Eq, true;
      return false;
    default:
      return false;
  }
}

// Parses one file into `out` (nodes in postorder; token ids are global).
template <class Out>
class Parser {
 public:
  // Reads the file's tokens [tok_begin, tok_end) into `scratch`, dropping trivia and unknown tokens.
  RUSTG_HD Parser(const TokenView& in, uint32_t tok_begin, uint32_t tok_end, Edition edition,
                  const ParseScratch& scratch, Out& out);
  // The same parser over a file that an earlier Parser already read into `scratch` (`ntok` tokens):
  // for region-parallel parsing, where several parsers share one file's scratch.
  RUSTG_HD Parser(const TokenView& in, Edition edition, const ParseScratch& scratch, uint32_t ntok, Out& out);
  // Checks delimiter balance, parses the whole file and finishes with its SourceFile node.
  RUSTG_HD void ParseFile();
  // For a macro call's arguments (the tokens between its delimiters): comma-separated
  // expressions up to Eof as one ArgList node (`a; n` gives an ArrayRepeatExpr).
  RUSTG_HD void ParseMacroArgs();
  // Makes the synthetic Eof that ends a sub-range stand on token `id` (a macro's closing
  // delimiter), so "found `)`" names the right token.
  RUSTG_HD void AnchorEof(uint32_t id) { ids_[ntok_ - 1] = id; }
  // The delimiter check alone (ParseFile's first step): reports, and returns whether they balance.
  RUSTG_HD auto CheckDelims() -> bool;
  // The top-level items of tokens [begin, end) (end = Eof's position for a file's last region), as
  // ParseFile parses them when it reaches `begin` at an item boundary with a fresh state; the first
  // region (begin 0) also takes the inner attributes. No SourceFile node. `quiet`: the file's
  // delimiters do not balance; `too_deep_reported`: an earlier region reported the depth limit.
  // Restores the region's split tokens first, so it can run again. Returns whether the region ended
  // exactly at `end` in a state ParseFile would continue from unchanged (else its output is void).
  RUSTG_HD auto ParseRegion(uint32_t begin, uint32_t end, bool quiet, bool too_deep_reported) -> bool;
  // The general region parse: the items of `r` from r.begin in context r.ctx at depth r.depth, up to
  // r.end (the next cut of the same item list, or its closing `}`), skipping the token ranges of the
  // child regions in r.links (each must be met exactly at an item boundary of an item list of the
  // child's context and depth, else the region does not check out). Restores only its own split
  // tokens (none when r.fresh). Returns whether it checked out (see above); the last piece's counts
  // are piece_nodes() and piece_diags().
  RUSTG_HD auto ParseRegion(const RegionSpec& r) -> bool;
  // Nodes and records of the region's output after its last skipped child.
  RUSTG_HD auto piece_nodes() const -> uint32_t { return n_ - piece_node_start_; }
  RUSTG_HD auto piece_diags() const -> uint32_t { return out_.diag_count() - piece_diag_start_; }
  // The child before which this parse reported the depth limit (~0u: after its last child, or none).
  RUSTG_HD auto too_deep_child() const -> uint32_t { return too_deep_child_; }
  // Deepest nesting the parse reached.
  RUSTG_HD auto peak_depth() const -> uint32_t { return peak_; }
  // Tokens the last ParseRegion jumped over by its partners (RegionSpec::partners), not read (host
  // only: 0 on the device).
  RUSTG_HD auto jumped() const -> uint32_t { return jumped_; }
  // Number of nodes written.
  RUSTG_HD auto node_count() const -> uint32_t { return n_; }
  // Number of non-trivia tokens of the file (Eof included).
  RUSTG_HD auto token_count() const -> uint32_t { return ntok_; }
  // Whether this parser reported the depth limit.
  RUSTG_HD auto too_deep_reported() const -> bool { return too_deep_reported_; }
  // Kind the file's n-th non-trivia token has before any splitting.
  RUSTG_HD auto OriginalKind(uint32_t n) const -> TokenKind { return CompactKind(in_.kind[ids_[n]]); }
  // Kind of the file's n-th non-trivia token as the parser sees it now.
  RUSTG_HD auto KindAtPos(uint32_t n) const -> TokenKind { return kinds_[n]; }

 private:
  // Counts nesting; `ok` is false past kMaxDepth.
  struct DepthGuard {
    Parser& p;
    bool ok;
    RUSTG_HD explicit DepthGuard(Parser& parser) : p(parser), ok(++parser.depth_ <= kMaxDepth) {
      if constexpr (Out::kTrackPeek) {
        if (p.depth_ > p.peak_) p.peak_ = p.depth_;
      }
    }
    RUSTG_HD ~DepthGuard() { --p.depth_; }
  };

  // A token kind as the grammar sees it: 2015 has no async/await/dyn/try keywords.
  RUSTG_HD auto CompactKind(TokenKind k) const -> TokenKind {
    if (edition_ == Edition::k2015 &&
        (k == TokenKind::KwAsync || k == TokenKind::KwAwait || k == TokenKind::KwDyn || k == TokenKind::KwTry))
      return TokenKind::Ident;
    return k;
  }

  // --- cursor ---
  // Kind of the n-th non-trivia token ahead (Eof past the end).
  RUSTG_HD auto Kind(uint32_t n = 0) const -> TokenKind {
    uint32_t i = pos_ + n;
    if constexpr (Out::kTrackPeek) {
      if (i >= limit_) region_bad_ = true;
    }
    return i < ntok_ ? kinds_[i] : TokenKind::Eof;
  }
  RUSTG_HD auto At(TokenKind k) const -> bool { return Kind() == k; }
  // Global id of the n-th token ahead.
  RUSTG_HD auto Tok(uint32_t n = 0) const -> TokenId {
    uint32_t i = pos_ + n;
    return TokenId(ids_[i < ntok_ ? i : ntok_ - 1]);
  }
  // Byte range of the n-th token ahead.
  RUSTG_HD void TextRange(uint32_t n, uint32_t* lo, uint32_t* hi) const {
    uint32_t t = Tok(n).index;
    *lo = in_.start[t];
    *hi = in_.kind[t] == TokenKind::Eof ? *lo : in_.start[t + 1];
  }
  // An identifier (raw or not) n tokens ahead.
  RUSTG_HD auto IsIdentAt(uint32_t n = 0) const -> bool {
    TokenKind k = Kind(n);
    return k == TokenKind::Ident || k == TokenKind::RawIdent;
  }
  // A plain identifier with exactly this text (weak keywords: union, auto, default, ...).
  template <uint32_t L>
  RUSTG_HD auto AtWord(const char (&w)[L], uint32_t n = 0) const -> bool {
    if (Kind(n) != TokenKind::Ident) return false;
    uint32_t lo, hi;
    TextRange(n, &lo, &hi);
    if (hi - lo != L - 1) return false;
    for (uint32_t i = 0; i + 1 < L; ++i)
      if (in_.src[lo + i] != w[i]) return false;
    return true;
  }
  // The current token is `k`, or starts with it (`>>` starts with `>`).
  RUSTG_HD auto AtSplit(TokenKind k) const -> bool {
    TokenKind rest;
    return Kind() == k || SplitRest(Kind(), k, &rest);
  }
  // Advances one token (never past Eof).
  RUSTG_HD void Bump() {
    if (pos_ + 1 < ntok_) ++pos_;
  }
  // Consumes `k`, splitting a compound token when `k` is its first half.
  RUSTG_HD auto Eat(TokenKind k) -> bool;
  // Consumes `k` or reports "expected `k`, found …" (returns false, consumes nothing).
  RUSTG_HD auto Expect(TokenKind k) -> bool;
  // Consumes the closing delimiter `close`; on anything else reports and skips up to it.
  RUSTG_HD void ExpectClose(TokenKind close);
  // Skips one balanced token tree (a single token if not at an opening delimiter).
  RUSTG_HD void SkipTokenTree();
  // Skips tokens until one of `stops` at delimiter depth 0 or a closing delimiter of the enclosing
  // level (neither consumed). Consumes at least one token unless already at a stop.
  template <class... Ks>
  RUSTG_HD void SkipUntil(Ks... stops) {
    const TokenKind set[] = {stops..., TokenKind::Eof};
    SkipUntilSet(set, sizeof...(Ks));
  }
  RUSTG_HD RUSTG_DEVICE_COLD void SkipUntilSet(const TokenKind* stops, uint32_t n);
  // Skips to the end of the enclosing delimited group (its closer is not consumed).
  RUSTG_HD void SkipToGroupEnd() { SkipUntilSet(nullptr, 0); }

  // --- tree ---
  RUSTG_HD auto Mark() const -> uint32_t { return n_; }
  // Appends a node whose children are the nodes pushed since `mark`.
  RUSTG_HD void Finish(NodeKind kind, uint32_t mark, TokenId tok) {
    out_.Put(n_, kind, tok, n_ - mark + 1);
    ++n_;
  }
  // Node n's kind, token and subtree size (Mark() - kReadBack <= n < Mark()).
  RUSTG_HD auto NodeKindAt(uint32_t n) const -> NodeKind {
    return BelowFloor(n) ? NodeKind::Error : out_.KindAt(n);
  }
  RUSTG_HD auto NodeTokenAt(uint32_t n) const -> TokenId {
    return BelowFloor(n) ? TokenId::Invalid() : out_.TokenAt(n);
  }
  RUSTG_HD auto NodeSizeAt(uint32_t n) const -> uint32_t { return BelowFloor(n) ? 0 : out_.SizeAt(n); }
  // A read-back below the region's floor would see another region's nodes: the region is void.
  RUSTG_HD auto BelowFloor(uint32_t n) const -> bool {
    if constexpr (Out::kTrackPeek) {
      if (n < floor_) return region_bad_ = true;
    }
    return false;
  }
  // Appends a childless node.
  RUSTG_HD void Leaf(NodeKind kind, TokenId tok) { Finish(kind, Mark(), tok); }
  // Appends a childless node for the current token and consumes it.
  RUSTG_HD void BumpLeaf(NodeKind kind) {
    Leaf(kind, Tok());
    Bump();
  }
  RUSTG_HD auto LastKind() const -> NodeKind {
    if (n_ == floor_) {
      if constexpr (Out::kTrackPeek) {
        // Only the file's first region, before any skip, stands where the whole parse has no node
        // yet; any other region cannot see the nodes before it.
        if (!first_region_ || skips_ != 0) region_bad_ = true;
      }
      return NodeKind::Error;
    }
    return out_.KindAt(n_ - 1);
  }

  // --- diagnostics ---
  // A record for `kind` at token `tok`, with the current token as the "found" one.
  RUSTG_HD auto Record(DiagKind kind, uint8_t variant, TokenId tok) const -> ParseDiagRecord {
    ParseDiagRecord r;
    r.kind = static_cast<uint16_t>(kind);
    r.variant = variant;
    r.found = static_cast<uint8_t>(Kind());
    r.tok = tok.index;
    return r;
  }
  // Reports at the current token; at most one report per token position. Returns whether it did.
  RUSTG_HD RUSTG_DEVICE_COLD auto Error(DiagKind kind, uint8_t variant = kVariantDefault) -> bool {
    if (quiet_ || pos_ == last_error_pos_) return false;
    last_error_pos_ = pos_;
    out_.PutDiag(Record(kind, variant, Tok()));
    return true;
  }
  // "expected one of `a`, `b`, or `c`, found `x`" for the listed token kinds.
  template <class... Ks>
  RUSTG_HD RUSTG_DEVICE_COLD void ErrorExpected(Ks... what) {
    const TokenKind list[] = {what...};
    ErrorExpectedList(list, sizeof...(Ks));
  }
  RUSTG_HD RUSTG_DEVICE_COLD void ErrorExpectedList(const TokenKind* what, uint32_t n);
  // "expected `what`, found …" for a class of tokens (identifier, type, pattern, expression, item),
  // labelled "expected `what`"; the class follows from the kind.
  RUSTG_HD void ErrorExpectedWhat(DiagKind kind) { Error(kind, kVariantWhat); }
  // Depth limit reached: reports once per file, skips the deep group and emits an Error node.
  RUSTG_HD RUSTG_DEVICE_COLD void TooDeep();

  // --- lists and groups (templates in this file) ---
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
  RUSTG_HD void ParseCommaList(TokenKind close, ListRecovery recovery, Element&& element);
  // The rest of a list after its first element: `, element` until `close`, then `close`; when that is
  // missing, reports "expected one of `want0`, `want1`" and skips to the end of the group.
  template <class Element>
  RUSTG_HD void ParseCommaTail(TokenKind close, TokenKind want0, TokenKind want1, Element&& element);
  // `{ inner-attrs body }` as a `kind` node over what was pushed since `mark`, depth-limited; without a
  // `{` it reports and finishes an empty node.
  template <class Body>
  RUSTG_HD void ParseBraced(NodeKind kind, uint32_t mark, Body&& body);

  // --- attributes, names, visibility (item.h) ---
  // Outer attributes and doc comments; returns how many.
  RUSTG_HD auto ParseOuterAttrs() -> uint32_t;
  // Inner attributes `#![..]` and inner doc comments.
  RUSTG_HD void ParseInnerAttrs();
  RUSTG_HD void ParseAttr(bool inner);
  // A defined name (identifier); reports and recovers on keywords.
  RUSTG_HD void ParseName();
  // `pub`, `pub(crate)`, `pub(in path)`, nightly `crate`; nothing when absent.
  RUSTG_HD void ParseVisibility();
  // A delimited token tree as one TokenTree node.
  RUSTG_HD void ParseTokenTree();

  // --- items (item.h) ---
  // Whether the tokens ahead start an item (statement position).
  RUSTG_HD auto AtItemStart() const -> bool;
  // One item whose outer attributes were already parsed since `mark`. Returns false (nothing
  // consumed after attrs) when the tokens do not start an item.
  RUSTG_HD auto ParseItem(uint32_t mark, ItemCtx ctx) -> bool;
  // Items until `close` (RBrace) or Eof, with error recovery.
  // `region_root`: the outermost item list of a region parse, which stops at the region's end.
  RUSTG_HD void ParseItems(ItemCtx ctx, bool top_level, bool region_root = false);
  // At an item boundary of ParseItems(ctx, top_level) at the next child region's start: skips it
  // when this is where the whole parse would start it, else voids the region. Returns false then.
  RUSTG_HD auto SkipChild(uint8_t list, bool top_level) -> bool;
  // The lowest position a read voids the region at: the next child's start or the read end; one
  // further where that is the start of a match arm (the next child's, when it is an arm list's
  // cut, or the region's own stop, when the region is one). A cut after a block-bodied arm
  // (regions.h BlockArmEnds) leaves the arm's end a look at the next arm's first token, whether
  // `.`/`?` go on or a `,` or `}` follows; the cut made sure none does, and the token's kind is
  // the source's in either parse. Taking it still voids the region (it never reaches its end or
  // its child's start), as does any read past it.
  RUSTG_HD auto ReadLimit() const -> uint32_t {
    uint32_t limit = next_child_pos_ < read_end_ ? next_child_pos_ : read_end_;
    if (limit == ~0u) return limit;
    bool arm_edge = next_child_ != ~0u && limit == next_child_pos_ ? links_->ctx[next_child_] == kListArms
                                                                    : region_arms_ && limit == stop_pos_;
    return arm_edge ? limit + 1 : limit;
  }
  // `{ inner-attrs items }` as an ItemList.
  RUSTG_HD void ParseItemList(ItemCtx ctx);
  RUSTG_HD void ParseFn(uint32_t mark, ItemCtx ctx);
  RUSTG_HD void ParseParams(bool fn_ptr, bool anon_ok);
  RUSTG_HD auto IsNamedParam() const -> bool;
  RUSTG_HD void ParseStructLike(uint32_t mark, NodeKind kind);
  RUSTG_HD void ParseRecordFields();
  RUSTG_HD void ParseTupleFields();
  RUSTG_HD void ParseEnum(uint32_t mark);
  RUSTG_HD void ParseTrait(uint32_t mark);
  RUSTG_HD void ParseImpl(uint32_t mark);
  RUSTG_HD void ParseTypeAlias(uint32_t mark);
  RUSTG_HD void ParseConstOrStatic(uint32_t mark, NodeKind kind);
  RUSTG_HD void ParseMod(uint32_t mark);
  RUSTG_HD void ParseUse(uint32_t mark);
  RUSTG_HD void ParseUseTree();
  RUSTG_HD void ParseExternCrate(uint32_t mark);
  RUSTG_HD void ParseMacroRules(uint32_t mark);
  RUSTG_HD void ParseMacroDef(uint32_t mark);
  // `path ! tokens` in item or statement position (the path starts here).
  RUSTG_HD void ParseItemMacro(uint32_t mark);
  RUSTG_HD void ExpectSemiAfterItem();
  // `extern` with an optional ABI string, as an Abi node.
  RUSTG_HD void ParseAbi();
  // A defined name or `_`.
  RUSTG_HD void ParseNameOrUnderscore();

  // --- generics and bounds (type.h) ---
  RUSTG_HD void ParseGenericParams();
  RUSTG_HD auto AtGenericParamsAfterImpl() const -> bool;
  RUSTG_HD void ParseWhereClause();
  // Bounds separated by `+` into a BoundList whose token is `tok`.
  RUSTG_HD void ParseBounds(TokenId tok, bool allow_plus = true);
  RUSTG_HD void ParseBound();
  // `: bounds` when a colon is ahead (the BoundList's token is the colon).
  RUSTG_HD void ParseColonBounds();
  RUSTG_HD auto CanBeginBound() const -> bool;
  RUSTG_HD void ParseForLifetimes();

  // --- types (type.h) ---
  RUSTG_HD void ParseType(bool allow_plus = true);
  RUSTG_HD void ParseTypeInner(bool allow_plus);
  RUSTG_HD auto CanBeginType(uint32_t n = 0) const -> bool;
  RUSTG_HD void ParseRetType(bool allow_plus);
  RUSTG_HD auto AtDyn2015() const -> bool;

  // --- paths (path.h) ---
  enum class PathStyle : uint8_t { Expr, Type, Mod };
  RUSTG_HD auto AtPathStart(uint32_t n = 0) const -> bool;
  RUSTG_HD auto IsSegmentKind(TokenKind k) const -> bool;
  RUSTG_HD void ParsePath(PathStyle style);
  RUSTG_HD void ParseGenericArgs();
  RUSTG_HD void ParseGenericArg();
  // A const generic argument or default: a block or a unary expression, as a ConstArg node.
  RUSTG_HD void ParseConstArg();
  RUSTG_HD void ParseQualifiedSelf();
  // How many tokens the simple path ahead (`::a::b`, no generic arguments) spans; 0 when none.
  RUSTG_HD auto SimplePathLen() const -> uint32_t;
  // `!` and an opening delimiter ahead: a macro call after a path.
  RUSTG_HD auto AtMacroBang() const -> bool {
    return At(TokenKind::Not) &&
           (Kind(1) == TokenKind::LParen || Kind(1) == TokenKind::LBracket || Kind(1) == TokenKind::LBrace);
  }
  // `! tokens` after the path pushed since `mark`, as a MacroCall node over both.
  RUSTG_HD void ParseMacroBang(uint32_t mark);

  // --- patterns (pattern.h) ---
  // A pattern with alternatives (`A | B`), optionally with a leading `|`.
  RUSTG_HD void ParsePattern(bool top_alt = true);
  RUSTG_HD void ParsePatternNoAlt(bool allow_range = true);
  RUSTG_HD void ParsePatternInner(bool allow_range);
  RUSTG_HD auto AtRangeEndStart() const -> bool;
  RUSTG_HD void ParseRangeEnd();
  RUSTG_HD void ParseStructPatFields();
  // Patterns separated by commas until `close`.
  RUSTG_HD void ParsePatternList(TokenKind close);

  // --- expressions (expr.h) ---
  RUSTG_HD void ParseExpr(uint8_t r = kNoRestrict) { ParseExprBp(0, r); }
  RUSTG_HD void ParseExprBp(int min_prec, uint8_t r);
  RUSTG_HD RUSTG_DEVICE_INLINE void ParseExprBpInner(int min_prec, uint8_t r);
  // Binary operators after an operand that starts at `mark`.
  RUSTG_HD void ParseBinaryTail(uint32_t mark, int min_prec, uint8_t r);
  RUSTG_HD void ParseUnary(uint8_t r);
  // Consumes a range operator (reporting the obsolete `...`).
  RUSTG_HD void RangeOp();
  RUSTG_HD RUSTG_DEVICE_COLD void InclusiveRangeNoEnd(TokenId tok);
  RUSTG_HD void ParsePostfix(uint32_t mark, uint8_t r);
  RUSTG_HD void ParsePrimary(uint8_t r);
  RUSTG_HD auto CanBeginExpr(uint32_t n = 0) const -> bool;
  // The expression just finished ends a statement without `;` (block-like in kStmt).
  RUSTG_HD auto IsComplete(uint8_t r) const -> bool;
  RUSTG_HD void ParsePathExpr(uint8_t r);
  RUSTG_HD void ParseStructExpr(uint32_t mark);
  RUSTG_HD auto CertainlyNotABlock() const -> bool;
  RUSTG_HD void ParseParenOrTuple();
  RUSTG_HD void ParseArray();
  RUSTG_HD void ParseArgs();
  RUSTG_HD void ParseClosure(uint32_t mark, uint8_t r);
  RUSTG_HD void ParseIf();
  RUSTG_HD void ParseMatch(uint32_t mark);
  RUSTG_HD void ParseLoopLike(uint32_t mark);
  // `{ stmts }` with whatever Label/Qualifier nodes were pushed since `mark`.
  RUSTG_HD void ParseBlock(uint32_t mark);
  RUSTG_HD void ParseBlockExpr() { ParseBlock(Mark()); }
  RUSTG_HD void ParseLet(uint8_t r);

  // --- statements (expr.h) ---
  RUSTG_HD void ParseStmt();
  // A block's statements up to its `}`; `region_root`: a region's list, which stops at its end.
  RUSTG_HD void ParseStmts(bool region_root);
  // A match's arms up to its `}`, likewise.
  RUSTG_HD void ParseArms(bool region_root);
  // An array literal's elements after a comma, up to its `]` (each with its comma), likewise.
  RUSTG_HD void ParseElems(bool region_root);
  // One arm: attributes, pattern, guard, `=>`, body and its comma.
  RUSTG_HD void ParseArm();
  RUSTG_HD auto AtBraceMacroStmt() const -> bool;

  TokenView in_;
  Edition edition_;
  Out& out_;
  // Non-trivia tokens of the file: global ids and (mutable, for splitting) kinds; Eof last.
  uint32_t* ids_;
  TokenKind* kinds_;
  uint32_t* delim_stack_;
  uint32_t ntok_ = 0;
  // Cursor into ids_/kinds_.
  uint32_t pos_ = 0;
  // Nodes written so far.
  uint32_t n_ = 0;
  // Current nesting depth (DepthGuard).
  uint32_t depth_ = 0;
  // Position of the last reported error (one report per position), ~0 when none.
  uint32_t last_error_pos_ = ~0u;
  bool too_deep_reported_ = false;
  // The next type may be C-variadic `...` (set for a parameter's type only).
  bool variadic_type_ok_ = false;
  // Delimiters are unbalanced: the delimiter check reported it, so the grammar's own errors are
  // not reported (the tree is still built).
  bool quiet_ = false;
  // Region parsing: the region's end (its parse stops at the first item boundary at or after it;
  // ~0 for a whole file or a last region), whether it starts the file, and whether it read at or
  // past its end (then it may have seen another region's state: its output is void).
  uint32_t stop_pos_ = ~0u;
  bool first_region_ = true;
  mutable bool region_bad_ = false;
  // Region parsing inside item containers: the children to skip, the next one (~0u: none) and its
  // first token position, the lowest token position a read must stay below (the stop or the next
  // child), the lowest node a read-back may see, skips done, where the current output piece
  // started, and the child before which the depth limit was reported.
  const RegionLinks* links_ = nullptr;
  uint32_t next_child_ = ~0u;
  uint32_t next_child_pos_ = ~0u;
  uint32_t limit_ = ~0u;
  // RegionSpec::partners of the region being parsed (nullptr: none), and the tokens jumped by them.
  const uint32_t* partners_ = nullptr;
  uint32_t jumped_ = 0;
  uint32_t read_end_ = ~0u;
  // The region is a cut of a match arm list.
  bool region_arms_ = false;
  uint32_t floor_ = 0;
  uint32_t skips_ = 0;
  uint32_t piece_node_start_ = 0;
  uint32_t piece_diag_start_ = 0;
  uint32_t too_deep_child_ = ~0u;
  uint32_t peak_ = 0;
};

// --- constructor, cursor, recovery, diagnostics, file ---

template <class Out>
RUSTG_HD Parser<Out>::Parser(const TokenView& in, uint32_t tok_begin, uint32_t tok_end, Edition edition,
                             const ParseScratch& scratch, Out& out)
    : in_(in),
      edition_(edition),
      out_(out),
      ids_(scratch.ids),
      kinds_(scratch.kinds),
      delim_stack_(scratch.delim_stack) {
  uint32_t n = 0;
  bool ed2015 = edition_ == Edition::k2015;
  for (uint32_t i = tok_begin; i < tok_end; ++i) {
    TokenKind k = in.kind[i];
    // Unknown tokens were reported by the lexer; rustc's parser never sees them either.
    if (IsTrivia(k) || k == TokenKind::Unknown) continue;
    if (ed2015) k = CompactKind(k);
    ids_[n] = i;
    kinds_[n] = k;
    ++n;
    if (k == TokenKind::Eof) break;
  }
  if (n == 0 || kinds_[n - 1] != TokenKind::Eof) {
    // A file's token range always ends with Eof; keep the invariant even for odd inputs.
    ids_[n] = tok_end ? tok_end - 1 : 0;
    kinds_[n] = TokenKind::Eof;
    ++n;
  }
  ntok_ = n;
}

template <class Out>
RUSTG_HD Parser<Out>::Parser(const TokenView& in, Edition edition, const ParseScratch& scratch, uint32_t ntok,
                             Out& out)
    : in_(in),
      edition_(edition),
      out_(out),
      ids_(scratch.ids),
      kinds_(scratch.kinds),
      delim_stack_(scratch.delim_stack),
      ntok_(ntok) {}

template <class Out>
RUSTG_HD auto Parser<Out>::ParseRegion(uint32_t begin, uint32_t end, bool quiet, bool too_deep_reported) -> bool {
  return ParseRegion(RegionSpec{begin, end, static_cast<uint8_t>(ItemCtx::Module), 0, quiet, too_deep_reported,
                                nullptr, ~0u, 0});
}

template <class Out>
RUSTG_HD auto Parser<Out>::ParseRegion(const RegionSpec& r) -> bool {
  bool last = r.end + 1 >= ntok_;
  // Own tokens only: the children's tokens belong to parses that may be running beside this one.
  uint32_t lo = r.begin;
  for (uint32_t c = r.links && !r.fresh ? r.first_child : ~0u; c != ~0u; c = r.links->next[c]) {
    for (uint32_t i = lo; i < r.links->begin[c] && i < ntok_; ++i) kinds_[i] = OriginalKind(i);
    lo = r.links->end[c];
  }
  for (uint32_t i = lo; i < r.end && i < ntok_ && !r.fresh; ++i) kinds_[i] = OriginalKind(i);
  pos_ = r.begin;
  n_ = r.node_start;
  floor_ = n_;
  depth_ = r.depth;
  peak_ = r.depth;
  stop_pos_ = last ? ~0u : r.end;
  // A list's closing `}` may be read (a tail expression looks at it): it is the parent's, never
  // split, and the region must still stop before it.
  TokenKind closer = r.ctx == kListElems ? TokenKind::RBracket : TokenKind::RBrace;
  read_end_ = !last && r.depth + (r.ctx >= kListStmts) > 0 && OriginalKind(r.end) == closer ? r.end + 1 : stop_pos_;
  first_region_ = r.begin == 0;
  quiet_ = r.quiet;
  too_deep_reported_ = r.too_deep_reported;
  links_ = r.links;
  partners_ = r.partners;
  jumped_ = 0;
  next_child_ = r.links ? r.first_child : ~0u;
  next_child_pos_ = next_child_ != ~0u ? r.links->begin[next_child_] : ~0u;
  region_arms_ = r.ctx == kListArms;
  limit_ = ReadLimit();
  piece_node_start_ = n_;
  if constexpr (Out::kTrackPeek) piece_diag_start_ = out_.diag_count();
  if (r.begin == 0) ParseInnerAttrs();
  if (r.ctx == kListStmts) ParseStmts(/*region_root=*/true);
  else if (r.ctx == kListArms) ParseArms(/*region_root=*/true);
  else if (r.ctx == kListElems) ParseElems(/*region_root=*/true);
  else ParseItems(static_cast<ItemCtx>(r.ctx), r.depth == 0, /*region_root=*/true);
  // A child the parse never reached: the whole parse does not cut there.
  if (region_bad_ || next_child_ != ~0u) return false;
  if (last) return true;
  // The next region starts fresh: no error reported at its first token, no pending C-variadic
  // permission, and its first token not split.
  return pos_ == r.end && last_error_pos_ != r.end && !variadic_type_ok_;
}

template <class Out>
RUSTG_HD auto Parser<Out>::SkipChild(uint8_t list, bool top_level) -> bool {
  if constexpr (Out::kTrackPeek) {
    uint32_t c = next_child_;
    // The child starts as a region with a fresh state in a list of its kind; an item list's at its
    // depth (a statement or arm list's depth is checked by ResolveFile).
    bool relaxed = list == kListStmts || list == kListArms || list == kListElems;
    if (top_level || (!relaxed && depth_ != links_->depth[c]) || list != links_->ctx[c] || variadic_type_ok_ ||
        last_error_pos_ == pos_) {
      region_bad_ = true;
      return false;
    }
    if (links_->pre_nodes != nullptr) {
      links_->met_depth[c] = static_cast<uint16_t>(depth_);
      links_->pre_nodes[c] = n_ - piece_node_start_;
      links_->pre_diags[c] = out_.diag_count() - piece_diag_start_;
      // The child's subtree takes one index of the counting numbering (a hole), so that marks
      // taken before it and after it differ, as in the whole parse (StoreSink, CopyRegion).
      out_.Hole(n_);
      ++n_;
    } else {
      uint32_t e = links_->close_event[c] + 1;
      n_ = links_->node_off[e];
      out_.set_diag_count(links_->diag_off[e]);
    }
    pos_ = links_->end[c];
    floor_ = n_;
    piece_node_start_ = n_;
    piece_diag_start_ = out_.diag_count();
    ++skips_;
    next_child_ = links_->next[c];
    next_child_pos_ = next_child_ != ~0u ? links_->begin[next_child_] : ~0u;
    limit_ = ReadLimit();
    return true;
  } else {
    return false;
  }
}

template <class Out>
RUSTG_HD auto Parser<Out>::Eat(TokenKind k) -> bool {
  TokenKind c = Kind();
  if (c == k) {
    Bump();
    return true;
  }
  TokenKind rest;
  if (SplitRest(c, k, &rest)) {
    kinds_[pos_] = rest;
    return true;
  }
  return false;
}

template <class Out>
RUSTG_HD auto Parser<Out>::Expect(TokenKind k) -> bool {
  if (Eat(k)) return true;
  ErrorExpected(k);
  return false;
}

template <class Out>
RUSTG_HD void Parser<Out>::ExpectClose(TokenKind close) {
  if (Eat(close)) return;
  ErrorExpected(close);
  SkipToGroupEnd();
  Eat(close);
}

template <class Out>
RUSTG_HD void Parser<Out>::SkipTokenTree() {
  if (!IsOpenDelim(Kind())) {
    Bump();
    return;
  }
  if (partners_ != nullptr) {
    // The walk below reads every token up to the partner (a read at or past the region's limit
    // marks it bad: reading the partner alone does the same) and stops after it.
    uint32_t close = partners_[pos_] & ~kPartnerHasBrace;
    Kind(close - pos_);
#ifndef __CUDA_ARCH__
    jumped_ += close - pos_ - 1;  // a host measurement only (no device work for it)
#endif
    pos_ = close;
    Bump();
    return;
  }
  uint32_t depth = 0;
  do {
    TokenKind k = Kind();
    if (k == TokenKind::Eof) return;
    if (IsOpenDelim(k)) ++depth;
    else if (IsCloseDelim(k)) --depth;
    Bump();
  } while (depth > 0);
}

template <class Out>
RUSTG_HD void Parser<Out>::SkipUntilSet(const TokenKind* stops, uint32_t n) {
  uint32_t depth = 0;
  for (;;) {
    TokenKind k = Kind();
    if (k == TokenKind::Eof) return;
    if (depth == 0) {
      for (uint32_t i = 0; i < n; ++i)
        if (k == stops[i]) return;
      if (IsCloseDelim(k)) return;
    }
    if (IsOpenDelim(k)) ++depth;
    else if (IsCloseDelim(k)) --depth;
    Bump();
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ErrorExpectedList(const TokenKind* what, uint32_t n) {
  if (quiet_ || pos_ == last_error_pos_) return;
  last_error_pos_ = pos_;
  // DIAG: ExpectedToken
  ParseDiagRecord r = Record(DiagKind::ExpectedToken, kVariantDefault, Tok());
  if (n > kParseDiagMaxWant) n = kParseDiagMaxWant;
  r.nwant = static_cast<uint8_t>(n);
  for (uint32_t i = 0; i < n; ++i) r.want[i] = static_cast<uint8_t>(what[i]);
  out_.PutDiag(r);
}

template <class Out>
RUSTG_HD void Parser<Out>::TooDeep() {
  if (!too_deep_reported_) {
    too_deep_reported_ = true;
    too_deep_child_ = next_child_;
    // DIAG: NestingTooDeep
    out_.PutDiag(Record(DiagKind::NestingTooDeep, kVariantDefault, Tok()));
  }
  uint32_t mark = Mark();
  TokenId t = Tok();
  SkipUntil(TokenKind::Semi);
  Finish(NodeKind::Error, mark, t);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseFile() {
  // Delimiter balance first, as rustc's token-tree pass does.
  quiet_ = !CheckDelims();
  uint32_t mark = Mark();
  ParseInnerAttrs();
  ParseItems(ItemCtx::Module, /*top_level=*/true);
  Finish(NodeKind::SourceFile, mark, TokenId::Invalid());
}

template <class Out>
RUSTG_HD auto Parser<Out>::CheckDelims() -> bool {
  uint32_t* stack = delim_stack_;
  uint32_t depth = 0;
  bool bad = false;
  // Open delimiters on the stack per closer kind, so a mismatch knows in O(1) whether a matching
  // opener lies deeper (a linear search here made many mismatches quadratic).
  uint32_t open_count[3] = {0, 0, 0};
  auto slot = [](TokenKind close) { return close == TokenKind::RBrace ? 0 : close == TokenKind::RBracket ? 1 : 2; };
  auto pop = [&] {
    --open_count[slot(CloserOf(kinds_[stack[depth - 1]]))];
    --depth;
  };
  for (uint32_t i = 0; i < ntok_; ++i) {
    TokenKind k = kinds_[i];
    if (k < TokenKind::LBrace) continue;
    if (IsOpenDelim(k)) {
      stack[depth++] = i;
      ++open_count[slot(CloserOf(k))];
    } else if (IsCloseDelim(k)) {
      if (depth > 0 && CloserOf(kinds_[stack[depth - 1]]) == k) {
        pop();
        continue;
      }
      bad = true;
      bool deeper = open_count[slot(k)] > 0;
      ParseDiagRecord r;
      r.found = static_cast<uint8_t>(k);
      r.tok = ids_[i];
      if (depth > 0) {
        // DIAG: MismatchedCloseDelim
        r.kind = static_cast<uint16_t>(DiagKind::MismatchedCloseDelim);
        r.naux = 1;
        r.aux[0] = ids_[stack[depth - 1]];
        out_.PutDiag(r);
        if (deeper) {
          while (CloserOf(kinds_[stack[depth - 1]]) != k) pop();
        }
        pop();
      } else {
        // DIAG: UnexpectedCloseDelim
        r.kind = static_cast<uint16_t>(DiagKind::UnexpectedCloseDelim);
        out_.PutDiag(r);
      }
    }
  }
  if (depth > 0) {
    bad = true;
    // DIAG: UnclosedDelim
    ParseDiagRecord r;
    r.kind = static_cast<uint16_t>(DiagKind::UnclosedDelim);
    r.tok = ids_[ntok_ - 1];
    // A few notes are enough; thousands of unclosed delimiters must not print thousands of snippets.
    for (uint32_t i = 0; i < depth && i < kParseDiagMaxAux; ++i) r.aux[r.naux++] = ids_[stack[i]];
    out_.PutDiag(r);
  }
  return !bad;
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseMacroArgs() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  while (!At(TokenKind::Eof)) {
    uint32_t before = pos_;
    uint32_t elem = Mark();
    ParseExpr();
    if (At(TokenKind::Semi)) {
      TokenId semi = Tok();
      Bump();
      ParseExpr();
      Finish(NodeKind::ArrayRepeatExpr, elem, semi);
    }
    if (!Eat(TokenKind::Comma) && !At(TokenKind::Eof)) {
      ErrorExpected(TokenKind::Comma, TokenKind::RParen);
      break;
    }
    if (pos_ == before) break;
  }
  Finish(NodeKind::ArgList, mark, tok);
}

// --- list templates ---

template <class Out>
template <class Element>
RUSTG_HD void Parser<Out>::ParseCommaList(TokenKind close, ListRecovery recovery, Element&& element) {
  while (!At(close) && !At(TokenKind::Eof)) {
    uint32_t before = pos_;
    element();
    if (!Eat(TokenKind::Comma) && !At(close)) {
      if (recovery == ListRecovery::Quiet) break;
      ErrorExpected(TokenKind::Comma, close);
      SkipUntil(TokenKind::Comma);
      if (!Eat(TokenKind::Comma) && recovery == ListRecovery::Stop) break;
    }
    if (pos_ == before) {
      if (recovery != ListRecovery::Skip) break;
      Bump();
    }
  }
  ExpectClose(close);
}

template <class Out>
template <class Element>
RUSTG_HD void Parser<Out>::ParseCommaTail(TokenKind close, TokenKind want0, TokenKind want1, Element&& element) {
  while (Eat(TokenKind::Comma)) {
    if (At(close)) break;
    element();
  }
  if (!Eat(close)) {
    ErrorExpected(want0, want1);
    SkipToGroupEnd();
    Eat(close);
  }
}

template <class Out>
template <class Body>
RUSTG_HD void Parser<Out>::ParseBraced(NodeKind kind, uint32_t mark, Body&& body) {
  TokenId tok = Tok();
  if (!At(TokenKind::LBrace)) {
    ErrorExpected(TokenKind::LBrace);
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

}  // namespace rustg::parse_engine

#include "parse/engine/expr.h"
#include "parse/engine/item.h"
#include "parse/engine/path.h"
#include "parse/engine/pattern.h"
#include "parse/engine/type.h"
