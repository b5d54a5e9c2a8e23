#include "parse/gpu_schedule.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "parse/engine/regions.h"

namespace rustg {
namespace {

// At most this many lone warps (a few waves of the device's resident warps).
constexpr uint32_t kMaxSolo = 16384;

// The environment variable `name` as a number in [lo, hi], or `fallback` when unset or out of range.
auto EnvNumber(const char* name, long lo, long hi, uint32_t fallback) -> uint32_t {
  const char* env = std::getenv(name);
  if (env == nullptr) return fallback;
  char* end = nullptr;
  long v = std::strtol(env, &end, 10);
  if (end == env || *end != '\0' || v < lo || v > hi) return fallback;
  return static_cast<uint32_t>(v);
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

auto GpuParseSoloTokens() -> uint32_t { return EnvNumber("RUSTG_CUDA_PARSE_SOLO_TOKENS", 1, 1 << 24, 1024); }

auto GpuParseSoloWarps(const GpuParseWorkload& w, uint32_t resident_warps) -> uint32_t {
  uint32_t longest = std::min({w.long_regions, w.regions, kMaxSolo});
  const char* env = std::getenv("RUSTG_CUDA_PARSE_SOLO");
  std::string mode = env != nullptr ? env : "auto";
  if (mode == "off") return 0;
  if (mode == "all") return longest;
  if (mode != "auto") return std::min(longest, EnvNumber("RUSTG_CUDA_PARSE_SOLO", 0, kMaxSolo, longest));
  // Warps the shared regions need (one region per lane), and what is left of the first wave.
  uint64_t shared_warps = (static_cast<uint64_t>(w.regions) + 31) / 32;
  if (shared_warps >= resident_warps) return 0;
  // Each lone region also leaves a lane of the shared warps: it fits while lone + shared <= resident.
  uint64_t spare = resident_warps - shared_warps;
  return static_cast<uint32_t>(std::min<uint64_t>(longest, spare));
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
    // The size class just under the solo regions' (1024 tokens: class 11).
    uint32_t solo = GpuParseSoloTokens(), solo_class = 0;
    while ((solo >> solo_class) != 0) ++solo_class;
    k.class_floor = static_cast<uint8_t>(solo_class > 1 ? solo_class - 1 : 1);
  }
  return k;
}

auto GpuParseCopyNodes() -> bool {
  const char* env = std::getenv("RUSTG_CUDA_PARSE_COPY");
  return env == nullptr || std::string(env) != "off";
}

}  // namespace rustg
