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

auto GpuParseOrderByKind() -> bool {
  const char* env = std::getenv("RUSTG_CUDA_PARSE_ORDER");
  return env != nullptr && std::string(env) == "kind";
}

auto GpuParseCopyNodes() -> bool {
  const char* env = std::getenv("RUSTG_CUDA_PARSE_COPY");
  return env == nullptr || std::string(env) != "off";
}

}  // namespace rustg
