// Expressions (Pratt parser) and statements.
#pragma once

#include "parse/engine/parser.h"

namespace rustg::parse_engine {

using K = TokenKind;
using N = NodeKind;

// Binding power of binary operators, low to high (rustc's AssocOp precedences).
inline constexpr int kPrecAssign = 1;
inline constexpr int kPrecRange = 2;
inline constexpr int kPrecOrOr = 3;
inline constexpr int kPrecAndAnd = 4;
inline constexpr int kPrecCompare = 5;
inline constexpr int kPrecAs = 12;

RUSTG_HD inline auto BinaryPrec(TokenKind k) -> int {
  switch (k) {
    case K::Eq:
    case K::PlusEq:
    case K::MinusEq:
    case K::StarEq:
    case K::SlashEq:
    case K::PercentEq:
    case K::CaretEq:
    case K::AndEq:
    case K::OrEq:
    case K::ShlEq:
    case K::ShrEq:
      return kPrecAssign;
    case K::DotDot:
    case K::DotDotEq:
    case K::DotDotDot:
      return kPrecRange;
    case K::OrOr:
      return kPrecOrOr;
    case K::AndAnd:
      return kPrecAndAnd;
    case K::EqEq:
    case K::Ne:
    case K::Lt:
    case K::Gt:
    case K::Le:
    case K::Ge:
    case K::LArrow:  // `a<-b` is `a < -b`
      return kPrecCompare;
    case K::Or:
      return 6;
    case K::Caret:
      return 7;
    case K::And:
      return 8;
    case K::Shl:
    case K::Shr:
      return 9;
    case K::Plus:
    case K::Minus:
      return 10;
    case K::Star:
    case K::Slash:
    case K::Percent:
      return 11;
    case K::KwAs:
      return kPrecAs;
    default:
      return -1;
  }
}

RUSTG_HD inline auto IsBlockLike(NodeKind k) -> bool {
  return k == N::BlockExpr || k == N::IfExpr || k == N::MatchExpr || k == N::LoopExpr || k == N::WhileExpr ||
         k == N::ForExpr;
}

template <class Out>
RUSTG_HD auto Parser<Out>::CanBeginExpr(uint32_t n) const -> bool {
  K k = Kind(n);
  if (IsLiteral(k)) return true;
  switch (k) {
    case K::Ident:
    case K::RawIdent:
    case K::KwSelfValue:
    case K::KwSelfType:
    case K::KwSuper:
    case K::KwCrate:
    case K::PathSep:
    case K::Lt:
    case K::Shl:
    case K::LParen:
    case K::LBracket:
    case K::LBrace:
    case K::Minus:
    case K::Not:
    case K::Star:
    case K::And:
    case K::AndAnd:
    case K::Or:
    case K::OrOr:
    case K::DotDot:
    case K::DotDotEq:
    case K::DotDotDot:
    case K::Pound:
    case K::Lifetime:
    case K::KwMove:
    case K::KwStatic:
    case K::KwAsync:
    case K::KwBox:
    case K::KwBreak:
    case K::KwContinue:
    case K::KwReturn:
    case K::KwYield:
    case K::KwBecome:
    case K::KwLet:
    case K::KwLoop:
    case K::KwWhile:
    case K::KwFor:
    case K::KwIf:
    case K::KwMatch:
    case K::KwUnsafe:
    case K::KwConst:
    case K::Underscore:
    case K::KwTrue:
    case K::KwFalse:
    case K::KwTry:
    case K::KwDo:
      return true;
    default:
      return false;
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::RangeOp() {
  if (At(K::DotDotDot)) {
    // DIAG: DotDotDotRange
    Error(DiagKind::DotDotDotRange);
  }
  Bump();
}

template <class Out>
RUSTG_HD void Parser<Out>::InclusiveRangeNoEnd(TokenId tok) {
  if (quiet_) return;
  // DIAG: InclusiveRangeNoEnd
  out_.PutDiag(Record(DiagKind::InclusiveRangeNoEnd, kVariantDefault, tok));
}

template <class Out>
RUSTG_HD auto Parser<Out>::IsComplete(uint8_t r) const -> bool { return (r & kStmt) && IsBlockLike(LastKind()); }

template <class Out>
RUSTG_HD void Parser<Out>::ParseExprBp(int min_prec, uint8_t r) {
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  ParseExprBpInner(min_prec, r);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseExprBpInner(int min_prec, uint8_t r) {
  uint32_t mark = Mark();
  if (At(K::DotDot) || At(K::DotDotEq) || At(K::DotDotDot)) {
    TokenId tok = Tok();
    RangeOp();
    if (CanBeginExpr() && !(At(K::LBrace) && (r & kNoStruct))) ParseExprBp(kPrecRange + 1, r);
    else if (in_.kind[tok.index] == K::DotDotEq) InclusiveRangeNoEnd(tok);
    Finish(N::RangeExpr, mark, tok);
  } else {
    ParseUnary(r);
  }
  ParseBinaryTail(mark, min_prec, r);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseBinaryTail(uint32_t mark, int min_prec, uint8_t r) {
  uint8_t rr = r & ~kStmt;
  for (;;) {
    K k = Kind();
    int prec = BinaryPrec(k);
    if (prec < 0 || prec < min_prec) break;
    if (IsComplete(r)) break;
    // Ranges do not associate: `a..b..c` stops before the second `..`.
    if (prec == kPrecRange && LastKind() == N::RangeExpr) break;
    TokenId tok = Tok();
    if (k == K::LArrow) {
      kinds_[pos_] = K::Minus;
    } else if (prec == kPrecRange) {
      RangeOp();
    } else {
      Bump();
    }
    if (prec == kPrecAs) {
      ParseType(false);
      Finish(N::CastExpr, mark, tok);
    } else if (prec == kPrecRange) {
      // rustc keeps the statement restriction for a range's end.
      if (CanBeginExpr() && !(At(K::LBrace) && (r & kNoStruct))) ParseExprBp(kPrecRange + 1, r);
      else if (k == K::DotDotEq) InclusiveRangeNoEnd(tok);
      Finish(N::RangeExpr, mark, tok);
    } else if (prec == kPrecAssign) {
      ParseExprBp(kPrecAssign, rr);
      Finish(k == K::Eq ? N::AssignExpr : N::CompoundAssignExpr, mark, tok);
    } else if (prec == kPrecCompare) {
      ParseExprBp(prec + 1, rr);
      Finish(N::BinaryExpr, mark, tok);
      if (BinaryPrec(Kind()) == kPrecCompare) {
        // DIAG: ChainedComparison
        Error(DiagKind::ChainedComparison);
      }
    } else {
      ParseExprBp(prec + 1, rr);
      Finish(N::BinaryExpr, mark, tok);
    }
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseUnary(uint8_t r) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  K k = Kind();
  switch (k) {
    case K::Minus:
    case K::Not:
    case K::Star:
    case K::And:
    case K::AndAnd:
    case K::KwBox: {
      DepthGuard g(*this);
      if (!g.ok) {
        TooDeep();
        return;
      }
      if (k == K::And || k == K::AndAnd) {
        Eat(K::And);
        if ((Kind(1) == K::KwConst || Kind(1) == K::KwMut) && AtWord("raw")) {
          BumpLeaf(N::Qualifier);
          BumpLeaf(N::Qualifier);
        } else if (At(K::KwMut)) {
          BumpLeaf(N::Qualifier);
        }
        ParseUnary(r);
        Finish(N::RefExpr, mark, tok);
      } else {
        Bump();
        ParseUnary(r);
        Finish(k == K::KwBox ? N::BoxExpr : N::UnaryExpr, mark, tok);
      }
      return;
    }
    case K::Pound:
      if (Kind(1) == K::LBracket) {
        ParseOuterAttrs();
        ParseUnary(r);
        Finish(N::AttrExpr, mark, TokenId::Invalid());
        return;
      }
      break;
    default:
      break;
  }
  ParsePrimary(r);
  ParsePostfix(mark, r);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePostfix(uint32_t mark, uint8_t r) {
  for (;;) {
    K k = Kind();
    if (k == K::Question) {
      TokenId tok = Tok();
      Bump();
      Finish(N::TryExpr, mark, tok);
    } else if (k == K::Dot) {
      Bump();
      TokenId tok = Tok();
      K f = Kind();
      if (f == K::KwAwait) {
        Bump();
        Finish(N::AwaitExpr, mark, tok);
      } else if (f == K::IntLit) {
        Bump();
        Finish(N::FieldExpr, mark, tok);
      } else if (f == K::FloatLit) {
        // `x.0.1` arrives as the float `0.1`: two field accesses.
        uint32_t lo, hi;
        TextRange(0, &lo, &hi);
        Bump();
        Finish(N::FieldExpr, mark, tok);
        uint32_t dot = lo;
        while (dot < hi && in_.src[dot] != '.') ++dot;
        if (dot + 1 < hi) Finish(N::FieldExpr, mark, tok);
      } else if (IsIdentAt()) {
        Bump();
        if (At(K::PathSep) && (Kind(1) == K::Lt || Kind(1) == K::Shl)) {
          Bump();
          ParseGenericArgs();
        }
        if (At(K::LParen)) {
          ParseArgs();
          Finish(N::MethodCallExpr, mark, tok);
        } else {
          Finish(N::FieldExpr, mark, tok);
        }
      } else {
        // DIAG: ExpectedIdent
        ErrorExpectedWhat(DiagKind::ExpectedIdent);
        Finish(N::Error, mark, tok);
        return;
      }
    } else if (k == K::LParen) {
      if (IsComplete(r)) return;
      ParseArgs();
      Finish(N::CallExpr, mark, TokenId::Invalid());
    } else if (k == K::LBracket) {
      if (IsComplete(r)) return;
      TokenId tok = Tok();
      Bump();
      ParseExpr();
      ExpectClose(K::RBracket);
      Finish(N::IndexExpr, mark, tok);
    } else {
      return;
    }
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseArgs() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  ParseCommaList(K::RParen, ListRecovery::Stop, [&] { ParseExpr(); });
  Finish(N::ArgList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePrimary(uint8_t r) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  K k = Kind();
  K k1 = Kind(1);
  uint8_t nostruct = r & kNoStruct;
  auto opt_value = [&] {
    if (CanBeginExpr() && !(At(K::LBrace) && nostruct)) ParseExpr(nostruct);
  };
  if (IsLiteral(k) || k == K::KwTrue || k == K::KwFalse) {
    BumpLeaf(N::Literal);
    return;
  }
  switch (k) {
    case K::LParen:
      ParseParenOrTuple();
      return;
    case K::LBracket:
      ParseArray();
      return;
    case K::LBrace:
      ParseBlockExpr();
      return;
    case K::KwUnsafe:
    case K::KwConst:
      if (k1 == K::LBrace) {
        BumpLeaf(N::Qualifier);
        ParseBlock(mark);
        return;
      }
      if (k == K::KwConst && (k1 == K::Or || k1 == K::OrOr || k1 == K::KwMove || k1 == K::KwAsync)) {
        ParseClosure(mark, r);
        return;
      }
      break;
    case K::KwAsync:
      if (k1 == K::LBrace || (k1 == K::KwMove && Kind(2) == K::LBrace)) {
        BumpLeaf(N::Qualifier);
        if (At(K::KwMove)) BumpLeaf(N::Qualifier);
        ParseBlock(mark);
      } else {
        ParseClosure(mark, r);
      }
      return;
    case K::KwTry:
      if (k1 == K::LBrace) {
        BumpLeaf(N::Qualifier);
        ParseBlock(mark);
        return;
      }
      break;
    case K::KwStatic:
    case K::KwMove:
    case K::Or:
    case K::OrOr:
      ParseClosure(mark, r);
      return;
    case K::KwFor:
      if (k1 == K::Lt) {
        ParseClosure(mark, r);
        return;
      }
      ParseLoopLike(mark);
      return;
    case K::KwIf:
      ParseIf();
      return;
    case K::KwMatch:
      ParseMatch(mark);
      return;
    case K::KwLoop:
    case K::KwWhile:
      ParseLoopLike(mark);
      return;
    case K::Lifetime:
      if (k1 == K::Colon) {
        Bump();
        Bump();
        Finish(N::Label, mark, tok);
        K n = Kind();
        if (n == K::KwLoop || n == K::KwWhile || n == K::KwFor) {
          ParseLoopLike(mark);
        } else if (n == K::LBrace) {
          ParseBlock(mark);
        } else if ((n == K::KwUnsafe || n == K::KwConst) && Kind(1) == K::LBrace) {
          BumpLeaf(N::Qualifier);
          ParseBlock(mark);
        } else {
          ErrorExpected(K::KwWhile, K::KwFor, K::KwLoop, K::LBrace);
          Finish(N::Error, mark, Tok());
        }
        return;
      }
      break;
    case K::KwBreak:
      Bump();
      if (At(K::Lifetime)) BumpLeaf(N::Lifetime);
      opt_value();
      Finish(N::BreakExpr, mark, tok);
      return;
    case K::KwContinue:
      Bump();
      if (At(K::Lifetime)) BumpLeaf(N::Lifetime);
      Finish(N::ContinueExpr, mark, tok);
      return;
    case K::KwReturn:
      Bump();
      opt_value();
      Finish(N::ReturnExpr, mark, tok);
      return;
    case K::KwYield:
      Bump();
      opt_value();
      Finish(N::YieldExpr, mark, tok);
      return;
    case K::KwBecome:
      Bump();
      ParseExpr(nostruct);
      Finish(N::BecomeExpr, mark, tok);
      return;
    case K::KwDo:
      // `do yeet value` (nightly): a yield-like early exit.
      if (AtWord("yeet", 1)) {
        Bump();
        Bump();
        opt_value();
        Finish(N::YieldExpr, mark, tok);
        return;
      }
      break;
    case K::KwLet:
      ParseLet(r);
      return;
    case K::Underscore:
      BumpLeaf(N::UnderscoreExpr);
      return;
    default:
      break;
  }
  if (AtPathStart()) {
    ParsePathExpr(r);
    return;
  }
  // DIAG: ExpectedExpr
  ErrorExpectedWhat(DiagKind::ExpectedExpr);
  Leaf(N::Error, tok);
}

template <class Out>
RUSTG_HD auto Parser<Out>::CertainlyNotABlock() const -> bool {
  // rustc's `is_certainly_not_a_block`: `{ ident,` or `{ ident: x,` or `{ ident: <not a type>`.
  if (!IsIdentAt(1)) return false;
  if (Kind(2) == K::Comma) return true;
  if (Kind(2) == K::Colon) return Kind(4) == K::Comma || !CanBeginType(3);
  return false;
}

template <class Out>
RUSTG_HD void Parser<Out>::ParsePathExpr(uint8_t r) {
  uint32_t mark = Mark();
  ParsePath(PathStyle::Expr);
  if (AtMacroBang()) {
    ParseMacroBang(mark);
    return;
  }
  if (At(K::LBrace)) {
    if (!(r & kNoStruct)) {
      ParseStructExpr(mark);
      return;
    }
    if (CertainlyNotABlock()) {
      // DIAG: StructLiteralNotAllowed
      Error(DiagKind::StructLiteralNotAllowed);
      ParseStructExpr(mark);
      return;
    }
  }
  Finish(N::PathExpr, mark, TokenId::Invalid());
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseStructExpr(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseCommaList(K::RBrace, ListRecovery::Stop, [&] {
    uint32_t fm = Mark();
    ParseOuterAttrs();
    if (At(K::DotDot)) {
      TokenId bt = Tok();
      Bump();
      if (!At(K::RBrace)) ParseExpr();
      Finish(N::StructBase, fm, bt);
    } else if ((IsIdentAt() || At(K::IntLit)) && Kind(1) == K::Colon) {
      BumpLeaf(N::Name);
      TokenId colon = Tok();
      Bump();
      ParseExpr();
      Finish(N::StructExprField, fm, colon);
    } else if (IsIdentAt()) {
      TokenId name = Tok();
      BumpLeaf(N::Name);
      Finish(N::StructExprField, fm, name);
    } else {
      // DIAG: ExpectedIdent
      ErrorExpectedWhat(DiagKind::ExpectedIdent);
      TokenId bad = Tok();
      SkipUntil(K::Comma);
      Finish(N::Error, fm, bad);
    }
  });
  Finish(N::StructExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseParenOrTuple() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  if (Eat(K::RParen)) {
    Finish(N::TupleExpr, mark, tok);
    return;
  }
  ParseExpr();
  if (Eat(K::RParen)) {
    Finish(N::ParenExpr, mark, tok);
    return;
  }
  ParseCommaTail(K::RParen, K::RParen, K::Comma, [&] { ParseExpr(); });
  Finish(N::TupleExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseArray() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  if (Eat(K::RBracket)) {
    Finish(N::ArrayExpr, mark, tok);
    return;
  }
  ParseExpr();
  if (At(K::Semi)) {
    TokenId semi = Tok();
    Bump();
    ParseExpr();
    ExpectClose(K::RBracket);
    Finish(N::ArrayRepeatExpr, mark, semi);
    return;
  }
  // ParseCommaTail's loop, as a list the region protocol may cut (ParseElems).
  if (Eat(K::Comma)) ParseElems(false);
  if (!Eat(K::RBracket)) {
    ErrorExpected(K::Comma, K::RBracket);
    SkipToGroupEnd();
    Eat(K::RBracket);
  }
  Finish(N::ArrayExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseElems(bool region_root) {
  for (;;) {
    if (region_root && pos_ >= stop_pos_) return;
    // A child region starts here: its elements are parsed by another thread.
    if (pos_ == next_child_pos_) {
      if (!SkipChild(kListElems, false)) return;
      continue;
    }
    if (At(K::RBracket)) return;
    ParseExpr();
    if (!Eat(K::Comma)) return;
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseClosure(uint32_t mark, uint8_t r) {
  if (At(K::KwFor)) ParseForLifetimes();
  while (At(K::KwStatic) || At(K::KwAsync) || At(K::KwMove) || At(K::KwConst)) BumpLeaf(N::Qualifier);
  TokenId tok = Tok();
  uint32_t pm = Mark();
  if (At(K::OrOr)) {
    Bump();
  } else if (Eat(K::Or)) {
    while (!At(K::Or) && !At(K::Eof)) {
      uint32_t before = pos_;
      uint32_t prm = Mark();
      ParseOuterAttrs();
      ParsePatternNoAlt();
      TokenId colon = TokenId::Invalid();
      if (At(K::Colon)) {
        colon = Tok();
        Bump();
        ParseType(false);
      }
      Finish(N::Param, prm, colon);
      if (!Eat(K::Comma)) break;
      if (pos_ == before) break;
    }
    if (!Eat(K::Or)) ErrorExpected(K::Comma, K::Or);
  } else {
    ErrorExpected(K::Or);
  }
  Finish(N::ParamList, pm, tok);
  if (At(K::RArrow)) {
    ParseRetType(false);
    ParseBlockExpr();
  } else {
    ParseExpr(r & kNoStruct);
  }
  Finish(N::ClosureExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseLet(uint8_t r) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  ParsePattern(true);
  if (Expect(K::Eq)) ParseExprBp(kPrecAndAnd + 1, r & kNoStruct);
  Finish(N::LetExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseIf() {
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  ParseExpr(kNoStruct);
  ParseBlockExpr();
  if (Eat(K::KwElse)) {
    if (At(K::KwIf)) ParseIf();
    else if (At(K::LBrace)) ParseBlockExpr();
    else ErrorExpected(K::LBrace, K::KwIf);
  }
  Finish(N::IfExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseMatch(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseExpr(kNoStruct);
  uint32_t lm = Mark();
  TokenId lt = Tok();
  if (!Eat(K::LBrace)) {
    ErrorExpected(K::LBrace);
    Finish(N::MatchArmList, lm, lt);
    Finish(N::MatchExpr, mark, tok);
    return;
  }
  ParseInnerAttrs();
  ParseArms(false);
  ExpectClose(K::RBrace);
  Finish(N::MatchArmList, lm, lt);
  Finish(N::MatchExpr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseArms(bool region_root) {
  for (;;) {
    if (region_root && pos_ >= stop_pos_) return;
    // A child region starts here: its arms are parsed by another thread.
    if (pos_ == next_child_pos_) {
      if (!SkipChild(kListArms, false)) return;
      continue;
    }
    if (At(K::RBrace) || At(K::Eof)) return;
    ParseArm();
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseArm() {
  uint32_t before = pos_;
  uint32_t am = Mark();
  ParseOuterAttrs();
  ParsePattern(true);
  if (At(K::KwIf)) {
    uint32_t gm = Mark();
    TokenId gt = Tok();
    Bump();
    ParseExpr();
    Finish(N::MatchGuard, gm, gt);
  }
  TokenId arrow = Tok();
  if (!Eat(K::FatArrow)) {
    ErrorExpected(K::FatArrow, K::KwIf, K::Or);
    SkipUntil(K::FatArrow, K::Comma);
    if (!Eat(K::FatArrow)) {
      Eat(K::Comma);
      Finish(N::Error, am, arrow);
      if (pos_ == before) Bump();
      return;
    }
  }
  ParseExprBp(0, kStmt);
  bool complete = IsComplete(kStmt);
  Finish(N::MatchArm, am, arrow);
  if (!Eat(K::Comma) && !At(K::RBrace) && !complete) {
    // DIAG: ExpectedToken
    Error(DiagKind::ExpectedToken, kVariantAfterArm);
  }
  if (pos_ == before) Bump();
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseLoopLike(uint32_t mark) {
  TokenId tok = Tok();
  K k = Kind();
  Bump();
  if (k == K::KwLoop) {
    ParseBlockExpr();
    Finish(N::LoopExpr, mark, tok);
  } else if (k == K::KwWhile) {
    ParseExpr(kNoStruct);
    ParseBlockExpr();
    Finish(N::WhileExpr, mark, tok);
  } else {
    ParsePattern(true);
    if (Expect(K::KwIn)) ParseExpr(kNoStruct);
    ParseBlockExpr();
    Finish(N::ForExpr, mark, tok);
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseBlock(uint32_t mark) {
  ParseBraced(N::BlockExpr, mark, [&] { ParseStmts(false); });
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseStmts(bool region_root) {
  for (;;) {
    if (region_root && pos_ >= stop_pos_) return;
    // A child region starts here: its statements are parsed by another thread.
    if (pos_ == next_child_pos_) {
      if (!SkipChild(kListStmts, false)) return;
      continue;
    }
    if (At(K::RBrace) || At(K::Eof)) return;
    uint32_t before = pos_;
    ParseStmt();
    if (pos_ == before) Bump();
  }
}

template <class Out>
RUSTG_HD auto Parser<Out>::AtBraceMacroStmt() const -> bool {
  uint32_t i = SimplePathLen();
  return i > 0 && Kind(i) == K::Not && Kind(i + 1) == K::LBrace;
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseStmt() {
  if (At(K::Semi)) {
    BumpLeaf(N::EmptyStmt);
    return;
  }
  uint32_t mark = Mark();
  uint32_t nattrs = ParseOuterAttrs();
  if (At(K::KwLet)) {
    TokenId tok = Tok();
    Bump();
    ParsePattern(true);
    if (Eat(K::Colon)) ParseType();
    if (Eat(K::Eq)) {
      ParseExpr();
      if (At(K::KwElse)) {
        uint32_t em = Mark();
        TokenId et = Tok();
        Bump();
        ParseBlockExpr();
        Finish(N::LetElse, em, et);
      }
    }
    if (!Eat(K::Semi)) ErrorExpected(K::Semi);
    Finish(N::LetStmt, mark, tok);
    return;
  }
  if (AtItemStart()) {
    ParseItem(mark, ItemCtx::Block);
    return;
  }
  if (nattrs > 0 && (At(K::RBrace) || At(K::Eof))) {
    // DIAG: ExpectedStmtAfterAttrs
    Error(DiagKind::ExpectedStmtAfterAttrs);
    Finish(N::Error, mark, Tok());
    return;
  }
  if (AtBraceMacroStmt()) {
    uint32_t mm = Mark();
    ParsePath(PathStyle::Expr);
    ParseMacroBang(mm);
    if (At(K::Dot) || At(K::Question)) {
      // `m! { .. }.method()` goes on as an expression (rustc's parse_stmt_mac).
      ParsePostfix(mm, kNoRestrict);
      ParseBinaryTail(mm, 0, kNoRestrict);
    }
    TokenId semi = TokenId::Invalid();
    if (At(K::Semi)) {
      semi = Tok();
      Bump();
    }
    Finish(N::ExprStmt, mark, semi);
    return;
  }
  ParseExprBp(0, kStmt);
  if (At(K::Semi)) {
    TokenId semi = Tok();
    Bump();
    Finish(N::ExprStmt, mark, semi);
    return;
  }
  if (!At(K::RBrace) && !IsComplete(kStmt)) {
    // DIAG: ExpectedToken
    Error(DiagKind::ExpectedToken, kVariantAfterStmt);
  }
  Finish(N::ExprStmt, mark, TokenId::Invalid());
}

}  // namespace rustg::parse_engine
