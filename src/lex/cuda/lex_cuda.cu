// The CUDA lexer: speculative chunk lexing with the shared scanner engine (lex/scan/scan.h).
//
// Every file is cut into fixed-size chunks (a chunk never spans files). Kernel 1 lexes each chunk
// speculatively from its first byte and from after its first newline, recording where tokens start
// and where each run stopped. A per-file pass then walks the chunks in order with the true position
// t of the first token at or after each chunk: lexing from a token boundary depends only on the
// position, so once the true run meets a speculative token start, that run is the true one from
// there on; else the chunk is re-scanned. Kernel 2 counts each chunk's tokens and diagnostic
// records from its true start, a CUB scan places them, and kernel 3 writes them. Where the true run
// joins a speculative run that reported no diagnostics (nearly every chunk of real code), kernels 2
// and 3 take the tokens from that run's bitmap and recorded kinds instead of lexing the chunk again.
// All files go up in one upload.
#include "lex/cuda/lex_cuda.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <cub/device/device_scan.cuh>
#include <cuda_runtime.h>

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

// Kernel 1 sink: a bitmap of token starts relative to the chunk start, the run's token kinds in
// order (the k-th set bit's kind is kinds[k]), and the number of diagnostics. Token starts only
// grow, so the bitmap word and four kinds at a time are built in registers and each global word
// is stored once, never read back: read-modify-write of the bitmap in global memory thrashed L2
// once the kinds were written too (speculate went from 62 to 215 ms on 1 GB, H200).
struct BitmapSink {
  uint32_t* bits;   // `words` words, all written by Flush
  uint32_t* kinds;  // room for one kind per byte of the chunk, as words
  uint32_t lo;
  uint32_t word_index = 0, word = 0;
  uint32_t diags = 0, count = 0, pending = 0;
  __device__ void Token(TokenKind k, uint32_t start) {
    uint32_t i = start - lo;
    while (word_index < (i >> 5)) {
      bits[word_index++] = word;
      word = 0;
    }
    word |= 1u << (i & 31);
    pending |= static_cast<uint32_t>(k) << (8 * (count & 3));
    if ((++count & 3) == 0) {
      kinds[(count >> 2) - 1] = pending;
      pending = 0;
    }
  }
  __device__ void Diag(const LexDiagRecord&) { ++diags; }
  __device__ void Flush(uint32_t words) {
    while (word_index < words) {
      bits[word_index++] = word;
      word = 0;
    }
    if ((count & 3) != 0) kinds[count >> 2] = pending;
  }
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

// Kernel 1: two speculative runs per chunk, as if a token started at its first byte (run A) and
// just after its first newline (run B). A chunk that starts inside a string literal is usually out
// of step for its whole length (every later quote flips), but a new line starts in step.
// exit[3c] = where A stopped, exit[3c + 1] = where B stopped, exit[3c + 2] = B's start or ~0u;
// spec_diags[2c + r] = diagnostics of run r.
__global__ void SpeculateKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                                uint32_t words, uint32_t* bitmap, uint32_t* spec_kinds, uint32_t* exit,
                                uint32_t* spec_diags) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= n) return;
  ChunkInfo ch = chunks[c];
  // Run B's words stay unwritten when it does not run: nothing reads them then.
  uint32_t* bits = bitmap + static_cast<size_t>(c) * 2 * words;
  auto edition = static_cast<Edition>(ch.edition);
  uint32_t end = file_end[ch.file];
  // Per run: `words` bitmap words and 8 * words kind words (one kind byte per chunk byte).
  uint32_t* kinds = spec_kinds + static_cast<size_t>(c) * 2 * 8 * words;
  BitmapSink a{bits, kinds, ch.lo};
  exit[3 * c] = scan::ScanRange(src, ch.lo, ch.hi, end, edition, ch.first != 0, a);
  a.Flush(words);
  spec_diags[2 * c] = a.diags;
  spec_diags[2 * c + 1] = 0;
  uint32_t nl = ch.lo;
  while (nl < ch.hi && src[nl] != '\n') ++nl;
  exit[3 * c + 1] = ~0u;
  exit[3 * c + 2] = ~0u;
  if (ch.first == 0 && nl + 1 < ch.hi) {
    BitmapSink b{bits + words, kinds + 8 * words, ch.lo};
    exit[3 * c + 1] = scan::ScanRange(src, nl + 1, ch.hi, end, edition, false, b);
    b.Flush(words);
    exit[3 * c + 2] = nl + 1;
    spec_diags[2 * c + 1] = b.diags;
  }
}

