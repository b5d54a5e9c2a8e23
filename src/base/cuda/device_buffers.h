// Helpers the CUDA backends share: device allocations freed on scope exit, and CUDA-event timing
// of kernel phases into Timings (include from .cu files only).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <cuda_runtime.h>

#include "base/timings.h"

namespace rustg {

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
