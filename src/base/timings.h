// Timings: Chrome Trace Event spans ("ph":"X") for passes and files, written as JSON for Perfetto.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace rustg {

// Collects complete-event spans from any thread. A disabled recorder costs one branch per span.
class Timings {
 public:
  // One finished span.
  struct Span {
    std::string name;
    std::string category;  // "pass" or "file"
    std::string detail;    // e.g. the file path; becomes args.detail
    uint64_t start_us;
    uint64_t dur_us;
    uint32_t tid;
  };

  // Starts recording; spans opened before this are dropped.
  void Enable() { enabled_ = true; }
  auto enabled() const -> bool { return enabled_; }
  // Microseconds since this recorder was created.
  auto NowUs() const -> uint64_t;
  // Adds a finished span.
  void Record(std::string name, std::string category, std::string detail, uint64_t start_us, uint64_t dur_us);
  // A copy of the spans recorded so far.
  auto spans() const -> std::vector<Span> {
    std::lock_guard lock(mu_);
    return spans_;
  }
  // The trace as Chrome Trace Event JSON ({"traceEvents":[…]}).
  auto ToJson() const -> std::string;
  // Writes ToJson() to `path`; false on an I/O error.
  auto WriteFile(const std::string& path) const -> bool;

 private:
  bool enabled_ = false;
  std::chrono::steady_clock::time_point origin_ = std::chrono::steady_clock::now();
  mutable std::mutex mu_;
  std::vector<Span> spans_;
};

// RAII span: records [construction, destruction) into `t` when it is enabled.
class ScopedSpan {
 public:
  ScopedSpan(Timings* t, std::string name, std::string category, std::string detail = {});
  ~ScopedSpan();
  ScopedSpan(const ScopedSpan&) = delete;
  auto operator=(const ScopedSpan&) -> ScopedSpan& = delete;

 private:
  Timings* t_;
  std::string name_, category_, detail_;
  uint64_t start_us_ = 0;
};

}  // namespace rustg