// True if run `run` (0 = A, 1 = B) of chunk c has a token starting at chunk offset i.
__device__ inline auto SpecBit(const uint32_t* bitmap, uint32_t c, uint32_t words, uint32_t run, uint32_t i) -> bool {
  return (bitmap[(static_cast<size_t>(c) * 2 + run) * words + (i >> 5)] >> (i & 31)) & 1u;
}

// One thread per file: the true first token start of each chunk, and where the true run joins a
// speculative run: join[2c] = the position (~0u if it never does), join[2c + 1] = the run.
__global__ void ResolveKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_chunk,
                              const uint32_t* file_end, uint32_t n_files, uint32_t words, const uint32_t* bitmap,
                              const uint32_t* exit, uint32_t* true_start, uint32_t* join, uint32_t* rescans) {
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
    join[2 * c] = ~0u;
    if (c == c0) {
      join[2 * c] = t;
      join[2 * c + 1] = 0;
      t = exit[3 * c];
      continue;
    }
    if (t >= ch.hi) continue;
    auto edition = static_cast<Edition>(ch.edition);
    if (SpecBit(bitmap, c, words, 0, t - ch.lo)) {
      join[2 * c] = t;
      join[2 * c + 1] = 0;
      t = exit[3 * c];
      continue;
    }
    uint32_t b_start = exit[3 * c + 2];
    if (b_start != ~0u) {
      // Lex the true run up to run B's start; if it meets B there, B is the true run from then on.
      t = scan::ScanRange(src, t, b_start, end, edition, false, sink);
      if (t >= ch.hi) continue;
      if (SpecBit(bitmap, c, words, 1, t - ch.lo)) {
        join[2 * c] = t;
        join[2 * c + 1] = 1;
        t = exit[3 * c + 1];
        continue;
      }
    }
    t = scan::ScanRange(src, t, ch.hi, end, edition, false, sink);
    ++local_rescans;
  }
  if (local_rescans != 0) atomicAdd(rescans, local_rescans);
}

// The speculative run that chunk c's true run joins, if it joins one with no diagnostics: then the
// true run's tokens from the join on are that run's bitmap and kinds, and need no second lexing.
struct Join {
  uint32_t pos;           // where the true run meets the speculative run
  const uint32_t* bits;   // that run's token-start bitmap
  const uint32_t* kinds;  // that run's kinds in order, four to a word
};
__device__ inline auto CleanJoin(uint32_t c, uint32_t words, const uint32_t* bitmap, const uint32_t* spec_kinds,
                                 const uint32_t* join, const uint32_t* spec_diags, Join* out) -> bool {
  uint32_t pos = join[2 * c], run = join[2 * c + 1];
  if (pos == ~0u || spec_diags[2 * c + run] != 0) return false;
  *out = Join{pos, bitmap + (static_cast<size_t>(c) * 2 + run) * words,
              spec_kinds + (static_cast<size_t>(c) * 2 + run) * 8 * words};
  return true;
}

// Set bits of `bits` at offsets >= i.
__device__ inline auto CountFrom(const uint32_t* bits, uint32_t words, uint32_t i) -> uint32_t {
  uint32_t w = i >> 5;
  if (w >= words) return 0;
  uint32_t count = __popc(bits[w] & (~0u << (i & 31)));
  for (++w; w < words; ++w) count += __popc(bits[w]);
  return count;
}

