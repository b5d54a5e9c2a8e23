#include "lint/levels.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace rustg::lint {
namespace fs = std::filesystem;

namespace {

auto Normalize(std::string_view s) -> std::string {
  std::string out(s);
  for (char& c : out) {
    if (c == '-') c = '_';
  }
  return out;
}
auto Dashed(std::string_view s) -> std::string {
  std::string out(s);
  for (char& c : out) {
    if (c == '_') c = '-';
  }
  return out;
}
auto InClippyAll(Group g) -> bool {
  return g == Group::Style || g == Group::Complexity || g == Group::Correctness || g == Group::Suspicious ||
         g == Group::Perf;
}
auto ParseLevel(std::string_view s) -> std::optional<LintLevel> {
  if (s == "allow" || s == "expect") return LintLevel::Allow;
  if (s == "warn") return LintLevel::Warn;
  if (s == "deny") return LintLevel::Deny;
  if (s == "forbid") return LintLevel::Forbid;
  return std::nullopt;
}
auto FlagOf(LintLevel l) -> std::string_view {
  switch (l) {
    case LintLevel::Allow: return "-A";
    case LintLevel::Warn: return "-W";
    case LintLevel::Deny: return "-D";
    case LintLevel::Forbid: return "-F";
  }
  return "-W";
}
auto LintSelectorText(LintId id, std::string_view rule_id) -> std::string {
  if (!rule_id.empty()) return "rustg::" + std::string(rule_id);
  const LintInfo& info = Info(id);
  return info.tool == Tool::Clippy ? "clippy::" + std::string(info.name) : std::string(info.name);
}

}  // namespace

auto ParseSelector(std::string_view s) -> Selector {
  Selector sel;
  size_t sep = s.find("::");
  if (sep != std::string_view::npos) {
    sel.tool = std::string(s.substr(0, sep));
    s.remove_prefix(sep + 2);
  }
  sel.name = Normalize(s);
  return sel;
}

auto SelectorText(const Selector& s) -> std::string { return s.tool.empty() ? s.name : s.tool + "::" + s.name; }

auto IsGroupSelector(const Selector& s) -> bool {
  if (s.name == "all" || (s.tool == "rustg" && s.name == "builtin")) return true;
  for (uint8_t g = 0; g <= static_cast<uint8_t>(Group::Unused); ++g) {
    if (GroupName(static_cast<Group>(g)) == s.name) return true;
  }
  return false;
}

auto Matches(const Selector& s, LintId id, std::string_view rule_id) -> bool {
  // `rustg::builtin` names every built-in lint (to run user rules alone).
  if (s.tool == "rustg" && s.name == "builtin") return rule_id.empty();
  if (!rule_id.empty()) {
    if (s.tool != "rustg" && !s.tool.empty()) return false;
    return s.name == Normalize(rule_id) || (s.tool == "rustg" && s.name == "all");
  }
  const LintInfo& info = Info(id);
  if (s.tool == "clippy") {
    if (info.tool != Tool::Clippy) return false;
    return s.name == info.name || s.name == GroupName(info.group) || (s.name == "all" && InClippyAll(info.group));
  }
  if (s.tool == "rustg") return s.name == info.name || s.name == GroupName(info.group) || s.name == "all";
  if (!s.tool.empty() || info.tool != Tool::Rustc) return false;
  return s.name == info.name || (info.group != Group::NoGroup && s.name == GroupName(info.group));
}

FileLevels::FileLevels(const TreeView& view, const std::vector<Directive>& outer) : view_(view), outer_(outer) {
  for (uint32_t n = view.node_begin(); n < view.node_end(); ++n) {
    NodeKind k = view.kind(n);
    if (k != NodeKind::OuterAttr && k != NodeKind::InnerAttr) continue;
    uint32_t path = view.child_of_kind(n, NodeKind::Path);
    uint32_t tt = view.child_of_kind(n, NodeKind::TokenTree);
    if (path == TreeView::kNone || tt == TreeView::kNone) continue;
    auto level = ParseLevel(view.text(path));
    if (!level) continue;
    uint32_t scope = view.parent(n);
    if (scope == TreeView::kNone) continue;
    TokenId open = view.token(tt);
    TokenId close = view.partner(open);
    // The list is `path, path, reason = "..."`: collect each path's tokens up to a comma.
    TokenId t = view.next_token(open);
    while (t.index < close.index) {
      uint32_t lo = view.tok_lo(t), hi = lo;
      std::string name;
      bool is_path = true;
      while (t.index < close.index && view.tok_kind(t) != TokenKind::Comma) {
        TokenKind k2 = view.tok_kind(t);
        if (k2 != TokenKind::Ident && k2 != TokenKind::PathSep && k2 != TokenKind::RawIdent) is_path = false;
        name += view.tok_text(t);
        hi = view.tok_hi(t);
        t = view.next_token(t);
      }
      if (is_path && !name.empty()) {
        Directive d;
        d.level = *level;
        d.sel = ParseSelector(name);
        d.origin = LevelOrigin::Attribute;
        d.text = std::string(view.text(path));
        d.scope = scope;
        d.lo = lo;
        d.hi = hi;
        attrs_.push_back(std::move(d));
      }
      if (t.index < close.index) t = view.next_token(t);
    }
  }
  // Outer scopes first: a larger subtree is applied before the smaller ones nested in it.
  std::stable_sort(attrs_.begin(), attrs_.end(), [&](const Directive& a, const Directive& b) {
    return view.tree().subtree_size[a.scope] > view.tree().subtree_size[b.scope];
  });
}

