// Region-parallel parsing: the protocol the CUDA backend runs (one thread per region), written as
// host/device functions over plain arrays so tests run the very same code on the host.
//
// Regions nest. A file is cut at top-level item boundaries into top-level regions, and the item
// list of an item container (`mod {}`, `impl {}`, `trait {}`, `extern {}`, at any depth, as long as
// every enclosing `{` is one too), the statements of a block (a fn body and the blocks in its
// statements), the arms of a match and the elements of an array literal (after a comma; OpensElems
// says which `[` the cut takes for one) are cut at their element boundaries into child regions of
// the region whose tokens hold the list. A statement, arm or element list runs from depth 0; ResolveFile
// checks that the depth where its parent met it plus the depth it reached stays within the limit,
// so the depth limit behaves as in the whole parse. A region parses its own tokens and skips its children's token
// ranges, so its output is a sequence of pieces: the nodes before its first child's subtree, those
// between two children, and those after its last child (the closing ItemList, ImplItem, ...). In
// the whole-file postorder array these pieces and the children's subtrees interleave in an Euler
// tour of the region tree: an "open" event for each region (the parent's piece before it) and a
// "close" event (the region's last piece), in token order. Records (diagnostics) interleave alike.
//
// 1. PrepareFile (per file): reads the file's non-trivia tokens into its scratch, checks its
//    delimiters (counting those records) and, when they balance, cuts it into regions at item
//    boundaries guessed from the tokens: after a `;` or `}` of an item list, before a token that
//    can start an item, at least `min_region` tokens after the previous cut of the same list. It
//    also looks into `(`/`[` groups of statements and arms for blocks (closure bodies) to cut. It
//    writes the region tree (slots in token order, sibling links) and the file's events in Euler
//    order. (The CUDA backend runs this step in an equivalent parallel form, P1-P6 below.)
// 2. CountRegion (per region slot): parses the region with a counting sink (Parser::ParseRegion),
//    recording each piece's node and record counts, and whether the region ended exactly at its
//    end and met every child exactly where the whole-file parse would start it, in a state the
//    whole-file parse would continue from unchanged.
// 3. ResolveFile (per file): when every region of the file checked out, the regions are exactly
//    the whole-file parse cut at item boundaries, except that only the first depth-limit report of
//    a file (in event order) is kept; it writes the per-event counts. Otherwise the file is parsed
//    whole (one thread) and counted again.
// 4. An exclusive scan of the per-event node and record counts places everything.
// 5. WriteRegion (per slot): parses again with a writing sink at the scanned offsets, jumping over
//    each child's subtree; the file's first region writes the delimiter records first, its last
//    top-level region the SourceFile node. With the copy path (RegionCopy), step 2 also stored
//    each region's nodes and records in its own numbering (a skipped child taking one node
//    index, a hole), and PrefixChildren + CopyRegion (per stored node, in any order) put them
//    into place instead; only regions that did not fit, reported the depth limit, write the
//    delimiter records, or whose file is parsed whole are parsed again.
// The result is the whole-file parse's postorder arrays and records, node for node. With the
// parallel step 1 (RegionArrays::partners) the region parses of a balanced file jump over the token
// trees they skip (macro bodies, error recovery) by the delimiter partners P5 left in `stack`.
#pragma once

#include <cstdint>

#include "parse/engine/parser.h"
#include "parse/engine/sinks.h"

