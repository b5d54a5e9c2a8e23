// `macro_rules!`: definitions are read from the tree (rules of matcher and transcriber token trees);
// each invocation is matched against the rules in order (fragment specifiers, repetitions with
// separators, nesting) and replaced by the transcription, made of copies of the definition's and the
// invocation's tokens. Expression- and pattern-position expansions are parenthesized, as rustc keeps
// them one node; a multi-token `$e:expr` is parenthesized for the same reason.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "expand/expand.h"
#include "expand/token_edit.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {

// Tokens the crate may grow to through macro expansion before the recursion limit is reported.
constexpr size_t kMaxExpandedTokens = size_t{1} << 22;

namespace {

// Nesting of matcher groups and repetitions past which a definition is reported.
constexpr uint32_t kMaxMatcherDepth = 64;

// The fragment specifiers of macro_rules! matchers.
enum class Frag : uint8_t { Expr, Ident, Ty, Tt, Pat, PatParam, Literal, Block, Stmt, Path, Item, Lifetime, Vis, Meta };

auto FragOf(std::string_view s, Frag* f) -> bool {
  static const std::pair<std::string_view, Frag> kTable[] = {
      {"expr", Frag::Expr},       {"expr_2021", Frag::Expr}, {"ident", Frag::Ident}, {"ty", Frag::Ty},
      {"tt", Frag::Tt},           {"pat", Frag::Pat},        {"pat_param", Frag::PatParam},
      {"literal", Frag::Literal}, {"block", Frag::Block},    {"stmt", Frag::Stmt},   {"path", Frag::Path},
      {"item", Frag::Item},       {"lifetime", Frag::Lifetime}, {"vis", Frag::Vis},  {"meta", Frag::Meta},
  };
  for (const auto& [name, frag] : kTable) {
    if (name == s) return *f = frag, true;
  }
  return false;
}

// One element of a matcher.
struct MElem {
  enum Kind : uint8_t { Token, Var, Group, Rep } kind;
  uint32_t tok = 0;            // Token: the token; Var: the name token; Group: the open delimiter
  Frag frag = Frag::Tt;        // Var
  std::string name;            // Var
  std::vector<MElem> sub;      // Group, Rep
  int64_t sep = -1;            // Rep: the separator token, or -1
  TokenKind op = TokenKind::Star;  // Rep: Star, Plus or Question
};

// One rule: its matcher and the transcriber's token range (inside its delimiters).
struct Rule {
  std::vector<MElem> matcher;
  uint32_t body_lo, body_hi;
};

// A definition.
struct MacroDef {
  uint32_t name_tok;
  uint32_t lo, hi;  // the definition's token range (for notes)
  std::vector<Rule> rules;
};

// What a matcher variable matched: a token range of the invocation, or one entry per repetition.
struct Bind {
  bool rep = false;
  Frag frag = Frag::Tt;
  uint32_t lo = 0, hi = 0;  // positions into Expander::in_
  std::vector<Bind> reps;
};

using Env = std::unordered_map<std::string, const Bind*>;

// The `macro_rules` token of a definition whose name is token `name` (`macro_rules ! name`); the
// tree records only the name.
auto MacroRulesKeyword(const TokenNav& nav, uint32_t name) -> uint32_t {
  uint32_t t = name, seen = 0;
  while (t > 0 && seen < 2) {
    --t;
    if (!nav.Trivia(t)) ++seen;
  }
  return t;
}

auto IsWordKind(TokenKind k) -> bool {
  return k == TokenKind::Ident || k == TokenKind::RawIdent || (k >= TokenKind::KwAs && k <= TokenKind::KwTry);
}

auto IsLiteralKind(TokenKind k) -> bool {
  return (k >= TokenKind::IntLit && k <= TokenKind::RawCStrLit) || k == TokenKind::KwTrue || k == TokenKind::KwFalse;
}

class Expander {
 public:
  Expander(const SourceBuffer& src, const TokenBuffer& tokens, const TokenNav& nav, EditSet& set, DiagSink& diags)
      : src_(src), tokens_(tokens), nav_(nav), set_(set), diags_(diags),
        edition_(src.edition(FileId(0))) {}

