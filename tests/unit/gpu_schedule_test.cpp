// The CUDA parser's scheduling policy (parse/gpu_schedule.h): plain host code, tested without a GPU.
#include <cstdlib>

#include <gtest/gtest.h>

#include "parse/engine/regions.h"
#include "parse/gpu_schedule.h"

namespace rustg {
namespace {

// Sets an environment variable for one scope (unset after).
class EnvScope {
 public:
  EnvScope(const char* name, const char* value) : name_(name) { setenv(name, value, 1); }
  ~EnvScope() { unsetenv(name_); }

 private:
  const char* name_;
};

// The H200's parse kernels: 132 multiprocessors x 16 resident warps (128 registers per thread).
constexpr uint32_t kResident = 132 * 16;

TEST(GpuSchedule, SmallBuildRunsEveryLongRegionAlone) {
  // The benchmark corpus: 14,236 regions (445 shared warps), 539 of 1,024+ tokens.
  EXPECT_EQ(GpuParseSoloWarps({14236, 539}, kResident), 539u);
}

TEST(GpuSchedule, BuildLargerThanTheDeviceRunsNoneAlone) {
  // ~1 GB (the corpus 21 times): 298,956 regions need 9,343 shared warps, more than the device holds.
  EXPECT_EQ(GpuParseSoloWarps({298956, 11319}, kResident), 0u);
  EXPECT_EQ(GpuParseSoloWarps({32 * kResident, 100}, kResident), 0u);
}

TEST(GpuSchedule, LoneWarpsTakeOnlyTheFreeSlotsOfTheFirstWave) {
  // 2,000 shared warps leave 112 of 2,112 resident warps.
  EXPECT_EQ(GpuParseSoloWarps({64000, 500}, kResident), 112u);
  EXPECT_EQ(GpuParseSoloWarps({64000, 50}, kResident), 50u);
  // Unknown occupancy (the query failed): none.
  EXPECT_EQ(GpuParseSoloWarps({100, 10}, 0), 0u);
  // Never more than the regions with work.
  EXPECT_EQ(GpuParseSoloWarps({5, 10}, kResident), 5u);
}

TEST(GpuSchedule, RegionSizeGrowsWithTheBuild) {
  // The benchmark corpus (11.1M tokens) and its ~1 GB repetition (233M) on the H200 (1,584 warps).
  EXPECT_EQ(GpuParseRegionTokens(11'089'960, 1584), 256u);
  EXPECT_EQ(GpuParseRegionTokens(232'889'160, 1584), 2048u);
  EXPECT_EQ(GpuParseRegionTokens(60'000'000, 1584), 1024u);
  EXPECT_EQ(GpuParseRegionTokens(100, 1584), 256u);
  EXPECT_EQ(GpuParseRegionTokens(uint64_t{1} << 40, 1584), 2048u);
  // Unknown occupancy: the engine's default.
  EXPECT_EQ(GpuParseRegionTokens(232'889'160, 0), parse_engine::kMinRegionTokens);
}

TEST(GpuSchedule, EnvironmentOverrides) {
  {
    EnvScope e("RUSTG_CUDA_PARSE_SOLO", "off");
    EXPECT_EQ(GpuParseSoloWarps({14236, 539}, kResident), 0u);
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_SOLO", "all");
    EXPECT_EQ(GpuParseSoloWarps({298956, 11319}, kResident), 11319u);
    EXPECT_EQ(GpuParseSoloWarps({598956, 41319}, kResident), 16384u);  // the cap
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_SOLO", "300");
    EXPECT_EQ(GpuParseSoloWarps({298956, 11319}, kResident), 300u);
    EXPECT_EQ(GpuParseSoloWarps({14236, 200}, kResident), 200u);
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_SOLO", "auto");
    EXPECT_EQ(GpuParseSoloWarps({14236, 539}, kResident), 539u);
  }
  EXPECT_EQ(GpuParseSoloTokens(), 1024u);
  {
    EnvScope e("RUSTG_CUDA_PARSE_SOLO_TOKENS", "2048");
    EXPECT_EQ(GpuParseSoloTokens(), 2048u);
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_REGION", "64");
    EXPECT_EQ(GpuParseRegionTokens(1000, kResident), 64u);
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_REGION", "junk");
    EXPECT_EQ(GpuParseRegionTokens(1000, kResident), 256u);
  }
  EXPECT_TRUE(GpuParseCopyNodes());
  {
    EnvScope e("RUSTG_CUDA_PARSE_COPY", "off");
    EXPECT_FALSE(GpuParseCopyNodes());
  }
  EXPECT_FALSE(GpuParseOrderByKind());
  {
    EnvScope e("RUSTG_CUDA_PARSE_ORDER", "kind");
    EXPECT_TRUE(GpuParseOrderByKind());
  }
}

}  // namespace
}  // namespace rustg