auto FileLevels::MayFire(LintId id, std::string_view rule_id, LintLevel default_level) const -> bool {
  LintLevel level = default_level;
  for (const Directive& d : outer_) {
    if (Matches(d.sel, id, rule_id) && level != LintLevel::Forbid) level = d.level;
  }
  if (level != LintLevel::Allow) return true;
  for (const Directive& d : attrs_) {
    if (d.level != LintLevel::Allow && Matches(d.sel, id, rule_id)) return true;
  }
  return false;
}

auto FileLevels::Decide(LintId id, std::string_view rule_id, LintLevel default_level, uint32_t node) const -> Decision {
  LintLevel level = default_level;
  const Directive* by = nullptr;
  auto apply = [&](const Directive& d) {
    if (!Matches(d.sel, id, rule_id)) return;
    if (level == LintLevel::Forbid && d.level != LintLevel::Forbid) return;
    level = d.level;
    by = &d;
  };
  for (const Directive& d : outer_) apply(d);
  for (const Directive& d : attrs_) {
    if (view_.contains(d.scope, node)) apply(d);
  }
  Decision out;
  out.level = level;
  std::string me = LintSelectorText(id, rule_id);
  std::string lvl(LevelName(level));
  if (by == nullptr) {
    if (rule_id.empty() && Info(id).tool == Tool::Rustc && Info(id).group != Group::NoGroup) {
      out.notes.push_back(fmt::format("`#[{}({})]` (part of `#[{}({})]`) on by default", lvl, me, lvl,
                                      GroupName(Info(id).group)));
    } else {
      out.notes.push_back(fmt::format("`#[{}({})]` on by default", lvl, me));
    }
    return out;
  }
  bool group = IsGroupSelector(by->sel);
  switch (by->origin) {
    case LevelOrigin::CommandLine: {
      std::string flag(FlagOf(by->level));
      if (group) {
        std::string g = flag + " " + Dashed(SelectorText(by->sel));
        out.notes.push_back(fmt::format("`{} {}` implied by `{}`", flag, Dashed(me), g));
        out.helps.push_back(fmt::format("to override `{}` add `#[allow({})]`", g, me));
      } else {
        out.notes.push_back(fmt::format("requested on the command line with `{} {}`", flag, Dashed(me)));
      }
      break;
    }
    case LevelOrigin::Config:
      out.notes.push_back(fmt::format("requested in `{}` with `{}`{}", by->config_path, by->text,
                                      group ? fmt::format(" (group `{}`)", SelectorText(by->sel)) : ""));
      break;
    case LevelOrigin::Attribute:
      out.has_span = true;
      out.lo = by->lo;
      out.hi = by->hi;
      if (group) {
        out.notes.push_back(fmt::format("`#[{}({})]` implied by `#[{}({})]`", lvl, me, by->text, SelectorText(by->sel)));
      }
      break;
    case LevelOrigin::Default:
      break;
  }
  return out;
}

