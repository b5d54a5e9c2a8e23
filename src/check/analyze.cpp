#include "check/analyze.h"

namespace rustg {

auto Analyze(SourceBuffer& src, const TokenBuffer& source_tokens, const Tree& tree, const SyntaxOptions& opts,
             DiagSink& diags, Timings* timings) -> Analysis {
  Analysis a;
  const TokenBuffer& tokens = a.syntax.tokens;
  {
    ScopedSpan span(timings, "expand", "pass");
    a.syntax = ExpandSyntax(src, source_tokens, tree, opts, diags);
    if (diags.error_count() > 0) return a;
    a.expanded = Expand(src, tokens, a.syntax.tree, diags);
    a.formats = CollectFormats(src, tokens, a.expanded, diags);
  }
  {
    ScopedSpan span(timings, "resolve", "pass");
    a.res = Resolve(src, tokens, a.expanded, a.formats, diags);
  }
  {
    ScopedSpan span(timings, "check", "pass");
    a.typed = Check(src, tokens, a.expanded, a.formats, a.res, diags);
  }
  return a;
}

}  // namespace rustg
