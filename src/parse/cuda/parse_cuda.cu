// The CUDA parser: the shared parser engine (parse/engine/parser.h), one thread per file.
//
// All files go up in one upload (source bytes, token kinds and starts). Kernel 1 parses each file
// with a counting sink (node and diagnostic-record counts; the sink keeps the last few nodes that
// the grammar reads back), a CUB exclusive scan places each file's nodes and records, and kernel 2
// parses again with a writing sink straight into the final postorder arrays, so the result is the
// CPU backend's Tree. The records are rendered on the host by the CPU backend's renderer.
//
// The engine is recursive with a depth limit (kMaxDepth = 256 nesting levels); the device stack
// must hold the deepest chain of frames that limit allows. See kParseStackBytes.
#include "parse/cuda/parse_cuda.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <cub/device/device_scan.cuh>
#include <cuda_runtime.h>

#include "parse/engine/parser.h"
#include "parse/engine/sinks.h"
#include "parse/render_diag.h"

namespace rustg {
namespace {

using parse_engine::CountSink;
using parse_engine::WriteSink;

constexpr uint32_t kBlock = 64;

// Device stack per thread for the parse kernels. The deepest frame chain per nesting level is the
// expression cycle ParseExprBp -> ParseExprBpInner -> ParseUnary -> ParsePrimary -> (e.g.)
// ParseParenOrTuple -> ParseExpr -> ParseExprBp; ptxas (-Xptxas -v, sm_90, Release) reports the
// frame sizes, and tools/cuda_parse_stack.sh sums the largest cycle. 256 levels of it plus the
// outer frames fit in this; RUSTG_CUDA_PARSE_STACK overrides it.
constexpr size_t kParseStackBytes = 160 * 1024;

// Per-file description, built on the host.
struct FileInfo {
  uint32_t tok_begin, tok_end;  // the file's tokens [tok_begin, tok_end)
  uint32_t scratch;             // offset of its scratch (tok_begin + 2 * file)
  uint8_t edition;
};

__device__ auto Scratch(const FileInfo& fi, uint32_t* ids, TokenKind* kinds, uint32_t* stack)
    -> parse_engine::ParseScratch {
  return parse_engine::ParseScratch{ids + fi.scratch, kinds + fi.scratch, stack + fi.scratch};
}

__global__ void CountKernel(parse_engine::TokenView in, const FileInfo* files, uint32_t n_files, uint32_t* ids,
                            TokenKind* kinds, uint32_t* stack, uint32_t* node_count, uint32_t* diag_count,
                            uint32_t* failed) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f > n_files) return;
  if (f == n_files) {
    // The extra slot makes the exclusive scan's last entry the total.
    node_count[f] = 0;
    diag_count[f] = 0;
    return;
  }
  FileInfo fi = files[f];
  CountSink sink;
  parse_engine::Parser<CountSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition),
                                    Scratch(fi, ids, kinds, stack), sink);
  p.ParseFile();
  node_count[f] = p.node_count();
  diag_count[f] = sink.diags;
  // A read-back older than the ring would make the counts wrong: fail the whole parse instead.
  if (sink.overrun) atomicExch(failed, 1u);
}

__global__ void WriteKernel(parse_engine::TokenView in, const FileInfo* files, uint32_t n_files, uint32_t* ids,
                            TokenKind* kinds, uint32_t* stack, const uint32_t* node_off, const uint32_t* diag_off,
                            NodeKind* out_kind, TokenId* out_token, uint32_t* out_size, ParseDiagRecord* records) {
  uint32_t f = blockIdx.x * blockDim.x + threadIdx.x;
  if (f >= n_files) return;
  FileInfo fi = files[f];
  uint32_t at = node_off[f];
  WriteSink sink{out_kind + at, out_token + at, out_size + at, records + diag_off[f], 0};
  parse_engine::Parser<WriteSink> p(in, fi.tok_begin, fi.tok_end, static_cast<Edition>(fi.edition),
                                    Scratch(fi, ids, kinds, stack), sink);
  p.ParseFile();
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

auto StackBytes() -> size_t {
  if (const char* env = std::getenv("RUSTG_CUDA_PARSE_STACK")) {
    long v = std::strtol(env, nullptr, 10);
    if (v >= 1024 && v <= (1 << 24)) return static_cast<size_t>(v);
  }
  return kParseStackBytes;
}

auto Blocks(uint32_t n) -> uint32_t { return (n + kBlock - 1) / kBlock; }

// Sets the device stack limit for the parse and restores the previous one on scope exit (a large
// limit reserves stack memory for every resident thread of the device).
class StackLimit {
 public:
  auto Set(size_t bytes) -> cudaError_t {
    cudaError_t e = cudaDeviceGetLimit(&old_, cudaLimitStackSize);
    if (e != cudaSuccess) return e;
    e = cudaDeviceSetLimit(cudaLimitStackSize, bytes);
    set_ = e == cudaSuccess;
    return e;
  }
  ~StackLimit() {
    if (set_) cudaDeviceSetLimit(cudaLimitStackSize, old_);
  }

 private:
  size_t old_ = 0;
  bool set_ = false;
};

}  // namespace

