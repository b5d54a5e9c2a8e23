// Paths: segments, generic arguments, qualified `<T as Trait>::` prefixes, `Fn(A) -> B` sugar.
#pragma once

#include "parse/engine/parser.h"

namespace rustg::parse_engine {

using K = TokenKind;
using N = NodeKind;

template <class Out>
RUSTG_HD auto Parser<Out>::IsSegmentKind(TokenKind k) const -> bool {
  return k == K::Ident || k == K::RawIdent || k == K::KwSelfValue || k == K::KwSelfType || k == K::KwSuper ||
         k == K::KwCrate;
}

template <class Out>
RUSTG_HD auto Parser<Out>::AtPathStart(uint32_t n) const -> bool {
  K k = Kind(n);
  return IsSegmentKind(k) || k == K::PathSep || k == K::Lt || k == K::Shl;
}

template <class Out>
RUSTG_HD auto Parser<Out>::SimplePathLen() const -> uint32_t {
  uint32_t i = 0;
  if (Kind(i) == K::PathSep) ++i;
  while (IsSegmentKind(Kind(i))) {
    ++i;
    if (Kind(i) != K::PathSep) break;
    ++i;
  }
  return i;
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseMacroBang(uint32_t mark) {
  TokenId bang = Tok();
  Bump();
  ParseTokenTree();
  Finish(N::MacroCall, mark, bang);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseQualifiedSelf() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Eat(K::Lt);
  ParseType();
  if (Eat(K::KwAs)) {
    uint32_t pm = Mark();
    ParsePath(PathStyle::Type);
    Finish(N::PathType, pm, TokenId::Invalid());
  }
  if (!Eat(K::Gt)) ErrorExpected(K::Gt);
  Finish(N::QualifiedSelf, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePath(PathStyle style) {
  uint32_t mark = Mark();
  TokenId tok = TokenId::Invalid();
  if (At(K::Lt) || At(K::Shl)) {
    ParseQualifiedSelf();
    if (!Expect(K::PathSep)) {
      Finish(N::Path, mark, tok);
      return;
    }
  } else if (At(K::PathSep)) {
    tok = Tok();
    Bump();
  }
  for (;;) {
    uint32_t sm = Mark();
    TokenId st = Tok();
    if (!IsSegmentKind(Kind())) {
      // DIAG: ExpectedIdent
      ErrorExpectedWhat(DiagKind::ExpectedIdent);
      Leaf(N::Error, st);
      break;
    }
    Bump();
    if (style == PathStyle::Type) {
      if (At(K::Lt) || At(K::Shl)) {
        ParseGenericArgs();
      } else if (At(K::PathSep) && (Kind(1) == K::Lt || Kind(1) == K::Shl)) {
        Bump();
        ParseGenericArgs();
      } else if (At(K::LParen)) {
        uint32_t pm = Mark();
        TokenId pt = Tok();
        Bump();
        ParseCommaList(K::RParen, ListRecovery::Quiet, [&] { ParseType(); });
        if (At(K::RArrow)) ParseRetType(false);
        Finish(N::ParenthesizedArgs, pm, pt);
      }
    } else if (style == PathStyle::Expr) {
      if (At(K::PathSep) && (Kind(1) == K::Lt || Kind(1) == K::Shl)) {
        Bump();
        ParseGenericArgs();
      }
    }
    Finish(N::PathSegment, sm, st);
    if (At(K::PathSep) && IsSegmentKind(Kind(1))) {
      Bump();
      continue;
    }
    break;
  }
  Finish(N::Path, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseGenericArgs() {
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Eat(K::Lt);
  while (!AtSplit(K::Gt) && !At(K::Eof)) {
    uint32_t before = pos_;
    ParseGenericArg();
    if (!Eat(K::Comma)) {
      if (!AtSplit(K::Gt)) {
        ErrorExpected(K::Comma, K::Gt);
        SkipUntil(K::Comma, K::Gt, K::Shr, K::Ge, K::ShrEq, K::Semi);
        if (!Eat(K::Comma)) break;
      }
    }
    if (pos_ == before) break;
  }
  if (!Eat(K::Gt)) ErrorExpected(K::Gt);
  Finish(N::GenericArgList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseConstArg() {
  uint32_t mark = Mark();
  if (At(K::LBrace)) ParseBlockExpr();
  else ParseUnary(kNoRestrict);
  Finish(N::ConstArg, mark, TokenId::Invalid());
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseGenericArg() {
  uint32_t mark = Mark();
  K k = Kind();
  if (k == K::Lifetime) {
    BumpLeaf(N::LifetimeArg);
    return;
  }
  auto is_const_start = [&] {
    K c = Kind();
    return c == K::LBrace || IsLiteral(c) || c == K::KwTrue || c == K::KwFalse ||
           (c == K::Minus && (IsLiteral(Kind(1))));
  };
  if (IsIdentAt()) {
    // `Name = Type`, `Name: Bounds`, `Name<Args> = Type` (generic associated types).
    bool assoc = false;
    uint32_t args_end = 1;
    if (Kind(1) == K::Eq || Kind(1) == K::Colon) {
      assoc = true;
    } else if (Kind(1) == K::Lt) {
      int depth = 0;
      for (uint32_t i = 1; i < 256; ++i) {
        K c = Kind(i);
        if (c == K::Lt) depth += 1;
        else if (c == K::Shl) depth += 2;
        else if (c == K::Gt) depth -= 1;
        else if (c == K::Shr) depth -= 2;
        else if (c == K::Ge) {
          if (depth == 1) {
            assoc = true;
            break;
          }
          depth -= 1;
        } else if (c == K::Eof || c == K::Semi || c == K::LBrace || c == K::RParen || c == K::RBrace) {
          break;
        }
        if (depth <= 0) {
          // Only a `>` that closes exactly these arguments can be followed by the binding's `=` or
          // `:`; a `>>` that also closes the enclosing list (`Vec<Vec<u8>> = …`) cannot.
          args_end = i + 1;
          assoc = depth == 0 && (Kind(args_end) == K::Eq || Kind(args_end) == K::Colon);
          break;
        }
      }
    }
    if (assoc) {
      BumpLeaf(N::Name);
      if (At(K::Lt)) ParseGenericArgs();
      TokenId op = Tok();
      if (Eat(K::Eq)) {
        if (At(K::Lifetime)) {
          // DIAG: AssocLifetime
          Error(DiagKind::AssocLifetime);
          BumpLeaf(N::LifetimeArg);
        } else if (is_const_start()) {
          ParseConstArg();
        } else {
          ParseType();
        }
      } else if (Eat(K::Colon)) {
        ParseBounds(op);
      }
      Finish(N::AssocTypeArg, mark, op);
      return;
    }
  }
  if (is_const_start()) {
    ParseConstArg();
    return;
  }
  ParseType();
  Finish(N::TypeArg, mark, TokenId::Invalid());
}

}  // namespace rustg::parse_engine
