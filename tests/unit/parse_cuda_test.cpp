// The parser's region protocol and the CUDA parser against the CPU parser: identical
// trees and diagnostics on the parse/ui/lex goldens, the fuzz corpus, random token soup, nesting
// around the depth limit, and the corpus when it is present.
//
// ParseEngine.* run here on every machine: they run the CUDA backend's region protocol
// (parse/engine/regions.h: prepare, count, resolve, scan, write) on the host, so the protocol, the
// region checks and the engine's read-back bound are tested without a device. ParseCuda.* run the real kernels and skip without a CUDA device.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/cuda_device.h"
#include "base/diag.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/engine/parser.h"
#include "parse/engine/regions.h"
#include "parse/parse.h"
#include "parse/render_diag.h"

#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
#include "lex/cuda/lex_cuda.h"
#include "parse/cuda/parse_cuda.h"
#endif

namespace rustg {
namespace {

namespace fs = std::filesystem;

#define RUSTG_REQUIRE_CUDA()                                                           \
  do {                                                                                 \
    if (!CudaDeviceAvailable()) GTEST_SKIP() << "no CUDA device (or CUDA not built)"; \
  } while (0)

auto ReadFile(const fs::path& p) -> std::string {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every diagnostic rendered, in the printed (sorted) order and in emission order.
auto Rendered(const DiagSink& diags, const SourceBuffer& src) -> std::string {
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) out += RenderHuman(d, src, false) + "\n";
  out += "--- emission order ---\n";
  for (const Diagnostic& d : diags.all()) out += std::string(DiagKindName(d.kind)) + "\n";
  return out;
}

// Region statistics of one ParseRegions call.
struct RegionStats {
  uint32_t regions = 0;       // regions of multi-region files that were used
  uint32_t split_files = 0;   // files cut into several regions that checked out
  uint32_t whole_files = 0;   // multi-region files parsed whole because a region did not check out
  uint32_t nested = 0;        // regions inside item containers (of files that checked out)
  uint64_t max_own = 0;       // most tokens one thread parses: a region's own tokens, or a whole file
  uint64_t total_own = 0;     // tokens of all threads' work
  uint32_t threads = 0;       // threads with work (regions used, plus files parsed whole)
  uint32_t copied = 0;        // regions whose nodes the copy path copied (not parsed again)
  // The largest thread works (own tokens, where: file:line and the list kind), largest first.
  std::vector<std::pair<uint64_t, std::string>> largest;
  // Threads by own tokens: < 1k, < 4k, < 16k, < 64k, more.
  uint32_t by_size[5] = {};
  // How many of the largest to keep.
  size_t keep = 8;
  // The multi-region files parsed whole.
  std::vector<std::string> whole;
  // With `walked`: the largest thread works by tokens the counting parse reads (own tokens less
  // those it jumps over by partners, RegionSpec::partners), the largest `keep`.
  bool walked = false;
  std::vector<std::pair<uint64_t, std::string>> largest_walked;

