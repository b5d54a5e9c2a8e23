// How the CUDA parser (parse/cuda) lays its regions onto the device: the region size and which
// regions run alone in a warp. Plain host code (no CUDA), so the policy is unit-tested without a
// GPU and can be retuned without recompiling the parse kernels.
#pragma once

#include <cstdint>

namespace rustg {

// Smallest region in non-trivia tokens for a build of `n_tokens` tokens on a device that holds
// `resident_warps` parse warps at once: RUSTG_CUDA_PARSE_REGION when set (1 .. 2^24), else the
// power of two from 256 to 2048 that gives about two regions per resident lane. Small builds want
// small regions (more parallel work, shorter longest region); builds with more regions than lanes
// do the same work in fewer, longer regions at less cost per token (measured on an H200: 1 GB
// count kernel 462 ms at 512, 242 ms at 2048; 48 MB corpus 87 ms at 512, 70 ms at 256). Unknown
// occupancy (0): the engine's kMinRegionTokens.
auto GpuParseRegionTokens(uint64_t n_tokens, uint32_t resident_warps) -> uint32_t;

// The most work (own tokens) one item of the parse kernels' queue holds, for a build whose regions
// own `total_work` tokens on a device that holds `resident_warps` parse warps at once. The parse
// kernels run one warp per resident slot; each warp takes items off a queue until none are left. The
// regions, sorted longest first, fall into runs by the running work before them divided by this
// size, and each run into items of at most 32 (one region per lane): a region of this size or more
// is an item alone, smaller ones share. Divergent lanes of a warp run one after another, so an item
// takes about the sum of its regions' work; lanes that parse copies of one region run in step, so a
// run of equal sort keys counts as one region's work (the caller's `total_work` too). Items of half
// of each warp's share of the work balance the warps while the longest regions go first (measured
// on an H200, lex+parse of the 48 MB corpus: count kernel 41 ms at a quarter, 40 at ~half, 60 at
// 6x; the order before the queue, 32 regions per warp in sorted order and the longest alone, 75).
// RUSTG_CUDA_PARSE_ITEM_WORK (1 .. 2^24) sets it; unknown occupancy (0): 4,096.
auto GpuParseItemWork(uint64_t total_work, uint32_t resident_warps) -> uint32_t;

// How the parse kernels' sort key (descending; 32 bits) is made of a region's fields, each
// `bits` wide at `shift` (0 bits: left out; a value wider than its field is capped): the size
// class (bit length of the own tokens, 1 .. 25, raised to `class_floor`), the list kind (ItemCtx,
// kListStmts, ...), the kind of its head token (parse/engine/regions.h SlotHeadKind, after up to
// `head_skip` attribute/doc/`pub` groups) and the own tokens. Plain data, so that every layout runs on one build of the kernels.
struct GpuParseOrderKey {
  uint8_t class_shift = 0, class_bits = 0, class_floor = 0;
  uint8_t list_shift = 0, list_bits = 0;
  uint8_t head_shift = 0, head_bits = 0, head_skip = 0;
  uint8_t own_shift = 0, own_bits = 32;
  // Measurement only: the own-tokens field holds a hash of the region's file instead, so that
  // copies of one region in a repeated input (the 1 GB bench) do not sort next to each other.
  bool own_is_file_hash = false;
};

// The order of the regions in the parse kernels (RUSTG_CUDA_PARSE_ORDER): `size` (own tokens,
// longest first), `kind` (size class, list kind, own tokens), `head` (size class, list kind, head
// token kind, own tokens: the default, since a warp's lanes then more often run the same grammar
// path), `wide` (as `head`, but regions under 1024 own tokens share one size class); `sizex` and
// `headx` (measurement only) are `size` (with the size class on top) and `head` with a hash of the
// file in place of the own tokens.
auto GpuParseOrder() -> GpuParseOrderKey;

// The parallel cut's walks of a level's lists (parse/engine/regions.h CutArrays): lists of at
// least GpuParseCutSplitTokens() positions are walked in chunks of GpuParseCutChunk() (~0u: never;
// RUSTG_CUDA_PARSE_CUT_SPLIT=off or 1 .. 2^30, RUSTG_CUDA_PARSE_CUT_CHUNK=1 .. 2^20), the rest
// from GpuParseCutSoloTokens() by a warp each (RUSTG_CUDA_PARSE_CUT_SOLO=1 .. 2^30), through
// windows of 256 positions with GpuParseCutWideWindows() (RUSTG_CUDA_PARSE_CUT_WINDOW=256; a
// measurement), and the shorter ones by a lane each.
auto GpuParseCutSplitTokens() -> uint32_t;
auto GpuParseCutChunk() -> uint32_t;
auto GpuParseCutSoloTokens() -> uint32_t;
auto GpuParseCutWideWindows() -> bool;

// Whether the parse kernels' sort key carries the regions' shapes (parse/engine/regions.h
// SlotShapePart) below the order key, so that regions of one shape sort side by side and only
// they count as one in the queue's work: on unless RUSTG_CUDA_PARSE_SHAPE=off (then equal order
// keys count as one, which regions of one size, list and head kind share without being alike).
auto GpuParseShapeGroups() -> bool;

// Whether the writing pass copies the nodes the counting pass stored (parse/engine/regions.h
// RegionCopy) instead of parsing every region again: on unless RUSTG_CUDA_PARSE_COPY=off.
auto GpuParseCopyNodes() -> bool;

// The CUDA parse's measurement and test switches, read where the parse runs.
// The device stack per thread: RUSTG_CUDA_PARSE_STACK (1024 .. 2^24 bytes), else `fallback`.
auto GpuParseStackBytes(uint32_t fallback) -> uint32_t;
// Whether the stack limit goes back to the previous one after the parse
// (RUSTG_CUDA_PARSE_STACK_RESTORE=1; a large limit reserves stack for every resident thread).
auto GpuParseRestoreStackLimit() -> bool;
// The deepest level of item lists cut into regions: parse_engine::kMaxRegionLevels, or
// RUSTG_CUDA_PARSE_LEVELS (1: top-level items only, the protocol before nesting).
auto GpuParseLevels() -> uint32_t;
// Whether grid-stride kernels launch at most four waves of the device's resident blocks; with
// RUSTG_CUDA_PARSE_WIDE=off, one block per block-size elements (the launch before, for comparison).
auto GpuParseWideLaunch() -> bool;
// RUSTG_CUDA_PARSE_PREPARE=serial: step 1 one thread per file (PrepareFile), for comparison.
auto GpuParseSerialPrepare() -> bool;
// How step 1 cuts regions: in parallel (regions.h C1-C8; the default), by one lane walking each
// file whole (RUSTG_CUDA_PARSE_CUT=walk, PrepCutKernel), or in parallel with every list walked by
// one lane, so that a long list's warp does not walk it in step (RUSTG_CUDA_PARSE_CUT=lane).
enum class GpuParseCut { kParallel, kWalk, kLane };
auto GpuParseCutMode() -> GpuParseCut;
// RUSTG_CUDA_PARSE_PROF=1 (a measurement): the count kernel records every item's run, the cut
// every level's host time and the presize its columns' times and faults, all printed to stderr.
// Syncs between phases.
auto GpuParseProfile() -> bool;

}  // namespace rustg
