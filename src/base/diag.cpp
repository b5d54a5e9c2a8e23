#include "base/diag.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/source.h"

namespace rustg {
namespace {

struct KindInfo {
  std::string_view name;
  Level level;
  std::string_view code;
};

constexpr KindInfo kKinds[] = {
#define RUSTG_DIAG(Name, Lvl, Code) {#Name, Level::Lvl, Code},
#include "base/diag_kind.def"
};

auto LevelName(Level l) -> std::string_view {
  switch (l) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    case Level::Note: return "note";
    case Level::Help: return "help";
  }
  return "error";
}

// ANSI styles as rustc uses them: bold red errors, bold yellow warnings, bold blue gutters.
struct Style {
  bool on;
  auto level(Level l) const -> std::string_view {
    if (!on) return "";
    switch (l) {
      case Level::Error: return "\x1b[1m\x1b[38;5;9m";
      case Level::Warning: return "\x1b[1m\x1b[38;5;11m";
      case Level::Note: return "\x1b[1m\x1b[38;5;10m";
      case Level::Help: return "\x1b[1m\x1b[38;5;14m";
    }
    return "";
  }
  auto bold() const -> std::string_view { return on ? "\x1b[1m" : ""; }
  auto gutter() const -> std::string_view { return on ? "\x1b[1m\x1b[38;5;12m" : ""; }
  auto reset() const -> std::string_view { return on ? "\x1b[0m" : ""; }
};

// Display width of [from, to) of a line: tabs count 4 columns (as rustc renders them), every
// other scalar value one.
auto DisplayWidth(std::string_view line, size_t from, size_t to) -> size_t {
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

auto ExpandTabs(std::string_view line) -> std::string {
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

// Appends the source snippet of [lo, hi) with carets and an optional label.
void RenderSnippet(std::string& out, const SourceBuffer& src, uint32_t lo, uint32_t hi,
                   std::string_view label, Level level, const Style& st, size_t gutter_width,
                   bool primary) {
  // Long lines are shown as a window around the span, as rustc trims them: a diagnostic must
  // not cost (or print) the whole of a megabyte-long line.
  constexpr size_t kMaxShown = 200;
  constexpr size_t kContext = 80;
  LineCol lc = src.Locate(lo);
  std::string_view line = src.LineText(lc.file_id, lc.line);
  size_t a = lo - src.LineBegin(lc.file_id, lc.line);
  size_t b = std::max(a, std::min<size_t>(hi - src.LineBegin(lc.file_id, lc.line), line.size()));
  std::string_view prefix, suffix;
  if (line.size() > kMaxShown) {
    auto is_continuation = [&](size_t i) { return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80; };
    size_t from = a > kContext ? a - kContext : 0;
    size_t to = std::min(line.size(), std::min(b, a + kContext) + kContext);
    while (from > 0 && is_continuation(from)) --from;
    while (is_continuation(to)) ++to;
    if (from > 0) prefix = "...";
    if (to < line.size()) suffix = "...";
    line = line.substr(from, to - from);
    a -= from;
    b = std::min(b - from, line.size());
  }
  size_t pad = prefix.size() + DisplayWidth(line, 0, a);
  size_t width = std::max<size_t>(1, DisplayWidth(line, a, b));
  std::string gpad(gutter_width, ' ');
  out += fmt::format("{}{} |{}\n", st.gutter(), gpad, st.reset());
  out += fmt::format("{}{:<{}} |{} {}{}{}\n", st.gutter(), lc.line, gutter_width, st.reset(), prefix,
                     ExpandTabs(line), suffix);
  out += fmt::format("{}{} |{} {}{}{}", st.gutter(), gpad, st.reset(), std::string(pad, ' '),
                     st.level(level), std::string(width, primary ? '^' : '-'));
  if (!label.empty()) out += fmt::format(" {}", label);
  out += fmt::format("{}\n", st.reset());
}

}  // namespace

auto DiagKindName(DiagKind k) -> std::string_view { return kKinds[static_cast<size_t>(k)].name; }
auto DiagKindLevel(DiagKind k) -> Level { return kKinds[static_cast<size_t>(k)].level; }
auto DiagKindCode(DiagKind k) -> std::string_view { return kKinds[static_cast<size_t>(k)].code; }
auto DiagKindCount() -> uint32_t { return static_cast<uint32_t>(std::size(kKinds)); }

auto DiagSink::Emit(DiagKind kind, uint32_t lo, uint32_t hi, std::string message) -> Diagnostic& {
  std::lock_guard lock(mu_);
  diags_.push_back(Diagnostic{kind, DiagKindLevel(kind), true, lo, std::max(lo, hi), std::move(message), {}, {}});
  return diags_.back();
}

auto DiagSink::EmitNoSpan(DiagKind kind, std::string message) -> Diagnostic& {
  std::lock_guard lock(mu_);
  diags_.push_back(Diagnostic{kind, DiagKindLevel(kind), false, 0, 0, std::move(message), {}, {}});
  return diags_.back();
}

void DiagSink::Add(Diagnostic d) {
  std::lock_guard lock(mu_);
  diags_.push_back(std::move(d));
}

void DiagSink::Append(DiagSink&& other) {
  std::scoped_lock lock(mu_, other.mu_);
  for (auto& d : other.diags_) diags_.push_back(std::move(d));
  other.diags_.clear();
}

auto DiagSink::error_count() const -> uint32_t {
  std::lock_guard lock(mu_);
  return static_cast<uint32_t>(std::count_if(diags_.begin(), diags_.end(),
                                             [](const Diagnostic& d) { return d.level == Level::Error; }));
}

auto DiagSink::Sorted() const -> std::vector<Diagnostic> {
  std::lock_guard lock(mu_);
  std::vector<Diagnostic> out = diags_;
  // Spanless diagnostics (unreadable files) come first, then by position.
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.has_span != b.has_span) return !a.has_span;
    return a.lo < b.lo;
  });
  return out;
}