  // Records one thread's work of `own` tokens starting at `where`.
  void Add(uint64_t own, const std::string& where) {
    max_own = std::max(max_own, own);
    total_own += own;
    ++threads;
    ++by_size[own < 1024 ? 0 : own < 4096 ? 1 : own < 16384 ? 2 : own < 65536 ? 3 : 4];
    Keep(largest, own, where);
  }
  // Records one thread's tokens read.
  void AddWalked(uint64_t n, const std::string& where) { Keep(largest_walked, n, where); }
  void Keep(std::vector<std::pair<uint64_t, std::string>>& v, uint64_t n, const std::string& where) const {
    if (v.size() < keep || n > v.back().first) {
      v.emplace_back(n, where);
      std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
      if (v.size() > keep) v.pop_back();
    }
  }
  // One line per statistic, for the test log.
  void Print(const char* what) const {
    std::printf("%s: %u threads, largest %llu tokens, all %llu tokens; threads < 1k: %u, < 4k: %u, < 16k: %u, < 64k: "
                "%u, more: %u\n",
                what, threads, static_cast<unsigned long long>(max_own), static_cast<unsigned long long>(total_own),
                by_size[0], by_size[1], by_size[2], by_size[3], by_size[4]);
    for (const auto& [own, where] : largest) std::printf("  %8llu  %s\n", static_cast<unsigned long long>(own), where.c_str());
    if (walked) std::printf("%s, by tokens read (own tokens less those jumped over as token trees):\n", what);
    for (const auto& [n, where] : largest_walked) std::printf("  %8llu  %s\n", static_cast<unsigned long long>(n), where.c_str());
  }
};

// Whether every file's token range ends with its only Eof: the parallel step 1's precondition
// (the CUDA backend checks it too and prepares serially otherwise).
auto EofEndsEveryFile(const TokenBuffer& tokens, uint32_t n_files) -> bool {
  for (uint32_t f = 0; f < n_files; ++f) {
    uint32_t b = tokens.file_begin(FileId(f)).index, e = tokens.file_end(FileId(f)).index;
    if (e == b || tokens.kind[e - 1] != TokenKind::Eof) return false;
  }
  return true;
}

// The cut's critical path, measured by CutParallel when g_cut_measure is set (DISABLED_CutCriticalPath): per level,
// the lists walked and the longest walk of each kind, in the reads a device lane waits on (a short
// list's walk: one dependent load per read) and in windows (a long list's walk by a warp: one
// coalesced load per 32 positions).
struct CutLevelStats {
  uint32_t long_lists = 0, short_lists = 0;
  uint64_t max_reads = 0, max_windows = 0;
  // The most reads of one warp's 32 short lists (consecutive in queue order): divergent lanes of a
  // warp run one after another, so up to their sum.
  uint64_t max_warp_reads = 0;
  std::string max_reads_at, max_windows_at;
};
struct CutMeasure {
  const SourceBuffer* src;
  std::vector<CutLevelStats> levels;
};
CutMeasure* g_cut_measure = nullptr;

// Readers that count what a device walk waits on (for g_cut_measure).
struct CountingDirectReader : parse_engine::CutDirectReader {
  uint64_t* reads = nullptr;
  auto Kind(uint32_t i) const -> TokenKind { return ++*reads, CutDirectReader::Kind(i); }
  auto Partner(uint32_t i) const -> uint32_t { return ++*reads, CutDirectReader::Partner(i); }
};
struct CountingWindowReader : parse_engine::CutWindowReader {
  uint64_t* windows = nullptr;
  // Calls read() and counts the windows it loaded (a forward jump past the window: one).
  template <class Read>
  auto Counted(Read read) {
    uint32_t before = base;
    auto v = read();
    if (base != before) *windows += std::max<uint64_t>(1, (base > before ? base - before : before - base) / (kSize - 1));
    return v;
  }
  auto Kind(uint32_t i) -> TokenKind {
    return Counted([&] { return parse_engine::CutWindowReader::Kind(i); });
  }
  auto Partner(uint32_t i) -> uint32_t {
    return Counted([&] { return parse_engine::CutWindowReader::Partner(i); });
  }
  auto Next(uint32_t j, uint32_t close, bool open) -> uint32_t {
    return Counted([&] { return parse_engine::CutWindowReader::Next(j, close, open); });
  }
};

// The split walk's settings for CutParallel (regions.h CutArrays::split_tokens and chunk): off,
// as the CUDA backend by default, or tiny (every list split into chunks of a few positions).
struct CutSplit {
  uint32_t tokens = ~0u, chunk = 1024;
};
CutSplit g_cut_split;

// The parallel cut of step 1 (regions.h C1-C8) on the host, each step a loop over its indices, the
// scans between them as the CUDA backend runs them with CUB; the lists of a level in queue order,
// the split lists' chunks (g_cut_split) step by step as the CUDA kernels run them.
void CutParallel(const parse_engine::TokenView& in, const parse_engine::RegionArrays& a,
                 const parse_engine::PrepArrays& p, uint32_t n_files, uint32_t n_tokens, uint32_t n_delims,
                 uint32_t min_region, uint32_t levels) {
  namespace pe = parse_engine;
  uint32_t len = n_tokens + 2 * n_files;
  uint32_t n_slots = pe::RegionSlotBegin(n_tokens, n_files, min_region);
  uint32_t cap = n_delims / 2 + n_files + 1;
  std::vector<uint32_t> cut(len, pe::kCutNone), owner(len), open_off(len + 1), ev_off(len + 1), top_last(n_files),
      parent(n_slots);
  std::vector<uint16_t> meta(len);
  std::vector<uint8_t> serial(n_files);
  std::vector<pe::CutItem> queues[2] = {std::vector<pe::CutItem>(cap), std::vector<pe::CutItem>(cap)};
  std::vector<pe::CutItem> split_queues[2] = {std::vector<pe::CutItem>(cap), std::vector<pe::CutItem>(cap)};
  uint32_t counts[2][3] = {};
  pe::CutArrays c{cut.data(),      owner.data(),  meta.data(), open_off.data(), ev_off.data(),
                  top_last.data(), serial.data(), parent.data(), queues[0].data(), cap, counts[0]};
  c.split_tokens = g_cut_split.tokens;
  c.chunk = g_cut_split.chunk;
  c.split_queue = split_queues[0].data();
  c.depth = p.kept_depth;
  std::vector<uint32_t> cand(len), chunk_from, chunk_count, chunk_open;
  c.cand = cand.data();
  for (uint32_t f = 0; f < n_files; ++f) pe::PrepFileInfo(in, a, p, f);
  for (uint32_t f = 0; f < n_files; ++f) pe::CutTopItem(a, c, f);
  for (int cur = 0;; cur ^= 1) {
    uint32_t n_long = counts[cur][0], n_short = counts[cur][1], n_split = counts[cur][2];
    if (n_long + n_short + n_split == 0) break;
    const std::vector<pe::CutItem>& items = queues[cur];
    const std::vector<pe::CutItem>& split = split_queues[cur];
    c.queue = queues[cur ^ 1].data();
    c.split_queue = split_queues[cur ^ 1].data();
    c.count = counts[cur ^ 1];
    c.count[0] = c.count[1] = c.count[2] = 0;
    // The split lists: their chunks numbered across them, each step over all chunks (or lists).
    std::vector<uint32_t> first(n_split + 1, 0);
    for (uint32_t j = 0; j < n_split; ++j) first[j + 1] = first[j] + pe::CutChunks(c, split[j]);
    chunk_from.assign(first[n_split], ~0u);
    chunk_count.assign(first[n_split], 0);
    chunk_open.assign(first[n_split], ~0u);
    c.chunk_from = chunk_from.data();
    c.chunk_count = chunk_count.data();
    c.chunk_open = chunk_open.data();
    uint32_t walk_levels = std::clamp(levels, 1u, pe::kMaxRegionLevels);
    // f(list, chunk of the list, chunk of the level) for every chunk, as one kernel launch.
    auto each_chunk = [&](auto&& f) {
      for (uint32_t j = 0; j < n_split; ++j)
        for (uint32_t g = 0; g < first[j + 1] - first[j]; ++g) f(j, g, first[j] + g);
    };
    each_chunk([&](uint32_t j, uint32_t g, uint32_t x) { chunk_from[x] = pe::CutChunkFrom(a, c, split[j], g); });
    each_chunk([&](uint32_t j, uint32_t g, uint32_t x) {
      if (chunk_from[x] != ~0u) chunk_count[x] = pe::CutChunkWalk(a, c, split[j], g, chunk_from[x], walk_levels);
    });
    for (uint32_t j = 0; j < n_split; ++j) pe::CutSplitSelect(a, c, split[j], first[j], min_region);
    each_chunk([&](uint32_t j, uint32_t g, uint32_t x) {
      if (chunk_from[x] != ~0u) pe::CutChunkPush(a, c, split[j], g, x, chunk_from[x], walk_levels);
    });
    // The device walks long lists with a warp's window reader, short ones a load per read: here
    // the lists of each kind take the two window widths and the direct reader in turn, so all
    // three run on every input.
    auto walk = [&](uint32_t j, const pe::CutItem& it) {
      if (j % 3 == 0) pe::CutList(a, c, it, min_region, levels, pe::CutWindowReader{});
      else if (j % 3 == 1) pe::CutList(a, c, it, min_region, levels, pe::CutWideWindowReader{});
      else pe::CutList(a, c, it, min_region, levels);
    };
    if (g_cut_measure != nullptr) {
      // As the device walks them: long lists by a warp's windows, short ones by a lane.
      CutLevelStats st;
      st.long_lists = n_long;
      st.short_lists = n_short;
      auto where = [&](const pe::CutItem& it) {
        FileId f(it.file);
        return g_cut_measure->src->path(f) + " level " + std::to_string(it.level) + " list " + std::to_string(it.list) +
               " tokens " + std::to_string(it.close - (it.open == ~0u ? 0 : it.open));
      };
      for (uint32_t j = 0; j < n_long; ++j) {
        uint64_t n = 0;
        CountingWindowReader rd;
        rd.windows = &n;
        pe::CutList(a, c, items[j], min_region, levels, rd);
        if (n > st.max_windows) st.max_windows = n, st.max_windows_at = where(items[j]);
      }
      uint64_t warp_reads = 0;
      for (uint32_t j = 0; j < n_short; ++j) {
        uint64_t n = 0;
        CountingDirectReader rd;
        rd.reads = &n;
        pe::CutList(a, c, items[cap - 1 - j], min_region, levels, rd);
        if (n > st.max_reads) st.max_reads = n, st.max_reads_at = where(items[cap - 1 - j]);
        // Short list j runs on thread 32 n_long + j: warps start at multiples of 32 of j.
        if (j % 32 == 0) warp_reads = 0;
        warp_reads += n;
        st.max_warp_reads = std::max(st.max_warp_reads, warp_reads);
      }
      g_cut_measure->levels.push_back(st);
      continue;
    }
    for (uint32_t j = 0; j < n_long; ++j) walk(j, items[j]);
    for (uint32_t j = 0; j < n_short; ++j) walk(j + 1, items[cap - 1 - j]);
  }
  for (uint32_t x = 0; x <= len; ++x) pe::CutMarkCounts(c, x, len);
  std::exclusive_scan(open_off.begin(), open_off.end(), open_off.begin(), 0u);
  std::exclusive_scan(ev_off.begin(), ev_off.end(), ev_off.begin(), 0u);
  for (uint32_t f = 0; f < n_files; ++f) pe::CutFileTotals(a, c, f);
  std::fill(a.slot_file, a.slot_file + n_slots, ~0u);
  for (uint32_t x = 0; x < len; ++x) pe::CutPlace(a, c, n_files, x);
  for (uint32_t s = 0; s < n_slots; ++s) pe::CutLink(a, c, s);
  for (uint32_t f = 0; f < n_files; ++f) pe::CutSerial(a, c, f, min_region, levels);
}

// The parallel step 1 (regions.h P1-P6) on the host, each step a loop over its indices, the scans
// and the stable sort between them as the CUDA backend runs them with CUB.
void PrepareParallel(const parse_engine::TokenView& in, const parse_engine::RegionArrays& a, uint32_t n_files,
                     uint32_t n_tokens, uint32_t min_region, uint32_t levels) {
  namespace pe = parse_engine;
  std::vector<uint32_t> file_of(n_tokens, 0), keep_off(n_tokens + 1, 0), delim_off(n_tokens + 1, 0),
      brace_off(n_tokens + 1, 0);
  std::vector<int32_t> depth(n_tokens, 0);
  std::vector<uint8_t> file_bad(n_files, 0), kept_depth(n_tokens + 2 * n_files, 0);
  pe::PrepArrays p{file_of.data(), keep_off.data(), depth.data(), delim_off.data(), brace_off.data(), nullptr,
                   nullptr,        nullptr,         nullptr,      file_bad.data(),  kept_depth.data()};
  for (uint32_t f = 0; f < n_files; ++f) pe::PrepFileStart(a, p, f);
  for (uint32_t t = 1; t < n_tokens; ++t) file_of[t] += file_of[t - 1];
  for (uint32_t t = 0; t < n_tokens; ++t) pe::PrepTokenFlags(in, p, t);
  for (uint32_t t = 1; t < n_tokens; ++t) depth[t] += depth[t - 1];
  std::exclusive_scan(keep_off.begin(), keep_off.end(), keep_off.begin(), 0u);
  std::exclusive_scan(delim_off.begin(), delim_off.end(), delim_off.begin(), 0u);
  std::exclusive_scan(brace_off.begin(), brace_off.end(), brace_off.begin(), 0u);
  uint32_t n_delims = delim_off[n_tokens];
  std::vector<uint64_t> key(n_delims), sorted_key(n_delims);
  std::vector<uint32_t> tok(n_delims), sorted_tok(n_delims);
  p.delim_key = key.data();
  p.delim_tok = tok.data();
  p.sorted_key = sorted_key.data();
  p.sorted_tok = sorted_tok.data();
  for (uint32_t t = 0; t < n_tokens; ++t) pe::PrepCompact(in, a, p, t);
  std::vector<uint32_t> order(n_delims);
  for (uint32_t d = 0; d < n_delims; ++d) order[d] = d;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return key[x] < key[y]; });
  for (uint32_t d = 0; d < n_delims; ++d) {
    sorted_key[d] = key[order[d]];
    sorted_tok[d] = tok[order[d]];
  }
  for (uint32_t d = 0; d < n_delims; ++d) pe::PrepPair(in, a, p, d, n_delims);
  CutParallel(in, a, p, n_files, n_tokens, n_delims, min_region, levels);
}