namespace rustg::parse_engine {

// Default smallest region, in non-trivia tokens; smaller files are one region.
inline constexpr uint32_t kMinRegionTokens = 512;
// Default deepest level of lists cut into regions (1: top-level items only).
inline constexpr uint32_t kMaxRegionLevels = 32;

// A file as the region protocol sees it (built on the host).
struct RegionFile {
  // The file's global token range [tok_begin, tok_end).
  uint32_t tok_begin, tok_end;
  // Offset of its scratch in the shared scratch arrays (tok_begin + 2 * file).
  uint32_t scratch;
  // Its region slots [slot_begin, slot_end): enough for every region it can be cut into. Its
  // events are [2 * slot_begin, 2 * slot_end).
  uint32_t slot_begin, slot_end;
  // Its Edition.
  uint8_t edition;
};

// Slot flags.
enum : uint8_t {
  // The region's parse checked out (CountRegion).
  kRegionOk = 1,
  // The region reported the depth limit (CountRegion).
  kRegionTooDeep = 2,
  // An earlier region of the file reported the depth limit: this one must not (ResolveFile).
  kRegionSuppressTooDeep = 4,
};

// Every array of the protocol (device memory on the GPU). Per file: `files` .. `file_last_top`;
// per slot: `slot_file` .. `slot_peak`; per event: `ev_nodes`, `ev_diags` (2 per slot, plus
// one for the scans' totals).
struct RegionArrays {
  const RegionFile* files;
  // Shared scratch: each file's part starts at RegionFile::scratch.
  uint32_t* ids;
  TokenKind* kinds;
  uint32_t* stack;
  // Per file: non-trivia token count, delimiters unbalanced, region count, delimiter records,
  // whether it is parsed whole (its regions did not check out), and its last top-level region.
  uint32_t* file_ntok;
  uint8_t* file_quiet;
  uint32_t* file_nregions;
  uint32_t* file_delim_diags;
  uint8_t* file_whole;
  uint32_t* file_last_top;
  // Per slot: its file (~0 when unused), token range [start, end), ItemCtx and depth of its items,
  // first child and next sibling (~0: none), its open and close events, the parent's piece before
  // it and its own last piece (node and record counts), flags, and the child before which it
  // reported the depth limit (~0: after the last).
  uint32_t* slot_file;
  uint32_t* slot_start;
  uint32_t* slot_end;
  uint8_t* slot_ctx;
  uint16_t* slot_depth;
  uint32_t* slot_first_child;
  uint32_t* slot_next;
  uint32_t* slot_open_ev;
  uint32_t* slot_close_ev;
  uint32_t* slot_pre_nodes;
  uint32_t* slot_pre_diags;
  uint32_t* slot_nodes;
  uint32_t* slot_diags;
  uint8_t* slot_flags;
  uint32_t* slot_deep_child;
  // Per slot of a statement or arm list: the depth its parent met it at, and the deepest it reached.
  uint16_t* slot_met_depth;
  uint16_t* slot_peak;
  // Per event: node and record counts (ResolveFile), scanned into offsets.
  uint32_t* ev_nodes;
  uint32_t* ev_diags;
  // Set when a counting sink lost a read-back (the whole parse must then fail).
  uint32_t* failed;
  // Step 1 ran in its parallel form: `stack` holds each balanced file's delimiter partners (P5),
  // which the region parses jump over token trees by (RegionSpec::partners).
  bool partners = false;
};

// RegionSpec::partners for file f's regions: its partners, when step 1 left them and it balances.
RUSTG_HD inline auto FilePartners(const RegionArrays& a, uint32_t f) -> const uint32_t* {
  return a.partners && a.file_quiet[f] == 0 ? a.stack + a.files[f].scratch : nullptr;
}

// Slots for a build: file f gets [tok_begin / q + f, tok_end / q + f + 1), q = max(1, min_region / 2).
// Cuts of one list are min_region non-trivia tokens apart but nested lists are cut too; the count
// stops at the file's slots (PrepareFile then cuts no more).
RUSTG_HD inline auto RegionSlotBegin(uint32_t tok_begin, uint32_t file, uint32_t min_region) -> uint32_t {
  uint32_t q = min_region / 2 > 0 ? min_region / 2 : 1;
  return tok_begin / q + file;
}

// A token that can start an item (or its attributes): where a region may begin.
RUSTG_HD inline auto CanStartRegion(TokenKind k) -> bool {
  using K = TokenKind;
  switch (k) {
    case K::Pound:
    case K::OuterLineDoc:
    case K::OuterBlockDoc:
    case K::KwFn:
    case K::KwStruct:
    case K::KwEnum:
    case K::KwTrait:
    case K::KwImpl:
    case K::KwType:
    case K::KwMod:
    case K::KwUse:
    case K::KwExtern:
    case K::KwPub:
    case K::KwConst:
    case K::KwStatic:
    case K::KwUnsafe:
    case K::KwAsync:
    case K::KwMacro:
    case K::Ident:
      return true;
    default:
      return false;
  }
}

RUSTG_HD inline auto FileScratch(const RegionArrays& a, const RegionFile& fi) -> ParseScratch {
  return ParseScratch{a.ids + fi.scratch, a.kinds + fi.scratch, a.stack + fi.scratch};
}

// What the tokens of the item being read so far say about a `{` that follows at its level.
enum class ItemHead : uint8_t {
  // Only prefixes so far (attributes, visibility, qualifiers, `extern "abi"`).
  Open,
  // `mod`, `impl` or `trait` seen: the next `{` opens their item list.
  Container,
  // A fn: its `{` opens a block.
  Fn,
  // Any other item: its `{` is no item list.
  Other,
};

// A `{` that PrepareFile does not cut inside.
inline constexpr uint8_t kListNone = 8;
// A `(` or `[` group inside a statement or arm: never cut itself, but a block inside it (a closure's
// body in `v.iter().map(|x| { ... })`, a block argument) holds a statement list that may be.
inline constexpr uint8_t kListGroup = 9;

// One level of item lists while PrepareFile walks a file: the top level, then each item container
// entered (as long as every enclosing `{` is one).
struct PrepLevel {
  // Delimiter depth of the list's items.
  uint32_t delim_depth;
  // The region whose parse holds this list, and the child region now open in it (~0: none).
  uint32_t owner, open_child;
  // Where the list was last cut (or its `{`): cuts in one list are at least min_region tokens
  // apart, whatever the lists inside it do, so a long list is cut evenly even when its elements
  // hold short lists (many short fns in a `mod tests {}`).
  uint32_t last_cut;
  // The list (ItemCtx, kListStmts, kListArms, kListElems or kListGroup); the current element's head and its
  // context when a container.
  uint8_t list;
  ItemCtx head_ctx;
  ItemHead head;
  // The current element had `extern` among its prefixes (`extern "C" {` is an item list), or a
  // `match` whose arms' `{` is still ahead.
  bool saw_extern, saw_match;
  // The serial walk: the group open at this level is an arm's block body (`=> {`; BlockArmEnds).
  bool arm_block = false;
};

// Whether a match arm whose body is a block (`pat => { ... }`) ends at the block's `}`, from the
// token after it: the parser takes a block body as a complete expression (a statement's), so only
// `.` and `?` go on with it (`=> { a }.len()`), and a `,` ends the arm itself. Arms like these
// (generated `Debug` impls, state machines) often come without commas, and a match of hundreds of
// them would otherwise be one region.
RUSTG_HD inline auto BlockArmEnds(TokenKind next) -> bool {
  return next != TokenKind::Dot && next != TokenKind::Question && next != TokenKind::Comma;
}

// A token that can start a statement after a `;`: where a statement region may begin.
RUSTG_HD inline auto CanStartStmtRegion(TokenKind k) -> bool {
  using K = TokenKind;
  switch (k) {
    case K::KwLet:
    case K::KwIf:
    case K::KwMatch:
    case K::KwFor:
    case K::KwWhile:
    case K::KwLoop:
    case K::KwReturn:
    case K::KwSelfValue:
      return true;
    default:
      return CanStartRegion(k);
  }
}

// A token that leaves an element's head open (attributes, docs, qualifiers, names): PrepItemToken
// changes nothing for it.
RUSTG_HD inline auto PrepItemKeepsHead(TokenKind k) -> bool {
  using K = TokenKind;
  switch (k) {
    case K::Pound:
    case K::Not:
    case K::OuterLineDoc:
    case K::OuterBlockDoc:
    case K::InnerLineDoc:
    case K::InnerBlockDoc:
    case K::KwPub:
    case K::KwUnsafe:
    case K::KwAsync:
    case K::Ident:
    case K::StrLit:
    case K::RawStrLit:
      return true;
    default:
      return false;
  }
}

// Updates a level's view of the current item with one of its tokens (at the level's depth).
RUSTG_HD inline void PrepItemToken(PrepLevel& l, TokenKind k) {
  using K = TokenKind;
  if (l.head != ItemHead::Open) return;
  switch (k) {
    case K::KwMod:
      l.head = ItemHead::Container, l.head_ctx = ItemCtx::Module;
      return;
    case K::KwImpl:
      l.head = ItemHead::Container, l.head_ctx = ItemCtx::Impl;
      return;
    case K::KwTrait:
      l.head = ItemHead::Container, l.head_ctx = ItemCtx::Trait;
      return;
    case K::KwExtern:
      l.saw_extern = true;
      return;
    case K::KwFn:
      l.head = ItemHead::Fn;
      return;
    default:
      if (!PrepItemKeepsHead(k)) l.head = ItemHead::Other;
      return;
  }
}

// Whether the `[` at position i of a list `list` (at the list's level) opens an array literal whose
// elements the cut may enter (kListElems): right after `=`, `= &` or `=>` (an initializer, an
// assignment or an arm's body: `static T: [u8; N] = [...]`, `let x = &[...]`), or an element of an
// element list (after its `[` or a `,`). `kind(j)` reads position j. Only a guess: a type
// (`type T = [u8; 4]`) holds no comma at its level, so nothing is cut there, and the parse checks
// every cut it is given (a wrong one makes the file parse whole).
template <class KindAt>
RUSTG_HD inline auto OpensElems(uint8_t list, uint32_t i, KindAt&& kind) -> bool {
  using K = TokenKind;
  if (i == 0) return false;
  K prev = kind(i - 1);
  if (list == kListElems) return prev == K::Comma || prev == K::LBracket;
  if (prev == K::Eq || prev == K::FatArrow) return true;
  return prev == K::And && i >= 2 && kind(i - 2) == K::Eq;
}

// Whether the `{` at position i follows a macro call or definition, whose tokens the parser does
// not enter as a list: `m! {` or `macro_rules! name {` (an identifier, `!`, an identifier: no
// expression reads so). `kind(j)` reads position j.
template <class KindAt>
RUSTG_HD inline auto MacroBrace(uint32_t i, KindAt&& kind) -> bool {
  using K = TokenKind;
  if (i == 0) return false;
  K prev = kind(i - 1);
  if (prev == K::Not) return true;
  return prev == K::Ident && i >= 3 && kind(i - 2) == K::Not && kind(i - 3) == K::Ident;
}

// The cutting part of step 1 for file f, whose `ntok` non-trivia kinds are `kinds` (its scratch):
// writes its regions, their tree and its events. `partner` (nullptr: unknown) holds, per
// delimiter position of a balanced file, its partner's position (an opening `(` or `[` also
// kPartnerHasBrace when a `{` lies inside): the walk then jumps over every group it does not cut
// inside, and over `(`/`[` groups without a `{`, instead of reading their tokens (same regions:
// without a `{` a group holds no list, fewer reads).
RUSTG_HD inline void CutFile(const RegionArrays& a, uint32_t f, const TokenKind* kinds, uint32_t ntok, bool balanced,
                             const uint32_t* partner, uint32_t min_region, uint32_t max_levels) {
  RegionFile fi = a.files[f];
  uint32_t sb = fi.slot_begin;
  for (uint32_t s = sb; s < fi.slot_end; ++s) a.slot_file[s] = ~0u;
  uint32_t cap = fi.slot_end - sb;
  uint32_t n = 0, nev = 0;
  // Open regions, innermost last, and the last child each has so far.
  constexpr uint32_t kLevels = kMaxRegionLevels;
  if (max_levels > kLevels) max_levels = kLevels;
  if (max_levels == 0) max_levels = 1;
  uint32_t open[kLevels + 1] = {}, last_child[kLevels + 1] = {}, nopen = 0;
  auto open_region = [&](uint32_t pos, uint8_t list, uint32_t depth) {
    uint32_t s = sb + n++;
    a.slot_file[s] = f;
    a.slot_start[s] = pos;
    a.slot_ctx[s] = list;
    a.slot_depth[s] = static_cast<uint16_t>(depth);
    a.slot_first_child[s] = ~0u;
    a.slot_next[s] = ~0u;
    a.slot_pre_nodes[s] = 0;
    a.slot_pre_diags[s] = 0;
    a.slot_met_depth[s] = 0;
    a.slot_open_ev[s] = 2 * sb + nev++;
    if (nopen > 0) {
      // A child of the innermost open region (top-level regions are nobody's children).
      uint32_t parent = open[nopen - 1];
      if (last_child[nopen - 1] == ~0u) a.slot_first_child[parent] = s;
      else a.slot_next[last_child[nopen - 1]] = s;
      last_child[nopen - 1] = s;
    }
    open[nopen] = s;
    last_child[nopen] = ~0u;
    ++nopen;
    return s;
  };
  auto close_region = [&](uint32_t pos) {
    uint32_t s = open[--nopen];
    a.slot_end[s] = pos;
    a.slot_close_ev[s] = 2 * sb + nev++;
  };
  PrepLevel lv[kLevels];
  uint32_t nl = 1;
  lv[0] = PrepLevel{0, ~0u, ~0u, 0, static_cast<uint8_t>(ItemCtx::Module), ItemCtx::Module, ItemHead::Open, false,
                    false};
  open_region(0, static_cast<uint8_t>(ItemCtx::Module), 0);
  nopen = 0;  // top-level regions stand side by side: none is on the stack of parents
  uint32_t top = sb;
  uint32_t depth = 0;
  // An element of level t ended at token i: reset its view, and cut before i + 1 when allowed.
  auto boundary = [&](uint32_t t, uint32_t i) {
    PrepLevel& l = lv[t];
    l.head = ItemHead::Open;
    l.saw_extern = false;
    l.saw_match = false;
    if (l.list >= kListNone || !balanced || i + 2 >= ntok || n >= cap || i + 1 - l.last_cut < min_region) return;
    TokenKind next = kinds[i + 1];
    bool starts = l.list == kListStmts   ? CanStartStmtRegion(next)
                  : l.list == kListArms  ? next != TokenKind::RBrace
                  : l.list == kListElems ? next != TokenKind::RBracket
                                         : CanStartRegion(next);
    if (!starts) return;
    l.last_cut = i + 1;
    if (t == 0) {
      a.slot_end[top] = i + 1;
      a.slot_close_ev[top] = 2 * sb + nev++;
      nopen = 0;
      top = open_region(i + 1, static_cast<uint8_t>(ItemCtx::Module), 0);
      nopen = 0;
      return;
    }
    if (l.open_child != ~0u) close_region(i + 1);
    bool items = l.list < kListStmts;
    l.open_child = open_region(i + 1, l.list, items ? t : 0);
  };
  // Enters the list `list` whose opener is at i: the parse of the innermost open region holds it
  // (the current top-level region when none is open inside).
  auto enter = [&](uint32_t i, uint8_t list) {
    uint32_t owner = nopen > 0 ? open[nopen - 1] : top;
    lv[nl++] = PrepLevel{depth, owner, ~0u, i, list, ItemCtx::Module, ItemHead::Open, false, false};
    if (nopen == 0) {
      // Children of a top-level region hang below it on the stack while its list is open.
      open[0] = top;
      last_child[0] = ~0u;
      nopen = 1;
    }
  };
  // With unbalanced delimiters the walk below would misread the structure: one region.
  uint32_t end = balanced ? ntok - 1 : 0;
  for (uint32_t i = 0; i < end; ++i) {
    TokenKind k = kinds[i];
    PrepLevel& l = lv[nl - 1];
    bool item_level = depth == l.delim_depth;
    if (IsOpenDelim(k)) {
      ++depth;
      bool entered = false;
      if (item_level && k == TokenKind::LBracket && nl < max_levels &&
          OpensElems(l.list, i, [&](uint32_t j) { return kinds[j]; })) {
        // An array literal: its elements are a list (cut after their commas).
        entered = true;
        enter(i, kListElems);
      } else if (item_level && k == TokenKind::LBrace && l.list != kListNone) {
        l.arm_block = l.list == kListArms && i > 0 && kinds[i - 1] == TokenKind::FatArrow;
        bool container = l.head == ItemHead::Container || (l.head == ItemHead::Open && l.saw_extern);
        uint8_t list = kListNone;
        if (l.list < kListStmts) {
          // Item lists are cut as deep as every enclosing `{` is one (their depth is then known).
          if (container) list = static_cast<uint8_t>(l.head == ItemHead::Container ? l.head_ctx : ItemCtx::Extern);
          else if (l.head == ItemHead::Fn) list = kListStmts;
        } else if (!container) {
          list = l.saw_match ? kListArms : kListStmts;
        }
        l.saw_match = false;
        // A macro's `{ tokens }` is no list the parser enters (`m! { a; b; }`, a `macro_rules!`
        // in a block), and an element's `{` (a struct literal, a block) is not cut inside.
        if (l.list == kListElems || MacroBrace(i, [&](uint32_t j) { return kinds[j]; })) list = kListNone;
        if (list != kListNone && nl < max_levels) {
          entered = true;
          enter(i, list);
        } else {
          l.head = ItemHead::Other;
        }
      } else if (item_level && k != TokenKind::LBrace && l.list >= kListStmts && nl < max_levels &&
                 !(i > 0 && kinds[i - 1] == TokenKind::Not) &&
                 (partner == nullptr || (partner[i] & kPartnerHasBrace) != 0)) {
        // A `(` or `[` group of a statement, arm or element (not a macro call's): blocks inside may
        // be cut.
        entered = true;
        enter(i, kListGroup);
      }
      // Nothing inside a group that is not entered changes the walk: on to its closer.
      if (!entered && item_level && partner != nullptr) i = (partner[i] & ~kPartnerHasBrace) - 1;
      continue;
    }
    if (IsCloseDelim(k)) {
      --depth;
      if (nl > 1 && depth + 1 == lv[nl - 1].delim_depth) {
        // The `}` of a list (or the closer of a group): its open child region ends before it.
        if (lv[nl - 1].open_child != ~0u) close_region(i);
        --nl;
      }
      if (k == TokenKind::RBrace && depth == lv[nl - 1].delim_depth) {
        // After a `}` only an item ends for sure; in a block or match the element may go on.
        PrepLevel& o = lv[nl - 1];
        bool arm_ends = o.arm_block && BlockArmEnds(kinds[i + 1]);
        o.arm_block = false;
        if (o.list < kListStmts || arm_ends) {
          boundary(nl - 1, i);
        } else {
          o.head = ItemHead::Open;
          o.saw_extern = false;
          o.saw_match = false;
        }
      }
      continue;
    }
    if (!item_level) continue;
    if (k == TokenKind::Semi && l.list != kListArms && l.list != kListElems) boundary(nl - 1, i);
    else if (k == TokenKind::Comma && (l.list == kListArms || l.list == kListElems)) boundary(nl - 1, i);
    else if (k == TokenKind::KwMatch) l.saw_match = true, l.head = ItemHead::Other;
    else PrepItemToken(l, k);
  }
  a.slot_end[top] = ntok - 1;
  a.slot_close_ev[top] = 2 * sb + nev++;
  a.file_last_top[f] = top;
  a.file_nregions[f] = n;
}

// Step 1 for file f, serially; item lists nested deeper than `max_levels` (1: top level only) are
// not cut.
RUSTG_HD inline void PrepareFile(const TokenView& in, const RegionArrays& a, uint32_t f, uint32_t min_region,
                                 uint32_t max_levels = kMaxRegionLevels) {
  RegionFile fi = a.files[f];
  CountSink sink;
  Parser<CountSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition), FileScratch(a, fi), sink);
  bool balanced = p.CheckDelims();
  uint32_t ntok = p.token_count();
  a.file_ntok[f] = ntok;
  a.file_quiet[f] = balanced ? 0 : 1;
  a.file_delim_diags[f] = sink.diags;
  CutFile(a, f, a.kinds + fi.scratch, ntok, balanced, nullptr, min_region, max_levels);
}