auto RenderHuman(const Diagnostic& d, const SourceBuffer& src, bool color) -> std::string {
  Style st{color};
  std::string out;
  std::string_view code = DiagKindCode(d.kind);
  out += fmt::format("{}{}", st.level(d.level), LevelName(d.level));
  if (!code.empty()) out += fmt::format("[{}]", code);
  out += fmt::format("{}{}: {}{}\n", st.reset(), st.bold(), d.message, st.reset());
  if (!d.has_span) {
    for (const SubDiag& c : d.children) {
      out += fmt::format("{}{}{}: {}\n", st.level(c.level), LevelName(c.level), st.reset(), c.message);
    }
    return out;
  }
  // The gutter is as wide as the largest line number shown.
  uint32_t max_line = src.Locate(d.lo).line;
  for (const SubDiag& c : d.children) {
    if (c.has_span) max_line = std::max(max_line, src.Locate(c.lo).line);
  }
  size_t gw = std::to_string(max_line).size();
  LineCol lc = src.Locate(d.lo);
  out += fmt::format("{}{}--> {}{}:{}:{}\n", std::string(gw, ' '), st.gutter(), st.reset(),
                     src.path(lc.file_id), lc.line, lc.col);
  RenderSnippet(out, src, d.lo, d.hi, d.label, d.level, st, gw, true);
  bool opened = false;
  for (const SubDiag& c : d.children) {
    if (c.has_span) continue;
    if (!opened) out += fmt::format("{}{} |{}\n", st.gutter(), std::string(gw, ' '), st.reset());
    opened = true;
    out += fmt::format("{}{} = {}{}{}{}: {}\n", st.gutter(), std::string(gw, ' '), st.reset(), st.bold(),
                       LevelName(c.level), st.reset() , c.message);
  }
  for (const SubDiag& c : d.children) {
    if (!c.has_span) continue;
    out += fmt::format("\n{}{}{}: {}\n", st.level(c.level), LevelName(c.level), st.reset(), c.message);
    LineCol clc = src.Locate(c.lo);
    out += fmt::format("{}{}--> {}{}:{}:{}\n", std::string(gw, ' '), st.gutter(), st.reset(),
                       src.path(clc.file_id), clc.line, clc.col);
    RenderSnippet(out, src, c.lo, c.hi, "", c.level, st, gw, false);
  }
  return out;
}

