// The formatter's working form of one file: its non-whitespace tokens ("elements") with the
// line breaks that preceded them and the syntactic role the Tree gives each one. Macro bodies and
// `#[rustfmt::skip]` items are single verbatim elements.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "fmt/config.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// What the Tree says a token does, where spacing depends on it.
enum class TokRole : uint8_t {
  None,
  UnaryPrefix,     // `-x`, `!x`, `*x`, `&x`, `&mut T`, `*const T`, `?Sized`, `impl !Send`
  BinaryOp,        // `a + b`, `a = b`, `A | B` in patterns
  GenericOpen,     // `<` of generic parameters or arguments
  QSelfOpen,       // `<` of `<T as Trait>::f`
  GenericClose,    // `>` (or `>>`) closing a generic list
  ClosureOpen,     // first `|` (or `||`) of a closure
  ClosureClose,    // the `|` after a closure's parameters
  MacroBang,       // `!` of a macro call or `macro_rules!`
  AttrBang,        // `!` of `#![...]`
  Try,             // postfix `?`
  UseListOpen,     // `{` of a use tree list
  UseListClose,    // `}` of a use tree list
  NeverType,       // `!` as a type
  WhereKw,         // `where` of a where clause
};

// An indentation the layout fixed for a line, instead of the input's.
enum class IndentHint : uint8_t {
  Auto,          // from nesting and the input's continuation offsets
  Anchor,        // the indent of the line that started the current item or statement
  AnchorPlusOne, // one level deeper than that
  AnchorPlusTwo, // two levels deeper (a chain whose root starts the line below `=`)
};

// How the layout treats a `{ ... }` written on one line.
enum class Expand : uint8_t {
  None,
  Statements,     // fn and control-flow bodies, item lists: one statement or item per line
  Commas,         // struct fields, enum variants, match arms: one element per line
  StructLit,      // struct literal or pattern: vertical when wider than struct_lit_width
  StructVariant,  // enum variant's fields: vertical when wider than struct_variant_width
  IfElse,         // then-block of an if/else used as a value: one line only within single_line_if_else_max_width
};

// One element: a non-whitespace token, or a verbatim run of tokens.
struct Element {
  uint32_t first = 0;      // first token (index into the TokenBuffer)
  uint32_t last = 0;       // last token (equal to first unless verbatim)
  TokenKind kind{};        // kind of the first token
  TokenKind last_kind{};   // kind of the last token
  TokRole role = TokRole::None;
  uint32_t newlines = 0;   // line breaks between the previous element and this one
  bool spaced = false;     // whitespace (or nothing) separated it from the previous element
  uint16_t space_width = 0;  // columns of that whitespace when it holds no line break
  bool synthetic = false;  // a comma the formatter added: its text is ","
  bool verbatim = false;   // printed exactly as in the source (macro body, skipped item)
  bool in_macro = false;   // inside formatted macro arguments (blocks are neither added nor removed)
  bool macro_commas = false; // inside a `(...)` macro call's arguments: trailing commas stay as written
  bool macro_args = false; // verbatim `(...)` or `[...]` of a macro call: formatted if it parses as expressions
  NodeKind opener_of{};    // for `(`, `[`, `{`: the node the delimiter opens
  bool has_opener_kind = false;
  bool space_after = false; // rustfmt always spaces after it: an impl's generics `>`, `pub(...)`'s `)`
  Expand expand = Expand::None;   // for `{`: the layout rule of the braces
  IndentHint indent = IndentHint::Auto;  // for an element starting a line
  uint32_t if_first = UINT32_MAX;  // IfElse: tokens of the `if` and of the expression's last `}`
  uint32_t if_last = UINT32_MAX;
  uint32_t partner = UINT32_MAX;  // index of the matching delimiter element
  bool const_bracket = false;  // `~` / `const` of a `~const` bound, written `[` / `const]` as rustfmt does
  std::string_view alt_text;   // printed instead of the token's text when not empty (FileElements::arena)
};

// The elements of one file and the source they point into.
struct FileElements {
  std::vector<Element> elems;
  std::string_view text;  // whole SourceBuffer text (tokens hold global offsets)
  const TokenBuffer* tokens = nullptr;
  bool skip_file = false;    // `#![rustfmt::skip]` at the top: leave the file alone
  bool reordered = false;    // imports or modules were moved (the safety check compares as multisets)
  bool crlf = false;         // the first line break of the input is `\r\n`
  bool macro_failure = false; // a macro call's `(..)`/`[..]` arguments did not parse and stay as written
  std::deque<std::string> arena;  // texts that elements' alt_text point into (stable addresses)

