// The CUDA parser: the shared parser engine (parse/engine/parser.h), region-parallel.
//
// All files go up in one upload (source bytes, token kinds and starts, through the pinned staging
// buffers), or none when the tokens are the CUDA lexer's (it leaves its device copies for the
// parser). The kernels run the region protocol of parse/engine/regions.h: read the tokens and
// check delimiters with scans and a sort over all tokens of all files, then per file cut the file
// at element boundaries: top level, item
// containers (mod/impl/trait/extern lists), blocks and matches, into nested regions >= kMinRegionTokens tokens
// apart; one thread per region parses its own tokens with a counting sink, skipping its children;
// per file, check that the regions join up exactly (else the file is parsed whole by one thread);
// a CUB exclusive scan over the per-event node and record counts (events: the regions' pieces in
// output order) places them; the nodes the counting pass stored are copied into the final
// postorder arrays (a warp per region), and only regions it could not store (overflow, records,
// files parsed whole) are parsed again with a writing sink. So the result is the CPU backend's Tree
// node for node, and the records are rendered on the host by the CPU backend's renderer.
//
// The engine is recursive with a depth limit (kMaxDepth = 256 nesting levels); the device stack
// must hold the deepest chain of frames that limit allows. See kParseStackBytes.
#include "parse/cuda/parse_cuda.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <cub/device/device_radix_sort.cuh>
#include <cub/device/device_scan.cuh>
#include <cub/device/device_select.cuh>
#include <thrust/iterator/counting_iterator.h>
#include <cuda_runtime.h>
#include <sys/resource.h>

#include "base/cuda/device_buffers.h"
#include "base/cuda/transfer.h"
#include "base/huge_pages.h"

#include "lex/cuda/lex_cuda.h"
#include "parse/engine/parser.h"
#include "parse/engine/regions.h"
#include "parse/gpu_schedule.h"
#include "parse/render_diag.h"

namespace rustg {
namespace {

constexpr uint32_t kBlock = 64;

// The parse kernels' queue: items of the slots sorted longest first, each a run of at most 32
// sorted positions (one per lane) that a warp takes at a time (parse/gpu_schedule.h
// GpuParseItemWork). The kernels run a warp per resident slot, each taking items until none are
// left: the longest regions start first, and a warp that drew short ones takes more.
// One item's run in a profiled count kernel (RUSTG_CUDA_PARSE_PROF): %globaltimer before and after
// it, and the warp that ran it.
struct ItemProf {
  unsigned long long t0, t1;
  uint32_t sm, warp;
};

struct ParseQueue {
  const uint32_t* order;       // slots, longest first
  const uint32_t* item_start;  // each item's first sorted position
  const uint32_t* n_items;
  uint32_t n_slots;
  uint32_t* next;            // the next item to take; 0 before the kernel
  ItemProf* prof = nullptr;  // per item, when profiling
};

__device__ inline auto GlobalTimer() -> unsigned long long {
  unsigned long long t;
  asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t));
  return t;
}

__device__ inline auto SmId() -> uint32_t {
  uint32_t sm;
  asm volatile("mov.u32 %0, %%smid;" : "=r"(sm));
  return sm;
}

// Calls f(slot) for the slots of the items this warp takes, one per lane. Every lane of the warp
// must call it.
template <class F>
__device__ void ForEachQueuedSlot(const ParseQueue& q, F&& f) {
  const uint32_t lane = threadIdx.x % 32, n = *q.n_items;
  while (true) {
    uint32_t k = 0;
    if (lane == 0) k = atomicAdd(q.next, 1u);
    k = __shfl_sync(~0u, k, 0);
    if (k >= n) return;
    uint32_t b = q.item_start[k], e = k + 1 < n ? q.item_start[k + 1] : q.n_slots;
    unsigned long long t0 = q.prof != nullptr ? GlobalTimer() : 0;
    if (b + lane < e) f(q.order[b + lane]);
    if (q.prof != nullptr) {
      __syncwarp();
      if (lane == 0)
        q.prof[k] = ItemProf{t0, GlobalTimer(), SmId(), (blockIdx.x * blockDim.x + threadIdx.x) / 32};
    }
  }
}

// Device stack per thread for the parse kernels. ptxas (-Xptxas -v, sm_90, Release) reports frames
// of 8 to 128 bytes for the engine's functions (ParseTypeInner 128, ParseBinaryTail 88,
// ParsePrimary and ParseMatch 72, ParseExprBpInner and ParseUnary 56, ParseExprBp 32). The longest
// chain between two depth-limit levels read off the grammar, e.g. ParseExprBp -> ParseExprBpInner ->
// ParseUnary -> ParsePrimary -> ParseParenOrTuple -> ParseExpr -> ParseExprBp (or through
// ParseMatch, ParseClosure, or a fn-pointer type's parameters), is about 290 bytes, so 256 levels
// take about 75 KiB plus the outer frames; 160 KiB leaves twice that. ParseCuda.DeepNestingFitsTheDeviceStack runs every recursive construct at and past the
// limit on the device. The driver reserves this for every resident thread (132 SMs x 2048 threads
// x 160 KiB = 43 GB on an H100) from the first parse on: StackLimit keeps it for the process, since
// setting it back after each parse cost 31-45 ms of host time per call on the H200 (and setting it
// again 2-9 ms), outside every kernel phase. RUSTG_CUDA_PARSE_STACK_RESTORE=1 restores it after each
// parse (the behaviour before, for comparison).
// RUSTG_CUDA_PARSE_STACK overrides it.
constexpr size_t kParseStackBytes = 160 * 1024;

__global__ void PrepareKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, uint32_t n_files,
                              uint32_t min_region, uint32_t levels) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f < n_files) parse_engine::PrepareFile(in, a, f, min_region, levels);
}

// The parallel step 1 (regions.h P1-P6), one kernel per step.
__global__ void PrepFileStartKernel(parse_engine::RegionArrays a, parse_engine::PrepArrays p, uint32_t n_files) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f < n_files) parse_engine::PrepFileStart(a, p, f);
}

// The per-element kernels of step 1 and of the cut (one load and a few stores an element) run as
// grid-stride loops over `n` elements: launched with WideLaunch, a few hundred blocks of 256
// threads each take many elements, instead of one 64-thread block per 64 elements (the launch
// before, RUSTG_CUDA_PARSE_WIDE=off; millions of tiny blocks at 1 GB, about an eighth of the
// memory bandwidth in an ncu profile). H200, 1 GB: prepare scans 5.4 -> 4.4 ms, the whole cut
// 23.9 -> about 21, of which placing (C4-C7) is now 2.8; the rest is the list walks (14-18 ms at
// every input size: latency of the longest walks, not bandwidth).
#define RUSTG_FOR_EACH(i, n) \
  for (uint64_t i = blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += static_cast<uint64_t>(gridDim.x) * blockDim.x)

__global__ void PrepTokenFlagsKernel(parse_engine::TokenView in, parse_engine::PrepArrays p, uint32_t n_tokens) {
  RUSTG_FOR_EACH(t, n_tokens) parse_engine::PrepTokenFlags(in, p, static_cast<uint32_t>(t));
  // The extra entries make the exclusive scans' last entries the totals.
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    p.keep_off[n_tokens] = 0;
    p.delim_off[n_tokens] = 0;
    p.brace_off[n_tokens] = 0;
  }
}

__global__ void PrepCompactKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, parse_engine::PrepArrays p,
                                  uint32_t n_tokens) {
  RUSTG_FOR_EACH(t, n_tokens) parse_engine::PrepCompact(in, a, p, static_cast<uint32_t>(t));
}

__global__ void PrepPairKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, parse_engine::PrepArrays p,
                               uint32_t n_delims) {
  RUSTG_FOR_EACH(d, n_delims) parse_engine::PrepPair(in, a, p, static_cast<uint32_t>(d), n_delims);
}

// One warp per file (lane 0), so a large file's walk does not add up with its neighbours'.
__global__ void PrepCutKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, parse_engine::PrepArrays p,
                              uint32_t n_files, uint32_t min_region, uint32_t levels) {
  uint32_t g = blockIdx.x * blockDim.x + threadIdx.x;
  if (g % 32 == 0 && g / 32 < n_files) parse_engine::PrepareFileCut(in, a, p, g / 32, min_region, levels);
}

// The parallel cut (regions.h C1-C8), one kernel per step.
__global__ void PrepFileInfoKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, parse_engine::PrepArrays p,
                                   parse_engine::CutArrays c, uint32_t n_files) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f >= n_files) return;
  parse_engine::PrepFileInfo(in, a, p, f);
  parse_engine::CutTopItem(a, c, f);
}

// The lists of one level: the long ones (front of `items`) a warp each (its lanes walk the list in
// step through windows of 32 positions, or 256 with `wide`, lane 0 writes: regions.h
// CutWindowReaderOf), the short ones (back) a lane each; the lists they enter go on c's queue.
// `lane_walk` and `wide` (measurements): lane 0 of the long lists' warps walks alone, a load per
// read, as the short lists' lanes do; the wide windows.
__global__ void CutListKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c, const parse_engine::CutItem* items,
                              uint32_t cap, uint32_t n_long, uint32_t n_short, uint32_t min_region, uint32_t levels,
                              bool lane_walk, bool wide) {
  uint32_t g = blockIdx.x * blockDim.x + threadIdx.x;
  if (g < 32 * n_long) {
    const parse_engine::CutItem& it = items[g / 32];
    if (lane_walk) {
      if (g % 32 == 0) parse_engine::CutList(a, c, it, min_region, levels);
    } else if (wide) {
      parse_engine::CutList(a, c, it, min_region, levels, parse_engine::CutWideWindowReader{}, g % 32 == 0);
    } else {
      parse_engine::CutList(a, c, it, min_region, levels, parse_engine::CutWindowReader{}, g % 32 == 0);
    }
    return;
  }
  uint32_t j = g - 32 * n_long;
  if (j < n_short) parse_engine::CutList(a, c, items[cap - 1 - j], min_region, levels);
}