// The arrays of the region protocol in host memory for one build, and the protocol's view of them.
struct HostRegions {
  std::vector<parse_engine::RegionFile> files;
  uint32_t n_slots = 0, n_events = 0;
  std::vector<uint32_t> ids, stack, file_ntok, file_nregions, file_delim, file_last_top, slot_file, slot_start,
      slot_end, slot_first_child, slot_next, slot_open_ev, slot_close_ev, slot_pre_nodes, slot_pre_diags, slot_nodes,
      slot_diags, slot_deep_child, ev_nodes, ev_diags;
  std::vector<TokenKind> kinds;
  std::vector<uint8_t> file_quiet, file_whole, slot_flags, slot_ctx;
  std::vector<uint16_t> slot_depth, slot_met_depth, slot_peak;
  uint32_t failed = 0;
  parse_engine::RegionArrays a{};

  HostRegions(const SourceBuffer& src, const TokenBuffer& tokens, uint32_t min_region) {
    namespace pe = parse_engine;
    uint32_t n_files = src.file_count();
    files.resize(n_files);
    for (uint32_t f = 0; f < n_files; ++f) {
      uint32_t b = tokens.file_begin(FileId(f)).index, e = tokens.file_end(FileId(f)).index;
      files[f] = pe::RegionFile{b, e, b + 2 * f, pe::RegionSlotBegin(b, f, min_region),
                                pe::RegionSlotBegin(e, f + 1, min_region), static_cast<uint8_t>(src.edition(FileId(f)))};
    }
    n_slots = pe::RegionSlotBegin(tokens.size(), n_files, min_region);
    n_events = 2 * n_slots;
    size_t scratch = tokens.size() + 2ull * n_files;
    for (auto* v : {&ids, &stack}) v->resize(scratch);
    for (auto* v : {&file_ntok, &file_nregions, &file_delim, &file_last_top}) v->resize(n_files);
    for (auto* v : {&slot_file, &slot_start, &slot_end, &slot_first_child, &slot_next, &slot_open_ev, &slot_close_ev,
                    &slot_pre_nodes, &slot_pre_diags, &slot_nodes, &slot_diags, &slot_deep_child})
      v->resize(n_slots);
    ev_nodes.resize(n_events + 1);
    ev_diags.resize(n_events + 1);
    kinds.resize(scratch);
    file_quiet.resize(n_files);
    file_whole.resize(n_files);
    slot_flags.resize(n_slots);
    slot_ctx.resize(n_slots);
    slot_depth.resize(n_slots);
    slot_met_depth.resize(n_slots);
    slot_peak.resize(n_slots);
    a = pe::RegionArrays{files.data(),          ids.data(),           kinds.data(),           stack.data(),
                         file_ntok.data(),      file_quiet.data(),    file_nregions.data(),   file_delim.data(),
                         file_whole.data(),     file_last_top.data(), slot_file.data(),       slot_start.data(),
                         slot_end.data(),       slot_ctx.data(),      slot_depth.data(),      slot_first_child.data(),
                         slot_next.data(),      slot_open_ev.data(),  slot_close_ev.data(),   slot_pre_nodes.data(),
                         slot_pre_diags.data(), slot_nodes.data(),    slot_diags.data(),      slot_flags.data(),
                         slot_deep_child.data(), slot_met_depth.data(), slot_peak.data(),     ev_nodes.data(),
                         ev_diags.data(),       &failed};
  }
  HostRegions(const HostRegions&) = delete;
  auto operator=(const HostRegions&) -> HostRegions& = delete;

  // Step 1, in parallel form (as the CUDA backend runs it) or per file.
  void Prepare(const SourceBuffer& src, const TokenBuffer& tokens, uint32_t min_region, uint32_t levels,
               bool parallel) {
    parse_engine::TokenView in{src.data(), tokens.kind.data(), tokens.start.data()};
    uint32_t n_files = src.file_count();
    if (parallel && EofEndsEveryFile(tokens, n_files)) {
      PrepareParallel(in, a, n_files, tokens.size(), min_region, levels);
      a.partners = true;
    } else {
      for (uint32_t f = 0; f < n_files; ++f) parse_engine::PrepareFile(in, a, f, min_region, levels);
    }
  }
};

