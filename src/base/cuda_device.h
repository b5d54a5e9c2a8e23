// Whether a CUDA device can be used by this process (false when the CUDA backend is not built).
#pragma once

namespace rustg {

// True if the CUDA backend is built in and cudaGetDeviceCount reports at least one device.
auto CudaDeviceAvailable() -> bool;

// True if this build contains the CUDA backend (whether or not a device is present).
constexpr auto CudaBackendBuilt() -> bool {
#if defined(RUSTG_HAVE_CUDA) && RUSTG_HAVE_CUDA
  return true;
#else
  return false;
#endif
}

}  // namespace rustg
