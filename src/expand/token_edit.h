// Internal to syntax expansion: token-range edits over a token stream, and applying them to build
// the next stream. Copied tokens keep their source byte ranges, so diagnostics and `#line` point at
// the source (a macro's body, its call's arguments); synthetic tokens point into a small file of
// their own added to the SourceBuffer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// One token of a rewritten stream: a source byte range, or (synth) a range of the round's
// synthetic text.
struct OutTok {
  TokenKind kind;
  bool synth;
  uint32_t start;
  uint32_t end;
};

// Replaces tokens [lo, hi) (token indices of the current stream) by `with`.
struct Edit {
  uint32_t lo;
  uint32_t hi;
  std::vector<OutTok> with;
};

// The edits of one round over stream `in`, with the text their synthetic tokens use.
struct EditSet {
  explicit EditSet(const TokenBuffer& t) : in(t) {}
  const TokenBuffer& in;
  std::string synth_text;
  std::vector<Edit> edits;
  // Tokens appended at the end of file 0 (hoisted block items).
  std::vector<OutTok> append;
  // A copy of token t of `in`.
  auto Tok(uint32_t t) const -> OutTok { return {in.kind[t], false, in.start[t], in.end(TokenId(t))}; }
  // A synthetic token with this text.
  auto Synth(TokenKind k, std::string_view text) -> OutTok {
    uint32_t s = static_cast<uint32_t>(synth_text.size());
    synth_text += text;
    synth_text += ' ';
    return {k, true, s, s + static_cast<uint32_t>(text.size())};
  }
};

// Non-trivia token navigation over a stream: delimiter partners and the next/previous real token.
struct TokenNav {
  explicit TokenNav(const TokenBuffer& t);
  const TokenBuffer& tokens;
  // Per token: the matching delimiter of an open or close delimiter, else itself.
  std::vector<uint32_t> partner;
  // Whether token t is trivia (whitespace, comments).
  auto Trivia(uint32_t t) const -> bool;
  // The next non-trivia token after t (the Eof of t's file at most).
  auto Next(uint32_t t) const -> uint32_t;
  // The first and last token of node `n`'s subtree (open delimiters extended to their partners).
  void NodeRange(const Tree& tree, uint32_t n, uint32_t* lo, uint32_t* hi) const;
  // The same for an OuterAttr/InnerAttr node: `#`, `!`?, then the `[...]` group (whose `[` and `]`
  // no node records).
  void AttrRange(const Tree& tree, uint32_t n, uint32_t* lo, uint32_t* hi) const;
};

// Builds the next stream from `set.in` with the edits applied (an edit nested in an earlier one is
// dropped; it is redone on the next round if still needed). File 0 holds the whole rewritten stream;
// every other file of `src` gets just its Eof.
auto ApplyEdits(SourceBuffer& src, EditSet& set, DiagSink& diags) -> TokenBuffer;

// Evaluates `#[cfg]`, `#[cfg_attr]` and `cfg!` over the stream; returns whether it added edits.
auto CfgEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
              bool debug_assertions, EditSet& set, DiagSink& diags) -> bool;

// Expands the outermost invocations of `macro_rules!` macros; returns whether it added edits.
// `round` counts the expansion rounds so far (rustc's recursion limit applies to it).
auto MacroRulesEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                     uint32_t round, EditSet& set, DiagSink& diags) -> bool;

// Rewrites paths to methods used as functions (`f64::max`, `Trait::m(&x)`) into closures that
// call the method (expand/std_paths.cpp); returns whether it added edits.
auto StdPathEdits(const SourceBuffer& src, const TokenBuffer& tokens, const TokenNav& nav, EditSet& set) -> bool;
// Expands the built-ins that work on tokens (`matches!`, `stringify!`, `concat!`, `line!`,
// `column!`, `file!`, `module_path!`) outside macro_rules! bodies and user macros' arguments;
// returns whether it added edits (expand/token_macros.cpp).
auto TokenMacroEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                     EditSet& set, DiagSink& diags) -> bool;

// The crate's name as rustc derives it from the root file (`main.rs` -> `main`).
auto CrateName(const SourceBuffer& src) -> std::string;

// Deletes `macro_rules!` definitions (after expansion is done).
auto MacroRulesRemoval(const Tree& tree, const TokenNav& nav, EditSet& set) -> bool;

// Loads out-of-line `mod foo;` files as inline modules; returns whether it added edits.
auto OutOfLineModEdits(SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                       EditSet& set, DiagSink& diags) -> bool;

// Flattens modules and block items into one crate-root scope with unique names, rewriting paths
// and deleting `use` items (resolve/modules.cpp); reports unresolved and private paths.
auto ModuleEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                 EditSet& set, DiagSink& diags) -> bool;

}  // namespace rustg
