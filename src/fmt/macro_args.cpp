// Macro calls whose arguments parse as expressions are formatted like calls (rustfmt does the
// same). The arguments are parsed inside a wrapper, `fn f() { m(ARGS); }` or `fn f() { [ARGS]; }`,
// so that the tree gives their tokens roles; the wrapper's elements are then mapped back onto the
// file's tokens, which have the same text.
#include <algorithm>
#include <string>

#include "fmt/elements.h"

namespace rustg {
namespace {


}  // namespace

void ExpandMacroArgs(FileElements& fe, const SourceBuffer& src, const TokenBuffer& tokens, FileId f) {
  std::vector<Element> out;
  bool changed = false;
  for (uint32_t i = 0; i < fe.elems.size(); ++i) {
    const Element& v = fe.elems[i];
    if (!v.macro_args) {
      out.push_back(v);
      continue;
    }
    std::string_view args = fe.Text(v);
    // Macro-only syntax (a `$` token, not one inside a string) never parses as expressions; skip
    // the parse for it.
    bool dollar = false;
    if (args.find('$') != std::string_view::npos)
      for (uint32_t t = v.first; t <= v.last && !dollar; ++t) dollar = tokens.kind[t] == TokenKind::Dollar;
    if (dollar) {
      fe.macro_failure = true;
      out.push_back(v);
      continue;
    }
    bool paren = v.kind == TokenKind::LParen;
    // rustfmt keeps trailing commas inside macro arguments as written, except in `vec![...]`,
    // which it formats as an array.
    const bool keep_commas =
        paren || !(i >= 2 && fe.elems[i - 1].role == TokRole::MacroBang && fe.Text(fe.elems[i - 2]) == "vec");
    std::string prefix = paren ? "fn __rustg_fmt() { __rustg_m" : "fn __rustg_fmt() { ";
    std::string wrapper = prefix + std::string(args) + "; }\n";
    SourceBuffer wsrc;
    DiagSink diags;
    FileId wf = wsrc.AddFile("<macro-args>", wrapper, src.edition(f), diags);
    if (!wf.is_valid()) {
      out.push_back(v);
      continue;
    }
    PassOptions one{Backend::Cpu, 1};
    TokenBuffer wtok = Lex(wsrc, one, diags);
    Tree wtree = Parse(wsrc, wtok, one, diags);
    if (diags.error_count() > 0) {
      fe.macro_failure = true;
      out.push_back(v);
      continue;
    }
    FileElements w = BuildElements(wsrc, wtok, wtree, wf);
    // Macro calls among the arguments (`assert_eq!(v, vec![1, 2])`) are formatted too: rustfmt
    // lays them out like nested calls.
    ExpandMacroArgs(w, wsrc, wtok, wf);
    if (w.macro_failure) fe.macro_failure = true;
    // The element that opens the arguments: the first element starting at the prefix's end.
    const uint32_t content_start = wsrc.file_begin(wf) + static_cast<uint32_t>(prefix.size());
    uint32_t wi = 0;
    while (wi < w.elems.size() && (w.elems[wi].synthetic || wtok.start[w.elems[wi].first] != content_start)) ++wi;
    if (wi >= w.elems.size() || w.elems[wi].partner == UINT32_MAX) {
      out.push_back(v);
      continue;
    }
    // The wrapper must keep the arguments as one expression: a call's argument list or an array.
    const Element& wopen = w.elems[wi];
    bool ok = paren ? wopen.has_opener_kind && wopen.opener_of == NodeKind::ArgList
                    : !wopen.has_opener_kind || wopen.opener_of == NodeKind::ArrayExpr;
    uint32_t wclose = wopen.partner;
    if (!ok) {
      fe.macro_failure = true;
      out.push_back(v);
      continue;
    }
    // Map wrapper elements onto the file's tokens: same text, so offsets differ by a constant.
    const uint32_t main_start = tokens.start[v.first];
    auto main_token = [&](uint32_t wt) -> uint32_t {
      uint32_t off = wtok.start[wt] - content_start + main_start;
      auto it = std::lower_bound(tokens.start.begin() + v.first, tokens.start.begin() + v.last + 1, off);
      return static_cast<uint32_t>(it - tokens.start.begin());
    };
    size_t base = out.size();
    for (uint32_t k = wi; k <= wclose; ++k) {
      Element e = w.elems[k];
      if (e.synthetic) continue;
      e.first = main_token(e.first);
      e.last = main_token(e.last);
      e.macro_args = false;
      e.in_macro = true;
      e.macro_commas = e.macro_commas || keep_commas;
      e.partner = UINT32_MAX;
      if (k == wi) {
        e.newlines = v.newlines;
        e.spaced = v.spaced;
        e.space_width = v.space_width;
      }
      out.push_back(e);
    }
    // A `[...]` argument list is laid out as an array.
    if (!paren && out[base].kind == TokenKind::LBracket) {
      out[base].has_opener_kind = true;
      if (out[base].opener_of != NodeKind::ArrayRepeatExpr) out[base].opener_of = NodeKind::ArrayExpr;
    }
    changed = true;
  }
  if (!changed) return;
  for (Element& e : out) {
    if (!e.verbatim) e.partner = UINT32_MAX;
  }
  RelinkPartners(out, 0, static_cast<uint32_t>(out.size()));
  fe.elems = std::move(out);
}

}  // namespace rustg
