#include "lint/report.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rustg::lint {
namespace {

using json = nlohmann::ordered_json;

struct Style {
  bool on;
  auto level(bool error) const -> std::string_view {
    return !on ? "" : error ? "\x1b[1m\x1b[38;5;9m" : "\x1b[1m\x1b[38;5;11m";
  }
  auto help() const -> std::string_view { return on ? "\x1b[1m\x1b[38;5;14m" : ""; }
  auto note() const -> std::string_view { return on ? "\x1b[1m\x1b[38;5;10m" : ""; }
  auto bold() const -> std::string_view { return on ? "\x1b[1m" : ""; }
  auto gutter() const -> std::string_view { return on ? "\x1b[1m\x1b[38;5;12m" : ""; }
  auto reset() const -> std::string_view { return on ? "\x1b[0m" : ""; }
};

auto IsError(LintLevel l) -> bool { return l == LintLevel::Deny || l == LintLevel::Forbid; }

// Display width of line[from, to): tabs are 4 columns, other scalar values 1.
auto Width(std::string_view line, size_t from, size_t to) -> size_t {
  size_t w = 0;
  for (size_t i = from; i < to && i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == '\t') {
      w += 4;
    } else if ((c & 0xC0) != 0x80) {
      w += 1;
    }
  }
  return w;
}
auto Expand(std::string_view line) -> std::string {
  std::string out;
  for (char c : line) {
    if (c == '\t') {
      out += "    ";
    } else {
      out += c;
    }
  }
  return out;
}

// An annotated span of a snippet.
struct Ann {
  uint32_t lo, hi;
  bool primary;
  std::string label;
};

// Whether the first suggestion can be shown inline as the primary label.
auto InlineSuggestion(const Finding& f) -> const Suggestion* {
  if (f.suggestions.size() != 1 || !f.label.empty()) return nullptr;
  const Suggestion& s = f.suggestions[0];
  if (s.force_block || s.edits.size() != 1) return nullptr;
  const Edit& e = s.edits[0];
  if (e.text.find('\n') != std::string::npos) return nullptr;
  size_t words = 0;
  bool in_word = false;
  for (char c : s.message) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  if (words >= 10) return nullptr;
  return &s;
}
auto InlineLabel(const Suggestion& s) -> std::string {
  if (!s.show_code || s.edits[0].text.empty()) return "help: " + s.message;
  return fmt::format("help: {}: `{}`", s.message, s.edits[0].text);
}

class Renderer {
 public:
  Renderer(const SourceBuffer& src, const Style& st, size_t gw) : src_(src), st_(st), gw_(gw) {}

  auto pad() const -> std::string { return std::string(gw_, ' '); }
  void Bar(std::string& out) const { out += fmt::format("{}{} |{}\n", st_.gutter(), pad(), st_.reset()); }
  void Location(std::string& out, uint32_t lo) const {
    LineCol lc = src_.Locate(lo);
    out += fmt::format("{}{}--> {}{}:{}:{}\n", pad(), st_.gutter(), st_.reset(), src_.path(lc.file_id), lc.line, lc.col);
  }

