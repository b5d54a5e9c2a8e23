// Output sinks of the parser engine for a count-then-write protocol (the CUDA backend's two passes;
// also run on the host by tests): CountSink counts nodes and diagnostic records of a file and keeps
// only the last few nodes the grammar reads back; StoreSink also keeps a region's nodes in its own
// numbering for a copy into place; WriteSink writes them into preallocated arrays at offsets
// placed by a prefix sum of the counts.
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
  // A counting region parse skipped a child region: node index n stands for its whole subtree.
  RUSTG_HD void Hole(uint32_t) {}
};

// Where a counting region parse also keeps its nodes and records (StoreSink), so that the writing
// pass copies them into place (regions.h CopyRegion) instead of parsing again. Node indices are
// the region's own numbering from 0, a skipped child taking one index (a hole); records are
// numbered from 0 in emission order.
struct NodeStore {
  NodeKind* kind;
  TokenId* token;
  // Subtree size in the region's own numbering (a hole counts 1); 0 marks a hole.
  uint32_t* size;
  // Holes before the index (for a hole: its child's position among the region's children).
  uint32_t* holes;
  // The records, and the holes before each (the children skipped before it was emitted).
  ParseDiagRecord* records;
  uint32_t* record_holes;
};

// A CountSink that also stores the region's first `cap` nodes, its holes and its first `rcap`
// records (see NodeStore); `full` says some did not fit.
struct StoreSink : CountSink {
  NodeStore store{};
  uint32_t cap = 0, rcap = 0;
  uint32_t holes = 0;
  bool full = false;
  RUSTG_HD void PutDiag(const ParseDiagRecord& r) {
    uint32_t j = diags;
    CountSink::PutDiag(r);
    if (j >= rcap) {
      full = true;
      return;
    }
    store.records[j] = r;
    store.record_holes[j] = holes;
  }
  RUSTG_HD void Put(uint32_t n, NodeKind k, TokenId t, uint32_t s) {
    CountSink::Put(n, k, t, s);
    if (n >= cap) {
      full = true;
      return;
    }
    store.kind[n] = k;
    store.token[n] = t;
    store.size[n] = s;
    store.holes[n] = holes;
  }
  RUSTG_HD void Hole(uint32_t n) {
    if (n >= cap) {
      full = true;
    } else {
      store.size[n] = 0;
      store.holes[n] = holes;
    }
    ++holes;
  }
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
  // Holes are the counting pass's (writing jumps over the child's nodes instead).
  RUSTG_HD void Hole(uint32_t) {}
};

}  // namespace rustg::parse_engine
