// Built-in macros that rewrite tokens before parsing (a round of ExpandSyntax, like macro_rules!):
// `matches!` becomes a `match`, `stringify!`/`concat!`/`line!`/`column!`/`file!`/`module_path!`
// become string or integer literals. They run on tokens because their arguments are not
// expressions (`matches!` takes a pattern, `stringify!` any tokens).

#include <fmt/format.h>

#include "expand/expand.h"
#include "expand/literal.h"
#include "expand/token_edit.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {

namespace {

// The built-ins expanded here.
enum class TokenMacro : uint8_t { None, Matches, Stringify, Concat, Line, Column, File, ModulePath };

auto TokenMacroOf(std::string_view name) -> TokenMacro {
  if (name == "matches") return TokenMacro::Matches;
  if (name == "stringify") return TokenMacro::Stringify;
  if (name == "concat") return TokenMacro::Concat;
  if (name == "line") return TokenMacro::Line;
  if (name == "column") return TokenMacro::Column;
  if (name == "file") return TokenMacro::File;
  if (name == "module_path") return TokenMacro::ModulePath;
  return TokenMacro::None;
}

// A Rust string literal (with quotes) denoting `s`.
auto QuoteStr(std::string_view s) -> std::string {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\0': out += "\\0"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

class TokenMacroExpander {
 public:
  TokenMacroExpander(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                     EditSet& set, DiagSink& diags)
      : src_(src), tokens_(tokens), tree_(tree), nav_(nav), set_(set), diags_(diags) {}

  auto Run() -> bool {
    size_t before = set_.edits.size();
    MarkOpaque();
    uint32_t end = tokens_.file_end(FileId(0)).index;
    for (uint32_t t = tokens_.file_begin(FileId(0)).index; t < end; ++t) {
      if (opaque_end_[t] != 0) {
        t = opaque_end_[t];  // inside a macro_rules! definition or a user macro's arguments
        continue;
      }
      if (tokens_.kind[t] != TokenKind::Ident) continue;
      TokenMacro m = TokenMacroOf(tokens_.text(src_, TokenId(t)));
      if (m == TokenMacro::None) continue;
      uint32_t bang = nav_.Next(t), open = nav_.Next(bang);
      TokenKind ok = tokens_.kind[open];
      if (tokens_.kind[bang] != TokenKind::Not ||
          !(ok == TokenKind::LParen || ok == TokenKind::LBracket || ok == TokenKind::LBrace))
        continue;
      uint32_t close = nav_.partner[open];
      if (Expand(m, t, open, close)) t = close;
    }
    return set_.edits.size() > before;
  }

 private:
  // Token ranges whose built-in calls are left alone: macro_rules! definitions (expanded where
  // they are used) and the arguments of user macros (which receive the tokens unexpanded).
  void MarkOpaque() {
    opaque_end_.assign(tokens_.size(), 0);
    NodeId root = tree_.root(FileId(0));
    uint32_t first = root.index + 1 - tree_.subtree_size[root.index];
    for (uint32_t i = first; i < root.index; ++i) {
      bool opaque = tree_.kind[i] == NodeKind::MacroRules;
      if (tree_.kind[i] == NodeKind::MacroCall) {
        NodeId path = ChildOfKind(tree_, NodeId(i), NodeKind::Path);
        if (!path.is_valid() || path.index == 0 || tree_.kind[path.index - 1] != NodeKind::PathSegment) continue;
        TokenId seg = tree_.token[path.index - 1];
        if (!seg.is_valid()) continue;
        std::string_view name = tokens_.text(src_, seg);
        opaque = BuiltinMacroOf(name) == BuiltinMacro::None && TokenMacroOf(name) == TokenMacro::None &&
                 name != "cfg" && name != "macro_rules";
        if (!opaque) continue;
        NodeId tt = ChildOfKind(tree_, NodeId(i), NodeKind::TokenTree);
        if (!tt.is_valid()) continue;
        uint32_t open = tree_.token[tt.index].index;
        if (opaque_end_[open] == 0) opaque_end_[open] = nav_.partner[open];
        continue;
      }
      if (!opaque) continue;
      uint32_t lo, hi;
      nav_.NodeRange(tree_, i, &lo, &hi);
      if (opaque_end_[lo] < hi) opaque_end_[lo] = hi;
    }
  }

  auto Expand(TokenMacro m, uint32_t name, uint32_t open, uint32_t close) -> bool {
    switch (m) {
      case TokenMacro::Matches: return Matches(name, open, close);
      case TokenMacro::Stringify: {
        std::string text;
        uint32_t prev = UINT32_MAX;
        for (uint32_t t = nav_.Next(open); t < close; t = nav_.Next(t)) {
          // rustc keeps the source's spacing: a space where the tokens were not adjacent.
          if (prev != UINT32_MAX && tokens_.end(TokenId(prev)) != tokens_.start[t]) text += ' ';
          text += tokens_.text(src_, TokenId(t));
          prev = t;
        }
        return Replace(name, close, TokenKind::StrLit, QuoteStr(text));
      }
      case TokenMacro::Concat: return Concat(name, open, close);
      case TokenMacro::Line: case TokenMacro::Column: {
        LineCol lc = src_.Locate(tokens_.start[name]);
        return Replace(name, close, TokenKind::IntLit,
                       fmt::format("{}u32", m == TokenMacro::Line ? lc.line : lc.col));
      }
      case TokenMacro::File: {
        FileId f = src_.FileOf(tokens_.start[name]);
        std::string path = src_.path(f);
        if (path.empty() || path[0] == '<') path = src_.path(FileId(0));
        return Replace(name, close, TokenKind::StrLit, QuoteStr(path));
      }
      case TokenMacro::ModulePath: return Replace(name, close, TokenKind::StrLit, QuoteStr(ModulePath(name)));
      case TokenMacro::None: break;
    }
    return false;
  }

  // The call `name ! ( .. )` (tokens name..close) replaced by one synthetic literal.
  auto Replace(uint32_t name, uint32_t close, TokenKind k, const std::string& text) -> bool {
    Edit ed{name, close + 1, {}};
    ed.with.push_back(set_.Synth(k, text));
    set_.edits.push_back(std::move(ed));
    return true;
  }

  // `matches!(e, pat)` / `matches!(e, pat if guard)`: `(match e { pat => true, _ => false })`.
  auto Matches(uint32_t name, uint32_t open, uint32_t close) -> bool {
    uint32_t comma = UINT32_MAX, last = open;
    for (uint32_t t = nav_.Next(open); t < close; t = nav_.Next(t)) {
      if (tokens_.kind[t] == TokenKind::Comma && comma == UINT32_MAX) comma = t;
      if (nav_.partner[t] > t) t = nav_.partner[t];
      last = t;
    }
    if (comma == UINT32_MAX || nav_.Next(comma) >= close) {
      // DIAG: NotSupported
      diags_.Emit(DiagKind::NotSupported, tokens_.start[name], tokens_.end(TokenId(close)),
                  "`matches!` takes an expression and a pattern");
      return false;
    }
    uint32_t pat_end = last;  // the last token of the pattern (a trailing comma dropped)
    if (tokens_.kind[last] == TokenKind::Comma && last != comma) {
      pat_end = comma;
      for (uint32_t t = nav_.Next(comma); t < last; t = nav_.Next(t)) pat_end = t;
    }
    Edit ed{name, close + 1, {}};
    auto synth = [&](TokenKind k, std::string_view text) { ed.with.push_back(set_.Synth(k, text)); };
    auto copy = [&](uint32_t lo, uint32_t hi) {  // tokens [lo, hi], trivia skipped
      for (uint32_t t = lo; t <= hi; ++t) {
        if (!nav_.Trivia(t)) ed.with.push_back(set_.Tok(t));
      }
    };
    synth(TokenKind::LParen, "(");
    synth(TokenKind::KwMatch, "match");
    synth(TokenKind::LParen, "(");
    copy(nav_.Next(open), comma - 1);
    synth(TokenKind::RParen, ")");
    synth(TokenKind::LBrace, "{");
    copy(nav_.Next(comma), pat_end);
    synth(TokenKind::FatArrow, "=>");
    synth(TokenKind::KwTrue, "true");
    synth(TokenKind::Comma, ",");
    synth(TokenKind::Underscore, "_");
    synth(TokenKind::FatArrow, "=>");
    synth(TokenKind::KwFalse, "false");
    synth(TokenKind::RBrace, "}");
    synth(TokenKind::RParen, ")");
    set_.edits.push_back(std::move(ed));
    return true;
  }

  // `concat!("a", 1, 2.5, true, 'c', -3)`: one string literal. Arguments that are macro calls
  // (`stringify!(..)`) expand first: this call waits for a later round.
  auto Concat(uint32_t name, uint32_t open, uint32_t close) -> bool {
    std::string out;
    bool neg = false;
    for (uint32_t t = nav_.Next(open); t < close; t = nav_.Next(t)) {
      TokenKind k = tokens_.kind[t];
      std::string_view text = tokens_.text(src_, TokenId(t));
      if (k == TokenKind::Not) return false;
      if (k == TokenKind::Comma) continue;
      if (k == TokenKind::Minus) {
        neg = true;
        continue;
      }
      std::string piece;
      if (k == TokenKind::StrLit || k == TokenKind::RawStrLit) {
        piece = DecodeStrLit(text);
      } else if (k == TokenKind::CharLit) {
        uint32_t c = DecodeCharLit(text);
        char buf[4];
        size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (n == 1) buf[0] = static_cast<char>(c);
        else if (n == 2) buf[0] = static_cast<char>(0xC0 | (c >> 6)), buf[1] = static_cast<char>(0x80 | (c & 0x3F));
        else if (n == 3)
          buf[0] = static_cast<char>(0xE0 | (c >> 12)), buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
          buf[2] = static_cast<char>(0x80 | (c & 0x3F));
        else
          buf[0] = static_cast<char>(0xF0 | (c >> 18)), buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
          buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F)), buf[3] = static_cast<char>(0x80 | (c & 0x3F));
        piece.assign(buf, n);
      } else if (k == TokenKind::IntLit) {
        unsigned __int128 v;
        std::string suffix;
        if (!DecodeIntLit(text, v, suffix)) return Bad(name, t);
        std::string digits;
        do {
          digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
          v /= 10;
        } while (v != 0);
        piece = digits;
      } else if (k == TokenKind::FloatLit) {
        std::string digits, suffix;
        DecodeFloatLit(text, digits, suffix);
        piece = digits;
      } else if (k == TokenKind::KwTrue || k == TokenKind::KwFalse) {
        piece = std::string(text);
      } else {
        return Bad(name, t);
      }
      if (neg) piece = "-" + piece;
      neg = false;
      out += piece;
    }
    return Replace(name, close, TokenKind::StrLit, QuoteStr(out));
  }

