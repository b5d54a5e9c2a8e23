// The CUDA parser (internal to parse/): the shared parser engine run on the GPU, one thread per
// region: a run of top-level items, items of an item container, statements of a block or arms of
// a match (parse/engine/regions.h), so its tree and diagnostics are those of the
// CPU backend node for node.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "base/diag.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/lex.h"
#include "parse/parse.h"

namespace rustg {

// Parses every file of `src` on the GPU. nullopt with `error` set when the device fails (no
// device, out of memory, launch error, too little stack): the caller falls back to the CPU;
// `diags` is untouched then. The device stack per thread is kParseStackBytes (enough for the
// engine's depth limit, see parse_cuda.cu), or RUSTG_CUDA_PARSE_STACK bytes for tests and tuning;
// regions have at least kMinRegionTokens tokens, or RUSTG_CUDA_PARSE_REGION; lists are cut up to
// kMaxRegionLevels deep, or RUSTG_CUDA_PARSE_LEVELS (1: top-level items only, for comparison).
// Step 1 (reading tokens, the delimiter check, cutting) runs as scans and a sort over all tokens,
// or one thread per file with RUSTG_CUDA_PARSE_PREPARE=serial (for comparison). When `tokens` are
// the CUDA lexer's result, its device copies are taken instead of uploading (lex_cuda.h). How
// regions map to warps, and whether the write phase copies the counted nodes, is
// parse/gpu_schedule.h's (RUSTG_CUDA_PARSE_SOLO, _SOLO_TOKENS, _ORDER, _COPY for measurements).
auto ParseCuda(const SourceBuffer& src, const TokenBuffer& tokens, DiagSink& diags, Timings* timings,
               std::string* error) -> std::optional<Tree>;

// Lexes and parses every file of `src` on the GPU in one go (the fused path of a build): the
// source bytes go up once, the tokens stay on the device for the parse, and their download to the
// host runs during the parse kernels (a second staging pair on its own stream). Same tokens, tree
// and diagnostics (lexer's, then parser's) as LexCuda then ParseCuda. nullopt with `error` set when
// the device fails; `diags` is untouched then and the caller lexes and parses on the CPU.
auto LexParseCuda(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error)
    -> std::optional<std::pair<TokenBuffer, Tree>>;

}  // namespace rustg
