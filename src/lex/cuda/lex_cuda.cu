// The CUDA lexer: speculative chunk lexing with the shared scanner engine (lex/scan/scan.h).
//
// Every file is cut into fixed-size chunks (a chunk never spans files). Kernel 1 lexes each chunk
// speculatively from its first byte and from after its first newline, recording where tokens start
// and where each run stopped. A per-file pass then walks the chunks in order with the true position
// t of the first token at or after each chunk: lexing from a token boundary depends only on the
// position, so once the true run meets a speculative token start, that run is the true one from
// there on; else the chunk is re-scanned. Kernel 2 counts each chunk's tokens and diagnostic
// records from its true start, a CUB scan places them, and kernel 3 writes them. All files go up in
// one upload.
#include "lex/cuda/lex_cuda.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <cub/device/device_scan.cuh>
#include <cuda_runtime.h>

#include "base/cuda/device_buffers.h"

#include "base/cuda/transfer.h"
#include "base/huge_pages.h"
#include "lex/render_diag.h"
#include "lex/scan/dfa.h"
#include "lex/scan/scan.h"

namespace rustg {
namespace {

using scan::Byte;

constexpr uint32_t kDefaultChunk = 1024;
constexpr uint32_t kBlock = 128;
// DfaScanChunk's byte loop unrolled once, not 4 or 16 times (run A on 1 GB, H200: 14.9, 17.3 and
// 25.8 ms with the old branchy step; 11.9 and 18.5 unrolled 16 times with the predicated one): the
// larger bodies stall on instruction fetch.
constexpr uint32_t kDfaUnroll = 1;

// Per-chunk description, built on the host.
struct ChunkInfo {
  uint32_t lo, hi;      // bytes [lo, hi) of the chunk
  uint32_t file;        // its file
  uint8_t first, last;  // first / last chunk of the file
  uint8_t edition;
};

// RUSTG_CUDA_LEX_PROF=1 (measurements): every thread of the DFA path's kernels records when it
// started and ended (the global timer, ns), and the host prints each kernel's span and its longest
// warps with the chunk they worked on, to stderr: where one lane's serial work sets a kernel's time.
enum ProfKernel : uint32_t { kProfRunA, kProfB, kProfResolve, kProfFastCount, kProfSlowCount, kProfFastWrite,
                             kProfSlowWrite, kProfKernels };
__device__ uint64_t* g_prof[kProfKernels];
__device__ inline auto GlobalNs() -> uint64_t {
  uint64_t t;
  asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t));
  return t;
}
// Holds nothing across the kernel (the slot is found again at the end), so that run A's 64
// registers are not one pointer fewer.
template <ProfKernel kKernel>
struct ProfScope {
  __device__ static void Stamp(uint32_t which) {
    if (uint64_t* t = g_prof[kKernel]; t != nullptr)
      t[2 * (static_cast<size_t>(blockIdx.x) * blockDim.x + threadIdx.x) + which] = GlobalNs();
  }
  __device__ ProfScope() { Stamp(0); }
  __device__ ~ProfScope() { Stamp(1); }
};

// Kernel 1 sink: a bitmap of token starts relative to the chunk start.
struct BitmapSink {
  uint32_t* bits;
  uint32_t lo;
  __device__ void Token(TokenKind, uint32_t start) {
    uint32_t i = start - lo;
    bits[i >> 5] |= 1u << (i & 31);
  }
  __device__ void Diag(const LexDiagRecord&) {}
};

// Resolution and re-scan sink: nothing.
struct NullSink {
  __device__ void Token(TokenKind, uint32_t) {}
  __device__ void Diag(const LexDiagRecord&) {}
};

// Kernel 2 sink: counts.
struct CountSink {
  uint32_t tokens = 0, diags = 0;
  __device__ void Token(TokenKind, uint32_t) { ++tokens; }
  __device__ void Diag(const LexDiagRecord&) { ++diags; }
};

// Kernel 3 sink: writes at the scanned offsets.
struct WriteSink {
  TokenKind* kinds;
  uint32_t* starts;
  LexDiagRecord* records;
  uint32_t t, d;
  __device__ void Token(TokenKind k, uint32_t start) {
    kinds[t] = k;
    starts[t] = start;
    ++t;
  }
  __device__ void Diag(const LexDiagRecord& r) { records[d++] = r; }
};

// Kernel 1: speculative runs per chunk, as if a token started at its first byte (run A) and, with
// `run_b`, just after its first newline (run B). A chunk that starts inside a string literal is
// usually out of step for its whole length (every later quote flips), but a new line starts in step.
// exit[3c] = where A stopped, exit[3c + 1] = where B stopped, exit[3c + 2] = B's start or ~0u.
// Without `run_b` (the default, or RUSTG_CUDA_LEX_SPEC=a) B runs later only where needed
// (SpeculateBKernel), or never: the resolve pass then re-scans every chunk whose A is out of step.
__global__ void SpeculateKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                                uint32_t words, uint32_t* bitmap, uint32_t* exit, bool run_b) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= n) return;
  ChunkInfo ch = chunks[c];
  uint32_t* bits = bitmap + static_cast<size_t>(c) * 2 * words;
  for (uint32_t w = 0; w < (run_b ? 2 : 1) * words; ++w) bits[w] = 0;
  auto edition = static_cast<Edition>(ch.edition);
  uint32_t end = file_end[ch.file];
  BitmapSink a{bits, ch.lo};
  exit[3 * c] = scan::ScanRange(src, ch.lo, ch.hi, end, edition, ch.first != 0, a);
  uint32_t nl = ch.lo;
  while (run_b && nl < ch.hi && src[nl] != '\n') ++nl;
  exit[3 * c + 1] = ~0u;
  exit[3 * c + 2] = ~0u;
  if (run_b && ch.first == 0 && nl + 1 < ch.hi) {
    BitmapSink b{bits + words, ch.lo};
    exit[3 * c + 1] = scan::ScanRange(src, nl + 1, ch.hi, end, edition, false, b);
    exit[3 * c + 2] = nl + 1;
  }
}

// What every device output of DfaScanChunk shares: the warp's lanes that run it together, for its
// vote at the end of each block.
struct DfaWarpOut {
  uint32_t mask;
  __device__ auto AllDone(bool done) const -> bool { return __all_sync(mask, done); }
};

// DfaScanChunk's output into a chunk's zeroed bitmap words, `shift` bits into them (where the run
// starts in its chunk), through a register word; with kKinds also the kinds in order, four to a
// word. Records the last diagnosed token and the last token start marked (run offsets).
template <bool kKinds>
struct DfaRunOut : DfaWarpOut {
  uint32_t* bits;
  uint8_t* kinds;
  uint32_t shift;
  uint32_t n = 0;  // kinds so far
  uint32_t pack = 0;
  uint32_t word = 0;  // the word `cur` stands for; the words before it are stored
  uint32_t cur = 0;
  uint32_t dirty = 0;  // offset + 1 of the last diagnosed token, 0 for none
  uint32_t last = 0;
  __device__ void SetBit(uint32_t off) {
    last = off;
    off += shift;
    const uint32_t w = off >> 5, m = 1u << (off & 31);
    if (w < word) [[unlikely]] {
      bits[w] |= m;  // a word already stored (a token start the scanner reports again)
      return;
    }
    if (w != word) bits[word] = cur;
    cur = (w != word ? 0 : cur) | m;
    word = w;
  }
  __device__ void Kind(uint8_t k) {
    if constexpr (kKinds) {
      const uint32_t sh = 8 * (n & 3);
      pack |= static_cast<uint32_t>(k) << sh;
      if (sh == 24) *reinterpret_cast<uint32_t*>(kinds + n - 3) = pack;
      pack = sh == 24 ? 0 : pack;
    }
    ++n;
  }
  __device__ void Dirty(uint32_t off) { dirty = off + 1 > dirty ? off + 1 : dirty; }
  __device__ void Flush() {
    bits[word] |= cur;
    if (kKinds && (n & 3) != 0) *reinterpret_cast<uint32_t*>(kinds + (n & ~3u)) = pack;
  }
};

