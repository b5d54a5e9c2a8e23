#include "base/source.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>

#include "base/diag.h"
#include "base/huge_pages.h"

namespace rustg {

auto DecodeUtf8(const char* p, size_t n, uint32_t& len) -> uint32_t {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  len = 1;
  if (n == 0) return 0xFFFFFFFF;
  uint32_t c = u[0];
  if (c < 0x80) return c;
  int extra;
  uint32_t min;
  if ((c & 0xE0) == 0xC0) {
    extra = 1, c &= 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2, c &= 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3, c &= 0x07, min = 0x10000;
  } else {
    return 0xFFFFFFFF;
  }
  if (n < static_cast<size_t>(extra) + 1) return 0xFFFFFFFF;
  for (int i = 1; i <= extra; ++i) {
    if ((u[i] & 0xC0) != 0x80) return 0xFFFFFFFF;
    c = (c << 6) | (u[i] & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFFFFFF;
  len = extra + 1;
  return c;
}

auto FirstInvalidUtf8(std::string_view s) -> size_t {
  size_t i = 0;
  while (i < s.size()) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    uint32_t len;
    if (DecodeUtf8(s.data() + i, s.size() - i, len) == 0xFFFFFFFF) return i;
    i += len;
  }
  return s.size();
}

auto SourceBuffer::AddFile(std::string path, std::string_view contents, Edition edition,
                           DiagSink& diags) -> FileId {
  // Offsets are u32: cap the content and keep every offset (gaps included) below 2^32.
  if (content_bytes_ + contents.size() > max_bytes_ ||
      text_.size() + contents.size() + kPadding >= (1ull << 32)) {
    // DIAG: InputTooLarge
    diags.EmitNoSpan(DiagKind::InputTooLarge,
                     "couldn't read `" + path + "`: the input of one build exceeds " +
                         std::to_string(max_bytes_) + " bytes");
    return FileId::Invalid();
  }
  FileId file_id(file_count());
  // The previous file's padding stays in place as the gap; this file starts after it.
  uint32_t base = static_cast<uint32_t>(text_.size());
  text_.append(contents);
  text_.append(kPadding, '\0');
  // A new version number for every change, so per-thread caches never mix up two buffers.
  static std::atomic<uint64_t> next_version{1};
  version_ = next_version.fetch_add(1, std::memory_order_relaxed);
  file_begin_.push_back(base);
  file_end_.push_back(base + static_cast<uint32_t>(contents.size()));
  content_bytes_ += contents.size();
  paths_.push_back(std::move(path));
  editions_.push_back(edition);

  line_start_.push_back(base);
  for (size_t i = 0; i < contents.size(); ++i) {
    if (contents[i] == '\n') line_start_.push_back(base + static_cast<uint32_t>(i) + 1);
  }
  // A trailing newline does not open a further line.
  if (!contents.empty() && contents.back() == '\n') line_start_.pop_back();
  first_line_.push_back(static_cast<uint32_t>(line_start_.size()));

  size_t bad = FirstInvalidUtf8(contents);
  if (bad != contents.size()) {
    // DIAG: InvalidUtf8 — rustc refuses such files.
    diags.Emit(DiagKind::InvalidUtf8, base + static_cast<uint32_t>(bad),
               base + static_cast<uint32_t>(bad) + 1,
               "couldn't read `" + paths_.back() + "`: stream did not contain valid UTF-8");
  }
  return file_id;
}

auto SourceBuffer::AddFileFromDisk(const std::string& path, Edition edition, DiagSink& diags)
    -> FileId {
  // One read into an exactly sized buffer: no stream, no growth copies.
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  struct stat st;
  if (!file || fstat(fileno(file.get()), &st) != 0 || S_ISDIR(st.st_mode)) {
    int err = file ? (S_ISDIR(st.st_mode) ? EISDIR : errno) : errno;
    // DIAG: CannotReadFile
    diags.EmitNoSpan(DiagKind::CannotReadFile, "couldn't read `" + path + "`: " + std::strerror(err) + " (os error " +
                                                           std::to_string(err) + ")");
    return FileId::Invalid();
  }
  std::string contents(static_cast<size_t>(st.st_size), '\0');
  size_t got = std::fread(contents.data(), 1, contents.size(), file.get());
  contents.resize(got);
  return AddFile(path, contents, edition, diags);
}

void SourceBuffer::Reserve(uint64_t bytes, uint32_t files) {
  uint64_t want = text_.size() + bytes + static_cast<uint64_t>(files) * kPadding;
  if (want >= (1ull << 32)) return;  // AddFile reports the overflow
  text_.reserve(want);
  AdviseHugePages(text_.data(), want);
}

auto SourceBuffer::FileOf(uint32_t offset) const -> FileId {
  // The last file that starts at or before offset (offsets in a gap belong to the file before it).
  auto it = std::upper_bound(file_begin_.begin(), file_begin_.end(), offset);
  uint32_t f = static_cast<uint32_t>(it - file_begin_.begin());
  return FileId(f == 0 ? 0 : f - 1);
}

auto SourceBuffer::Locate(uint32_t offset) const -> LineCol {
  FileId f = FileOf(offset);
  auto lb = line_start_.begin() + first_line_[f.index];
  auto le = line_start_.begin() + first_line_[f.index + 1];
  auto it = std::upper_bound(lb, le, offset);
  uint32_t line = static_cast<uint32_t>(it - lb);  // 1-based
  if (line == 0) line = 1;
  uint32_t ls = *(lb + (line - 1));
  // Column in scalar values: count bytes that are not UTF-8 continuation bytes (10xxxxxx),
  // eight at a time, so that many diagnostics on one long line stay cheap.
  uint32_t col = 1;
  uint32_t i = ls;
  uint32_t stop = std::min(offset, file_end(f));
  // Diagnostics are rendered in position order, often many on one line: continue counting from
  // the previous query on the same line instead of from the line start.
  thread_local uint64_t memo_version = 0;
  thread_local uint32_t memo_line_start = 0, memo_offset = 0, memo_col = 0;
  if (memo_version == version_ && memo_line_start == ls && memo_offset <= stop) {
    i = memo_offset;
    col = memo_col;
  }
  for (; i + 8 <= stop; i += 8) {
    uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ull;
    col += 8 - static_cast<uint32_t>(__builtin_popcountll(continuation));
  }
  for (; i < stop; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
  }
  memo_version = version_;
  memo_line_start = ls;
  memo_offset = stop;
  memo_col = col;
  return {f, line, col};
}

auto SourceBuffer::LineText(FileId f, uint32_t line) const -> std::string_view {
  uint32_t idx = first_line_[f.index] + line - 1;
  if (idx >= first_line_[f.index + 1]) return {};
  uint32_t lo = line_start_[idx];
  uint32_t hi = idx + 1 < first_line_[f.index + 1] ? line_start_[idx + 1] : file_end(f);
  std::string_view s = slice(lo, hi);
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace rustg
