#include "base/timings.h"

#include <fstream>
#include <functional>
#include <thread>

#include <nlohmann/json.hpp>

namespace rustg {
namespace {

// Small stable thread numbers for the trace viewer's rows.
auto ThreadNumber() -> uint32_t {
  static std::mutex mu;
  static uint32_t next = 1;
  thread_local uint32_t mine = 0;
  if (mine == 0) {
    std::lock_guard lock(mu);
    mine = next++;
  }
  return mine;
}

}  // namespace

auto Timings::NowUs() const -> uint64_t {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - origin_).count());
}

void Timings::Record(std::string name, std::string category, std::string detail, uint64_t start_us,
                     uint64_t dur_us) {
  if (!enabled_) return;
  uint32_t tid = ThreadNumber();
  std::lock_guard lock(mu_);
  spans_.push_back({std::move(name), std::move(category), std::move(detail), start_us, dur_us, tid});
}

auto Timings::ToJson() const -> std::string {
  std::lock_guard lock(mu_);
  nlohmann::json events = nlohmann::json::array();
  events.push_back({{"name", "process_name"}, {"ph", "M"}, {"pid", 1}, {"args", {{"name", "rustg"}}}});
  for (const Span& s : spans_) {
    nlohmann::json e{{"name", s.name}, {"cat", s.category}, {"ph", "X"}, {"ts", s.start_us},
                     {"dur", s.dur_us}, {"pid", 1}, {"tid", s.tid}};
    if (!s.detail.empty()) e["args"] = {{"detail", s.detail}};
    events.push_back(std::move(e));
  }
  nlohmann::json root{{"traceEvents", events}, {"displayTimeUnit", "ms"}};
  return root.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

auto Timings::WriteFile(const std::string& path) const -> bool {
  std::ofstream out(path, std::ios::binary);
  if (!out) return false;
  out << ToJson() << "\n";
  return static_cast<bool>(out);
}

ScopedSpan::ScopedSpan(Timings* t, std::string name, std::string category, std::string detail)
    : t_(t && t->enabled() ? t : nullptr) {
  if (!t_) return;
  name_ = std::move(name);
  category_ = std::move(category);
  detail_ = std::move(detail);
  start_us_ = t_->NowUs();
}

ScopedSpan::~ScopedSpan() {
  if (!t_) return;
  t_->Record(std::move(name_), std::move(category_), std::move(detail_), start_us_, t_->NowUs() - start_us_);
}

}  // namespace rustg