// The CUDA backend's protocol (parse/engine/regions.h) on the host, every step in order, with
// regions of at least `min_region` tokens cut in item lists up to `levels` deep; step 1 in its
// parallel form unless `parallel` is false; the writing pass copies the counting pass's stored nodes
// (RegionCopy) unless `copy` is false. Fails the test when a counting sink lost a read-back.
auto ParseRegions(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags, uint32_t min_region,
                  RegionStats* stats, uint32_t levels = parse_engine::kMaxRegionLevels, bool parallel = true,
                  bool copy = true) -> Tree {
  namespace pe = parse_engine;
  uint32_t n_files = src.file_count();
  HostRegions h(src, tokens, min_region);
  h.Prepare(src, tokens, min_region, levels, parallel);
  const auto& files = h.files;
  const uint32_t n_slots = h.n_slots, n_events = h.n_events;
  auto& slot_file = h.slot_file;
  auto &slot_start = h.slot_start, &slot_end = h.slot_end, &slot_first_child = h.slot_first_child,
       &slot_next = h.slot_next, &slot_nodes = h.slot_nodes, &slot_pre_nodes = h.slot_pre_nodes,
       &ev_nodes = h.ev_nodes, &ev_diags = h.ev_diags, &file_nregions = h.file_nregions, &file_ntok = h.file_ntok;
  auto &slot_ctx = h.slot_ctx, &slot_flags = h.slot_flags, &file_whole = h.file_whole;
  auto& slot_depth = h.slot_depth;
  uint32_t& failed = h.failed;
  const pe::RegionArrays& a = h.a;
  pe::TokenView in{src.data(), tokens.kind.data(), tokens.start.data()};
  // The copy path (RegionCopy) as the CUDA backend runs it: capacities and child counts per slot,
  // exclusive scans for their places, the counting pass keeping the nodes.
  std::vector<uint32_t> store_off(n_slots + 1, 0), record_off(n_slots + 1, 0), child_base(n_slots + 1, 0),
      store_count(n_slots, 0), store_diags(n_slots, 0);
  std::vector<uint8_t> copied(n_slots, 0);
  for (uint32_t s = 0; s < n_slots; ++s) {
    uint32_t own = 0, children = 0;
    pe::SlotWork(a, s, &own, &children);
    store_off[s + 1] = store_off[s] + (copy ? pe::StoreCapacity(own, children) : 0);
    record_off[s + 1] = record_off[s] + (copy ? pe::RecordCapacity(own) : 0);
    child_base[s + 1] = child_base[s] + (copy && slot_file[s] != ~0u ? children + 1 : 0);
  }
  std::vector<NodeKind> store_kind(store_off[n_slots]);
  std::vector<TokenId> store_token(store_off[n_slots]);
  std::vector<uint32_t> store_size(store_off[n_slots]), store_holes(store_off[n_slots]),
      record_holes(record_off[n_slots]), child_nodes(child_base[n_slots]), child_diags(child_base[n_slots]);
  std::vector<ParseDiagRecord> store_records(record_off[n_slots]);
  pe::RegionCopy rc{pe::NodeStore{store_kind.data(), store_token.data(), store_size.data(), store_holes.data(),
                                  store_records.data(), record_holes.data()},
                    store_off.data(), record_off.data(), store_count.data(), store_diags.data(), copied.data(),
                    child_base.data(), child_nodes.data(), child_diags.data()};
  for (uint32_t s = 0; s < n_slots; ++s) pe::CountRegion(in, a, s, copy ? &rc : nullptr);
  // The tokens each region's counting parse jumps over: the same parse again (it writes the same
  // counts), reading the parser's tally.
  std::vector<uint32_t> jumped(stats->walked ? n_slots : 0);
  for (uint32_t s = 0; s < jumped.size(); ++s) {
    uint32_t f = slot_file[s];
    if (f == ~0u) continue;
    pe::CountSink sink;
    pe::Parser<pe::CountSink> p(in, static_cast<Edition>(files[f].edition), pe::FileScratch(a, files[f]), file_ntok[f],
                            sink);
    pe::RegionLinks links = pe::CountLinks(a);
    pe::RegionSpec spec{slot_start[s], slot_end[s], slot_ctx[s],          slot_depth[s], h.file_quiet[f] != 0,
                        false,         &links,      slot_first_child[s], 0};
    spec.partners = pe::FilePartners(a, f);
    p.ParseRegion(spec);
    jumped[s] = p.jumped();
  }
  if (std::getenv("RUSTG_REGION_DEBUG")) {
    for (uint32_t s = 0; s < n_slots; ++s)
      if (slot_file[s] != ~0u)
        std::printf("slot %u file %u [%u,%u) ctx %u depth %u child %u next %u flags %u nodes %u pre %u\n", s,
                    slot_file[s], slot_start[s], slot_end[s], slot_ctx[s], slot_depth[s], slot_first_child[s],
                    slot_next[s], slot_flags[s], slot_nodes[s], slot_pre_nodes[s]);
  }
  for (uint32_t f = 0; f < n_files; ++f) pe::ResolveFile(in, a, f);
  EXPECT_EQ(failed, 0u) << "a counting sink lost a read-back";
  std::vector<uint32_t> node_off(n_events + 1, 0), diag_off(n_events + 1, 0);
  for (uint32_t e = 0; e < n_events; ++e) {
    node_off[e + 1] = node_off[e] + ev_nodes[e];
    diag_off[e + 1] = diag_off[e] + ev_diags[e];
  }
  Tree out;
  out.kind.resize(node_off[n_events]);
  out.token.resize(node_off[n_events]);
  out.subtree_size.resize(node_off[n_events]);
  std::vector<ParseDiagRecord> records(diag_off[n_events]);
  if (copy) {
    for (uint32_t s = 0; s < n_slots; ++s) pe::PrefixChildren(a, rc, s, node_off.data(), diag_off.data());
    // Copied nodes last to first (the device's lanes run in any order).
    for (uint32_t s = 0; s < n_slots; ++s) {
      uint32_t n = std::max({store_count[s], store_diags[s], 1u});
      for (uint32_t k = 0; k < n; ++k) {
        pe::CopyRegion(a, rc, s, n - 1 - k, node_off.data(), diag_off.data(), out.kind.data(), out.token.data(),
                       out.subtree_size.data(), records.data());
      }
      stats->copied += copied[s] && !file_whole[slot_file[s]] ? 1 : 0;
    }
  }
  for (uint32_t s = 0; s < n_slots; ++s) {
    pe::WriteRegion(in, a, s, node_off.data(), diag_off.data(), out.kind.data(), out.token.data(),
                    out.subtree_size.data(), records.data(), copy ? copied.data() : nullptr);
  }
  out.file_first_node.resize(n_files + 1);
  for (uint32_t f = 0; f < n_files; ++f) out.file_first_node[f] = node_off[2 * files[f].slot_begin];
  out.file_first_node[n_files] = node_off[n_events];
  for (uint32_t f = 0; f < n_files; ++f) {
    uint32_t lo = diag_off[2 * files[f].slot_begin], hi = diag_off[2 * files[f].slot_end];
    if (lo != hi) RenderParseDiags(records.data() + lo, hi - lo, src, tokens, FileId(f), diags);
    uint32_t sb = files[f].slot_begin, n = file_nregions[f];
    if (n > 1 && file_whole[f]) {
      ++stats->whole_files;
      stats->whole.push_back(src.path(FileId(f)));
    }
    if (n > 1 && !file_whole[f]) {
      ++stats->split_files;
      stats->regions += n;
    }
    auto where = [&](uint32_t pos, const char* list) {
      uint32_t tok = h.ids[files[f].scratch + pos];
      return src.path(FileId(f)) + ":" + std::to_string(src.Locate(tokens.start[tok]).line) + " (" + list + ")";
    };
    if (file_whole[f] || n == 1) {
      const char* what = n > 1 ? "whole file after a failed region check" : "whole file";
      stats->Add(file_ntok[f], where(0, what));
      if (stats->walked) stats->AddWalked(file_ntok[f] - (file_whole[f] ? 0 : jumped[sb]), where(0, what));
      continue;
    }
    for (uint32_t s = sb; s < sb + n; ++s) {
      uint64_t own = slot_end[s] - slot_start[s];
      for (uint32_t c = slot_first_child[s]; c != ~0u; c = slot_next[c]) own -= slot_end[c] - slot_start[c];
      if (slot_depth[s] > 0) ++stats->nested;
      static const char* kLists[] = {"module items", "trait items", "impl items",  "extern items",
                                     "block items",  "statements",  "match arms", "array elements"};
      std::string at = where(slot_start[s], slot_ctx[s] < 8 ? kLists[slot_ctx[s]] : "?");
      stats->Add(own, at);
      if (stats->walked) stats->AddWalked(own - jumped[s], at);
    }
  }
  return out;
}

void ExpectSameTree(const Tree& cpu, const Tree& other, const SourceBuffer& src) {
  ASSERT_EQ(cpu.file_first_node, other.file_first_node);
  ASSERT_EQ(cpu.size(), other.size());
  for (uint32_t i = 0; i < cpu.size(); ++i) {
    ASSERT_EQ(cpu.kind[i], other.kind[i]) << "node " << i;
    ASSERT_EQ(cpu.token[i], other.token[i]) << "node " << i;
    ASSERT_EQ(cpu.subtree_size[i], other.subtree_size[i]) << "node " << i;
  }
}

enum class Via { Regions, Cuda };

// Lexes on the CPU, parses on the CPU and by `via` (the host protocol with regions of at least
// `min_region` tokens, or the CUDA backend), and expects identical trees and diagnostics.
void ExpectSame(const SourceBuffer& src, Via via, uint32_t min_region = parse_engine::kMinRegionTokens,
                RegionStats* stats = nullptr, uint32_t levels = parse_engine::kMaxRegionLevels, bool copy = true) {
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  DiagSink cpu_diags;
  Tree cpu = Parse(src, tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
  DiagSink other_diags;
  Tree other;
  if (via == Via::Regions) {
    RegionStats local;
    other = ParseRegions(src, tokens, other_diags, min_region, stats ? stats : &local, levels, true, copy);
  } else {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
    std::string error;
    std::optional<Tree> gpu = ParseCuda(src, tokens, other_diags, nullptr, &error);
    ASSERT_TRUE(gpu.has_value()) << error;
    other = std::move(*gpu);
#else
    GTEST_SKIP() << "CUDA backend not built";
#endif
  }
  ExpectSameTree(cpu, other, src);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(other_diags, src));
}

// The repository: $RUSTG_SOURCE_DIR (for a copied tree), else where this file was compiled.
auto SourceDir() -> fs::path {
  if (const char* env = std::getenv("RUSTG_SOURCE_DIR")) return env;
  return fs::path(__FILE__).parent_path().parent_path().parent_path();
}

// Every .rs file under the given folders, sorted, in one buffer and one edition.
auto FilesIn(std::initializer_list<fs::path> dirs, Edition edition) -> SourceBuffer {
  SourceBuffer src;
  DiagSink diags;
  std::vector<fs::path> paths;
  for (const fs::path& dir : dirs) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".rs") paths.push_back(e.path());
  }
  // None found means a copied tree without RUSTG_SOURCE_DIR: the comparisons would check nothing.
  if (paths.empty()) ADD_FAILURE() << "no .rs files under " << dirs.begin()->parent_path() << "; set RUSTG_SOURCE_DIR";
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) src.AddFile(p.string(), ReadFile(p), edition, diags);
  return src;
}