  // Reads the rules of a MacroRules node; false (reported) when malformed.
  auto ReadDef(const Tree& tree, uint32_t node, MacroDef* def) -> bool {
    NodeId tt = ChildOfKind(tree, NodeId(node), NodeKind::TokenTree);
    NodeId name = ChildOfKind(tree, NodeId(node), NodeKind::Name);
    if (!tt.is_valid() || !name.is_valid()) return false;
    def->name_tok = tree.token[name.index].index;
    nav_.NodeRange(tree, node, &def->lo, &def->hi);
    def->lo = std::min(def->lo, MacroRulesKeyword(nav_, def->name_tok));
    uint32_t open = tree.token[tt.index].index, close = nav_.partner[open];
    for (uint32_t p = Skip(open + 1); p < close;) {
      uint32_t m_open = p;
      if (!IsOpen(m_open)) return Bad(p, "expected macro matcher");
      uint32_t arrow = Skip(nav_.partner[m_open] + 1);
      if (arrow >= close || tokens_.kind[arrow] != TokenKind::FatArrow) return Bad(arrow, "expected `=>`");
      uint32_t b_open = Skip(arrow + 1);
      if (b_open >= close || !IsOpen(b_open)) return Bad(b_open, "expected macro transcriber");
      Rule r;
      bool ok = true;
      ParseMatcher(m_open + 1, nav_.partner[m_open], 0, r.matcher, &ok);
      if (!ok) return false;
      r.body_lo = b_open + 1;
      r.body_hi = nav_.partner[b_open];
      def->rules.push_back(std::move(r));
      p = Skip(nav_.partner[b_open] + 1);
      if (p < close && tokens_.kind[p] == TokenKind::Semi) p = Skip(p + 1);
    }
    return true;
  }

  // Expands the call whose arguments are the tokens strictly between open and its partner; the
  // result goes to `out`. False (reported) when no rule matches.
  auto Expand(const MacroDef& def, std::string_view name, uint32_t name_tok, uint32_t open,
              std::vector<OutTok>* out) -> bool {
    in_.clear();
    uint32_t close = nav_.partner[open];
    for (uint32_t t = open + 1; t < close; ++t) {
      if (!nav_.Trivia(t)) in_.push_back(t);
    }
    pair_.assign(in_.size(), 0);
    std::vector<uint32_t> stack;
    for (uint32_t i = 0; i < in_.size(); ++i) {
      pair_[i] = i;
      if (IsOpen(in_[i])) stack.push_back(i);
      if (IsClose(in_[i]) && !stack.empty()) {
        pair_[i] = stack.back();
        pair_[stack.back()] = i;
        stack.pop_back();
      }
    }
    uint32_t furthest = 0;
    for (const Rule& r : def.rules) {
      std::unordered_map<std::string, Bind> binds;
      uint32_t p = 0;
      uint32_t fail = 0;
      if (MatchSeq(r.matcher, 0, static_cast<uint32_t>(in_.size()), &p, binds, &fail) && p == in_.size()) {
        Env env;
        for (auto& [k, v] : binds) env[k] = &v;
        bool ok = true;
        Transcribe(r.body_lo, r.body_hi, env, 0, out, &ok);
        if (ok) Hygiene(def, out);
        return ok;
      }
      furthest = std::max(furthest, std::max(fail, p));
    }
    if (furthest >= in_.size()) {
      // DIAG: MacroNoRules
      Diagnostic& d = diags_.Emit(DiagKind::MacroNoRules, tokens_.start[close], tokens_.end(TokenId(close)),
                                  "unexpected end of macro invocation");
      d.label = "missing tokens in macro arguments";
      (void)name_tok;
    } else {
      uint32_t t = in_[furthest];
      // DIAG: MacroNoRules
      Diagnostic& d = diags_.Emit(DiagKind::MacroNoRules, tokens_.start[t], tokens_.end(TokenId(t)),
                                  fmt::format("no rules expected `{}`", tokens_.text(src_, TokenId(t))));
      d.label = "no rules expected this token in macro call";
    }
    (void)name;
    return false;
  }

 private:
  auto Skip(uint32_t p) const -> uint32_t {
    while (p < tokens_.size() && nav_.Trivia(p)) ++p;
    return p;
  }
  auto IsOpen(uint32_t t) const -> bool {
    TokenKind k = tokens_.kind[t];
    return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace;
  }
  auto IsClose(uint32_t t) const -> bool {
    TokenKind k = tokens_.kind[t];
    return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace;
  }
  auto Bad(uint32_t t, std::string_view what) -> bool {
    t = std::min<uint32_t>(t, tokens_.size() - 1);
    // DIAG: MacroBadDef
    diags_.Emit(DiagKind::MacroBadDef, tokens_.start[t], tokens_.end(TokenId(t)), std::string(what));
    return false;
  }
  auto Text(uint32_t t) const -> std::string_view { return tokens_.text(src_, TokenId(t)); }