auto ParseCuda(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags, Timings* timings,
               std::string* error) -> std::optional<Tree> {
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

  std::vector<FileInfo> files(n_files);
  for (uint32_t f = 0; f < n_files; ++f) {
    FileId id(f);
    files[f] = FileInfo{tokens.file_begin(id).index, tokens.file_end(id).index, tokens.file_begin(id).index + 2 * f,
                        static_cast<uint8_t>(src.edition(id))};
  }
  size_t scratch_len = static_cast<size_t>(n_tokens) + 2ull * n_files;

  StackLimit stack_limit;
  RUSTG_CK(stack_limit.Set(StackBytes()));

  PhaseTimer timer(timings);
  DeviceBuffers mem;
  char* d_src;
  TokenKind *d_tok_kind, *d_kinds;
  uint32_t *d_tok_start, *d_ids, *d_stack, *d_node_count, *d_diag_count, *d_node_off, *d_diag_off, *d_failed;
  FileInfo* d_files;
  size_t src_bytes = static_cast<size_t>(src.size()) + SourceBuffer::kPadding;
  RUSTG_CK(mem.Alloc(src_bytes, &d_src));
  RUSTG_CK(mem.Alloc(n_tokens, &d_tok_kind));
  RUSTG_CK(mem.Alloc(n_tokens, &d_tok_start));
  RUSTG_CK(mem.Alloc(n_files, &d_files));
  RUSTG_CK(mem.Alloc(scratch_len, &d_ids));
  RUSTG_CK(mem.Alloc(scratch_len, &d_kinds));
  RUSTG_CK(mem.Alloc(scratch_len, &d_stack));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_node_count));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_diag_count));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_node_off));
  RUSTG_CK(mem.Alloc(n_files + 1, &d_diag_off));
  RUSTG_CK(mem.Alloc(1, &d_failed));

  timer.Begin("parse upload");
  RUSTG_CK(cudaMemcpy(d_src, src.data(), src_bytes, cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_tok_kind, tokens.kind.data(), n_tokens * sizeof(TokenKind), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_tok_start, tokens.start.data(), n_tokens * sizeof(uint32_t), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemcpy(d_files, files.data(), n_files * sizeof(FileInfo), cudaMemcpyHostToDevice));
  RUSTG_CK(cudaMemset(d_failed, 0, sizeof(uint32_t)));
  timer.End();
  parse_engine::TokenView in{d_src, d_tok_kind, d_tok_start};

  timer.Begin("parse count");
  CountKernel<<<Blocks(n_files + 1), kBlock>>>(in, d_files, n_files, d_ids, d_kinds, d_stack, d_node_count,
                                                d_diag_count, d_failed);
  RUSTG_CK(cudaGetLastError());
  size_t temp_bytes = 0, temp2 = 0;
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, temp_bytes, d_node_count, d_node_off, n_files + 1));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(nullptr, temp2, d_diag_count, d_diag_off, n_files + 1));
  char* d_temp;
  RUSTG_CK(mem.Alloc(std::max(temp_bytes, temp2), &d_temp));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_temp, temp_bytes, d_node_count, d_node_off, n_files + 1));
  RUSTG_CK(cub::DeviceScan::ExclusiveSum(d_temp, temp2, d_diag_count, d_diag_off, n_files + 1));
  timer.End();

  uint32_t totals[2], failed = 0;
  RUSTG_CK(cudaMemcpy(&totals[0], d_node_off + n_files, sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(&totals[1], d_diag_off + n_files, sizeof(uint32_t), cudaMemcpyDeviceToHost));
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

  timer.Begin("parse write");
  WriteKernel<<<Blocks(n_files), kBlock>>>(in, d_files, n_files, d_ids, d_kinds, d_stack, d_node_off, d_diag_off,
                                           d_out_kind, d_out_token, d_out_size, d_records);
  RUSTG_CK(cudaGetLastError());
  timer.End();

  timer.Begin("parse download");
  out.kind.resize(totals[0]);
  out.token.resize(totals[0]);
  out.subtree_size.resize(totals[0]);
  std::vector<ParseDiagRecord> records(totals[1]);
  std::vector<uint32_t> node_off(n_files + 1), diag_off(n_files + 1);
  RUSTG_CK(cudaMemcpy(out.kind.data(), d_out_kind, totals[0] * sizeof(NodeKind), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(out.token.data(), d_out_token, totals[0] * sizeof(TokenId), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(out.subtree_size.data(), d_out_size, totals[0] * sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(records.data(), d_records, totals[1] * sizeof(ParseDiagRecord), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(node_off.data(), d_node_off, (n_files + 1) * sizeof(uint32_t), cudaMemcpyDeviceToHost));
  RUSTG_CK(cudaMemcpy(diag_off.data(), d_diag_off, (n_files + 1) * sizeof(uint32_t), cudaMemcpyDeviceToHost));
  timer.End();
  RUSTG_CK(cudaDeviceSynchronize());
  timer.Flush(std::to_string(n_files) + " files, one thread each");
#undef RUSTG_CK

  out.file_first_node.assign(node_off.begin(), node_off.end());
  // Records are in file order and, within a file, in the engine's emission order.
  DiagSink rendered;
  for (uint32_t f = 0; f < n_files; ++f) {
    uint32_t a = diag_off[f], b = diag_off[f + 1];
    if (a != b) RenderParseDiags(records.data() + a, b - a, src, tokens, FileId(f), rendered);
  }
  if (!rendered.empty()) diags.Append(std::move(rendered));
  return out;
}

}  // namespace rustg
