// SourceBuffer: every input file of a build in one byte buffer, with file offsets and line tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/edition.h"
#include "base/id.h"

namespace rustg {

class DiagSink;

// A resolved position: file, 1-based line, 1-based column counted in Unicode scalar values (as rustc).
struct LineCol {
  FileId file_id;
  uint32_t line = 0;
  uint32_t col = 0;
};

// All files of a build in one buffer. Offsets (u32) are global: file f spans
// [file_begin(f), file_end(f)), and every file is followed by kPadding zero bytes before the next
// one, so scanners may read ahead past a file's end without a bounds check and an offset at a
// file's end never coincides with the next file's start.
class SourceBuffer {
 public:
  static constexpr uint32_t kPadding = 64;

  // Adds a file from memory; returns an invalid id (and a diagnostic) when the build would exceed
  // the size cap. Invalid UTF-8 is reported to `diags` (the bytes are kept as they are).
  // A leading UTF-8 byte-order mark is part of the file; the lexer treats it as trivia.
  auto AddFile(std::string path, std::string_view contents, Edition edition, DiagSink& diags) -> FileId;
  // Reads and adds a file from disk; on failure reports a diagnostic and returns an invalid id.
  auto AddFileFromDisk(const std::string& path, Edition edition, DiagSink& diags) -> FileId;

  // Makes room for `files` more files of `bytes` bytes in all, so that adding them copies the
  // buffer no more (the driver sums file sizes first).
  void Reserve(uint64_t bytes, uint32_t files);
  // Caps the total size of the files of one build (default 2 GiB; offsets are u32).
  void set_max_bytes(uint64_t n) { max_bytes_ = n; }

  // Number of files.
  auto file_count() const -> uint32_t { return static_cast<uint32_t>(paths_.size()); }
  // The file's path as given.
  auto path(FileId f) const -> const std::string& { return paths_[f.index]; }
  // The file's edition.
  auto edition(FileId f) const -> Edition { return editions_[f.index]; }
  // Global offset of the file's first byte.
  auto file_begin(FileId f) const -> uint32_t { return file_begin_[f.index]; }
  // Global offset one past the file's last byte.
  auto file_end(FileId f) const -> uint32_t { return file_end_[f.index]; }
  // The file's bytes.
  auto file_text(FileId f) const -> std::string_view {
    return std::string_view(text_).substr(file_begin(f), file_end(f) - file_begin(f));
  }
  // The whole buffer: every file followed by its padding. Index it with global offsets.
  auto text() const -> std::string_view { return std::string_view(text_.data(), size()); }
  // Pointer to the buffer, valid for size() + kPadding bytes.
  auto data() const -> const char* { return text_.data(); }
  // One past the last global offset in use (files and the gaps between them).
  auto size() const -> uint32_t {
    return text_.empty() ? 0 : static_cast<uint32_t>(text_.size()) - kPadding;
  }
  // Sum of the files' sizes (what throughput figures count).
  auto content_bytes() const -> uint64_t { return content_bytes_; }
  // The bytes [lo, hi).
  auto slice(uint32_t lo, uint32_t hi) const -> std::string_view { return text().substr(lo, hi - lo); }

  // The file that holds global offset `offset` (an offset equal to a file's end belongs to it).
  auto FileOf(uint32_t offset) const -> FileId;
  // Line and column of a global offset.
  auto Locate(uint32_t offset) const -> LineCol;
  // The text of 1-based line `line` of file `f`, without its line terminator.
  auto LineText(FileId f, uint32_t line) const -> std::string_view;
  // Global offset of the first byte of 1-based line `line` of file `f`.
  auto LineBegin(FileId f, uint32_t line) const -> uint32_t { return line_start_[first_line_[f.index] + line - 1]; }
  // Number of lines of a file (a final line without newline counts; an empty file has one line).
  auto line_count(FileId f) const -> uint32_t {
    return first_line_[f.index + 1] - first_line_[f.index];
  }
  // Total lines of all files.
  auto total_lines() const -> uint64_t { return line_start_.size(); }

 private:
  std::string text_;
  std::vector<uint32_t> file_begin_;
  std::vector<uint32_t> file_end_;
  uint64_t content_bytes_ = 0;
  std::vector<std::string> paths_;
  std::vector<Edition> editions_;
  // Global offsets of every line start of every file, in order.
  std::vector<uint32_t> line_start_;
  // Index into line_start_ of each file's first line, plus a sentinel.
  std::vector<uint32_t> first_line_ = {0};
  uint64_t max_bytes_ = 1ull << 31;
  // Changes whenever a file is added (never 0), keying Locate's per-thread cache.
  uint64_t version_ = 0;
};

// Decodes one UTF-8 scalar at `p` (with `n` bytes available). Returns the code point and sets
// `len`; on an invalid sequence returns 0xFFFFFFFF with len = 1.
auto DecodeUtf8(const char* p, size_t n, uint32_t& len) -> uint32_t;
// Offset of the first invalid UTF-8 byte of `s`, or s.size() if it is valid.
auto FirstInvalidUtf8(std::string_view s) -> size_t;

}  // namespace rustg
