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

TEST(GpuSchedule, ItemsAreHalfOfEachWarpsShare) {
  // The benchmark corpus: ~11.1M own tokens over 2,112 warps, 2 items each.
  EXPECT_EQ(GpuParseItemWork(11'089'960, kResident), 2626u);
  // 233M (~1 GB of distinct files).
  EXPECT_EQ(GpuParseItemWork(232'889'160, kResident), 55135u);
  // Never empty, and capped.
  EXPECT_EQ(GpuParseItemWork(0, kResident), 1u);
  EXPECT_EQ(GpuParseItemWork(3, kResident), 1u);
  EXPECT_EQ(GpuParseItemWork(uint64_t{1} << 50, 1), 1u << 24);
  // Unknown occupancy (the query failed).
  EXPECT_EQ(GpuParseItemWork(11'089'960, 0), 4096u);
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
    EnvScope e("RUSTG_CUDA_PARSE_ITEM_WORK", "2048");
    EXPECT_EQ(GpuParseItemWork(11'089'960, kResident), 2048u);
  }
  {
    EnvScope e("RUSTG_CUDA_PARSE_ITEM_WORK", "0");
    EXPECT_EQ(GpuParseItemWork(11'089'960, kResident), 2626u);
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
    // Regions under 1024 tokens share size class 10, below the 1024+ ones' 11.
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