  // Draws the source lines of the annotations (at most one multi-line, the primary).
  void Snippet(std::string& out, std::vector<Ann> anns, bool error) const {
    FileId file = src_.Locate(anns[0].lo).file_id;
    const Ann* ml = nullptr;
    uint32_t ml_start = 0, ml_end = 0;
    for (const Ann& a : anns) {
      uint32_t l1 = src_.Locate(a.lo).line, l2 = src_.Locate(a.hi > a.lo ? a.hi - 1 : a.lo).line;
      if (l1 != l2 && a.primary && !ml) {
        ml = &a;
        ml_start = l1;
        ml_end = l2;
      }
    }
    std::set<uint32_t> lines;
    for (const Ann& a : anns) {
      if (&a == ml) continue;
      lines.insert(src_.Locate(a.lo).line);
    }
    if (ml) {
      lines.insert(ml_start);
      uint32_t middle = std::min(ml_start + 4, ml_end);
      for (uint32_t l = ml_start + 1; l < middle; ++l) lines.insert(l);
      if (middle < ml_end - 1) lines.insert(ml_end - 1);
      lines.insert(ml_end);
    }
    Bar(out);
    std::string_view mark_style = error ? st_.level(true) : st_.level(false);
    uint32_t prev = 0;
    for (uint32_t line : lines) {
      if (prev != 0 && line > prev + 1) {
        if (line == prev + 2) {
          Row(out, prev + 1, file, ml, ml_start, ml_end);
        } else {
          out += fmt::format("{}...{}{}\n", st_.gutter(), std::string(gw_ + 3 > 3 ? gw_ : 0, ' '),
                             ml ? std::string(" |") : std::string());
        }
      }
      prev = line;
      Row(out, line, file, ml, ml_start, ml_end);
      std::string_view text = src_.LineText(file, line);
      uint32_t line_lo = src_.LineBegin(file, line);
      std::string bar = ml ? (line > ml_start && line <= ml_end ? "| " : "  ") : "";
      // Single-line annotations on this line.
      std::vector<const Ann*> here;
      for (const Ann& a : anns) {
        if (&a != ml && src_.Locate(a.lo).line == line) here.push_back(&a);
      }
      std::sort(here.begin(), here.end(), [](const Ann* a, const Ann* b) { return a->lo < b->lo; });
      if (!here.empty()) {
        // Secondary dashes first, primary carets over them; the label of the annotation that
        // ends rightmost goes after the marks.
        std::string marks;
        const Ann* last = here.front();
        size_t last_end = 0;
        for (int pass = 0; pass < 2; ++pass) {
          for (const Ann* a : here) {
            if (a->primary != (pass == 1)) continue;
            size_t c0 = Width(text, 0, a->lo - line_lo);
            size_t hi = std::min<size_t>(a->hi - line_lo, text.size());
            size_t w = std::max<size_t>(1, Width(text, a->lo - line_lo, std::max<size_t>(hi, a->lo - line_lo)));
            if (marks.size() < c0 + w) marks.resize(c0 + w, ' ');
            for (size_t i = c0; i < c0 + w; ++i) marks[i] = a->primary ? '^' : '-';
            if (c0 + w > last_end || (c0 + w == last_end && !a->label.empty())) {
              last_end = c0 + w;
              last = a;
            }
          }
        }
        out += fmt::format("{}{} |{} {}{}{}{}{}\n", st_.gutter(), pad(), st_.reset(), bar, mark_style, marks,
                           last->label.empty() ? "" : " " + last->label, st_.reset());
        // Labels of annotations left of another hang below, rightmost first.
        std::vector<const Ann*> hanging;
        for (const Ann* a : here) {
          if (a != last && !a->label.empty()) hanging.push_back(a);
        }
        for (size_t k = hanging.size(); k-- > 0;) {
          std::string conn, lab;
          for (size_t i = 0; i <= k; ++i) {
            size_t c = Width(text, 0, hanging[i]->lo - line_lo);
            conn += std::string(c - std::min(c, conn.size()), ' ') + "|";
            if (i < k) lab += std::string(c - std::min(c, lab.size()), ' ') + "|";
          }
          size_t c = Width(text, 0, hanging[k]->lo - line_lo);
          lab += std::string(c - std::min(c, lab.size()), ' ') + hanging[k]->label;
          out += fmt::format("{}{} |{} {}{}{}\n", st_.gutter(), pad(), st_.reset(), bar, conn, st_.reset());
          out += fmt::format("{}{} |{} {}{}{}\n", st_.gutter(), pad(), st_.reset(), bar, lab, st_.reset());
        }
      }
      if (ml && line == ml_start) {
        size_t c0 = Width(text, 0, ml->lo - line_lo);
        size_t indent = Width(text, 0, text.find_first_not_of(" \t") == std::string_view::npos ? 0 : text.find_first_not_of(" \t"));
        if (c0 != indent) {
          out += fmt::format("{}{} |{}  {}{}^{}\n", st_.gutter(), pad(), st_.reset(), mark_style, std::string(c0 + 1, '_'),
                             st_.reset());
        }
      }
      if (ml && line == ml_end) {
        uint32_t last = ml->hi > ml->lo ? ml->hi - 1 : ml->lo;
        size_t c1 = Width(text, 0, last - line_lo);
        out += fmt::format("{}{} |{} {}|{}^{}{}\n", st_.gutter(), pad(), st_.reset(), mark_style, std::string(c1 + 1, '_'),
                           ml->label.empty() ? "" : " " + ml->label, st_.reset());
      }
    }
  }

