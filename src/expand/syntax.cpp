#include "expand/syntax.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "expand/prelude.h"
#include "expand/token_edit.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {

TokenNav::TokenNav(const TokenBuffer& t) : tokens(t), partner(t.size()) {
  std::vector<uint32_t> stack;
  for (uint32_t i = 0; i < t.size(); ++i) {
    partner[i] = i;
    TokenKind k = t.kind[i];
    if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) {
      stack.push_back(i);
    } else if (k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) {
      if (!stack.empty()) {
        partner[i] = stack.back();
        partner[stack.back()] = i;
        stack.pop_back();
      }
    } else if (k == TokenKind::Eof) {
      // An unbalanced file: its open delimiters close at its Eof.
      for (uint32_t s : stack) partner[s] = i;
      stack.clear();
    }
  }
}

auto TokenNav::Trivia(uint32_t t) const -> bool { return IsTrivia(tokens.kind[t]); }

auto TokenNav::Next(uint32_t t) const -> uint32_t {
  if (tokens.kind[t] == TokenKind::Eof) return t;
  for (++t; t < tokens.size() && Trivia(t); ++t) {
  }
  return std::min<uint32_t>(t, tokens.size() - 1);
}

void TokenNav::NodeRange(const Tree& tree, uint32_t n, uint32_t* lo, uint32_t* hi) const {
  *lo = UINT32_MAX;
  *hi = 0;
  for (uint32_t k = n + 1 - tree.subtree_size[n]; k <= n; ++k) {
    TokenId t = tree.token[k];
    if (!t.is_valid()) continue;
    *lo = std::min(*lo, t.index);
    *hi = std::max(*hi, std::max(t.index, partner[t.index]));
  }
  if (*lo == UINT32_MAX) *lo = *hi = 0;
}

void TokenNav::AttrRange(const Tree& tree, uint32_t n, uint32_t* lo, uint32_t* hi) const {
  NodeRange(tree, n, lo, hi);
  uint32_t t = *lo;
  if (tokens.kind[t] != TokenKind::Pound) return;  // a doc comment: one token
  t = Next(t);
  if (tokens.kind[t] == TokenKind::Not) t = Next(t);
  if (tokens.kind[t] == TokenKind::LBracket) *hi = std::max(*hi, partner[t]);
}

auto ApplyEdits(SourceBuffer& src, EditSet& set, DiagSink& diags) -> TokenBuffer {
  const TokenBuffer& in = set.in;
  std::vector<Edit>& edits = set.edits;
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.lo != b.lo ? a.lo < b.lo : a.hi > b.hi; });
  uint32_t synth_base = 0;
  if (!set.synth_text.empty()) {
    FileId f = src.AddFile(fmt::format("<expansion {}>", src.file_count()), set.synth_text, src.edition(FileId(0)),
                           diags);
    if (f.is_valid()) synth_base = src.file_begin(f);
  }
  TokenBuffer out;
  // Two entries (the token, its spacer) per kept or inserted token, plus the Eofs: reserved once,
  // as this runs over the whole crate (std included) a few times per build.
  size_t reserve = 2 * static_cast<size_t>(in.file_end(FileId(0)).index - in.file_begin(FileId(0)).index) +
                   2 * set.append.size() + src.file_count() + 1;
  for (const Edit& ed : edits) reserve += 2 * ed.with.size();
  out.kind.reserve(reserve);
  out.start.reserve(reserve);
  out.file_first_token.clear();
  out.file_first_token.push_back(0);
  auto put = [&](const OutTok& t) {
    uint32_t s = t.synth ? synth_base + t.start : t.start;
    uint32_t e = t.synth ? synth_base + t.end : t.end;
    out.kind.push_back(t.kind);
    out.start.push_back(s);
    // A spacer whose start is this token's end, so `end(t) = start[t + 1]` holds on the new stream.
    out.kind.push_back(TokenKind::Whitespace);
    out.start.push_back(e);
  };
  uint32_t b = in.file_begin(FileId(0)).index, e = in.file_end(FileId(0)).index - 1;  // e: the Eof
  size_t next = 0;
  for (uint32_t t = b; t < e;) {
    while (next < edits.size() && edits[next].lo < t) ++next;  // nested in an applied edit
    if (next < edits.size() && edits[next].lo == t) {
      const Edit& ed = edits[next++];
      for (const OutTok& o : ed.with) put(o);
      t = std::max(ed.hi, t + 1);
      continue;
    }
    if (!IsTrivia(in.kind[t])) put(set.Tok(t));
    ++t;
  }
  for (const OutTok& o : set.append) put(o);
  out.kind.push_back(TokenKind::Eof);
  out.start.push_back(src.file_end(FileId(0)));
  out.file_first_token.push_back(out.size());
  for (uint32_t f = 1; f < src.file_count(); ++f) {
    out.kind.push_back(TokenKind::Eof);
    out.start.push_back(src.file_end(FileId(f)));
    out.file_first_token.push_back(out.size());
  }
  return out;
}

namespace {

// Rounds of expansion before rustc's default recursion limit (128) is reported.
constexpr uint32_t kMaxRounds = 128;

auto ReParse(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags) -> Tree {
  return Parse(src, tokens, PassOptions{Backend::Cpu, 1}, diags);
}

}  // namespace