auto GoldenInputs(Edition edition) -> SourceBuffer {
  fs::path t = SourceDir() / "tests";
  return FilesIn({t / "parse", t / "ui", t / "lex"}, edition);
}

auto FuzzInputs(Edition edition) -> SourceBuffer { return FilesIn({SourceDir() / "fuzz" / "corpus"}, edition); }

// Random sequences of Rust tokens and fragments: mostly bad input, so error recovery, compound
// token splitting, delimiter errors and most diagnostics show up.
auto RandomInputs() -> SourceBuffer {
  static const char* kPieces[] = {
      "fn", "(", ")", "{", "}", "[", "]", "<", ">", ">>", ">=", ">>=", "<<", "::", "let", "match", "=>", ",", ";",
      "x", "1", "0.1", "'a", "&&", "||", "|", "..", "..=", "...", "as", "impl", "dyn", "#[a]", "#![b]", "!", "?",
      ".", "struct", "enum", "where", "for", "if", "else", "->", "+", "=", "*", "const", "mut", "unsafe", "pub",
      "use", "mod", "self", "Self", "async", "await", "move", "return", "/// d\n", "//! i\n", "union", "default",
      "macro_rules", "'c'", "\"s\"", "trait", "type", "static", "extern", "crate", "loop", "while", "in", "box",
      "ref", "_", "&", "-", "==", "<-", "+=", "static", "yield", "try", "raw", "auto", "@", "~", "$", "Vec"};
  std::mt19937 rng(20261130);
  SourceBuffer src;
  DiagSink diags;
  for (int f = 0; f < 600; ++f) {
    std::string s;
    size_t len = rng() % 80;
    for (size_t i = 0; i < len; ++i) {
      s += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
      s += ' ';
    }
    Edition e = f % 3 == 0 ? Edition::k2015 : f % 3 == 1 ? Edition::k2018 : Edition::k2021;
    std::string name = "r";
    name += std::to_string(f);
    src.AddFile(name + ".rs", s, e, diags);
  }
  return src;
}