  void ParseMatcher(uint32_t lo, uint32_t hi, uint32_t depth, std::vector<MElem>& out, bool* ok) {
    if (depth > kMaxMatcherDepth) {
      *ok = Bad(lo, "macro matcher nested too deeply");
      return;
    }
    for (uint32_t p = Skip(lo); p < hi && *ok; p = Skip(p + 1)) {
      if (tokens_.kind[p] == TokenKind::Dollar) {
        uint32_t q = Skip(p + 1);
        if (q < hi && tokens_.kind[q] == TokenKind::LParen) {
          MElem rep{MElem::Rep};
          ParseMatcher(q + 1, nav_.partner[q], depth + 1, rep.sub, ok);
          uint32_t a = Skip(nav_.partner[q] + 1);
          if (a < hi && (tokens_.kind[a] == TokenKind::Star || tokens_.kind[a] == TokenKind::Plus ||
                         tokens_.kind[a] == TokenKind::Question)) {
            rep.op = tokens_.kind[a];
          } else {
            uint32_t o = Skip(a + 1);
            if (a >= hi || o >= hi ||
                !(tokens_.kind[o] == TokenKind::Star || tokens_.kind[o] == TokenKind::Plus ||
                  tokens_.kind[o] == TokenKind::Question)) {
              *ok = Bad(std::min(a, hi), "expected one of: `*`, `+`, or `?`");
              return;
            }
            rep.sep = a;
            rep.op = tokens_.kind[o];
            a = o;
          }
          out.push_back(std::move(rep));
          p = a;
          continue;
        }
        if (q < hi && IsWordKind(tokens_.kind[q])) {
          uint32_t colon = Skip(q + 1);
          uint32_t f = Skip(colon + 1);
          Frag frag;
          if (colon >= hi || tokens_.kind[colon] != TokenKind::Colon || f >= hi || !FragOf(Text(f), &frag)) {
            bool has_colon = colon < hi && tokens_.kind[colon] == TokenKind::Colon;
            // DIAG: MacroBadDef
            Diagnostic& d = diags_.Emit(DiagKind::MacroBadDef, tokens_.start[p],
                                        tokens_.end(TokenId(has_colon && f < hi ? f : q)),
                                        has_colon && f < hi ? fmt::format("invalid fragment specifier `{}`", Text(f))
                                                            : std::string("missing fragment specifier"));
            d.children.push_back({Level::Note, has_colon ? "valid fragment specifiers are `ident`, `block`, `stmt`, "
                                                           "`expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, "
                                                           "`meta`, `tt`, `item` and `vis`"
                                                         : "fragment specifiers must be provided"});
            *ok = false;
            return;
          }
          MElem v{MElem::Var};
          v.tok = q;
          v.name = std::string(Text(q));
          v.frag = frag;
          out.push_back(std::move(v));
          p = f;
          continue;
        }
      }
      if (IsOpen(p)) {
        MElem g{MElem::Group};
        g.tok = p;
        ParseMatcher(p + 1, nav_.partner[p], depth + 1, g.sub, ok);
        out.push_back(std::move(g));
        p = nav_.partner[p];
        continue;
      }
      MElem t{MElem::Token};
      t.tok = p;
      out.push_back(std::move(t));
    }
  }

  static void VarNames(const std::vector<MElem>& seq, std::vector<std::string>* names) {
    for (const MElem& e : seq) {
      if (e.kind == MElem::Var) names->push_back(e.name);
      if (e.kind == MElem::Group || e.kind == MElem::Rep) VarNames(e.sub, names);
    }
  }

  auto SameToken(uint32_t a, uint32_t b) const -> bool {
    return tokens_.kind[a] == tokens_.kind[b] && Text(a) == Text(b);
  }

