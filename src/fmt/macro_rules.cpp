// `macro_rules!` definitions, formatted as rustfmt formats them: each arm `(matcher) => { body };`
// one level deeper than the macro, the matcher as written, and the body formatted as items (else
// as statements inside `fn main() { .. }`) after every metavariable `$name` was replaced by the
// identifier `zname` of the same width. A definition whose arms are not all of that shape (a
// repetition `$(..)` in a body, a `[..]` matcher, a body that does not parse, a macro call inside
// that does not format, a line too wide) is kept exactly as written, header included, as rustfmt
// keeps it; so is a `macro_rules! m (..);` definition.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "fmt/elements.h"
#include "fmt/fmt.h"

namespace rustg {
namespace {

// For each line of text: whether it starts inside a string literal (rustfmt neither indents nor
// unindents such lines).
auto LinesInString(std::string_view text, Edition edition) -> std::vector<bool> {
  std::vector<bool> in_string(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1, false);
  SourceBuffer src;
  DiagSink diags;
  FileId f = src.AddFile("<macro-lines>", text, edition, diags);
  if (!f.is_valid()) return in_string;
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 1}, diags);
  size_t line = 0;
  for (uint32_t t = tokens.file_begin(f).index; t < tokens.file_end(f).index; ++t) {
    TokenKind k = tokens.kind[t];
    std::string_view tx = tokens.text(src, TokenId(t));
    size_t lines_in = static_cast<size_t>(std::count(tx.begin(), tx.end(), '\n'));
    bool literal = k != TokenKind::Whitespace && k != TokenKind::LineComment && k != TokenKind::BlockComment &&
                   !IsDocComment(k);
    if (literal)
      for (size_t q = 1; q <= lines_in && line + q < in_string.size(); ++q) in_string[line + q] = true;
    line += lines_in;
  }
  return in_string;
}