  // A help block showing the lines a suggestion changes.
  void SuggestionBlock(std::string& out, const Suggestion& s) const {
    out += fmt::format("{}help{}: {}\n", st_.help(), st_.reset(), s.message);
    std::vector<Edit> edits = s.edits;
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.lo < b.lo; });
    LineCol first = src_.Locate(edits.front().lo);
    LineCol last = src_.Locate(edits.back().hi);
    FileId file = first.file_id;
    uint32_t from = src_.LineBegin(file, first.line);
    std::string_view last_text = src_.LineText(file, last.line);
    uint32_t to = src_.LineBegin(file, last.line) + static_cast<uint32_t>(last_text.size());
    std::string old_text(src_.slice(from, to));
    std::string new_text;
    // Where each edit's replacement landed in new_text, to mark the changed lines.
    std::vector<std::pair<size_t, size_t>> placed;
    uint32_t at = from;
    bool destructive = false;
    for (const Edit& e : edits) {
      new_text += src_.slice(at, std::max(at, e.lo));
      placed.emplace_back(new_text.size(), new_text.size() + e.text.size());
      new_text += e.text;
      std::string_view replaced = src_.slice(e.lo, std::max(e.lo, e.hi));
      if (!replaced.empty() && e.text.find(replaced) == std::string::npos) destructive = true;
      at = std::max(at, e.hi);
    }
    new_text += src_.slice(at, std::max(at, to));
    auto split = [](const std::string& t) {
      std::vector<std::pair<size_t, std::string>> ls;
      size_t p = 0;
      while (true) {
        size_t nl = t.find('\n', p);
        ls.emplace_back(p, t.substr(p, nl == std::string::npos ? std::string::npos : nl - p));
        if (nl == std::string::npos) break;
        p = nl + 1;
      }
      return ls;
    };
    auto old_lines = split(old_text), new_lines = split(new_text);
    Bar(out);
    auto row = [&](uint32_t ln, char mark, const std::string& text) {
      out += fmt::format("{}{:>{}} {}{} {}\n", st_.gutter(), ln, gw_, mark, st_.reset(), Expand(text));
    };
    if (new_lines.size() > 1) {
      // rustc's multi-line form: every line an edit touches is marked `~`.
      for (size_t i = 0; i < new_lines.size(); ++i) {
        size_t b0 = new_lines[i].first, b1 = b0 + new_lines[i].second.size();
        bool touched = false;
        for (auto [p0, p1] : placed) touched |= p0 <= b1 && p1 >= b0;
        row(first.line + static_cast<uint32_t>(i), touched ? '~' : '|', new_lines[i].second);
      }
      Bar(out);
    } else if (destructive) {
      for (size_t i = 0; i < old_lines.size(); ++i) row(first.line + static_cast<uint32_t>(i), '-', old_lines[i].second);
      for (size_t i = 0; i < new_lines.size(); ++i) row(first.line + static_cast<uint32_t>(i), '+', new_lines[i].second);
      Bar(out);
    } else {
      // Only additions: the new line with `+` under what was added.
      std::string marks;
      std::string_view nl = new_lines[0].second;
      for (size_t k = 0; k < edits.size(); ++k) {
        std::string_view replaced = src_.slice(edits[k].lo, std::max(edits[k].lo, edits[k].hi));
        size_t keep = replaced.empty() ? std::string::npos : edits[k].text.find(replaced);
        auto mark = [&](size_t p0, size_t p1) {
          size_t c0 = Width(nl, 0, p0), c1 = Width(nl, 0, p1);
          if (marks.size() < c0) marks.resize(c0, ' ');
          marks += std::string(c1 - c0, '+');
        };
        size_t p0 = placed[k].first, p1 = placed[k].second;
        if (keep == std::string::npos) {
          mark(p0, p1);
        } else {
          mark(p0, p0 + keep);
          mark(p0 + keep + replaced.size(), p1);
        }
      }
      out += fmt::format("{}{:>{}} |{} {}\n", st_.gutter(), first.line, gw_, st_.reset(), Expand(nl));
      out += fmt::format("{}{} |{} {}{}{}\n", st_.gutter(), pad(), st_.reset(), st_.help(), marks, st_.reset());
    }
  }

 private:
  void Row(std::string& out, uint32_t line, FileId file, const Ann* ml, uint32_t ml_start, uint32_t ml_end) const {
    std::string_view text = src_.LineText(file, line);
    std::string prefix;
    if (ml) {
      if (line == ml_start) {
        uint32_t line_lo = src_.LineBegin(file, line);
        size_t c0 = Width(text, 0, ml->lo - line_lo);
        size_t ws = text.find_first_not_of(" \t");
        size_t indent = Width(text, 0, ws == std::string_view::npos ? 0 : ws);
        prefix = c0 == indent ? fmt::format("{}/{} ", st_.level(false), st_.reset()) : "  ";
      } else if (line > ml_start && line <= ml_end) {
        prefix = "| ";
      } else {
        prefix = "  ";
      }
    }
    std::string t = Expand(text);
    out += fmt::format("{}{:>{}} |{} {}{}\n", st_.gutter(), line, gw_, st_.reset(), prefix, t);
  }

  const SourceBuffer& src_;
  const Style& st_;
  size_t gw_;
};

