// FormatFile: elements, the layout passes, printing, then the safety check.
#include "fmt/fmt.h"

#include "fmt/elements.h"

namespace rustg {

auto FormatFile(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f,
                const FmtConfig& cfg) -> FmtResult {
  FmtResult r;
  std::string_view input = src.file_text(f);
  if (cfg.disable_all_formatting) {
    r.status = FmtStatus::Skipped;
    r.text = std::string(input);
    return r;
  }
  FileElements fe = BuildElements(src, tokens, tree, f, cfg.macro_def_body);
  if (fe.skip_file) {
    r.status = FmtStatus::Skipped;
    r.text = std::string(input);
    return r;
  }
  ExpandMacroArgs(fe, src, tokens, f);
  FormatMacroRules(fe, src, tokens, f, cfg);
  ReorderImports(fe, cfg);
  ExpandBraces(fe, cfg);
  JoinItemHeaders(fe, cfg);
  LayoutWhereClauses(fe, cfg);
  BreakLongAttributes(fe, cfg);
  WrapLongArmBodies(fe, cfg);
  WrapLongClosureChains(fe, cfg);
  BreakLongChains(fe, cfg);
  FixMatchArmCommas(fe, cfg);
  FixTrailingCommas(fe);
  std::string out = PrintElements(fe, cfg);
  std::string why = CheckEquivalent(input, out, src.edition(f), fe.reordered);
  if (!why.empty()) {
    r.status = FmtStatus::InternalError;
    r.message = std::move(why);
    r.text = std::string(input);
    return r;
  }
  r.text = std::move(out);
  r.macro_failure = fe.macro_failure;
  r.reordered = fe.reordered;
  return r;
}

}  // namespace rustg
