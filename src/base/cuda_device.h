// Whether a CUDA device can be used by this process (false when the CUDA backend is not built).
#pragma once

namespace rustg {

// True if the CUDA backend is built in and cudaGetDeviceCount reports at least one device.
auto CudaDeviceAvailable() -> bool;

}  // namespace rustg