// The split walk of long lists (regions.h CutChunkFrom .. CutChunkPush): `first` numbers the
// chunks of the level's split lists `items` (an exclusive scan of their chunk counts; n + 1
// entries), `n_chunks` is its total.
__global__ void CutSplitChunksKernel(parse_engine::CutArrays c, const parse_engine::CutItem* items, uint32_t n,
                                     uint32_t* first) {
  uint32_t j = blockIdx.x * blockDim.x + threadIdx.x;
  if (j <= n) first[j] = j < n ? parse_engine::CutChunks(c, items[j]) : 0;
}

// The split list holding chunk g (of first[0 .. n], ascending).
__device__ inline auto SplitListOf(const uint32_t* first, uint32_t n, uint32_t g) -> uint32_t {
  uint32_t lo = 0, hi = n;  // first[lo] <= g < first[hi]
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (first[mid] <= g) lo = mid;
    else hi = mid;
  }
  return lo;
}

// A warp per chunk: its first reset, 32 positions a ballot.
__global__ void CutSplitFromKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c,
                                   const parse_engine::CutItem* items, uint32_t n, const uint32_t* first,
                                   uint32_t n_chunks) {
  uint32_t g = (blockIdx.x * blockDim.x + threadIdx.x) / 32, lane = threadIdx.x % 32;
  if (g >= n_chunks) return;
  uint32_t j = SplitListOf(first, n, g), local = g - first[j];
  const parse_engine::CutItem it = items[j];
  if (local == 0) {
    if (lane == 0) c.chunk_from[g] = parse_engine::CutListBegin(it);
    return;
  }
  uint32_t hi = parse_engine::CutChunkHi(c, it, local);
  for (uint32_t x0 = parse_engine::CutChunkLo(c, it, local); x0 < hi; x0 += 32) {
    uint32_t x = x0 + lane;
    uint32_t mask = __ballot_sync(~0u, x < hi && parse_engine::CutResetAt(a, c, it, x));
    if (mask != 0) {
      if (lane == 0) c.chunk_from[g] = x0 + static_cast<uint32_t>(__ffs(mask) - 1);
      return;
    }
  }
  if (lane == 0) c.chunk_from[g] = ~0u;
}

// A thread per chunk: its walk's candidates, or (`push`, after the selects) the lists it enters,
// queued with their owners.
__global__ void CutSplitWalkKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c,
                                   const parse_engine::CutItem* items, uint32_t n, const uint32_t* first,
                                   uint32_t n_chunks, uint32_t levels, bool push) {
  uint32_t g = blockIdx.x * blockDim.x + threadIdx.x;
  if (g >= n_chunks) return;
  uint32_t j = SplitListOf(first, n, g), from = c.chunk_from[g];
  if (push) {
    if (from != ~0u) parse_engine::CutChunkPush(a, c, items[j], g - first[j], g, from, levels);
  } else {
    c.chunk_count[g] = from == ~0u ? 0 : parse_engine::CutChunkWalk(a, c, items[j], g - first[j], from, levels);
  }
}

// A warp per split list: regions.h CutSplitSelect, 32 candidates a load, a ballot per cut.
__global__ void CutSplitSelectKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c,
                                     const parse_engine::CutItem* items, uint32_t n, const uint32_t* first,
                                     uint32_t min_region) {
  uint32_t j = (blockIdx.x * blockDim.x + threadIdx.x) / 32, lane = threadIdx.x % 32;
  if (j >= n) return;
  const parse_engine::CutItem it = items[j];
  const parse_engine::RegionFile fi = a.files[it.file];
  bool top = it.level == 0;
  uint32_t last_cut = top ? 0 : it.open, open_child = top ? 0 : ~0u;
  if (lane == 0) parse_engine::CutMarkListStart(c, fi, it);
  for (uint32_t g = first[j], end = first[j + 1]; g < end; ++g) {
    if (lane == 0) c.chunk_open[g] = open_child;
    const uint32_t count = c.chunk_count[g];
    const uint32_t* cand = c.cand + fi.scratch + parse_engine::CutChunkLo(c, it, g - first[j]);
    for (uint32_t b = 0; b < count; b += 32) {
      bool in = b + lane < count;
      uint32_t v = in ? cand[b + lane] : 0;
      for (;;) {
        // Candidates ascend: those after the last cut are at least one position past it.
        uint32_t mask = __ballot_sync(~0u, in && v + 1 - last_cut >= min_region);
        if (mask == 0) break;
        uint32_t f = static_cast<uint32_t>(__ffs(mask) - 1);
        uint32_t i = __shfl_sync(~0u, v, static_cast<int>(f));
        if (lane == 0) parse_engine::CutMarkRegion(c, fi, it, i, open_child);
        last_cut = open_child = i + 1;
        in = in && lane > f;
      }
    }
  }
  if (lane == 0) parse_engine::CutMarkListEnd(c, fi, it, open_child);
}

__global__ void CutMarkCountsKernel(parse_engine::CutArrays c, uint32_t len) {
  RUSTG_FOR_EACH(x, static_cast<uint64_t>(len) + 1) parse_engine::CutMarkCounts(c, static_cast<uint32_t>(x), len);
}

__global__ void CutFileTotalsKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c, uint32_t n_files) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f < n_files) parse_engine::CutFileTotals(a, c, f);
}

__global__ void CutPlaceKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c, uint32_t n_files, uint32_t len) {
  RUSTG_FOR_EACH(x, len) parse_engine::CutPlace(a, c, n_files, static_cast<uint32_t>(x));
}

__global__ void CutLinkKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c, uint32_t n_slots) {
  RUSTG_FOR_EACH(s, n_slots) parse_engine::CutLink(a, c, static_cast<uint32_t>(s));
}

// One warp per file (lane 0), like PrepCutKernel: only files whose regions did not fit their slots.
__global__ void CutSerialKernel(parse_engine::RegionArrays a, parse_engine::CutArrays c, uint32_t n_files,
                                uint32_t min_region, uint32_t levels) {
  uint32_t g = blockIdx.x * blockDim.x + threadIdx.x;
  if (g % 32 == 0 && g / 32 < n_files) parse_engine::CutSerial(a, c, g / 32, min_region, levels);
}

// A field of a sort key: v capped to `bits` bits, at `shift` (0 bits: 0).
__device__ inline auto KeyField(uint32_t v, uint32_t shift, uint32_t bits) -> uint32_t {
  if (bits == 0) return 0;
  uint32_t cap = bits >= 32 ? ~0u : (1u << bits) - 1;
  return min(v, cap) << shift;
}

// Per slot: the tokens its thread parses (its own, without its children's; 0 when unused), and
// the key that orders the slots for the parse kernels (descending), laid out as `order` says
// (parse/gpu_schedule.h GpuParseOrderKey).
// With `store_cap` (the copy path): its stored-node and stored-record capacities and its
// children's running-count entries (children + 1; 0 when unused), scanned into places next.
__global__ void WorkKernel(parse_engine::RegionArrays a, uint32_t n_slots, GpuParseOrderKey order, uint32_t* work,
                           uint32_t* key, uint32_t* slot, uint32_t* store_cap, uint32_t* record_cap,
                           uint32_t* child_entries) {
  uint32_t s = blockIdx.x * blockDim.x + threadIdx.x;
  if (store_cap != nullptr && s == n_slots) {
    // The extra entries make the exclusive scans' last entries the totals.
    store_cap[s] = 0;
    record_cap[s] = 0;
    child_entries[s] = 0;
  }
  if (s >= n_slots) return;
  uint32_t own = 0, children = 0;
  parse_engine::SlotWork(a, s, &own, &children);
  work[s] = own;
  uint32_t k = 0;
  if (own != 0) {
    uint32_t size_class = max(32u - __clz(own), static_cast<uint32_t>(order.class_floor));  // 1 .. 25
    k = KeyField(size_class, order.class_shift, order.class_bits) |
        KeyField(a.slot_ctx[s] & 15u, order.list_shift, order.list_bits);
    // A file hash (multiplicative, top bits) in place of the own tokens: measurements only.
    uint32_t low = order.own_is_file_hash ? (a.slot_file[s] * 2654435761u) >> (32 - order.own_bits) : own;
    k |= KeyField(low, order.own_shift, order.own_bits);
    if (order.head_bits != 0)
      k |= KeyField(static_cast<uint32_t>(parse_engine::SlotHeadKind(a, s, order.head_skip)), order.head_shift,
                    order.head_bits);
  }
  key[s] = k;
  slot[s] = s;
  if (store_cap != nullptr) {
    store_cap[s] = parse_engine::StoreCapacity(own, children);
    record_cap[s] = parse_engine::RecordCapacity(own);
    child_entries[s] = a.slot_file[s] != ~0u ? children + 1 : 0;
  }
}

// Per slot (a warp each): the sort key, WorkKernel's 32-bit key above the slot's shape
// (parse/engine/regions.h SlotShapePart), or above 0 without `shapes`; unused slots 0.
__global__ void ShapeKeyKernel(parse_engine::RegionArrays a, uint32_t n_slots, const uint32_t* key, bool shapes,
                               unsigned long long* key64) {
  const uint32_t lane = threadIdx.x % 32, warps = gridDim.x * blockDim.x / 32;
  for (uint32_t s = (blockIdx.x * blockDim.x + threadIdx.x) / 32; s < n_slots; s += warps) {
    uint32_t k = key[s], h = shapes && k != 0 ? parse_engine::SlotShapePart(a, s, lane, 32) : 0;
    for (int o = 16; o > 0; o /= 2) h += __shfl_xor_sync(~0u, h, o);
    if (lane == 0)
      key64[s] = static_cast<unsigned long long>(k) << 32 | (shapes && k != 0 ? parse_engine::SlotShapeFinish(a, s, h) : 0);
  }
}

// The queue's work of the slots in sorted order (the scan's input), and 0 after the last. A run of
// equal sort keys counts once, at its last position: such regions have one shape (the same list,
// head token kind, own tokens and token kinds throughout), which a warp's lanes parse in step:
// copies of a file (the benchmark's repeated corpus), generated code.
__global__ void SortedWorkKernel(const uint32_t* work, const uint32_t* order, const unsigned long long* key_sorted,
                                 uint32_t n_slots, uint32_t* sorted) {
  uint32_t r = blockIdx.x * blockDim.x + threadIdx.x;
  if (r < n_slots) sorted[r] = r + 1 < n_slots && key_sorted[r + 1] == key_sorted[r] ? 0 : work[order[r]];
  if (r == n_slots) sorted[r] = 0;
}

