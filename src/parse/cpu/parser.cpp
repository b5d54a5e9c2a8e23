// Parser core: token cursor with compound-token splitting, node emission, diagnostics, recovery,
// the delimiter pre-check, and the parallel Parse entry point.
#include "parse/cpu/parser.h"

#include <algorithm>
#include <memory>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "base/huge_pages.h"

namespace rustg::parse_cpu {
namespace {

auto IsOpenDelim(TokenKind k) -> bool {
  return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace;
}
auto IsCloseDelim(TokenKind k) -> bool {
  return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace;
}
auto CloserOf(TokenKind open) -> TokenKind {
  return open == TokenKind::LParen ? TokenKind::RParen
         : open == TokenKind::LBracket ? TokenKind::RBracket
                                       : TokenKind::RBrace;
}

// When `c` starts with `want` (as `>>` starts with `>`), the kind of what is left after it.
auto SplitRest(TokenKind c, TokenKind want, TokenKind* rest) -> bool {
  using K = TokenKind;
  switch (want) {
    case K::Gt:
      if (c == K::Shr) return *rest = K::Gt, true;
      if (c == K::Ge) return *rest = K::Eq, true;
      if (c == K::ShrEq) return *rest = K::Ge, true;
      return false;
    case K::Lt:
      if (c == K::Shl) return *rest = K::Lt, true;
      if (c == K::Le) return *rest = K::Eq, true;
      if (c == K::ShlEq) return *rest = K::Le, true;
      return false;
    case K::And:
      if (c == K::AndAnd) return *rest = K::And, true;
      if (c == K::AndEq) return *rest = K::Eq, true;
      return false;
    case K::Or:
      if (c == K::OrOr) return *rest = K::Or, true;
      if (c == K::OrEq) return *rest = K::Eq, true;
      return false;
    case K::Plus:
      if (c == K::PlusEq) return *rest = K::Eq, true;
      return false;
    default:
      return false;
  }
}

}  // namespace

Parser::Parser(const SourceBuffer& src, const TokenBuffer& tokens, FileId file_id, Tree& out, DiagSink& diags,
               Scratch& scratch)
    : src_(src),
      tokens_(tokens),
      file_id_(file_id),
      edition_(src.edition(file_id)),
      out_(out),
      diags_(diags),
      sc_(scratch) {
  InitTokens(tokens.file_begin(file_id).index, tokens.file_end(file_id).index);
}

Parser::Parser(const SourceBuffer& src, const TokenBuffer& tokens, FileId file_id, TokenId begin, TokenId end,
               Tree& out, DiagSink& diags, Scratch& scratch)
    : src_(src), tokens_(tokens), file_id_(file_id), edition_(src.edition(file_id)), out_(out), diags_(diags),
      sc_(scratch) {
  InitTokens(begin.index, end.index);
  // The synthetic Eof stands on the closing delimiter, so "found `)`" names the right token.
  ids_[ntok_ - 1] = end.index;
}

void Parser::InitTokens(uint32_t b, uint32_t e) {
  const TokenBuffer& tokens = tokens_;
  uint32_t need = e - b + 2;
  if (sc_.token_cap < need) {
    sc_.token_cap = need + need / 2;
    sc_.ids.reset(new uint32_t[sc_.token_cap]);
    sc_.kinds.reset(new TokenKind[sc_.token_cap]);
  }
  if (sc_.node_cap < 1024) {
    sc_.node_cap = 1024;
    sc_.kind.reset(new NodeKind[sc_.node_cap]);
    sc_.token.reset(new TokenId[sc_.node_cap]);
    sc_.size.reset(new uint32_t[sc_.node_cap]);
  }
  ids_ = sc_.ids.get();
  kinds_ = sc_.kinds.get();
  const TokenKind* in = tokens.kind.data();
  uint32_t n = 0;
  bool ed2015 = edition_ == Edition::k2015;
  for (uint32_t i = b; i < e; ++i) {
    TokenKind k = in[i];
    // Unknown tokens were reported by the lexer; rustc's parser never sees them either.
    if (IsTrivia(k) || k == TokenKind::Unknown) continue;
    if (ed2015 && (k == TokenKind::KwAsync || k == TokenKind::KwAwait || k == TokenKind::KwDyn || k == TokenKind::KwTry))
      k = TokenKind::Ident;
    ids_[n] = i;
    kinds_[n] = k;
    ++n;
    if (k == TokenKind::Eof) break;
  }
  if (n == 0 || kinds_[n - 1] != TokenKind::Eof) {
    // A file's token range always ends with Eof; keep the invariant even for odd inputs (and for a
    // macro's sub-range, whose "Eof" stands on its closing delimiter).
    ids_[n] = e ? e - 1 : 0;
    kinds_[n] = TokenKind::Eof;
    ++n;
  }
  ntok_ = n;
}

void Parser::GrowNodes() {
  uint32_t cap = sc_.node_cap * 2;
  auto kind = std::make_unique<NodeKind[]>(cap);
  auto token = std::make_unique<TokenId[]>(cap);
  auto size = std::make_unique<uint32_t[]>(cap);
  std::copy(sc_.kind.get(), sc_.kind.get() + n_, kind.get());
  std::copy(sc_.token.get(), sc_.token.get() + n_, token.get());
  std::copy(sc_.size.get(), sc_.size.get() + n_, size.get());
  sc_.kind = std::move(kind);
  sc_.token = std::move(token);
  sc_.size = std::move(size);
  sc_.node_cap = cap;
}

auto Parser::AtSplit(TokenKind k) const -> bool {
  TokenKind rest;
  return Kind() == k || SplitRest(Kind(), k, &rest);
}

void Parser::Bump() {
  if (pos_ + 1 < ntok_) ++pos_;
}

auto Parser::Eat(TokenKind k) -> bool {
  TokenKind c = Kind();
  if (c == k) {
    Bump();
    return true;
  }
  TokenKind rest;
  if (SplitRest(c, k, &rest)) {
    kinds_[pos_] = rest;
    return true;
  }
  return false;
}

auto Parser::Expect(TokenKind k) -> bool {
  if (Eat(k)) return true;
  ErrorExpected({TokenKindText(k)});
  return false;
}

void Parser::ExpectClose(TokenKind close) {
  if (Eat(close)) return;
  ErrorExpected({TokenKindText(close)});
  SkipToGroupEnd();
  Eat(close);
}

void Parser::SkipTokenTree() {
  if (!IsOpenDelim(Kind())) {
    Bump();
    return;
  }
  uint32_t depth = 0;
  do {
    TokenKind k = Kind();
    if (k == TokenKind::Eof) return;
    if (IsOpenDelim(k)) ++depth;
    else if (IsCloseDelim(k)) --depth;
    Bump();
  } while (depth > 0);
}

void Parser::SkipUntil(std::initializer_list<TokenKind> stops) {
  uint32_t depth = 0;
  for (;;) {
    TokenKind k = Kind();
    if (k == TokenKind::Eof) return;
    if (depth == 0) {
      for (TokenKind s : stops)
        if (k == s) return;
      if (IsCloseDelim(k)) return;
    }
    if (IsOpenDelim(k)) ++depth;
    else if (IsCloseDelim(k)) --depth;
    Bump();
  }
}

void Parser::SkipToGroupEnd() { SkipUntil({}); }

// --- diagnostics ---

auto Parser::Found(uint32_t n) const -> std::string {
  TokenKind k = Kind(n);
  TokenId t = Tok(n);
  if (k == TokenKind::Eof) return "`<eof>`";
  // A split compound token: name the part that is left.
  std::string text = k == tokens_.kind[t.index] ? std::string(Text(n)) : std::string(TokenKindText(k));
  if (IsReservedKeyword(k)) return "reserved keyword `" + text + "`";
  if (IsKeyword(k)) return "keyword `" + text + "`";
  if (IsDocComment(k)) return "doc comment `" + text + "`";
  return "`" + text + "`";
}

auto Parser::Error(DiagKind kind, std::string msg, std::string label) -> Diagnostic* {
  if (quiet_ || pos_ == last_error_pos_) return nullptr;
  last_error_pos_ = pos_;
  TokenId t = Tok();
  uint32_t lo = tokens_.start[t.index], hi = tokens_.end(t);
  Diagnostic& d = diags_.Emit(kind, lo, hi, std::move(msg));
  d.label = std::move(label);
  return &d;
}

void Parser::ErrorExpected(std::initializer_list<std::string_view> what) {
  ErrorExpectedList(std::vector<std::string_view>(what));
}

void Parser::ErrorExpectedList(const std::vector<std::string_view>& what) {
  std::string list;
  size_t n = what.size(), i = 0;
  for (std::string_view w : what) {
    if (i > 0) list += n == 2 ? " or " : (i + 1 == n ? ", or " : ", ");
    list += "`";
    list += w;
    list += "`";
    ++i;
  }
  std::string msg = (n == 1 ? "expected " : "expected one of ") + list + ", found " + Found();
  std::string label = (n == 1 ? "expected " : "expected one of ") + list;
  // DIAG: ExpectedToken
  Error(DiagKind::ExpectedToken, std::move(msg), std::move(label));
}

void Parser::ErrorExpectedWhat(DiagKind kind, std::string_view what) {
  std::string label = "expected ";
  label += what;
  Error(kind, label + ", found " + Found(), label);
}

void Parser::TooDeep() {
  if (!too_deep_reported_) {
    too_deep_reported_ = true;
    TokenId t = Tok();
    // DIAG: NestingTooDeep
    diags_.Emit(DiagKind::NestingTooDeep, tokens_.start[t.index], tokens_.end(t),
                "nesting too deep: more than " + std::to_string(kMaxDepth) + " levels")
        .label = "the parser gives up on this part of the file here";
  }
  uint32_t mark = Mark();
  TokenId t = Tok();
  SkipUntil({TokenKind::Semi});
  Finish(NodeKind::Error, mark, t);
}

// --- file ---

void Parser::ParseFile() {
  // Delimiter balance first, as rustc's token-tree pass does.
  std::vector<uint32_t>& stack = sc_.delim_stack;
  stack.clear();
  bool bad = false;
  // Open delimiters on the stack per closer kind, so a mismatch knows in O(1) whether a matching
  // opener lies deeper (a linear search here made many mismatches quadratic).
  uint32_t open_count[3] = {0, 0, 0};
  auto slot = [](TokenKind close) { return close == TokenKind::RBrace ? 0 : close == TokenKind::RBracket ? 1 : 2; };
  auto pop = [&] {
    --open_count[slot(CloserOf(kinds_[stack.back()]))];
    stack.pop_back();
  };
  for (uint32_t i = 0; i < ntok_; ++i) {
    TokenKind k = kinds_[i];
    if (k < TokenKind::LBrace) continue;
    if (IsOpenDelim(k)) {
      stack.push_back(i);
      ++open_count[slot(CloserOf(k))];
    } else if (IsCloseDelim(k)) {
      TokenId t(ids_[i]);
      if (!stack.empty() && CloserOf(kinds_[stack.back()]) == k) {
        pop();
        continue;
      }
      bad = true;
      bool deeper = open_count[slot(k)] > 0;
      if (!stack.empty()) {
        TokenId open(ids_[stack.back()]);
        // DIAG: MismatchedCloseDelim
        Diagnostic& d = diags_.Emit(DiagKind::MismatchedCloseDelim, tokens_.start[t.index], tokens_.end(t),
                                    "mismatched closing delimiter: `" + std::string(TokenKindText(k)) + "`");
        d.label = "mismatched closing delimiter";
        d.children.push_back(SubDiag{Level::Note, "unclosed delimiter", true, tokens_.start[open.index],
                                     tokens_.end(open)});
        if (deeper) {
          while (CloserOf(kinds_[stack.back()]) != k) pop();
        }
        pop();
      } else {
        // DIAG: UnexpectedCloseDelim
        diags_.Emit(DiagKind::UnexpectedCloseDelim, tokens_.start[t.index], tokens_.end(t),
                    "unexpected closing delimiter: `" + std::string(TokenKindText(k)) + "`")
            .label = "unexpected closing delimiter";
      }
    }
  }
  if (!stack.empty()) {
    bad = true;
    uint32_t end = src_.file_end(file_id_);
    // DIAG: UnclosedDelim
    Diagnostic& d = diags_.Emit(DiagKind::UnclosedDelim, end, end, "this file contains an unclosed delimiter");
    // A few notes are enough; thousands of unclosed delimiters must not print thousands of snippets.
    for (size_t i = 0; i < stack.size() && i < 3; ++i) {
      TokenId open(ids_[stack[i]]);
      d.children.push_back(
          SubDiag{Level::Note, "unclosed delimiter", true, tokens_.start[open.index], tokens_.end(open)});
    }
  }
  quiet_ = bad;

  uint32_t mark = Mark();
  ParseInnerAttrs();
  ParseItems(ItemCtx::Module, /*top_level=*/true);
  Finish(NodeKind::SourceFile, mark, TokenId::Invalid());
  out_.kind.insert(out_.kind.end(), sc_.kind.get(), sc_.kind.get() + n_);
  out_.token.insert(out_.token.end(), sc_.token.get(), sc_.token.get() + n_);
  out_.subtree_size.insert(out_.subtree_size.end(), sc_.size.get(), sc_.size.get() + n_);
}

void Parser::ParseMacroArgs() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  while (!At(TokenKind::Eof)) {
    uint32_t before = pos_;
    uint32_t elem = Mark();
    ParseExpr();
    if (At(TokenKind::Semi)) {
      TokenId semi = Tok();
      Bump();
      ParseExpr();
      Finish(NodeKind::ArrayRepeatExpr, elem, semi);
    }
    if (!Eat(TokenKind::Comma) && !At(TokenKind::Eof)) {
      ErrorExpected({",", ")"});
      break;
    }
    if (pos_ == before) break;
  }
  Finish(NodeKind::ArgList, mark, tok);
  out_.kind.insert(out_.kind.end(), sc_.kind.get(), sc_.kind.get() + n_);
  out_.token.insert(out_.token.end(), sc_.token.get(), sc_.token.get() + n_);
  out_.subtree_size.insert(out_.subtree_size.end(), sc_.size.get(), sc_.size.get() + n_);
}

}  // namespace rustg::parse_cpu

