// Which implementation of a pass runs: the CPU reference or CUDA.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace rustg {

// The backend a pass runs on. Picked once per pass, never per token.
enum class Backend : uint8_t { Cpu, Cuda };

// The user's device choice (--device / RUSTG_DEVICE).
enum class DeviceChoice : uint8_t { Auto, Cpu, Gpu };

// "auto" / "cpu" / "gpu" -> DeviceChoice; nullopt otherwise.
inline auto ParseDeviceChoice(std::string_view s) -> std::optional<DeviceChoice> {
  if (s == "auto") return DeviceChoice::Auto;
  if (s == "cpu") return DeviceChoice::Cpu;
  if (s == "gpu") return DeviceChoice::Gpu;
  return std::nullopt;
}

// Options shared by every pass's entry point.
struct PassOptions {
  Backend backend = Backend::Cpu;
  // Worker threads for the CPU backend; 0 = all cores.
  uint32_t threads = 0;
};

}  // namespace rustg
