#include "parse/gpu_schedule.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "parse/engine/regions.h"

namespace rustg {
namespace {

// The environment variable `name` as a number in [lo, hi], or `fallback` when unset or out of range.
auto EnvNumber(const char* name, long lo, long hi, uint32_t fallback) -> uint32_t {
  const char* env = std::getenv(name);
  if (env == nullptr) return fallback;
  char* end = nullptr;
  long v = std::strtol(env, &end, 10);
  if (end == env || *end != '\0' || v < lo || v > hi) return fallback;
  return static_cast<uint32_t>(v);
}

// Whether the environment variable `name` is set to `value`.
auto EnvIs(const char* name, const char* value) -> bool {
  const char* env = std::getenv(name);
  return env != nullptr && std::string(env) == value;
}

}  // namespace

auto GpuParseRegionTokens(uint64_t n_tokens, uint32_t resident_warps) -> uint32_t {
  constexpr uint32_t kSmallest = 256, kLargest = 2048;
  uint32_t fallback = parse_engine::kMinRegionTokens;
  if (resident_warps != 0) {
    uint64_t want = n_tokens / (2ull * 32 * resident_warps);
    fallback = kSmallest;
    while (fallback < kLargest && fallback < want) fallback *= 2;
  }
  return EnvNumber("RUSTG_CUDA_PARSE_REGION", 1, 1 << 24, fallback);
}

auto GpuParseItemWork(uint64_t total_work, uint32_t resident_warps) -> uint32_t {
  constexpr uint64_t kItemsPerWarp = 2;
  uint32_t fallback = 4096;
  if (resident_warps != 0) {
    uint64_t share = (total_work + kItemsPerWarp * resident_warps - 1) / (kItemsPerWarp * resident_warps);
    fallback = static_cast<uint32_t>(std::clamp<uint64_t>(share, 1, 1u << 24));
  }
  return EnvNumber("RUSTG_CUDA_PARSE_ITEM_WORK", 1, 1 << 24, fallback);
}

auto GpuParseOrder() -> GpuParseOrderKey {
  const char* env = std::getenv("RUSTG_CUDA_PARSE_ORDER");
  std::string mode = env != nullptr ? env : "head";
  GpuParseOrderKey k;
  if (mode == "size") return k;
  k.class_shift = 27;
  k.class_bits = 5;
  if (mode == "sizex") {
    k.own_bits = 27;
    k.own_is_file_hash = true;
    return k;
  }
  k.list_shift = 23;
  k.list_bits = 4;
  if (mode == "kind") {
    k.own_bits = 23;
    return k;
  }
  // `head` and `wide` (and any other value: the default): 5 + 4 + 7 + 16 bits.
  k.head_shift = 16;
  k.head_bits = 7;
  k.head_skip = 8;
  k.own_bits = 16;
  k.own_is_file_hash = mode == "headx";
  if (mode == "wide") {
    // The size class of 512 .. 1023 own tokens.
    k.class_floor = 10;
  }
  return k;
}

auto GpuParseCutSplitTokens() -> uint32_t {
  if (EnvIs("RUSTG_CUDA_PARSE_CUT_SPLIT", "off")) return ~0u;
  return EnvNumber("RUSTG_CUDA_PARSE_CUT_SPLIT", 1, 1l << 30, parse_engine::kCutSplitTokens);
}

auto GpuParseCutChunk() -> uint32_t {
  return EnvNumber("RUSTG_CUDA_PARSE_CUT_CHUNK", 1, 1l << 20, parse_engine::kCutChunk);
}

auto GpuParseCutSoloTokens() -> uint32_t {
  return EnvNumber("RUSTG_CUDA_PARSE_CUT_SOLO", 1, 1l << 30, parse_engine::kCutSoloTokens);
}

auto GpuParseCutWideWindows() -> bool {
  return EnvIs("RUSTG_CUDA_PARSE_CUT_WINDOW", "256");
}

auto GpuParseShapeGroups() -> bool {
  return !EnvIs("RUSTG_CUDA_PARSE_SHAPE", "off");
}

auto GpuParseCopyNodes() -> bool {
  return !EnvIs("RUSTG_CUDA_PARSE_COPY", "off");
}

auto GpuParseStackBytes(uint32_t fallback) -> uint32_t {
  return EnvNumber("RUSTG_CUDA_PARSE_STACK", 1024, 1l << 24, fallback);
}

auto GpuParseRestoreStackLimit() -> bool { return EnvIs("RUSTG_CUDA_PARSE_STACK_RESTORE", "1"); }

auto GpuParseLevels() -> uint32_t {
  return EnvNumber("RUSTG_CUDA_PARSE_LEVELS", 1, parse_engine::kMaxRegionLevels, parse_engine::kMaxRegionLevels);
}

auto GpuParseWideLaunch() -> bool { return !EnvIs("RUSTG_CUDA_PARSE_WIDE", "off"); }

auto GpuParseSerialPrepare() -> bool { return EnvIs("RUSTG_CUDA_PARSE_PREPARE", "serial"); }

auto GpuParseCutMode() -> GpuParseCut {
  if (EnvIs("RUSTG_CUDA_PARSE_CUT", "walk")) return GpuParseCut::kWalk;
  if (EnvIs("RUSTG_CUDA_PARSE_CUT", "lane")) return GpuParseCut::kLane;
  return GpuParseCut::kParallel;
}

auto GpuParseProfile() -> bool { return EnvIs("RUSTG_CUDA_PARSE_PROF", "1"); }

}  // namespace rustg