// Copies the DFA's tables to shared memory; every thread of the block takes part.
__device__ void LoadDfaTables(const scan::DfaTables* tables, uint32_t* s_next, uint8_t* s_cls) {
  for (uint32_t i = threadIdx.x; i < tables->n_states * scan::kDfaClasses; i += blockDim.x) s_next[i] = tables->next[i];
  for (uint32_t i = threadIdx.x; i < 256; i += blockDim.x) s_cls[i] = tables->cls[i];
  __syncthreads();
}

// Kernel 1 with the DFA: run A of each chunk, its kinds (spec_kind, `chunk` slots a chunk) and its
// last diagnosed token (dirty); where run A's exit is kDfaFar, far[c] = the open token's start.
// The tables go to shared memory first. Run A gives up (kDfaGaveUp) before its give_up + 1-th
// scanner hand-off, except in a file's first chunk (there it is the true run): FlagKernel then
// lists the chunk for run B, and the resolve pass walks it as one whose run A misses.
template <uint32_t kUnroll, uint32_t kMinBlocks>
__global__ void __launch_bounds__(kBlock, kMinBlocks) DfaSpeculateKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                                   uint32_t words, uint32_t chunk, const scan::DfaTables* tables, uint32_t* bitmap,
                                   uint32_t* exit, uint8_t* spec_kind, uint32_t* dirty, uint32_t* far,
                                   uint32_t give_up) {
  ProfScope<kProfRunA> prof_;
  __shared__ uint32_t s_next[scan::kDfaMaxStates * scan::kDfaClasses];
  __shared__ uint8_t s_cls[256];
  LoadDfaTables(tables, s_next, s_cls);
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  const uint32_t mask = __ballot_sync(~0u, c < n);
  if (c >= n) return;
  ChunkInfo ch = chunks[c];
  uint32_t* bits = bitmap + static_cast<size_t>(c) * 2 * words;
  for (uint32_t w = 0; w < words; ++w) bits[w] = 0;
  DfaRunOut<true> out{{mask}, bits, spec_kind + static_cast<size_t>(c) * chunk, 0};
  uint32_t x = scan::DfaScanChunk<DfaRunOut<true>, kUnroll>(src, ch.lo, ch.hi, file_end[ch.file],
                                                    static_cast<Edition>(ch.edition), ch.first != 0, s_next, s_cls,
                                                    out, ch.first != 0 ? ~0u : give_up);
  out.Flush();
  exit[3 * c] = x;
  if (x == scan::kDfaFar) far[c] = ch.lo + out.last;
  exit[3 * c + 1] = ~0u;
  exit[3 * c + 2] = ~0u;
  dirty[c] = out.dirty;
}

// True if run `run` (0 = A, 1 = B) of chunk c has a token starting at chunk offset i.
__device__ inline auto SpecBit(const uint32_t* bitmap, uint32_t c, uint32_t words, uint32_t run, uint32_t i) -> bool {
  return (bitmap[(static_cast<size_t>(c) * 2 + run) * words + (i >> 5)] >> (i & 31)) & 1u;
}

// Chunks after a miss that also get run B (RUSTG_CUDA_LEX_FLAG_WINDOW, 1 .. 64, for measurements):
// a chunk whose run A the previous one's meets may still be out of step when that previous chunk
// was (its true run ends elsewhere than its run A). Corpus re-scans on the H200: 621 with a window of
// 1, 323 with 4, 192 with 16 (172 with run B in every chunk); resolve 20.2, 11.5 and 2.6 ms.
constexpr uint32_t kFlagWindow = 16;

// Scanner hand-offs run A takes in a chunk before it gives up (a file's first chunk excepted). On
// the whole corpus in 1 KiB chunks (DISABLED_UnsureStats with RUSTG_DFA_STATS_CHUNK=1024): of 78.5K
// chunks whose run A is in step, 159 take more than 3; of 3.4K out of step, 385, 138 of them 20 or
// more (text inside a literal lexed as code: in non-ASCII prose each letter run is a hand-off).
// One warp of such chunks held run A for 5.6 ms at every input size (RUSTG_CUDA_LEX_PROF).
constexpr uint32_t kGiveUp = 3;

// Whether chunk c (not a file's first) starts where the previous chunk's run A ends, by its own run
// A: A's exit of chunk c - 1 is a token start of A in c, or past c (never where c's run A gave up).
__device__ inline auto RunsMeet(const ChunkInfo* chunks, uint32_t words, const uint32_t* bitmap, const uint32_t* exit,
                                uint32_t c) -> bool {
  ChunkInfo ch = chunks[c];
  uint32_t t = exit[3 * (c - 1)];
  if (exit[3 * c] == scan::kDfaGaveUp) return false;
  return t >= ch.hi || t < ch.lo || SpecBit(bitmap, c, words, 0, t - ch.lo);
}

// After kernel 1 without B: lists the chunks where the resolve pass may leave run A: those whose
// run A the previous chunk's run A does not meet, and the `window` - 1 chunks after each. Few
// chunks (run A alone misses in about 5% on the corpus), so B runs for those alone, all at once.
__global__ void FlagKernel(const ChunkInfo* chunks, uint32_t n, uint32_t words, const uint32_t* bitmap,
                           const uint32_t* exit, uint32_t window, uint32_t* flagged, uint32_t* n_flagged) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= n || chunks[c].first != 0) return;
  bool flag = false;
  for (uint32_t k = 0; k < window && !flag; ++k) {
    flag = !RunsMeet(chunks, words, bitmap, exit, c - k);
    if (chunks[c - k - 1].first != 0) break;  // c - k - 1 opens the file: no chunk before it
  }
  if (flag) flagged[atomicAdd(n_flagged, 1u)] = c;
}

// Run B of each listed chunk (as kernel 1 with `run_b` would have made it); a thread per entry.
__global__ void SpeculateBKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end,
                                 const uint32_t* flagged, const uint32_t* n_flagged, uint32_t words, uint32_t* bitmap,
                                 uint32_t* exit) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= *n_flagged) return;
  uint32_t c = flagged[i];
  ChunkInfo ch = chunks[c];
  uint32_t nl = ch.lo;
  while (nl < ch.hi && src[nl] != '\n') ++nl;
  if (nl + 1 >= ch.hi) return;
  uint32_t* bits = bitmap + (static_cast<size_t>(c) * 2 + 1) * words;
  for (uint32_t w = 0; w < words; ++w) bits[w] = 0;
  BitmapSink b{bits, ch.lo};
  exit[3 * c + 1] = scan::ScanRange(src, nl + 1, ch.hi, file_end[ch.file], static_cast<Edition>(ch.edition), false, b);
  exit[3 * c + 2] = nl + 1;
}

// SpeculateBKernel with the DFA (the DFA path: the tables go to shared memory first). The DFA
// finishes its last token however long (no kDfaFar), where the scanner used to lex it again from its
// start. Measured slower on the H200 (run B 3.1 -> 4.0 ms at 1 GB, bench/results/
// frontend-gpu-2026-12-01-lex50.md): the tail limit with the scanner after it is worth trying back.
__global__ void DfaSpeculateBKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end,
                                    const uint32_t* flagged, const uint32_t* n_flagged, uint32_t words,
                                    const scan::DfaTables* tables, uint32_t* bitmap, uint32_t* exit) {
  ProfScope<kProfB> prof_;
  __shared__ uint32_t s_next[scan::kDfaMaxStates * scan::kDfaClasses];
  __shared__ uint8_t s_cls[256];
  if (blockIdx.x * blockDim.x >= *n_flagged) return;  // the whole block: no tables to load
  LoadDfaTables(tables, s_next, s_cls);
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  bool live = i < *n_flagged;
  uint32_t c = live ? flagged[i] : 0;
  ChunkInfo ch = chunks[c];
  uint32_t nl = ch.lo;
  while (live && nl < ch.hi && src[nl] != '\n') ++nl;
  live = live && nl + 1 < ch.hi;
  const uint32_t mask = __ballot_sync(~0u, live);
  if (!live) return;
  uint32_t* bits = bitmap + (static_cast<size_t>(c) * 2 + 1) * words;
  for (uint32_t w = 0; w < words; ++w) bits[w] = 0;
  DfaRunOut<false> b{{mask}, bits, nullptr, nl + 1 - ch.lo};
  auto edition = static_cast<Edition>(ch.edition);
  uint32_t end = file_end[ch.file];
  const uint32_t x = scan::DfaScanChunk<DfaRunOut<false>, kDfaUnroll>(src, nl + 1, ch.hi, end, edition, false,
                                                                       s_next, s_cls, b, ~0u, false);
  b.Flush();
  exit[3 * c + 1] = x;
  exit[3 * c + 2] = nl + 1;
}