// --- Step 1 in parallel: the same result as PrepareFile for every file, but the token reading
// and the delimiter check are data-parallel over all tokens of all files (per-index functions
// below, with scans and a stable sort between them: CUB's on the device, plain loops in the host
// tests), so no thread walks a whole file; only CutFile stays per file, and it jumps over groups.
// Precondition (checked by the caller): every file's token range ends with its only Eof.
//   P1 PrepFileStart (per file)   marks file starts; inclusive scan -> file_of
//   P2 PrepTokenFlags (per token) keep, delimiter step, delimiter and `{` flags; exclusive scans
//                                 -> keep_off, delim_off, brace_off; inclusive scan -> depth
//   P3 PrepCompact (per token)    the files' scratch (ids, kinds) and the delimiters' sort keys
//   P4 stable sort of the delimiters by key (file, nesting level)
//   P5 PrepPair (per delimiter)   partners into the scratch `stack`, or the file marked unbalanced
//   P6 PrepareFileCut (per file)  counts, the delimiter records of unbalanced files, CutFile

// The arrays of the parallel step 1: per token (keep_off and delim_off have one more entry, the
// total), per delimiter, per file.
struct PrepArrays {
  // Per token: its file; kept (non-trivia, known) tokens before it; delimiter nesting after it
  // (running over all files); delimiters before it.
  uint32_t* file_of;
  uint32_t* keep_off;
  int32_t* depth;
  uint32_t* delim_off;
  // Per token: `{` tokens before it (an exclusive scan; one more entry, the total).
  uint32_t* brace_off;
  // Per delimiter: key (file << 32 | nesting level outside it) and token; the same sorted by key.
  uint64_t* delim_key;
  uint32_t* delim_tok;
  uint64_t* sorted_key;
  uint32_t* sorted_tok;
  // Per file: its delimiters do not balance (any thread that finds so writes 1).
  uint8_t* file_bad;
  // Per scratch position (or nullptr): the delimiter depth after its token within its file,
  // 255 from there on (CutArrays::depth).
  uint8_t* kept_depth = nullptr;
};

// A token the parser reads (Parser's constructor drops the rest).
RUSTG_HD inline auto KeptToken(TokenKind k) -> bool { return !IsTrivia(k) && k != TokenKind::Unknown; }

// The change of delimiter nesting at a token.
RUSTG_HD inline auto DelimStep(TokenKind k) -> int32_t { return IsOpenDelim(k) ? 1 : IsCloseDelim(k) ? -1 : 0; }

// P1 for file f (file_of zeroed before): a 1 at each file's first token but the first file's.
RUSTG_HD inline void PrepFileStart(const RegionArrays& a, const PrepArrays& p, uint32_t f) {
  if (f > 0) p.file_of[a.files[f].tok_begin] = 1;
}

// P2 for token t.
RUSTG_HD inline void PrepTokenFlags(const TokenView& in, const PrepArrays& p, uint32_t t) {
  TokenKind k = in.kind[t];
  p.keep_off[t] = KeptToken(k) ? 1 : 0;
  p.depth[t] = DelimStep(k);
  p.delim_off[t] = DelimStep(k) != 0 ? 1 : 0;
  p.brace_off[t] = k == TokenKind::LBrace ? 1 : 0;
}

// P3 for token t.
RUSTG_HD inline void PrepCompact(const TokenView& in, const RegionArrays& a, const PrepArrays& p, uint32_t t) {
  uint32_t f = p.file_of[t];
  RegionFile fi = a.files[f];
  TokenKind k = in.kind[t];
  if (KeptToken(k)) {
    uint32_t pos = p.keep_off[t] - p.keep_off[fi.tok_begin];
    if (static_cast<Edition>(fi.edition) == Edition::k2015 &&
        (k == TokenKind::KwAsync || k == TokenKind::KwAwait || k == TokenKind::KwDyn || k == TokenKind::KwTry))
      k = TokenKind::Ident;
    a.ids[fi.scratch + pos] = t;
    a.kinds[fi.scratch + pos] = k;
  }
  // Nesting inside the file after token t.
  int32_t base = p.depth[fi.tok_begin] - DelimStep(in.kind[fi.tok_begin]);
  int32_t after = p.depth[t] - base;
  if (p.kept_depth != nullptr && KeptToken(k))
    p.kept_depth[fi.scratch + p.keep_off[t] - p.keep_off[fi.tok_begin]] =
        static_cast<uint8_t>(after >= 0 && after < 255 ? after : 255);
  if (t + 1 == fi.tok_end && after != 0) p.file_bad[f] = 1;
  int32_t step = DelimStep(k);
  if (step == 0) return;
  // An opener and its closer stand at the same level: the nesting outside them.
  int32_t level = step > 0 ? after - 1 : after;
  if (level < 0) p.file_bad[f] = 1;
  uint32_t d = p.delim_off[t];
  p.delim_key[d] = static_cast<uint64_t>(f) << 32 | (level < 0 ? 0xffffffffu : static_cast<uint32_t>(level));
  p.delim_tok[d] = t;
}

// P5 for sorted delimiter d of n. In a file whose nesting never goes below 0 and ends at 0, the
// delimiters of one level alternate opener, closer in token order, and the delimiter check pairs
// each opener with the next closer of its level: the sort puts them side by side.
RUSTG_HD inline void PrepPair(const TokenView& in, const RegionArrays& a, const PrepArrays& p, uint32_t d,
                              uint32_t n) {
  uint64_t key = p.sorted_key[d];
  uint32_t f = static_cast<uint32_t>(key >> 32);
  TokenKind k = in.kind[p.sorted_tok[d]];
  if (!IsOpenDelim(k)) {
    // A closer pairs with the opener before it (which checks the kinds).
    if (d == 0 || p.sorted_key[d - 1] != key || !IsOpenDelim(in.kind[p.sorted_tok[d - 1]])) p.file_bad[f] = 1;
    return;
  }
  if (d + 1 >= n || p.sorted_key[d + 1] != key || in.kind[p.sorted_tok[d + 1]] != CloserOf(k)) {
    p.file_bad[f] = 1;
    return;
  }
  RegionFile fi = a.files[f];
  uint32_t first = p.keep_off[fi.tok_begin];
  uint32_t open_tok = p.sorted_tok[d], close_tok = p.sorted_tok[d + 1];
  uint32_t open = p.keep_off[open_tok] - first, close = p.keep_off[close_tok] - first;
  bool brace_inside = p.brace_off[close_tok] - p.brace_off[open_tok + 1] != 0;
  a.stack[fi.scratch + open] = close | (brace_inside && k != TokenKind::LBrace ? kPartnerHasBrace : 0);
  a.stack[fi.scratch + close] = open;
}

// P6 for file f: PrepareFile's result from the parallel steps' scratch, partners and checks.
RUSTG_HD inline void PrepareFileCut(const TokenView& in, const RegionArrays& a, const PrepArrays& p, uint32_t f,
                                    uint32_t min_region, uint32_t max_levels = kMaxRegionLevels) {
  RegionFile fi = a.files[f];
  uint32_t ntok = p.keep_off[fi.tok_end] - p.keep_off[fi.tok_begin];
  bool balanced = p.file_bad[f] == 0;
  uint32_t delim_diags = 0;
  if (!balanced) {
    // The records of a bad file come from the delimiter check itself (rare: one thread each).
    CountSink sink;
    Parser<CountSink> parser(in, static_cast<Edition>(fi.edition), FileScratch(a, fi), ntok, sink);
    parser.CheckDelims();
    delim_diags = sink.diags;
  }
  a.file_ntok[f] = ntok;
  a.file_quiet[f] = balanced ? 0 : 1;
  a.file_delim_diags[f] = delim_diags;
  CutFile(a, f, a.kinds + fi.scratch, ntok, balanced, balanced ? a.stack + fi.scratch : nullptr, min_region,
          max_levels);
}

// --- The cut of P6 in parallel (what the CUDA backend runs; PrepareFileCut is its serial form):
// CutFile's walk restricted to one list visits only the list's own tokens (it jumps over every
// group, entered or not) and needs only the list's own state, so every entered list is walked by
// its own thread, level by level (a list's walk finds the lists inside it, walked next). The walks
// mark their cuts per position; scans of those marks number the regions and events, which are
// CutFile's because both go in token order (regions open in token order, events at the same
// position close before they open); the region tree follows from the numbering (preorder).
//   C1 PrepFileInfo (per file)     counts and the delimiter records of unbalanced files
//   C2 CutTopItem (per file)       the top-level list of each file: the walks of level 0
//   C3 CutList (per list, per level) the walk: cut marks, and the entered lists of the next level
//   C4 CutMarkCounts (per position) opens and events per position; exclusive scans -> offsets
//   C5 CutFileTotals (per file)    the region count, or the file marked for CutFile when it would
//                                  take more slots than it has (CutFile then stops cutting)
//   C6 CutPlace (per position)     each region's slot fields and events; C7 CutLink (per slot) its
//                                  tree links; C8 CutFile for the marked files.