// Where the queue's items start: the sorted positions fall into runs by the running work before
// them (`before`, an exclusive scan) divided by `item_work`, and each run into items of 32.
__global__ void ItemStartKernel(const uint32_t* before, uint32_t n_slots, uint32_t item_work, uint8_t* starts) {
  uint32_t r = blockIdx.x * blockDim.x + threadIdx.x;
  if (r >= n_slots) return;
  // The run's first position: the first whose work before reaches the run's (`before` never falls).
  uint32_t run = before[r] / item_work, lo = 0, hi = r;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (before[mid] / item_work >= run) hi = mid;
    else lo = mid + 1;
  }
  starts[r] = (r - lo) % 32 == 0;
}

// A register cap for the count kernel, for measurements only: built with
// -DRUSTG_PARSE_COUNT_MIN_BLOCKS=N, ptxas fits N blocks of kBlock threads on a multiprocessor.
#ifdef RUSTG_PARSE_COUNT_MIN_BLOCKS
#define RUSTG_COUNT_BOUNDS __launch_bounds__(64, RUSTG_PARSE_COUNT_MIN_BLOCKS)
#else
#define RUSTG_COUNT_BOUNDS
#endif
static_assert(kBlock == 64, "RUSTG_COUNT_BOUNDS names the block size");

__global__ void RUSTG_COUNT_BOUNDS CountKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, uint32_t n_slots,
                            ParseQueue q, parse_engine::RegionCopy copy, bool use_copy) {
  // The extra event makes the exclusive scans' last entries the totals.
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    a.ev_nodes[2 * n_slots] = 0;
    a.ev_diags[2 * n_slots] = 0;
  }
  ForEachQueuedSlot(q, [&](uint32_t s) { parse_engine::CountRegion(in, a, s, use_copy ? &copy : nullptr); });
}

// One warp per file (lane 0): a file parsed whole here after a failed region check must not share
// its warp's time with other files.
__global__ void ResolveKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, uint32_t n_files) {
  uint32_t g = blockIdx.x * blockDim.x + threadIdx.x;
  if (g % 32 == 0 && g / 32 < n_files) parse_engine::ResolveFile(in, a, g / 32);
}

__global__ void WriteKernel(parse_engine::TokenView in, parse_engine::RegionArrays a, ParseQueue q,
                            const uint32_t* node_off, const uint32_t* diag_off, NodeKind* kind, TokenId* token,
                            uint32_t* size, ParseDiagRecord* records, const uint8_t* copied) {
  ForEachQueuedSlot(q, [&](uint32_t s) {
    parse_engine::WriteRegion(in, a, s, node_off, diag_off, kind, token, size, records, copied);
  });
}

// The copy path after the scans: per slot, its children's running node counts.
__global__ void PrefixKernel(parse_engine::RegionArrays a, parse_engine::RegionCopy copy, uint32_t n_slots,
                             const uint32_t* node_off, const uint32_t* diag_off) {
  uint32_t s = blockIdx.x * blockDim.x + threadIdx.x;
  if (s < n_slots) parse_engine::PrefixChildren(a, copy, s, node_off, diag_off);
}

// The copy path: a warp per slot, its lanes over the slot's stored nodes (reads coalesced).
__global__ void CopyKernel(parse_engine::RegionArrays a, parse_engine::RegionCopy copy, uint32_t n_slots,
                           const uint32_t* node_off, const uint32_t* diag_off, NodeKind* kind, TokenId* token,
                           uint32_t* size, ParseDiagRecord* records) {
  uint32_t g = blockIdx.x * blockDim.x + threadIdx.x;
  uint32_t s = g / 32, lane = g % 32;
  if (s >= n_slots || a.slot_file[s] == ~0u || !copy.copied[s]) return;
  uint32_t n = max(max(copy.store_count[s], copy.store_diags[s]), 1u);
  for (uint32_t i = lane; i < n; i += 32)
    parse_engine::CopyRegion(a, copy, s, i, node_off, diag_off, kind, token, size, records);
}

// Per file and for the end (f = n_files): its first node and first record, so the host downloads
// n_files + 1 offsets instead of one per event.
__global__ void FileOffsetsKernel(const parse_engine::RegionFile* files, uint32_t n_files, uint32_t n_events,
                                  const uint32_t* node_off, const uint32_t* diag_off, uint32_t* file_node,
                                  uint32_t* file_diag) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f > n_files) return;
  uint32_t e = f < n_files ? 2 * files[f].slot_begin : n_events;
  file_node[f] = node_off[e];
  file_diag[f] = diag_off[e];
}

// The device's resident warps for the parse kernels (their occupancy on every multiprocessor),
// measured once per process.
auto ResidentParseWarps() -> uint32_t {
  static const uint32_t warps = [] {
    int dev = 0, sms = 0, blocks = 0;
    if (cudaGetDevice(&dev) != cudaSuccess || cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, dev) != cudaSuccess ||
        cudaOccupancyMaxActiveBlocksPerMultiprocessor(&blocks, CountKernel, kBlock, 0) != cudaSuccess) {
      cudaGetLastError();
      return 0u;
    }
    return static_cast<uint32_t>(sms) * static_cast<uint32_t>(blocks) * (kBlock / 32);
  }();
  return warps;
}

auto Blocks(uint32_t n) -> uint32_t { return (n + kBlock - 1) / kBlock; }

// The launch of a grid-stride kernel (RUSTG_FOR_EACH) over n elements: 256-thread blocks, at most
// four waves of the device's resident blocks, so each thread takes n / (threads in the grid)
// elements; without GpuParseWideLaunch(), one kBlock-thread block per kBlock elements.
struct Launch {
  uint32_t blocks, threads;
};
auto WideLaunch(uint64_t n) -> Launch {
  static const uint32_t max_blocks = [] {
    if (!GpuParseWideLaunch()) return 0u;
    int dev = 0, sms = 0;
    if (cudaGetDevice(&dev) != cudaSuccess || cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, dev) != cudaSuccess) {
      cudaGetLastError();
      sms = 132;
    }
    return static_cast<uint32_t>(sms) * (2048 / 256) * 4;
  }();
  n = std::max<uint64_t>(n, 1);
  if (max_blocks == 0) return {static_cast<uint32_t>((n + kBlock - 1) / kBlock), kBlock};
  return {static_cast<uint32_t>(std::min<uint64_t>((n + 255) / 256, max_blocks)), 256};
}

// Waits for the work queued on the default stream through an event. A synchronous cudaMemcpy that
// waits for kernels inside the driver held up the fused lex+parse's token download (its own stream
// and host thread) for as long: on the H200 it ran after the parse kernels instead of during them.
auto WaitDefaultStream() -> cudaError_t {
  cudaEvent_t done;
  if (cudaError_t e = cudaEventCreateWithFlags(&done, cudaEventDisableTiming); e != cudaSuccess) return e;
  cudaError_t e = cudaEventRecord(done, 0);
  if (e == cudaSuccess) e = cudaEventSynchronize(done);
  cudaEventDestroy(done);
  return e;
}