// The resolve step for chunk ck whose run A has no token start at the true start t (lo <= t < hi):
// the true run lexed up to run B's start meets B there (B is the true run from then on), or the
// chunk is re-scanned (*rescan). Returns where the true run leaves the chunk.
__device__ inline auto MissStep(const Byte* src, uint32_t words, const uint32_t* bitmap, const uint32_t* exit,
                                uint32_t ck, uint32_t lo, uint32_t hi, uint32_t end, Edition edition, uint32_t t,
                                bool& rescan) -> uint32_t {
  NullSink sink;
  rescan = false;
  const uint32_t b_start = exit[3 * ck + 2];
  if (b_start != ~0u) {
    t = scan::ScanRange(src, t, b_start, end, edition, false, sink);
    if (t >= hi) return t;
    if (SpecBit(bitmap, ck, words, 1, t - lo)) return exit[3 * ck + 1];
  }
  rescan = true;
  return scan::ScanRange(src, t, hi, end, edition, false, sink);
}

// Whether run A of chunk c (its exit `ex`) has a token start at t (lo <= t < hi); a run that gave
// up (kDfaGaveUp) has none that counts.
__device__ inline auto AHas(const uint32_t* bitmap, uint32_t words, uint32_t c, uint32_t ex, uint32_t lo, uint32_t t)
    -> bool {
  return ex != scan::kDfaGaveUp && SpecBit(bitmap, c, words, 0, t - lo);
}

// MissStep ahead of the resolve walk, for every chunk with run B (a thread each): from where the
// previous chunk's run B left it, the start the walk meets when the previous chunk's true run was
// its run B. A file whose chunks are out of step one after another (rustc_codegen_gcc's archs.rs:
// lines of string pairs keep run A inside a string) then walks them by lookups, not by one scanner
// run after another in one warp (2.4 ms of the resolve at every input size). pre_in[c]: that start
// (~0u: none worked out), pre_out[c]: MissStep's result from it, pre_rescan[c]: whether it re-scanned.
__global__ void PreStepKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end,
                              const uint32_t* flagged, const uint32_t* n_flagged, uint32_t words,
                              const uint32_t* bitmap, const uint32_t* exit, uint32_t* pre_in, uint32_t* pre_out,
                              uint8_t* pre_rescan) {
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= *n_flagged) return;
  const uint32_t c = flagged[i];  // never a file's first chunk
  if (exit[3 * (c - 1) + 2] == ~0u) return;  // the previous chunk has no run B
  const uint32_t t = exit[3 * (c - 1) + 1];
  const ChunkInfo ch = chunks[c];
  if (t < ch.lo || t >= ch.hi || AHas(bitmap, words, c, exit[3 * c], ch.lo, t)) return;  // the walk's quick cases
  bool rescan;
  pre_out[c] = MissStep(src, words, bitmap, exit, c, ch.lo, ch.hi, file_end[ch.file],
                        static_cast<Edition>(ch.edition), t, rescan);
  pre_rescan[c] = rescan ? 1 : 0;
  pre_in[c] = t;
}

// Where run A of chunk c leaves it when its exit is kDfaFar: the scanner finishes the token the
// DFA gave up on (the same call in every lane of the warp).
__device__ inline auto FarExit(const Byte* src, const ChunkInfo* chunks, const uint32_t* far, uint32_t end,
                               uint32_t c) -> uint32_t {
  NullSink none;
  const ChunkInfo ch = chunks[c];
  return scan::ScanRange(src, far[c], ch.hi, end, static_cast<Edition>(ch.edition), false, none);
}

// The true first token start of each chunk, a warp per file, 32 chunks at a time: each lane loads
// its chunk's run A (its exit) and whether that run meets the previous chunk's exit at one of its
// token starts (not where that exit is kDfaFar: the scanner finds that token's end, FarExit, only
// where the walk needs it, once for the warp, not in every lane whose misaligned run gave up).
// Wherever the previous chunk's true run was its run A, a lane that meets takes the previous exit
// as its true start at once; the warp walks the other chunks one at a time, together (the same step
// in every lane: MissStep, or its result from PreStepKernel where the walk comes in where that
// assumed).
// A thread per file waited on a chain of dependent loads per chunk: 3.6 ms at 1 GB, most in the
// largest files. With `dirty` (the DFA path), also lists the slow chunks: those whose true run is
// not run A from the true start on, or has a token the scanner reported a diagnostic for.
__global__ void ResolveWarpKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_chunk,
                                  const uint32_t* file_end, uint32_t n_files, uint32_t words, const uint32_t* bitmap,
                                  const uint32_t* exit, uint32_t* true_start, uint32_t* rescans,
                                  const uint32_t* dirty, const uint32_t* far, uint8_t* is_slow, uint32_t* slow,
                                  uint32_t* n_slow, const uint32_t* pre_in, const uint32_t* pre_out,
                                  const uint8_t* pre_rescan) {
  ProfScope<kProfResolve> prof_;
  const uint32_t f = (blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const uint32_t lane = threadIdx.x & 31;
  if (f >= n_files) return;  // the whole warp
  const uint32_t c0 = file_chunk[f], c1 = file_chunk[f + 1];
  const uint32_t end = file_end[f];
  auto mark_slow = [&](uint32_t c) {
    if (dirty == nullptr) return;
    is_slow[c] = 1;
    slow[atomicAdd(n_slow, 1u)] = c;
  };
  // Run A of chunk c holds from t: slow where it has a diagnosed token there or gave up on its last.
  auto a_slow = [&](uint32_t dirty_c, uint32_t ex, uint32_t t, uint32_t lo) {
    return dirty != nullptr && ((dirty_c != 0 && dirty_c - 1 >= t - lo) || ex == scan::kDfaFar);
  };
  uint32_t t = chunks[c0].lo;
  bool a_prev = false;  // the last chunk walked holds run A from its true start (t is its run A's exit)
  uint32_t ra_before = 0;  // run A's exit of the chunk before this group
  uint32_t local_rescans = 0;
  for (uint32_t base = c0; base < c1; base += 32) {
    const uint32_t c = base + lane;
    const bool valid = c < c1;
    ChunkInfo ch{};
    uint32_t ex = 0, ra = 0, dirty_c = 0, p_in = ~0u, p_out = 0, p_rescan = 0;
    if (valid) {
      ch = chunks[c];
      ex = ra = exit[3 * c];
      if (dirty != nullptr) dirty_c = dirty[c];
      if (pre_in != nullptr) {
        p_in = pre_in[c];
        if (p_in != ~0u) {
          p_out = pre_out[c];
          p_rescan = pre_rescan[c];
        }
      }
    }
    uint32_t prev_ra = __shfl_up_sync(~0u, ra, 1);
    if (lane == 0) prev_ra = ra_before;
    const bool meets = valid && c > c0 && prev_ra < ch.hi && AHas(bitmap, words, c, ex, ch.lo, prev_ra);
    const uint32_t meet_mask = __ballot_sync(~0u, meets);
    const uint32_t kn = c1 - base < 32 ? c1 - base : 32;
    for (uint32_t k = 0; k < kn;) {
      if (a_prev) {
        // Lanes k .. m - 1 meet: each holds run A from the previous exit.
        const uint32_t miss = ~meet_mask & (~0u << k);
        uint32_t m = miss != 0 ? __ffs(miss) - 1 : 32;
        m = m < kn ? m : kn;
        if (m > k) {
          if (lane >= k && lane < m) {
            true_start[c] = prev_ra;
            if (a_slow(dirty_c, ex, prev_ra, ch.lo)) mark_slow(c);
          }
          t = __shfl_sync(~0u, ra, m - 1);
          if (t == scan::kDfaFar) t = FarExit(src, chunks, far, end, base + m - 1);
          k = m;
          continue;
        }
      }
      // Chunk base + k on its own.
      const uint32_t ck = base + k;
      const uint32_t lo = __shfl_sync(~0u, ch.lo, k), hi = __shfl_sync(~0u, ch.hi, k);
      const uint32_t ex_k = __shfl_sync(~0u, ex, k), ra_k = __shfl_sync(~0u, ra, k);
      const uint32_t dirty_k = __shfl_sync(~0u, dirty_c, k);
      const uint32_t p_in_k = __shfl_sync(~0u, p_in, k);
      const uint32_t p_out_k = __shfl_sync(~0u, p_out, k), p_rescan_k = __shfl_sync(~0u, p_rescan, k);
      const auto edition = static_cast<Edition>(__shfl_sync(~0u, static_cast<uint32_t>(ch.edition), k));
      ++k;
      if (lane == 0) true_start[ck] = t;
      if (ck != c0 && t >= hi) {
        a_prev = false;  // a token spans the chunk: t goes on to the next
        continue;
      }
      if (ck == c0 || AHas(bitmap, words, ck, ex_k, lo, t)) {
        if (lane == 0 && a_slow(dirty_k, ex_k, t, lo)) mark_slow(ck);
        t = ra_k == scan::kDfaFar ? FarExit(src, chunks, far, end, ck) : ra_k;
        a_prev = true;
        continue;
      }
      if (lane == 0) mark_slow(ck);
      a_prev = false;
      if (t == p_in_k) {
        t = p_out_k;
        local_rescans += p_rescan_k;
        continue;
      }
      bool rescan;
      t = MissStep(src, words, bitmap, exit, ck, lo, hi, end, edition, t, rescan);
      local_rescans += rescan ? 1 : 0;
    }
    ra_before = __shfl_sync(~0u, ra, 31);
  }
  if (lane == 0 && local_rescans != 0) atomicAdd(rescans, local_rescans);
}

// For the count kernels: whether thread c has no chunk (c >= n). Thread n zeroes the extra count
// slot, which makes the exclusive scan's last entry the total.
__device__ bool PastLastChunk(uint32_t c, uint32_t n, uint32_t* tok_count, uint32_t* diag_count) {
  if (c < n) return false;
  if (c == n) {
    tok_count[c] = 0;
    diag_count[c] = 0;
  }
  return true;
}

__global__ void CountKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                            const uint32_t* true_start, uint32_t* tok_count, uint32_t* diag_count) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (PastLastChunk(c, n, tok_count, diag_count)) return;
  ChunkInfo ch = chunks[c];
  CountSink sink;
  scan::ScanRange(src, true_start[c], ch.hi, file_end[ch.file], static_cast<Edition>(ch.edition), ch.first != 0,
                  sink);
  tok_count[c] = sink.tokens + (ch.last ? 1 : 0);  // the file's Eof
  diag_count[c] = sink.diags;
}