__global__ void CountKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                            uint32_t words, const uint32_t* bitmap, const uint32_t* spec_kinds, const uint32_t* join,
                            const uint32_t* spec_diags, const uint32_t* true_start, uint32_t* tok_count,
                            uint32_t* diag_count) {
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
  auto edition = static_cast<Edition>(ch.edition);
  Join j;
  if (CleanJoin(c, words, bitmap, spec_kinds, join, spec_diags, &j)) {
    // Lex only the stretch before the join (empty unless the join is with run B).
    if (true_start[c] < j.pos) scan::ScanRange(src, true_start[c], j.pos, file_end[ch.file], edition, false, sink);
    sink.tokens += CountFrom(j.bits, words, j.pos - ch.lo);
  } else {
    scan::ScanRange(src, true_start[c], ch.hi, file_end[ch.file], edition, ch.first != 0, sink);
  }
  tok_count[c] = sink.tokens + (ch.last ? 1 : 0);  // the file's Eof
  diag_count[c] = sink.diags;
}

__global__ void WriteKernel(const Byte* src, const ChunkInfo* chunks, const uint32_t* file_end, uint32_t n,
                            uint32_t words, const uint32_t* bitmap, const uint32_t* spec_kinds, const uint32_t* join,
                            const uint32_t* spec_diags, const uint32_t* true_start, const uint32_t* tok_off,
                            const uint32_t* diag_off, TokenKind* kinds, uint32_t* starts, LexDiagRecord* records) {
  uint32_t c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= n) return;
  ChunkInfo ch = chunks[c];
  WriteSink sink{kinds, starts, records, tok_off[c], diag_off[c]};
  uint32_t end = file_end[ch.file];
  auto edition = static_cast<Edition>(ch.edition);
  Join j;
  if (CleanJoin(c, words, bitmap, spec_kinds, join, spec_diags, &j)) {
    if (true_start[c] < j.pos) scan::ScanRange(src, true_start[c], j.pos, end, edition, false, sink);
    // From the join on, the tokens are the run's bitmap bits with its kinds in order: the run's
    // k-th token is its k-th set bit.
    uint32_t i = j.pos - ch.lo;
    uint32_t k = 0;
    for (uint32_t w = 0; w < (i >> 5); ++w) k += __popc(j.bits[w]);
    k += __popc(j.bits[i >> 5] & ((1u << (i & 31)) - 1));
    for (uint32_t w = i >> 5; w < words; ++w) {
      uint32_t word = j.bits[w] & (w == (i >> 5) ? ~0u << (i & 31) : ~0u);
      while (word != 0) {
        uint32_t start = ch.lo + w * 32 + (__ffs(word) - 1);
        auto kind = static_cast<TokenKind>((j.kinds[k >> 2] >> (8 * (k & 3))) & 0xFF);
        sink.Token(kind, start);
        ++k;
        word &= word - 1;
      }
    }
  } else {
    scan::ScanRange(src, true_start[c], ch.hi, end, edition, ch.first != 0, sink);
  }
  if (ch.last) sink.Token(TokenKind::Eof, end);
}

// Device memory freed on scope exit.
struct DeviceBuffers {
  std::vector<void*> ptrs;
  ~DeviceBuffers() {
    for (void* p : ptrs) cudaFree(p);
  }
  template <class T>
  auto Alloc(size_t count, T** out) -> cudaError_t {
    void* p = nullptr;
    cudaError_t e = cudaMalloc(&p, count * sizeof(T) + 1);
    if (e == cudaSuccess) ptrs.push_back(p);
    *out = static_cast<T*>(p);
    return e;
  }
};

