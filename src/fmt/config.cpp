// Reads rustfmt's stable options. Values are checked the way rustfmt checks them: a wrong type or
// an unknown enumerator is an error, an unknown key a warning (rustfmt warns and goes on).
#include "fmt/config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace rustg {
namespace {

// Strips surrounding quotes of a TOML string written as a bare override (`edition="2018"`).
auto Unquote(std::string_view v) -> std::string_view {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) return v.substr(1, v.size() - 2);
  return v;
}

auto ParseBool(std::string_view v, bool& out) -> bool {
  if (v == "true") out = true;
  else if (v == "false") out = false;
  else return false;
  return true;
}

auto ParseUint(std::string_view v, uint32_t& out) -> bool {
  uint32_t x = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || p != v.data() + v.size()) return false;
  out = x;
  return true;
}

// Options whose value is a width in columns and that rustfmt derives from use_small_heuristics.
struct WidthOption {
  std::string_view key;
  uint32_t FmtConfig::*field;
};
constexpr WidthOption kWidthOptions[] = {
    {"fn_call_width", &FmtConfig::fn_call_width},
    {"attr_fn_like_width", &FmtConfig::attr_fn_like_width},
    {"struct_lit_width", &FmtConfig::struct_lit_width},
    {"struct_variant_width", &FmtConfig::struct_variant_width},
    {"array_width", &FmtConfig::array_width},
    {"chain_width", &FmtConfig::chain_width},
    {"single_line_if_else_max_width", &FmtConfig::single_line_if_else_max_width},
    {"single_line_let_else_max_width", &FmtConfig::single_line_let_else_max_width},
};

// Options rustfmt knows but accepts only on nightly: stable rustfmt warns and ignores them.
constexpr std::string_view kUnstableOptions[] = {
    "array_width_fn_call", "binop_separator", "blank_lines_lower_bound", "blank_lines_upper_bound",
    "brace_style", "color", "combine_control_expr", "comment_width", "condense_wildcard_suffixes",
    "control_brace_style", "doc_comment_code_block_width", "empty_item_single_line", "enum_discrim_align_threshold",
    "error_on_line_overflow", "error_on_unformatted", "fn_single_line", "force_multiline_blocks",
    "format_code_in_doc_comments", "format_generated_files", "format_macro_bodies", "format_macro_matchers",
    "format_strings", "group_imports", "hex_literal_case", "hide_parse_errors", "ignore", "imports_granularity",
    "imports_indent", "imports_layout", "indent_style", "inline_attribute_width", "make_backup",
    "match_arm_blocks", "normalize_comments", "normalize_doc_attributes", "overflow_delimited_expr",
    "reorder_impl_items", "required_version", "skip_children", "skip_macro_invocations", "space_after_colon",
    "space_before_colon", "spaces_around_ranges", "struct_field_align_threshold", "trailing_comma",
    "trailing_semicolon", "type_punctuation_density", "unstable_features", "version", "where_single_line",
    "wrap_comments", "style_edition", "float_literal_trailing_zero", "generated_marker_line_search_limit",
    "single_line_let_else_max_width_unstable"};

}  // namespace

void FmtConfig::DeriveWidths() {
  if (use_small_heuristics == SmallHeuristics::Default) {
    // rustfmt scales its defaults (for max_width 100) in proportion to max_width.
    auto scale = [&](uint32_t pct) { return static_cast<uint32_t>(static_cast<uint64_t>(max_width) * pct / 100); };
    fn_call_width = scale(60);
    attr_fn_like_width = scale(70);
    struct_lit_width = scale(18);
    struct_variant_width = scale(35);
    array_width = scale(60);
    chain_width = scale(60);
    single_line_if_else_max_width = scale(50);
    single_line_let_else_max_width = scale(50);
  } else {
    for (const WidthOption& w : kWidthOptions) this->*w.field = max_width;
  }
}