// A list to walk: its file, its opener and closer positions (the top level: ~0u and the last
// position the walk reads, 0 for an unbalanced file), the region that holds its opener (~0u: none,
// the top level), its list kind and its level (index in CutFile's stack of levels).
struct CutItem {
  uint32_t file, open, close, owner;
  uint8_t list, level;
};

// Marks per position of the shared scratch (`cut`): kCutNone, or a region starts here: kCutFirst
// when it is the first of its list, else the previous region of its list (which closes here); or,
// with kCutClose, the list's closer, where its last region (the low bits) closes.
inline constexpr uint32_t kCutNone = ~0u;
inline constexpr uint32_t kCutFirst = ~0u - 1;
inline constexpr uint32_t kCutClose = 1u << 31;

// Lists of at least this many tokens (opener to closer) get a warp of their own by default
// (CutArrays::solo_tokens): the lanes of a warp walk their lists one after another where they
// diverge, and a lane waits on a load per read, where a warp's walk waits on one per window
// (CutWindowReader). The corpus's longest lane walks read 1,100-1,700 times at each of the first
// levels with 2,048; with 512, about 450, yet the cut's phase measured the same on an H200 (19.3
// against 18.8 ms; RUSTG_CUDA_PARSE_CUT_SOLO sets it). What fits its time is the short lists'
// warps: 32 lists each, whose divergent lanes add up to ~29,000 dependent reads along the busiest
// warp of every level (DISABLED_CutCriticalPath); a warp for every list (1) is unmeasured.
inline constexpr uint32_t kCutSoloTokens = 2048;

// The positions of a chunk of a split list (CutArrays::chunk): its walk is a thread's, ~1,000
// positions in a few hundred dependent reads, and there are enough of them to fill the device.
inline constexpr uint32_t kCutChunk = 1024;

// The parallel cut's arrays (device memory on the GPU): per scratch position (mark, the region
// holding the list of a region starting there, its ctx | depth << 8; open_off and ev_off have one
// more entry, the total), per file, per slot, and the two queues of lists of a level.
struct CutArrays {
  uint32_t* cut;
  uint32_t* owner;
  uint16_t* meta;
  uint32_t* open_off;
  uint32_t* ev_off;
  // Per file: the start of its last top-level region; whether CutFile cuts it instead (C5).
  uint32_t* file_top_last;
  uint8_t* file_serial;
  // Per slot: the slot of the region holding it (~0u: top level).
  uint32_t* slot_parent;
  // The lists to walk next: capacity `queue_cap`; long ones (a warp each) from the front, counted
  // in count[0], short ones (a lane each) from the back, counted in count[1].
  CutItem* queue;
  uint32_t queue_cap;
  uint32_t* count;
  // Lists of at least this many tokens go to the front (a warp each).
  uint32_t solo_tokens = kCutSoloTokens;
  // The split walk (CutSplit*): lists of at least split_tokens positions go to split_queue
  // (capacity queue_cap, counted in count[2]) and are walked in chunks of `chunk` positions. Per
  // scratch position: the delimiter depth after it (PrepArrays::kept_depth) and the candidates of
  // the chunk starting there (`cand`); per chunk of a level (numbered across its split lists):
  // where its walk starts (~0u: no reset in it), its candidates, the list's open region at its
  // start.
  uint32_t split_tokens = ~0u;
  uint32_t chunk = kCutChunk;
  CutItem* split_queue = nullptr;
  const uint8_t* depth = nullptr;
  uint32_t* cand = nullptr;
  uint32_t* chunk_from = nullptr;
  uint32_t* chunk_count = nullptr;
  uint32_t* chunk_open = nullptr;
};

// Lists of at least this many positions are walked in chunks (CutArrays::split_tokens; CUDA
// default): a list's walk is a chain of dependent reads, one per token it stops at, and on an H200
// the corpus's longest top-level list alone took 11.5 of the cut's 19 ms (the walks of level 0),
// and the next two levels 4.2 and 1.5.
inline constexpr uint32_t kCutSplitTokens = 8192;

// Appends `it` to the queue of the next level.
RUSTG_HD inline void CutPush(const CutArrays& c, const CutItem& it) {
  uint32_t span = it.close - (it.open == ~0u ? 0 : it.open);
  uint32_t q = span >= c.split_tokens ? 2 : span >= c.solo_tokens ? 0 : 1;
#ifdef __CUDA_ARCH__
  uint32_t at = atomicAdd(&c.count[q], 1u);
#else
  uint32_t at = c.count[q]++;
#endif
  if (q == 2) c.split_queue[at] = it;
  else c.queue[q == 0 ? at : c.queue_cap - 1 - at] = it;
}

// C1 for file f: PrepareFileCut without the cut.
RUSTG_HD inline void PrepFileInfo(const TokenView& in, const RegionArrays& a, const PrepArrays& p, uint32_t f) {
  RegionFile fi = a.files[f];
  uint32_t ntok = p.keep_off[fi.tok_end] - p.keep_off[fi.tok_begin];
  bool balanced = p.file_bad[f] == 0;
  uint32_t delim_diags = 0;
  if (!balanced) {
    CountSink sink;
    Parser<CountSink> parser(in, static_cast<Edition>(fi.edition), FileScratch(a, fi), ntok, sink);
    parser.CheckDelims();
    delim_diags = sink.diags;
  }
  a.file_ntok[f] = ntok;
  a.file_quiet[f] = balanced ? 0 : 1;
  a.file_delim_diags[f] = delim_diags;
}

// C2 for file f (after C1): its top-level list, on the queue of level 0.
RUSTG_HD inline void CutTopItem(const RegionArrays& a, const CutArrays& c, uint32_t f) {
  uint32_t ntok = a.file_ntok[f];
  uint32_t last = a.file_quiet[f] == 0 && ntok > 0 ? ntok - 1 : 0;
  CutPush(c, CutItem{f, ~0u, last, ~0u, static_cast<uint8_t>(ItemCtx::Module), 0});
}

// A token a list walk must look at even once its element's head is known: an open delimiter
// (a group to jump over or enter), `;` and `,` (element ends) and `match` (its arms' `{`). Every
// other token only matters while the head is still open (PrepItemToken).
RUSTG_HD inline auto CutWalkStops(TokenKind k) -> bool {
  return IsOpenDelim(k) || k == TokenKind::Semi || k == TokenKind::Comma || k == TokenKind::KwMatch;
}

// How CutList reads a file's kinds and partners (scratch positions): Kind, Partner, and Next(j,
// close, open): the first position from j on (before close; else close) whose token CutWalkStops
// or, with `open` (the element's head still open), does not keep the head open either
// (PrepItemKeepsHead); or any position in between (the walk looks at every token it is given).
// This one loads each read and skips nothing.
struct CutDirectReader {
  const TokenKind* kinds = nullptr;
  const uint32_t* partner = nullptr;
  RUSTG_HD void Bind(const TokenKind* k, const uint32_t* p, uint32_t /*ntok*/, uint32_t /*begin*/, uint32_t /*end*/) {
    kinds = k;
    partner = p;
  }
  RUSTG_HD auto Kind(uint32_t i) const -> TokenKind { return kinds[i]; }
  RUSTG_HD auto Partner(uint32_t i) const -> uint32_t { return partner[i]; }
  RUSTG_HD auto Next(uint32_t j, uint32_t /*close*/, bool /*open*/) const -> uint32_t { return j; }
};

