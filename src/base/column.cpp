#include "base/column.h"

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace rustg {
namespace {

// One thread that frees the blocks it is handed, in order. Never destroyed: columns freed during
// static destruction still find it, and blocks queued at exit die with the process.
class LargeFreer {
 public:
  LargeFreer() : thread_([this] { Run(); }) { thread_.detach(); }

  void Push(void* p, size_t bytes) {
    {
      std::lock_guard lock(mu_);
      queue_.push_back({p, bytes});
    }
    cv_.notify_one();
  }

 private:
  struct Block {
    void* p;
    size_t bytes;
  };
  void Run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [this] { return !queue_.empty(); });
      Block b = queue_.front();
      queue_.pop_front();
      lock.unlock();
      ::operator delete(b.p, b.bytes);
      lock.lock();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Block> queue_;
  std::thread thread_;
};

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
  static LargeFreer* freer = new LargeFreer();
  freer->Push(p, bytes);
}

}  // namespace rustg