// Step 1 on the device in its parallel form (regions.h P1-P6): scans and a sort over all tokens
// and delimiters of the build instead of one thread walking each file.
auto PrepareParallel(const parse_engine::TokenView& in, const parse_engine::RegionArrays& a, uint32_t n_files,
                     uint32_t n_tokens, uint32_t n_slots, uint32_t min_region, uint32_t levels, DeviceBuffers& mem,
                     PhaseTimer& timer) -> cudaError_t {
#define RUSTG_TRY(call)                   \
  do {                                    \
    cudaError_t e_ = (call);              \
    if (e_ != cudaSuccess) return e_;     \
  } while (0)
  parse_engine::PrepArrays p{};
  RUSTG_TRY(mem.Alloc(n_tokens, &p.file_of));
  RUSTG_TRY(mem.Alloc(n_tokens + 1, &p.keep_off));
  RUSTG_TRY(mem.Alloc(n_tokens, &p.depth));
  RUSTG_TRY(mem.Alloc(n_tokens + 1, &p.delim_off));
  RUSTG_TRY(mem.Alloc(n_tokens + 1, &p.brace_off));
  RUSTG_TRY(mem.Alloc(n_files, &p.file_bad));
  // The split walk's depths, unless it is off (RUSTG_CUDA_PARSE_CUT_SPLIT=off).
  const uint32_t split_tokens = GpuParseCutSplitTokens();
  if (split_tokens != ~0u) RUSTG_TRY(mem.Alloc(static_cast<size_t>(n_tokens) + 2 * n_files, &p.kept_depth));
  timer.Begin("parse prepare scans");
  RUSTG_TRY(cudaMemsetAsync(p.file_of, 0, n_tokens * sizeof(uint32_t)));
  RUSTG_TRY(cudaMemsetAsync(p.file_bad, 0, n_files));
  PrepFileStartKernel<<<Blocks(n_files), kBlock>>>(a, p, n_files);
  RUSTG_TRY(cudaGetLastError());
  Launch w = WideLaunch(n_tokens);
  PrepTokenFlagsKernel<<<w.blocks, w.threads>>>(in, p, n_tokens);
  RUSTG_TRY(cudaGetLastError());
  // In-place scans (CUB allows input == output).
  size_t temp_bytes = 0, t1 = 0, t2 = 0, t3 = 0;
  RUSTG_TRY(cub::DeviceScan::InclusiveSum(nullptr, t1, p.file_of, p.file_of, n_tokens));
  RUSTG_TRY(cub::DeviceScan::InclusiveSum(nullptr, t2, p.depth, p.depth, n_tokens));
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(nullptr, t3, p.keep_off, p.keep_off, n_tokens + 1));
  temp_bytes = std::max({t1, t2, t3});
  char* d_temp;
  RUSTG_TRY(mem.Alloc(temp_bytes, &d_temp));
  RUSTG_TRY(cub::DeviceScan::InclusiveSum(d_temp, t1, p.file_of, p.file_of, n_tokens));
  RUSTG_TRY(cub::DeviceScan::InclusiveSum(d_temp, t2, p.depth, p.depth, n_tokens));
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(d_temp, t3, p.keep_off, p.keep_off, n_tokens + 1));
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(d_temp, t3, p.delim_off, p.delim_off, n_tokens + 1));
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(d_temp, t3, p.brace_off, p.brace_off, n_tokens + 1));
  timer.End();
  uint32_t n_delims = 0;
  RUSTG_TRY(WaitDefaultStream());
  RUSTG_TRY(cudaMemcpy(&n_delims, p.delim_off + n_tokens, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_TRY(mem.Alloc(n_delims, &p.delim_key));
  RUSTG_TRY(mem.Alloc(n_delims, &p.delim_tok));
  RUSTG_TRY(mem.Alloc(n_delims, &p.sorted_key));
  RUSTG_TRY(mem.Alloc(n_delims, &p.sorted_tok));
  timer.Begin("parse prepare compact+pairs");
  PrepCompactKernel<<<w.blocks, w.threads>>>(in, a, p, n_tokens);
  RUSTG_TRY(cudaGetLastError());
  if (n_delims > 0) {
    // Keys are file << 32 | level: sort the level's 32 bits and as many as the file index needs.
    int end_bit = 33;
    while (end_bit < 64 && (static_cast<uint64_t>(n_files - 1) >> (end_bit - 32)) != 0) ++end_bit;
    size_t sort_bytes = 0;
    RUSTG_TRY(cub::DeviceRadixSort::SortPairs(nullptr, sort_bytes, p.delim_key, p.sorted_key, p.delim_tok,
                                              p.sorted_tok, n_delims, 0, end_bit));
    char* d_sort;
    RUSTG_TRY(mem.Alloc(sort_bytes, &d_sort));
    RUSTG_TRY(cub::DeviceRadixSort::SortPairs(d_sort, sort_bytes, p.delim_key, p.sorted_key, p.delim_tok,
                                              p.sorted_tok, n_delims, 0, end_bit));
    w = WideLaunch(n_delims);
    PrepPairKernel<<<w.blocks, w.threads>>>(in, a, p, n_delims);
    RUSTG_TRY(cudaGetLastError());
  }
  timer.End();
  timer.Begin("parse prepare cut lists");
  if (GpuParseCutMode() == GpuParseCut::kWalk) {
    PrepCutKernel<<<Blocks(32 * n_files), kBlock>>>(in, a, p, n_files, min_region, levels);
    RUSTG_TRY(cudaGetLastError());
    timer.End();
    return cudaSuccess;
  }
  // The parallel cut (regions.h C1-C8): the lists of each level walked at once, then scans.
  const bool lane_walk = GpuParseCutMode() == GpuParseCut::kLane;
  const bool wide = GpuParseCutWideWindows();
  const uint32_t len = n_tokens + 2 * n_files;
  const uint32_t cap = n_delims / 2 + n_files + 1;
  parse_engine::CutArrays c{};
  c.solo_tokens = GpuParseCutSoloTokens();
  c.chunk = GpuParseCutChunk();
  parse_engine::CutItem* queues[2];
  parse_engine::CutItem* split_queues[2] = {nullptr, nullptr};
  uint32_t *d_counts, *d_chunk_first = nullptr;
  size_t chunk_scan_bytes = 0;
  char* d_chunk_scan = nullptr;
  RUSTG_TRY(mem.Alloc(len, &c.cut));
  RUSTG_TRY(mem.Alloc(len, &c.owner));
  RUSTG_TRY(mem.Alloc(len, &c.meta));
  RUSTG_TRY(mem.Alloc(len + 1, &c.open_off));
  RUSTG_TRY(mem.Alloc(len + 1, &c.ev_off));
  RUSTG_TRY(mem.Alloc(n_files, &c.file_top_last));
  RUSTG_TRY(mem.Alloc(n_files, &c.file_serial));
  RUSTG_TRY(mem.Alloc(n_slots, &c.slot_parent));
  RUSTG_TRY(mem.Alloc(cap, &queues[0]));
  RUSTG_TRY(mem.Alloc(cap, &queues[1]));
  RUSTG_TRY(mem.Alloc(6, &d_counts));  // long, short and split lists, for the level and the next
  c.queue_cap = cap;
  if (split_tokens != ~0u) {
    // Per level the split lists are disjoint: at most len / chunk chunks, plus one per list.
    const size_t max_chunks = len / c.chunk + cap + 1;
    c.split_tokens = split_tokens;
    c.depth = p.kept_depth;
    RUSTG_TRY(mem.Alloc(cap, &split_queues[0]));
    RUSTG_TRY(mem.Alloc(cap, &split_queues[1]));
    RUSTG_TRY(mem.Alloc(len, &c.cand));
    RUSTG_TRY(mem.Alloc(max_chunks, &c.chunk_from));
    RUSTG_TRY(mem.Alloc(max_chunks, &c.chunk_count));
    RUSTG_TRY(mem.Alloc(max_chunks, &c.chunk_open));
    RUSTG_TRY(mem.Alloc(cap + 1, &d_chunk_first));
    RUSTG_TRY(cub::DeviceScan::ExclusiveSum(nullptr, chunk_scan_bytes, d_chunk_first, d_chunk_first, cap + 1));
    RUSTG_TRY(mem.Alloc(chunk_scan_bytes, &d_chunk_scan));
  }
  RUSTG_TRY(cudaMemsetAsync(c.cut, 0xff, len * sizeof(uint32_t)));
  RUSTG_TRY(cudaMemsetAsync(d_counts, 0, 6 * sizeof(uint32_t)));
  c.queue = queues[0];
  c.split_queue = split_queues[0];
  c.count = d_counts;
  const uint32_t walk_levels = std::clamp(levels, 1u, parse_engine::kMaxRegionLevels);
  PrepFileInfoKernel<<<Blocks(n_files), kBlock>>>(in, a, p, c, n_files);
  RUSTG_TRY(cudaGetLastError());
  // RUSTG_CUDA_PARSE_PROF: each level's lists and host time (the wait for the level before).
  const bool profile = GpuParseProfile();
  std::string levels_seen;
  auto level_t0 = std::chrono::steady_clock::now();
  for (int cur = 0;; cur ^= 1) {
    uint32_t n[3] = {0, 0, 0};
    RUSTG_TRY(WaitDefaultStream());
    RUSTG_TRY(cudaMemcpy(n, d_counts + 3 * cur, sizeof(n), cudaMemcpyDeviceToHost));
    if (profile) {
      auto now = std::chrono::steady_clock::now();
      levels_seen += " " + std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(now - level_t0).count()) +
                     "us->" + std::to_string(n[0]) + "L+" + std::to_string(n[1]) + "S+" + std::to_string(n[2]) + "X";
      level_t0 = now;
    }
    if (n[0] + n[1] + n[2] == 0) break;
    c.queue = queues[cur ^ 1];
    c.split_queue = split_queues[cur ^ 1];
    c.count = d_counts + 3 * (cur ^ 1);
    RUSTG_TRY(cudaMemsetAsync(c.count, 0, 3 * sizeof(uint32_t)));
    if (n[0] + n[1] > 0) {
      CutListKernel<<<Blocks(32 * n[0] + n[1]), kBlock>>>(a, c, queues[cur], cap, n[0], n[1], min_region, levels,
                                                          lane_walk, wide);
      RUSTG_TRY(cudaGetLastError());
    }
    if (n[2] > 0) {
      const parse_engine::CutItem* split = split_queues[cur];
      CutSplitChunksKernel<<<Blocks(n[2] + 1), kBlock>>>(c, split, n[2], d_chunk_first);
      RUSTG_TRY(cudaGetLastError());
      RUSTG_TRY(cub::DeviceScan::ExclusiveSum(d_chunk_scan, chunk_scan_bytes, d_chunk_first, d_chunk_first, n[2] + 1));
      uint32_t n_chunks = 0;
      RUSTG_TRY(WaitDefaultStream());
      RUSTG_TRY(cudaMemcpy(&n_chunks, d_chunk_first + n[2], sizeof(uint32_t), cudaMemcpyDeviceToHost));
      // Lists of one position (a split threshold of 1) have no chunks; their selects still mark.
      if (n_chunks > 0) {
        CutSplitFromKernel<<<Blocks(32 * n_chunks), kBlock>>>(a, c, split, n[2], d_chunk_first, n_chunks);
        RUSTG_TRY(cudaGetLastError());
        CutSplitWalkKernel<<<Blocks(n_chunks), kBlock>>>(a, c, split, n[2], d_chunk_first, n_chunks, walk_levels,
                                                         false);
        RUSTG_TRY(cudaGetLastError());
      }
      CutSplitSelectKernel<<<Blocks(32 * n[2]), kBlock>>>(a, c, split, n[2], d_chunk_first, min_region);
      RUSTG_TRY(cudaGetLastError());
      if (n_chunks > 0) {
        CutSplitWalkKernel<<<Blocks(n_chunks), kBlock>>>(a, c, split, n[2], d_chunk_first, n_chunks, walk_levels,
                                                         true);
        RUSTG_TRY(cudaGetLastError());
      }
    }
  }
  if (profile) std::fprintf(stderr, "parse prof: cut levels (time, then the next level's long+short lists):%s\n", levels_seen.c_str());
  // The cut's phases: the list walks above, the per-position placing, the files CutFile cuts.
  timer.End();
  timer.Begin("parse prepare cut place");
  w = WideLaunch(static_cast<uint64_t>(len) + 1);
  CutMarkCountsKernel<<<w.blocks, w.threads>>>(c, len);
  RUSTG_TRY(cudaGetLastError());
  size_t scan_bytes = 0;
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(nullptr, scan_bytes, c.open_off, c.open_off, len + 1));
  char* d_scan;
  RUSTG_TRY(mem.Alloc(scan_bytes, &d_scan));
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(d_scan, scan_bytes, c.open_off, c.open_off, len + 1));
  RUSTG_TRY(cub::DeviceScan::ExclusiveSum(d_scan, scan_bytes, c.ev_off, c.ev_off, len + 1));
  CutFileTotalsKernel<<<Blocks(n_files), kBlock>>>(a, c, n_files);
  RUSTG_TRY(cudaGetLastError());
  RUSTG_TRY(cudaMemsetAsync(a.slot_file, 0xff, n_slots * sizeof(uint32_t)));
  w = WideLaunch(len);
  CutPlaceKernel<<<w.blocks, w.threads>>>(a, c, n_files, len);
  RUSTG_TRY(cudaGetLastError());
  w = WideLaunch(n_slots);
  CutLinkKernel<<<w.blocks, w.threads>>>(a, c, n_slots);
  RUSTG_TRY(cudaGetLastError());
  timer.End();
  timer.Begin("parse prepare cut serial");
  CutSerialKernel<<<Blocks(32 * n_files), kBlock>>>(a, c, n_files, min_region, levels);
  RUSTG_TRY(cudaGetLastError());
  timer.End();
  return cudaSuccess;
