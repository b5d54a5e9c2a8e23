// Region-parallel parsing: the protocol the CUDA backend runs (one thread per region), written as
// host/device functions over plain arrays so tests run the very same code on the host.
//
// 1. PrepareFile (per file): reads the file's non-trivia tokens into its scratch, checks its
//    delimiters (counting those records) and, when they balance, cuts it into regions at top-level
//    item boundaries guessed from the tokens: after a `;` or `}` at delimiter depth 0, before a
//    token that can start an item, at least `min_region` tokens apart.
// 2. CountRegion (per region slot): parses the region with a counting sink (Parser::ParseRegion),
//    which also says whether the region ended exactly at the next region's start in a state the
//    whole-file parse would continue from unchanged.
// 3. ResolveFile (per file): when every region of the file checked out, the regions are exactly
//    the whole-file parse cut at item boundaries, except that only the first depth-limit report of
//    a file is kept; otherwise the file is parsed whole (one thread) and counted again.
// 4. An exclusive scan of the per-slot node and record counts places everything.
// 5. WriteRegion (per slot): parses again with a writing sink at the scanned offsets; the file's
//    first region writes the delimiter records first, its last one the SourceFile node.
// The result is the whole-file parse's postorder arrays and records, node for node.
#pragma once

#include <cstdint>

#include "parse/engine/parser.h"
#include "parse/engine/sinks.h"

namespace rustg::parse_engine {

// Default smallest region, in non-trivia tokens; smaller files are one region.
inline constexpr uint32_t kMinRegionTokens = 512;

// A file as the region protocol sees it (built on the host).
struct RegionFile {
  // The file's global token range [tok_begin, tok_end).
  uint32_t tok_begin, tok_end;
  // Offset of its scratch in the shared scratch arrays (tok_begin + 2 * file).
  uint32_t scratch;
  // Its region slots [slot_begin, slot_end): enough for every region it can be cut into.
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

// Every array of the protocol (device memory on the GPU). Per file: `files` .. `file_whole`; per
// slot: `slot_file` .. `slot_flags`.
struct RegionArrays {
  const RegionFile* files;
  // Shared scratch: each file's part starts at RegionFile::scratch.
  uint32_t* ids;
  TokenKind* kinds;
  uint32_t* stack;
  // Per file: non-trivia token count, delimiters unbalanced, region count, delimiter records, and
  // whether it is parsed whole (its regions did not check out).
  uint32_t* file_ntok;
  uint8_t* file_quiet;
  uint32_t* file_nregions;
  uint32_t* file_delim_diags;
  uint8_t* file_whole;
  // Per slot: its file (~0 when unused), its region's first token position, node and record
  // counts, flags.
  uint32_t* slot_file;
  uint32_t* slot_start;
  uint32_t* slot_nodes;
  uint32_t* slot_diags;
  uint8_t* slot_flags;
  // Set when a counting sink lost a read-back (the whole parse must then fail).
  uint32_t* failed;
};

// Slots for a build: file f gets [tok_begin / min_region + f, tok_end / min_region + f + 1).
RUSTG_HD inline auto RegionSlotBegin(uint32_t tok_begin, uint32_t file, uint32_t min_region) -> uint32_t {
  return tok_begin / min_region + file;
}

// A token that can start a top-level item (or its attributes): where a region may begin.
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

// Step 1 for file f.
RUSTG_HD inline void PrepareFile(const TokenView& in, const RegionArrays& a, uint32_t f, uint32_t min_region) {
  RegionFile fi = a.files[f];
  CountSink sink;
  Parser<CountSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition), FileScratch(a, fi), sink);
  bool balanced = p.CheckDelims();
  uint32_t ntok = p.token_count();
  a.file_ntok[f] = ntok;
  a.file_quiet[f] = balanced ? 0 : 1;
  a.file_delim_diags[f] = sink.diags;
  for (uint32_t s = fi.slot_begin; s < fi.slot_end; ++s) a.slot_file[s] = ~0u;
  uint32_t cap = fi.slot_end - fi.slot_begin;
  uint32_t n = 0;
  a.slot_file[fi.slot_begin] = f;
  a.slot_start[fi.slot_begin] = 0;
  n = 1;
  if (balanced) {
    uint32_t depth = 0, last = 0;
    for (uint32_t i = 0; i + 1 < ntok && n < cap; ++i) {
      TokenKind k = p.KindAtPos(i);
      if (IsOpenDelim(k)) ++depth;
      else if (IsCloseDelim(k)) --depth;
      if (depth == 0 && (k == TokenKind::Semi || k == TokenKind::RBrace) && i + 1 - last >= min_region &&
          CanStartRegion(p.KindAtPos(i + 1))) {
        a.slot_file[fi.slot_begin + n] = f;
        a.slot_start[fi.slot_begin + n] = i + 1;
        ++n;
        last = i + 1;
      }
    }
  }
  a.file_nregions[f] = n;
}