// CUDA events around each phase, recorded into Timings spans (category "kernel").
class PhaseTimer {
 public:
  explicit PhaseTimer(Timings* t) : t_(t != nullptr && t->enabled() ? t : nullptr) {}
  ~PhaseTimer() {
    for (auto& p : phases_) {
      cudaEventDestroy(p.a);
      cudaEventDestroy(p.b);
    }
  }
  void Begin(const char* name) {
    if (t_ == nullptr) return;
    Phase p{name, t_->NowUs(), nullptr, nullptr};
    cudaEventCreate(&p.a);
    cudaEventCreate(&p.b);
    cudaEventRecord(p.a);
    phases_.push_back(p);
  }
  void End() {
    if (t_ != nullptr && !phases_.empty()) cudaEventRecord(phases_.back().b);
  }
  // After a synchronize: writes the spans.
  void Flush(const std::string& detail) {
    if (t_ == nullptr) return;
    for (auto& p : phases_) {
      float ms = 0;
      cudaEventElapsedTime(&ms, p.a, p.b);
      t_->Record(p.name, "kernel", detail, p.host_us, static_cast<uint64_t>(ms * 1000.0f));
    }
  }

 private:
  struct Phase {
    const char* name;
    uint64_t host_us;
    cudaEvent_t a, b;
  };
  Timings* t_;
  std::vector<Phase> phases_;
};

auto ChunkSize() -> uint32_t {
  if (const char* env = std::getenv("RUSTG_CUDA_LEX_CHUNK")) {
    long v = std::strtol(env, nullptr, 10);
    if (v >= 32 && v % 32 == 0 && v <= (1 << 24)) return static_cast<uint32_t>(v);
  }
  return kDefaultChunk;
}

auto Blocks(uint32_t n) -> uint32_t { return (n + kBlock - 1) / kBlock; }

}  // namespace

