// Macro expansion: the built-in macros of the compile subset get their token trees parsed into
// expressions, so later passes see ordinary syntax. Tree in, Tree out (same postorder layout).
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "expand/literal.h"

#include "base/diag.h"
#include "base/source.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// The built-in macros rustg understands; everything else is reported as not supported.
enum class BuiltinMacro : uint8_t {
  None,
  Println,
  Print,
  Eprintln,
  Eprint,
  Format,
  Panic,
  Assert,
  AssertEq,
  AssertNe,
  DebugAssert,
  DebugAssertEq,
  DebugAssertNe,
  Vec,
  Unreachable,
  Todo,
  Unimplemented,
  Write,    // write!(dest, fmt, args...): dest is a `&mut fmt::Formatter`
  Writeln,
};

// Which built-in macro a name (the path's last segment) denotes; None for any other name.
auto BuiltinMacroOf(std::string_view name) -> BuiltinMacro;

// The built-in macro of MacroCall node `id` of `tree` (looking at its path's last segment).
auto MacroCallBuiltin(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, NodeId id) -> BuiltinMacro;

// Replaces the TokenTree child of every built-in macro call by an ArgList of the parsed arguments
// (recursively, so nested calls expand too). Other macro calls keep their TokenTree. Parse errors in
// arguments are reported to `diags`.
auto Expand(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags) -> Tree;

// Whether the macro's arguments hold a format string: println-like ones from the first argument,
// panic/unreachable/todo optionally, assert after one argument, assert_eq/ne after two.
auto FormatArgStart(BuiltinMacro m) -> int;

// The format strings of the formatting macro calls of an expanded tree, by MacroCall node index.
// A call whose format string is not a string literal, or does not parse, is reported and left out.
struct FormatTable {
  std::unordered_map<uint32_t, FormatString> by_macro;
  // The node of the format-string literal, by MacroCall node index.
  std::unordered_map<uint32_t, uint32_t> literal_node;
};

// Parses the format strings of every formatting macro call of `tree` (the output of Expand).
auto CollectFormats(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, DiagSink& diags)
    -> FormatTable;

}  // namespace rustg
