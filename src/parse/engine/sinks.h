// Output sinks of the parser engine for a count-then-write protocol (the CUDA backend's two passes;
// also run on the host by tests): CountSink counts nodes and diagnostic records of a file and keeps
// only the last few nodes the grammar reads back; WriteSink writes them into preallocated arrays at
// offsets placed by a prefix sum of the counts.
#pragma once

#include <cstdint>

#include "base/id.h"
#include "lex/token_kind.h"
#include "parse/engine/diag_record.h"
#include "parse/engine/parser.h"
#include "parse/node_kind.h"

namespace rustg::parse_engine {

// Counts, keeping the last kRing nodes in a ring for the grammar's read-backs (kReadBack of them).
struct CountSink {
  // Region parses are checked for reads past their end.
  static constexpr bool kTrackPeek = true;
  // Ring size: a power of two, at least kReadBack.
  static constexpr uint32_t kRing = 8;
  static_assert(kRing >= kReadBack && (kRing & (kRing - 1)) == 0);
  NodeKind kind[kRing];
  TokenId token[kRing];
  uint32_t size[kRing];
  // Diagnostic records seen.
  uint32_t diags = 0;
  // Nodes seen; a read-back older than the ring sets `overrun` (tests check it never does).
  uint32_t nodes = 0;
  mutable bool overrun = false;
  RUSTG_HD void Put(uint32_t n, NodeKind k, TokenId t, uint32_t s) {
    kind[n % kRing] = k;
    token[n % kRing] = t;
    size[n % kRing] = s;
    nodes = n + 1;
  }
  RUSTG_HD auto Check(uint32_t n) const -> uint32_t {
    if (n >= nodes || nodes - n > kRing) overrun = true;
    return n % kRing;
  }
  RUSTG_HD auto KindAt(uint32_t n) const -> NodeKind { return kind[Check(n)]; }
  RUSTG_HD auto TokenAt(uint32_t n) const -> TokenId { return token[Check(n)]; }
  RUSTG_HD auto SizeAt(uint32_t n) const -> uint32_t { return size[Check(n)]; }
  RUSTG_HD void PutDiag(const ParseDiagRecord&) { ++diags; }
  RUSTG_HD auto diag_count() const -> uint32_t { return diags; }
  RUSTG_HD void set_diag_count(uint32_t d) { diags = d; }
};

// Writes one file's nodes and records at their places in the output arrays.
struct WriteSink {
  static constexpr bool kTrackPeek = true;
  // The file's first node in each output column.
  NodeKind* kind;
  TokenId* token;
  uint32_t* size;
  // The file's first diagnostic record.
  ParseDiagRecord* records;
  // Records written so far.
  uint32_t d = 0;
  RUSTG_HD void Put(uint32_t n, NodeKind k, TokenId t, uint32_t s) {
    kind[n] = k;
    token[n] = t;
    size[n] = s;
  }
  RUSTG_HD auto KindAt(uint32_t n) const -> NodeKind { return kind[n]; }
  RUSTG_HD auto TokenAt(uint32_t n) const -> TokenId { return token[n]; }
  RUSTG_HD auto SizeAt(uint32_t n) const -> uint32_t { return size[n]; }
  RUSTG_HD void PutDiag(const ParseDiagRecord& r) { records[d++] = r; }
  // Records written (the index of the next one); a region parse jumps it past a skipped child's.
  RUSTG_HD auto diag_count() const -> uint32_t { return d; }
  RUSTG_HD void set_diag_count(uint32_t n) { d = n; }
};

}  // namespace rustg::parse_engine