// A reader over windows of kSize = 32 * Words positions from `base`: on the device lane l of a warp holds the
// kinds and partners of positions base + l + 32 w (w < kWords: one coalesced load of each per word,
// all issued together, then shuffles) and ballots mark the positions that CutWalkStops (and those
// that also change an open head), so a walk by a whole warp (every lane walking the same list in
// step, lane 0 writing) waits on one round of loads per window instead of two dependent loads per
// group and one per token, and skips the tokens that change nothing a word at a time. With windows
// of 256 positions (Words = 8) a long list's elements (an item with its attributes and a
// jumped-over body, ~60 tokens in the corpus's largest file) mostly lie in one, and the corpus's
// cut waits on ~1,800 windows along its longest walks, against ~13,000 of 32 positions; yet on an
// H200 the cut's phase measured the same (19.8 against 19.0 ms on the corpus, 23.0 against 22.0 at
// 1 GB, loads issued before the ballots): those walks do not set its time. The device walks
// 32-position windows unless RUSTG_CUDA_PARSE_CUT_WINDOW=256. On the host the same windows are
// arrays (so the host tests run the device's logic).
template <uint32_t Words>
struct CutWindowReaderOf {
  static constexpr uint32_t kWords = Words;
  static constexpr uint32_t kSize = 32 * kWords;
  const TokenKind* kinds = nullptr;
  const uint32_t* partner = nullptr;
  // Per word of the window, per position: the token CutWalkStops; it CutWalkStops or changes an
  // open head.
  uint32_t n = 0, base = 0, mask[kWords] = {}, open_mask[kWords] = {};
#ifdef __CUDA_ARCH__
  uint32_t lane_kind[kWords] = {}, lane_partner[kWords] = {};
#else
  TokenKind win_kind[kSize] = {};
  uint32_t win_partner[kSize] = {};
#endif
  RUSTG_HD void Load(uint32_t at) {
    base = at;
#ifdef __CUDA_ARCH__
    // Every word's loads first, then the ballots: a ballot after each word's loads made the words
    // wait on one another (the wide windows measured slower than 32-position ones that way).
#pragma unroll
    for (uint32_t w = 0; w < kWords; ++w) {
      uint32_t j = at + 32 * w + (threadIdx.x & 31u);
      bool in = j < n;
      lane_kind[w] = in ? static_cast<uint32_t>(kinds[j]) : static_cast<uint32_t>(TokenKind::Eof);
      lane_partner[w] = in ? partner[j] : 0;
    }
#pragma unroll
    for (uint32_t w = 0; w < kWords; ++w) {
      bool in = at + 32 * w + (threadIdx.x & 31u) < n;
      auto k = static_cast<TokenKind>(lane_kind[w]);
      bool stops = in && CutWalkStops(k);
      mask[w] = __ballot_sync(~0u, stops);
      open_mask[w] = __ballot_sync(~0u, stops || (in && !PrepItemKeepsHead(k)));
    }
#else
    for (uint32_t w = 0; w < kWords; ++w) {
      mask[w] = 0;
      open_mask[w] = 0;
    }
    for (uint32_t d = 0; d < kSize; ++d) {
      uint32_t j = at + d;
      bool in = j < n;
      win_kind[d] = in ? kinds[j] : TokenKind::Eof;
      win_partner[d] = in ? partner[j] : 0;
      bool stops = in && CutWalkStops(win_kind[d]);
      if (stops) mask[d / 32] |= 1u << (d % 32);
      if (stops || (in && !PrepItemKeepsHead(win_kind[d]))) open_mask[d / 32] |= 1u << (d % 32);
    }
#endif
  }
  // A window from one before i (the walk reads the kind before an opener), when i is outside this one.
  RUSTG_HD void Cover(uint32_t i) {
    if (i - base >= kSize) Load(i > 0 ? i - 1 : 0);
  }
  // Reads of [begin, end] (end < ntok). On the device the lanes first ask L2 for every line of the
  // range's kinds and partners (no wait): the walk's window loads after a group's closer are
  // otherwise DRAM misses one after another, while the range (a few MB for the largest file) fits
  // L2.
  RUSTG_HD void Bind(const TokenKind* k, const uint32_t* p, uint32_t ntok, uint32_t begin, uint32_t end) {
    kinds = k;
    partner = p;
    n = ntok;
#ifdef __CUDA_ARCH__
    uint32_t lane = threadIdx.x & 31u, lo = begin > 0 ? begin - 1 : 0;
    for (uint32_t x = lo + 128 * lane; x <= end; x += 32 * 128) asm volatile("prefetch.global.L2 [%0];" ::"l"(k + x));
    for (uint32_t x = lo + 32 * lane; x <= end; x += 32 * 32) asm volatile("prefetch.global.L2 [%0];" ::"l"(p + x));
#endif
    Load(begin > 0 ? begin - 1 : 0);
  }
#ifdef __CUDA_ARCH__
  // Word w of a per-lane array, w uniform across the warp (selects, not a local-memory index).
  static __device__ auto Word(const uint32_t (&v)[kWords], uint32_t w) -> uint32_t {
    uint32_t x = v[0];
#pragma unroll
    for (uint32_t k = 1; k < kWords; ++k) x = w == k ? v[k] : x;
    return x;
  }
#endif
  RUSTG_HD auto Kind(uint32_t i) -> TokenKind {
    Cover(i);
    uint32_t d = i - base;
#ifdef __CUDA_ARCH__
    return static_cast<TokenKind>(__shfl_sync(~0u, Word(lane_kind, d / 32), static_cast<int>(d % 32)));
#else
    return win_kind[d];
#endif
  }
  RUSTG_HD auto Partner(uint32_t i) -> uint32_t {
    Cover(i);
    uint32_t d = i - base;
#ifdef __CUDA_ARCH__
    return __shfl_sync(~0u, Word(lane_partner, d / 32), static_cast<int>(d % 32));
#else
    return win_partner[d];
#endif
  }
  RUSTG_HD auto Next(uint32_t j, uint32_t close, bool open) -> uint32_t {
    if (j >= close) return close;
    Cover(j);
    for (;;) {
      // The stops from j to the window's end, a word at a time.
      for (uint32_t d = j - base; d < kSize; d = (d / 32 + 1) * 32) {
        uint32_t w = d / 32;
#ifdef __CUDA_ARCH__
        uint32_t m = (open ? Word(open_mask, w) : Word(mask, w)) >> (d % 32);
#else
        uint32_t m = (open ? open_mask[w] : mask[w]) >> (d % 32);
#endif
        if (m != 0) {
#ifdef __CUDA_ARCH__
          uint32_t at = base + d + static_cast<uint32_t>(__ffs(m) - 1);
#else
          uint32_t at = base + d + static_cast<uint32_t>(__builtin_ctz(m));
#endif
          return at < close ? at : close;
        }
        if (base + (w + 1) * 32 >= close) return close;
      }
      // Nothing to stop at up to the window's end: the next window overlaps this one's last position.
      Load(base + kSize - 1);
      j = base + 1;
    }
  }
};

using CutWindowReader = CutWindowReaderOf<1>;
using CutWideWindowReader = CutWindowReaderOf<8>;

// The walk of list `it` as CutList walks it, keeping the list's view of its current element
// (PrepLevel's head fields), from position `from` until a reset at or after `stop` (CutSplit*:
// where the next chunk's walk starts). A reset is where that view starts afresh: an element's end
// (`;`, or `,` in a match arm or array element list) and every `}` at the list's level (CutResetAt).
// With `at_reset`, `from` is one and the walk starts by taking it (a chunk of a split list, whose
// walk does not know the state before it and needs none); else `from` is the list's first
// position. boundary(i): an element ended at i, where the list may be cut (before i + 1; the
// view is reset already); enter(i, closer, list): the walk enters the group at i as a list.
template <class Reader, class Boundary, class Enter>
RUSTG_HD inline void CutWalk(const RegionArrays& a, const CutItem& it, uint32_t ntok, uint32_t max_levels, Reader& rd,
                             uint32_t from, bool at_reset, uint32_t stop, Boundary&& boundary, Enter&& enter) {
  PrepLevel l{0, it.owner, ~0u, 0, it.list, ItemCtx::Module, ItemHead::Open, false, false};
  auto reset = [&] {
    l.head = ItemHead::Open;
    l.saw_extern = false;
    l.saw_match = false;
  };
  // After the `}` at i of a `{` group at the list's level (`arm_block`: an arm's block body): an
  // item ends, and so does such an arm (BlockArmEnds); in a block the statement may go on.
  auto after_brace = [&](uint32_t i, bool arm_block) {
    reset();
    if (l.list < kListStmts || (arm_block && i + 1 < ntok && BlockArmEnds(rd.Kind(i + 1)))) boundary(i);
  };
  uint32_t i = from;
  if (at_reset) {
    if (rd.Kind(i) == TokenKind::RBrace) {
      uint32_t opener = rd.Partner(i);
      after_brace(i, l.list == kListArms && opener > 0 && rd.Kind(opener - 1) == TokenKind::FatArrow);
    } else {
      reset();
      boundary(i);
    }
    i = rd.Next(i + 1, it.close, true);
  }
  // Tokens that neither CutWalkStops nor change an open head (PrepItemToken) change nothing: the
  // reader may skip them.
  for (; i < it.close; i = rd.Next(i + 1, it.close, l.head == ItemHead::Open)) {
    TokenKind k = rd.Kind(i);
    if (IsOpenDelim(k)) {
      bool entered = false, arm_block = false;
      uint8_t list = kListNone;
      if (k == TokenKind::LBracket && it.level + 1u < max_levels &&
          OpensElems(l.list, i, [&](uint32_t j) { return rd.Kind(j); })) {
        entered = true;
        list = kListElems;
      } else if (k == TokenKind::LBrace && l.list != kListNone) {
        arm_block = l.list == kListArms && i > 0 && rd.Kind(i - 1) == TokenKind::FatArrow;
        bool container = l.head == ItemHead::Container || (l.head == ItemHead::Open && l.saw_extern);
        if (l.list < kListStmts) {
          if (container) list = static_cast<uint8_t>(l.head == ItemHead::Container ? l.head_ctx : ItemCtx::Extern);
          else if (l.head == ItemHead::Fn) list = kListStmts;
        } else if (!container) {
          list = l.saw_match ? kListArms : kListStmts;
        }
        l.saw_match = false;
        if (l.list == kListElems || MacroBrace(i, [&](uint32_t j) { return rd.Kind(j); })) list = kListNone;
        if (list != kListNone && it.level + 1u < max_levels) entered = true;
        else l.head = ItemHead::Other;
      } else if (k != TokenKind::LBrace && l.list >= kListStmts && it.level + 1u < max_levels &&
                 !(i > 0 && rd.Kind(i - 1) == TokenKind::Not) && (rd.Partner(i) & kPartnerHasBrace) != 0) {
        entered = true;
        list = kListGroup;
      }
      uint32_t closer = rd.Partner(i) & ~kPartnerHasBrace;
      if (entered) enter(i, closer, list);
      // The group's closer, at this list's level (in a balanced file the closer of a `{` is a `}`:
      // no read of its kind, one dependent load fewer per group).
      i = closer;
      if (k == TokenKind::LBrace) {
        if (i >= stop) return;
        after_brace(i, arm_block);
      }
      continue;
    }
    bool ends = (k == TokenKind::Semi && l.list != kListArms && l.list != kListElems) ||
                (k == TokenKind::Comma && (l.list == kListArms || l.list == kListElems));
    if (ends) {
      if (i >= stop) return;
      reset();
      boundary(i);
    } else if (k == TokenKind::KwMatch) {
      l.saw_match = true, l.head = ItemHead::Other;
    } else {
      PrepItemToken(l, k);
    }
  }
}

// Whether the element that ended at i (CutWalk's boundary) may hold a cut before i + 1 as far as
// the tokens go (CutList also keeps cuts min_region apart): the list is cut at all, and the token
// after i can start a region of it. `kind(j)` reads position j.
template <class KindAt>
RUSTG_HD inline auto CutCandidate(uint8_t list, uint32_t i, uint32_t ntok, KindAt&& kind) -> bool {
  if (list >= kListNone || i + 2 >= ntok) return false;
  TokenKind next = kind(i + 1);
  return list == kListStmts   ? CanStartStmtRegion(next)
         : list == kListArms  ? next != TokenKind::RBrace
         : list == kListElems ? next != TokenKind::RBracket
                              : CanStartRegion(next);
}

// The scratch position where list `it`'s walk starts, and its meta (list kind and depth) for the
// regions it cuts.
RUSTG_HD inline auto CutListBegin(const CutItem& it) -> uint32_t { return it.level == 0 ? 0 : it.open + 1; }
RUSTG_HD inline auto CutListMeta(const CutItem& it) -> uint16_t {
  uint16_t depth = static_cast<uint16_t>(it.level == 0 || it.list >= kListStmts ? 0 : it.level);
  return static_cast<uint16_t>(it.list | depth << 8);
}

