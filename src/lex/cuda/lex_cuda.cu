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
#include "lex/scan/scan.h"

namespace rustg {
namespace {

using scan::Byte;

constexpr uint32_t kDefaultChunk = 1024;
constexpr uint32_t kBlock = 128;

// Per-chunk description, built on the host.
struct ChunkInfo {
  uint32_t lo, hi;      // bytes [lo, hi) of the chunk
  uint32_t file;        // its file
  uint8_t first, last;  // first / last chunk of the file
  uint8_t edition;
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

// True if run `run` (0 = A, 1 = B) of chunk c has a token starting at chunk offset i.
__device__ inline auto SpecBit(const uint32_t* bitmap, uint32_t c, uint32_t words, uint32_t run, uint32_t i) -> bool {
  return (bitmap[(static_cast<size_t>(c) * 2 + run) * words + (i >> 5)] >> (i & 31)) & 1u;
}

// After kernel 1 without B: lists the chunks whose run A the previous chunk's run A does not meet
// (A's exit of chunk c - 1 is no token start of A in c): where the resolve pass would leave A. Few
// chunks (about 5% on the corpus), so B runs for those alone, all at once.
__global__ void FlagKernel(const ChunkInfo* chunks, uint32_t n, uint32_t words, const uint32_t* bitmap,
                           const uint32_t* exit, uint32_t* flagged, uint32_t* n_flagged) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= n) return;
  ChunkInfo ch = chunks[c];
  if (ch.first != 0) return;
  uint32_t t = exit[3 * (c - 1)];
  if (t >= ch.hi || t < ch.lo || SpecBit(bitmap, c, words, 0, t - ch.lo)) return;
  flagged[atomicAdd(n_flagged, 1u)] = c;
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

// One thread per file: the true first token start of each chunk.
__global__ void ResolveKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_chunk,
                              const uint32_t* file_end, uint32_t n_files, uint32_t words, const uint32_t* bitmap,
                              const uint32_t* exit, uint32_t* true_start, uint32_t* rescans) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f >= n_files) return;
  uint32_t c0 = file_chunk[f], c1 = file_chunk[f + 1];
  uint32_t end = file_end[f];
  uint32_t t = chunks[c0].lo;
  uint32_t local_rescans = 0;
  NullSink sink;
  for (uint32_t c = c0; c < c1; ++c) {
    ChunkInfo ch = chunks[c];
    true_start[c] = t;
    if (c == c0) {
      t = exit[3 * c];
      continue;
    }
    if (t >= ch.hi) continue;
    auto edition = static_cast<Edition>(ch.edition);
    if (SpecBit(bitmap, c, words, 0, t - ch.lo)) {
      t = exit[3 * c];
      continue;
    }
    uint32_t b_start = exit[3 * c + 2];
    if (b_start != ~0u) {
      // Lex the true run up to run B's start; if it meets B there, B is the true run from then on.
      t = scan::ScanRange(src, t, b_start, end, edition, false, sink);
      if (t >= ch.hi) continue;
      if (SpecBit(bitmap, c, words, 1, t - ch.lo)) {
        t = exit[3 * c + 1];
        continue;
      }
    }
    t = scan::ScanRange(src, t, ch.hi, end, edition, false, sink);
    ++local_rescans;
  }
  if (local_rescans != 0) atomicAdd(rescans, local_rescans);
}

__global__ void CountKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                            const uint32_t* true_start, uint32_t* tok_count, uint32_t* diag_count) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c > n) return;
  if (c == n) {
    // The extra slot makes the exclusive scan's last entry the total.
    tok_count[c] = 0;
    diag_count[c] = 0;
    return;
  }
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
  RUSTG_CK(cudaMemcpy(d_chunks, chunks.data(), n * sizeof(ChunkInfo), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_file_chunk, file_chunk.data(), (n_files + 1) * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_file_end, file_end.data(), n_files * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemset(d_rescans, 0, sizeof(uint32_t)));
  RUSTG_CK(cudaMemset(d_n_flagged, 0, sizeof(uint32_t)));
  timer.End();

  timer.Begin("lex speculate");
  const SpecMode spec = SpeculateMode();
  SpeculateKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, words, d_bitmap, d_exit,
                                         spec == SpecMode::kAll);
  RUSTG_CK(cudaGetLastError());
  if (spec == SpecMode::kLazy) {
    FlagKernel<<<Blocks(n), kBlock>>>(d_chunks, n, words, d_bitmap, d_exit, d_flagged, d_n_flagged);
    RUSTG_CK(cudaGetLastError());
    SpeculateBKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, d_flagged, d_n_flagged, words, d_bitmap,
                                            d_exit);
    RUSTG_CK(cudaGetLastError());
  }
  timer.End();

  timer.Begin("lex resolve");
  ResolveKernel<<<Blocks(n_files), kBlock>>>(d_src, d_chunks, d_file_chunk, d_file_end, n_files, words, d_bitmap,
                                             d_exit, d_true, d_rescans);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("lex count");
  CountKernel<<<Blocks(n + 1), kBlock>>>(d_src, d_chunks, d_file_end, n, d_true, d_tok_count, d_diag_count);
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
  WriteKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, d_true, d_tok_off, d_diag_off, d_kinds,
                                     d_starts, d_records);
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
  uint32_t rescans = 0;
  RUSTG_CK(cudaMemcpy(&rescans, d_rescans, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  timer.Flush(std::to_string(n_files) + " files, " + std::to_string(n) + " chunks of " + std::to_string(chunk) +
              " bytes, " + std::to_string(rescans) + " re-scans");
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