auto LevelWord(LintLevel l) -> std::string_view { return IsError(l) ? "error" : "warning"; }

}  // namespace

auto CodeOf(const Finding& f) -> std::string {
  if (!f.rule_id.empty()) return f.rule_id;
  const LintInfo& info = Info(f.lint);
  return info.tool == Tool::Clippy ? "clippy::" + std::string(info.name) : std::string(info.name);
}

auto RenderHuman(const Reported& r, const SourceBuffer& src, bool color) -> std::string {
  Style st{color};
  const Finding& f = r.f;
  bool error = IsError(r.level.level);
  // User rules show their id as the code (`warning[no-unwrap]: ...`); built-in lints name
  // themselves in the level note, as clippy does.
  std::string code = f.rule_id.empty() ? "" : "[" + f.rule_id + "]";
  std::string out = fmt::format("{}{}{}{}{}: {}{}\n", st.level(error), LevelWord(r.level.level), code, st.reset(),
                                st.bold(), f.message, st.reset());
  // The gutter fits the largest line number shown anywhere in the diagnostic.
  uint32_t max_line = src.Locate(f.hi).line;
  for (const Label& l : f.secondary) max_line = std::max(max_line, src.Locate(l.hi).line);
  if (r.level.has_span) max_line = std::max(max_line, src.Locate(r.level.hi).line);
  for (const Suggestion& s : f.suggestions) {
    for (const Edit& e : s.edits) max_line = std::max(max_line, src.Locate(e.hi).line + 2);
  }
  size_t gw = std::to_string(max_line).size();
  Renderer rd(src, st, gw);
  rd.Location(out, f.lo);
  const Suggestion* inl = InlineSuggestion(f);
  // An inline suggestion on another span than the primary one only fits on the primary's line.
  if (inl && !(inl->edits[0].lo == f.lo && inl->edits[0].hi == f.hi) &&
      (src.Locate(inl->edits[0].lo).line != src.Locate(f.lo).line ||
       src.Locate(inl->edits[0].hi).line != src.Locate(f.lo).line || src.Locate(f.hi).line != src.Locate(f.lo).line)) {
    inl = nullptr;
  }
  std::vector<Ann> anns;
  bool same = inl && inl->edits[0].lo == f.lo && inl->edits[0].hi == f.hi;
  anns.push_back({f.lo, f.hi, true, inl && same ? InlineLabel(*inl) : f.label});
  if (inl && !same) anns.push_back({inl->edits[0].lo, inl->edits[0].hi, false, InlineLabel(*inl)});
  for (const Label& l : f.secondary) anns.push_back({l.lo, l.hi, l.primary, l.text});
  rd.Snippet(out, anns, error);
  std::vector<std::pair<std::string_view, std::string>> notes;
  for (const std::string& h : f.helps) notes.emplace_back("help", h);
  for (const std::string& n : f.notes) notes.emplace_back("note", n);
  for (const std::string& h : r.link_helps) notes.emplace_back("help", h);
  if (!r.level.has_span) {
    for (const std::string& n : r.level.notes) notes.emplace_back("note", n);
    for (const std::string& h : r.level.helps) notes.emplace_back("help", h);
  }
  if (!notes.empty()) rd.Bar(out);
  for (const auto& [kind, text] : notes) {
    out += fmt::format("{}{} = {}{}{}: {}\n", st.gutter(), rd.pad(), st.reset(), st.bold(), kind, std::string(st.reset()) + text);
  }
  if (r.level.has_span) {
    out += fmt::format("{}note{}: the lint level is defined here\n", st.note(), st.reset());
    rd.Location(out, r.level.lo);
    rd.Snippet(out, {{r.level.lo, r.level.hi, true, ""}}, error);
    for (const std::string& n : r.level.notes) {
      out += fmt::format("{}{} = {}{}note{}: {}\n", st.gutter(), rd.pad(), st.reset(), st.bold(), st.reset(), n);
    }
    for (const std::string& h : r.level.helps) {
      out += fmt::format("{}{} = {}{}help{}: {}\n", st.gutter(), rd.pad(), st.reset(), st.bold(), st.reset(), h);
    }
  }
  for (const Suggestion& s : f.suggestions) {
    if (&s == inl) continue;
    rd.SuggestionBlock(out, s);
  }
  return out;
}