// C3: CutFile's walk of list `it` alone (balanced files; an unbalanced one is one region). Marks
// its cuts, and queues the lists it enters (below max_levels) for the next level. `rd` reads the
// tokens (CutDirectReader: one thread; CutWindowReader: every lane of a warp, in step); only a
// walk with `writes` stores its marks and queues lists.
template <class Reader = CutDirectReader>
RUSTG_HD inline void CutList(const RegionArrays& a, const CutArrays& c, const CutItem& it, uint32_t min_region,
                             uint32_t max_levels, Reader rd = Reader{}, bool writes = true) {
  if (max_levels > kMaxRegionLevels) max_levels = kMaxRegionLevels;
  if (max_levels == 0) max_levels = 1;
  RegionFile fi = a.files[it.file];
  uint32_t* cut = c.cut + fi.scratch;
  uint32_t ntok = a.file_ntok[it.file];
  bool top = it.level == 0;
  // Where the list was last cut (or its opener), and its open region (its start; ~0u while none).
  uint32_t last_cut = top ? 0 : it.open, open_child = top ? 0 : ~0u;
  uint16_t meta = CutListMeta(it);
  uint32_t begin = CutListBegin(it);
  rd.Bind(a.kinds + fi.scratch, a.stack + fi.scratch, ntok, begin, it.close);
  if (top && writes) {
    cut[0] = kCutFirst;
    c.owner[fi.scratch] = ~0u;
    c.meta[fi.scratch] = meta;
  }
  CutWalk(
      a, it, ntok, max_levels, rd, begin, false, ~0u,
      [&](uint32_t i) {
        if (i + 1 - last_cut < min_region || !CutCandidate(it.list, i, ntok, [&](uint32_t j) { return rd.Kind(j); }))
          return;
        last_cut = i + 1;
        if (writes) {
          cut[i + 1] = open_child == ~0u ? kCutFirst : open_child;
          c.owner[fi.scratch + i + 1] = it.owner;
          c.meta[fi.scratch + i + 1] = meta;
        }
        open_child = i + 1;
      },
      [&](uint32_t i, uint32_t closer, uint8_t list) {
        if (writes) {
          CutPush(c, CutItem{it.file, i, closer, open_child != ~0u ? open_child : it.owner, list,
                             static_cast<uint8_t>(it.level + 1)});
        }
      });
  if (!writes) return;
  if (top) c.file_top_last[it.file] = open_child;
  else if (open_child != ~0u) cut[it.close] = kCutClose | open_child;
}

// --- The split walk of a long list (C3 in parallel): chunk g of list `it` covers positions
// [lo, hi) = [begin + g * chunk, +chunk) (up to its closer). Its walk starts at the first reset
// (CutWalk) in it, or at the list's first position for chunk 0, and runs to the first reset at or
// after hi, where the next nonempty chunk's starts: every element is walked once, each from a
// reset, where the walk's state is known without the walk before it. What still runs in order
// is CutList's choice of cuts min_region apart among the elements' ends, and that is a pass over
// the candidates alone (CutSplitSelect); the lists entered need the region open there, so a second
// walk queues them (CutChunkPush).
//   CutChunkFrom (per chunk)       where its walk starts (a warp's ballots on the device)
//   CutChunkWalk (per chunk)       its candidates: element ends where a cut may go
//   CutSplitSelect (per list)      the cuts among them, in order; marks; chunk_open
//   CutChunkPush (per chunk)       the walk again: the lists it enters, with their owners

RUSTG_HD inline auto CutChunks(const CutArrays& c, const CutItem& it) -> uint32_t {
  uint32_t begin = CutListBegin(it);
  return it.close > begin ? (it.close - begin + c.chunk - 1) / c.chunk : 0;
}

RUSTG_HD inline auto CutChunkLo(const CutArrays& c, const CutItem& it, uint32_t g) -> uint32_t {
  return CutListBegin(it) + g * c.chunk;
}

RUSTG_HD inline auto CutChunkHi(const CutArrays& c, const CutItem& it, uint32_t g) -> uint32_t {
  uint32_t hi = CutChunkLo(c, it, g) + c.chunk;
  return hi < it.close ? hi : it.close;
}

// Whether scratch position x of list `it` is a reset of its walk: a `;` or `,` that ends an
// element, or a `}`, at the list's level (the delimiter depth after it is the list's level: the
// top level is depth 0, and each level enters a group at its parent's).
RUSTG_HD inline auto CutResetAt(const RegionArrays& a, const CutArrays& c, const CutItem& it, uint32_t x) -> bool {
  uint32_t at = a.files[it.file].scratch + x;
  if (c.depth[at] != it.level) return false;
  TokenKind k = a.kinds[at];
  bool commas = it.list == kListArms || it.list == kListElems;
  return k == TokenKind::RBrace || (k == TokenKind::Semi && !commas) || (k == TokenKind::Comma && commas);
}

// Where chunk g's walk starts: the list's first position (g = 0), its first reset, or ~0u.
RUSTG_HD inline auto CutChunkFrom(const RegionArrays& a, const CutArrays& c, const CutItem& it, uint32_t g)
    -> uint32_t {
  if (g == 0) return CutListBegin(it);
  for (uint32_t x = CutChunkLo(c, it, g), hi = CutChunkHi(c, it, g); x < hi; ++x)
    if (CutResetAt(a, c, it, x)) return x;
  return ~0u;
}

// Chunk g's walk from `from` (not ~0u): its candidates in order at c.cand from its first position
// (no more than its positions: every one is a reset in it); returns their count.
RUSTG_HD inline auto CutChunkWalk(const RegionArrays& a, const CutArrays& c, const CutItem& it, uint32_t g,
                                  uint32_t from, uint32_t max_levels) -> uint32_t {
  RegionFile fi = a.files[it.file];
  uint32_t ntok = a.file_ntok[it.file];
  uint32_t* out = c.cand + fi.scratch + CutChunkLo(c, it, g);
  uint32_t n = 0;
  CutDirectReader rd;
  rd.Bind(a.kinds + fi.scratch, a.stack + fi.scratch, ntok, from, it.close);
  CutWalk(
      a, it, ntok, max_levels, rd, from, g != 0, CutChunkHi(c, it, g),
      [&](uint32_t i) {
        if (CutCandidate(it.list, i, ntok, [&](uint32_t j) { return rd.Kind(j); })) out[n++] = i;
      },
      [](uint32_t, uint32_t, uint8_t) {});
  return n;
}

// CutList's marks for its region starting after `i` (its open region before: `open_child`).
RUSTG_HD inline void CutMarkRegion(const CutArrays& c, const RegionFile& fi, const CutItem& it, uint32_t i,
                                   uint32_t open_child) {
  c.cut[fi.scratch + i + 1] = open_child == ~0u ? kCutFirst : open_child;
  c.owner[fi.scratch + i + 1] = it.owner;
  c.meta[fi.scratch + i + 1] = CutListMeta(it);
}

// CutList's marks at the list's start (the top level's first region) and end (its last region).
RUSTG_HD inline void CutMarkListStart(const CutArrays& c, const RegionFile& fi, const CutItem& it) {
  if (it.level != 0) return;
  c.cut[fi.scratch] = kCutFirst;
  c.owner[fi.scratch] = ~0u;
  c.meta[fi.scratch] = CutListMeta(it);
}
RUSTG_HD inline void CutMarkListEnd(const CutArrays& c, const RegionFile& fi, const CutItem& it, uint32_t open_child) {
  if (it.level == 0) c.file_top_last[it.file] = open_child;
  else if (open_child != ~0u) c.cut[fi.scratch + it.close] = kCutClose | open_child;
}

// Chunk `global` (g of list `it`): whether the cut before position x (a region starts at x) is one
// this list chose (CutSplitSelect marked it).
RUSTG_HD inline auto CutChosen(const CutArrays& c, const RegionFile& fi, uint32_t x) -> bool {
  uint32_t v = c.cut[fi.scratch + x];
  return v != kCutNone && (v == kCutFirst || (v & kCutClose) == 0);
}

// The split list `it`'s cuts (its chunks numbered from `first`): CutList's choice among the
// candidates in order, each at least min_region after the last (or after the list's start).
// One thread; on the device CutSplitSelectWarp.
RUSTG_HD inline void CutSplitSelect(const RegionArrays& a, const CutArrays& c, const CutItem& it, uint32_t first,
                                    uint32_t min_region) {
  RegionFile fi = a.files[it.file];
  bool top = it.level == 0;
  uint32_t last_cut = top ? 0 : it.open, open_child = top ? 0 : ~0u;
  CutMarkListStart(c, fi, it);
  for (uint32_t g = 0, n = CutChunks(c, it); g < n; ++g) {
    c.chunk_open[first + g] = open_child;
    const uint32_t* cand = c.cand + fi.scratch + CutChunkLo(c, it, g);
    for (uint32_t m = 0; m < c.chunk_count[first + g]; ++m) {
      uint32_t i = cand[m];
      if (i + 1 - last_cut < min_region) continue;
      CutMarkRegion(c, fi, it, i, open_child);
      last_cut = open_child = i + 1;
    }
  }
  CutMarkListEnd(c, fi, it, open_child);
}

// Chunk g's walk again (from `from`, not ~0u; its open region at its start from CutSplitSelect):
// the lists it enters, on the queue of the next level, held by the region open there.
RUSTG_HD inline void CutChunkPush(const RegionArrays& a, const CutArrays& c, const CutItem& it, uint32_t g,
                                  uint32_t global, uint32_t from, uint32_t max_levels) {
  RegionFile fi = a.files[it.file];
  uint32_t ntok = a.file_ntok[it.file];
  uint32_t open_child = c.chunk_open[global];
  CutDirectReader rd;
  rd.Bind(a.kinds + fi.scratch, a.stack + fi.scratch, ntok, from, it.close);
  CutWalk(
      a, it, ntok, max_levels, rd, from, g != 0, CutChunkHi(c, it, g),
      [&](uint32_t i) {
        if (CutChosen(c, fi, i + 1)) open_child = i + 1;
      },
      [&](uint32_t i, uint32_t closer, uint8_t list) {
        CutPush(c, CutItem{it.file, i, closer, open_child != ~0u ? open_child : it.owner, list,
                           static_cast<uint8_t>(it.level + 1)});
      });
}

// C4 for scratch position x (of `len`; x == len: the scans' totals): regions opening there, and
// events there (a region of a list that has one already closes it first).
RUSTG_HD inline void CutMarkCounts(const CutArrays& c, uint32_t x, uint32_t len) {
  uint32_t v = x < len ? c.cut[x] : kCutNone;
  bool opens = v != kCutNone && (v == kCutFirst || (v & kCutClose) == 0);
  c.open_off[x] = opens ? 1 : 0;
  c.ev_off[x] = v == kCutNone ? 0 : v == kCutFirst || (v & kCutClose) != 0 ? 1 : 2;
}