  // Source text of element e (verbatim runs included; synthetic commas are ",").
  auto Text(const Element& e) const -> std::string_view;
};

// Whether k opens / closes a delimited group: ( [ {  /  ) ] }.
inline auto IsOpen(TokenKind k) -> bool { return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace; }
inline auto IsClose(TokenKind k) -> bool { return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace; }

// Display width of text as rustfmt measures it (unicode-width): one column a character, two for
// wide East Asian characters and emoji, none for combining marks.
auto DisplayWidth(std::string_view s) -> uint64_t;

// A comma the formatter adds (a trailing comma rustfmt writes).
auto SyntheticComma() -> Element;

// Pairs the open and close delimiters of el[lo, hi) again (partners are element indices, so every
// pass that inserts, removes or moves elements calls this); verbatim and synthetic elements are
// left as they are.
void RelinkPartners(std::vector<Element>& el, uint32_t lo, uint32_t hi);

// Builds the elements of file f; macro_def: f is a macro_rules body (rustfmt adds no `;` after the
// last `return`/`break`/`continue` of a function body there).
auto BuildElements(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, FileId f,
                   bool macro_def = false) -> FileElements;

// Replaces the verbatim arguments of macro calls that parse as a call's arguments (`(...)`) or an
// array (`[...]`) with formatted elements, as rustfmt formats such macro calls like calls.
void ExpandMacroArgs(FileElements& fe, const SourceBuffer& src, const TokenBuffer& tokens, FileId f);

// Formats `macro_rules!` definitions as rustfmt does (arms one per line, bodies formatted with
// metavariables as placeholder identifiers); a definition rustfmt keeps as written, header
// included, becomes one verbatim element.
void FormatMacroRules(FileElements& fe, const SourceBuffer& src, const TokenBuffer& tokens, FileId f,
                      const FmtConfig& cfg);

// Sorts runs of `use` items and of `mod name;` declarations, and the lists inside use trees, in
// rustfmt's order.
void ReorderImports(FileElements& fe, const FmtConfig& cfg);

// Breaks one-line braces that rustfmt always writes vertically (bodies, item lists, struct and
// enum definitions) or writes vertically past a width limit (struct literals and variants).
void ExpandBraces(FileElements& fe, const FmtConfig& cfg);

// Joins an item header written over several lines (`->` or the body's `{` on a line of its own)
// onto the keyword's line; parameter lists inside keep theirs for the printer's width rules.
void JoinItemHeaders(FileElements& fe, const FmtConfig& cfg);

// Lays out where clauses as rustfmt does: `where` on its own line, one predicate per line one
// level deeper with a trailing comma, and the body's `{` on its own line.
void LayoutWhereClauses(FileElements& fe, const FmtConfig& cfg);

// Breaks function-like attributes whose arguments are wider than attr_fn_like_width into one
// argument per line (a single nested list such as `cfg(any(...))` breaks inside instead).
void BreakLongAttributes(FileElements& fe, const FmtConfig& cfg);

// Wraps a closure body that is a one-line chain wider than chain_width in a block (`|| {`, the
// chain on the next line, `}`): rustfmt does not let a closure's expression body span lines.
void WrapLongClosureChains(FileElements& fe, const FmtConfig& cfg);

// Wraps a match arm's expression body in a block (synthetic braces) when it does not fit on the
// arm's line but fits on one line inside a block, as rustfmt prefers.
void WrapLongArmBodies(FileElements& fe, const FmtConfig& cfg);

// Breaks one-line method chains (two or more `.` elements) wider than chain_width into one
// element per line, one level deeper than the statement.
void BreakLongChains(FileElements& fe, const FmtConfig& cfg);

// The same on elements [lo, hi] of `el` (the printer's copy, after it made a list vertical);
// with any_position, also chains that do not start a line or a right-hand side (a trial that
// asks whether some chain is too wide).
void BreakChainsIn(const FileElements& fe, std::vector<Element>& el, uint32_t lo, uint32_t hi, const FmtConfig& cfg,
                   bool any_position = false);

// Whether the printer puts a space between elements p and c on one line (pp precedes p).
auto SpaceBetween(const Element& p, const Element& c, const Element* pp) -> bool;

// Match arms: drops the comma after a block body, adds one after the last non-block arm.
void FixMatchArmCommas(FileElements& fe, const FmtConfig& cfg);

// Adds the trailing comma of vertical lists and drops the one of single-line lists.
void FixTrailingCommas(FileElements& fe);

// Prints the elements: spacing by token roles, line breaks as in the input (blank lines collapsed),
// indentation by block nesting.
auto PrintElements(const FileElements& fe, const FmtConfig& cfg) -> std::string;

}  // namespace rustg
