// Reported lint findings: a finding with its decided level, rendered like clippy (human), like
// rustc's JSON diagnostics, or as SARIF 2.1.0.
#pragma once

#include <string>
#include <vector>

#include "base/source.h"
#include "lint/levels.h"
#include "lint/lint.h"

namespace rustg::lint {

// A finding that will be printed: its level decided and its code (`clippy::needless_return`).
struct Reported {
  Finding f;
  Decision level;
  std::string code;
  // Help lines printed before the level notes (clippy's "for further information" link).
  std::vector<std::string> link_helps;
};

// The code a finding is reported under: `clippy::x`, rustc's bare `x`, or the user rule's id.
auto CodeOf(const Finding& f) -> std::string;
// Human rendering (clippy's layout). `color` adds ANSI colours.
auto RenderHuman(const Reported& r, const SourceBuffer& src, bool color) -> std::string;
// rustc's JSON diagnostic, one line, suggestions as children with suggested_replacement.
auto RenderJson(const Reported& r, const SourceBuffer& src) -> std::string;
// A SARIF 2.1.0 log of all findings (one run, tool `rustg`).
auto RenderSarif(const std::vector<Reported>& all, const SourceBuffer& src) -> std::string;

}  // namespace rustg::lint
