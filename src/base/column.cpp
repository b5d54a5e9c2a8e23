#include "base/column.h"

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "base/large_free.h"

namespace rustg {
namespace {

// One thread that runs the tasks it is handed (frees, mostly), in order. Never destroyed: columns
// freed during static destruction still find it, and tasks queued at exit die with the process.
class LargeFreer {
 public:
  LargeFreer() : thread_([this] { Run(); }) { thread_.detach(); }

  void Push(std::function<void()> task) {
    {
      std::lock_guard lock(mu_);
      queue_.push_back(std::move(task));
    }
    cv_.notify_one();
  }

 private:
  void Run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [this] { return !queue_.empty(); });
      std::function<void()> task = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      task();
      lock.lock();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::thread thread_;
};

auto Freer() -> LargeFreer& {
  static LargeFreer* freer = new LargeFreer();
  return *freer;
}

auto FreeSync() -> bool {
  static const bool sync = [] {
    const char* env = std::getenv("RUSTG_COLUMN_FREE");
    return env != nullptr && std::string(env) == "sync";
  }();
  return sync;
}

}  // namespace

void FreeLarge(void* p, size_t bytes) {
  if (FreeSync()) {
    ::operator delete(p, bytes);
    return;
  }
  Freer().Push([p, bytes] { ::operator delete(p, bytes); });
}

auto LargeFreesInBackground() -> bool { return !FreeSync(); }

void RunWithLargeFrees(std::function<void()> task) {
  if (FreeSync()) {
    task();
    return;
  }
  Freer().Push(std::move(task));
}

}  // namespace rustg
