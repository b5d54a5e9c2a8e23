// Types, generic parameters, where clauses and bounds.
#pragma once

#include "parse/engine/parser.h"

namespace rustg::parse_engine {

using K = TokenKind;
using N = NodeKind;

// --- generics ---

template <class Out>
RUSTG_HD auto Parser<Out>::AtGenericParamsAfterImpl() const -> bool {
  // `impl<T> ...` versus `impl <T as Trait>::Assoc { }`, as rustc decides.
  K k1 = Kind(1);
  if (k1 == K::Gt || k1 == K::Pound || k1 == K::KwConst) return true;
  if (k1 == K::Ident || k1 == K::RawIdent || k1 == K::Lifetime) {
    K k2 = Kind(2);
    return k2 == K::Gt || k2 == K::Comma || k2 == K::Colon || k2 == K::Eq;
  }
  return false;
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseGenericParams() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Eat(K::Lt);
  while (!AtSplit(K::Gt) && !At(K::Eof)) {
    uint32_t before = pos_;
    uint32_t pm = Mark();
    ParseOuterAttrs();
    if (At(K::Lifetime)) {
      TokenId lt = Tok();
      Bump();
      ParseColonBounds();
      Finish(N::LifetimeParam, pm, lt);
    } else if (At(K::KwConst)) {
      TokenId ct = Tok();
      Bump();
      ParseName();
      if (Expect(K::Colon)) ParseType();
      if (Eat(K::Eq)) ParseConstArg();
      Finish(N::ConstParam, pm, ct);
    } else if (IsIdentAt()) {
      TokenId name = Tok();
      ParseName();
      ParseColonBounds();
      if (Eat(K::Eq)) ParseType();
      Finish(N::TypeParam, pm, name);
    } else {
      ErrorExpected(K::Gt, K::KwConst, K::Ident, K::Lifetime);
      SkipUntil(K::Comma, K::Gt);
      Finish(N::Error, pm, Tok());
    }
    if (!Eat(K::Comma)) {
      if (!AtSplit(K::Gt)) ErrorExpected(K::Comma, K::Gt);
      break;
    }
    if (pos_ == before) break;
  }
  if (!Eat(K::Gt)) {
    ErrorExpected(K::Gt);
    SkipUntil(K::Gt, K::LBrace, K::LParen, K::Semi);
    Eat(K::Gt);
  }
  Finish(N::GenericParamList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseForLifetimes() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  if (At(K::Lt)) ParseGenericParams();
  else ErrorExpected(K::Lt);
  Finish(N::ForLifetimes, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseWhereClause() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  if (At(K::Lt) && AtGenericParamsAfterImpl()) {
    // DIAG: WhereGenerics
    Error(DiagKind::WhereGenerics);
    ParseGenericParams();
  }
  for (;;) {
    uint32_t pm = Mark();
    if (At(K::Lifetime)) {
      BumpLeaf(N::Lifetime);
      TokenId colon = Tok();
      if (Expect(K::Colon)) ParseBounds(colon);
      Finish(N::WherePred, pm, colon);
    } else if (At(K::KwFor) || CanBeginType()) {
      if (At(K::KwFor)) ParseForLifetimes();
      ParseType();
      TokenId op = Tok();
      if (At(K::Colon)) {
        Bump();
        ParseBounds(op);
      } else if (At(K::Eq) || At(K::EqEq)) {
        Bump();
        ParseType();
      } else {
        ErrorExpected(K::Colon, K::EqEq);
      }
      Finish(N::WherePred, pm, op);
    } else {
      break;
    }
    if (!Eat(K::Comma)) break;
  }
  Finish(N::WhereClause, mark, tok);
}

// --- bounds ---

template <class Out>
RUSTG_HD auto Parser<Out>::CanBeginBound() const -> bool {
  switch (Kind()) {
    case K::Lifetime:
    case K::Question:
    case K::Tilde:
    case K::KwFor:
    case K::LParen:
    case K::KwConst:
    case K::Not:
      return true;
    default:
      return AtPathStart();
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseBounds(TokenId tok, bool allow_plus) {
  uint32_t mark = Mark();
  while (CanBeginBound()) {
    ParseBound();
    if (!allow_plus || !Eat(K::Plus)) break;
  }
  Finish(N::BoundList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseColonBounds() {
  if (!At(K::Colon)) return;
  TokenId colon = Tok();
  Bump();
  ParseBounds(colon);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseBound() {
  if (At(K::Lifetime)) {
    BumpLeaf(N::LifetimeBound);
    return;
  }
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  uint32_t mark = Mark();
  TokenId tok = TokenId::Invalid();
  bool paren = At(K::LParen);
  if (paren) {
    tok = Tok();
    Bump();
  }
  if (At(K::Tilde)) {
    BumpLeaf(N::Qualifier);
    if (At(K::KwConst)) BumpLeaf(N::Qualifier);
  } else if (At(K::KwConst)) {
    BumpLeaf(N::Qualifier);
  }
  if (At(K::Question) || At(K::Not)) BumpLeaf(N::Qualifier);
  if (At(K::KwFor)) ParseForLifetimes();
  if (AtPathStart()) {
    uint32_t pm = Mark();
    ParsePath(PathStyle::Type);
    Finish(N::PathType, pm, TokenId::Invalid());
  } else {
    // DIAG: ExpectedType
    ErrorExpectedWhat(DiagKind::ExpectedType);
    Leaf(N::Error, Tok());
  }
  if (paren) ExpectClose(K::RParen);
  Finish(N::TraitBound, mark, tok);
}

// --- types ---

template <class Out>
RUSTG_HD auto Parser<Out>::CanBeginType(uint32_t n) const -> bool {
  switch (Kind(n)) {
    case K::LParen:
    case K::Not:
    case K::Star:
    case K::And:
    case K::AndAnd:
    case K::LBracket:
    case K::Underscore:
    case K::KwFn:
    case K::KwUnsafe:
    case K::KwExtern:
    case K::KwFor:
    case K::KwImpl:
    case K::KwDyn:
    case K::KwTypeof:
    case K::Lt:
    case K::Shl:
    case K::PathSep:
    case K::Ident:
    case K::RawIdent:
    case K::KwSelfType:
    case K::KwSelfValue:
    case K::KwSuper:
    case K::KwCrate:
    case K::Question:
    case K::Lifetime:
    case K::DotDotDot:
      return true;
    default:
      return false;
  }
}

template <class Out>
RUSTG_HD auto Parser<Out>::AtDyn2015() const -> bool {
  if (edition_ != Edition::k2015 || !AtWord("dyn")) return false;
  switch (Kind(1)) {
    case K::Ident:
    case K::RawIdent:
    case K::Lifetime:
    case K::Question:
    case K::KwFor:
    case K::LParen:
    case K::KwSelfType:
    case K::KwSuper:
    case K::KwCrate:
    case K::Tilde:
      return true;
    default:
      return false;
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseRetType(bool allow_plus) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  ParseType(allow_plus);
  Finish(N::RetType, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseType(bool allow_plus) {
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  ParseTypeInner(allow_plus);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseTypeInner(bool allow_plus) {
  bool variadic_ok = variadic_type_ok_;
  variadic_type_ok_ = false;
  uint32_t mark = Mark();
  TokenId tok = Tok();
  K k = Kind();
  // A bare trait object: the bound(s) already pushed since `mark` continue with `+ Bound`s.
  auto bare_trait_object = [&] {
    while (Eat(K::Plus)) {
      if (!CanBeginBound()) break;
      ParseBound();
    }
    Finish(N::BoundList, mark, TokenId::Invalid());
    Finish(N::DynTraitType, mark, TokenId::Invalid());
  };
  auto fn_ptr = [&] {
    if (At(K::KwUnsafe)) BumpLeaf(N::Qualifier);
    if (At(K::KwExtern)) ParseAbi();
    TokenId fn_tok = Tok();
    if (!Expect(K::KwFn)) {
      Finish(N::Error, mark, fn_tok);
      return;
    }
    ParseParams(true, true);
    if (At(K::RArrow)) ParseRetType(false);
    Finish(N::FnPtrType, mark, fn_tok);
  };
  switch (k) {
    case K::LParen: {
      Bump();
      if (Eat(K::RParen)) {
        Finish(N::TupleType, mark, tok);
        return;
      }
      ParseType();
      if (Eat(K::RParen)) {
        Finish(N::ParenType, mark, tok);
        if (allow_plus && At(K::Plus)) {
          // `(Trait) + Send` is fine; `((Trait)) + Send` and `(A + B) + C` are not.
          uint32_t inner = Mark() - 2;
          bool ok = NodeKindAt(inner) == N::PathType;
          if (NodeKindAt(inner) == N::DynTraitType && !NodeTokenAt(inner).is_valid()) {
            uint32_t list = inner - 1;
            uint32_t last_bound = list - 1;
            ok = NodeSizeAt(list) == NodeSizeAt(last_bound) + 1;
          }
          if (!ok) {
            // DIAG: ParenTypePlus
            Error(DiagKind::ParenTypePlus);
          }
          bare_trait_object();
        }
        return;
      }
      ParseCommaTail(K::RParen, K::Comma, K::RParen, [&] { ParseType(); });
      Finish(N::TupleType, mark, tok);
      return;
    }
    case K::Not:
      BumpLeaf(N::NeverType);
      return;
    case K::Star:
      Bump();
      if (At(K::KwConst) || At(K::KwMut)) BumpLeaf(N::Qualifier);
      else ErrorExpected(K::KwConst, K::KwMut);
      ParseType(false);
      Finish(N::PtrType, mark, tok);
      return;
    case K::And:
    case K::AndAnd:
      Eat(K::And);
      if (At(K::Lifetime)) BumpLeaf(N::Lifetime);
      if (At(K::KwMut)) BumpLeaf(N::Qualifier);
      ParseType(false);
      Finish(N::RefType, mark, tok);
      return;
    case K::LBracket:
      Bump();
      ParseType();
      if (Eat(K::Semi)) {
        ParseExpr();
        ExpectClose(K::RBracket);
        Finish(N::ArrayType, mark, tok);
      } else {
        ExpectClose(K::RBracket);
        Finish(N::SliceType, mark, tok);
      }
      return;
    case K::Underscore:
      BumpLeaf(N::InferType);
      return;
    case K::KwFn:
    case K::KwUnsafe:
    case K::KwExtern:
      fn_ptr();
      return;
    case K::KwFor: {
      ParseForLifetimes();
      if (At(K::KwFn) || At(K::KwUnsafe) || At(K::KwExtern)) {
        fn_ptr();
        return;
      }
      // `for<'a> Trait<'a>` as a bare trait object.
      uint32_t pm = Mark();
      ParsePath(PathStyle::Type);
      Finish(N::PathType, pm, TokenId::Invalid());
      Finish(N::TraitBound, mark, TokenId::Invalid());
      if (allow_plus) {
        bare_trait_object();
      } else {
        Finish(N::BoundList, mark, TokenId::Invalid());
        Finish(N::DynTraitType, mark, TokenId::Invalid());
      }
      return;
    }
    case K::KwImpl:
      Bump();
      ParseBounds(TokenId::Invalid(), allow_plus);
      Finish(N::ImplTraitType, mark, tok);
      return;
    case K::KwDyn:
      Bump();
      ParseBounds(TokenId::Invalid(), allow_plus);
      Finish(N::DynTraitType, mark, tok);
      return;
    case K::KwTypeof:
      Bump();
      if (Expect(K::LParen)) {
        ParseExpr();
        ExpectClose(K::RParen);
      }
      Finish(N::TypeofType, mark, tok);
      return;
    case K::DotDotDot:
      if (!variadic_ok) {
        // DIAG: NestedCVarArgs
        Error(DiagKind::NestedCVarArgs);
      }
      BumpLeaf(N::CVarArgsType);
      return;
    case K::Question:
    case K::Lifetime:
    case K::Tilde:
      ParseBounds(TokenId::Invalid(), allow_plus);
      Finish(N::DynTraitType, mark, TokenId::Invalid());
      return;
    default:
      break;
  }
  if (AtDyn2015()) {
    Bump();
    ParseBounds(TokenId::Invalid(), allow_plus);
    Finish(N::DynTraitType, mark, tok);
    return;
  }
  if (AtPathStart()) {
    ParsePath(PathStyle::Type);
    if (AtMacroBang()) {
      ParseMacroBang(mark);
      Finish(N::MacroType, mark, TokenId::Invalid());
      return;
    }
    Finish(N::PathType, mark, TokenId::Invalid());
    if (allow_plus && At(K::Plus)) {
      Finish(N::TraitBound, mark, TokenId::Invalid());
      bare_trait_object();
    }
    return;
  }
  // DIAG: ExpectedType
  ErrorExpectedWhat(DiagKind::ExpectedType);
  Leaf(N::Error, tok);
}

}  // namespace rustg::parse_engine
