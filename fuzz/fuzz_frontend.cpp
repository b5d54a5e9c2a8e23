// libFuzzer entry point for the front end and the compile passes: lex, parse, render every
// diagnostic, dump, verify. The input is lexed and parsed three times, once per edition (three files
// of one SourceBuffer), so edition-dependent rules (keywords, reserved prefixes) and multi-file
// offsets are both exercised. When the edition-2021 copy parses cleanly it also goes through what
// `rustg build` runs before the C compiler: syntax expansion, macros, resolve, check and C generation.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/backend.h"
#include "base/diag.h"
#include "base/source.h"
#include "check/analyze.h"
#include "codegen/codegen.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "parse/verify.h"

namespace {

// Both runs lex and parse on one CPU thread (the fuzzer forks its own workers).
const rustg::PassOptions kSerialCpu{rustg::Backend::Cpu, 1};

// The passes after parsing on `bytes` as an edition-2021 crate root; returns the size of what it
// rendered (diagnostics or C) so nothing is optimized away.
auto CompilePasses(std::string_view bytes) -> size_t {
  using namespace rustg;
  DiagSink diags;
  SourceBuffer src;
  src.AddFile("fuzz.rs", bytes, Edition::k2021, diags);
  TokenBuffer tokens = Lex(src, kSerialCpu, diags);
  Tree tree = Parse(src, tokens, kSerialCpu, diags);
  if (diags.error_count() > 0) return 0;
  Analysis a = Analyze(src, tokens, tree, SyntaxOptions{}, diags, nullptr);
  size_t rendered = 0;
  for (const Diagnostic& d : diags.Sorted()) rendered += RenderHuman(d, src, /*color=*/false).size();
  if (diags.error_count() == 0) {
    CodegenOptions cg;
    cg.display_path = "fuzz.rs";
    cg.diags = &diags;
    rendered += GenerateC(src, a.syntax.tokens, a.expanded, a.formats, a.res, a.typed, cg).size();
  }
  return rendered;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace rustg;
  // SourceBuffer offsets are u32; libFuzzer's -max_len keeps inputs far below that anyway.
  if (size > (1u << 24)) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  DiagSink diags;
  SourceBuffer src;
  src.AddFile("fuzz2015.rs", bytes, Edition::k2015, diags);
  src.AddFile("fuzz2018.rs", bytes, Edition::k2018, diags);
  src.AddFile("fuzz2021.rs", bytes, Edition::k2021, diags);

  TokenBuffer tokens = Lex(src, kSerialCpu, diags);
  Tree tree = Parse(src, tokens, kSerialCpu, diags);

  // Rendering walks source lines and columns of every span; a bad span shows up here.
  size_t rendered = 0;
  for (const Diagnostic& d : diags.Sorted()) {
    rendered += RenderHuman(d, src, /*color=*/false).size();
    rendered += RenderHuman(d, src, /*color=*/true).size();
    rendered += RenderJson(d, src).size();
  }
  rendered += RenderSummary(diags.error_count(), 0, false).size();
  for (uint32_t f = 0; f < src.file_count(); ++f) {
    rendered += DumpTokens(src, tokens, FileId(f)).size();
    rendered += DumpTree(src, tokens, tree, FileId(f)).size();
  }
  const std::string err = VerifyFrontend(src, tokens, tree);
  if (!err.empty()) {
    std::fprintf(stderr, "VerifyFrontend failed: %s\n", err.c_str());
    std::abort();
  }
  if (diags.error_count() == 0) rendered += CompilePasses(bytes);
  // Keep the rendering from being optimized away.
  if (rendered == SIZE_MAX) std::fputs("", stderr);
  return 0;
}
