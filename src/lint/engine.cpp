#include "lint/engine.h"

#include <algorithm>

#include <fmt/format.h>

#include "lint/rules.h"


namespace rustg::lint {

auto LintFile(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f,
              const std::vector<Directive>& outer, const RuleSet* rules) -> std::vector<Reported> {
  std::vector<Reported> out;
  if (tree.file_first_node[f.index] == tree.file_first_node[f.index + 1]) return out;
  TreeView view(src, tokens, tree, f);
  FileLevels levels(view, outer);
  std::vector<bool> enabled(kLintCount);
  bool any = false;
  for (uint32_t i = 0; i < kLintCount; ++i) {
    auto id = static_cast<LintId>(i);
    enabled[i] = levels.MayFire(id, "", Info(id).default_level);
    any |= enabled[i];
  }
  std::vector<Finding> found;
  if (any) RunBuiltinLints(view, enabled, found);
  if (rules) rules->Run(view, levels, found);
  for (Finding& fd : found) {
    LintLevel def = fd.rule_id.empty() ? Info(fd.lint).default_level : rules->DefaultLevel(fd.rule_id);
    Decision d = levels.Decide(fd.lint, fd.rule_id, def, fd.node);
    if (d.level == LintLevel::Allow) continue;
    Reported r;
    r.code = CodeOf(fd);
    if (fd.rule_id.empty() && Info(fd.lint).tool == Tool::Clippy) {
      r.link_helps.push_back(fmt::format("for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#{}",
                                         Info(fd.lint).name));
    }
    r.f = std::move(fd);
    r.level = std::move(d);
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const Reported& a, const Reported& b) {
    if (a.f.lo != b.f.lo) return a.f.lo < b.f.lo;
    return a.code < b.code;
  });
  return out;
}

auto ApplyFixes(const SourceBuffer& src, FileId f, const std::vector<Reported>& reported, uint32_t& applied,
                std::vector<Edit>* applied_edits) -> std::string {
  std::vector<const Suggestion*> chosen;
  std::vector<std::pair<uint32_t, uint32_t>> taken;
  applied = 0;
  for (const Reported& r : reported) {
    if (r.f.suggestions.empty() || !r.f.suggestions[0].machine_applicable) continue;
    const Suggestion& s = r.f.suggestions[0];
    bool clash = false;
    for (const Edit& e : s.edits) {
      for (auto [lo, hi] : taken) {
        // Edits may touch at a point but never overlap (two insertions at one point also clash).
        if (e.lo < hi && lo < e.hi) clash = true;
        if (e.lo == e.hi && (e.lo == lo || e.lo == hi)) clash = true;
        if (lo == hi && (lo == e.lo || lo == e.hi)) clash = true;
      }
    }
    if (clash) continue;
    for (const Edit& e : s.edits) taken.emplace_back(e.lo, e.hi);
    chosen.push_back(&s);
  }
  std::vector<Edit> edits;
  for (const Suggestion* s : chosen) {
    for (const Edit& e : s->edits) edits.push_back(e);
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.lo < b.lo || (a.lo == b.lo && a.hi < b.hi); });
  std::string out;
  uint32_t at = src.file_begin(f);
  for (const Edit& e : edits) {
    out += src.slice(at, e.lo);
    out += e.text;
    at = e.hi;
  }
  out += src.slice(at, src.file_end(f));
  applied = static_cast<uint32_t>(chosen.size());
  if (applied_edits != nullptr) *applied_edits = std::move(edits);
  return out;
}

}  // namespace rustg::lint