  auto Bad(uint32_t name, uint32_t t) -> bool {
    (void)name;
    // DIAG: NotSupported
    diags_.Emit(DiagKind::NotSupported, tokens_.start[t], tokens_.end(TokenId(t)),
                "this `concat!` argument is not supported yet");
    return false;
  }

  // `module_path!()` at token t: the crate's name, then the names of the modules around t.
  auto ModulePath(uint32_t t) -> std::string {
    std::string path;
    NodeId root = tree_.root(FileId(0));
    uint32_t first = root.index + 1 - tree_.subtree_size[root.index];
    // Postorder: an inner module comes before the modules around it.
    for (uint32_t i = first; i < root.index; ++i) {
      if (tree_.kind[i] != NodeKind::ModItem) continue;
      uint32_t lo, hi;
      nav_.NodeRange(tree_, i, &lo, &hi);
      if (t < lo || t > hi) continue;
      NodeId nm = ChildOfKind(tree_, NodeId(i), NodeKind::Name);
      if (nm.is_valid()) path = "::" + std::string(tokens_.text(src_, tree_.token[nm.index])) + path;
    }
    return CrateName(src_) + path;
  }

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const Tree& tree_;
  const TokenNav& nav_;
  EditSet& set_;
  DiagSink& diags_;
  // Per token that starts an opaque range (MarkOpaque): the range's last token; else 0.
  std::vector<uint32_t> opaque_end_;
};

}  // namespace

auto TokenMacroEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                     EditSet& set, DiagSink& diags) -> bool {
  return TokenMacroExpander(src, tokens, tree, nav, set, diags).Run();
}

}  // namespace rustg