auto ExpandSyntax(SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const SyntaxOptions& opts,
                  DiagSink& diags) -> SyntaxOut {
  SyntaxOut cur{tokens, tree};
  for (uint32_t round = 0;; ++round) {
    TokenNav nav(cur.tokens);
    EditSet set(cur.tokens);
    bool changed = CfgEdits(src, cur.tokens, cur.tree, nav, opts.debug_assertions, set, diags);
    changed |= OutOfLineModEdits(src, cur.tokens, cur.tree, nav, set, diags);
    changed |= MacroRulesEdits(src, cur.tokens, cur.tree, nav, round, set, diags);
    changed |= StdPathEdits(src, cur.tokens, nav, set);
    changed |= TokenMacroEdits(src, cur.tokens, cur.tree, nav, set, diags);
    if (diags.error_count() > 0 || !changed) break;
    cur.tokens = ApplyEdits(src, set, diags);
    cur.tree = ReParse(src, cur.tokens, diags);
    if (diags.error_count() > 0 || round > kMaxRounds) return cur;
  }
  if (diags.error_count() > 0) return cur;
  if (opts.prelude) {
    // The std subset goes in once the crate's own files and macros are expanded (it needs
    // neither), so the names the crate uses decide which of its files are spliced in.
    EditSet set(cur.tokens);
    if (PreludeEdits(src, set, diags)) {
      cur.tokens = ApplyEdits(src, set, diags);
      cur.tree = ReParse(src, cur.tokens, diags);
      if (diags.error_count() > 0) return cur;
    }
  }
  TokenNav nav(cur.tokens);
  EditSet set(cur.tokens);
  bool changed = MacroRulesRemoval(cur.tree, nav, set);
  changed |= ModuleEdits(src, cur.tokens, cur.tree, nav, set, diags);
  if (diags.error_count() > 0 || !changed) return cur;
  cur.tokens = ApplyEdits(src, set, diags);
  cur.tree = ReParse(src, cur.tokens, diags);
  return cur;
}

// --- out-of-line modules -------------------------------------------------------------------------

auto OutOfLineModEdits(SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                       EditSet& set, DiagSink& diags) -> bool {
  namespace fs = std::filesystem;
  bool changed = false;
  NodeId root = tree.root(FileId(0));
  std::vector<uint32_t> mods;
  for (uint32_t i = root.index + 1 - tree.subtree_size[root.index]; i < root.index; ++i) {
    if (tree.kind[i] == NodeKind::ModItem) mods.push_back(i);
  }
  for (uint32_t m : mods) {
    NodeId name = ChildOfKind(tree, NodeId(m), NodeKind::Name);
    if (!name.is_valid() || ChildOfKind(tree, NodeId(m), NodeKind::ItemList).is_valid()) continue;
    std::string mod_name(tokens.text(src, tree.token[name.index]));
    // Enclosing inline modules from the same file as this `mod` token (so that `mod a { mod b; }`
    // in main.rs loads a/b.rs as rustc does), outermost first.
    uint32_t mod_tok = tree.token[m].index;
    FileId file = src.FileOf(tokens.start[mod_tok]);
    std::vector<std::string> chain;
    for (uint32_t o : mods) {
      uint32_t first = o + 1 - tree.subtree_size[o];
      if (o == m || !(first <= m && m < o)) continue;
      if (src.FileOf(tokens.start[tree.token[o].index]).index != file.index) continue;
      NodeId on = ChildOfKind(tree, NodeId(o), NodeKind::Name);
      if (on.is_valid()) chain.push_back(std::string(tokens.text(src, tree.token[on.index])));
    }
    // Postorder lists inner modules first among those that enclose m.
    std::reverse(chain.begin(), chain.end());
    fs::path path(src.path(file));
    fs::path dir = path.parent_path();
    std::string stem = path.stem().string();
    bool is_root = file.index == 0 || stem == "mod";
    if (!is_root) dir /= stem;
    for (const std::string& c : chain) dir /= c;
    fs::path a = dir / (mod_name + ".rs"), b = dir / mod_name / "mod.rs";
    std::error_code ec;
    fs::path found = fs::exists(a, ec) ? a : fs::exists(b, ec) ? b : fs::path();
    uint32_t lo, hi;
    nav.NodeRange(tree, m, &lo, &hi);
    if (tokens.kind[nav.Next(hi)] == TokenKind::Semi) hi = nav.Next(hi);
    if (found.empty()) {
      // DIAG: ModuleFileNotFound
      Diagnostic& d = diags.Emit(DiagKind::ModuleFileNotFound, tokens.start[lo], tokens.end(TokenId(hi)),
                                 fmt::format("file not found for module `{}`", mod_name));
      d.children.push_back({Level::Help, fmt::format("to create the module `{}`, create file \"{}\" or \"{}\"",
                                                     mod_name, a.string(), b.string())});
      d.children.push_back({Level::Note, fmt::format("if there is a `mod {}` elsewhere in the crate already, "
                                                     "import it with `use crate::...` instead",
                                                     mod_name)});
      continue;
    }
    FileId nf = src.AddFileFromDisk(found.string(), src.edition(FileId(0)), diags);
    if (!nf.is_valid()) continue;
    // Lex the new file alone (offsets are global, so its tokens are the file's slice of a full lex).
    TokenBuffer all = Lex(src, PassOptions{Backend::Cpu, 1}, diags);
    Edit ed{lo, hi + 1, {}};
    // Copy everything up to the name, then `{ file tokens }`.
    for (uint32_t t = lo; t <= tree.token[name.index].index; ++t) {
      if (!nav.Trivia(t)) ed.with.push_back(set.Tok(t));
    }
    ed.with.push_back(set.Synth(TokenKind::LBrace, "{"));
    for (uint32_t t = all.file_begin(nf).index; t + 1 < all.file_end(nf).index; ++t) {
      if (IsTrivia(all.kind[t])) continue;
      ed.with.push_back({all.kind[t], false, all.start[t], all.end(TokenId(t))});
    }
    ed.with.push_back(set.Synth(TokenKind::RBrace, "}"));
    set.edits.push_back(std::move(ed));
    changed = true;
  }
  return changed;
}

}  // namespace rustg