#undef RUSTG_TRY
}

// Where the count kernel's time went, from its items' runs: its span, how the warps' finishing
// times spread (a long tail: a few items bound it; finishing together: the total work does), and
// the longest items with their regions' work (tokens, as the queue counts them).
void ReportCountProfile(const SourceBuffer& src, const std::vector<ItemProf>& prof,
                        const std::vector<uint32_t>& item_start, const std::vector<uint32_t>& order,
                        const std::vector<uint32_t>& work, const std::vector<uint32_t>& sorted_work,
                        const std::vector<uint32_t>& slot_file, const std::vector<uint32_t>& slot_start) {
  const size_t n = prof.size();
  if (n == 0) return;
  unsigned long long t_lo = ~0ull, t_hi = 0, last_start = 0;
  for (const ItemProf& p : prof) {
    t_lo = std::min(t_lo, p.t0);
    t_hi = std::max(t_hi, p.t1);
    last_start = std::max(last_start, p.t0);
  }
  std::vector<unsigned long long> busy, finish;
  std::vector<uint32_t> warps;
  for (const ItemProf& p : prof) warps.push_back(p.warp);
  std::sort(warps.begin(), warps.end());
  warps.erase(std::unique(warps.begin(), warps.end()), warps.end());
  busy.assign(warps.size(), 0);
  finish.assign(warps.size(), 0);
  uint64_t total_work = 0;
  for (const ItemProf& p : prof) {
    size_t w = std::lower_bound(warps.begin(), warps.end(), p.warp) - warps.begin();
    busy[w] += p.t1 - p.t0;
    finish[w] = std::max(finish[w], p.t1 - t_lo);
  }
  for (uint32_t v : sorted_work) total_work += v;
  std::sort(busy.begin(), busy.end());
  std::sort(finish.begin(), finish.end());
  auto pct = [](const std::vector<unsigned long long>& v, double q) { return v[static_cast<size_t>(q * (v.size() - 1))] / 1000.0; };
  unsigned long long busy_sum = 0;
  for (auto b : busy) busy_sum += b;
  std::fprintf(stderr,
               "parse prof: count %zu items on %zu warps, span %.0f us, last item starts at %.0f us; warp busy us "
               "p50 %.0f p90 %.0f max %.0f; warp finish us p10 %.0f p50 %.0f p90 %.0f p99 %.0f max %.0f; "
               "%.2f ns per queued token per warp\n",
               n, warps.size(), (t_hi - t_lo) / 1000.0, (last_start - t_lo) / 1000.0, pct(busy, 0.5), pct(busy, 0.9),
               pct(busy, 1.0), pct(finish, 0.1), pct(finish, 0.5), pct(finish, 0.9), pct(finish, 0.99),
               pct(finish, 1.0), total_work != 0 ? static_cast<double>(busy_sum) / total_work : 0.0);
  std::vector<size_t> items(n);
  for (size_t k = 0; k < n; ++k) items[k] = k;
  size_t top = std::min<size_t>(8, n);
  std::partial_sort(items.begin(), items.begin() + top, items.end(),
                    [&](size_t x, size_t y) { return prof[x].t1 - prof[x].t0 > prof[y].t1 - prof[y].t0; });
  for (size_t i = 0; i < top; ++i) {
    size_t k = items[i];
    uint32_t b = item_start[k], e = k + 1 < n ? item_start[k + 1] : static_cast<uint32_t>(order.size());
    uint64_t queued = 0, sum = 0;
    uint32_t big = 0, big_slot = order[b];
    for (uint32_t r = b; r < e; ++r) {
      queued += sorted_work[r];
      sum += work[order[r]];
      if (work[order[r]] > big) big = work[order[r]], big_slot = order[r];
    }
    const std::string& path = slot_file[big_slot] < src.file_count() ? src.path(FileId(slot_file[big_slot])) : "?";
    std::fprintf(stderr,
                 "parse prof:   item %zu: %.0f us from %.0f us, %u regions, queued %llu, all %llu, largest %u "
                 "(%s, token %u)\n",
                 k, (prof[k].t1 - prof[k].t0) / 1000.0, (prof[k].t0 - t_lo) / 1000.0, e - b,
                 static_cast<unsigned long long>(queued), static_cast<unsigned long long>(sum), big, path.c_str(),
                 slot_start[big_slot]);
  }
}

// The calling thread's minor page faults so far.
auto MinorFaults() -> long {
  rusage u{};
  getrusage(RUSAGE_THREAD, &u);
  return u.ru_minflt;
}

// Sizes the host output columns for `n` nodes and touches every page of them, with several host
// threads: run while the device works, so that the download writes into memory that is already
// mapped (faulting in ~1.4 GB of fresh pages was most of the 1 GB download phase). The download
// resizes them exactly and writes every element (Column's invariant).
// Downloading straight into these columns, page-locked (cudaHostRegister) here while the device
// counts, measured slower end to end (H200, 1 GB): locking took 53 ms (hidden by the count), the
// download 26 ms instead of 35 through staging (which runs at the host's memcpy rate), but
// unlocking took 25 ms and holds the driver's lock: on a background thread it held up the
// parse's device frees for 31 ms.
// `capacity` is only reserved (address space, no pages): the download's exact resize stays within
// it, so a count above `n` faults in the rest there instead of moving the columns.
// The columns go one after another, each touched by all threads, and `ready` counts those done
// (notified), so that the download of a column waits only for that column.
void PresizeColumns(Tree& out, size_t n, size_t capacity, std::atomic<int>& ready) {
  ReserveHuge(out.kind, capacity);
  ReserveHuge(out.token, capacity);
  ReserveHuge(out.subtree_size, capacity);
  out.kind.resize(n);
  out.token.resize(n);
  out.subtree_size.resize(n);
  // The workers see only these (the caller resizes a column once it is ready).
  struct Span {
    char* p;
    size_t bytes;
  };
  const Span columns[3] = {{reinterpret_cast<char*>(out.kind.data()), n * sizeof(NodeKind)},
                           {reinterpret_cast<char*>(out.token.data()), n * sizeof(TokenId)},
                           {reinterpret_cast<char*>(out.subtree_size.data()), n * sizeof(uint32_t)}};
  const unsigned parts = std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
  std::barrier done(static_cast<std::ptrdiff_t>(parts), [&]() noexcept {
    ready.fetch_add(1);
    ready.notify_all();
  });
  // Under RUSTG_CUDA_PARSE_PROF: each column's finish time and the workers' page faults.
  const bool prof = GpuParseProfile();
  const auto t0 = std::chrono::steady_clock::now();
  std::atomic<long> faults[3] = {0, 0, 0};
  double finish_ms[3] = {0, 0, 0};
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < parts; ++t) {
      workers.emplace_back([&, t] {
        // Part t of `parts` writes the first byte of every page that starts in its share.
        constexpr size_t kPage = 4096;
        for (int c = 0; c < 3; ++c) {
          const Span& col = columns[c];
          long f0 = prof ? MinorFaults() : 0;
          size_t lo = col.bytes * t / parts, hi = col.bytes * (t + 1) / parts;
          for (size_t i = (lo + kPage - 1) / kPage * kPage; i < hi; i += kPage) col.p[i] = 0;
          if (prof) faults[c] += MinorFaults() - f0;
          done.arrive_and_wait();
          if (prof && t == 0)
            finish_ms[c] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        }
      });
    }
  }
  if (prof)
    std::fprintf(stderr, "parse prof: presize columns done at %.1f / %.1f / %.1f ms, %ld / %ld / %ld faults\n",
                 finish_ms[0], finish_ms[1], finish_ms[2], faults[0].load(), faults[1].load(), faults[2].load());
}

// A tree's host columns being presized (PresizeColumns) on a thread of their own, from Start()
// until Take(); column k of tree() (kind, token, subtree_size) is the caller's once WaitColumns(k + 1)
// returned.
class TreePresize {
 public:
  void Start(size_t n, size_t capacity) {
    thread_ = std::jthread([this, n, capacity] {
      auto t0 = std::chrono::steady_clock::now();
      PresizeColumns(tree_, n, capacity, ready_);
      if (GpuParseProfile()) {
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        double bytes = static_cast<double>(n) * (sizeof(NodeKind) + sizeof(TokenId) + sizeof(uint32_t));
        std::fprintf(stderr, "parse prof: presize of %.0f MB took %.1f ms (%.1f GB/s)\n", bytes / 1e6, ms,
                     bytes / ms / 1e6);
      }
    });
  }
  auto started() const -> bool { return thread_.joinable(); }
  void WaitColumns(int k) {
    for (int r = ready_.load(); r < k; r = ready_.load()) ready_.wait(r);
  }
  auto tree() -> Tree& { return tree_; }
  auto Take() -> Tree {
    if (thread_.joinable()) thread_.join();
    return std::move(tree_);
  }

 private:
  Tree tree_;
  std::atomic<int> ready_{0};
  std::jthread thread_;
};

// Builds from this many tokens (or, before lexing, source bytes / 4) get their tree's host columns
// presized while the device works.
constexpr uint64_t kPresizeTokens = 1u << 22;

// The nodes to presize for: the corpus makes 0.607 nodes per token (trivia included) and one per
// 7.1 source bytes. Faulting in fresh pages is the presize's whole cost (1.4 GB in 41-49 ms beside
// the token download's copies on the H200 machine, 16 threads), so it touches about what the parse
// will write, and reserves (without touching) room for several times as many.
auto PresizeNodesForTokens(uint64_t n_tokens) -> size_t { return n_tokens * 5 / 8; }
auto PresizeNodesForBytes(uint64_t bytes) -> size_t { return bytes / 7; }
constexpr size_t kPresizeRoom = 4;