__global__ void WriteKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                            const uint32_t* true_start, const uint32_t* tok_off, const uint32_t* diag_off,
                            TokenKind* kinds, uint32_t* starts, LexDiagRecord* records) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= n) return;
  ChunkInfo ch = chunks[c];
  WriteSink sink{kinds, starts, records, tok_off[c], diag_off[c]};
  uint32_t end = file_end[ch.file];
  scan::ScanRange(src, true_start[c], ch.hi, end, static_cast<Edition>(ch.edition), ch.first != 0, sink);
  if (ch.last) sink.Token(TokenKind::Eof, end);
}

// The DFA path's count for a chunk that is not slow: run A's token starts at or after the true
// start (plus the file's Eof), and no records.
__global__ void FastCountKernel(const ChunkInfo* chunks, uint32_t n, uint32_t words, const uint32_t* bitmap,
                                const uint32_t* true_start, const uint8_t* is_slow, uint32_t* tok_count,
                                uint32_t* diag_count) {
  ProfScope<kProfFastCount> prof_;
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (PastLastChunk(c, n, tok_count, diag_count)) return;
  if (is_slow[c]) return;
  ChunkInfo ch = chunks[c];
  uint32_t t = true_start[c];
  uint32_t count = 0;
  if (t < ch.hi) {
    const uint32_t* bits = bitmap + static_cast<size_t>(c) * 2 * words;
    uint32_t off = t - ch.lo;
    count = __popc(bits[off >> 5] & (~0u << (off & 31)));
    for (uint32_t w = (off >> 5) + 1; w < words; ++w) count += __popc(bits[w]);
  }
  tok_count[c] = count + (ch.last ? 1 : 0);
  diag_count[c] = 0;
}

// CountKernel for the slow chunks only (a thread per entry of `slow`). The DFA runs again from the
// true start, into the chunk's run-A bitmap and kinds, and finishes its last token however long
// (in step, a long literal or comment is no misaligned run's mistake): where the scanner reports
// nothing on the way, the chunk becomes a fast one from its true start (is_slow = 2:
// FastWriteKernel writes it); else the scanner counts it (SlowWriteKernel writes it). With the
// DFA's give-up at 256 bytes past the chunk, every chunk ending in a long literal went to the
// scanner twice more (count and write), one lane for its whole length.
__global__ void SlowCountKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end,
                                const uint32_t* slow, const uint32_t* n_slow, const uint32_t* true_start,
                                const scan::DfaTables* tables, uint32_t words, uint32_t chunk, uint32_t* bitmap,
                                uint8_t* spec_kind, uint8_t* is_slow, uint32_t* tok_count, uint32_t* diag_count) {
  ProfScope<kProfSlowCount> prof_;
  __shared__ uint32_t s_next[scan::kDfaMaxStates * scan::kDfaClasses];
  __shared__ uint8_t s_cls[256];
  if (blockIdx.x * blockDim.x >= *n_slow) return;  // the whole block: no tables to load
  LoadDfaTables(tables, s_next, s_cls);
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  const bool live = i < *n_slow;
  const uint32_t mask = __ballot_sync(~0u, live);
  if (!live) return;
  uint32_t c = slow[i];
  ChunkInfo ch = chunks[c];
  auto edition = static_cast<Edition>(ch.edition);
  uint32_t end = file_end[ch.file];
  const uint32_t t = true_start[c];
  uint32_t* bits = bitmap + static_cast<size_t>(c) * 2 * words;
  for (uint32_t w = 0; w < words; ++w) bits[w] = 0;
  DfaRunOut<true> dfa{{mask}, bits, spec_kind + static_cast<size_t>(c) * chunk, t - ch.lo};
  scan::DfaScanChunk<DfaRunOut<true>, kDfaUnroll>(src, t, ch.hi, end, edition, ch.first != 0, s_next, s_cls, dfa,
                                                   ~0u, false);
  dfa.Flush();
  uint32_t tokens = dfa.n, diags = 0;
  if (dfa.dirty != 0) {
    CountSink sink;
    scan::ScanRange(src, t, ch.hi, end, edition, ch.first != 0, sink);
    tokens = sink.tokens;
    diags = sink.diags;
  } else {
    is_slow[c] = 2;
  }
  tok_count[c] = tokens + (ch.last ? 1 : 0);
  diag_count[c] = diags;
}

// The position of the k-th (from 0) set bit of x, which has more than k: a binary search by
// population counts, without branches.
__device__ inline auto NthBit(uint32_t x, uint32_t k) -> uint32_t {
  uint32_t pos = 0;
#pragma unroll
  for (uint32_t sh = 16; sh != 0; sh >>= 1) {
    const uint32_t low = __popc(x & ((1u << sh) - 1));
    const bool up = k >= low;
    k = up ? k - low : k;
    x = up ? x >> sh : x;
    pos = up ? pos + sh : pos;
  }
  return pos;
}

