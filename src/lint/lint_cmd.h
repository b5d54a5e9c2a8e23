// `rustg lint`: the command's entry point, called by the driver with the arguments after `lint`.
#pragma once

#include <string>
#include <vector>

namespace rustg::lint {

// Runs `rustg lint ARGS...`; returns the process exit code (0 clean or warnings, 1 an error-level
// lint or a parse error fired, 2 usage errors).
auto RunLintCommand(const std::vector<std::string>& args) -> int;

}  // namespace rustg::lint