  // Matches `seq` against positions [*p, end); advances *p. `fail` records the furthest position a
  // failing element reached (for the diagnostic).
  auto MatchSeq(const std::vector<MElem>& seq, size_t ei, uint32_t end, uint32_t* p,
                std::unordered_map<std::string, Bind>& binds, uint32_t* fail) -> bool {
    for (; ei < seq.size(); ++ei) {
      const MElem& e = seq[ei];
      *fail = std::max(*fail, *p);
      switch (e.kind) {
        case MElem::Token:
          if (*p >= end || !SameToken(in_[*p], e.tok)) return false;
          ++*p;
          break;
        case MElem::Group: {
          if (*p >= end || tokens_.kind[in_[*p]] != tokens_.kind[e.tok]) return false;
          uint32_t close = pair_[*p];
          uint32_t q = *p + 1;
          if (!MatchSeq(e.sub, 0, close, &q, binds, fail) || q != close) return false;
          *p = close + 1;
          break;
        }
        case MElem::Var: {
          uint32_t q = FragEnd(e.frag, *p, end);
          if (q == UINT32_MAX) return false;
          Bind b;
          b.frag = e.frag;
          b.lo = *p;
          b.hi = q;
          binds[e.name] = std::move(b);
          *p = q;
          break;
        }
        case MElem::Rep: {
          std::vector<std::string> names;
          VarNames(e.sub, &names);
          for (const std::string& n : names) {
            Bind& b = binds[n];
            b = Bind{};
            b.rep = true;
          }
          uint32_t count = 0;
          while (*p < end) {
            uint32_t q = *p;
            if (count > 0 && e.sep >= 0) {
              if (!SameToken(in_[q], static_cast<uint32_t>(e.sep))) break;
              ++q;
            }
            std::unordered_map<std::string, Bind> it;
            uint32_t r = q;
            if (!MatchSeq(e.sub, 0, end, &r, it, fail) || r == *p) break;
            for (const std::string& n : names) binds[n].reps.push_back(std::move(it[n]));
            *p = r;
            ++count;
            if (e.op == TokenKind::Question) break;
          }
          if (e.op == TokenKind::Plus && count == 0) return false;
          break;
        }
      }
    }
    return true;
  }

  // Where a fragment starting at position p ends, or UINT32_MAX when none starts there.
  auto FragEnd(Frag f, uint32_t p, uint32_t end) const -> uint32_t {
    if (p >= end && f != Frag::Vis) return UINT32_MAX;
    auto kind = [&](uint32_t i) { return tokens_.kind[in_[i]]; };
    switch (f) {
      // Any identifier or keyword (rustc: IDENTIFIER_OR_KEYWORD), not `_`.
      case Frag::Ident: return IsWordKind(kind(p)) ? p + 1 : UINT32_MAX;
      case Frag::Lifetime: return kind(p) == TokenKind::Lifetime ? p + 1 : UINT32_MAX;
      case Frag::Tt: return pair_[p] >= p ? pair_[p] + 1 : UINT32_MAX;
      case Frag::Block: return kind(p) == TokenKind::LBrace ? pair_[p] + 1 : UINT32_MAX;
      case Frag::Literal: {
        uint32_t q = p;
        if (kind(q) == TokenKind::Minus) ++q;
        return q < end && IsLiteralKind(kind(q)) ? q + 1 : UINT32_MAX;
      }
      case Frag::Vis: {
        if (p >= end || kind(p) != TokenKind::KwPub) return p;
        if (p + 1 < end && kind(p + 1) == TokenKind::LParen && p + 2 < end) {
          TokenKind k = kind(p + 2);
          if (k == TokenKind::KwCrate || k == TokenKind::KwSelfValue || k == TokenKind::KwSuper || k == TokenKind::KwIn)
            return pair_[p + 1] + 1;
        }
        return p + 1;
      }
      case Frag::Expr:
      case Frag::Stmt:
      case Frag::Meta: {
        TokenKind k = kind(p);
        if (k == TokenKind::Comma || k == TokenKind::Semi || k == TokenKind::FatArrow || k == TokenKind::Eq)
          return UINT32_MAX;
        if (f == Frag::Expr && (k == TokenKind::KwLet || k == TokenKind::KwStruct || k == TokenKind::KwFn ||
                                k == TokenKind::KwEnum || k == TokenKind::KwImpl || k == TokenKind::KwTrait ||
                                k == TokenKind::KwUse || k == TokenKind::KwMod || k == TokenKind::KwPub ||
                                k == TokenKind::KwType || k == TokenKind::KwStatic))
          return UINT32_MAX;
        uint32_t q = p;
        while (q < end) {
          TokenKind c = kind(q);
          if (c == TokenKind::Comma || c == TokenKind::Semi || c == TokenKind::FatArrow) break;
          q = pair_[q] + 1;
        }
        return q;
      }
      case Frag::Ty:
      case Frag::Path: {
        int angle = 0;
        uint32_t q = p;
        while (q < end) {
          TokenKind c = kind(q);
          if (angle == 0 && (c == TokenKind::Comma || c == TokenKind::Semi || c == TokenKind::FatArrow ||
                             c == TokenKind::Eq || c == TokenKind::Or || c == TokenKind::Colon ||
                             c == TokenKind::KwAs || c == TokenKind::KwWhere || c == TokenKind::LBrace ||
                             (c == TokenKind::LBracket && q > p)))
            break;
          if (c == TokenKind::Lt) ++angle;
          if (c == TokenKind::Shl) angle += 2;
          if (c == TokenKind::Gt) {
            if (angle == 0) break;
            --angle;
          }
          if (c == TokenKind::Shr) {
            if (angle < 2) break;
            angle -= 2;
          }
          q = pair_[q] + 1;
        }
        return q == p ? UINT32_MAX : q;
      }
      case Frag::Pat:
      case Frag::PatParam: {
        bool or_stops = f == Frag::PatParam || edition_ < Edition::k2021;
        uint32_t q = p;
        while (q < end) {
          TokenKind c = kind(q);
          if (c == TokenKind::Comma || c == TokenKind::FatArrow || c == TokenKind::Eq || c == TokenKind::KwIf ||
              c == TokenKind::KwIn || c == TokenKind::Semi || c == TokenKind::Colon || (or_stops && c == TokenKind::Or))
            break;
          q = pair_[q] + 1;
        }
        return q == p ? UINT32_MAX : q;
      }
      case Frag::Item: {
        uint32_t q = p;
        while (q < end && kind(q) == TokenKind::Pound) {
          ++q;
          if (q < end && kind(q) == TokenKind::Not) ++q;
          if (q < end) q = pair_[q] + 1;
        }
        bool semi_item = false;
        for (uint32_t i = q; i < end && i < q + 4; ++i) {
          TokenKind c = kind(i);
          semi_item |= c == TokenKind::KwConst || c == TokenKind::KwStatic || c == TokenKind::KwType ||
                       c == TokenKind::KwUse || c == TokenKind::KwExtern;
          if (c == TokenKind::KwFn || c == TokenKind::KwStruct || c == TokenKind::KwEnum || c == TokenKind::KwImpl ||
              c == TokenKind::KwTrait || c == TokenKind::KwMod)
            break;
        }
        if (q < end && kind(q) == TokenKind::KwConst && q + 1 < end && kind(q + 1) == TokenKind::KwFn)
          semi_item = false;
        while (q < end) {
          TokenKind c = kind(q);
          if (c == TokenKind::Semi) return q + 1;
          if (c == TokenKind::LBrace && !semi_item) return pair_[q] + 1;
          q = pair_[q] + 1;
        }
        return q == p ? UINT32_MAX : q;
      }
    }
    return UINT32_MAX;
  }