// The DFA path's write for a chunk that is not slow (or that SlowCountKernel made fast), a warp per
// chunk: each token start of run A at or after the true start with its recorded kind (identifiers
// looked up as keywords here, in a shared-memory copy of the host's perfect-hash table), then the
// file's Eof. The warp takes the bitmap 32 words at a time. kBalanced (the default): lane i takes
// the group's tokens i, i + 32, ... (it finds token r's word by a binary search over the words'
// token counts, and its bit with NthBit), so the lanes stay busy however the tokens fall and the
// columns go out coalesced; else each lane takes its own word's tokens (RUSTG_CUDA_LEX_WRITE=lane,
// measurements: 5.7 ms at 1 GB on the H200, with about 5 of 32 lanes busy).
template <bool kBalanced>
__global__ void FastWriteKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                                uint32_t words, uint32_t chunk, const uint32_t* bitmap, const uint8_t* spec_kind,
                                const uint32_t* true_start, const uint8_t* is_slow, const uint32_t* tok_off,
                                const scan::KeywordTable* keywords, TokenKind* kinds, uint32_t* starts) {
  ProfScope<kProfFastWrite> prof_;
  __shared__ scan::KeywordTable s_keywords;
  {
    auto* to = reinterpret_cast<uint32_t*>(&s_keywords);
    const auto* from = reinterpret_cast<const uint32_t*>(keywords);
    for (uint32_t i = threadIdx.x; i < sizeof(scan::KeywordTable) / 4; i += blockDim.x) to[i] = from[i];
    __syncthreads();
  }
  uint32_t c = (blockIdx.x * blockDim.x + threadIdx.x) / 32;
  uint32_t lane = threadIdx.x & 31;
  if (c >= n || is_slow[c] == 1) return;
  ChunkInfo ch = chunks[c];
  uint32_t t = true_start[c];
  uint32_t out = tok_off[c];
  uint32_t written = 0;
  if (t < ch.hi) {
    const uint32_t* bits = bitmap + static_cast<size_t>(c) * 2 * words;
    const uint8_t* kind = spec_kind + static_cast<size_t>(c) * chunk;
    auto edition = static_cast<Edition>(ch.edition);
    uint32_t off = t - ch.lo;
    // Run A's tokens before the true start: their kinds are skipped.
    uint32_t before = 0;
    for (uint32_t w = lane; w <= (off >> 5); w += 32) {
      uint32_t word = bits[w];
      before += __popc(w < (off >> 5) ? word : word & ((1u << (off & 31)) - 1));
    }
    before = __reduce_add_sync(~0u, before);
    uint32_t run = 0;  // run A's tokens in the words before this group of 32
    for (uint32_t base = 0; base < words; base += 32) {
      uint32_t w = base + lane;
      uint32_t word = w < words ? bits[w] : 0;
      uint32_t p = __popc(word);
      uint32_t incl = p;
      for (uint32_t d = 1; d < 32; d <<= 1) {
        uint32_t v = __shfl_up_sync(~0u, incl, d);
        if (lane >= d) incl += v;
      }
      const uint32_t group = __shfl_sync(~0u, incl, 31);
      // The group's token r, at chunk offset pos; `next`: the next token's offset, or 0 where unknown.
      auto put = [&](uint32_t r, uint32_t pos, uint32_t next) {
        if (run + r < before) return;
        uint32_t start = ch.lo + pos;
        uint32_t o = out + run + r - before;
        kinds[o] = scan::DfaTokenKindNext(src, start, next != 0 ? ch.lo + next : 0, kind[run + r], edition,
                                           &s_keywords);
        starts[o] = start;
      };
      if constexpr (kBalanced) {
        for (uint32_t r0 = 0; r0 < group; r0 += 32) {
          const uint32_t r = r0 + lane;
          // The word holding token r: the first lane whose inclusive count exceeds r.
          uint32_t at = 0;
          for (uint32_t step = 16; step != 0; step >>= 1) {
            if (__shfl_sync(~0u, incl, at + step - 1) <= r) at += step;
          }
          const uint32_t wd = __shfl_sync(~0u, word, at);
          const uint32_t first = __shfl_sync(~0u, incl - p, at);
          const uint32_t pos = r < group ? (base + at) * 32 + NthBit(wd, r - first) : 0;
          // Token r + 1's offset is the next lane's (an identifier's length without reading it).
          const uint32_t next = __shfl_down_sync(~0u, pos, 1);
          if (r < group) put(r, pos, lane < 31 && r + 1 < group ? next : 0);
        }
      } else {
        uint32_t r = incl - p;  // the lane's first token in the group
        while (word != 0) {
          put(r++, w * 32 + (__ffs(word) - 1), 0);
          word &= word - 1;
        }
      }
      run += group;
    }
    written = run - before;
  }
  if (ch.last && lane == 0) {
    kinds[out + written] = TokenKind::Eof;
    starts[out + written] = file_end[ch.file];
  }
}

// WriteKernel for the slow chunks that SlowCountKernel left to the scanner (is_slow = 1).
__global__ void SlowWriteKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end,
                                const uint32_t* slow, const uint32_t* n_slow, const uint32_t* true_start,
                                const uint32_t* tok_off, const uint32_t* diag_off, const uint8_t* is_slow,
                                TokenKind* kinds, uint32_t* starts, LexDiagRecord* records) {
  ProfScope<kProfSlowWrite> prof_;
  uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= *n_slow) return;
  const uint32_t c = slow[i];
  if (is_slow[c] != 1) return;
  ChunkInfo ch = chunks[c];
  uint32_t end = file_end[ch.file];
  WriteSink sink{kinds, starts, records, tok_off[c], diag_off[c]};
  scan::ScanRange(src, true_start[c], ch.hi, end, static_cast<Edition>(ch.edition), ch.first != 0, sink);
  if (ch.last) sink.Token(TokenKind::Eof, end);
}

// Per file and for the end (f = n_files): its first token and first record (the chunk offsets at
// its first chunk), so the host downloads n_files + 1 offsets instead of one per chunk.
__global__ void FileOffsetsKernel(const uint32_t* file_chunk, uint32_t n_files, const uint32_t* tok_off,
                                  const uint32_t* diag_off, uint32_t* file_tok, uint32_t* file_diag) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f > n_files) return;
  file_tok[f] = tok_off[file_chunk[f]];
  file_diag[f] = diag_off[file_chunk[f]];
}

// The device copies the last LexCuda kept, and what they are copies of (the host columns they
// were downloaded into, the source): ParseCuda takes them only for exactly those tokens.
struct Kept {
  uint64_t tag = 0;
  const char* src_host = nullptr;
  size_t src_size = 0;
  const TokenKind* kind_host = nullptr;
  const uint32_t* start_host = nullptr;
  uint32_t n_tokens = 0;
  DeviceTokens d;
};
std::mutex kept_mu;
Kept kept;
uint64_t next_tag = 1;

void FreeKeptLocked() {
  DeviceFree(kept.d.src);
  DeviceFree(kept.d.kind);
  DeviceFree(kept.d.start);
  kept = Kept{};
}

auto ChunkSize() -> uint32_t {
  if (const char* env = std::getenv("RUSTG_CUDA_LEX_CHUNK")) {
    long v = std::strtol(env, nullptr, 10);
    if (v >= 32 && v % 32 == 0 && v <= (1 << 24)) return static_cast<uint32_t>(v);
  }
  return kDefaultChunk;
}

// Where the speculate pass runs B (RUSTG_CUDA_LEX_SPEC): `lazy` (the default) only in the chunks
// FlagKernel lists, `ab` in every chunk, `a` in none (measurements).
enum class SpecMode : uint8_t { kLazy, kAll, kNone };
auto SpeculateMode() -> SpecMode {
  const char* env = std::getenv("RUSTG_CUDA_LEX_SPEC");
  std::string mode = env != nullptr ? env : "lazy";
  return mode == "ab" ? SpecMode::kAll : mode == "a" ? SpecMode::kNone : SpecMode::kLazy;
}

