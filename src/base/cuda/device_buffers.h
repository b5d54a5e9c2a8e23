// Helpers the CUDA backends share: device allocations freed on scope exit, and CUDA-event timing
// of kernel phases into Timings (include from .cu files only).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <cuda_runtime.h>

#include "base/timings.h"

namespace rustg {

// Whether device allocations come from the device's stream-ordered memory pool (the default; off
// with RUSTG_CUDA_POOL=off, for comparison). The pool keeps up to a quarter of the device's memory
// mapped between calls, so a build's second and later passes do not pay for mapping and unmapping
// every buffer: cudaMalloc/cudaFree of the ~15 GB a 1 GB lex+parse uses cost tens of milliseconds
// of host time outside the kernels. Decided once per process.
inline auto DevicePool() -> bool {
  static const bool pool = [] {
    const char* env = std::getenv("RUSTG_CUDA_POOL");
    if (env != nullptr && std::string(env) == "off") return false;
    int dev = 0;
    cudaMemPool_t mp;
    size_t free_b = 0, total_b = 0;
    if (cudaGetDevice(&dev) != cudaSuccess || cudaDeviceGetDefaultMemPool(&mp, dev) != cudaSuccess ||
        cudaMemGetInfo(&free_b, &total_b) != cudaSuccess) {
      cudaGetLastError();
      return false;
    }
    uint64_t keep = total_b / 4;
    if (cudaMemPoolSetAttribute(mp, cudaMemPoolAttrReleaseThreshold, &keep) != cudaSuccess) {
      cudaGetLastError();
      return false;
    }
    return true;
  }();
  return pool;
}

// Device memory for `bytes`: from the pool, ordered on the legacy default stream (other streams
// use it only after synchronizing with that stream, as they do), or cudaMalloc without the pool.
inline auto DeviceAlloc(void** p, size_t bytes) -> cudaError_t {
  return DevicePool() ? cudaMallocAsync(p, bytes, 0) : cudaMalloc(p, bytes);
}

// Frees what DeviceAlloc returned (after the work queued on the default stream so far).
inline void DeviceFree(void* p) {
  if (p == nullptr) return;
  if (DevicePool()) cudaFreeAsync(p, 0);
  else cudaFree(p);
}

// Device memory freed on scope exit.
struct DeviceBuffers {
  std::vector<void*> ptrs;
  ~DeviceBuffers() {
    for (void* p : ptrs) DeviceFree(p);
  }
  template <class T>
  auto Alloc(size_t count, T** out) -> cudaError_t {
    void* p = nullptr;
    cudaError_t e = DeviceAlloc(&p, count * sizeof(T) + 1);
    if (e == cudaSuccess) ptrs.push_back(p);
    *out = static_cast<T*>(p);
    return e;
  }
  // Takes ownership of an allocation made elsewhere (freed with the others).
  void Adopt(void* p) {
    if (p != nullptr) ptrs.push_back(p);
  }
  // Gives up ownership of `p` (its new owner frees it).
  void Release(void* p) { std::erase(ptrs, p); }
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

}  // namespace rustg