namespace {

auto SpanJson(const SourceBuffer& src, uint32_t lo, uint32_t hi, bool primary, const std::string& label,
              const std::string* replacement, bool machine) -> json {
  LineCol a = src.Locate(lo);
  LineCol b = src.Locate(hi);
  json text = json::array();
  for (uint32_t line = a.line; line <= b.line; ++line) {
    std::string_view t = src.LineText(a.file_id, line);
    if (t.size() > 4096) t = t.substr(0, 4096);
    uint32_t hs = line == a.line ? a.col : 1;
    uint32_t he = line == b.line ? b.col : static_cast<uint32_t>(Width(t, 0, t.size()) + 1);
    text.push_back({{"text", std::string(t)}, {"highlight_start", hs}, {"highlight_end", he}});
  }
  return {{"file_name", src.path(a.file_id)},
          {"byte_start", lo - src.file_begin(a.file_id)},
          {"byte_end", hi - src.file_begin(a.file_id)},
          {"line_start", a.line},
          {"line_end", b.line},
          {"column_start", a.col},
          {"column_end", b.col},
          {"is_primary", primary},
          {"text", text},
          {"label", label.empty() ? json(nullptr) : json(label)},
          {"suggested_replacement", replacement ? json(*replacement) : json(nullptr)},
          {"suggestion_applicability",
           replacement ? json(machine ? "MachineApplicable" : "MaybeIncorrect") : json(nullptr)},
          {"expansion", nullptr}};
}
auto Child(std::string_view level, const std::string& message) -> json {
  return {{"message", message}, {"code", nullptr}, {"level", level}, {"spans", json::array()},
          {"children", json::array()}, {"rendered", nullptr}};
}

}  // namespace

