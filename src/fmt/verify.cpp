// The formatter's safety check: the output must be the input's program. Both texts are lexed and
// their significant tokens compared in order, allowing only the changes rustfmt makes: a comma
// added or dropped just before a closing delimiter, and items moved by import/module reordering
// (then the tokens are compared as multisets). Comments must all survive, in order, with only
// trailing whitespace and indentation of their continuation lines changed.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fmt/fmt.h"

namespace rustg {
namespace {

// A significant token or comment, with whitespace normalised where rustfmt changes it.
struct Tok {
  TokenKind kind;
  std::string text;
};

auto IsComment(TokenKind k) -> bool {
  return k == TokenKind::LineComment || k == TokenKind::BlockComment || IsDocComment(k);
}

// Comment text with every line's surrounding whitespace removed (rustfmt re-indents comments).
auto NormaliseComment(std::string_view t) -> std::string {
  std::string out;
  size_t pos = 0;
  while (pos <= t.size()) {
    size_t nl = t.find('\n', pos);
    std::string_view line = t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    size_t a = 0, b = line.size();
    while (a < b && (line[a] == ' ' || line[a] == '\t')) ++a;
    while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t' || line[b - 1] == '\r')) --b;
    out.append(line.substr(a, b - a));
    if (nl == std::string_view::npos) break;
    out += '\n';
    pos = nl + 1;
  }
  return out;
}

auto Significant(std::string_view text, Edition edition, bool& ok) -> std::vector<Tok> {
  SourceBuffer src;
  DiagSink diags;
  FileId f = src.AddFile("<fmt-check>", text, edition, diags);
  std::vector<Tok> out;
  if (!f.is_valid()) {
    ok = false;
    return out;
  }
  TokenBuffer tokens = Lex(src, PassOptions{Backend::Cpu, 1}, diags);
  ok = diags.error_count() == 0;
  for (uint32_t t = tokens.file_begin(f).index; t < tokens.file_end(f).index; ++t) {
    TokenKind k = tokens.kind[t];
    if (k == TokenKind::Whitespace || k == TokenKind::Eof) continue;
    std::string_view tx = tokens.text(src, TokenId(t));
    // A tuple index pair `.0.1` lexed as a float after `.`: compared as `.0 .1` lexes.
    if (k == TokenKind::FloatLit && !out.empty() && out.back().kind == TokenKind::Dot) {
      size_t dot = tx.find('.');
      bool digits = dot != std::string_view::npos && dot > 0 && dot + 1 < tx.size();
      for (size_t q = 0; digits && q < tx.size(); ++q) digits = q == dot || (tx[q] >= '0' && tx[q] <= '9');
      if (digits) {
        out.push_back({TokenKind::IntLit, std::string(tx.substr(0, dot))});
        out.push_back({TokenKind::Dot, "."});
        out.push_back({TokenKind::IntLit, std::string(tx.substr(dot + 1))});
        continue;
      }
    }
    // rustfmt writes a `~const` bound as `[const]`: both compare as `[ const ]`.
    if (k == TokenKind::Tilde && t + 1 < tokens.file_end(f).index && tokens.kind[t + 1] == TokenKind::KwConst) {
      out.push_back({TokenKind::LBracket, "["});
      out.push_back({TokenKind::KwConst, "const"});
      out.push_back({TokenKind::RBracket, "]"});
      ++t;
      continue;
    }
    out.push_back({k, IsComment(k) ? NormaliseComment(tx) : std::string(tx)});
  }
  return out;
}

// `::{ path }` (a use list of one item, after trailing commas went) compares as `:: path`:
// rustfmt drops the braces.
auto WithoutSingleUseBraces(const std::vector<Tok>& out) -> std::vector<Tok> {
  std::vector<Tok> flat;
  flat.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].kind == TokenKind::LBrace && i > 0 && out[i - 1].kind == TokenKind::PathSep) {
      size_t j = i + 1;
      while (j < out.size() && out[j].kind != TokenKind::RBrace && out[j].kind != TokenKind::LBrace &&
             out[j].kind != TokenKind::Comma && !IsComment(out[j].kind))
        ++j;
      if (j < out.size() && j > i + 1 && out[j].kind == TokenKind::RBrace) {
        for (size_t k = i + 1; k < j; ++k) flat.push_back(out[k]);
        i = j;
        continue;
      }
    }
    flat.push_back(out[i]);
  }
  return flat;
}