// FlagKernel's window: RUSTG_CUDA_LEX_FLAG_WINDOW when set (1 .. 64), else kFlagWindow.
auto FlagWindow() -> uint32_t {
  if (const char* env = std::getenv("RUSTG_CUDA_LEX_FLAG_WINDOW")) {
    long v = std::strtol(env, nullptr, 10);
    if (v >= 1 && v <= 64) return static_cast<uint32_t>(v);
  }
  return kFlagWindow;
}

// Run A's scanner hand-offs before it gives up (kDfaGaveUp): RUSTG_CUDA_LEX_GIVE_UP when set (a
// number; `never` for no limit), else kGiveUp.
auto GiveUp() -> uint32_t {
  if (const char* env = std::getenv("RUSTG_CUDA_LEX_GIVE_UP")) {
    if (std::string(env) == "never") return ~0u;
    long v = std::strtol(env, nullptr, 10);
    if (v >= 0 && v < 1000000) return static_cast<uint32_t>(v);
  }
  return kGiveUp;
}

// Whether run A and the count and write passes use the DFA (the default) or the scanner everywhere
// (RUSTG_CUDA_LEX=scalar).
auto UseDfa() -> bool {
  const char* env = std::getenv("RUSTG_CUDA_LEX");
  return env == nullptr || std::string(env) != "scalar";
}

// The DFA's tables, built once on the host.
auto DfaTablesHost() -> const scan::DfaTables& {
  static const scan::DfaTables tables = scan::BuildDfaTables();
  return tables;
}

auto Blocks(uint32_t n) -> uint32_t { return (n + kBlock - 1) / kBlock; }

}  // namespace