  auto OutText(const OutTok& o) const -> std::string_view {
    if (o.synth) return std::string_view(set_.synth_text).substr(o.start, o.end - o.start);
    return src_.slice(o.start, o.end);
  }

  // Local bindings and labels that the macro's own tokens introduce are hygienic: renamed apart
  // per expansion, so they neither capture nor shadow the caller's names (rustc's mixed-site
  // hygiene for locals and labels; items stay unhygienic).
  void Hygiene(const MacroDef& def, std::vector<OutTok>* out) {
    uint32_t lo_b = tokens_.start[def.lo], hi_b = tokens_.end(TokenId(def.hi));
    auto from_def = [&](const OutTok& o) { return !o.synth && o.start >= lo_b && o.end <= hi_b; };
    std::vector<OutTok>& v = *out;
    auto kind_at = [&](size_t i) { return i < v.size() ? v[i].kind : TokenKind::Eof; };
    std::unordered_map<std::string, bool> bound;
    for (size_t i = 0; i < v.size(); ++i) {
      if (!from_def(v[i])) continue;
      TokenKind prev = i > 0 ? v[i - 1].kind : TokenKind::Eof, next = kind_at(i + 1);
      if (v[i].kind == TokenKind::Lifetime && next == TokenKind::Colon) bound[std::string(OutText(v[i]))] = true;
      if (v[i].kind != TokenKind::Ident) continue;
      TokenKind prev2 = i > 1 ? v[i - 2].kind : TokenKind::Eof;
      bool binding = prev == TokenKind::KwLet || prev == TokenKind::KwRef || prev == TokenKind::KwFor ||
                     (prev == TokenKind::KwMut && (prev2 == TokenKind::KwLet || prev2 == TokenKind::KwRef)) ||
                     ((prev == TokenKind::LBrace || prev == TokenKind::Comma) && next == TokenKind::FatArrow) ||
                     next == TokenKind::At;
      // A closure's first parameter (`|x| ..`, `(|x, y| ..)`): the `|` opens a closure where an
      // expression starts, not a bitwise or.
      if (prev == TokenKind::Or && (next == TokenKind::Or || next == TokenKind::Comma || next == TokenKind::Colon)) {
        binding |= prev2 == TokenKind::LParen || prev2 == TokenKind::Comma || prev2 == TokenKind::Eq ||
                   prev2 == TokenKind::LBrace || prev2 == TokenKind::Semi || prev2 == TokenKind::KwMove ||
                   prev2 == TokenKind::FatArrow || prev2 == TokenKind::Eof;
      }
      if (binding) bound[std::string(OutText(v[i]))] = true;
    }
    if (bound.empty()) return;
    // A name captured by a format string of the macro (`"{x}"`) keeps its name.
    for (const OutTok& o : v) {
      if (o.kind != TokenKind::StrLit) continue;
      std::string_view text = OutText(o);
      for (auto& [name, keep] : bound) {
        if (text.find("{" + name) != std::string_view::npos) keep = false;
      }
    }
    ++expansions_;
    for (size_t i = 0; i < v.size(); ++i) {
      if (!from_def(v[i]) || (v[i].kind != TokenKind::Ident && v[i].kind != TokenKind::Lifetime)) continue;
      auto it = bound.find(std::string(OutText(v[i])));
      if (it == bound.end() || !it->second) continue;
      TokenKind prev = i > 0 ? v[i - 1].kind : TokenKind::Eof, next = kind_at(i + 1);
      if (prev == TokenKind::Dot || prev == TokenKind::PathSep || next == TokenKind::PathSep || next == TokenKind::Not)
        continue;
      if (next == TokenKind::Colon && (prev == TokenKind::LBrace || prev == TokenKind::Comma)) continue;
      v[i] = set_.Synth(v[i].kind, fmt::format("{}_h{}x{}", it->first, round_, expansions_));
    }
  }