namespace rustg {

auto ParseMacroArgs(const SourceBuffer& src, const TokenBuffer& tokens, TokenId open, TokenId close, DiagSink& diags)
    -> Tree {
  parse_cpu::Scratch scratch;
  Tree out;
  FileId f = src.FileOf(tokens.start[open.index]);
  parse_cpu::Parser p(src, tokens, f, TokenId(open.index + 1), close, out, diags, scratch);
  p.ParseMacroArgs();
  return out;
}

auto Parse(const SourceBuffer& src, const TokenBuffer& tokens, const PassOptions& opts, DiagSink& diags,
           Timings* timings) -> Tree {
  uint32_t n = src.file_count();
  bool spans = timings != nullptr && timings->enabled();
  auto parse_one = [&](uint32_t i, Tree& into, DiagSink& sink) {
    thread_local parse_cpu::Scratch scratch;
    FileId f(i);
    std::unique_ptr<ScopedSpan> span;
    if (spans) span = std::make_unique<ScopedSpan>(timings, "parse", "file", src.path(f));
    parse_cpu::Parser p(src, tokens, f, into, sink, scratch);
    p.ParseFile();
  };
  Tree out;
  out.file_first_node.reserve(n + 1);
  if (n <= 1 || opts.threads == 1) {
    // One thread: parse straight into the output, files in order.
    ReserveHuge(out.kind, tokens.size());
    ReserveHuge(out.token, tokens.size());
    ReserveHuge(out.subtree_size, tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      DiagSink sink;
      parse_one(i, out, sink);
      out.file_first_node.push_back(out.size());
      diags.Append(std::move(sink));
    }
    return out;
  }
  std::vector<Tree> trees(n);
  std::unique_ptr<DiagSink[]> sinks(new DiagSink[n]);
  auto run = [&] {
    tbb::parallel_for(uint32_t(0), n, [&](uint32_t i) { parse_one(i, trees[i], sinks[i]); });
  };
  if (opts.threads != 0) {
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(run);
  } else {
    run();
  }
  // Place each file's nodes by a prefix sum of the node counts and copy them in parallel.
  out.file_first_node.resize(n + 1);
  for (uint32_t i = 0; i < n; ++i) out.file_first_node[i + 1] = out.file_first_node[i] + trees[i].size();
  uint32_t total = out.file_first_node[n];
  ReserveHuge(out.kind, total);
  ReserveHuge(out.token, total);
  ReserveHuge(out.subtree_size, total);
  out.kind.resize(total);
  out.token.resize(total);
  out.subtree_size.resize(total);
  auto copy = [&] {
    tbb::parallel_for(uint32_t(0), n, [&](uint32_t i) {
      Tree& t = trees[i];
      uint32_t at = out.file_first_node[i];
      std::copy(t.kind.begin(), t.kind.end(), out.kind.begin() + at);
      std::copy(t.token.begin(), t.token.end(), out.token.begin() + at);
      std::copy(t.subtree_size.begin(), t.subtree_size.end(), out.subtree_size.begin() + at);
      t = Tree();
    });
  };
  if (opts.threads != 0) {
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(copy);
  } else {
    copy();
  }
  for (uint32_t i = 0; i < n; ++i) diags.Append(std::move(sinks[i]));
  return out;
}

}  // namespace rustg
