// rustfmt's stable configuration options, their defaults, and loading them from rustfmt.toml /
// .rustfmt.toml (found upward from a file) or from `key=value` overrides.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/edition.h"

namespace rustg {

// How `use_small_heuristics` derives the per-construct width limits from max_width.
enum class SmallHeuristics : uint8_t { Default, Off, Max };

// Line endings of the output.
enum class NewlineStyle : uint8_t { Auto, Native, Unix, Windows };

// Layout of function parameters (`fn_params_layout`).
enum class ParamsLayout : uint8_t { Tall, Compressed, Vertical };

// Leading `|` of match arms (`match_arm_leading_pipes`).
enum class LeadingPipes : uint8_t { Never, Always, Preserve };

// One file's formatting configuration: rustfmt's stable options with rustfmt's defaults.
struct FmtConfig {
  uint32_t max_width = 100;
  bool hard_tabs = false;
  uint32_t tab_spaces = 4;
  NewlineStyle newline_style = NewlineStyle::Auto;
  SmallHeuristics use_small_heuristics = SmallHeuristics::Default;
  bool reorder_imports = true;
  bool reorder_modules = true;
  bool remove_nested_parens = true;
  std::optional<Edition> edition;  // unset: the command line's edition
  bool merge_derives = true;
  bool use_try_shorthand = false;
  bool use_field_init_shorthand = false;
  bool force_explicit_abi = true;
  ParamsLayout fn_params_layout = ParamsLayout::Tall;
  LeadingPipes match_arm_leading_pipes = LeadingPipes::Never;
  bool match_block_trailing_comma = false;
  uint32_t short_array_element_width_threshold = 10;
  // Width limits derived from use_small_heuristics and max_width (rustfmt's `width_heuristics`).
  uint32_t fn_call_width = 60;
  uint32_t attr_fn_like_width = 70;
  uint32_t struct_lit_width = 18;
  uint32_t struct_variant_width = 35;
  uint32_t array_width = 60;
  uint32_t chain_width = 60;
  uint32_t single_line_if_else_max_width = 50;
  uint32_t single_line_let_else_max_width = 50;
  // Set when the configuration says `disable_all_formatting = true`: files are left as they are.
  bool disable_all_formatting = false;
  // Not a rustfmt option: set while formatting a macro_rules body, whose rules differ slightly.
  bool macro_def_body = false;

  // Recomputes the width limits from use_small_heuristics and max_width, as rustfmt does.
  void DeriveWidths();
};

// Problems found while reading a configuration: warnings (unknown options) and errors (bad values).
struct ConfigIssues {
  std::vector<std::string> warnings;
  std::vector<std::string> errors;
};

// Applies one option (`key`, value as TOML text or bare word) to `cfg`; an unknown key is a warning,
// a bad value an error. `origin` names the file or flag in messages.
void ApplyOption(FmtConfig& cfg, std::string_view key, std::string_view value, std::string_view origin,
                 ConfigIssues& issues);

// Parses a rustfmt.toml file's text into `cfg` (on top of what `cfg` holds).
void ApplyTomlConfig(FmtConfig& cfg, std::string_view toml_text, std::string_view origin, ConfigIssues& issues);

// The rustfmt.toml or .rustfmt.toml nearest above `dir` (dir included), or empty when none.
auto FindConfigFile(const std::string& dir) -> std::string;

}  // namespace rustg
