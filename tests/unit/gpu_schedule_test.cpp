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

// The region arrays the slot keys read: files, their kinds, and per slot its file and range.
auto SlotArrays(std::vector<parse_engine::RegionFile>& files, std::vector<TokenKind>& kinds,
                std::vector<uint32_t>& slot_file, std::vector<uint32_t>& start, std::vector<uint32_t>& end)
    -> parse_engine::RegionArrays {
  parse_engine::RegionArrays a{};
  a.files = files.data();
  a.kinds = kinds.data();
  a.slot_file = slot_file.data();
  a.slot_start = start.data();
  a.slot_end = end.data();
  return a;
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
  parse_engine::RegionArrays a = SlotArrays(files, kinds, slot_file, start, end);
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 0, 8), K::KwFn);
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 0, 2), K::KwPub);  // only two groups skipped
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 0, 0), K::OuterLineDoc);
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 1, 8), K::KwLet);
  // A region that is all attribute: its first token.
  EXPECT_EQ(parse_engine::SlotHeadKind(a, 2, 8), K::Pound);
}

TEST(GpuSchedule, ShapesMatchCopiesOnly) {
  using K = TokenKind;
  // Two files: `fn f(a) { x }` twice (the second after a `;`), then a copy with one kind changed
  // and a shorter one. Slots 0 and 1 are the copies, 2 differs in one kind, 3 in length, 4 unused.
  std::vector<TokenKind> kinds = {K::KwFn,  K::Ident,  K::LParen, K::Ident,  K::RParen, K::LBrace, K::Ident, K::RBrace,
                                  K::Semi,  K::KwFn,   K::Ident,  K::LParen, K::Ident,  K::RParen, K::LBrace, K::Ident,
                                  K::RBrace, K::KwFn,  K::Ident,  K::LParen, K::Ident,  K::RParen, K::LBrace, K::IntLit,
                                  K::RBrace};
  std::vector<parse_engine::RegionFile> files(2);
  files[0].scratch = 0;
  files[1].scratch = 17;
  std::vector<uint32_t> slot_file = {0, 0, 1, 1, ~0u}, start = {0, 9, 0, 0, 0}, end = {8, 17, 8, 7, 0};
  parse_engine::RegionArrays a = SlotArrays(files, kinds, slot_file, start, end);
  auto shape = [&](uint32_t s, uint32_t lanes) {
    uint32_t sum = 0;
    for (uint32_t lane = 0; lane < lanes; ++lane) sum += parse_engine::SlotShapePart(a, s, lane, lanes);
    return parse_engine::SlotShapeFinish(a, s, sum);
  };
  EXPECT_EQ(shape(0, 1), shape(1, 1));
  EXPECT_NE(shape(0, 1), shape(2, 1));
  EXPECT_NE(shape(0, 1), shape(3, 1));
  // A warp's 32 lanes sum to the one-thread shape.
  for (uint32_t s = 0; s < 4; ++s) EXPECT_EQ(shape(s, 32), shape(s, 1)) << s;
  // Tokens in another order: another shape.
  std::swap(kinds[9], kinds[10]);
  EXPECT_NE(shape(0, 1), shape(1, 1));
  EXPECT_EQ(parse_engine::SlotShapePart(a, 4, 0, 1), 0u);
  EXPECT_TRUE(GpuParseShapeGroups());
  {
    EnvScope e("RUSTG_CUDA_PARSE_SHAPE", "off");
    EXPECT_FALSE(GpuParseShapeGroups());
  }
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
  EXPECT_EQ(GpuParseCutSplitTokens(), parse_engine::kCutSplitTokens);
  EXPECT_EQ(GpuParseCutChunk(), parse_engine::kCutChunk);
  EXPECT_EQ(GpuParseCutSoloTokens(), parse_engine::kCutSoloTokens);
  EXPECT_FALSE(GpuParseCutWideWindows());
  {
    EnvScope split("RUSTG_CUDA_PARSE_CUT_SPLIT", "off"), chunk("RUSTG_CUDA_PARSE_CUT_CHUNK", "64"),
        solo("RUSTG_CUDA_PARSE_CUT_SOLO", "1"), window("RUSTG_CUDA_PARSE_CUT_WINDOW", "256");
    EXPECT_EQ(GpuParseCutSplitTokens(), ~0u);
    EXPECT_EQ(GpuParseCutChunk(), 64u);
    EXPECT_EQ(GpuParseCutSoloTokens(), 1u);
    EXPECT_TRUE(GpuParseCutWideWindows());
  }
  {
    EnvScope split("RUSTG_CUDA_PARSE_CUT_SPLIT", "4096"), chunk("RUSTG_CUDA_PARSE_CUT_CHUNK", "0");
    EXPECT_EQ(GpuParseCutSplitTokens(), 4096u);
    EXPECT_EQ(GpuParseCutChunk(), parse_engine::kCutChunk);  // out of range: the default
  }
  EXPECT_TRUE(GpuParseCopyNodes());
  {
    EnvScope e("RUSTG_CUDA_PARSE_COPY", "off");
    EXPECT_FALSE(GpuParseCopyNodes());
  }
  EXPECT_EQ(GpuParseStackBytes(4096), 4096u);
  EXPECT_FALSE(GpuParseRestoreStackLimit());
  EXPECT_EQ(GpuParseLevels(), parse_engine::kMaxRegionLevels);
  EXPECT_TRUE(GpuParseWideLaunch());
  EXPECT_FALSE(GpuParseSerialPrepare());
  EXPECT_EQ(GpuParseCutMode(), GpuParseCut::kParallel);
  EXPECT_FALSE(GpuParseProfile());
  {
    EnvScope stack("RUSTG_CUDA_PARSE_STACK", "65536"), restore("RUSTG_CUDA_PARSE_STACK_RESTORE", "1"),
        levels("RUSTG_CUDA_PARSE_LEVELS", "1"), wide("RUSTG_CUDA_PARSE_WIDE", "off"),
        prepare("RUSTG_CUDA_PARSE_PREPARE", "serial"), cut("RUSTG_CUDA_PARSE_CUT", "walk"),
        prof("RUSTG_CUDA_PARSE_PROF", "1");
    EXPECT_EQ(GpuParseStackBytes(4096), 65536u);
    EXPECT_TRUE(GpuParseRestoreStackLimit());
    EXPECT_EQ(GpuParseLevels(), 1u);
    EXPECT_FALSE(GpuParseWideLaunch());
    EXPECT_TRUE(GpuParseSerialPrepare());
    EXPECT_EQ(GpuParseCutMode(), GpuParseCut::kWalk);
    EXPECT_TRUE(GpuParseProfile());
  }
  {
    EnvScope stack("RUSTG_CUDA_PARSE_STACK", "512"), levels("RUSTG_CUDA_PARSE_LEVELS", "99"),
        cut("RUSTG_CUDA_PARSE_CUT", "lane");
    EXPECT_EQ(GpuParseStackBytes(4096), 4096u);  // out of range: the fallback
    EXPECT_EQ(GpuParseLevels(), parse_engine::kMaxRegionLevels);
    EXPECT_EQ(GpuParseCutMode(), GpuParseCut::kLane);
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
