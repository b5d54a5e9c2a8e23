// Patterns.
#pragma once

#include "parse/engine/parser.h"

namespace rustg::parse_engine {

using K = TokenKind;
using N = NodeKind;

template <class Out>
RUSTG_HD void Parser<Out>::ParsePattern(bool top_alt) {
  uint32_t mark = Mark();
  if (top_alt && At(K::Or)) Bump();  // leading `|`
  ParsePatternNoAlt();
  if (!top_alt || !At(K::Or)) return;
  TokenId tok = Tok();
  while (At(K::Or)) {
    Bump();
    ParsePatternNoAlt();
  }
  Finish(N::OrPat, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePatternNoAlt(bool allow_range) {
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  ParsePatternInner(allow_range);
}

template <class Out>
RUSTG_HD auto Parser<Out>::AtRangeEndStart() const -> bool {
  K k = Kind();
  return IsLiteral(k) || k == K::KwTrue || k == K::KwFalse || k == K::Minus ||
         (k == K::KwConst && Kind(1) == K::LBrace) || AtPathStart();
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseRangeEnd() {
  uint32_t mark = Mark();
  K k = Kind();
  if (k == K::Minus || IsLiteral(k) || k == K::KwTrue || k == K::KwFalse) {
    if (k == K::Minus) {
      TokenId mt = Tok();
      Bump();
      if (IsLiteral(Kind())) {
        BumpLeaf(N::Literal);
      } else {
        // DIAG: ExpectedPattern
        ErrorExpectedWhat(DiagKind::ExpectedPattern);
        Leaf(N::Error, Tok());
      }
      Finish(N::UnaryExpr, mark, mt);
    } else {
      BumpLeaf(N::Literal);
    }
    Finish(N::LiteralPat, mark, TokenId::Invalid());
  } else if (k == K::KwConst && Kind(1) == K::LBrace) {
    TokenId t = Tok();
    Bump();
    ParseBlockExpr();
    Finish(N::ConstBlockPat, mark, t);
  } else if (AtPathStart()) {
    ParsePath(PathStyle::Expr);
    Finish(N::PathPat, mark, TokenId::Invalid());
  } else {
    // DIAG: ExpectedPattern
    ErrorExpectedWhat(DiagKind::ExpectedPattern);
    Leaf(N::Error, Tok());
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePatternList(TokenKind close) {
  ParseCommaList(close, ListRecovery::Stop, [&] { ParsePattern(true); });
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseStructPatFields() {
  ParseCommaList(K::RBrace, ListRecovery::Stop, [&] {
    uint32_t fm = Mark();
    ParseOuterAttrs();
    if (At(K::DotDot)) {
      TokenId t = Tok();
      Bump();
      Finish(N::RestPat, fm, t);
      // `..` must come last, without a trailing comma (the list then takes the comma).
      if (At(K::Comma)) ErrorExpected(K::RBrace);
    } else if ((IsIdentAt() || At(K::IntLit)) && Kind(1) == K::Colon) {
      BumpLeaf(N::Name);
      TokenId colon = Tok();
      Bump();
      ParsePattern(true);
      Finish(N::StructPatField, fm, colon);
    } else {
      uint32_t im = Mark();
      if (At(K::KwBox)) BumpLeaf(N::Qualifier);
      if (At(K::KwRef)) BumpLeaf(N::Qualifier);
      if (At(K::KwMut)) BumpLeaf(N::Qualifier);
      TokenId name = Tok();
      ParseName();
      Finish(N::IdentPat, im, name);
      Finish(N::StructPatField, fm, name);
    }
  });
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePatternInner(bool allow_range) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  K k = Kind();
  // After a literal or path lower bound: `a..=b`, `a...b`, `a..b`, `a..`.
  auto range_tail = [&] {
    if (!allow_range) return;
    if (At(K::DotDotEq) || At(K::DotDotDot)) {
      TokenId t = Tok();
      Bump();
      ParseRangeEnd();
      Finish(N::RangePat, mark, t);
    } else if (At(K::DotDot)) {
      TokenId t = Tok();
      Bump();
      if (AtRangeEndStart()) ParseRangeEnd();
      Finish(N::RangePat, mark, t);
    }
  };
  switch (k) {
    case K::Underscore:
      BumpLeaf(N::WildcardPat);
      return;
    case K::DotDot:
      Bump();
      if (AtRangeEndStart()) {
        ParseRangeEnd();
        Finish(N::RangePat, mark, tok);
      } else {
        Finish(N::RestPat, mark, tok);
      }
      return;
    case K::DotDotEq:
    case K::DotDotDot:
      Bump();
      ParseRangeEnd();
      Finish(N::RangePat, mark, tok);
      return;
    case K::And:
    case K::AndAnd:
      Eat(K::And);
      if (At(K::KwMut)) BumpLeaf(N::Qualifier);
      ParsePatternNoAlt(false);
      Finish(N::RefPat, mark, tok);
      return;
    case K::LParen: {
      Bump();
      if (Eat(K::RParen)) {
        Finish(N::TuplePat, mark, tok);
        return;
      }
      ParsePattern(true);
      if (At(K::RParen) && LastKind() != N::RestPat) {
        Bump();
        Finish(N::ParenPat, mark, tok);
        return;
      }
      if (Eat(K::Comma)) ParsePatternList(K::RParen);
      else ExpectClose(K::RParen);
      Finish(N::TuplePat, mark, tok);
      return;
    }
    case K::LBracket:
      Bump();
      ParsePatternList(K::RBracket);
      Finish(N::SlicePat, mark, tok);
      return;
    case K::KwBox:
      Bump();
      ParsePatternNoAlt(false);
      Finish(N::BoxPat, mark, tok);
      return;
    case K::KwRef:
    case K::KwMut: {
      if (At(K::KwRef)) BumpLeaf(N::Qualifier);
      if (At(K::KwMut)) BumpLeaf(N::Qualifier);
      TokenId name = Tok();
      ParseName();
      if (Eat(K::At)) ParsePatternNoAlt();
      Finish(N::IdentPat, mark, name);
      return;
    }
    case K::KwConst:
      if (Kind(1) == K::LBrace) {
        Bump();
        ParseBlockExpr();
        Finish(N::ConstBlockPat, mark, tok);
        range_tail();
        return;
      }
      break;
    case K::Minus:
    case K::KwTrue:
    case K::KwFalse:
      ParseRangeEnd();
      range_tail();
      return;
    default:
      if (IsLiteral(k)) {
        ParseRangeEnd();
        range_tail();
        return;
      }
      break;
  }
  if (IsIdentAt()) {
    K k1 = Kind(1);
    if (k1 != K::LParen && k1 != K::LBrace && k1 != K::DotDotDot && k1 != K::DotDotEq && k1 != K::DotDot &&
        k1 != K::PathSep && k1 != K::Not) {
      BumpLeaf(N::Name);
      if (Eat(K::At)) ParsePatternNoAlt();
      Finish(N::IdentPat, mark, tok);
      return;
    }
  }
  if (AtPathStart()) {
    ParsePath(PathStyle::Expr);
    if (AtMacroBang()) {
      ParseMacroBang(mark);
      Finish(N::MacroPat, mark, TokenId::Invalid());
      return;
    }
    if (At(K::LParen)) {
      TokenId t = Tok();
      Bump();
      ParsePatternList(K::RParen);
      Finish(N::TupleStructPat, mark, t);
      return;
    }
    if (At(K::LBrace)) {
      TokenId t = Tok();
      Bump();
      ParseStructPatFields();
      Finish(N::StructPat, mark, t);
      return;
    }
    Finish(N::PathPat, mark, TokenId::Invalid());
    range_tail();
    return;
  }
  // DIAG: ExpectedPattern
  ErrorExpectedWhat(DiagKind::ExpectedPattern);
  Leaf(N::Error, tok);
}

}  // namespace rustg::parse_engine