// Sets the device stack limit for the parse; with GpuParseRestoreStackLimit(), restores the
// previous one on scope exit (a large limit reserves stack memory for every resident thread).
class StackLimit {
 public:
  auto Set(size_t bytes) -> cudaError_t {
    cudaError_t e = cudaDeviceGetLimit(&old_, cudaLimitStackSize);
    if (e != cudaSuccess) return e;
    // Setting the limit waits for the device to go idle: the fused lex+parse sets it before its
    // token download starts, so that the parse inside does not wait for that download here.
    if (old_ == bytes) return cudaSuccess;
    e = cudaDeviceSetLimit(cudaLimitStackSize, bytes);
    set_ = e == cudaSuccess;
    return e;
  }
  ~StackLimit() {
    if (set_ && GpuParseRestoreStackLimit()) cudaDeviceSetLimit(cudaLimitStackSize, old_);
  }

 private:
  size_t old_ = 0;
  bool set_ = false;
};

// The fused lex+parse's download of the token columns, on a host thread while the parse runs
// (lex_cuda.h, DownloadTokenColumns). Wait joins it; the destructor too.
class TokenDownload {
 public:
  TokenDownload(const DeviceTokens& columns, TokenBuffer& tokens)
      : thread_([this, columns, &tokens] { ok_ = DownloadTokenColumns(columns, tokens, &error_); }) {}
  TokenDownload(const TokenDownload&) = delete;
  auto operator=(const TokenDownload&) -> TokenDownload& = delete;
  ~TokenDownload() { Wait(); }
  // Joins the download: true when the columns are written, else false with `error` set.
  auto Wait(std::string* error = nullptr) -> bool {
    if (thread_.joinable()) thread_.join();
    if (!ok_ && error != nullptr) *error = error_;
    return ok_;
  }

 private:
  bool ok_ = false;
  std::string error_;
  std::thread thread_;
};

