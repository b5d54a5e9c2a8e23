// The CUDA lexer (internal to lex/): speculative chunk lexing with the shared scanner engine, so its
// tokens and diagnostics are those of the CPU backend byte for byte.
#pragma once

#include <optional>
#include <string>

#include "base/diag.h"
#include "base/source.h"
#include "base/timings.h"
#include "lex/lex.h"

namespace rustg {

// Lexes every file of `src` on the GPU. nullopt with `error` set when the device fails (no
// device, out of memory, launch error): the caller falls back to the CPU; `diags` is untouched then.
// The chunk size is 1024 bytes (fastest of 1, 2 and 4 KiB on an H100 over the library+compiler
// corpus), or RUSTG_CUDA_LEX_CHUNK (a multiple of 32, at least 32) for tests and tuning. Each chunk
// is lexed speculatively from its first byte, and from after its first newline only where the
// first run does not meet the previous chunk's; RUSTG_CUDA_LEX_SPEC=ab (both runs everywhere) or
// =a (first runs only) for measurements.
// On success the device copies of the source bytes and of the tokens' kinds and starts stay on
// the device under the result's `device_tag` (the previous call's are freed), for ParseCuda.
auto LexCuda(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error)
    -> std::optional<TokenBuffer>;

// Device copies of a build's source bytes (with SourceBuffer::kPadding) and tokens, from DeviceAlloc
// (base/cuda/device_buffers.h).
struct DeviceTokens {
  // The source bytes, padded.
  char* src = nullptr;
  // Kind and start of every token.
  TokenKind* kind = nullptr;
  uint32_t* start = nullptr;
};

// LexCuda without the download of the token columns, for the fused lex+parse (ParseCuda's
// LexParseCuda): the result's `kind` and `start` are sized but not written (file_first_token and
// the diagnostics are final), and `*columns` names the device copies LexCuda keeps, which hold
// them. Nothing may read the columns until DownloadTokenColumns(*columns, result) has returned.
auto LexCudaDeferred(const SourceBuffer& src, DiagSink& diags, Timings* timings, std::string* error,
                     DeviceTokens* columns) -> std::optional<TokenBuffer>;

// Writes `tokens.kind` and `tokens.start` from their device copies `columns` through the second
// pinned staging pair on its own stream (base/cuda/transfer.h), so it runs while the parse kernels
// do; the device copies must stay allocated until it returns. False with `error` set on a CUDA error.
auto DownloadTokenColumns(const DeviceTokens& columns, TokenBuffer& tokens, std::string* error) -> bool;

// The device copies LexCuda kept for exactly `tokens` (its tag, its columns and `src`), handed
// over: the caller frees them with DeviceFree. nullopt when LexCuda kept none for these tokens.
auto TakeDeviceTokens(const SourceBuffer& src, const TokenBuffer& tokens) -> std::optional<DeviceTokens>;

}  // namespace rustg
