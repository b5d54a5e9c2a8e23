// Conditional compilation: `#[cfg(pred)]` on any attributed node (items, statements, fields,
// variants, match arms, expressions), `#[cfg_attr(pred, attrs)]` and `cfg!(pred)`, evaluated against
// rustc's cfg set for x86_64-unknown-linux-gnu.
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "expand/expand.h"
#include "expand/token_edit.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {
namespace {

// Nesting of all/any/not past which a predicate is reported instead of evaluated.
constexpr uint32_t kMaxCfgDepth = 64;

// Evaluates a cfg predicate over tokens [p, end) of the stream (trivia skipped).
class CfgEval {
 public:
  CfgEval(const SourceBuffer& src, const TokenBuffer& tokens, const TokenNav& nav, bool debug_assertions)
      : src_(src), tokens_(tokens), nav_(nav), debug_assertions_(debug_assertions) {}

  // The value of the single predicate filling [p, end); false with `ok` cleared when malformed.
  auto EvalAll(uint32_t p, uint32_t end, bool* ok) -> bool {
    p = Skip(p, end);
    bool v = Eval(p, end, 0, ok);
    p = Skip(p, end);
    if (p < end && tokens_.kind[p] == TokenKind::Comma) p = Skip(p + 1, end);
    if (p != end) *ok = false;
    return v;
  }

  // Evaluates one predicate at p (advanced past it).
  auto Eval(uint32_t& p, uint32_t end, uint32_t depth, bool* ok) -> bool {
    p = Skip(p, end);
    if (p >= end || depth > kMaxCfgDepth) return *ok = false;
    TokenKind k = tokens_.kind[p];
    if (k == TokenKind::KwTrue || k == TokenKind::KwFalse) {
      ++p;
      return k == TokenKind::KwTrue;
    }
    if (k != TokenKind::Ident && k != TokenKind::RawIdent) return *ok = false;
    std::string name(tokens_.text(src_, TokenId(p)));
    p = Skip(p + 1, end);
    if (p < end && tokens_.kind[p] == TokenKind::LParen) {
      uint32_t close = nav_.partner[p];
      std::vector<bool> vals;
      uint32_t q = Skip(p + 1, close);
      while (q < close) {
        vals.push_back(Eval(q, close, depth + 1, ok));
        q = Skip(q, close);
        if (q < close && tokens_.kind[q] == TokenKind::Comma) q = Skip(q + 1, close);
        else if (q < close) return *ok = false;
      }
      p = close + 1;
      if (name == "all") {
        for (bool v : vals) if (!v) return false;
        return true;
      }
      if (name == "any") {
        for (bool v : vals) if (v) return true;
        return false;
      }
      if (name == "not" && vals.size() == 1) return !vals[0];
      return *ok = false;
    }
    if (p < end && tokens_.kind[p] == TokenKind::Eq) {
      p = Skip(p + 1, end);
      if (p >= end || tokens_.kind[p] != TokenKind::StrLit) return *ok = false;
      std::string_view lit = tokens_.text(src_, TokenId(p));
      std::string value(lit.substr(1, lit.size() - 2));
      ++p;
      return HasValue(name, value);
    }
    return HasName(name);
  }

 private:
  auto Skip(uint32_t p, uint32_t end) const -> uint32_t {
    while (p < end && nav_.Trivia(p)) ++p;
    return p;
  }
  auto HasName(const std::string& n) const -> bool {
    return n == "unix" || (n == "debug_assertions" && debug_assertions_);
  }
  static auto HasValue(const std::string& n, const std::string& v) -> bool {
    static const std::pair<std::string_view, std::string_view> kSet[] = {
        {"panic", "unwind"},        {"target_abi", ""},          {"target_arch", "x86_64"},
        {"target_endian", "little"}, {"target_env", "gnu"},       {"target_family", "unix"},
        {"target_feature", "fxsr"}, {"target_feature", "sse"},   {"target_feature", "sse2"},
        {"target_has_atomic", "8"}, {"target_has_atomic", "16"}, {"target_has_atomic", "32"},
        {"target_has_atomic", "64"}, {"target_has_atomic", "ptr"}, {"target_os", "linux"},
        {"target_pointer_width", "64"}, {"target_vendor", "unknown"},
    };
    for (const auto& [name, value] : kSet) {
      if (name == n && value == v) return true;
    }
    return false;
  }

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const TokenNav& nav_;
  bool debug_assertions_;
};

}  // namespace