 public:
  // The expansion round (part of hygienic names).
  uint32_t round_ = 0;

 private:
  void Transcribe(uint32_t lo, uint32_t hi, const Env& env, uint32_t depth, std::vector<OutTok>* out, bool* ok) {
    if (depth > kMaxMatcherDepth) {
      *ok = Bad(lo, "macro transcriber nested too deeply");
      return;
    }
    for (uint32_t p = Skip(lo); p < hi && *ok; p = Skip(p + 1)) {
      if (tokens_.kind[p] != TokenKind::Dollar) {
        out->push_back(set_.Tok(p));
        continue;
      }
      uint32_t q = Skip(p + 1);
      if (q < hi && tokens_.kind[q] == TokenKind::LParen) {
        uint32_t close = nav_.partner[q];
        uint32_t a = Skip(close + 1);
        int64_t sep = -1;
        if (a < hi && !(tokens_.kind[a] == TokenKind::Star || tokens_.kind[a] == TokenKind::Plus ||
                        tokens_.kind[a] == TokenKind::Question)) {
          sep = a;
          a = Skip(a + 1);
        }
        // The repeating variables used in the group decide the count.
        int64_t count = -1;
        std::vector<std::string> vars;
        for (uint32_t t = q + 1; t < close; ++t) {
          if (tokens_.kind[t] != TokenKind::Dollar) continue;
          uint32_t v = Skip(t + 1);
          if (v >= close || !IsWordKind(tokens_.kind[v])) continue;
          auto it = env.find(std::string(Text(v)));
          if (it == env.end() || !it->second->rep) continue;
          int64_t n = static_cast<int64_t>(it->second->reps.size());
          if (count >= 0 && n != count) {
            // DIAG: MacroRepeatMismatch
            diags_.Emit(DiagKind::MacroRepeatMismatch, tokens_.start[q], tokens_.end(TokenId(close)),
                        fmt::format("meta-variable `{}` repeats {} time{}, but `{}` repeats {} time{}", vars.front(),
                                    count, count == 1 ? "" : "s", Text(v), n, n == 1 ? "" : "s"));
            *ok = false;
            return;
          }
          count = n;
          vars.push_back(std::string(Text(v)));
        }
        if (count < 0) {
          // DIAG: MacroRepeatMismatch
          diags_.Emit(DiagKind::MacroRepeatMismatch, tokens_.start[q], tokens_.end(TokenId(a < hi ? a : close)),
                      "attempted to repeat an expression containing no syntax variables matched as repeating at "
                      "this depth");
          *ok = false;
          return;
        }
        for (int64_t i = 0; i < count; ++i) {
          if (i > 0 && sep >= 0) out->push_back(set_.Tok(static_cast<uint32_t>(sep)));
          Env inner = env;
          for (const std::string& v : vars) inner[v] = &env.at(v)->reps[i];
          Transcribe(q + 1, close, inner, depth + 1, out, ok);
        }
        p = a;
        continue;
      }
      if (q < hi && tokens_.kind[q] == TokenKind::KwCrate) {
        out->push_back(set_.Synth(TokenKind::KwCrate, "crate"));
        p = q;
        continue;
      }
      if (q < hi && IsWordKind(tokens_.kind[q])) {
        auto it = env.find(std::string(Text(q)));
        if (it != env.end()) {
          const Bind& b = *it->second;
          if (b.rep) {
            // DIAG: MacroRepeatMismatch
            diags_.Emit(DiagKind::MacroRepeatMismatch, tokens_.start[q], tokens_.end(TokenId(q)),
                        fmt::format("variable `{}` is still repeating at this depth", Text(q)));
            *ok = false;
            return;
          }
          bool wrap = b.frag == Frag::Expr && b.hi - b.lo > 1;
          if (wrap) out->push_back(set_.Synth(TokenKind::LParen, "("));
          for (uint32_t i = b.lo; i < b.hi; ++i) out->push_back(set_.Tok(in_[i]));
          if (wrap) out->push_back(set_.Synth(TokenKind::RParen, ")"));
          p = q;
          continue;
        }
      }
      out->push_back(set_.Tok(p));
    }
  }

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const TokenNav& nav_;
  EditSet& set_;
  DiagSink& diags_;
  Edition edition_;
  // Expansions that renamed hygienic names this round.
  uint32_t expansions_ = 0;
  // The current invocation's non-trivia tokens and their delimiter partners (positions).
  std::vector<uint32_t> in_;
  std::vector<uint32_t> pair_;
};

}  // namespace

