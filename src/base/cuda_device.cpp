// CudaDeviceAvailable: asks the CUDA runtime once per process.
#include "base/cuda_device.h"

#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
#include <cuda_runtime_api.h>
#endif

namespace rustg {

auto CudaDeviceAvailable() -> bool {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  static const bool available = [] {
    int n = 0;
    if (cudaGetDeviceCount(&n) != cudaSuccess) {
      cudaGetLastError();  // clear the sticky error of a failed query
      return false;
    }
    return n > 0;
  }();
  return available;
#else
  return false;
#endif
}

}  // namespace rustg
