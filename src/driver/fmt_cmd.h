// `rustg fmt`: the command-line side of the formatter (inputs, configuration, output modes).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace rustg {

// Options of `rustg fmt`.
struct FmtOptions {
  std::vector<std::string> paths;     // files, directories (recursive) or `-` for stdin
  std::string files_from;             // a list file: `PATH` or `EDITION<TAB>PATH` per line
  std::string edition;                // empty: the configuration's edition, else 2015 (rustfmt's default)
  std::string emit = "files";         // files (in place) or stdout
  std::string out_dir;                // write file i's output to OUT_DIR/i.rs (benchmarks)
  std::string config_path;            // a rustfmt.toml to use instead of searching upward
  std::vector<std::string> config;    // `key=value` overrides, as rustfmt's --config
  uint32_t threads = 0;               // 0: all cores
  bool check = false;                 // print a diff and exit 1 when anything would change
};

// Registers the `fmt` subcommand on `app`; `selected` is set when it runs.
auto AddFmtCommand(CLI::App& app, FmtOptions& o) -> CLI::App*;

// Runs `rustg fmt`; returns the process exit code.
auto RunFmt(const FmtOptions& o) -> int;

}  // namespace rustg
