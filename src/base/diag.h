// Diagnostics: collected by a DiagSink during a pass, rendered like rustc (human or JSON).
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace rustg {

class SourceBuffer;

// How severe a diagnostic is.
enum class Level : uint8_t { Error, Warning, Note, Help };

// Every diagnostic kind, from diag_kind.def.
enum class DiagKind : uint16_t {
#define RUSTG_DIAG(Name, Level, Code) Name,
#include "base/diag_kind.def"
};

// Name of a diagnostic kind ("UnterminatedString").
auto DiagKindName(DiagKind k) -> std::string_view;
// The kind's level as declared in diag_kind.def.
auto DiagKindLevel(DiagKind k) -> Level;
// rustc's error code for the kind ("E0425"), or empty.
auto DiagKindCode(DiagKind k) -> std::string_view;
// Number of diagnostic kinds.
auto DiagKindCount() -> uint32_t;

// A `help:` or `note:` line under a diagnostic, optionally pointing at its own span.
struct SubDiag {
  Level level = Level::Help;
  std::string message;
  bool has_span = false;
  uint32_t lo = 0, hi = 0;
};

// One diagnostic: a kind, a primary span of global byte offsets [lo, hi), a message and an optional
// label under the caret, plus help and note lines.
struct Diagnostic {
  DiagKind kind;
  Level level = Level::Error;
  bool has_span = true;
  uint32_t lo = 0, hi = 0;
  std::string message;
  std::string label;
  std::vector<SubDiag> children;
};

// Collects diagnostics. Emit may be called from several threads; Sorted() gives the stable order
// used for output (by span start, then emission order), so parallel passes print deterministically.
class DiagSink {
 public:
  // Records a diagnostic at [lo, hi) and returns it so a caller may add a label or help lines.
  auto Emit(DiagKind kind, uint32_t lo, uint32_t hi, std::string message) -> Diagnostic&;
  // Records a diagnostic without a source location.
  auto EmitNoSpan(DiagKind kind, std::string message) -> Diagnostic&;
  // Adds an already built diagnostic (used to merge per-file sinks).
  void Add(Diagnostic d);
  // Moves all diagnostics of `other` into this sink.
  void Append(DiagSink&& other);

  // Number of error-level diagnostics so far.
  auto error_count() const -> uint32_t;
  // All diagnostics, sorted by position (stable).
  auto Sorted() const -> std::vector<Diagnostic>;
  // All diagnostics in emission order.
  auto all() const -> const std::vector<Diagnostic>& { return diags_; }
  // True when nothing was emitted.
  auto empty() const -> bool { return diags_.empty(); }

 private:
  mutable std::mutex mu_;
  std::vector<Diagnostic> diags_;
};

// rustc-style text rendering: `error[E…]: message`, ` --> file:line:col`, source line, carets,
// help lines. `color` adds ANSI colours (the driver passes true only on a terminal).
auto RenderHuman(const Diagnostic& d, const SourceBuffer& src, bool color) -> std::string;
// rustc's JSON diagnostic shape, one object on one line (no trailing newline).
auto RenderJson(const Diagnostic& d, const SourceBuffer& src) -> std::string;
// The closing summary line rustc prints: "error: aborting due to 2 previous errors" (empty if none).
auto RenderSummary(uint32_t errors, uint32_t warnings, bool color) -> std::string;
// Whether to colour diagnostics on stderr for --color=auto|always|never: `auto` colours a terminal
// unless TERM=dumb or NO_COLOR is set.
auto UseColor(std::string_view choice) -> bool;
// Prints every diagnostic to stderr in position order (human or rustc JSON), then rustc's summary
// line. With RUSTG_LOG_DIAG_KINDS=FILE it also appends each diagnostic's kind to FILE (the golden
// tests use this to learn which kinds their inputs reach).
void PrintDiagnostics(const DiagSink& diags, const SourceBuffer& src, bool json, bool color);

}  // namespace rustg