// The crate's name as rustc derives it from the root file (`main.rs` -> `main`).
auto CrateName(const SourceBuffer& src) -> std::string {
  std::string p = src.path(FileId(0));
  size_t slash = p.find_last_of('/');
  if (slash != std::string::npos) p = p.substr(slash + 1);
  size_t dot = p.rfind('.');
  if (dot != std::string::npos) p = p.substr(0, dot);
  for (char& c : p) {
    if (c == '-') c = '_';
  }
  return p;
}

namespace {

// Where an invocation sits, which decides how its expansion is spliced.
enum class Place : uint8_t { Item, Stmt, Expr };

auto LastSegmentText(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, uint32_t call)
    -> std::string_view {
  NodeId path = ChildOfKind(tree, NodeId(call), NodeKind::Path);
  if (!path.is_valid() || path.index == 0) return {};
  uint32_t seg = path.index - 1;
  if (tree.kind[seg] != NodeKind::PathSegment || !tree.token[seg].is_valid()) return {};
  return tokens.text(src, tree.token[seg]);
}

}  // namespace

auto MacroRulesEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                     uint32_t round, EditSet& set, DiagSink& diags) -> bool {
  Expander ex(src, tokens, nav, set, diags);
  ex.round_ = round;
  std::unordered_map<std::string, std::vector<MacroDef>> defs;
  NodeId root = tree.root(FileId(0));
  uint32_t first = root.index + 1 - tree.subtree_size[root.index];
  for (uint32_t i = first; i < root.index; ++i) {
    if (tree.kind[i] != NodeKind::MacroRules) continue;
    MacroDef d;
    if (!ex.ReadDef(tree, i, &d)) return false;
    defs[std::string(tokens.text(src, TokenId(d.name_tok)))].push_back(std::move(d));
  }
  if (defs.empty()) return false;
  std::vector<uint32_t> parent(tree.size(), UINT32_MAX);
  for (uint32_t j = first; j <= root.index; ++j) {
    for (NodeId c : Children(tree, NodeId(j))) parent[c.index] = j;
  }
  size_t before = set.edits.size();
  auto def_for = [&](std::string_view name, uint32_t at) -> const MacroDef* {
    auto it = defs.find(std::string(name));
    if (it == defs.end()) return nullptr;
    const MacroDef* best = &it->second.front();
    for (const MacroDef& d : it->second) {
      if (d.name_tok < at) best = &d;
    }
    return best;
  };
  auto expand = [&](std::string_view name, uint32_t name_tok, uint32_t lo, uint32_t open, uint32_t hi, Place place) {
    const MacroDef* d = def_for(name, name_tok);
    // rustc expands depth-first and stops at depth 128; rounds here expand every call at once, so
    // a macro that calls itself twice per level doubles the crate each round: a size cap reports
    // that as the recursion limit too, long before memory runs out.
    if (round >= 128 || tokens.size() > kMaxExpandedTokens) {
      // DIAG: RecursionLimit
      diags.Emit(DiagKind::RecursionLimit, tokens.start[lo], tokens.end(TokenId(nav.partner[open])),
                 fmt::format("recursion limit reached while expanding `{}!`", name))
          .children.push_back({Level::Help, fmt::format("consider increasing the recursion limit by adding a "
                                                        "`#![recursion_limit = \"256\"]` attribute to your crate (`{}`)",
                                                        CrateName(src))});
      return;
    }
    Edit ed{lo, hi + 1, {}};
    std::vector<OutTok> body;
    if (!ex.Expand(*d, name, name_tok, open, &body)) return;
    bool wrap = place == Place::Expr;
    if (wrap) ed.with.push_back(set.Synth(TokenKind::LParen, "("));
    ed.with.insert(ed.with.end(), body.begin(), body.end());
    if (wrap) ed.with.push_back(set.Synth(TokenKind::RParen, ")"));
    set.edits.push_back(std::move(ed));
  };
  for (uint32_t i = first; i < root.index; ++i) {
    if (tree.kind[i] != NodeKind::MacroCall) continue;
    std::string_view name = LastSegmentText(src, tokens, tree, i);
    NodeId tt = ChildOfKind(tree, NodeId(i), NodeKind::TokenTree);
    if (!tt.is_valid()) continue;
    uint32_t open = tree.token[tt.index].index;
    if (!defs.count(std::string(name))) {
      // A built-in macro's arguments are not parsed yet: find user macro calls in them by tokens.
      for (uint32_t t = open + 1; t < nav.partner[open]; ++t) {
        if (tokens.kind[t] != TokenKind::Ident || !defs.count(std::string(tokens.text(src, TokenId(t))))) continue;
        uint32_t bang = nav.Next(t), o = nav.Next(bang);
        if (tokens.kind[bang] != TokenKind::Not ||
            !(tokens.kind[o] == TokenKind::LParen || tokens.kind[o] == TokenKind::LBracket ||
              tokens.kind[o] == TokenKind::LBrace))
          continue;
        expand(tokens.text(src, TokenId(t)), t, t, o, nav.partner[o], Place::Expr);
        t = nav.partner[o];
      }
      continue;
    }
    uint32_t lo, hi;
    nav.NodeRange(tree, i, &lo, &hi);
    uint32_t par = parent[i];
    NodeKind pk = par == UINT32_MAX ? NodeKind::SourceFile : tree.kind[par];
    Place place = pk == NodeKind::SourceFile || pk == NodeKind::ItemList ? Place::Item
                  : pk == NodeKind::ExprStmt || pk == NodeKind::BlockExpr ? Place::Stmt
                                                                          : Place::Expr;
    if (place == Place::Item && tokens.kind[nav.Next(hi)] == TokenKind::Semi) hi = nav.Next(hi);
    expand(name, tree.token[i].index, lo, open, hi, place);
  }
  return set.edits.size() != before;
}

auto MacroRulesRemoval(const Tree& tree, const TokenNav& nav, EditSet& set) -> bool {
  size_t before = set.edits.size();
  NodeId root = tree.root(FileId(0));
  for (uint32_t i = root.index + 1 - tree.subtree_size[root.index]; i < root.index; ++i) {
    if (tree.kind[i] != NodeKind::MacroRules) continue;
    uint32_t lo, hi;
    nav.NodeRange(tree, i, &lo, &hi);
    NodeId name = ChildOfKind(tree, NodeId(i), NodeKind::Name);
    if (name.is_valid()) lo = std::min(lo, MacroRulesKeyword(nav, tree.token[name.index].index));
    if (nav.tokens.kind[nav.Next(hi)] == TokenKind::Semi) hi = nav.Next(hi);
    set.edits.push_back({lo, hi + 1, {}});
  }
  return set.edits.size() != before;
}

}  // namespace rustg
