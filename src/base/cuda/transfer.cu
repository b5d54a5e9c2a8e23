#include "base/cuda/transfer.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>

#include "base/parallel_copy.h"

namespace rustg {
namespace {

// Two pinned slots and the events that say when the DMA using each has finished, on one stream
// (the legacy default stream, or with `own_stream` a non-blocking stream of its own, whose copies
// run while kernels on the default stream go on). Allocated on first use and kept for the process:
// pinning memory costs far more than one transfer.
class Staging {
 public:
  explicit Staging(bool own_stream) : own_stream_(own_stream) {}

  auto Init() -> cudaError_t {
    if (ready_) return cudaSuccess;
    // RUSTG_CUDA_STAGING_MB: the slot size (measurements; 32 MiB by default).
    if (const char* env = std::getenv("RUSTG_CUDA_STAGING_MB")) {
      long v = std::strtol(env, nullptr, 10);
      if (v >= 1 && v <= 1024) slot_bytes_ = static_cast<size_t>(v) << 20;
    }
    if (own_stream_) {
      if (cudaError_t e = cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking); e != cudaSuccess) return e;
    }
    for (int i = 0; i < 2; ++i) {
      if (cudaError_t e = cudaMallocHost(&slot_[i], slot_bytes_); e != cudaSuccess) return e;
      if (cudaError_t e = cudaEventCreateWithFlags(&done_[i], cudaEventDisableTiming); e != cudaSuccess) return e;
    }
    ready_ = true;
    return cudaSuccess;
  }

  auto Upload(char* dst, const char* src, size_t bytes) -> cudaError_t {
    for (size_t off = 0, i = 0; off < bytes; off += slot_bytes_, ++i) {
      size_t n = std::min(slot_bytes_, bytes - off);
      int s = static_cast<int>(i & 1);
      if (cudaError_t e = cudaEventSynchronize(done_[s]); e != cudaSuccess) return e;
      ParallelCopy(slot_[s], src + off, n);
      if (cudaError_t e = cudaMemcpyAsync(dst + off, slot_[s], n, cudaMemcpyHostToDevice, stream_); e != cudaSuccess)
        return e;
      if (cudaError_t e = cudaEventRecord(done_[s], stream_); e != cudaSuccess) return e;
    }
    return cudaStreamSynchronize(stream_);
  }

  auto Download(char* dst, const char* src, size_t bytes) -> cudaError_t {
    size_t pieces = (bytes + slot_bytes_ - 1) / slot_bytes_;
    auto issue = [&](size_t i) -> cudaError_t {
      size_t off = i * slot_bytes_, n = std::min(slot_bytes_, bytes - off);
      int s = static_cast<int>(i & 1);
      if (cudaError_t e = cudaMemcpyAsync(slot_[s], src + off, n, cudaMemcpyDeviceToHost, stream_); e != cudaSuccess)
        return e;
      return cudaEventRecord(done_[s], stream_);
    };
    for (size_t i = 0; i < std::min<size_t>(2, pieces); ++i) {
      if (cudaError_t e = issue(i); e != cudaSuccess) return e;
    }
    for (size_t i = 0; i < pieces; ++i) {
      int s = static_cast<int>(i & 1);
      if (cudaError_t e = cudaEventSynchronize(done_[s]); e != cudaSuccess) return e;
      size_t off = i * slot_bytes_;
      ParallelCopy(dst + off, slot_[s], std::min(slot_bytes_, bytes - off));
      if (i + 2 < pieces) {
        if (cudaError_t e = issue(i + 2); e != cudaSuccess) return e;
      }
    }
    return cudaSuccess;
  }

 private:
  size_t slot_bytes_ = 32u << 20;
  bool own_stream_;
  cudaStream_t stream_ = nullptr;
  bool ready_ = false;
  void* slot_[2] = {nullptr, nullptr};
  cudaEvent_t done_[2] = {nullptr, nullptr};
};

std::mutex staging_mu;
Staging staging(false);
// The second pair, for a download that overlaps kernels (DownloadStagedBackground).
std::mutex background_mu;
Staging background(true);

}  // namespace

auto UploadStaged(void* device_dst, const void* host_src, size_t bytes) -> cudaError_t {
  std::lock_guard lock(staging_mu);
  if (cudaError_t e = staging.Init(); e != cudaSuccess) return e;
  return staging.Upload(static_cast<char*>(device_dst), static_cast<const char*>(host_src), bytes);
}

auto DownloadStaged(void* host_dst, const void* device_src, size_t bytes) -> cudaError_t {
  std::lock_guard lock(staging_mu);
  if (cudaError_t e = staging.Init(); e != cudaSuccess) return e;
  return staging.Download(static_cast<char*>(host_dst), static_cast<const char*>(device_src), bytes);
}

auto DownloadStagedBackground(void* host_dst, const void* device_src, size_t bytes) -> cudaError_t {
  std::lock_guard lock(background_mu);
  if (cudaError_t e = background.Init(); e != cudaSuccess) return e;
  return background.Download(static_cast<char*>(host_dst), static_cast<const char*>(device_src), bytes);
}

}  // namespace rustg