// Splits text into lines (without their `\n`).
auto SplitLines(std::string_view text) -> std::vector<std::string_view> {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (true) {
    size_t nl = text.find('\n', pos);
    lines.push_back(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

// Formats text as a whole file with cfg; nothing when it does not parse, a macro call inside it
// does not format, or the safety check fails (rustfmt's format_snippet for macro bodies).
auto FormatSnippet(std::string_view text, Edition edition, const FmtConfig& cfg, bool& reordered)
    -> std::optional<std::string> {
  SourceBuffer src;
  DiagSink diags;
  FileId f = src.AddFile("<macro-body>", text, edition, diags);
  if (!f.is_valid()) return std::nullopt;
  PassOptions one{Backend::Cpu, 1};
  TokenBuffer tokens = Lex(src, one, diags);
  if (diags.error_count() > 0) return std::nullopt;
  Tree tree = Parse(src, tokens, one, diags);
  if (diags.error_count() > 0) return std::nullopt;
  FmtResult r = FormatFile(src, tokens, tree, f, cfg);
  if (r.status != FmtStatus::Formatted || r.macro_failure) return std::nullopt;
  reordered = reordered || r.reordered;
  return std::move(r.text);
}

// rustfmt's format_code_block: the statements formatted inside `fn main() { .. }` (one level
// deeper, so max_width is one indent wider), then unindented again.
auto FormatCodeBlock(std::string_view text, Edition edition, const FmtConfig& cfg, bool& reordered)
    -> std::optional<std::string> {
  const std::string ind(cfg.tab_spaces, ' ');
  std::string wrapped = "fn main() {\n";
  std::vector<std::string_view> lines = SplitLines(text);
  std::vector<bool> in_str = LinesInString(text, edition);
  for (size_t l = 0; l < lines.size(); ++l) {
    if (!in_str[l]) wrapped += ind;
    wrapped.append(lines[l]);
    wrapped += '\n';
  }
  wrapped += "}";
  std::optional<std::string> formatted = FormatSnippet(wrapped, edition, cfg, reordered);
  if (!formatted) return std::nullopt;
  const std::string& s = *formatted;
  constexpr std::string_view kPrefix = "fn main() {\n";
  if (s.rfind(kPrefix, 0) != 0) return std::nullopt;
  size_t block_end = s.rfind('}');
  if (block_end == std::string::npos || block_end < kPrefix.size()) return std::nullopt;
  std::string_view inner = std::string_view(s).substr(kPrefix.size(), block_end - kPrefix.size());
  std::vector<std::string_view> out_lines = SplitLines(inner);
  std::vector<bool> out_str = LinesInString(inner, edition);
  std::string result;
  for (size_t l = 0; l < out_lines.size(); ++l) {
    if (l > 0) result += '\n';
    std::string_view line = out_lines[l];
    if (!out_str[l]) {
      if (line.size() > cfg.max_width) return std::nullopt;
      if (line.size() > ind.size() && line.substr(0, ind.size()) == ind) line.remove_prefix(ind.size());
    }
    result.append(line);
  }
  return result;
}

// Rewrites `from` to `to` everywhere in s.
void ReplaceAll(std::string& s, const std::string& from, const std::string& to) {
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// One arm of a definition, as token indices (global) into the TokenBuffer.
struct Arm {
  uint32_t matcher_open, matcher_close;  // `(` .. `)`
  uint32_t body_open, body_close;        // `{` .. `}` (or `(` .. `)`, `[` .. `]`)
  bool blank_before = false;             // a blank line separated it from the previous arm
  std::vector<uint32_t> pre_comments;    // comments on lines of their own before the arm
  uint32_t post_comment = UINT32_MAX;    // a line comment after the arm on its last line
};

// Splits the definition's body tokens (open..close) into arms; nothing if it has another shape
// or comments between arms.
auto ParseArms(const TokenBuffer& tokens, const SourceBuffer& src, uint32_t open, uint32_t close)
    -> std::optional<std::vector<Arm>> {
  // Partners of delimiters inside.
  std::vector<uint32_t> partner(close - open + 1, UINT32_MAX);
  std::vector<uint32_t> stack;
  for (uint32_t t = open; t <= close; ++t) {
    if (IsOpen(tokens.kind[t])) stack.push_back(t);
    if (IsClose(tokens.kind[t])) {
      if (stack.empty()) return std::nullopt;
      partner[stack.back() - open] = t;
      stack.pop_back();
    }
  }
  std::vector<Arm> arms;
  uint32_t t = open + 1;
  bool blank = false;
  auto skip_ws = [&]() -> bool {
    blank = false;
    while (t < close && tokens.kind[t] == TokenKind::Whitespace) {
      std::string_view tx = tokens.text(src, TokenId(t));
      blank = blank || std::count(tx.begin(), tx.end(), '\n') >= 2;
      ++t;
    }
    return t < close;
  };
  auto is_comment = [&](uint32_t u) {
    return tokens.kind[u] == TokenKind::LineComment || tokens.kind[u] == TokenKind::BlockComment;
  };
  while (skip_ws()) {
    Arm a;
    a.blank_before = blank && !arms.empty();
    // Comments on lines of their own lead the next arm; one ending a line must be followed by
    // a line break (a comment before an arm on its line keeps the definition as written).
    while (t < close && is_comment(t)) {
      if (t + 1 >= close || tokens.kind[t + 1] != TokenKind::Whitespace ||
          tokens.text(src, TokenId(t + 1)).find('\n') == std::string_view::npos)
        return std::nullopt;
      a.pre_comments.push_back(t);
      ++t;
      bool blank_after = false;
      if (!skip_ws()) return std::nullopt;  // comments after the last arm: kept as written
      blank_after = blank;
      if (blank_after) return std::nullopt;
    }
    if (tokens.kind[t] != TokenKind::LParen || partner[t - open] == UINT32_MAX) return std::nullopt;
    a.matcher_open = t;
    a.matcher_close = partner[t - open];
    t = a.matcher_close + 1;
    if (!skip_ws() || tokens.kind[t] != TokenKind::FatArrow) return std::nullopt;
    ++t;
    if (!skip_ws() || !IsOpen(tokens.kind[t]) || partner[t - open] == UINT32_MAX) return std::nullopt;
    a.body_open = t;
    a.body_close = partner[t - open];
    t = a.body_close + 1;
    uint32_t save = t;
    if (skip_ws() && tokens.kind[t] == TokenKind::Semi) ++t;
    else t = save;
    // A line comment after the arm on its line (`}; // why`).
    {
      uint32_t u = t;
      if (u < close && tokens.kind[u] == TokenKind::Whitespace &&
          tokens.text(src, TokenId(u)).find('\n') == std::string_view::npos)
        ++u;
      if (u < close && tokens.kind[u] == TokenKind::LineComment) {
        a.post_comment = u;
        t = u + 1;
      }
    }
    arms.push_back(a);
  }
  if (arms.empty()) return std::nullopt;
  return arms;
}

// The formatted text of the definition whose `macro_rules` token is `kw` and body `open..close`,
// printed at column `indent`; nothing when rustfmt would keep it as written.
auto FormatDefinition(const SourceBuffer& src, const TokenBuffer& tokens, FileId f, uint32_t name, uint32_t open,
                      uint32_t close, uint32_t indent, const FmtConfig& cfg, bool& reordered)
    -> std::optional<std::string> {
  std::optional<std::vector<Arm>> arms = ParseArms(tokens, src, open, close);
  if (!arms) return std::nullopt;
  const Edition edition = src.edition(f);
  const std::string_view text = src.text();
  auto span = [&](uint32_t a, uint32_t b) {
    return text.substr(tokens.start[a], tokens.end(TokenId(b)) - tokens.start[a]);
  };
  const uint32_t arm_indent = indent + cfg.tab_spaces;
  const std::string arm_ind(arm_indent, ' ');
  std::string out = "macro_rules! ";
  out.append(tokens.text(src, TokenId(name)));
  out += " {\n";
  for (const Arm& a : *arms) {
    if (a.blank_before) out += '\n';
    for (uint32_t cmt : a.pre_comments) {
      if (tokens.kind[cmt] == TokenKind::BlockComment &&
          tokens.text(src, TokenId(cmt)).find('\n') != std::string_view::npos)
        return std::nullopt;
      out += arm_ind;
      std::string_view ct = tokens.text(src, TokenId(cmt));
      while (!ct.empty() && (ct.back() == ' ' || ct.back() == '\t' || ct.back() == '\r')) ct.remove_suffix(1);
      out.append(ct);
      out += '\n';
    }
    out += arm_ind;
    out.append(span(a.matcher_open, a.matcher_close));
    out += " => {";
    // The body between its delimiters, trimmed, with `$name` written `zname`.
    const uint32_t b0 = tokens.start[a.body_open] + 1, b1 = tokens.start[a.body_close];
    std::string_view raw = text.substr(b0, b1 - b0);
    size_t lo = raw.find_first_not_of(" \t\r\n"), hi = raw.find_last_not_of(" \t\r\n");
    std::string_view old_body = lo == std::string_view::npos ? std::string_view() : raw.substr(lo, hi - lo + 1);
    const uint32_t body_begin = b0 + static_cast<uint32_t>(lo == std::string_view::npos ? 0 : lo);
    std::string body(old_body);
    std::vector<std::string> names;
    for (uint32_t t = a.body_open + 1; t < a.body_close; ++t) {
      if (tokens.kind[t] != TokenKind::Dollar) continue;
      if (t + 1 >= a.body_close || tokens.start[t + 1] != tokens.start[t] + 1) return std::nullopt;
      std::string_view next = tokens.text(src, TokenId(t + 1));
      size_t n = 0;
      while (n < next.size() && (std::isalnum(static_cast<unsigned char>(next[n])) || (next[n] & 0x80))) ++n;
      if (n == 0) return std::nullopt;  // `$(..)` repetitions, `$$`: rustfmt keeps the definition
      body[tokens.start[t] - body_begin] = 'z';
      std::string nm(next.substr(0, n));
      if (std::find(names.begin(), names.end(), nm) == names.end()) names.push_back(nm);
    }
    for (const std::string& nm : names)
      if (old_body.find("z" + nm) != std::string_view::npos) return std::nullopt;
    // Later lines lose the first line's column, so the snippet reads as a file at column 0.
    {
      size_t nl = text.rfind('\n', body_begin == 0 ? 0 : body_begin - 1);
      size_t col = body_begin - (nl == std::string_view::npos ? 0 : nl + 1);
      std::vector<std::string_view> blines = SplitLines(body);
      std::vector<bool> bstr = LinesInString(body, edition);
      std::string dedented;
      for (size_t l = 0; l < blines.size(); ++l) {
        std::string_view line = blines[l];
        if (l > 0) {
          dedented += '\n';
          size_t strip = 0;
          while (!bstr[l] && strip < col && strip < line.size() && (line[strip] == ' ' || line[strip] == '\t')) ++strip;
          line.remove_prefix(strip);
        }
        dedented.append(line);
      }
      body = std::move(dedented);
    }
    const bool block_body = !old_body.empty() && old_body[0] == '{';
    const uint32_t body_indent = block_body ? arm_indent : arm_indent + cfg.tab_spaces;
    if (body_indent + 1 >= cfg.max_width) return std::nullopt;
    FmtConfig sub = cfg;
    sub.macro_def_body = true;
    // rustfmt narrows max_width only: the width heuristics stay those of the file's max_width.
    sub.max_width = cfg.max_width - body_indent;
    std::optional<std::string> formatted = FormatSnippet(body, edition, sub, reordered);
    if (!formatted) {
      sub.max_width += cfg.tab_spaces;
      formatted = FormatCodeBlock(body, edition, sub, reordered);
    }
    if (!formatted) return std::nullopt;
    std::string_view fb = *formatted;
    while (!fb.empty() && (fb.back() == '\n' || fb.back() == ' ' || fb.back() == '\t')) fb.remove_suffix(1);
    std::vector<std::string_view> lines = SplitLines(fb);
    std::vector<bool> in_str = LinesInString(fb, edition);
    // A line too wide, even inside a string literal (rustfmt's error_on_unformatted for macro
    // bodies), keeps the definition as written.
    for (size_t l = 0; l < lines.size(); ++l)
      if (DisplayWidth(lines[l]) > (l == 0 ? cfg.max_width - arm_indent : sub.max_width)) return std::nullopt;
    std::string new_body;
    const std::string body_ind(body_indent, ' ');
    for (size_t l = 0; !fb.empty() && l < lines.size(); ++l) {
      if (!in_str[l] && lines[l].find_first_not_of(" \t") != std::string_view::npos) new_body += body_ind;
      new_body.append(lines[l]);
      new_body += '\n';
    }
    for (const std::string& nm : names) ReplaceAll(new_body, "z" + nm, "$" + nm);
    if (block_body) {
      size_t s = new_body.find_first_not_of(" \t\n"), e = new_body.find_last_not_of(" \t\n");
      out.append(new_body, s, e - s + 1);
    } else if (!new_body.empty()) {
      out += '\n';
      out += new_body;
      out += arm_ind;
    }
    out += "};";
    if (a.post_comment != UINT32_MAX) {
      std::string_view ct = tokens.text(src, TokenId(a.post_comment));
      while (!ct.empty() && (ct.back() == ' ' || ct.back() == '\t' || ct.back() == '\r')) ct.remove_suffix(1);
      out += ' ';
      out.append(ct);
    }
    out += '\n';
  }
  out.append(indent, ' ');
  out += "}";
  return out;
}

}  // namespace

void FormatMacroRules(FileElements& fe, const SourceBuffer& src, const TokenBuffer& tokens, FileId f,
                      const FmtConfig& cfg) {
  std::vector<Element>& el = fe.elems;
  bool changed = false;
  uint32_t depth = 0;  // open delimiters around the current element
  for (uint32_t i = 0; i < el.size(); ++i) {
    const Element& e = el[i];
    if (!e.verbatim && IsOpen(e.kind)) ++depth;
    if (!e.verbatim && IsClose(e.kind) && depth > 0) --depth;
    if (e.verbatim || e.kind != TokenKind::Ident || i + 3 >= el.size() || fe.Text(e) != "macro_rules") continue;
    const Element& bang = el[i + 1];
    const Element& name = el[i + 2];
    const Element& body = el[i + 3];
    if (bang.verbatim || bang.kind != TokenKind::Not || name.verbatim || name.kind != TokenKind::Ident ||
        !body.verbatim || !IsOpen(body.kind))
      continue;
    uint32_t last = i + 3;
    if (body.kind != TokenKind::LBrace && last + 1 < el.size() && el[last + 1].kind == TokenKind::Semi &&
        !el[last + 1].verbatim)
      ++last;
    std::optional<std::string> text;
    if (body.kind == TokenKind::LBrace)
      text = FormatDefinition(src, tokens, f, name.first, body.first, body.last, depth * cfg.tab_spaces, cfg,
                              fe.reordered);
    Element merged = e;
    merged.last = el[last].last;
    merged.last_kind = el[last].last_kind;
    merged.verbatim = true;
    merged.partner = UINT32_MAX;
    if (text) {
      fe.arena.push_back(std::move(*text));
      merged.alt_text = fe.arena.back();
    }
    el[i] = merged;
    el.erase(el.begin() + i + 1, el.begin() + last + 1);
    changed = true;
  }
  if (changed) {
    for (Element& x : el)
      if (!x.verbatim) x.partner = UINT32_MAX;
    RelinkPartners(el, 0, static_cast<uint32_t>(el.size()));
  }
}

}  // namespace rustg