auto LexCuda(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error)
    -> std::optional<TokenBuffer> {
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

  // Host-side work is timed too, so that the trace accounts for the whole end-to-end time.
  std::optional<ScopedSpan> host_span;
  host_span.emplace(timings, "lex prepare", "host");
  // Chunks on the host: O(files + chunks), a small fraction of the bytes.
  const uint32_t chunk = ChunkSize();
  const uint32_t words = chunk / 32;
  std::vector<ChunkInfo> chunks;
  std::vector<uint32_t> file_chunk(n_files + 1);
  std::vector<uint32_t> file_end(n_files);
  for (uint32_t f = 0; f < n_files; ++f) {
    FileId id(f);
    uint32_t b = src.file_begin(id), e = src.file_end(id);
    file_end[f] = e;
    file_chunk[f] = static_cast<uint32_t>(chunks.size());
    uint32_t lo = b;
    do {
      uint32_t hi = e - lo > chunk ? lo + chunk : e;
      chunks.push_back(ChunkInfo{lo, hi, f, static_cast<uint8_t>(lo == b), 0, static_cast<uint8_t>(src.edition(id))});
      lo = hi;
    } while (lo < e);
    chunks.back().last = 1;
  }
  file_chunk[n_files] = static_cast<uint32_t>(chunks.size());
  auto n = static_cast<uint32_t>(chunks.size());

  PhaseTimer timer(timings);
  DeviceBuffers mem;
  Byte* d_src;
  ChunkInfo* d_chunks;
  uint32_t *d_file_chunk, *d_file_end, *d_bitmap, *d_exit, *d_spec_diags, *d_join, *d_true, *d_tok_count,
      *d_diag_count, *d_tok_off, *d_diag_off, *d_rescans;
  uint32_t* d_spec_kinds;
  size_t src_bytes = static_cast<size_t>(src.size()) + SourceBuffer::kPadding;
  RUSTG_CK(mem.Alloc(src_bytes, &d_src));
  RUSTG_CK(mem.Alloc(n, &d_chunks));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_file_chunk));
  RUSTG_CK(mem.Alloc(n_files, &d_file_end));
  RUSTG_CK(mem.Alloc(static_cast<size_t>(n) * 2 * words, &d_bitmap));
  RUSTG_CK(mem.Alloc(3 * static_cast<size_t>(n), &d_exit));
  RUSTG_CK(mem.Alloc(2 * static_cast<size_t>(n), &d_spec_diags));
  RUSTG_CK(mem.Alloc(2 * static_cast<size_t>(n), &d_join));
  RUSTG_CK(mem.Alloc(static_cast<size_t>(n) * 2 * 8 * words, &d_spec_kinds));
  RUSTG_CK(mem.Alloc(n, &d_true));
  RUSTG_CK(mem.Alloc(n + 1, &d_tok_count));
  RUSTG_CK(mem.Alloc(n + 1, &d_diag_count));
  RUSTG_CK(mem.Alloc(n + 1, &d_tok_off));
  RUSTG_CK(mem.Alloc(n + 1, &d_diag_off));
  RUSTG_CK(mem.Alloc(1, &d_rescans));

  host_span.reset();
  timer.Begin("lex upload");
  RUSTG_CK(UploadStaged(d_src, src.data(), src_bytes));
  RUSTG_CK(cudaMemcpy(d_chunks, chunks.data(), n * sizeof(ChunkInfo), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_file_chunk, file_chunk.data(), (n_files + 1) * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_file_end, file_end.data(), n_files * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemset(d_rescans, 0, sizeof(uint32_t)));
  timer.End();

  timer.Begin("lex speculate");
  SpeculateKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, words, d_bitmap, d_spec_kinds, d_exit,
                                         d_spec_diags);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("lex resolve");
  ResolveKernel<<<Blocks(n_files), kBlock>>>(d_src, d_chunks, d_file_chunk, d_file_end, n_files, words, d_bitmap,
                                             d_exit, d_true, d_join, d_rescans);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("lex count");
  CountKernel<<<Blocks(n + 1), kBlock>>>(d_src, d_chunks, d_file_end, n, words, d_bitmap, d_spec_kinds, d_join, d_spec_diags, d_true,
                                         d_tok_count, d_diag_count);
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
  WriteKernel<<<Blocks(n), kBlock>>>(d_src, d_chunks, d_file_end, n, words, d_bitmap, d_spec_kinds, d_join,
                                     d_spec_diags, d_true, d_tok_off, d_diag_off, d_kinds, d_starts, d_records);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("lex download");
  ReserveHuge(out.kind, totals[0]);
  ReserveHuge(out.start, totals[0]);
  out.kind.resize(totals[0]);
  out.start.resize(totals[0]);
  std::vector<LexDiagRecord> records(totals[1]);
  std::vector<uint32_t> tok_off(n + 1), diag_off(n + 1);
  RUSTG_CK(DownloadStaged(out.kind.data(), d_kinds, totals[0] * sizeof(TokenKind)));
  RUSTG_CK(DownloadStaged(out.start.data(), d_starts, totals[0] * sizeof(uint32_t)));
  RUSTG_CK(cudaMemcpy(records.data(), d_records, totals[1] * sizeof(LexDiagRecord), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(tok_off.data(), d_tok_off, (n + 1) * sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(diag_off.data(), d_diag_off, (n + 1) * sizeof(uint32_t), cudaMemcpyDeviceToHost));
  timer.End();
  RUSTG_CK(cudaDeviceSynchronize());
  uint32_t rescans = 0;
  RUSTG_CK(cudaMemcpy(&rescans, d_rescans, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  timer.Flush(std::to_string(n_files) + " files, " + std::to_string(n) + " chunks of " + std::to_string(chunk) +
              " bytes, " + std::to_string(rescans) + " re-scans");
#undef RUSTG_CK

  host_span.emplace(timings, "lex finish", "host");
  out.file_first_token.resize(n_files + 1);
  for (uint32_t f = 0; f < n_files; ++f) out.file_first_token[f] = tok_off[file_chunk[f]];
  out.file_first_token[n_files] = totals[0];
  // Records are in file order and, within a file, in the CPU lexer's emission order.
  DiagSink rendered;
  for (uint32_t f = 0; f < n_files; ++f) {
    uint32_t a = diag_off[file_chunk[f]], b = diag_off[file_chunk[f + 1]];
    if (a != b) RenderLexDiags(records.data() + a, b - a, src, rendered);
  }
  if (!rendered.empty()) diags.Append(std::move(rendered));
  return out;
}

}  // namespace rustg