auto CfgEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& parsed, const TokenNav& nav,
              bool debug_assertions, EditSet& set, DiagSink& diags) -> bool {
  CfgEval eval(src, tokens, nav, debug_assertions);
  // Attributes inside built-in macros' arguments (`vec![1, #[cfg(x)] 2]`) are nodes only once
  // those arguments are parsed; their parse errors are reported later, by the real expansion.
  DiagSink scratch;
  Tree tree = Expand(src, tokens, parsed, scratch);
  size_t before = set.edits.size();
  auto report = [&](uint32_t lo, uint32_t hi, std::string_view what) {
    // DIAG: MalformedCfg
    diags.Emit(DiagKind::MalformedCfg, tokens.start[lo], tokens.end(TokenId(hi)),
               fmt::format("malformed `{}` attribute input", what));
  };
  std::vector<uint32_t> parent(tree.size(), UINT32_MAX);
  for (uint32_t j = 0; j < tree.size(); ++j) {
    for (NodeId c : Children(tree, NodeId(j))) parent[c.index] = j;
  }
  NodeId root = tree.root(FileId(0));
  for (uint32_t i = root.index + 1 - tree.subtree_size[root.index]; i < root.index; ++i) {
    bool inner = tree.kind[i] == NodeKind::InnerAttr;
    if (tree.kind[i] != NodeKind::OuterAttr && !inner) continue;
    std::vector<NodeId> ac = Children(tree, NodeId(i));
    if (ac.size() != 2 || tree.kind[ac[0].index] != NodeKind::Path || tree.kind[ac[1].index] != NodeKind::TokenTree)
      continue;
    std::vector<NodeId> segs = Children(tree, ac[0]);
    if (segs.size() != 1) continue;
    std::string_view name = tokens.text(src, tree.token[segs[0].index]);
    if (name != "cfg" && name != "cfg_attr") continue;
    uint32_t open = tree.token[ac[1].index].index, close = nav.partner[open];
    uint32_t alo, ahi;
    nav.AttrRange(tree, i, &alo, &ahi);
    if (name == "cfg") {
      bool ok = true;
      bool v = eval.EvalAll(open + 1, close, &ok);
      if (!ok) {
        report(alo, ahi, "cfg");
        continue;
      }
      if (v) {
        set.edits.push_back({alo, ahi + 1, {}});
        continue;
      }
      uint32_t owner = parent[i];
      if (owner == UINT32_MAX) continue;
      uint32_t lo, hi;
      nav.NodeRange(tree, owner, &lo, &hi);
      TokenKind after = tokens.kind[nav.Next(hi)];
      if (after == TokenKind::Semi || after == TokenKind::Comma) hi = nav.Next(hi);
      set.edits.push_back({lo, hi + 1, {}});
      continue;
    }
    // cfg_attr(pred, attr, ...): the predicate ends at the first comma outside delimiters.
    uint32_t comma = open + 1;
    while (comma < close && tokens.kind[comma] != TokenKind::Comma) comma = nav.partner[comma] + 1;
    bool ok = comma < close;
    bool v = ok ? eval.EvalAll(open + 1, comma, &ok) : false;
    if (!ok) {
      report(alo, ahi, "cfg_attr");
      continue;
    }
    Edit ed{alo, ahi + 1, {}};
    if (v) {
      for (uint32_t a = comma + 1; a < close;) {
        uint32_t e = a;
        while (e < close && tokens.kind[e] != TokenKind::Comma) e = nav.partner[e] + 1;
        bool any = false;
        for (uint32_t t = a; t < e; ++t) any |= !nav.Trivia(t);
        if (any) {
          ed.with.push_back(set.Synth(TokenKind::Pound, "#"));
          if (inner) ed.with.push_back(set.Synth(TokenKind::Not, "!"));
          ed.with.push_back(set.Synth(TokenKind::LBracket, "["));
          for (uint32_t t = a; t < e; ++t) {
            if (!nav.Trivia(t)) ed.with.push_back(set.Tok(t));
          }
          ed.with.push_back(set.Synth(TokenKind::RBracket, "]"));
        }
        a = e + 1;
      }
    }
    set.edits.push_back(std::move(ed));
  }
  // `cfg!(pred)` anywhere (also inside other macros' arguments): `true` or `false`.
  for (uint32_t t = 0; t + 2 < tokens.size(); ++t) {
    if (tokens.kind[t] != TokenKind::Ident || tokens.text(src, TokenId(t)) != "cfg") continue;
    uint32_t bang = nav.Next(t);
    if (tokens.kind[bang] != TokenKind::Not) continue;
    uint32_t open = nav.Next(bang);
    if (tokens.kind[open] != TokenKind::LParen) continue;
    uint32_t close = nav.partner[open];
    bool ok = true;
    bool v = eval.EvalAll(open + 1, close, &ok);
    if (!ok) {
      report(t, close, "cfg!");
      continue;
    }
    set.edits.push_back({t, close + 1, {v ? set.Synth(TokenKind::KwTrue, "true") : set.Synth(TokenKind::KwFalse, "false")}});
  }
  return set.edits.size() != before;
}

}  // namespace rustg