// The file holding scratch position x (files lie in scratch order).
RUSTG_HD inline auto CutFileOf(const RegionArrays& a, uint32_t n_files, uint32_t x) -> uint32_t {
  uint32_t lo = 0, hi = n_files;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (a.files[mid].scratch <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

// C5 for file f (after the scans): its region count and its last top-level region, whose close is
// the file's last event; or, when the regions would not fit its slots, the file marked for CutFile.
RUSTG_HD inline void CutFileTotals(const RegionArrays& a, const CutArrays& c, uint32_t f) {
  RegionFile fi = a.files[f];
  uint32_t ntok = a.file_ntok[f];
  uint32_t base = c.open_off[fi.scratch];
  uint32_t n = c.open_off[fi.scratch + ntok] - base;
  if (n > fi.slot_end - fi.slot_begin) {
    c.file_serial[f] = 1;
    return;
  }
  c.file_serial[f] = 0;
  a.file_nregions[f] = n;
  uint32_t last = fi.slot_begin + c.open_off[fi.scratch + c.file_top_last[f]] - base;
  a.file_last_top[f] = last;
  a.slot_end[last] = ntok - 1;
  a.slot_close_ev[last] = 2 * fi.slot_begin + 2 * n - 1;
}

// C6 for scratch position x (slot_file reset to ~0u before): the region starting there and the one
// closing there.
RUSTG_HD inline void CutPlace(const RegionArrays& a, const CutArrays& c, uint32_t n_files, uint32_t x) {
  uint32_t v = c.cut[x];
  if (v == kCutNone) return;
  uint32_t f = CutFileOf(a, n_files, x);
  if (c.file_serial[f] != 0) return;
  RegionFile fi = a.files[f];
  uint32_t sb = fi.slot_begin, pos = x - fi.scratch;
  uint32_t base_open = c.open_off[fi.scratch], base_ev = c.ev_off[fi.scratch];
  auto slot_at = [&](uint32_t start) { return sb + c.open_off[fi.scratch + start] - base_open; };
  uint32_t ev = 2 * sb + c.ev_off[x] - base_ev;
  if (v != kCutFirst && (v & kCutClose) != 0) {
    uint32_t s = slot_at(v & ~kCutClose);
    a.slot_end[s] = pos;
    a.slot_close_ev[s] = ev;
    return;
  }
  if (v != kCutFirst) {
    uint32_t s = slot_at(v);
    a.slot_end[s] = pos;
    a.slot_close_ev[s] = ev++;
  }
  uint32_t s = slot_at(pos);
  uint16_t meta = c.meta[x];
  uint32_t owner = c.owner[x];
  a.slot_file[s] = f;
  a.slot_start[s] = pos;
  a.slot_ctx[s] = static_cast<uint8_t>(meta & 0xff);
  a.slot_depth[s] = static_cast<uint16_t>(meta >> 8);
  a.slot_pre_nodes[s] = 0;
  a.slot_pre_diags[s] = 0;
  a.slot_met_depth[s] = 0;
  a.slot_open_ev[s] = ev;
  c.slot_parent[s] = owner == ~0u ? ~0u : slot_at(owner);
}

// C7 for slot s (after C6): its first child and next sibling. Slots are numbered in preorder of
// the region tree, so a region's first child is the slot after it (when that one is its child), and
// its next sibling the slot after its subtree (the regions starting within its range).
RUSTG_HD inline void CutLink(const RegionArrays& a, const CutArrays& c, uint32_t s) {
  uint32_t f = a.slot_file[s];
  if (f == ~0u) return;
  RegionFile fi = a.files[f];
  uint32_t end = fi.slot_begin + a.file_nregions[f];
  a.slot_first_child[s] = s + 1 < end && c.slot_parent[s + 1] == s ? s + 1 : ~0u;
  uint32_t parent = c.slot_parent[s], next = ~0u;
  if (parent != ~0u) {
    uint32_t after = s + c.open_off[fi.scratch + a.slot_end[s]] - c.open_off[fi.scratch + a.slot_start[s]];
    if (after < end && c.slot_parent[after] == parent) next = after;
  }
  a.slot_next[s] = next;
}

// C8 for file f: CutFile, when C5 marked it.
RUSTG_HD inline void CutSerial(const RegionArrays& a, const CutArrays& c, uint32_t f, uint32_t min_region,
                               uint32_t max_levels) {
  if (c.file_serial[f] == 0) return;
  RegionFile fi = a.files[f];
  bool balanced = a.file_quiet[f] == 0;
  CutFile(a, f, a.kinds + fi.scratch, a.file_ntok[f], balanced, balanced ? a.stack + fi.scratch : nullptr,
          min_region, max_levels);
}

// The links a region's parse skips its children by: counting (pre_* written) or writing (events'
// scanned offsets read).
RUSTG_HD inline auto CountLinks(const RegionArrays& a) -> RegionLinks {
  return RegionLinks{a.slot_start,     a.slot_end,       a.slot_ctx, a.slot_depth, a.slot_next, a.slot_met_depth,
                     a.slot_pre_nodes, a.slot_pre_diags, nullptr,    nullptr,      nullptr};
}
RUSTG_HD inline auto WriteLinks(const RegionArrays& a, const uint32_t* node_off, const uint32_t* diag_off)
    -> RegionLinks {
  return RegionLinks{a.slot_start, a.slot_end, a.slot_ctx,       a.slot_depth, a.slot_next, nullptr,
                     nullptr,      nullptr,    a.slot_close_ev, node_off,     diag_off};
}

// The copy path (optional): the counting pass keeps each region's nodes and records in its own
// numbering (StoreSink), and the writing pass copies them into place instead of parsing again;
// regions that cannot be copied (they did not fit, they reported the depth limit, they write the
// file's delimiter records, or their file is parsed whole) are parsed again by WriteRegion. Per
// slot: where its stored nodes and records start (store_off, record_off; one more entry: the
// totals), how many node indices (nodes and holes) and records it used, whether it is copied, and
// where its children's running node and record counts start (child_base: its children + 1
// entries of child_nodes and child_diags).
struct RegionCopy {
  NodeStore store;
  const uint32_t* store_off;
  const uint32_t* record_off;
  uint32_t* store_count;
  uint32_t* store_diags;
  uint8_t* copied;
  const uint32_t* child_base;
  uint32_t* child_nodes;
  uint32_t* child_diags;
};

// Slot s's own tokens (its range without its children's; 0 when unused) and child count.
RUSTG_HD inline void SlotWork(const RegionArrays& a, uint32_t s, uint32_t* own, uint32_t* children) {
  *own = 0;
  *children = 0;
  if (a.slot_file[s] == ~0u) return;
  uint32_t o = a.slot_end[s] - a.slot_start[s];
  for (uint32_t c = a.slot_first_child[s]; c != ~0u; c = a.slot_next[c]) {
    o -= a.slot_end[c] - a.slot_start[c];
    ++*children;
  }
  *own = o;
}

// The kind of slot s's head token: its first token after up to `skip` tokens of outer doc comments,
// `#[...]` attributes and `pub`/`pub(...)` (each group at most 64 tokens long), so that regions whose
// elements start alike (`fn`, `let`, a path) sort together for the parse kernels. Only a schedule
// key: any answer is correct, a wrong guess only costs divergence.
RUSTG_HD inline auto SlotHeadKind(const RegionArrays& a, uint32_t s, uint32_t skip) -> TokenKind {
  using K = TokenKind;
  const TokenKind* kinds = a.kinds + a.files[a.slot_file[s]].scratch;
  uint32_t i = a.slot_start[s], end = a.slot_end[s];
  // A `(`/`[` group from i (kinds[i] opens it): the index after its partner, or i + 1 when longer
  // than the limit.
  auto past_group = [&](uint32_t open) -> uint32_t {
    uint32_t depth = 0;
    for (uint32_t j = open; j < end && j < open + 64; ++j) {
      K k = kinds[j];
      if (k == K::LParen || k == K::LBracket || k == K::LBrace) ++depth;
      if (k == K::RParen || k == K::RBracket || k == K::RBrace) {
        if (--depth == 0) return j + 1;
      }
    }
    return open + 1;
  };
  for (uint32_t n = 0; n < skip && i < end; ++n) {
    K k = kinds[i];
    if (k == K::OuterLineDoc || k == K::OuterBlockDoc) {
      ++i;
    } else if (k == K::Pound && i + 1 < end && kinds[i + 1] == K::LBracket) {
      i = past_group(i + 1);
    } else if (k == K::KwPub) {
      i = i + 1 < end && kinds[i + 1] == K::LParen ? past_group(i + 1) : i + 1;
    } else {
      break;
    }
  }
  return i < end ? kinds[i] : kinds[a.slot_start[s]];
}

// A 32-bit mixer (a bijection: distinct inputs never collide).
RUSTG_HD inline auto ShapeMix(uint32_t x) -> uint32_t {
  x ^= x >> 16;
  x *= 0x7feb352du;
  x ^= x >> 15;
  x *= 0x846ca68bu;
  x ^= x >> 16;
  return x;
}

// Slot s's shape: a hash of the token kinds of its whole span (its children's tokens too) and of
// its length. Regions of one shape take the same grammar path token for token (identifier text
// aside), so the parse kernels sort them side by side and a warp's lanes parse them in step:
// copies of a file, generated code (stdarch's thousands of intrinsics alike but for names). Only
// a schedule key: a collision costs divergence, never a wrong tree.
// SlotShapePart is the share of lane `lane` of `lanes` (positions start + lane + k * lanes): the
// shares add up (mod 2^32), and SlotShapeFinish mixes their sum with the length.
RUSTG_HD inline auto SlotShapePart(const RegionArrays& a, uint32_t s, uint32_t lane, uint32_t lanes) -> uint32_t {
  if (a.slot_file[s] == ~0u) return 0;
  const TokenKind* kinds = a.kinds + a.files[a.slot_file[s]].scratch;
  uint32_t begin = a.slot_start[s], end = a.slot_end[s], h = 0;
  for (uint32_t j = begin + lane; j < end; j += lanes) h += ShapeMix(static_cast<uint32_t>(kinds[j]) << 24 ^ (j - begin));
  return h;
}

RUSTG_HD inline auto SlotShapeFinish(const RegionArrays& a, uint32_t s, uint32_t sum) -> uint32_t {
  uint32_t len = a.slot_file[s] == ~0u ? 0 : a.slot_end[s] - a.slot_start[s];
  return ShapeMix(sum ^ ShapeMix(len + 0x9e3779b9u));
}

// Stored-node capacity of a region with `own` tokens and `children` holes: more than the grammar
// makes of almost any token sequence (a region that overflows is parsed again, never wrong).
RUSTG_HD inline auto StoreCapacity(uint32_t own, uint32_t children) -> uint32_t {
  return own == 0 && children == 0 ? 0 : 3 * own + children + 16;
}

// Stored-record capacity of a region with `own` tokens (few regions have records at all).
RUSTG_HD inline auto RecordCapacity(uint32_t own) -> uint32_t { return own == 0 ? 0 : own / 16 + 4; }

// Step 2 for slot s; with `copy`, also keeps its nodes for CopyRegion.
RUSTG_HD inline void CountRegion(const TokenView& in, const RegionArrays& a, uint32_t s,
                                 const RegionCopy* copy = nullptr) {
  uint32_t f = a.slot_file[s];
  if (f == ~0u) {
    a.slot_nodes[s] = 0;
    a.slot_diags[s] = 0;
    a.slot_flags[s] = 0;
    if (copy != nullptr) copy->copied[s] = 0;
    return;
  }
  RegionFile fi = a.files[f];
  StoreSink sink;
  if (copy != nullptr) {
    uint32_t at = copy->store_off[s], rat = copy->record_off[s];
    sink.store = NodeStore{copy->store.kind + at,  copy->store.token + at,    copy->store.size + at,
                           copy->store.holes + at, copy->store.records + rat, copy->store.record_holes + rat};
    sink.cap = copy->store_off[s + 1] - at;
    sink.rcap = copy->record_off[s + 1] - rat;
  }
  Parser<StoreSink> p(in, static_cast<Edition>(fi.edition), FileScratch(a, fi), a.file_ntok[f], sink);
  RegionLinks links = CountLinks(a);
  RegionSpec spec{a.slot_start[s],      a.slot_end[s], a.slot_ctx[s],         a.slot_depth[s],
                  a.file_quiet[f] != 0, false,         &links,                a.slot_first_child[s],
                  0};
  // The counting pass is the first parse of the scratch step 1 wrote: no split token to restore. (A
  // region that splits past its end voids its file's regions, which ResolveFile then parses whole.)
  spec.fresh = true;
  spec.partners = FilePartners(a, f);
  bool ok = p.ParseRegion(spec) && !sink.overrun;
  a.slot_peak[s] = static_cast<uint16_t>(p.peak_depth());
  a.slot_nodes[s] = p.piece_nodes();
  a.slot_diags[s] = p.piece_diags();
  a.slot_deep_child[s] = p.too_deep_child();
  a.slot_flags[s] = static_cast<uint8_t>((ok ? kRegionOk : 0) | (p.too_deep_reported() ? kRegionTooDeep : 0));
  if (copy != nullptr) {
    copy->store_count[s] = p.node_count();
    copy->store_diags[s] = sink.diags;
    // The file's first region also writes the delimiter records (WriteRegion), and a depth-limit
    // report may be dropped (ResolveFile): those parse again.
    bool delim_records = s == fi.slot_begin && a.file_delim_diags[f] != 0;
    copy->copied[s] = ok && !sink.full && !p.too_deep_reported() && !delim_records ? 1 : 0;
  }
}

// Step 3 for file f: the per-event counts of the file's events [2 * slot_begin, 2 * slot_end).
RUSTG_HD inline void ResolveFile(const TokenView& in, const RegionArrays& a, uint32_t f) {
  RegionFile fi = a.files[f];
  uint32_t n = a.file_nregions[f], sb = fi.slot_begin;
  for (uint32_t e = 2 * sb; e < 2 * fi.slot_end; ++e) {
    a.ev_nodes[e] = 0;
    a.ev_diags[e] = 0;
  }
  bool all_ok = true;
  for (uint32_t r = 0; r < n; ++r) {
    uint32_t s = sb + r;
    all_ok = all_ok && (a.slot_flags[s] & kRegionOk) != 0;
    if (a.slot_ctx[s] == kListStmts || a.slot_ctx[s] == kListArms || a.slot_ctx[s] == kListElems) {
      // Run from depth 0, it behaves as in the whole parse when no guard there passed the limit.
      all_ok = all_ok && (a.slot_flags[s] & kRegionTooDeep) == 0 &&
               static_cast<uint32_t>(a.slot_met_depth[s]) + a.slot_peak[s] <= kMaxDepth;
    }
  }
  if (!all_ok) {
    CountSink sink;
    Parser<CountSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition), FileScratch(a, fi), sink);
    p.ParseFile();
    if (sink.overrun) *a.failed = 1;
    a.file_whole[f] = 1;
    a.ev_nodes[2 * sb] = p.node_count();
    a.ev_diags[2 * sb] = sink.diags;
    return;
  }
  a.file_whole[f] = 0;
  for (uint32_t r = 0; r < n; ++r) {
    uint32_t s = sb + r;
    a.ev_nodes[a.slot_open_ev[s]] = a.slot_pre_nodes[s];
    a.ev_diags[a.slot_open_ev[s]] = a.slot_pre_diags[s];
    a.ev_nodes[a.slot_close_ev[s]] = a.slot_nodes[s];
    a.ev_diags[a.slot_close_ev[s]] = a.slot_diags[s];
  }
  // The whole parse reports the depth limit once: at the first report in output order (event
  // order); every other region that reported drops its report.
  auto report_ev = [&](uint32_t s) {
    uint32_t c = a.slot_deep_child[s];
    return c != ~0u ? a.slot_open_ev[c] : a.slot_close_ev[s];
  };
  uint32_t first = ~0u;
  for (uint32_t r = 0; r < n; ++r) {
    uint32_t s = sb + r;
    if ((a.slot_flags[s] & kRegionTooDeep) && report_ev(s) < first) first = report_ev(s);
  }
  for (uint32_t r = 0; r < n; ++r) {
    uint32_t s = sb + r;
    if ((a.slot_flags[s] & kRegionTooDeep) && report_ev(s) != first) {
      a.slot_flags[s] |= kRegionSuppressTooDeep;
      --a.ev_diags[report_ev(s)];
    }
  }
  a.ev_diags[2 * sb] += a.file_delim_diags[f];
  a.ev_nodes[a.slot_close_ev[a.file_last_top[f]]] += 1;  // the SourceFile node
}

