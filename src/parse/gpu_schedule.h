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

// Whether the parse kernels take the regions grouped by list kind within each power-of-two size
// class (RUSTG_CUDA_PARSE_ORDER=kind) instead of strictly longest first (the default): lanes of a
// warp then parse the same kind of list, for comparison of divergence.
auto GpuParseOrderByKind() -> bool;

// Whether the writing pass copies the nodes the counting pass stored (parse/engine/regions.h
// RegionCopy) instead of parsing every region again: on unless RUSTG_CUDA_PARSE_COPY=off.
auto GpuParseCopyNodes() -> bool;

}  // namespace rustg
