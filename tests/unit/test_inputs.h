// Inputs the unit tests share: files of the repository, and the corpus (tools/corpus.sh).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/diag.h"
#include "base/source.h"

namespace rustg::test_inputs {

// The whole file at p.
inline auto ReadFile(const std::filesystem::path& p) -> std::string {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The repository: $RUSTG_SOURCE_DIR (for a copied tree), else where this file was compiled.
inline auto SourceDir() -> std::filesystem::path {
  if (const char* env = std::getenv("RUSTG_SOURCE_DIR")) return env;
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
}

// The corpus directory: $RUSTG_CORPUS, else .cache/corpus of the repository.
inline auto CorpusDir() -> std::filesystem::path {
  const char* env = std::getenv("RUSTG_CORPUS");
  return env && *env ? std::filesystem::path(env) : SourceDir() / ".cache" / "corpus";
}

// Adds every corpus file to `src` in its manifest edition; false when there is no corpus.
inline auto AddCorpus(SourceBuffer& src) -> bool {
  std::filesystem::path dir = CorpusDir();
  std::ifstream manifest(dir / "manifest.tsv");
  if (!manifest) return false;
  DiagSink diags;
  for (std::string line; std::getline(manifest, line);) {
    // group \t edition \t path
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    Edition e = ParseEdition(line.substr(a + 1, b - a - 1)).value_or(Edition::k2021);
    std::filesystem::path p = dir / line.substr(b + 1);
    src.AddFile(p.string(), ReadFile(p), e, diags);
  }
  return true;
}

}  // namespace rustg::test_inputs