void ApplyOption(FmtConfig& cfg, std::string_view key, std::string_view raw, std::string_view origin,
                 ConfigIssues& issues) {
  std::string_view v = Unquote(raw);
  // rustfmt matches enumerators case-insensitively (`max` is `Max`).
  std::string lowered(v);
  for (char& ch : lowered) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto is = [&](std::string_view word) {
    if (word.size() != lowered.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(word[i])) != lowered[i]) return false;
    return true;
  };
  auto bad = [&](std::string_view expected) {
    issues.errors.push_back(fmt::format("{}: invalid value `{}` for option `{}` (expected {})", origin, raw, key, expected));
  };
  auto boolean = [&](bool& field) {
    if (!ParseBool(v, field)) bad("true or false");
  };
  auto uint = [&](uint32_t& field) {
    if (!ParseUint(v, field)) bad("an unsigned integer");
  };
  if (key == "max_width") {
    uint(cfg.max_width);
  } else if (key == "hard_tabs") {
    boolean(cfg.hard_tabs);
  } else if (key == "tab_spaces") {
    uint(cfg.tab_spaces);
  } else if (key == "newline_style") {
    if (is("Auto")) cfg.newline_style = NewlineStyle::Auto;
    else if (is("Native")) cfg.newline_style = NewlineStyle::Native;
    else if (is("Unix")) cfg.newline_style = NewlineStyle::Unix;
    else if (is("Windows")) cfg.newline_style = NewlineStyle::Windows;
    else bad("Auto, Native, Unix or Windows");
  } else if (key == "use_small_heuristics") {
    if (is("Default")) cfg.use_small_heuristics = SmallHeuristics::Default;
    else if (is("Off")) cfg.use_small_heuristics = SmallHeuristics::Off;
    else if (is("Max")) cfg.use_small_heuristics = SmallHeuristics::Max;
    else bad("Default, Off or Max");
  } else if (key == "reorder_imports") {
    boolean(cfg.reorder_imports);
  } else if (key == "reorder_modules") {
    boolean(cfg.reorder_modules);
  } else if (key == "remove_nested_parens") {
    boolean(cfg.remove_nested_parens);
  } else if (key == "edition") {
    auto e = ParseEdition(v);
    if (v == "2024") e = Edition::k2021;  // rustg's parser knows up to 2021; 2024 formats the same here
    if (e) cfg.edition = e;
    else bad("2015, 2018, 2021 or 2024");
  } else if (key == "merge_derives") {
    boolean(cfg.merge_derives);
  } else if (key == "use_try_shorthand") {
    boolean(cfg.use_try_shorthand);
  } else if (key == "use_field_init_shorthand") {
    boolean(cfg.use_field_init_shorthand);
  } else if (key == "force_explicit_abi") {
    boolean(cfg.force_explicit_abi);
  } else if (key == "fn_params_layout") {
    if (is("Tall")) cfg.fn_params_layout = ParamsLayout::Tall;
    else if (is("Compressed")) cfg.fn_params_layout = ParamsLayout::Compressed;
    else if (is("Vertical")) cfg.fn_params_layout = ParamsLayout::Vertical;
    else bad("Tall, Compressed or Vertical");
  } else if (key == "match_arm_leading_pipes") {
    if (is("Never")) cfg.match_arm_leading_pipes = LeadingPipes::Never;
    else if (is("Always")) cfg.match_arm_leading_pipes = LeadingPipes::Always;
    else if (is("Preserve")) cfg.match_arm_leading_pipes = LeadingPipes::Preserve;
    else bad("Never, Always or Preserve");
  } else if (key == "match_block_trailing_comma") {
    boolean(cfg.match_block_trailing_comma);
  } else if (key == "short_array_element_width_threshold") {
    uint(cfg.short_array_element_width_threshold);
  } else if (key == "disable_all_formatting") {
    boolean(cfg.disable_all_formatting);
  } else {
    for (const WidthOption& w : kWidthOptions) {
      if (key == w.key) {
        // An explicit width wins over the heuristics; it is re-applied after DeriveWidths.
        uint(cfg.*w.field);
        return;
      }
    }
    bool unstable = std::find(std::begin(kUnstableOptions), std::end(kUnstableOptions), key) != std::end(kUnstableOptions);
    issues.warnings.push_back(unstable ? fmt::format("{}: option `{}` is unstable; stable rustfmt ignores it", origin, key)
                                       : fmt::format("{}: unknown configuration option `{}`", origin, key));
  }
}

void ApplyTomlConfig(FmtConfig& cfg, std::string_view toml_text, std::string_view origin, ConfigIssues& issues) {
  toml::table table;
  try {
    table = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& err) {
    issues.errors.push_back(fmt::format("{}:{}:{}: invalid TOML: {}", origin, err.source().begin.line,
                                        err.source().begin.column, err.description()));
    return;
  }
  // Widths given explicitly are applied after use_small_heuristics/max_width derive the rest.
  std::vector<std::pair<std::string, std::string>> explicit_widths;
  for (auto&& [k, node] : table) {
    std::string key(k.str());
    std::string value;
    if (auto s = node.value<std::string>(); s && node.is_string()) value = *s;
    else if (node.is_boolean()) value = *node.value<bool>() ? "true" : "false";
    else if (node.is_integer()) {
      int64_t i = *node.value<int64_t>();
      value = i < 0 ? "-" + std::to_string(-i) : std::to_string(i);
    } else value = "<not a scalar>";
    bool is_width = std::any_of(std::begin(kWidthOptions), std::end(kWidthOptions),
                                [&](const WidthOption& w) { return w.key == key; });
    if (is_width) explicit_widths.emplace_back(key, value);
    else ApplyOption(cfg, key, value, origin, issues);
  }
  cfg.DeriveWidths();
  for (const auto& [key, value] : explicit_widths) ApplyOption(cfg, key, value, origin, issues);
}

auto FindConfigFile(const std::string& dir) -> std::string {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(dir.empty() ? "." : dir, ec);
  while (true) {
    for (const char* name : {"rustfmt.toml", ".rustfmt.toml"}) {
      fs::path candidate = p / name;
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    if (!p.has_parent_path() || p.parent_path() == p) return {};
    p = p.parent_path();
  }
}

}  // namespace rustg