// Drops the `;` after a `return`, `break` or `continue` that ends a block: rustfmt adds it
// (trailing_semicolon).
auto WithoutTailJumpSemis(const std::vector<Tok>& v) -> std::vector<Tok> {
  std::vector<Tok> out;
  out.reserve(v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    size_t after = i + 1;
    while (after < v.size() && IsComment(v[after].kind)) ++after;
    if (v[i].kind == TokenKind::Semi && after < v.size() && v[after].kind == TokenKind::RBrace) {
      // The statement's first token: after the previous `;`, `{` or `}` at this depth.
      // Statement starts: after the previous `;` or `{` at this depth, or after a `}` at this
      // depth (the end of a block-like statement).
      auto jump = [&](size_t j) {
        while (j < i && IsComment(v[j].kind)) ++j;
        return j < i && (v[j].kind == TokenKind::KwReturn || v[j].kind == TokenKind::KwBreak ||
                         v[j].kind == TokenKind::KwContinue);
      };
      int depth = 0;
      size_t j = i;
      bool tail_jump = false;
      while (j > 0) {
        TokenKind k = v[j - 1].kind;
        if (depth == 0 && k == TokenKind::RBrace) tail_jump |= jump(j);
        if (k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) ++depth;
        else if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) {
          if (depth == 0) break;
          --depth;
        } else if (depth == 0 && k == TokenKind::Semi) {
          break;
        }
        --j;
      }
      if (tail_jump || jump(j)) continue;
    }
    out.push_back(v[i]);
  }
  return out;
}

auto IsCloser(TokenKind k) -> bool { return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace; }

// Drops commas directly before a closing delimiter or a `{` (rustfmt adds and removes those).
auto WithoutTrailingCommas(const std::vector<Tok>& v) -> std::vector<Tok> {
  std::vector<Tok> out;
  out.reserve(v.size());
  std::vector<bool> closure_brace;  // per open `{`: it opens a closure body (after `|` or `||`)
  bool last_closed_closure = false;  // the last `}` closed a closure body
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].kind == TokenKind::LBrace)
      closure_brace.push_back(i > 0 && (v[i - 1].kind == TokenKind::Or || v[i - 1].kind == TokenKind::OrOr));
    if (v[i].kind == TokenKind::RBrace && !closure_brace.empty()) {
      last_closed_closure = closure_brace.back();
      closure_brace.pop_back();
    }
    if (v[i].kind == TokenKind::Comma) {
      size_t j = i + 1;
      while (j < v.size() && IsComment(v[j].kind)) ++j;
      // Before `{`: the comma that ends a vertical where clause.
      if (j < v.size() && (IsCloser(v[j].kind) || v[j].kind == TokenKind::LBrace)) continue;
      // After `}`: the comma after a block match arm (rustfmt removes it); not after a closure
      // body, whose braces the arm/closure normalisation drops.
      if (!out.empty() && out.back().kind == TokenKind::RBrace && !last_closed_closure) continue;
    }
    out.push_back(v[i]);
  }
  return out;
}

// Drops the braces of a match arm body `=> { expr }` holding no top-level `;` and ends the
// expression with a comma, as rustfmt unwraps such bodies (and wraps long ones in a block); the
// same for closure bodies `|x| { expr }` (no comma).
auto WithoutArmBlocks(const std::vector<Tok>& v) -> std::vector<Tok> {
  std::vector<Tok> out;
  out.reserve(v.size() + v.size() / 16);
  std::vector<size_t> closers;      // indices in v of `}` to drop
  std::vector<bool> closer_comma;   // ... replaced by `,` (an arm body's)
  for (size_t i = 0; i < v.size(); ++i) {
    if (!closers.empty() && closers.back() == i) {
      closers.pop_back();
      if (closer_comma.back()) out.push_back({TokenKind::Comma, ","});
      closer_comma.pop_back();
      continue;
    }
    const bool arm = i > 0 && v[i - 1].kind == TokenKind::FatArrow;
    const bool closure = i > 0 && (v[i - 1].kind == TokenKind::Or || v[i - 1].kind == TokenKind::OrOr);
    if (v[i].kind == TokenKind::LBrace && (arm || closure)) {
      int depth = 0;
      bool statements = false;
      size_t j = i + 1;
      for (; j < v.size(); ++j) {
        TokenKind k = v[j].kind;
        if (k == TokenKind::LBrace || k == TokenKind::LParen || k == TokenKind::LBracket) ++depth;
        if (k == TokenKind::RBrace || k == TokenKind::RParen || k == TokenKind::RBracket) {
          if (depth == 0) break;
          --depth;
        }
        statements |= depth == 0 && (k == TokenKind::Semi || k == TokenKind::KwLet || IsComment(k));
      }
      if (j < v.size() && j > i + 1 && !statements && v[j].kind == TokenKind::RBrace) {
        closers.push_back(j);
        closer_comma.push_back(arm);
        continue;
      }
    }
    out.push_back(v[i]);
  }
  return WithoutTrailingCommas(out);
}