namespace {

// LexCuda, and with `deferred` LexCudaDeferred: the token columns are sized but not downloaded,
// and `*deferred` names their device copies.
auto LexCudaImpl(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error,
                 DeviceTokens* deferred) -> std::optional<TokenBuffer> {
  auto fail = [&](const char* what, cudaError_t e) -> std::optional<TokenBuffer> {
    if (error != nullptr) *error = std::string(what) + ": " + cudaGetErrorString(e);
    cudaGetLastError();
    return std::nullopt;
  };
#define RUSTG_CK(call)                          \
  do {                                          \
    cudaError_t e_ = (call);                    \
    if (e_ != cudaSuccess) return fail(#call, e_); \
  } while (0)

  int devices = 0;
  RUSTG_CK(cudaGetDeviceCount(&devices));
  if (devices == 0) {
    if (error != nullptr) *error = "no CUDA device";
    return std::nullopt;
  }
  uint32_t n_files = src.file_count();
  TokenBuffer out;
  if (n_files == 0) return out;
  {
    // The previous build's copies are stale from here on; free them before allocating.
    std::lock_guard lock(kept_mu);
    FreeKeptLocked();
  }

  // The source bytes go up while a host thread cuts the files into chunks (O(files + chunks), a
  // small fraction of the bytes): the two overlap. Host-side work is timed too, so that the trace
  // accounts for the whole end-to-end time.
  const uint32_t chunk = ChunkSize();
  const uint32_t words = chunk / 32;
  std::vector<ChunkInfo> chunks;
  std::vector<uint32_t> file_chunk(n_files + 1);
  std::vector<uint32_t> file_end(n_files);
  auto cut = [&] {
    ScopedSpan span(timings, "lex prepare", "host");
    // At most one partial chunk a file: no reallocation on the way (a million chunks at 1 GB).
    chunks.reserve(src.size() / chunk + n_files);
    for (uint32_t f = 0; f < n_files; ++f) {
      FileId id(f);
      uint32_t b = src.file_begin(id), e = src.file_end(id);
      file_end[f] = e;
      file_chunk[f] = static_cast<uint32_t>(chunks.size());
      uint32_t lo = b;
      do {
        uint32_t hi = e - lo > chunk ? lo + chunk : e;
        chunks.push_back(
            ChunkInfo{lo, hi, f, static_cast<uint8_t>(lo == b), 0, static_cast<uint8_t>(src.edition(id))});
        lo = hi;
      } while (lo < e);
      chunks.back().last = 1;
    }
    file_chunk[n_files] = static_cast<uint32_t>(chunks.size());
  };

  PhaseTimer timer(timings);
  DeviceBuffers mem;
  Byte* d_src;
  ChunkInfo* d_chunks;
  uint32_t *d_file_chunk, *d_file_end, *d_bitmap, *d_exit, *d_true, *d_tok_count, *d_diag_count, *d_tok_off,
      *d_diag_off, *d_rescans, *d_flagged, *d_n_flagged;
  size_t src_bytes = static_cast<size_t>(src.size()) + SourceBuffer::kPadding;
  RUSTG_CK(mem.Alloc(src_bytes, &d_src));
  timer.Begin("lex upload");
  {
    std::jthread cutter(cut);
    RUSTG_CK(UploadStaged(d_src, src.data(), src_bytes));
  }
  auto n = static_cast<uint32_t>(chunks.size());
  RUSTG_CK(mem.Alloc(n, &d_chunks));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_file_chunk));
  RUSTG_CK(mem.Alloc(n_files, &d_file_end));
  RUSTG_CK(mem.Alloc(static_cast<size_t>(n) * 2 * words, &d_bitmap));
  RUSTG_CK(mem.Alloc(3 * static_cast<size_t>(n), &d_exit));
  RUSTG_CK(mem.Alloc(n, &d_true));
  RUSTG_CK(mem.Alloc(n + 1, &d_tok_count));
  RUSTG_CK(mem.Alloc(n + 1, &d_diag_count));
  RUSTG_CK(mem.Alloc(n + 1, &d_tok_off));
  RUSTG_CK(mem.Alloc(n + 1, &d_diag_off));
  RUSTG_CK(mem.Alloc(1, &d_rescans));
  RUSTG_CK(mem.Alloc(n, &d_flagged));
  RUSTG_CK(mem.Alloc(1, &d_n_flagged));
  // ~16 MB at 1 GB: through the pinned staging buffers (a pageable cudaMemcpy runs far below PCIe rate).
  RUSTG_CK(UploadStaged(d_chunks, chunks.data(), n * sizeof(ChunkInfo)));
  RUSTG_CK(cudaMemcpy(d_file_chunk, file_chunk.data(), (n_files + 1) * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_file_end, file_end.data(), n_files * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemset(d_rescans, 0, sizeof(uint32_t)));
  RUSTG_CK(cudaMemset(d_n_flagged, 0, sizeof(uint32_t)));
  // The DFA path's buffers: kinds of run A (`chunk` slots a chunk), last diagnosed token, slow list.
  const bool dfa = UseDfa();
  uint8_t* d_spec_kind = nullptr;
  uint8_t* d_is_slow = nullptr;
  uint32_t *d_dirty = nullptr, *d_far = nullptr, *d_slow = nullptr, *d_n_slow = nullptr;
  scan::DfaTables* d_tables = nullptr;
  scan::KeywordTable* d_keywords = nullptr;
  if (dfa) {
    RUSTG_CK(mem.Alloc(static_cast<size_t>(n) * chunk, &d_spec_kind));
    RUSTG_CK(mem.Alloc(n, &d_is_slow));
    RUSTG_CK(mem.Alloc(n, &d_dirty));
    RUSTG_CK(mem.Alloc(n, &d_far));
    RUSTG_CK(mem.Alloc(n, &d_slow));
    RUSTG_CK(mem.Alloc(1, &d_n_slow));
    RUSTG_CK(mem.Alloc(1, &d_tables));
    RUSTG_CK(cudaMemcpy(d_tables, &DfaTablesHost(), sizeof(scan::DfaTables), cudaMemcpyHostToDevice));
    static constexpr scan::KeywordTable kKeywords;
    RUSTG_CK(mem.Alloc(1, &d_keywords));
    RUSTG_CK(cudaMemcpy(d_keywords, &kKeywords, sizeof(scan::KeywordTable), cudaMemcpyHostToDevice));
    RUSTG_CK(cudaMemset(d_is_slow, 0, n));
    RUSTG_CK(cudaMemset(d_n_slow, 0, sizeof(uint32_t)));
  }
  // PreStepKernel's results, where run B runs only in listed chunks (RUSTG_CUDA_LEX_PRESTEP=off:
  // the walk steps through every such chunk itself, for measurements).
  const char* prestep_env = std::getenv("RUSTG_CUDA_LEX_PRESTEP");
  const bool pre = prestep_env == nullptr || std::string(prestep_env) != "off";
  uint32_t *d_pre_in = nullptr, *d_pre_out = nullptr;
  uint8_t* d_pre_rescan = nullptr;
  if (pre) {
    RUSTG_CK(mem.Alloc(n, &d_pre_in));
    RUSTG_CK(mem.Alloc(n, &d_pre_out));
    RUSTG_CK(mem.Alloc(n, &d_pre_rescan));
    RUSTG_CK(cudaMemset(d_pre_in, 0xFF, n * sizeof(uint32_t)));
  }
  timer.End();

  // RUSTG_CUDA_LEX_PROF: per-thread start and end of each DFA-path kernel (ProfScope).
  const bool prof = dfa && std::getenv("RUSTG_CUDA_LEX_PROF") != nullptr;
  std::array<uint64_t*, kProfKernels> d_prof{};
  const std::array<size_t, kProfKernels> prof_threads = {
      size_t{Blocks(n)} * kBlock,     size_t{Blocks(n)} * kBlock,      size_t{Blocks(32 * n_files)} * kBlock,
      size_t{Blocks(n + 1)} * kBlock, size_t{Blocks(n)} * kBlock,      size_t{Blocks(32 * n)} * kBlock,
      size_t{Blocks(n)} * kBlock};
  if (prof) {
    for (uint32_t k = 0; k < kProfKernels; ++k) {
      RUSTG_CK(mem.Alloc(2 * prof_threads[k], &d_prof[k]));
      RUSTG_CK(cudaMemset(d_prof[k], 0, 2 * prof_threads[k] * sizeof(uint64_t)));
    }
    RUSTG_CK(cudaMemcpyToSymbol(g_prof, d_prof.data(), sizeof(d_prof)));
  }
  timer.Begin("lex speculate");
  SpecMode spec = SpeculateMode();
  if (dfa) {
    // Run B, where wanted, only in the chunks FlagKernel lists.
    if (spec == SpecMode::kAll) spec = SpecMode::kLazy;
    // Registers capped for 8 blocks an SM (64 a thread, 50% occupancy): run A on 1 GB, H200, 11.3
    // ms against 11.9 with 80 (RUSTG_CUDA_LEX_OCC=6). RUSTG_CUDA_LEX_UNROLL=4 or 16 unrolls the byte
    // loop 4 or 16 times (16: 18.5 ms). Measurements.
    const char* unroll_env = std::getenv("RUSTG_CUDA_LEX_UNROLL");
    const char* occ_env = std::getenv("RUSTG_CUDA_LEX_OCC");
    const std::string unroll = unroll_env != nullptr ? unroll_env : "";
    auto* kernel = unroll == "4"                                     ? DfaSpeculateKernel<4, 1>
                   : unroll == "16"                                  ? DfaSpeculateKernel<16, 1>
                   : occ_env != nullptr && std::string(occ_env) == "6" ? DfaSpeculateKernel<kDfaUnroll, 1>
                                                                     : DfaSpeculateKernel<kDfaUnroll, 8>;
    kernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, words, chunk, d_tables, d_bitmap, d_exit,
                                  d_spec_kind, d_dirty, d_far, spec == SpecMode::kLazy ? GiveUp() : ~0u);
  } else {
    SpeculateKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, words, d_bitmap, d_exit,
                                           spec == SpecMode::kAll);
  }
  RUSTG_CK(cudaGetLastError());
  timer.End();
  timer.Begin("lex speculate B");
  if (spec == SpecMode::kLazy) {
    FlagKernel<<<Blocks(n), kBlock>>>(d_chunks, n, words, d_bitmap, d_exit, FlagWindow(), d_flagged,
                                      d_n_flagged);
    RUSTG_CK(cudaGetLastError());
    if (dfa) {
      DfaSpeculateBKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, d_flagged, d_n_flagged, words,
                                                 d_tables, d_bitmap, d_exit);
    } else {
      SpeculateBKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, d_flagged, d_n_flagged, words, d_bitmap,
                                              d_exit);
    }
    RUSTG_CK(cudaGetLastError());
  }
  timer.End();

  timer.Begin("lex resolve");
  if (pre && spec == SpecMode::kLazy) {
    PreStepKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, d_flagged, d_n_flagged, words, d_bitmap, d_exit,
                                         d_pre_in, d_pre_out, d_pre_rescan);
    RUSTG_CK(cudaGetLastError());
  }
  ResolveWarpKernel<<<Blocks(32 * n_files), kBlock>>>(d_src, d_chunks, d_file_chunk, d_file_end, n_files, words,
                                                      d_bitmap, d_exit, d_true, d_rescans, d_dirty, d_far, d_is_slow,
                                                      d_slow, d_n_slow, pre ? d_pre_in : nullptr, d_pre_out,
                                                      d_pre_rescan);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("lex count");
  if (dfa) {
    FastCountKernel<<<Blocks(n + 1), kBlock>>>(d_chunks, n, words, d_bitmap, d_true, d_is_slow, d_tok_count,
                                               d_diag_count);
    RUSTG_CK(cudaGetLastError());
    SlowCountKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, d_slow, d_n_slow, d_true, d_tables, words,
                                           chunk, d_bitmap, d_spec_kind, d_is_slow, d_tok_count, d_diag_count);
  } else {
    CountKernel<<<Blocks(n + 1), kBlock>>>(d_src, d_chunks, d_file_end, n, d_true, d_tok_count, d_diag_count);
  }
  RUSTG_CK(cudaGetLastError());
  size_t temp_bytes = 0, temp2 = 0;
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, temp_bytes, d_tok_count, d_tok_off, n + 1));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, temp2, d_diag_count, d_diag_off, n + 1));
  Byte* d_temp;
  RUSTG_CK(mem.Alloc(std::max(temp_bytes, temp2), &d_temp));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_temp, temp_bytes, d_tok_count, d_tok_off, n + 1));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_temp, temp2, d_diag_count, d_diag_off, n + 1));
  timer.End();

  uint32_t totals[2];
  RUSTG_CK(cudaMemcpy(&totals[0], d_tok_off + n, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(&totals[1], d_diag_off + n, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  TokenKind* d_kinds;
  uint32_t* d_starts;
  LexDiagRecord* d_records;
  RUSTG_CK(mem.Alloc(totals[0], &d_kinds));
  RUSTG_CK(mem.Alloc(totals[0], &d_starts));
  RUSTG_CK(mem.Alloc(totals[1], &d_records));

  timer.Begin("lex write");
  if (dfa) {
    const char* write = std::getenv("RUSTG_CUDA_LEX_WRITE");
    auto* write_kernel = write != nullptr && std::string(write) == "lane" ? FastWriteKernel<false>
                                                                          : FastWriteKernel<true>;
    write_kernel<<<Blocks(32 * n), kBlock>>>(d_src, d_chunks, d_file_end, n, words, chunk, d_bitmap, d_spec_kind,
                                             d_true, d_is_slow, d_tok_off, d_keywords, d_kinds, d_starts);
    RUSTG_CK(cudaGetLastError());
    SlowWriteKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, d_slow, d_n_slow, d_true, d_tok_off,
                                           d_diag_off, d_is_slow, d_kinds, d_starts, d_records);
  } else {
    WriteKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, d_true, d_tok_off, d_diag_off, d_kinds,
                                       d_starts, d_records);
  }
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("lex download");
  ReserveHuge(out.kind, totals[0]);
  ReserveHuge(out.start, totals[0]);
  out.kind.resize(totals[0]);
  out.start.resize(totals[0]);
  std::vector<LexDiagRecord> records(totals[1]);
  std::vector<uint32_t> file_tok(n_files + 1), file_diag(n_files + 1);
  uint32_t *d_file_tok, *d_file_diag;
  RUSTG_CK(mem.Alloc(n_files + 1, &d_file_tok));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_file_diag));
  FileOffsetsKernel<<<Blocks(n_files + 1), kBlock>>>(d_file_chunk, n_files, d_tok_off, d_diag_off, d_file_tok,
                                                     d_file_diag);
  RUSTG_CK(cudaGetLastError());
  if (deferred == nullptr) {
    RUSTG_CK(DownloadStaged(out.kind.data(), d_kinds, totals[0] * sizeof(TokenKind)));
    RUSTG_CK(DownloadStaged(out.start.data(), d_starts, totals[0] * sizeof(uint32_t)));
  }
  RUSTG_CK(DownloadStaged(records.data(), d_records, totals[1] * sizeof(LexDiagRecord)));
  RUSTG_CK(DownloadStaged(file_tok.data(), d_file_tok, (n_files + 1) * sizeof(uint32_t)));
  RUSTG_CK(DownloadStaged(file_diag.data(), d_file_diag, (n_files + 1) * sizeof(uint32_t)));
  timer.End();
  RUSTG_CK(cudaDeviceSynchronize());
  uint32_t rescans = 0, n_slow = 0, n_flagged = 0;
  RUSTG_CK(cudaMemcpy(&rescans, d_rescans, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(&n_flagged, d_n_flagged, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  if (dfa) RUSTG_CK(cudaMemcpy(&n_slow, d_n_slow, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  const std::string detail =
      std::to_string(n_files) + " files, " + std::to_string(n) + " chunks of " + std::to_string(chunk) + " bytes, " +
      std::to_string(n_flagged) + " with run B, " + std::to_string(rescans) + " re-scans" +
      (dfa ? ", DFA run A, " + std::to_string(n_slow) + " slow chunks" : std::string(", scanner run A"));
  timer.Flush(detail);
  if (std::getenv("RUSTG_CUDA_LEX_STATS") != nullptr) std::fprintf(stderr, "lex cuda: %s\n", detail.c_str());
  if (prof) {
    std::vector<uint32_t> flagged(n_flagged), slow(n_slow);
    RUSTG_CK(cudaMemcpy(flagged.data(), d_flagged, n_flagged * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    RUSTG_CK(cudaMemcpy(slow.data(), d_slow, n_slow * sizeof(uint32_t), cudaMemcpyDeviceToHost));
    const std::array<uint64_t*, kProfKernels> none{};
    RUSTG_CK(cudaMemcpyToSymbol(g_prof, none.data(), sizeof(none)));
    static const char* const kNames[] = {"run A", "run B", "resolve", "fast count", "slow count", "fast write",
                                         "slow write"};
    std::fprintf(stderr, "lex prof: %u files, %u chunks, %u bytes\n", n_files, n, src.size());
    for (uint32_t k = 0; k < kProfKernels; ++k) {
      std::vector<uint64_t> t(2 * prof_threads[k]);
      RUSTG_CK(cudaMemcpy(t.data(), d_prof[k], t.size() * sizeof(uint64_t), cudaMemcpyDeviceToHost));
      uint64_t lo = ~0ull, hi = 0;
      struct W { uint64_t dur, start; size_t lane; };
      std::vector<W> warps;
      for (size_t w = 0; w * 32 < prof_threads[k]; ++w) {
        uint64_t a = ~0ull, b = 0, best = 0;
        size_t lane = w * 32;
        for (size_t i = w * 32; i < w * 32 + 32; ++i) {
          if (t[2 * i] == 0) continue;
          a = std::min(a, t[2 * i]);
          b = std::max(b, t[2 * i + 1]);
          if (t[2 * i + 1] - t[2 * i] > best) best = t[2 * i + 1] - t[2 * i], lane = i;
        }
        if (b == 0) continue;
        lo = std::min(lo, a);
        hi = std::max(hi, b);
        warps.push_back({b - a, a, lane});
      }
      if (warps.empty()) continue;
      std::sort(warps.begin(), warps.end(), [](const W& x, const W& y) { return x.dur > y.dur; });
      const W& p50 = warps[warps.size() / 2];
      const W& p99 = warps[warps.size() / 100];
      std::fprintf(stderr, "lex prof %-10s span %.3f ms, %zu warps, warp p50 %.3f p99 %.3f ms\n", kNames[k],
                   (hi - lo) / 1e6, warps.size(), p50.dur / 1e6, p99.dur / 1e6);
      for (size_t r = 0; r < warps.size() && r < 6; ++r) {
        const size_t i = warps[r].lane;
        uint32_t c = 0;
        switch (k) {
          case kProfB: c = i < flagged.size() ? flagged[i] : 0; break;
          case kProfResolve: c = i / 32 < n_files ? file_chunk[i / 32] : 0; break;
          case kProfSlowCount:
          case kProfSlowWrite: c = i < slow.size() ? slow[i] : 0; break;
          case kProfFastWrite: c = static_cast<uint32_t>(i / 32); break;
          default: c = static_cast<uint32_t>(i); break;
        }
        c = std::min(c, n - 1);
        const ChunkInfo& ch = chunks[c];
        std::fprintf(stderr, "  %.3f ms from +%.3f: thread %zu chunk %u %s @%u (file chunks %u)\n",
                     warps[r].dur / 1e6, (warps[r].start - lo) / 1e6, i, c, src.path(FileId(ch.file)).c_str(),
                     ch.lo - src.file_begin(FileId(ch.file)), file_chunk[ch.file + 1] - file_chunk[ch.file]);
      }
    }
  }
#undef RUSTG_CK

  std::optional<ScopedSpan> host_span;
  host_span.emplace(timings, "lex finish", "host");
  out.file_first_token = std::move(file_tok);
  // Records are in file order and, within a file, in the CPU lexer's emission order.
  DiagSink rendered;
  for (uint32_t f = 0; f < n_files; ++f) {
    uint32_t a = file_diag[f], b = file_diag[f + 1];
    if (a != b) RenderLexDiags(records.data() + a, b - a, src, rendered);
  }
  if (!rendered.empty()) diags.Append(std::move(rendered));
  {
    // Keep the source bytes and tokens on the device for the parser (TakeDeviceTokens).
    std::lock_guard lock(kept_mu);
    for (void* p : {static_cast<void*>(d_src), static_cast<void*>(d_kinds), static_cast<void*>(d_starts)})
      mem.Release(p);
    kept.tag = next_tag++;
    kept.src_host = src.data();
    kept.src_size = src.size();
    kept.kind_host = out.kind.data();
    kept.start_host = out.start.data();
    kept.n_tokens = out.size();
    kept.d = DeviceTokens{reinterpret_cast<char*>(d_src), d_kinds, d_starts};
    out.device_tag = kept.tag;
  }
  if (deferred != nullptr) *deferred = kept.d;
  return out;
}

}  // namespace

auto LexCuda(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error)
    -> std::optional<TokenBuffer> {
  return LexCudaImpl(src, diags, timings, error, nullptr);
}

auto LexCudaDeferred(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error,
                     DeviceTokens* columns) -> std::optional<TokenBuffer> {
  return LexCudaImpl(src, diags, timings, error, columns);
}

auto DownloadTokenColumns(const DeviceTokens& columns, TokenBuffer& tokens, std::string* error) -> bool {
  cudaError_t e = DownloadStagedBackground(tokens.kind.data(), columns.kind, tokens.size() * sizeof(TokenKind));
  if (e == cudaSuccess)
    e = DownloadStagedBackground(tokens.start.data(), columns.start, tokens.size() * sizeof(uint32_t));
  if (e != cudaSuccess && error != nullptr) *error = std::string("token download: ") + cudaGetErrorString(e);
  return e == cudaSuccess;
}

auto TakeDeviceTokens(const SourceBuffer& src, const TokenBuffer& tokens) -> std::optional<DeviceTokens> {
  std::lock_guard lock(kept_mu);
  if (tokens.device_tag == 0 || tokens.device_tag != kept.tag || kept.src_host != src.data() ||
      kept.src_size != src.size() || kept.kind_host != tokens.kind.data() || kept.start_host != tokens.start.data() ||
      kept.n_tokens != tokens.size())
    return std::nullopt;
  DeviceTokens d = kept.d;
  kept = Kept{};
  return d;
}

}  // namespace rustg