auto RenderJson(const Reported& r, const SourceBuffer& src) -> std::string {
  const Finding& f = r.f;
  json j;
  j["$message_type"] = "diagnostic";
  j["message"] = f.message;
  j["code"] = {{"code", r.code}, {"explanation", nullptr}};
  j["level"] = LevelWord(r.level.level);
  j["spans"] = json::array();
  j["spans"].push_back(SpanJson(src, f.lo, f.hi, true, f.label, nullptr, false));
  for (const Label& l : f.secondary) j["spans"].push_back(SpanJson(src, l.lo, l.hi, l.primary, l.text, nullptr, false));
  json children = json::array();
  for (const std::string& h : f.helps) children.push_back(Child("help", h));
  for (const std::string& n : f.notes) children.push_back(Child("note", n));
  for (const std::string& h : r.link_helps) children.push_back(Child("help", h));
  if (r.level.has_span) {
    json c = Child("note", "the lint level is defined here");
    c["spans"].push_back(SpanJson(src, r.level.lo, r.level.hi, true, "", nullptr, false));
    children.push_back(std::move(c));
  }
  for (const std::string& n : r.level.notes) children.push_back(Child("note", n));
  for (const std::string& h : r.level.helps) children.push_back(Child("help", h));
  for (const Suggestion& s : f.suggestions) {
    json c = Child("help", s.message);
    for (const Edit& e : s.edits) c["spans"].push_back(SpanJson(src, e.lo, e.hi, true, "", &e.text, s.machine_applicable));
    children.push_back(std::move(c));
  }
  j["children"] = std::move(children);
  j["rendered"] = RenderHuman(r, src, false) + "\n";
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

auto RenderSarif(const std::vector<Reported>& all, const SourceBuffer& src) -> std::string {
  json rules = json::array();
  std::map<std::string, size_t> rule_index;
  json results = json::array();
  auto region = [&](uint32_t lo, uint32_t hi) {
    LineCol a = src.Locate(lo), b = src.Locate(hi);
    return json{{"startLine", a.line}, {"startColumn", a.col}, {"endLine", b.line}, {"endColumn", b.col}};
  };
  for (const Reported& r : all) {
    auto [it, fresh] = rule_index.emplace(r.code, rules.size());
    if (fresh) {
      json rule{{"id", r.code}, {"shortDescription", {{"text", r.f.message}}}};
      if (r.f.rule_id.empty() && Info(r.f.lint).tool == Tool::Clippy) {
        rule["helpUri"] = fmt::format("https://rust-lang.github.io/rust-clippy/master/index.html#{}", Info(r.f.lint).name);
      }
      rules.push_back(std::move(rule));
    }
    FileId file = src.Locate(r.f.lo).file_id;
    json loc{{"physicalLocation", {{"artifactLocation", {{"uri", src.path(file)}}}, {"region", region(r.f.lo, r.f.hi)}}}};
    json res{{"ruleId", r.code},
             {"ruleIndex", it->second},
             {"level", IsError(r.level.level) ? "error" : "warning"},
             {"message", {{"text", r.f.message}}},
             {"locations", json::array({loc})}};
    json fixes = json::array();
    for (const Suggestion& s : r.f.suggestions) {
      json reps = json::array();
      for (const Edit& e : s.edits) {
        reps.push_back({{"deletedRegion", region(e.lo, e.hi)}, {"insertedContent", {{"text", e.text}}}});
      }
      fixes.push_back({{"description", {{"text", s.message}}},
                       {"artifactChanges", json::array({{{"artifactLocation", {{"uri", src.path(file)}}},
                                                         {"replacements", reps}}})}});
    }
    if (!fixes.empty()) res["fixes"] = std::move(fixes);
    results.push_back(std::move(res));
  }
  json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
           {"version", "2.1.0"},
           {"runs", json::array({{{"tool", {{"driver", {{"name", "rustg"},
                                                         {"version", "0.1.0"},
                                                         {"rules", rules}}}}},
                                  {"columnKind", "unicodeCodePoints"},
                                  {"results", results}}})}};
  return log.dump(2) + "\n";
}

}  // namespace rustg::lint