// In a `macro_rules! name { .. }` definition, the `;` after each arm is dropped and every arm
// body's delimiters compare as `{ }`: rustfmt ends every arm with `;` and writes `=> (..)` as
// `=> {..}`.
auto WithoutMacroArmSeparators(const std::vector<Tok>& v) -> std::vector<Tok> {
  auto is_open = [](TokenKind k) { return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace; };
  auto is_close = [](TokenKind k) { return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace; };
  std::vector<Tok> out = v;
  std::vector<bool> drop(v.size(), false);
  std::vector<size_t> partner(v.size(), SIZE_MAX), stack;
  for (size_t i = 0; i < v.size(); ++i) {
    if (is_open(v[i].kind)) stack.push_back(i);
    if (is_close(v[i].kind) && !stack.empty()) {
      partner[stack.back()] = i;
      stack.pop_back();
    }
  }
  for (size_t i = 0; i + 3 < v.size(); ++i) {
    if (v[i].kind != TokenKind::Ident || v[i].text != "macro_rules" || v[i + 1].kind != TokenKind::Not ||
        v[i + 3].kind != TokenKind::LBrace || partner[i + 3] == SIZE_MAX)
      continue;
    const size_t end = partner[i + 3];
    size_t j = i + 4;
    while (j < end) {
      if (!is_open(v[j].kind) || partner[j] == SIZE_MAX) break;
      j = partner[j] + 1;
      if (j >= end || v[j].kind != TokenKind::FatArrow) break;
      ++j;
      if (j >= end || !is_open(v[j].kind) || partner[j] == SIZE_MAX) break;
      out[j] = {TokenKind::LBrace, "{"};
      out[partner[j]] = {TokenKind::RBrace, "}"};
      j = partner[j] + 1;
      if (j < end && v[j].kind == TokenKind::Semi) drop[j++] = true;
    }
  }
  std::vector<Tok> kept;
  kept.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(out[i]));
  return kept;
}

}  // namespace

auto CheckEquivalent(std::string_view before, std::string_view after, Edition edition, bool reordered) -> std::string {
  bool ok_before = true, ok_after = true;
  auto normalised = [&](std::string_view text, bool& ok) {
    return WithoutSingleUseBraces(WithoutArmBlocks(
        WithoutTrailingCommas(WithoutTailJumpSemis(WithoutMacroArmSeparators(Significant(text, edition, ok))))));
  };
  std::vector<Tok> a = normalised(before, ok_before);
  std::vector<Tok> b = normalised(after, ok_after);
  if (ok_before && !ok_after) return "the output does not lex";
  size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  while (i < n && a[i].kind == b[i].kind && a[i].text == b[i].text) ++i;
  if (i == a.size() && i == b.size()) return {};
  // Reordered imports or modules: the same tokens and comments must be there, in some order.
  auto key = [](const Tok& t) { return std::pair(static_cast<int>(t.kind), t.text); };
  std::vector<std::pair<int, std::string>> ka, kb;
  // Commas are left out: moving a list element moves the comma after a `}` the sequence check drops.
  for (const Tok& t : a)
    if (t.kind != TokenKind::Comma) ka.push_back(key(t));
  for (const Tok& t : b)
    if (t.kind != TokenKind::Comma) kb.push_back(key(t));
  std::sort(ka.begin(), ka.end());
  std::sort(kb.begin(), kb.end());
  if (reordered && ka == kb) return {};
  std::string got = i < b.size() ? b[i].text : std::string("end of file");
  std::string want = i < a.size() ? a[i].text : std::string("end of file");
  return fmt::format("token {} changed: expected `{}`, formatted output has `{}`", i, want, got);
}

}  // namespace rustg
