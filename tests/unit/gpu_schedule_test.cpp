// The CUDA parser's scheduling policy (parse/gpu_schedule.h): plain host code, tested without a GPU.
#include <cstdlib>
#include <vector>

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

TEST(GpuSchedule, HeadKindSkipsAttributesDocsAndVisibility) {
  using K = TokenKind;
  // `/// d #[a(b)] pub(crate) fn f` then `let`, as one file's non-trivia kinds.
  std::vector<TokenKind> kinds = {K::OuterLineDoc, K::Pound,  K::LBracket, K::Ident,  K::LParen, K::Ident,
                                  K::RParen,       K::RBracket, K::KwPub,  K::LParen, K::KwCrate, K::RParen,
                                  K::KwFn,         K::Ident,  K::KwLet};
  std::vector<parse_engine::RegionFile> files(1);
  files[0].scratch = 0;
  std::vector<uint32_t> slot_file = {0, 0, 0}, start = {0, 14, 1}, end = {15, 15, 8};
  parse_engine::RegionArrays a{};
  a.files = files.data();
  a.kinds = kinds.data();
  a.slot_file = slot_file.data();
  a.slot_start = start.data();
  a.slot_end = end.data();
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 0, 8), K::KwFn);
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 0, 2), K::KwPub);  // only two groups skipped
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 0, 0), K::OuterLineDoc);
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 1, 8), K::KwLet);
  // A region that is all attribute: its first token.
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 2, 8), K::Pound);
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
  // The default: size class, list kind, head token kind, own tokens; fields side by side in 32 bits.
  GpuParseOrderKey head = GpuParseOrder();
  EXPECT_EQ(head.class_shift, 27);
  EXPECT_EQ(head.class_bits, 5);
  EXPECT_EQ(head.list_shift + head.list_bits, head.class_shift);
  EXPECT_EQ(head.head_shift + head.head_bits, head.list_shift);
  EXPECT_EQ(head.own_shift + head.own_bits, head.head_shift);
  EXPECT_GE(1u << head.head_bits, 128u);  // every TokenKind
  EXPECT_EQ(head.class_floor, 0);
  {
    EnvScope e("RUSTG_CUDA_PARSE_ORDER", "size");
    GpuParseOrderKey k = GpuParseOrder();
    EXPECT_EQ(k.class_bits + k.list_bits + k.head_bits, 0);
    EXPECT_EQ(k.own_bits, 32);
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_ORDER", "kind");
    GpuParseOrderKey k = GpuParseOrder();
    EXPECT_EQ(k.head_bits, 0);
    EXPECT_EQ(k.own_shift + k.own_bits, k.list_shift);
  }
  {
    // Regions under 1024 tokens (the solo size) share size class 10, below the solo ones' 11.
    EnvScope e("RUSTG_CUDA_PARSE_ORDER", "wide");
    EXPECT_EQ(GpuParseOrder().class_floor, 10);
  }
  EXPECT_FALSE(head.own_is_file_hash);
  {
    EnvScope e("RUSTG_CUDA_PARSE_ORDER", "headx");
    EXPECT_TRUE(GpuParseOrder().own_is_file_hash);
    EXPECT_EQ(GpuParseOrder().head_bits, head.head_bits);
  }
}

}  // namespace
}  // namespace rustg
