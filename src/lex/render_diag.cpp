// Messages of the lexer's diagnostics, rendered from the engine's records. They follow rustc's
// lexer and unescape error reporting.
#include "lex/render_diag.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "lex/cpu/lex_util.h"
#include "lex/scan/lit_check.h"
#include "lex/scan/scan.h"
#include "lex/token_kind.h"

namespace rustg {
namespace {

// Names for scan::ConfusableIndex, in the same order.
struct ConfusableName {
  std::string_view name;
  char ascii;
  std::string_view ascii_name;
};
constexpr ConfusableName kConfusables[] = {
    {"Greek Question Mark", ';', "Semicolon"},
    {"Fullwidth Semicolon", ';', "Semicolon"},
    {"Fullwidth Comma", ',', "Comma"},
    {"Ideographic Comma", ',', "Comma"},
    {"Fullwidth Colon", ':', "Colon"},
    {"Ideographic Full Stop", '.', "Period"},
    {"Fullwidth Full Stop", '.', "Period"},
    {"Fullwidth Left Parenthesis", '(', "Left Parenthesis"},
    {"Fullwidth Right Parenthesis", ')', "Right Parenthesis"},
    {"Fullwidth Left Curly Bracket", '{', "Left Curly Brace"},
    {"Fullwidth Right Curly Bracket", '}', "Right Curly Brace"},
    {"Fullwidth Left Square Bracket", '[', "Left Square Bracket"},
    {"Fullwidth Right Square Bracket", ']', "Right Square Bracket"},
    {"Fullwidth Exclamation Mark", '!', "Exclamation Mark"},
    {"Fullwidth Question Mark", '?', "Question Mark"},
    {"Fullwidth Equals Sign", '=', "Equals Sign"},
    {"Fullwidth Plus Sign", '+', "Plus Sign"},
    {"Minus Sign", '-', "Minus/Hyphen"},
    {"Hyphen", '-', "Minus/Hyphen"},
    {"En Dash", '-', "Minus/Hyphen"},
    {"Em Dash", '-', "Minus/Hyphen"},
    {"Left Double Quotation Mark", '"', "Quotation Mark"},
    {"Right Double Quotation Mark", '"', "Quotation Mark"},
    {"Left Single Quotation Mark", '\'', "Single Quote"},
    {"Right Single Quotation Mark", '\'', "Single Quote"},
    {"No-Break Space", ' ', "Space"},
    {"Ideographic Space", ' ', "Space"},
    {"Zero Width Space", ' ', "Space"},
    {"Multiplication Sign", '*', "Asterisk"},
    {"Fullwidth Asterisk", '*', "Asterisk"},
    {"Fullwidth Less-Than Sign", '<', "Less-Than Sign"},
    {"Fullwidth Greater-Than Sign", '>', "Greater-Than Sign"},
    {"Heavy Plus Sign", '+', "Plus Sign"},
    {"Heavy Minus Sign", '-', "Minus/Hyphen"},
};

auto Help(std::string message) -> SubDiag { return SubDiag{Level::Help, std::move(message)}; }
auto Note(std::string message) -> SubDiag { return SubDiag{Level::Note, std::move(message)}; }
auto SpanSub(Level level, std::string message, uint32_t lo, uint32_t hi) -> SubDiag {
  SubDiag s{level, std::move(message)};
  s.has_span = true;
  s.lo = lo;
  s.hi = hi;
  return s;
}

// A char shown in a message: the replacement char for an invalid byte.
auto Shown(uint32_t c) -> uint32_t { return c == scan::kBadChar ? 0xFFFD : c; }

auto Noun(LitMode m) -> std::string_view { return m == LitMode::Byte ? "byte" : "character"; }

auto NumberBaseName(uint32_t base) -> std::string_view {
  return base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
}

// `0X1F` with suffix `X1F`: the lowercase prefix rustc suggests.
auto FixedBasePrefix(std::string_view sfx) -> std::string {
  return fmt::format("0{}{}", static_cast<char>(sfx[0] | 0x20), sfx.substr(1));
}

// The notes on an unterminated block comment: the last nested comment that was closed.
void AddNestedCommentNotes(Diagnostic& d, const char* data, std::string_view msg) {
  std::vector<uint32_t> opens;
  uint32_t last_open = 0, last_close = 0;
  bool found = false;
  for (uint32_t q = d.lo; q + 1 < d.hi; ++q) {
    if (data[q] == '/' && data[q + 1] == '*') {
      opens.push_back(q);
    } else if (data[q] == '*' && data[q + 1] == '/' && !opens.empty()) {
      last_open = opens.back();
      last_close = q;
      found = true;
      opens.pop_back();
    }
  }
  if (!found) return;
  d.label = std::string(msg);
  d.children.push_back(SpanSub(Level::Note, "...as last nested comment starts here, maybe you want to close this instead?",
                               last_open, last_open + 2));
  d.children.push_back(SpanSub(Level::Note, "...and last nested comment terminates here.", last_close, last_close + 2));
}

}  // namespace

auto RenderLexDiag(const LexDiagRecord& r, const SourceBuffer& src) -> Diagnostic {
  const char* data = src.data();
  auto kind = static_cast<DiagKind>(r.kind);
  auto mode = static_cast<LitMode>(r.mode);
  Diagnostic d{kind, DiagKindLevel(kind), true, r.lo, std::max(r.lo, r.hi), {}, {}, {}};
  std::string_view text(data + r.lo, r.hi > r.lo ? r.hi - r.lo : 0);
  auto suffix = [&] { return std::string_view(data + r.aux, r.hi - r.aux); };
  switch (kind) {
    // --- the scanner ---
    case DiagKind::UnderscoreLiteralSuffix: d.message = "underscore literal suffix is not allowed"; break;
    case DiagKind::UnterminatedBlockComment: {
      std::string_view msg = static_cast<TokenKind>(r.aux) == TokenKind::BlockComment
                                 ? "unterminated block comment"
                                 : "unterminated block doc-comment";
      d.message = std::string(msg);
      AddNestedCommentNotes(d, data, msg);
      break;
    }
    case DiagKind::BareCrInDocComment: {
      auto k = static_cast<TokenKind>(r.aux);
      bool block = k == TokenKind::OuterBlockDoc || k == TokenKind::InnerBlockDoc;
      d.message = block ? "bare CR not allowed in block doc-comment" : "bare CR not allowed in doc-comment";
      break;
    }
    case DiagKind::IdentWithEmoji:
      if (text == "\U0001F980") {
        d.message = "Ferris cannot be used as an identifier";
        d.children.push_back(Help("try using their name instead: `ferris`"));
      } else {
        d.message = fmt::format("identifiers cannot contain emoji: `{}`", text);
      }
      break;
    case DiagKind::UnknownStartOfToken: {
      uint32_t c = r.aux;
      d.message = fmt::format("unknown start of token: {}", EscapedChar(c));
      if (r.aux2 > 0) d.children.push_back(Note(fmt::format("character appears {} more times", r.aux2)));
      if (c == 0) {
        d.children.push_back(Help(
            "source files must contain UTF-8 encoded text, unexpected null bytes might occur when a different "
            "encoding is used"));
      }
      if (int i = scan::ConfusableIndex(c); i >= 0) {
        const auto& k = kConfusables[i];
        std::string ch;
        AppendUtf8(ch, c);
        d.children.push_back(Help(fmt::format("Unicode character '{}' ({}) looks like '{}' ({}), but it is not", ch,
                                              k.name, k.ascii, k.ascii_name)));
      }
      break;
    }
    case DiagKind::LifetimeStartsWithNumber: d.message = "lifetimes cannot start with a number"; break;
    case DiagKind::UnterminatedCharLit: d.message = "unterminated character literal"; break;
    case DiagKind::UnterminatedByteLit: d.message = "unterminated byte constant"; break;
    case DiagKind::UnterminatedStr: d.message = "unterminated double quote string"; break;
    case DiagKind::UnterminatedByteStr: d.message = "unterminated double quote byte string"; break;
    case DiagKind::UnterminatedCStr: d.message = "unterminated C string"; break;
    case DiagKind::RawStrInvalidStarter:
      d.message =
          fmt::format("found invalid character; only `#` is allowed in raw string delimitation: {}", EscapedChar(r.aux));
      break;
    case DiagKind::UnterminatedRawStr: {
      d.message = "unterminated raw string";
      d.label = "unterminated raw string";
      uint32_t n_hashes = r.aux;
      if (n_hashes > 0) {
        d.children.push_back(
            Note(fmt::format("this raw string should be terminated with `\"{}`", std::string(n_hashes, '#'))));
      }
      if (r.aux2 != ~0u) {
        // The best candidate's `#`s: the file's zero padding stops the count at its end.
        uint32_t found = 0;
        while (found < n_hashes && data[r.aux2 + found] == '#') ++found;
        d.children.push_back(SpanSub(Level::Help, "consider terminating the string here", r.aux2, r.aux2 + found));
      }
      break;
    }
    case DiagKind::RawStrTooManyHashes:
      d.message = fmt::format(
          "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found {}", r.aux);
      break;
    case DiagKind::InvalidRawIdent:
      d.message = fmt::format("`{}` cannot be a raw identifier", text.substr(2));
      break;
    case DiagKind::InvalidRawLifetime:
      d.message = fmt::format("`{}` cannot be a raw lifetime", text.substr(3));
      break;
    case DiagKind::UnknownPrefix:
      d.message = fmt::format("prefix `{}` is unknown", text);
      d.label = "unknown prefix";
      d.children.push_back(Note("prefixed identifiers and literals are reserved since Rust 2021"));
      if (text == "rb") {
        d.children.push_back(Help("use `br` for a raw byte string"));
      } else if (text == "rc") {
        d.children.push_back(Help("use `cr` for a raw C-string"));
      } else {
        d.children.push_back(SpanSub(Level::Help, "consider inserting whitespace here", r.hi, r.hi));
      }
      break;
    // --- numbers ---
    case DiagKind::NoDigitsLiteral: d.message = "no valid digits found for number"; break;
    case DiagKind::EmptyExponent: d.message = "expected at least one digit in exponent"; break;
    case DiagKind::UnsupportedFloatBase:
      d.message = fmt::format("{} float literal is not supported", NumberBaseName(r.aux));
      if (r.mode == 1) d.label = "not supported";
      break;
    case DiagKind::InvalidDigitLiteral: d.message = fmt::format("invalid digit for a base {} literal", r.aux); break;
    case DiagKind::InvalidIntWidth:
      d.message = fmt::format("invalid width `{}` for integer literal", suffix().substr(1));
      d.children.push_back(Help("valid widths are 8, 16, 32, 64 and 128"));
      break;
    case DiagKind::InvalidBasePrefix:
      d.message = "invalid base prefix for number literal";
      d.children.push_back(Note("base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase"));
      d.children.push_back(Help(fmt::format("try making the prefix lowercase: `{}`", FixedBasePrefix(suffix()))));
      break;
    case DiagKind::InvalidIntSuffix:
      d.message = fmt::format("invalid suffix `{}` for number literal", suffix());
      d.label = fmt::format("invalid suffix `{}`", suffix());
      d.children.push_back(Help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)"));
      break;
    case DiagKind::InvalidFloatWidth:
      d.message = fmt::format("invalid width `{}` for float literal", suffix().substr(1));
      d.children.push_back(Help("valid widths are 32 and 64"));
      break;
    case DiagKind::InvalidFloatSuffix:
      d.message = fmt::format("invalid suffix `{}` for float literal", suffix());
      d.label = fmt::format("invalid suffix `{}`", suffix());
      d.children.push_back(Help("valid suffixes are `f32` and `f64`"));
      break;
    // --- literal bodies ---
    case DiagKind::EmptyCharLit:
      d.message = "empty character literal";
      d.label = "empty character literal";
      break;
    case DiagKind::EscapeOnlyChar:
      if (r.aux == '\r') {
        d.message = "character constant must be escaped: `\\r`";
        d.label = "escape the character: `\\r`";
      } else {
        d.message = fmt::format("{} constant must be escaped: `{}`", Noun(mode), EscapedChar(r.aux));
        d.label = fmt::format("help: escape the character: `{}`", EscapeDefault(r.aux));
      }
      break;
    case DiagKind::MoreThanOneChar:
      d.message = "character literal may only contain one codepoint";
      d.children.push_back(Help(mode == LitMode::Byte ? "if you meant to write a byte string literal, use double quotes"
                                                      : "if you meant to write a string literal, use double quotes"));
      break;
    case DiagKind::BareCrInString:
      if (mode == LitMode::RawStr || mode == LitMode::RawByteStr || mode == LitMode::RawCStr) {
        d.message = "bare CR not allowed in raw string";
      } else {
        d.message = "bare CR not allowed in string, use `\\r` instead";
        d.label = "help: escape the character: `\\r`";
      }
      break;
    case DiagKind::NonAsciiInByte: {
      std::string_view desc = mode == LitMode::Byte      ? "byte literal"
                              : mode == LitMode::ByteStr ? "byte string literal"
                                                         : "raw byte string literal";
      uint32_t c = r.aux;
      d.message = fmt::format("non-ASCII character in {}", desc);
      d.label = "must be ASCII";
      if (c <= 0xFF && mode != LitMode::RawByteStr) {
        d.children.push_back(
            Help(fmt::format("if you meant to use the unicode code point for '{}', use a \\xHH escape: `\\x{:X}`",
                             EscapeDebug(c), c)));
      } else if (mode == LitMode::Byte) {
        d.children.push_back(Note("this multibyte character does not fit into a single byte"));
      }
      break;
    }
    case DiagKind::NulInCStr: d.message = "null characters in C string literals are not supported"; break;
    case DiagKind::MultipleSkippedLines:
      d.message = "multiple lines skipped by escaped newline";
      d.label = "skipping everything up to and including this point";
      break;
    case DiagKind::UnskippedWhitespace:
      d.message = fmt::format("whitespace symbol '{}' is not skipped", EscapedChar(r.aux));
      d.label = fmt::format("whitespace symbol '{}' is not skipped", EscapedChar(r.aux));
      break;
    case DiagKind::LoneSlash:
      d.message = "invalid trailing slash in literal";
      d.label = "invalid trailing slash in literal";
      break;
    case DiagKind::UnknownEscape: {
      uint32_t c = r.aux;
      std::string_view what =
          (mode == LitMode::Byte || mode == LitMode::ByteStr) ? "unknown byte escape" : "unknown character escape";
      d.message = fmt::format("{}: `{}`", what, EscapedChar(Shown(c)));
      d.label = std::string(what);
      if ((c == '{' || c == '}') && mode == LitMode::Str) {
        d.children.push_back(Help("if used in a formatting string, curly braces are escaped with `{{` and `}}`"));
      } else if (c == '\r') {
        d.children.push_back(
            Help("this is an isolated carriage return; consider checking your editor and version control settings"));
      } else {
        if (mode == LitMode::Str || mode == LitMode::Char) {
          d.children.push_back(Help(
              "if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw "
              "string literal"));
        }
        d.children.push_back(Help("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>"));
      }
      break;
    }
    case DiagKind::TooShortHexEscape: d.message = "numeric character escape is too short"; break;
    case DiagKind::InvalidCharInHexEscape:
      d.message = fmt::format("invalid character in numeric character escape: `{}`", EscapedChar(Shown(r.aux)));
      d.label = "invalid character in numeric character escape";
      break;
    case DiagKind::OutOfRangeHexEscape:
      d.message = "out of range hex escape";
      d.label = "must be a character in the range [\\x00-\\x7f]";
      break;
    case DiagKind::NoBraceUnicodeEscape:
      d.message = "incorrect unicode escape sequence";
      if (r.aux == 1) {
        d.children.push_back(Help("format of unicode escape sequences uses braces"));
      } else {
        d.label = "incorrect unicode escape sequence";
        d.children.push_back(Help("format of unicode escape sequences is `\\u{...}`"));
      }
      break;
    case DiagKind::UnclosedUnicodeEscape:
      d.message = "unterminated unicode escape";
      d.label = "missing a closing `}`";
      break;
    case DiagKind::LeadingUnderscoreUnicodeEscape:
      d.message = "invalid start of unicode escape: `_`";
      d.label = "invalid start of unicode escape";
      break;
    case DiagKind::EmptyUnicodeEscape:
      d.message = "empty unicode escape";
      d.label = "this escape must have at least 1 hex digit";
      break;
    case DiagKind::InvalidCharInUnicodeEscape:
      d.message = fmt::format("invalid character in unicode escape: `{}`", EscapedChar(Shown(r.aux)));
      d.label = "invalid character in unicode escape";
      break;
    case DiagKind::OverlongUnicodeEscape:
      d.message = "overlong unicode escape";
      d.label = "must have at most 6 hex digits";
      break;
    case DiagKind::UnicodeEscapeInByte:
      d.message = "unicode escape in byte string";
      d.label = "unicode escape in byte string";
      d.children.push_back(Help("unicode escape sequences cannot be used as a byte or in a byte string"));
      break;
    case DiagKind::OutOfRangeUnicodeEscape:
      d.message = "invalid unicode character escape";
      d.label = "invalid escape";
      d.children.push_back(Help("unicode escape must be at most 10FFFF"));
      break;
    case DiagKind::SurrogateUnicodeEscape:
      d.message = "invalid unicode character escape";
      d.label = "invalid escape";
      d.children.push_back(Help("unicode escape must not be a surrogate"));
      break;
    default: d.message = fmt::format("lexer diagnostic {}", DiagKindName(kind)); break;
  }
  return d;
}

void RenderLexDiags(const LexDiagRecord* records, size_t n, const SourceBuffer& src, DiagSink& diags) {
  // A run of one repeated unknown char, reported once when it ends.
  bool pending = false;
  LexDiagRecord run;
  bool nbsp_reported = false;
  auto flush = [&] {
    if (!pending) return;
    pending = false;
    if (run.aux == 0xA0) {
      // After the first no-break space of a file is reported, rustc treats the others as whitespace.
      if (nbsp_reported) return;
      nbsp_reported = true;
    }
    diags.Add(RenderLexDiag(run, src));
  };
  for (size_t i = 0; i < n; ++i) {
    const LexDiagRecord& r = records[i];
    if (static_cast<DiagKind>(r.kind) != DiagKind::UnknownStartOfToken) {
      diags.Add(RenderLexDiag(r, src));
      continue;
    }
    if (pending && r.lo == run.hi && r.aux == run.aux) {
      run.hi = r.hi;
      ++run.aux2;
      continue;
    }
    flush();
    run = r;
    run.aux2 = 0;
    pending = true;
  }
  flush();
}

}  // namespace rustg