// Step 5 for slot s; node_off/diag_off are the exclusive scans of ev_nodes/ev_diags, and the
// output columns are the whole build's. Slots `copied` (RegionCopy) are CopyRegion's instead.
RUSTG_HD inline void WriteRegion(const TokenView& in, const RegionArrays& a, uint32_t s, const uint32_t* node_off,
                                 const uint32_t* diag_off, NodeKind* kind, TokenId* token, uint32_t* size,
                                 ParseDiagRecord* records, const uint8_t* copied = nullptr) {
  uint32_t f = a.slot_file[s];
  if (f == ~0u) return;
  if (copied != nullptr && copied[s] && !a.file_whole[f]) return;  // CopyRegion's
  RegionFile fi = a.files[f];
  uint32_t sb = fi.slot_begin;
  if (a.file_whole[f]) {
    if (s == sb) {
      uint32_t at = node_off[2 * sb];
      WriteSink sink{kind + at, token + at, size + at, records + diag_off[2 * sb], 0};
      Parser<WriteSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition), FileScratch(a, fi), sink);
      p.ParseFile();
    }
    return;
  }
  uint32_t open_ev = a.slot_open_ev[s];
  WriteSink sink{kind, token, size, records, diag_off[open_ev + 1]};
  Parser<WriteSink> p(in, static_cast<Edition>(fi.edition), FileScratch(a, fi), a.file_ntok[f], sink);
  if (s == sb && a.file_delim_diags[f] != 0) {
    // Delimiter kinds never change by splitting, so this check reads the same kinds whatever the
    // other regions of the file are doing. A file without delimiter records skips it (it would
    // write nothing, after a serial pass over the whole file).
    sink.d = diag_off[open_ev];
    p.CheckDelims();
  }
  RegionLinks links = WriteLinks(a, node_off, diag_off);
  RegionSpec spec{a.slot_start[s],
                  a.slot_end[s],
                  a.slot_ctx[s],
                  a.slot_depth[s],
                  a.file_quiet[f] != 0,
                  (a.slot_flags[s] & kRegionSuppressTooDeep) != 0,
                  &links,
                  a.slot_first_child[s],
                  node_off[open_ev + 1]};
  spec.partners = FilePartners(a, f);
  p.ParseRegion(spec);
  if (s == a.file_last_top[f]) {
    uint32_t first = node_off[2 * sb];
    sink.Put(p.node_count(), NodeKind::SourceFile, TokenId::Invalid(), p.node_count() + 1 - first);
  }
}

// Step 5a for slot s of the copy path, after the scans: the running node and record counts of its
// children's subtrees (child_nodes[child_base[s] + k]: the nodes of its first k children).
RUSTG_HD inline void PrefixChildren(const RegionArrays& a, const RegionCopy& copy, uint32_t s,
                                    const uint32_t* node_off, const uint32_t* diag_off) {
  if (a.slot_file[s] == ~0u || !copy.copied[s]) return;
  uint32_t* pre = copy.child_nodes + copy.child_base[s];
  uint32_t* pre_d = copy.child_diags + copy.child_base[s];
  uint32_t sum = 0, sum_d = 0, k = 0;
  pre[0] = 0;
  pre_d[0] = 0;
  for (uint32_t c = a.slot_first_child[s]; c != ~0u; c = a.slot_next[c]) {
    sum += node_off[a.slot_close_ev[c] + 1] - node_off[a.slot_open_ev[c] + 1];
    sum_d += diag_off[a.slot_close_ev[c] + 1] - diag_off[a.slot_open_ev[c] + 1];
    ++k;
    pre[k] = sum;
    pre_d[k] = sum_d;
  }
}

// Step 5b for stored index i of slot s of the copy path (every i below the larger of store_count[s]
// and store_diags[s], and 0, in any order): its node and its record into place. The region's output
// runs from node_off[open event + 1], its pieces and its children's subtrees in turn, so a node's
// place is its own index less the holes before it plus the children's nodes before it; its subtree
// size, from its first index (a node or a hole) the same way; a record's place, its index plus the
// children's records before it. The file's last top-level region also writes the SourceFile node
// (at i = 0).
RUSTG_HD inline void CopyRegion(const RegionArrays& a, const RegionCopy& copy, uint32_t s, uint32_t i,
                                const uint32_t* node_off, const uint32_t* diag_off, NodeKind* kind, TokenId* token,
                                uint32_t* size, ParseDiagRecord* records) {
  uint32_t f = a.slot_file[s];
  if (f == ~0u || !copy.copied[s] || a.file_whole[f]) return;
  if (i < copy.store_diags[s]) {
    uint32_t at = copy.record_off[s] + i;
    uint32_t before = copy.child_diags[copy.child_base[s] + copy.store.record_holes[at]];
    records[diag_off[a.slot_open_ev[s] + 1] + i + before] = copy.store.records[at];
  }
  if (i == 0 && s == a.file_last_top[f]) {
    uint32_t end = node_off[a.slot_close_ev[s] + 1] - 1, first = node_off[2 * a.files[f].slot_begin];
    kind[end] = NodeKind::SourceFile;
    token[end] = TokenId::Invalid();
    size[end] = end + 1 - first;
  }
  if (i >= copy.store_count[s]) return;
  uint32_t base = node_off[a.slot_open_ev[s] + 1];
  const uint32_t* pre = copy.child_nodes + copy.child_base[s];
  const uint32_t at0 = copy.store_off[s];
  uint32_t sz = copy.store.size[at0 + i];
  if (sz == 0) return;  // a hole: the child's subtree is its own region's
  uint32_t k = copy.store.holes[at0 + i];
  uint32_t g = base + i - k + pre[k];
  uint32_t j = i + 1 - sz;
  uint32_t kj = copy.store.holes[at0 + j];
  uint32_t gj = base + j - kj + pre[kj];
  kind[g] = copy.store.kind[at0 + i];
  token[g] = copy.store.token[at0 + i];
  size[g] = g - gj + 1;
}

}  // namespace rustg::parse_engine