namespace {

auto SpanJson(const SourceBuffer& src, uint32_t lo, uint32_t hi, bool primary, std::string_view label)
    -> nlohmann::ordered_json {
  LineCol a = src.Locate(lo);
  LineCol b = src.Locate(hi);
  nlohmann::ordered_json text = nlohmann::ordered_json::array();
  for (uint32_t line = a.line; line <= b.line; ++line) {
    std::string_view t = src.LineText(a.file_id, line);
    // Bound the cost of many diagnostics on one huge line: its text is cut at 4 KiB (rustc
    // repeats the whole line in every span).
    if (t.size() > 4096) {
      size_t cut = 4096;
      while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
      t = t.substr(0, cut);
    }
    uint32_t hs = line == a.line ? a.col : 1;
    uint32_t he = line == b.line ? b.col : static_cast<uint32_t>(DisplayWidth(t, 0, t.size()) + 1);
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
          {"label", label.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(std::string(label))},
          {"suggested_replacement", nullptr},
          {"suggestion_applicability", nullptr},
          {"expansion", nullptr}};
}

}  // namespace

auto RenderJson(const Diagnostic& d, const SourceBuffer& src) -> std::string {
  nlohmann::ordered_json j;
  j["$message_type"] = "diagnostic";
  j["message"] = d.message;
  std::string_view code = DiagKindCode(d.kind);
  j["code"] = code.empty() ? nlohmann::ordered_json(nullptr)
                           : nlohmann::ordered_json{{"code", std::string(code)}, {"explanation", nullptr}};
  j["level"] = LevelName(d.level);
  j["spans"] = nlohmann::ordered_json::array();
  if (d.has_span) j["spans"].push_back(SpanJson(src, d.lo, d.hi, true, d.label));
  j["children"] = nlohmann::ordered_json::array();
  for (const SubDiag& c : d.children) {
    nlohmann::ordered_json cj{{"message", c.message},
                      {"code", nullptr},
                      {"level", LevelName(c.level)},
                      {"spans", nlohmann::ordered_json::array()},
                      {"children", nlohmann::ordered_json::array()},
                      {"rendered", nullptr}};
    if (c.has_span) cj["spans"].push_back(SpanJson(src, c.lo, c.hi, true, ""));
    j["children"].push_back(std::move(cj));
  }
  j["rendered"] = RenderHuman(d, src, false) + "\n";
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

auto RenderSummary(uint32_t errors, uint32_t warnings, bool color) -> std::string {
  Style st{color};
  std::string out;
  if (errors > 0) {
    out += fmt::format("{}error{}{}: aborting due to {}{}{}\n", st.level(Level::Error), st.reset(), st.bold(),
                       errors == 1 ? "1 previous error" : fmt::format("{} previous errors", errors),
                       warnings == 0 ? "" : fmt::format("; {} warning{} emitted", warnings, warnings == 1 ? "" : "s"),
                       st.reset());
  } else if (warnings > 0) {
    out += fmt::format("{}warning{}{}: {} warning{} emitted{}\n", st.level(Level::Warning), st.reset(), st.bold(),
                       warnings, warnings == 1 ? "" : "s", st.reset());
  }
  return out;
}

auto UseColor(std::string_view choice) -> bool {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) && !(term && std::string_view(term) == "dumb") && !std::getenv("NO_COLOR");
}

void PrintDiagnostics(const DiagSink& diags, const SourceBuffer& src, bool json, bool color) {
  uint32_t errors = 0, warnings = 0;
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) {
    errors += d.level == Level::Error;
    warnings += d.level == Level::Warning;
    out += json ? RenderJson(d, src) : RenderHuman(d, src, color);
    out += '\n';
  }
  if (!json) out += RenderSummary(errors, warnings, color);
  std::fputs(out.c_str(), stderr);
  if (const char* log = std::getenv("RUSTG_LOG_DIAG_KINDS")) {
    if (FILE* f = std::fopen(log, "a")) {
      for (const Diagnostic& d : diags.all()) fmt::print(f, "{}\n", DiagKindName(d.kind));
      std::fclose(f);
    }
  }
}

}  // namespace rustg
