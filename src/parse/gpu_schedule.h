// How the CUDA parser (parse/cuda) lays its regions onto the device: the region size and which
// regions run alone in a warp. Plain host code (no CUDA), so the policy is unit-tested without a
// GPU and can be retuned without recompiling the parse kernels.
#pragma once

#include <cstdint>

namespace rustg {

// The regions of one parse after the longest-first sort, as the policy sees them.
struct GpuParseWorkload {
  // Regions with work (own tokens > 0): the parse kernels' threads.
  uint32_t regions = 0;
  // Of those, the regions with at least GpuParseSoloTokens() own tokens (the longest first).
  uint32_t long_regions = 0;
};

// Smallest region in non-trivia tokens for a build of `n_tokens` tokens on a device that holds
// `resident_warps` parse warps at once: RUSTG_CUDA_PARSE_REGION when set (1 .. 2^24), else the
// power of two from 256 to 2048 that gives about two regions per resident lane. Small builds want
// small regions (more parallel work, shorter longest region); builds with more regions than lanes
// do the same work in fewer, longer regions at less cost per token (measured on an H200: 1 GB
// count kernel 462 ms at 512, 242 ms at 2048; 48 MB corpus 87 ms at 512, 70 ms at 256). Unknown
// occupancy (0): the engine's kMinRegionTokens.
auto GpuParseRegionTokens(uint64_t n_tokens, uint32_t resident_warps) -> uint32_t;

// Own tokens from which a region may run alone in a warp: RUSTG_CUDA_PARSE_SOLO_TOKENS when set,
// else 1024.
auto GpuParseSoloTokens() -> uint32_t;

// How many of the longest regions run alone in a warp (the rest share warps, one region per lane).
// A lone region takes its own time instead of about the sum of its warp's 32 lanes (divergent lanes
// run one after another), but it idles 31 lanes. So by default (RUSTG_CUDA_PARSE_SOLO unset or
// `auto`) lone warps only take warp slots the shared warps leave free in the device's first wave
// (`resident_warps`): on a small build (the corpus) every long region runs alone; on a build with
// more regions than the device holds at once (~1 GB) none does, since there idle lanes cost
// throughput. RUSTG_CUDA_PARSE_SOLO=off: none; `all`: every long region (at most 16,384); a
// number N: at most N.
auto GpuParseSoloWarps(const GpuParseWorkload& w, uint32_t resident_warps) -> uint32_t;

// How the parse kernels' sort key (descending; 32 bits) is made of a region's fields, each
// `bits` wide at `shift` (0 bits: left out; a value wider than its field is capped): the size
// class (bit length of the own tokens, 1 .. 25, raised to `class_floor`), the list kind (ItemCtx,
// kListStmts, ...), the kind of its head token (parse/engine/regions.h SlotHeadKind, after up to
// `head_skip` attribute/doc/`pub` groups) and the own tokens. The solo regions (GpuParseSoloTokens,
// a power of two) come first while the size class is the top field and class_floor is below
// theirs. Plain data, so that every layout runs on one build of the kernels.
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
// path), `wide` (as `head`, but regions under the solo size share one size class); `sizex` and
// `headx` (measurement only) are `size` (with the size class on top) and `head` with a hash of the
// file in place of the own tokens.
auto GpuParseOrder() -> GpuParseOrderKey;

// Whether the writing pass copies the nodes the counting pass stored (parse/engine/regions.h
// RegionCopy) instead of parsing every region again: on unless RUSTG_CUDA_PARSE_COPY=off.
auto GpuParseCopyNodes() -> bool;

}  // namespace rustg
