// The CPU lexer of one file: runs the shared scanner engine over the whole file.
#include "lex/cpu/file_lexer.h"

#include "lex/render_diag.h"
#include "lex/scan/scan.h"

namespace rustg {
namespace {

// Engine sink: tokens into the caller's columns, diagnostic records into a vector. The count is a
// size_t so that the compiler knows a store into `starts` (uint32_t) cannot change it.
struct CpuSink {
  TokenKind* kinds;
  uint32_t* starts;
  size_t n = 0;
  std::vector<LexDiagRecord>* records;

  void Token(TokenKind k, uint32_t start) {
    kinds[n] = k;
    starts[n] = start;
    ++n;
  }
  void Diag(const LexDiagRecord& r) { records->push_back(r); }
};

}  // namespace

auto LexFile(const SourceBuffer& src, FileId f, DiagSink& diags, TokenKind* kinds, uint32_t* starts,
             std::vector<LexDiagRecord>& records) -> uint32_t {
  uint32_t begin = src.file_begin(f);
  uint32_t end = src.file_end(f);
  records.clear();
  CpuSink sink{kinds, starts, 0, &records};
  const auto* data = reinterpret_cast<const scan::Byte*>(src.data());
  scan::ScanRange(data, begin, end, end, src.edition(f), true, sink);
  sink.Token(TokenKind::Eof, end);
  if (!records.empty()) RenderLexDiags(records.data(), records.size(), src, diags);
  return static_cast<uint32_t>(sink.n);
}

}  // namespace rustg
