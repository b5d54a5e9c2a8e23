// Parser core: token cursor with compound-token splitting, node emission, diagnostics, recovery,
// the delimiter pre-check, and the parallel Parse entry point.
#include "parse/cpu/parser.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <memory>

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

Parser::Parser(const SourceBuffer& src, const TokenBuffer& tokens, FileId file_id, Tree& out, DiagSink& diags)
    : src_(src), tokens_(tokens), file_id_(file_id), edition_(src.edition(file_id)), out_(out), diags_(diags) {
  uint32_t b = tokens.file_begin(file_id).index, e = tokens.file_end(file_id).index;
  ids_.reserve(e - b + 1);
  kinds_.reserve(e - b + 1);
  for (uint32_t i = b; i < e; ++i) {
    TokenKind k = tokens.kind[i];
    // Unknown tokens were reported by the lexer; rustc's parser never sees them either.
    if (IsTrivia(k) || k == TokenKind::Unknown) continue;
    if (edition_ == Edition::k2015 &&
        (k == TokenKind::KwAsync || k == TokenKind::KwAwait || k == TokenKind::KwDyn || k == TokenKind::KwTry)) {
      k = TokenKind::Ident;
    }
    ids_.push_back(i);
    kinds_.push_back(k);
    if (k == TokenKind::Eof) break;
  }
  if (kinds_.empty() || kinds_.back() != TokenKind::Eof) {
    // A file's token range always ends with Eof; keep the invariant even for odd inputs.
    ids_.push_back(e ? e - 1 : 0);
    kinds_.push_back(TokenKind::Eof);
  }
  out_.kind.reserve(out_.size() + kinds_.size() + 16);
  out_.token.reserve(out_.size() + kinds_.size() + 16);
  out_.subtree_size.reserve(out_.size() + kinds_.size() + 16);
}

auto Parser::AtSplit(TokenKind k) const -> bool {
  TokenKind rest;
  return Kind() == k || SplitRest(Kind(), k, &rest);
}

void Parser::Bump() {
  if (pos_ + 1 < kinds_.size()) ++pos_;
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
  std::vector<uint32_t> stack;
  bool bad = false;
  for (uint32_t i = 0; i < kinds_.size(); ++i) {
    TokenKind k = kinds_[i];
    if (IsOpenDelim(k)) {
      stack.push_back(i);
    } else if (IsCloseDelim(k)) {
      TokenId t(ids_[i]);
      if (!stack.empty() && CloserOf(kinds_[stack.back()]) == k) {
        stack.pop_back();
        continue;
      }
      bad = true;
      bool deeper = false;
      for (uint32_t s : stack)
        if (CloserOf(kinds_[s]) == k) deeper = true;
      if (!stack.empty()) {
        TokenId open(ids_[stack.back()]);
        // DIAG: MismatchedCloseDelim
        Diagnostic& d = diags_.Emit(DiagKind::MismatchedCloseDelim, tokens_.start[t.index], tokens_.end(t),
                                    "mismatched closing delimiter: `" + std::string(TokenKindText(k)) + "`");
        d.label = "mismatched closing delimiter";
        d.children.push_back(SubDiag{Level::Note, "unclosed delimiter", true, tokens_.start[open.index],
                                     tokens_.end(open)});
        if (deeper) {
          while (CloserOf(kinds_[stack.back()]) != k) stack.pop_back();
        }
        stack.pop_back();
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
    for (uint32_t s : stack) {
      TokenId open(ids_[s]);
      d.children.push_back(
          SubDiag{Level::Note, "unclosed delimiter", true, tokens_.start[open.index], tokens_.end(open)});
    }
  }
  quiet_ = bad;

  uint32_t mark = Mark();
  ParseInnerAttrs();
  ParseItems(ItemCtx::Module, /*top_level=*/true);
  Finish(NodeKind::SourceFile, mark, TokenId::Invalid());
}

}  // namespace rustg::parse_cpu

namespace rustg {

auto Parse(const SourceBuffer& src, const TokenBuffer& tokens, const PassOptions& opts, DiagSink& diags,
           Timings* timings) -> Tree {
  uint32_t n = src.file_count();
  std::vector<Tree> trees(n);
  std::unique_ptr<DiagSink[]> sinks(new DiagSink[n]);
  auto body = [&](uint32_t i) {
    FileId f(i);
    std::unique_ptr<ScopedSpan> span;
    if (timings != nullptr && timings->enabled()) span = std::make_unique<ScopedSpan>(timings, "parse", "file", src.path(f));
    trees[i].file_first_node.clear();
    parse_cpu::Parser p(src, tokens, f, trees[i], sinks[i]);
    p.ParseFile();
  };
  auto run = [&] {
    tbb::parallel_for(uint32_t(0), n, [&](uint32_t i) { body(i); });
  };
  if (n <= 1) {
    for (uint32_t i = 0; i < n; ++i) body(i);
  } else if (opts.threads != 0) {
    tbb::task_arena arena(static_cast<int>(opts.threads));
    arena.execute(run);
  } else {
    run();
  }

  Tree out;
  uint64_t total = 0;
  for (const Tree& t : trees) total += t.size();
  out.kind.reserve(total);
  out.token.reserve(total);
  out.subtree_size.reserve(total);
  out.file_first_node.reserve(n + 1);
  for (uint32_t i = 0; i < n; ++i) {
    Tree& t = trees[i];
    out.kind.insert(out.kind.end(), t.kind.begin(), t.kind.end());
    out.token.insert(out.token.end(), t.token.begin(), t.token.end());
    out.subtree_size.insert(out.subtree_size.end(), t.subtree_size.begin(), t.subtree_size.end());
    out.file_first_node.push_back(out.size());
    diags.Append(std::move(sinks[i]));
  }
  return out;
}

}  // namespace rustg