namespace {

// Reads one `[lints]`-shaped table: { clippy = { name = "level" | { level, priority } }, rust = {...} }.
void ReadLintsTable(const toml::table& t, const std::string& path, std::string_view prefix, std::vector<Directive>& out,
                    std::vector<std::string>& errors) {
  struct Entry {
    int64_t priority;
    bool group;
    Directive d;
  };
  std::vector<Entry> entries;
  for (const auto& [tool_key, tool_val] : t) {
    std::string tool(tool_key.str());
    if (tool == "workspace") continue;
    const toml::table* lints = tool_val.as_table();
    if (!lints) {
      errors.push_back(fmt::format("{}: `{}{}` must be a table", path, prefix, tool));
      continue;
    }
    for (const auto& [name_key, val] : *lints) {
      std::string name(name_key.str());
      std::optional<std::string> level_s;
      int64_t priority = 0;
      if (auto s = val.value<std::string>()) {
        level_s = *s;
      } else if (const toml::table* e = val.as_table()) {
        level_s = (*e)["level"].value<std::string>();
        priority = (*e)["priority"].value_or<int64_t>(0);
      }
      auto level = level_s ? ParseLevel(*level_s) : std::nullopt;
      if (!level) {
        errors.push_back(fmt::format("{}: `{}{}.{}` needs a level: allow, warn, deny or forbid", path, prefix, tool, name));
        continue;
      }
      Directive d;
      d.level = *level;
      d.sel = ParseSelector((tool == "rust" ? "" : tool + "::") + name);
      d.origin = LevelOrigin::Config;
      d.text = fmt::format("{}.{} = \"{}\"", tool, name, *level_s);
      d.config_path = path;
      bool group = IsGroupSelector(d.sel);
      entries.push_back({priority, group, std::move(d)});
    }
  }
  // Cargo applies lower priorities first; at equal priority, groups before single lints.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.group && !b.group;
  });
  for (Entry& e : entries) out.push_back(std::move(e.d));
}

// A config file's path as messages show it: relative to the working directory when it lies below
// it (as rustc shows source paths), so output does not depend on where the tree is checked out.
auto Shown(const fs::path& p) -> std::string {
  std::error_code ec;
  fs::path rel = fs::relative(p, fs::current_path(ec), ec);
  if (ec || rel.empty() || *rel.begin() == "..") return p.string();
  return rel.string();
}

auto ParseToml(const fs::path& p, std::vector<std::string>& errors) -> std::optional<toml::table> {
  try {
    return toml::parse_file(p.string());
  } catch (const toml::parse_error& e) {
    errors.push_back(fmt::format("{}:{}:{}: invalid TOML: {}", Shown(p), e.source().begin.line,
                                 e.source().begin.column, e.description()));
    return std::nullopt;
  }
}

}  // namespace

auto ConfigCache::For(const std::string& path, std::vector<std::string>& errors)
    -> std::shared_ptr<const std::vector<Directive>> {
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(path), ec);
  return ForDir(abs.parent_path().lexically_normal().string(), errors);
}

auto ConfigCache::ForDir(const std::string& dir, std::vector<std::string>& errors)
    -> std::shared_ptr<const std::vector<Directive>> {
  {
    std::lock_guard lock(mu_);
    auto it = by_dir_.find(dir);
    if (it != by_dir_.end()) return it->second;
  }
  auto result = std::make_shared<std::vector<Directive>>();
  std::error_code ec;
  bool found_cargo = false, found_rustg = false;
  for (fs::path d = dir;; d = d.parent_path()) {
    if (!found_cargo && fs::exists(d / "Cargo.toml", ec)) {
      found_cargo = true;
      if (auto t = ParseToml(d / "Cargo.toml", errors)) {
        const toml::table* lints = (*t)["lints"].as_table();
        if (lints && (*lints)["workspace"].value_or(false)) {
          // Inherit from the workspace root's [workspace.lints].
          for (fs::path w = d.parent_path(); !w.empty(); w = w.parent_path()) {
            if (fs::exists(w / "Cargo.toml", ec)) {
              if (auto wt = ParseToml(w / "Cargo.toml", errors)) {
                if (const toml::table* wl = (*wt)["workspace"]["lints"].as_table()) {
                  ReadLintsTable(*wl, Shown(w / "Cargo.toml"), "workspace.lints.", *result, errors);
                  break;
                }
              }
            }
            if (w == w.parent_path()) break;
          }
        } else if (lints) {
          ReadLintsTable(*lints, Shown(d / "Cargo.toml"), "lints.", *result, errors);
        }
      }
    }
    if (!found_rustg && fs::exists(d / "rustg-lint.toml", ec)) {
      found_rustg = true;
      if (auto t = ParseToml(d / "rustg-lint.toml", errors)) {
        ReadLintsTable(*t, Shown(d / "rustg-lint.toml"), "", *result, errors);
      }
    }
    if (d == d.parent_path() || (found_cargo && found_rustg)) break;
  }
  std::lock_guard lock(mu_);
  by_dir_[dir] = result;
  return result;
}

}  // namespace rustg::lint