// The region of slot s: [*begin, *end) and its file; false for an unused slot.
RUSTG_HD inline auto SlotRegion(const RegionArrays& a, uint32_t s, uint32_t* file, uint32_t* begin, uint32_t* end)
    -> bool {
  uint32_t f = a.slot_file[s];
  if (f == ~0u) return false;
  RegionFile fi = a.files[f];
  uint32_t r = s - fi.slot_begin;
  *file = f;
  *begin = a.slot_start[s];
  *end = r + 1 < a.file_nregions[f] ? a.slot_start[s + 1] : a.file_ntok[f] - 1;
  return true;
}

// Step 2 for slot s.
RUSTG_HD inline void CountRegion(const TokenView& in, const RegionArrays& a, uint32_t s) {
  uint32_t f, begin, end;
  if (!SlotRegion(a, s, &f, &begin, &end)) {
    a.slot_nodes[s] = 0;
    a.slot_diags[s] = 0;
    a.slot_flags[s] = 0;
    return;
  }
  RegionFile fi = a.files[f];
  CountSink sink;
  Parser<CountSink> p(in, static_cast<Edition>(fi.edition), FileScratch(a, fi), a.file_ntok[f], sink);
  bool ok = p.ParseRegion(begin, end, a.file_quiet[f] != 0, false) && !sink.overrun;
  a.slot_nodes[s] = p.node_count();
  a.slot_diags[s] = sink.diags;
  a.slot_flags[s] = static_cast<uint8_t>((ok ? kRegionOk : 0) | (p.too_deep_reported() ? kRegionTooDeep : 0));
}

// Step 3 for file f.
RUSTG_HD inline void ResolveFile(const TokenView& in, const RegionArrays& a, uint32_t f) {
  RegionFile fi = a.files[f];
  uint32_t n = a.file_nregions[f], sb = fi.slot_begin;
  bool all_ok = true;
  for (uint32_t r = 0; r < n; ++r) all_ok = all_ok && (a.slot_flags[sb + r] & kRegionOk) != 0;
  if (!all_ok) {
    CountSink sink;
    Parser<CountSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition), FileScratch(a, fi), sink);
    p.ParseFile();
    if (sink.overrun) *a.failed = 1;
    a.file_whole[f] = 1;
    for (uint32_t r = 0; r < n; ++r) {
      a.slot_nodes[sb + r] = r == 0 ? p.node_count() : 0;
      a.slot_diags[sb + r] = r == 0 ? sink.diags : 0;
    }
    return;
  }
  a.file_whole[f] = 0;
  bool seen = false;
  for (uint32_t r = 0; r < n; ++r) {
    uint8_t& flags = a.slot_flags[sb + r];
    if (seen) flags |= kRegionSuppressTooDeep;
    if (flags & kRegionTooDeep) {
      if (seen) --a.slot_diags[sb + r];
      seen = true;
    }
  }
  a.slot_diags[sb] += a.file_delim_diags[f];
  a.slot_nodes[sb + n - 1] += 1;  // the SourceFile node
}

// Step 5 for slot s; node_off/diag_off are the exclusive scans of slot_nodes/slot_diags.
RUSTG_HD inline void WriteRegion(const TokenView& in, const RegionArrays& a, uint32_t s, const uint32_t* node_off,
                                 const uint32_t* diag_off, NodeKind* kind, TokenId* token, uint32_t* size,
                                 ParseDiagRecord* records) {
  uint32_t f, begin, end;
  if (!SlotRegion(a, s, &f, &begin, &end)) return;
  RegionFile fi = a.files[f];
  uint32_t r = s - fi.slot_begin;
  uint32_t at = node_off[s];
  WriteSink sink{kind + at, token + at, size + at, records + diag_off[s], 0};
  if (a.file_whole[f]) {
    if (r == 0) {
      Parser<WriteSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition), FileScratch(a, fi), sink);
      p.ParseFile();
    }
    return;
  }
  Parser<WriteSink> p(in, static_cast<Edition>(fi.edition), FileScratch(a, fi), a.file_ntok[f], sink);
  // Delimiter kinds never change by splitting, so this check reads the same kinds whatever the
  // other regions of the file are doing.
  if (r == 0) p.CheckDelims();
  p.ParseRegion(begin, end, a.file_quiet[f] != 0, (a.slot_flags[s] & kRegionSuppressTooDeep) != 0);
  uint32_t n = a.file_nregions[f];
  if (r + 1 == n) {
    uint32_t total = node_off[fi.slot_begin + n] - node_off[fi.slot_begin];
    sink.Put(p.node_count(), NodeKind::SourceFile, TokenId::Invalid(), total);
  }
}

}  // namespace rustg::parse_engine