// ParseCuda; with `download` (the fused path) the host token columns are still being written by
// it: only their sizes and file_first_token are read until it is joined, before the diagnostics
// are rendered and before the device tokens are freed.
// `presize`: the tree's host columns, presizing since before the lexer ran (the fused path), or
// nullptr.
auto ParseCudaImpl(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags, Timings* timings,
                   std::string* error, TokenDownload* download, TreePresize* presize = nullptr)
    -> std::optional<Tree> {
  auto fail = [&](const char* what, cudaError_t e) -> std::optional<Tree> {
    if (error != nullptr) *error = std::string(what) + ": " + cudaGetErrorString(e);
    cudaGetLastError();
    return std::nullopt;
  };
#define RUSTG_CK(call)                             \
  do {                                             \
    cudaError_t e_ = (call);                       \
    if (e_ != cudaSuccess) return fail(#call, e_); \
  } while (0)

  int devices = 0;
  RUSTG_CK(cudaGetDeviceCount(&devices));
  if (devices == 0) {
    if (error != nullptr) *error = "no CUDA device";
    return std::nullopt;
  }
  uint32_t n_files = src.file_count();
  Tree out;
  if (n_files == 0) return out;
  uint32_t n_tokens = tokens.size();

  // Host-side phases, next to the kernel phases the PhaseTimer records.
  Timings* host_timings = timings != nullptr && timings->enabled() ? timings : nullptr;
  uint64_t host_t0 = host_timings ? host_timings->NowUs() : 0;
  auto host_span = [&](const char* name) {
    if (host_timings == nullptr) return;
    uint64_t now = host_timings->NowUs();
    host_timings->Record(name, "host", "", host_t0, now - host_t0);
    host_t0 = now;
  };
  const uint32_t min_region = GpuParseRegionTokens(n_tokens, ResidentParseWarps());
  std::vector<parse_engine::RegionFile> files(n_files);
  // The parallel step 1 needs every file's token range to end with its only Eof (the lexer's).
  bool parallel_prepare = !GpuParseSerialPrepare();
  for (uint32_t f = 0; f < n_files; ++f) {
    FileId id(f);
    uint32_t b = tokens.file_begin(id).index, e = tokens.file_end(id).index;
    // The CUDA lexer ends every file with its Eof: no need to read a column still downloading.
    if (e == b || (download == nullptr && tokens.kind[e - 1] != TokenKind::Eof)) parallel_prepare = false;
    files[f] = parse_engine::RegionFile{b,
                                        e,
                                        b + 2 * f,
                                        parse_engine::RegionSlotBegin(b, f, min_region),
                                        parse_engine::RegionSlotBegin(e, f + 1, min_region),
                                        static_cast<uint8_t>(src.edition(id))};
  }
  const uint32_t n_slots = parse_engine::RegionSlotBegin(n_tokens, n_files, min_region);
  const uint32_t n_events = 2 * n_slots;
  size_t scratch_len = static_cast<size_t>(n_tokens) + 2ull * n_files;

  host_span("parse host prepare");
  StackLimit stack_limit;
  RUSTG_CK(stack_limit.Set(GpuParseStackBytes(kParseStackBytes)));
  host_span("parse stack limit");

  PhaseTimer timer(timings);
  // The frees of `mem` on return, as the host span "parse free" (from `t0`, set before the return).
  struct FreeSpan {
    Timings* t;
    uint64_t t0 = 0;
    ~FreeSpan() {
      if (t != nullptr && t0 != 0) t->Record("parse free", "host", "", t0, t->NowUs() - t0);
    }
  } free_span{host_timings};
  DeviceBuffers mem;
  // Declared after `mem`: on every return the download finishes before the device tokens are freed.
  struct JoinDownload {
    TokenDownload* d;
    ~JoinDownload() {
      if (d != nullptr) d->Wait();
    }
  } join_download{download};
  // After the CUDA lexer, the source bytes and tokens are still on the device: no upload.
  std::optional<DeviceTokens> resident = TakeDeviceTokens(src, tokens);
  if (resident) {
    mem.Adopt(resident->src);
    mem.Adopt(resident->kind);
    mem.Adopt(resident->start);
  }
  char* d_src;
  TokenKind *d_tok_kind, *d_kinds;
  uint32_t *d_tok_start, *d_ids, *d_stack, *d_node_off, *d_diag_off, *d_failed;
  uint32_t *d_file_ntok, *d_file_nregions, *d_file_delim, *d_file_last_top;
  uint32_t *d_slot_file, *d_slot_start, *d_slot_end, *d_slot_first_child, *d_slot_next, *d_slot_open_ev,
      *d_slot_close_ev, *d_slot_pre_nodes, *d_slot_pre_diags, *d_slot_nodes, *d_slot_diags, *d_slot_deep_child;
  uint32_t *d_ev_nodes, *d_ev_diags;
  uint16_t *d_slot_depth, *d_slot_met_depth, *d_slot_peak;
  uint8_t *d_file_quiet, *d_file_whole, *d_slot_flags, *d_slot_ctx;
  parse_engine::RegionFile* d_files;
  size_t src_bytes = static_cast<size_t>(src.size()) + SourceBuffer::kPadding;
  if (resident) {
    d_src = resident->src;
    d_tok_kind = resident->kind;
    d_tok_start = resident->start;
  } else {
    RUSTG_CK(mem.Alloc(src_bytes, &d_src));
    RUSTG_CK(mem.Alloc(n_tokens, &d_tok_kind));
    RUSTG_CK(mem.Alloc(n_tokens, &d_tok_start));
  }
  RUSTG_CK(mem.Alloc(n_files, &d_files));
  RUSTG_CK(mem.Alloc(scratch_len, &d_ids));
  RUSTG_CK(mem.Alloc(scratch_len, &d_kinds));
  RUSTG_CK(mem.Alloc(scratch_len, &d_stack));
  RUSTG_CK(mem.Alloc(n_files, &d_file_ntok));
  RUSTG_CK(mem.Alloc(n_files, &d_file_nregions));
  RUSTG_CK(mem.Alloc(n_files, &d_file_delim));
  RUSTG_CK(mem.Alloc(n_files, &d_file_last_top));
  RUSTG_CK(mem.Alloc(n_files, &d_file_quiet));
  RUSTG_CK(mem.Alloc(n_files, &d_file_whole));
  for (uint32_t** p : {&d_slot_file, &d_slot_start, &d_slot_end, &d_slot_first_child, &d_slot_next, &d_slot_open_ev,
                       &d_slot_close_ev, &d_slot_pre_nodes, &d_slot_pre_diags, &d_slot_nodes, &d_slot_diags,
                       &d_slot_deep_child})
    RUSTG_CK(mem.Alloc(n_slots, p));
  RUSTG_CK(mem.Alloc(n_slots, &d_slot_depth));
  RUSTG_CK(mem.Alloc(n_slots, &d_slot_met_depth));
  RUSTG_CK(mem.Alloc(n_slots, &d_slot_peak));
  RUSTG_CK(mem.Alloc(n_slots, &d_slot_flags));
  RUSTG_CK(mem.Alloc(n_slots, &d_slot_ctx));
  RUSTG_CK(mem.Alloc(n_events + 1, &d_ev_nodes));
  RUSTG_CK(mem.Alloc(n_events + 1, &d_ev_diags));
  RUSTG_CK(mem.Alloc(n_events + 1, &d_node_off));
  RUSTG_CK(mem.Alloc(n_events + 1, &d_diag_off));
  RUSTG_CK(mem.Alloc(1, &d_failed));
  parse_engine::RegionArrays arrays{d_files,          d_ids,           d_kinds,         d_stack,
                                    d_file_ntok,      d_file_quiet,    d_file_nregions, d_file_delim,
                                    d_file_whole,     d_file_last_top, d_slot_file,     d_slot_start,
                                    d_slot_end,       d_slot_ctx,      d_slot_depth,    d_slot_first_child,
                                    d_slot_next,      d_slot_open_ev,  d_slot_close_ev, d_slot_pre_nodes,
                                    d_slot_pre_diags, d_slot_nodes,    d_slot_diags,    d_slot_flags,
                                    d_slot_deep_child, d_slot_met_depth, d_slot_peak,   d_ev_nodes,
                                    d_ev_diags,       d_failed};
  // The parallel step 1 leaves the delimiter partners the region parses jump over token trees by.
  arrays.partners = parallel_prepare;

  host_span("parse alloc");
  timer.Begin("parse upload");
  if (!resident) {
    RUSTG_CK(UploadStaged(d_src, src.data(), src_bytes));
    RUSTG_CK(UploadStaged(d_tok_kind, tokens.kind.data(), n_tokens * sizeof(TokenKind)));
    RUSTG_CK(UploadStaged(d_tok_start, tokens.start.data(), n_tokens * sizeof(uint32_t)));
  }
  RUSTG_CK(UploadStaged(d_files, files.data(), n_files * sizeof(parse_engine::RegionFile)));
  RUSTG_CK(cudaMemset(d_failed, 0, sizeof(uint32_t)));
  timer.End();
  parse_engine::TokenView in{d_src, d_tok_kind, d_tok_start};

  if (parallel_prepare) {
    RUSTG_CK(PrepareParallel(in, arrays, n_files, n_tokens, n_slots, min_region, GpuParseLevels(), mem, timer));
  } else {
    timer.Begin("parse prepare");
    PrepareKernel<<<Blocks(n_files), kBlock>>>(in, arrays, n_files, min_region, GpuParseLevels());
    RUSTG_CK(cudaGetLastError());
    timer.End();
  }

  timer.Begin("parse order");
  unsigned long long *d_key64, *d_key_sorted;
  uint32_t *d_work, *d_key, *d_slot_ids, *d_order, *d_store_off = nullptr, *d_record_off = nullptr,
           *d_child_base = nullptr;
  // Stored-node places are 32-bit: the copy path only while every capacity sums below 2^32.
  bool use_copy = GpuParseCopyNodes() && 3ull * n_tokens + 17ull * n_slots < (1ull << 32);
  if (use_copy) {
    RUSTG_CK(mem.Alloc(n_slots + 1, &d_store_off));
    RUSTG_CK(mem.Alloc(n_slots + 1, &d_record_off));
    RUSTG_CK(mem.Alloc(n_slots + 1, &d_child_base));
  }
  RUSTG_CK(mem.Alloc(n_slots, &d_work));
  RUSTG_CK(mem.Alloc(n_slots, &d_key));
  RUSTG_CK(mem.Alloc(n_slots, &d_key64));
  RUSTG_CK(mem.Alloc(n_slots, &d_key_sorted));
  RUSTG_CK(mem.Alloc(n_slots, &d_slot_ids));
  RUSTG_CK(mem.Alloc(n_slots, &d_order));
  WorkKernel<<<Blocks(n_slots + 1), kBlock>>>(arrays, n_slots, GpuParseOrder(), d_work, d_key, d_slot_ids,
                                              d_store_off, d_record_off, d_child_base);
  RUSTG_CK(cudaGetLastError());
  // The copy path's places: the stored nodes and the children's running counts of every slot. Too
  // little device memory for them only turns the copy path off.
  parse_engine::RegionCopy copy{};
  if (use_copy) {
    size_t scan_bytes = 0;
    RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, scan_bytes, d_store_off, d_store_off, n_slots + 1));
    char* d_scan;
    RUSTG_CK(mem.Alloc(scan_bytes, &d_scan));
    RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_scan, scan_bytes, d_store_off, d_store_off, n_slots + 1));
    RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_scan, scan_bytes, d_record_off, d_record_off, n_slots + 1));
    RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_scan, scan_bytes, d_child_base, d_child_base, n_slots + 1));
    uint32_t store_total = 0, record_total = 0, child_total = 0;
    RUSTG_CK(WaitDefaultStream());
    RUSTG_CK(cudaMemcpy(&store_total, d_store_off + n_slots, sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(&record_total, d_record_off + n_slots, sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(&child_total, d_child_base + n_slots, sizeof(uint32_t), cudaMemcpyDeviceToHost));
    NodeKind* d_store_kind = nullptr;
    TokenId* d_store_token = nullptr;
    ParseDiagRecord* d_store_records = nullptr;
    uint32_t *d_store_size = nullptr, *d_store_holes = nullptr, *d_record_holes = nullptr, *d_store_count = nullptr,
             *d_store_diags = nullptr, *d_child_nodes = nullptr, *d_child_diags = nullptr;
    uint8_t* d_copied = nullptr;
    if (mem.Alloc(store_total, &d_store_kind) != cudaSuccess || mem.Alloc(store_total, &d_store_token) != cudaSuccess ||
        mem.Alloc(store_total, &d_store_size) != cudaSuccess || mem.Alloc(store_total, &d_store_holes) != cudaSuccess ||
        mem.Alloc(record_total, &d_store_records) != cudaSuccess ||
        mem.Alloc(record_total, &d_record_holes) != cudaSuccess || mem.Alloc(n_slots, &d_store_count) != cudaSuccess ||
        mem.Alloc(n_slots, &d_store_diags) != cudaSuccess || mem.Alloc(n_slots, &d_copied) != cudaSuccess ||
        mem.Alloc(child_total, &d_child_nodes) != cudaSuccess || mem.Alloc(child_total, &d_child_diags) != cudaSuccess) {
      cudaGetLastError();
      use_copy = false;
    } else {
      copy = parse_engine::RegionCopy{
          parse_engine::NodeStore{d_store_kind, d_store_token, d_store_size, d_store_holes, d_store_records,
                                  d_record_holes},
          d_store_off, d_record_off, d_store_count, d_store_diags, d_copied, d_child_base, d_child_nodes,
          d_child_diags};
    }
  }
  // The shapes: a warp per slot, up to 2^20 warps.
  const bool shapes = GpuParseShapeGroups();
  ShapeKeyKernel<<<Blocks(32 * std::min(n_slots, 1u << 20)), kBlock>>>(arrays, n_slots, d_key, shapes, d_key64);
  RUSTG_CK(cudaGetLastError());
  size_t sort_bytes = 0;
  const int end_bit = shapes ? 64 : 32;
  const int begin_bit = shapes ? 0 : 32;
  RUSTG_CK(cub::DeviceRadixSort::SortPairsDescending(nullptr, sort_bytes, d_key64, d_key_sorted, d_slot_ids, d_order,
                                                      n_slots, begin_bit, end_bit));
  char* d_sort_temp;
  RUSTG_CK(mem.Alloc(sort_bytes, &d_sort_temp));
  RUSTG_CK(cub::DeviceRadixSort::SortPairsDescending(d_sort_temp, sort_bytes, d_key64, d_key_sorted, d_slot_ids,
                                                      d_order, n_slots, begin_bit, end_bit));
  // The queue: the sorted slots' work, its running sum, the items cut from it.
  uint32_t *d_sorted_work, *d_before, *d_item_start, *d_queue_state;
  uint8_t* d_item_flags;
  RUSTG_CK(mem.Alloc(n_slots + 1, &d_sorted_work));
  RUSTG_CK(mem.Alloc(n_slots + 1, &d_before));
  RUSTG_CK(mem.Alloc(n_slots, &d_item_flags));
  RUSTG_CK(mem.Alloc(n_slots, &d_item_start));
  RUSTG_CK(mem.Alloc(3, &d_queue_state));  // items, next item (count), next item (write)
  RUSTG_CK(cudaMemsetAsync(d_queue_state, 0, 3 * sizeof(uint32_t)));
  SortedWorkKernel<<<Blocks(n_slots + 1), kBlock>>>(d_work, d_order, d_key_sorted, n_slots, d_sorted_work);
  RUSTG_CK(cudaGetLastError());
  size_t queue_bytes = 0;
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, queue_bytes, d_sorted_work, d_before, n_slots + 1));
  size_t select_bytes = 0;
  thrust::counting_iterator<uint32_t> positions(0);
  RUSTG_CK(cub::DeviceSelect::Flagged(nullptr, select_bytes, positions, d_item_flags, d_item_start, d_queue_state,
                                      n_slots));
  char* d_queue_temp;
  RUSTG_CK(mem.Alloc(std::max(queue_bytes, select_bytes), &d_queue_temp));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_queue_temp, queue_bytes, d_sorted_work, d_before, n_slots + 1));
  uint32_t total_work = 0;
  RUSTG_CK(WaitDefaultStream());
  RUSTG_CK(cudaMemcpy(&total_work, d_before + n_slots, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  const uint32_t resident_warps = ResidentParseWarps();
  const uint32_t item_work = GpuParseItemWork(total_work, resident_warps);
  ItemStartKernel<<<Blocks(n_slots), kBlock>>>(d_before, n_slots, item_work, d_item_flags);
  RUSTG_CK(cudaGetLastError());
  RUSTG_CK(cub::DeviceSelect::Flagged(d_queue_temp, select_bytes, positions, d_item_flags, d_item_start,
                                      d_queue_state, n_slots));
  ParseQueue queue{d_order, d_item_start, d_queue_state, n_slots, d_queue_state + 1};
  // A warp per resident slot (or, occupancy unknown, a wave's worth on a large device).
  const uint32_t parse_threads = 32 * (resident_warps != 0 ? resident_warps : 4096);
  timer.End();

  const bool profile = GpuParseProfile();
  if (profile) {
    uint32_t n_items = 0;
    RUSTG_CK(WaitDefaultStream());
    RUSTG_CK(cudaMemcpy(&n_items, d_queue_state, sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(mem.Alloc(std::max(n_items, 1u), &queue.prof));
  }
  timer.Begin("parse count");
  CountKernel<<<Blocks(parse_threads), kBlock>>>(in, arrays, n_slots, queue, copy, use_copy);
  RUSTG_CK(cudaGetLastError());
  timer.End();
  if (profile) {
    uint32_t n_items = 0;
    RUSTG_CK(WaitDefaultStream());
    RUSTG_CK(cudaMemcpy(&n_items, d_queue_state, sizeof(uint32_t), cudaMemcpyDeviceToHost));
    std::vector<ItemProf> prof(n_items);
    std::vector<uint32_t> item_start(n_items), order(n_slots), work(n_slots), sorted_work(n_slots),
        slot_file(n_slots), slot_start(n_slots);
    RUSTG_CK(cudaMemcpy(prof.data(), queue.prof, n_items * sizeof(ItemProf), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(item_start.data(), d_item_start, n_items * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(order.data(), d_order, n_slots * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(work.data(), d_work, n_slots * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(sorted_work.data(), d_sorted_work, n_slots * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(slot_file.data(), d_slot_file, n_slots * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(slot_start.data(), d_slot_start, n_slots * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    ReportCountProfile(src, prof, item_start, order, work, sorted_work, slot_file, slot_start);
  }
  // While the device counts (unless the caller started it earlier): the host columns for the
  // expected node count (0.61 nodes per token, trivia included, on the corpus), on large builds
  // only. Taken before the download.
  TreePresize own_presize;
  if (presize == nullptr) presize = &own_presize;
  if (!presize->started() && n_tokens >= kPresizeTokens) {
    size_t n = PresizeNodesForTokens(n_tokens);
    presize->Start(n, kPresizeRoom * n);
  }

  timer.Begin("parse resolve");
  ResolveKernel<<<Blocks(32 * n_files), kBlock>>>(in, arrays, n_files);
  RUSTG_CK(cudaGetLastError());
  size_t temp_bytes = 0, temp2 = 0;
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, temp_bytes, d_ev_nodes, d_node_off, n_events + 1));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, temp2, d_ev_diags, d_diag_off, n_events + 1));
  char* d_temp;
  RUSTG_CK(mem.Alloc(std::max(temp_bytes, temp2), &d_temp));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_temp, temp_bytes, d_ev_nodes, d_node_off, n_events + 1));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_temp, temp2, d_ev_diags, d_diag_off, n_events + 1));
  timer.End();

  // The output's size, then its device columns.
  timer.Begin("parse output alloc");
  uint32_t totals[2], failed = 0;
  RUSTG_CK(WaitDefaultStream());
  RUSTG_CK(cudaMemcpy(&totals[0], d_node_off + n_events, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(&totals[1], d_diag_off + n_events, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(&failed, d_failed, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  if (failed != 0) {
    if (error != nullptr) *error = "the parser read back a node older than the counting sink keeps";
    return std::nullopt;
  }
  NodeKind* d_out_kind;
  TokenId* d_out_token;
  uint32_t* d_out_size;
  ParseDiagRecord* d_records;
  RUSTG_CK(mem.Alloc(totals[0], &d_out_kind));
  RUSTG_CK(mem.Alloc(totals[0], &d_out_token));
  RUSTG_CK(mem.Alloc(totals[0], &d_out_size));
  RUSTG_CK(mem.Alloc(totals[1], &d_records));
  timer.End();

  timer.Begin("parse write");
  if (use_copy) {
    PrefixKernel<<<Blocks(n_slots), kBlock>>>(arrays, copy, n_slots, d_node_off, d_diag_off);
    RUSTG_CK(cudaGetLastError());
    CopyKernel<<<Blocks(32 * n_slots), kBlock>>>(arrays, copy, n_slots, d_node_off, d_diag_off, d_out_kind,
                                                  d_out_token, d_out_size, d_records);
    RUSTG_CK(cudaGetLastError());
  }
  // The regions the copy path did not take (all without it) parse again, writing.
  queue.next = d_queue_state + 2;
  WriteKernel<<<Blocks(parse_threads), kBlock>>>(in, arrays, queue, d_node_off, d_diag_off, d_out_kind, d_out_token,
                                                 d_out_size, d_records, use_copy ? copy.copied : nullptr);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("parse download");
  // Into the presized columns, each once it is touched (the waits: the host span "parse presize
  // wait"). 2 MiB pages (no-ops after PresizeColumns within its size): faulting in fresh pages of
  // the columns is most of this phase's host time otherwise.
  Tree& dst = presize->started() ? presize->tree() : out;
  uint64_t presize_wait_us = 0;
  auto column = [&](int k, auto& col, const auto* d_col) -> cudaError_t {
    if (presize->started()) {
      auto t0 = std::chrono::steady_clock::now();
      presize->WaitColumns(k + 1);
      presize_wait_us += std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
    }
    ReserveHuge(col, totals[0]);
    col.resize(totals[0]);
    return DownloadStaged(col.data(), d_col, totals[0] * sizeof(*col.data()));
  };
  std::vector<ParseDiagRecord> records(totals[1]);
  std::vector<uint32_t> file_node(n_files + 1), file_diag(n_files + 1), nregions(n_files);
  std::vector<uint8_t> whole(n_files);
  uint32_t *d_file_node, *d_file_diag;
  RUSTG_CK(mem.Alloc(n_files + 1, &d_file_node));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_file_diag));
  FileOffsetsKernel<<<Blocks(n_files + 1), kBlock>>>(d_files, n_files, n_events, d_node_off, d_diag_off, d_file_node,
                                                     d_file_diag);
  RUSTG_CK(cudaGetLastError());
  RUSTG_CK(column(0, dst.kind, d_out_kind));
  RUSTG_CK(column(1, dst.token, d_out_token));
  RUSTG_CK(column(2, dst.subtree_size, d_out_size));
  RUSTG_CK(DownloadStaged(records.data(), d_records, totals[1] * sizeof(ParseDiagRecord)));
  RUSTG_CK(DownloadStaged(file_node.data(), d_file_node, (n_files + 1) * sizeof(uint32_t)));
  RUSTG_CK(DownloadStaged(file_diag.data(), d_file_diag, (n_files + 1) * sizeof(uint32_t)));
  RUSTG_CK(DownloadStaged(nregions.data(), d_file_nregions, n_files * sizeof(uint32_t)));
  RUSTG_CK(DownloadStaged(whole.data(), d_file_whole, n_files * sizeof(uint8_t)));
  timer.End();
  if (presize->started()) {
    out = presize->Take();
    if (host_timings != nullptr)
      host_timings->Record("parse presize wait", "host", "", host_timings->NowUs() - presize_wait_us, presize_wait_us);
  }
  RUSTG_CK(cudaDeviceSynchronize());
  uint32_t regions = 0, split = 0, whole_files = 0;
  for (uint32_t f = 0; f < n_files; ++f) {
    if (nregions[f] > 1 && whole[f]) ++whole_files;
    if (nregions[f] > 1 && !whole[f]) ++split;
    regions += whole[f] ? 1 : nregions[f];
  }
  host_t0 = host_timings ? host_timings->NowUs() : 0;
  timer.Flush(std::to_string(n_files) + " files, " + std::to_string(regions) + " regions (" + std::to_string(split) +
              " files split, " + std::to_string(whole_files) + " parsed whole after a failed region check); regions of >= " +
              std::to_string(min_region) + " tokens, " + "queue items of " + std::to_string(item_work) +
              " tokens' work for " + std::to_string(resident_warps) + " resident warps");
#undef RUSTG_CK

  out.file_first_node = std::move(file_node);
  if (download != nullptr) {
    std::string why;
    if (!download->Wait(&why)) {
      if (error != nullptr) *error = why;
      return std::nullopt;
    }
    host_span("parse token download wait");
  }
  // Records are in file order and, within a file, in the engine's emission order.
  DiagSink rendered;
  for (uint32_t f = 0; f < n_files; ++f) {
    uint32_t a = file_diag[f], b = file_diag[f + 1];
    if (a != b) RenderParseDiags(records.data() + a, b - a, src, tokens, FileId(f), rendered);
  }
  if (!rendered.empty()) diags.Append(std::move(rendered));
  host_span("parse host finish");
  if (host_timings != nullptr) free_span.t0 = host_timings->NowUs();
  return out;
}

}  // namespace

auto ParseCuda(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags, Timings* timings,
               std::string* error) -> std::optional<Tree> {
  return ParseCudaImpl(src, tokens, diags, timings, error, nullptr);
}

auto LexParseCuda(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error)
    -> std::optional<std::pair<TokenBuffer, Tree>> {
  DiagSink local;
  // The tree's host columns from the start, on a large build: faulting in their fresh pages (~1.4 GB
  // at 1 GB of source, alongside the token columns the download faults in) outlasted the count
  // kernel when started after it (H200: a 104 ms wait at 1 GB). ~0.14 nodes per source byte on the
  // corpus; the download sizes them exactly.
  TreePresize presize;
  if (src.size() / 4 >= kPresizeTokens) {
    size_t n = PresizeNodesForBytes(src.size());
    presize.Start(n, kPresizeRoom * n);
  }
  DeviceTokens columns;
  std::optional<TokenBuffer> tokens = LexCudaDeferred(src, local, timings, error, &columns);
  if (!tokens) return std::nullopt;
  if (columns.kind == nullptr) {
    // Nothing kept on the device (no files): the columns are complete already.
    std::optional<Tree> tree = ParseCudaImpl(src, *tokens, local, timings, error, nullptr);
    if (!tree) return std::nullopt;
    diags.Append(std::move(local));
    return std::pair{std::move(*tokens), std::move(*tree)};
  }
  // The parse's stack limit before the download starts: setting it waits for the device to idle.
  // Host spans: "parse stack limit" (set), "parse stack restore" (on return).
  Timings* spans = timings != nullptr && timings->enabled() ? timings : nullptr;
  struct RestoreSpan {
    Timings* t;
    uint64_t t0 = 0;
    ~RestoreSpan() {
      if (t != nullptr && t0 != 0) t->Record("parse stack restore", "host", "", t0, t->NowUs() - t0);
    }
  } restore_span{spans};
  uint64_t limit_t0 = spans != nullptr ? spans->NowUs() : 0;
  StackLimit stack_limit;
  cudaError_t limit_e = stack_limit.Set(GpuParseStackBytes(kParseStackBytes));
  if (spans != nullptr) spans->Record("parse stack limit", "host", "", limit_t0, spans->NowUs() - limit_t0);
  if (cudaError_t e = limit_e; e != cudaSuccess) {
    if (error != nullptr) *error = std::string("cudaDeviceSetLimit: ") + cudaGetErrorString(e);
    cudaGetLastError();
    // The kept device tokens stay with the lexer (freed by its next call); the columns are unwritten.
    return std::nullopt;
  }
  std::optional<Tree> tree;
  {
    TokenDownload download(columns, *tokens);
    tree = ParseCudaImpl(src, *tokens, local, timings, error, &download, &presize);
    if (!download.Wait(tree ? error : nullptr)) tree.reset();
  }
  if (!tree) return std::nullopt;
  diags.Append(std::move(local));
  if (spans != nullptr) restore_span.t0 = spans->NowUs();
  return std::pair{std::move(*tokens), std::move(*tree)};
}

}  // namespace rustg