auto Repeat(const std::string& s, int n) -> std::string {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Nesting of every recursive construct at depths below, at and past the limit (256): the GPU's
// stack must hold the deepest frames the limit allows.
auto DeepInputs() -> SourceBuffer {
  SourceBuffer src;
  DiagSink diags;
  int k = 0;
  for (int n : {50, 200, 255, 256, 257, 300, 1000}) {
    auto add = [&](const std::string& s) { src.AddFile("deep" + std::to_string(k++) + ".rs", s, Edition::k2021, diags); };
    add("fn f() { let x = " + Repeat("(", n) + "1" + Repeat(")", n) + "; }");
    add("fn f() " + Repeat("{", n) + Repeat("}", n));
    add("fn f() { let x = " + Repeat("-", n) + "1; }");
    add("fn f() { let x = " + Repeat("&mut ", n) + "1; }");
    add("fn f() { let x = " + Repeat("[", n) + "1" + Repeat("]", n) + "; }");
    add("fn f() { " + Repeat("a = ", n) + "1; }");
    add("fn f() { " + Repeat("if a { 1 } else ", n) + "{ 2 } }");
    add("fn f() { " + Repeat("match x { _ => ", n) + "1" + Repeat(" }", n) + " }");
    add("fn f() { " + Repeat("|| ", n) + "1; }");
    add("fn f() { " + Repeat("S { a: ", n) + "1" + Repeat(" }", n) + "; }");
    add("fn f() { " + Repeat("#[a] ", n) + "1; }");
    add("fn f() { x" + Repeat(".f(", n) + Repeat(")", n) + "; }");
    add("fn f() { let " + Repeat("(", n) + "x" + Repeat(")", n) + " = 1; }");
    add("fn f() { let " + Repeat("[", n) + "x" + Repeat("]", n) + " = 1; }");
    add("fn f() { let " + Repeat("&", n) + "x = 1; }");
    add("fn f() { let " + Repeat("S(", n) + "x" + Repeat(")", n) + " = 1; }");
    add("type T = " + Repeat("&", n) + "u8;");
    add("type T = " + Repeat("[", n) + "u8" + Repeat("]", n) + ";");
    add("type T = " + Repeat("(", n) + "u8" + Repeat(")", n) + ";");
    add("type T = " + Repeat("Vec<", n) + "u8" + Repeat(">", n) + ";");
    add("type T = " + Repeat("Vec<", n) + "u8" + Repeat(">>", n / 2) + ";");
    add("type T = " + Repeat("fn(", n) + "u8" + Repeat(")", n) + ";");
    add("type T = " + Repeat("*const ", n) + "u8;");
    add("fn f<T: " + Repeat("A<", n) + "B" + Repeat(">", n) + ">() {}");
    add(Repeat("mod m { ", n) + Repeat("}", n));
    add(Repeat("impl A { fn f() { ", n) + Repeat("} }", n));
    add("use " + Repeat("a::{", n) + "b" + Repeat("}", n) + ";");
    add("fn f() { let x = " + Repeat("[1; ", n) + "1" + Repeat("]", n) + "; }");
    add("fn f() { " + Repeat("loop { ", n) + Repeat("}", n) + " }");
    add("fn f() { " + Repeat("unsafe { ", n) + Repeat("}", n) + " }");
    add("fn f() { let x = " + Repeat("(1, ", n) + "1" + Repeat(")", n) + "; }");
    add("fn f() { let x = " + Repeat("1 + (", n) + "1" + Repeat(")", n) + "; }");
    add("fn f() { let x = " + Repeat("(", n) + "1" + "; }");  // unclosed: quiet parse
  }
  return src;
}

// The corpus manifest: $RUSTG_CORPUS, else .cache/corpus of the repository.
// With `bench_only`, only the groups `./x bench frontend` measures (library, compiler, crates; its
// ~1 GB input repeats them).
auto CorpusInputs(bool* present, bool bench_only = false) -> SourceBuffer {
  fs::path dir = SourceDir() / ".cache" / "corpus";
  if (const char* env = std::getenv("RUSTG_CORPUS")) dir = env;
  SourceBuffer src;
  std::ifstream manifest(dir / "manifest.tsv");
  *present = static_cast<bool>(manifest);
  DiagSink diags;
  for (std::string line; std::getline(manifest, line);) {
    // group \t edition \t path
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string group = line.substr(0, a);
    if (bench_only && group != "library" && group != "compiler" && group != "crates") continue;
    Edition e = ParseEdition(line.substr(a + 1, b - a - 1)).value_or(Edition::k2021);
    fs::path p = dir / line.substr(b + 1);
    src.AddFile(p.string(), ReadFile(p), e, diags);
  }
  return src;
}

constexpr Edition kEditions[] = {Edition::k2015, Edition::k2018, Edition::k2021};

// Region sizes for the host protocol: tiny regions cut even the goldens into many.
constexpr uint32_t kRegionSizes[] = {1, 8, parse_engine::kMinRegionTokens};
// Levels of item lists cut: top-level items only, and nested item containers.
constexpr uint32_t kRegionLevels[] = {1, parse_engine::kMaxRegionLevels};

TEST(ParseEngine, RegionsGoldens) {
  for (uint32_t levels : kRegionLevels) {
    for (uint32_t min_region : kRegionSizes) {
      RegionStats stats;
      for (Edition e : kEditions) {
        SourceBuffer src = GoldenInputs(e);
        ASSERT_GT(src.file_count(), 50u);
        ExpectSame(src, Via::Regions, min_region, &stats, levels);
      }
      std::printf("goldens, regions of >= %u tokens, %u levels: %u files split into %u regions (%u nested), %u "
                  "parsed whole, %u regions copied\n",
                  min_region, levels, stats.split_files, stats.regions, stats.nested, stats.whole_files, stats.copied);
      if (min_region == 1) {
        EXPECT_GT(stats.split_files, 50u);
        EXPECT_GT(stats.copied, 400u);
      }
      if (min_region == 1 && levels > 1) {
        EXPECT_GT(stats.nested, 20u);
      }
    }
  }
}

// The writing pass parsing every region again (the copy path off) gives the same trees.
TEST(ParseEngine, RegionsWithoutCopy) {
  for (uint32_t min_region : {1u, 64u}) {
    for (Edition e : kEditions) ExpectSame(GoldenInputs(e), Via::Regions, min_region, nullptr, parse_engine::kMaxRegionLevels, false);
    ExpectSame(RandomInputs(), Via::Regions, min_region, nullptr, parse_engine::kMaxRegionLevels, false);
  }
}

TEST(ParseEngine, RegionsFuzzCorpus) {
  for (uint32_t levels : kRegionLevels) {
    for (uint32_t min_region : kRegionSizes) {
      for (Edition e : kEditions) {
        SourceBuffer src = FuzzInputs(e);
        ASSERT_GT(src.file_count(), 0u);
        ExpectSame(src, Via::Regions, min_region, nullptr, levels);
      }
    }
  }
}

TEST(ParseEngine, RegionsRandom) {
  for (uint32_t levels : kRegionLevels)
    for (uint32_t min_region : kRegionSizes) ExpectSame(RandomInputs(), Via::Regions, min_region, nullptr, levels);
}

TEST(ParseEngine, RegionsDeep) {
  for (uint32_t levels : kRegionLevels)
    for (uint32_t min_region : kRegionSizes) ExpectSame(DeepInputs(), Via::Regions, min_region, nullptr, levels);
}

// Item containers of every kind, nested, with errors, depth-limit reports and inner attributes
// inside them, cut into one-token regions: every child region must be skipped by its parent and
// stitched back in place.
auto NestedInputs() -> SourceBuffer {
  SourceBuffer src;
  DiagSink diags;
  std::string deep = "fn d() { let x = " + Repeat("(", 300) + "1" + Repeat(")", 300) + "; }\n";
  std::vector<std::string> files = {
      "mod a { fn f() {} fn g() {} mod b { struct S; enum E { A } impl S { fn h(&self) {} const C: u8 = 1; } } }",
      "impl<T> X<T> for Y where T: Z { #![attr] type A = u8; fn f() -> u8 { 1 } fn g() {} }\nfn after() {}",
      "trait T { fn f(); fn g() {} type A; const C: u8; }\nextern \"C\" { fn a(); static B: u8; fn c(x: u8, ...); }",
      "unsafe impl Send for X { } pub mod m { pub(crate) mod n { use a::b; fn f() {} } fn g() {} }",
      "mod a { " + deep + "fn g() {} " + deep + "}\n" + deep + "mod b { fn h() {} " + deep + "}",
      "mod a { fn f() {} fn g( {} fn h() {} }",
      "mod a { fn f() {} ; fn g() {} struct } fn h() {}",
      "impl X { fn f() {} pub } mod m { fn f() {} #[a] }",
      "mod a { macro_rules! m { () => {} } m!{} fn f() {} } impl<const N: usize> X<{ N }> { fn f() {} fn g() {} }",
      "mod a { fn f() {} const X: u8 = { mod z { fn q() {} fn r() {} } 1 }; fn g() {} }",
      "impl dyn A for B { fn f() {} fn g() {} }",
      "mod a { fn f() {} async fn g() {} default fn h() {} union U { a: u8 } auto trait Q {} }",
      "fn f() { let a = 1; let b = 2; foo(); if x { y; z; } else { w; } loop { a; b; } x }",
      "fn f() { match x { A => 1, B => { a; b; } C => match y { D => 2, E => 3, }, _ => {} } }",
      "fn f() { m! { a; b; }; macro_rules! q { () => {}; (x) => {}; } let c = || { a; b; }; c(); }",
      "fn f() { struct S; impl S { fn g() { a; b; } } let x = S { a: { p; q } }; unsafe { a; b; } }",
      "fn f() { let x = match a { _ => { " + Repeat("(", 250) + "1" + Repeat(")", 250) + "; b; } }; y; }",
      "fn f() { a; " + Repeat("{ ", 255) + "b; c; d;" + Repeat(" }", 255) + " e; }",
      "fn f() { a; b; let x = 1 c; d; match q { A => 1 B => 2, C => 3 } e; }",
      // Array literals' elements (kListElems), and `[` groups that only look like them.
      "static X: [u8; 3] = [1, 2, 3]; const Y: &[&str] = &[\"a\", \"b\",]; type T = [u8; 4]; struct A<T = [u8; 4]>;",
      "fn f() { let a = [[1, 2], [3, [4, 5]], []]; x = [1, 2]; match q { A => [1, 2], _ => [3, 4, 5] } }",
      "fn f() { let a = [1, |a, b| a, 2, f::<A, B>(c, d), 3, S { x: 1, y: { p; q } }, || { a; b; }, 4]; }",
      "fn f() { let a = [a b, c, d]; let b = [a, b; c, d]; let c = [a,, b, c]; let d = [0; 4]; let e = [1, 2, 3; }",
      "fn f() { let x = [1, " + Repeat("(", 250) + "1" + Repeat(")", 250) + ", 2, 3]; y; }",
      "fn f() { let x = " + Repeat("[1, ", 300) + "1" + Repeat("]", 300) + "; y; }",
      "static T: [(u8, u8); 2] = [(1, 2), (3, 4)]; fn g() { let v = &[1, 2]; let w = [x[0], y[1], [z][0]]; }",
      "fn f() { macro_rules! t { ($a:ident) => {{ a; b; }}; () => { c; d; } } t!(x); if !x { a; b; } y; }",
  };
  for (size_t i = 0; i < files.size(); ++i) {
    for (Edition e : kEditions) src.AddFile("nested" + std::to_string(i) + ".rs", files[i], e, diags);
  }
  return src;
}

TEST(ParseEngine, RegionsNested) {
  for (uint32_t levels : kRegionLevels) {
    for (uint32_t min_region : kRegionSizes) {
      RegionStats stats;
      ExpectSame(NestedInputs(), Via::Regions, min_region, &stats, levels);
      if (min_region == 1 && levels > 1) {
        EXPECT_GT(stats.nested, 20u);
      }
    }
  }
}

// Several depth-limit reports in one file, in different regions: only the first is kept.
TEST(ParseEngine, RegionsKeepOneDepthReport) {
  SourceBuffer src;
  DiagSink diags;
  std::string deep = "fn f() { let x = " + Repeat("(", 300) + "1" + Repeat(")", 300) + "; }\n";
  src.AddFile("two_deep.rs", deep + "fn g() {}\n" + deep + "struct S;\n" + deep, Edition::k2021, diags);
  RegionStats stats;
  ExpectSame(src, Via::Regions, 1, &stats);
  EXPECT_EQ(stats.split_files, 1u);
}

// Step 1 in parallel form (what the CUDA backend runs) writes exactly what PrepareFile writes per
// file: token scratch, counts, delimiter records, and every region with its tree and events.
void ExpectSamePrepare(const SourceBuffer& src, uint32_t min_region, uint32_t levels) {
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  ASSERT_TRUE(EofEndsEveryFile(tokens, src.file_count()));
  HostRegions serial(src, tokens, min_region), parallel(src, tokens, min_region);
  serial.Prepare(src, tokens, min_region, levels, false);
  parallel.Prepare(src, tokens, min_region, levels, true);
  for (uint32_t f = 0; f < src.file_count(); ++f) {
    SCOPED_TRACE(src.path(FileId(f)));
    ASSERT_EQ(serial.file_ntok[f], parallel.file_ntok[f]);
    ASSERT_EQ(serial.file_quiet[f], parallel.file_quiet[f]);
    ASSERT_EQ(serial.file_delim[f], parallel.file_delim[f]);
    ASSERT_EQ(serial.file_nregions[f], parallel.file_nregions[f]);
    ASSERT_EQ(serial.file_last_top[f], parallel.file_last_top[f]);
    uint32_t at = serial.files[f].scratch;
    for (uint32_t i = at; i < at + serial.file_ntok[f]; ++i) {
      ASSERT_EQ(serial.ids[i], parallel.ids[i]) << "position " << i - at;
      ASSERT_EQ(serial.kinds[i], parallel.kinds[i]) << "position " << i - at;
    }
    for (uint32_t s = serial.files[f].slot_begin; s < serial.files[f].slot_begin + serial.file_nregions[f]; ++s) {
      ASSERT_EQ(serial.slot_file[s], parallel.slot_file[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_start[s], parallel.slot_start[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_end[s], parallel.slot_end[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_ctx[s], parallel.slot_ctx[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_depth[s], parallel.slot_depth[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_first_child[s], parallel.slot_first_child[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_next[s], parallel.slot_next[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_open_ev[s], parallel.slot_open_ev[s]) << "slot " << s;
      ASSERT_EQ(serial.slot_close_ev[s], parallel.slot_close_ev[s]) << "slot " << s;
    }
  }
}

TEST(ParseEngine, ParallelPrepareMatchesSerial) {
  // The split walk off, on for long lists (the CUDA default), and on for every list in chunks of
  // a few positions (chunks without a reset, walks past their chunk's end).
  for (CutSplit split : {CutSplit{}, CutSplit{parse_engine::kCutSplitTokens, 1024}, CutSplit{1, 3}, CutSplit{16, 8}}) {
    SCOPED_TRACE("split from " + std::to_string(split.tokens) + " in chunks of " + std::to_string(split.chunk));
    g_cut_split = split;
    for (uint32_t levels : kRegionLevels) {
      for (uint32_t min_region : kRegionSizes) {
        for (Edition e : kEditions) {
          ExpectSamePrepare(GoldenInputs(e), min_region, levels);
          ExpectSamePrepare(FuzzInputs(e), min_region, levels);
        }
        ExpectSamePrepare(RandomInputs(), min_region, levels);
        ExpectSamePrepare(DeepInputs(), min_region, levels);
        ExpectSamePrepare(NestedInputs(), min_region, levels);
      }
    }
    bool present = false;
    SourceBuffer corpus = CorpusInputs(&present);
    if (present && (split.tokens == ~0u || split.tokens == 16)) {
      for (uint32_t min_region : {parse_engine::kMinRegionTokens, 64u}) {
        ExpectSamePrepare(corpus, min_region, parse_engine::kMaxRegionLevels);
      }
    }
  }
  g_cut_split = CutSplit{};
}

// The corpus through the host protocol, with the default regions and with small ones (many
// nested cuts), at top-level only and nested. Prints the region statistics that explain the GPU
// parse time: a thread's work is its region's own tokens, so the kernel time follows the largest.
TEST(ParseEngine, RegionsCorpus) {
  bool present = false;
  SourceBuffer src = CorpusInputs(&present);
  if (!present) GTEST_SKIP() << "corpus not present (set RUSTG_CORPUS or run ./x corpus)";
  for (uint32_t levels : kRegionLevels) {
    for (uint32_t min_region : {parse_engine::kMinRegionTokens, 64u}) {
      RegionStats stats;
      ExpectSame(src, Via::Regions, min_region, &stats, levels);
      std::printf("corpus (%u files), regions of >= %u tokens, %u levels: %u files split into %u regions (%u nested), "
                  "%u parsed whole, %u regions copied; largest thread work %llu tokens, all threads %llu tokens\n",
                  src.file_count(), min_region, levels, stats.split_files, stats.regions, stats.nested,
                  stats.whole_files, stats.copied, static_cast<unsigned long long>(stats.max_own),
                  static_cast<unsigned long long>(stats.total_own));
      stats.Print("  thread work");
      EXPECT_GT(stats.split_files, 100u);
      if (levels > 1) {
        EXPECT_GT(stats.nested, 1000u);
      }
    }
  }
  // The files of the frontend benchmark, as the GPU parses them by default: its ~1 GB input is
  // these files repeated, so it has the same largest regions and ~21x the threads.
  SourceBuffer bench = CorpusInputs(&present, true);
  RegionStats stats;
  ExpectSame(bench, Via::Regions, parse_engine::kMinRegionTokens, &stats);
  std::printf("benchmark files (%u), regions of >= %u tokens: %u files split into %u regions, %u parsed whole\n",
              bench.file_count(), parse_engine::kMinRegionTokens, stats.split_files, stats.regions,
              stats.whole_files);
  stats.Print("  thread work");
}

// Not a test: the benchmark files' largest thread works under the default cut (own tokens, and
// tokens read), the measurement behind the GPU parse count kernel's time (one thread per region,
// so the longest regions bound it), and the files parsed whole after a failed region check. Run:
// RUSTG_SOURCE_DIR=$PWD build/bin/unit_tests --gtest_also_run_disabled_tests --gtest_filter='*RegionsLargest*'

TEST(ParseEngine, DISABLED_RegionsLargest) {
  bool present = false;
  SourceBuffer bench = CorpusInputs(&present, true);
  if (!present) GTEST_SKIP() << "corpus not present (set RUSTG_CORPUS or run ./x corpus)";
  RegionStats stats;
  stats.keep = 20;
  stats.walked = true;
  ExpectSame(bench, Via::Regions, parse_engine::kMinRegionTokens, &stats);
  std::printf("benchmark files (%u), regions of >= %u tokens: %u files split into %u regions, %u parsed whole after "
              "a failed region check\n",
              bench.file_count(), parse_engine::kMinRegionTokens, stats.split_files, stats.regions, stats.whole_files);
  for (const std::string& path : stats.whole) std::printf("  parsed whole: %s\n", path.c_str());
  stats.Print("  thread work");
}

// Not a test: the parallel cut's critical path on the benchmark files (the GPU's "parse prepare cut
// lists" phase: a kernel per level, each as long as its longest warp walk or its busiest warp of
// short lists, whose divergent lanes add up). Run:
// RUSTG_SOURCE_DIR=$PWD build/bin/unit_tests --gtest_also_run_disabled_tests --gtest_filter='*CutCriticalPath*'
TEST(ParseEngine, DISABLED_CutCriticalPath) {
  bool present = false;
  SourceBuffer bench = CorpusInputs(&present, true);
  if (!present) GTEST_SKIP() << "corpus not present (set RUSTG_CORPUS or run ./x corpus)";
  CutMeasure measure{&bench, {}};
  g_cut_measure = &measure;
  RegionStats stats;
  ExpectSame(bench, Via::Regions, parse_engine::kMinRegionTokens, &stats);
  g_cut_measure = nullptr;
  const std::vector<CutLevelStats>& levels = measure.levels;
  uint64_t reads = 0, warp_reads = 0, windows = 0;
  for (size_t l = 0; l < levels.size(); ++l) {
    const CutLevelStats& st = levels[l];
    std::printf("level %zu: %u long lists, %u short; longest lane walk %llu reads (%s), most in one warp %llu; longest "
                "warp walk %llu windows (%s)\n",
                l, st.long_lists, st.short_lists, static_cast<unsigned long long>(st.max_reads), st.max_reads_at.c_str(),
                static_cast<unsigned long long>(st.max_warp_reads), static_cast<unsigned long long>(st.max_windows),
                st.max_windows_at.c_str());
    reads += st.max_reads;
    warp_reads += st.max_warp_reads;
    windows += st.max_windows;
  }
  std::printf("critical path: %llu lane reads (%llu summed over the lanes of the busiest warp) + %llu warp windows "
              "over %zu levels\n",
              static_cast<unsigned long long>(reads), static_cast<unsigned long long>(warp_reads),
              static_cast<unsigned long long>(windows), levels.size());
}

TEST(ParseCuda, Goldens) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : kEditions) ExpectSame(GoldenInputs(e), Via::Cuda);
}

TEST(ParseCuda, FuzzCorpus) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : kEditions) ExpectSame(FuzzInputs(e), Via::Cuda);
}

TEST(ParseCuda, Random) {
  RUSTG_REQUIRE_CUDA();
  ExpectSame(RandomInputs(), Via::Cuda);
}

// Sets RUSTG_CUDA_PARSE_REGION (the CUDA parser's smallest region) for one scope.
class RegionSizeScope {
 public:
  explicit RegionSizeScope(uint32_t tokens) { setenv("RUSTG_CUDA_PARSE_REGION", std::to_string(tokens).c_str(), 1); }
  ~RegionSizeScope() { unsetenv("RUSTG_CUDA_PARSE_REGION"); }
};

// The cut's split walk for every list of 16 positions on, in chunks of 8 (regions.h CutSplit*;
// by default only lists of thousands of positions are split), with tiny regions.
TEST(ParseCuda, SplitCutEverywhere) {
  RUSTG_REQUIRE_CUDA();
  setenv("RUSTG_CUDA_PARSE_CUT_SPLIT", "16", 1);
  setenv("RUSTG_CUDA_PARSE_CUT_CHUNK", "8", 1);
  for (uint32_t min_region : {1u, 64u}) {
    RegionSizeScope scope(min_region);
    for (Edition e : kEditions) ExpectSame(GoldenInputs(e), Via::Cuda);
    ExpectSame(FuzzInputs(Edition::k2021), Via::Cuda);
    ExpectSame(RandomInputs(), Via::Cuda);
    ExpectSame(NestedInputs(), Via::Cuda);
  }
  unsetenv("RUSTG_CUDA_PARSE_CUT_SPLIT");
  unsetenv("RUSTG_CUDA_PARSE_CUT_CHUNK");
}

// Tiny regions: many regions of one file run side by side and share its scratch.
TEST(ParseCuda, SmallRegions) {
  RUSTG_REQUIRE_CUDA();
  for (uint32_t min_region : {1u, 8u, 64u}) {
    RegionSizeScope scope(min_region);
    for (Edition e : kEditions) ExpectSame(GoldenInputs(e), Via::Cuda);
    ExpectSame(FuzzInputs(Edition::k2021), Via::Cuda);
    ExpectSame(RandomInputs(), Via::Cuda);
    ExpectSame(DeepInputs(), Via::Cuda);
    ExpectSame(NestedInputs(), Via::Cuda);
  }
}

TEST(ParseCuda, DeepNestingFitsTheDeviceStack) {
  RUSTG_REQUIRE_CUDA();
  ExpectSame(DeepInputs(), Via::Cuda);
}

TEST(ParseCuda, Corpus) {
  RUSTG_REQUIRE_CUDA();
  bool present = false;
  SourceBuffer src = CorpusInputs(&present);
  if (!present) GTEST_SKIP() << "corpus not present (set RUSTG_CORPUS or run ./x corpus)";
  ExpectSame(src, Via::Cuda);
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  // Wall times for information (the CUDA runtime is initialized by now).
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  auto time = [](auto&& f) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  for (int i = 0; i < 3; ++i) {
    DiagSink d1, d2;
    std::string error;
    double cpu_ms = time([&] { Parse(src, tokens, PassOptions{Backend::Cpu, 0}, d1); });
    double gpu_ms = time([&] { ParseCuda(src, tokens, d2, nullptr, &error); });
    std::printf("corpus: %u files, %u tokens: parse CPU (all threads) %.1f ms, CUDA %.1f ms\n", src.file_count(),
                tokens.size(), cpu_ms, gpu_ms);
  }
#endif
}

// Without a device, Parse with the CUDA backend warns and returns the CPU result.
// Lex and parse both on the GPU: the parser takes the lexer's device tokens (no upload) and must
// give the CPU tree; the same tokens parsed again (nothing kept by then) are uploaded and give it
// again. Tokens the lexer did not return (a copy) are never taken.
void ExpectSameAfterCudaLex(const SourceBuffer& src) {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  DiagSink cpu_lex_diags, cpu_diags;
  TokenBuffer cpu_tokens = Lex(src, PassOptions{Backend::Cpu, 0}, cpu_lex_diags);
  Tree cpu = Parse(src, cpu_tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
  DiagSink gpu_lex_diags;
  std::string error;
  std::optional<TokenBuffer> tokens = LexCuda(src, gpu_lex_diags, nullptr, &error);
  ASSERT_TRUE(tokens.has_value()) << error;
  EXPECT_NE(tokens->device_tag, 0u);
  TokenBuffer copy = *tokens;
  for (int round = 0; round < 2; ++round) {
    DiagSink gpu_diags;
    std::optional<Tree> gpu = ParseCuda(src, round == 0 ? *tokens : copy, gpu_diags, nullptr, &error);
    ASSERT_TRUE(gpu.has_value()) << error;
    ExpectSameTree(cpu, *gpu, src);
    EXPECT_EQ(Rendered(cpu_diags, src), Rendered(gpu_diags, src));
  }
  DiagSink again_diags;
  std::optional<Tree> again = ParseCuda(src, *tokens, again_diags, nullptr, &error);
  ASSERT_TRUE(again.has_value()) << error;
  ExpectSameTree(cpu, *again, src);
#else
  (void)src;
  GTEST_SKIP() << "CUDA backend not built";
#endif
}

TEST(ParseCuda, AfterCudaLex) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : kEditions) ExpectSameAfterCudaLex(GoldenInputs(e));
  ExpectSameAfterCudaLex(DeepInputs());
  bool present = false;
  SourceBuffer corpus = CorpusInputs(&present);
  if (present) ExpectSameAfterCudaLex(corpus);
}

// The fused path (LexParseCuda: tokens stay on the device, their download overlaps the parse)
// gives the CPU backend's tokens, tree and diagnostics (the lexer's, then the parser's).
void ExpectSameFused(const SourceBuffer& src) {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  DiagSink cpu_diags;
  TokenBuffer cpu_tokens = Lex(src, PassOptions{Backend::Cpu, 0}, cpu_diags);
  Tree cpu = Parse(src, cpu_tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
  DiagSink gpu_diags;
  std::string error;
  auto both = LexParseCuda(src, gpu_diags, nullptr, &error);
  ASSERT_TRUE(both.has_value()) << error;
  EXPECT_EQ(both->first.file_first_token, cpu_tokens.file_first_token);
  EXPECT_TRUE(both->first.kind == cpu_tokens.kind) << "token kinds differ";
  EXPECT_TRUE(both->first.start == cpu_tokens.start) << "token starts differ";
  ExpectSameTree(cpu, both->second, src);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(gpu_diags, src));
  // Through the pass interface too (what the driver calls for --device=gpu).
  DiagSink api_diags;
  TokenBuffer api_tokens;
  Tree api = LexAndParse(src, PassOptions{Backend::Cuda, 0}, api_diags, api_tokens);
  EXPECT_TRUE(api_tokens.kind == cpu_tokens.kind && api_tokens.start == cpu_tokens.start);
  ExpectSameTree(cpu, api, src);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(api_diags, src));
#else
  (void)src;
  GTEST_SKIP() << "CUDA backend not built";
#endif
}

TEST(ParseCuda, FusedLexParse) {
  RUSTG_REQUIRE_CUDA();
  for (Edition e : kEditions) {
    ExpectSameFused(GoldenInputs(e));
    ExpectSameFused(FuzzInputs(e));
  }
  ExpectSameFused(RandomInputs());
  ExpectSameFused(DeepInputs());
  ExpectSameFused(NestedInputs());
  bool present = false;
  SourceBuffer corpus = CorpusInputs(&present);
  if (present) ExpectSameFused(corpus);
}

// LexAndParse on the CPU backend is Lex then Parse (no device needed).
TEST(ParseCuda, LexAndParseOnTheCpu) {
  SourceBuffer src = GoldenInputs(Edition::k2021);
  DiagSink a, b;
  TokenBuffer t1 = Lex(src, PassOptions{Backend::Cpu, 0}, a);
  Tree cpu = Parse(src, t1, PassOptions{Backend::Cpu, 0}, a);
  TokenBuffer t2;
  Tree both = LexAndParse(src, PassOptions{Backend::Cpu, 0}, b, t2);
  EXPECT_TRUE(t1.kind == t2.kind && t1.start == t2.start && t1.file_first_token == t2.file_first_token);
  ExpectSameTree(cpu, both, src);
  EXPECT_EQ(Rendered(a, src), Rendered(b, src));
}

// RUSTG_CUDA_PARSE_PREPARE=serial (one thread per file for step 1) gives the same trees.
TEST(ParseCuda, SerialPrepare) {
  RUSTG_REQUIRE_CUDA();
  setenv("RUSTG_CUDA_PARSE_PREPARE", "serial", 1);
  for (Edition e : kEditions) ExpectSame(GoldenInputs(e), Via::Cuda);
  ExpectSame(DeepInputs(), Via::Cuda);
  unsetenv("RUSTG_CUDA_PARSE_PREPARE");
}

TEST(ParseCuda, FallsBackWithoutDevice) {
  if (CudaDeviceAvailable()) GTEST_SKIP() << "a CUDA device is present";
  SourceBuffer src = GoldenInputs(Edition::k2021);
  DiagSink lex_diags;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 0}, lex_diags);
  DiagSink cpu_diags, cuda_diags;
  Tree cpu = Parse(src, tokens, PassOptions{Backend::Cpu, 0}, cpu_diags);
  Tree cuda = Parse(src, tokens, PassOptions{Backend::Cuda, 0}, cuda_diags);
  ExpectSameTree(cpu, cuda, src);
  EXPECT_EQ(Rendered(cpu_diags, src), Rendered(cuda_diags, src));
}

}  // namespace
}  // namespace rustg
