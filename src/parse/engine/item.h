// Items, attributes, visibility and names.
#pragma once

#include "parse/engine/parser.h"

namespace rustg::parse_engine {

using K = TokenKind;
using N = NodeKind;

// --- attributes ---

template <class Out>
RUSTG_HD auto Parser<Out>::ParseOuterAttrs() -> uint32_t {
  uint32_t n = 0;
  for (;;) {
    K k = Kind();
    if (k == K::OuterLineDoc || k == K::OuterBlockDoc) {
      BumpLeaf(N::OuterAttr);
    } else if (k == K::Pound && Kind(1) == K::LBracket) {
      ParseAttr(false);
    } else if (k == K::Pound && Kind(1) == K::Not && Kind(2) == K::LBracket) {
      // DIAG: InnerAttrNotPermitted
      Error(DiagKind::InnerAttrNotPermitted);
      ParseAttr(true);
    } else if (k == K::InnerLineDoc || k == K::InnerBlockDoc) {
      // DIAG: InnerDocNotPermitted
      Error(DiagKind::InnerDocNotPermitted);
      BumpLeaf(N::InnerAttr);
    } else {
      return n;
    }
    ++n;
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseInnerAttrs() {
  for (;;) {
    K k = Kind();
    if (k == K::InnerLineDoc || k == K::InnerBlockDoc) {
      BumpLeaf(N::InnerAttr);
    } else if (k == K::Pound && Kind(1) == K::Not && Kind(2) == K::LBracket) {
      ParseAttr(true);
    } else {
      return;
    }
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseAttr(bool inner) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();  // `#`
  if (inner) Bump();  // `!`
  Bump();  // `[`
  ParsePath(PathStyle::Mod);
  K k = Kind();
  if (k == K::LParen || k == K::LBracket || k == K::LBrace) {
    ParseTokenTree();
  } else if (k == K::Eq) {
    Bump();
    ParseExpr();
  }
  ExpectClose(K::RBracket);
  Finish(inner ? N::InnerAttr : N::OuterAttr, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseTokenTree() {
  TokenId tok = Tok();
  K k = Kind();
  if (k != K::LParen && k != K::LBracket && k != K::LBrace) {
    ErrorExpected(K::LParen, K::LBracket, K::LBrace);
    Leaf(N::Error, tok);
    return;
  }
  SkipTokenTree();
  Leaf(N::TokenTree, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseName() {
  if (IsIdentAt()) {
    BumpLeaf(N::Name);
    return;
  }
  K k = Kind();
  // DIAG: ExpectedIdent
  ErrorExpectedWhat(DiagKind::ExpectedIdent);
  if (IsKeyword(k) || k == K::Underscore) {
    // rustc recovers by taking the keyword as the name.
    BumpLeaf(N::Name);
  } else {
    Leaf(N::Error, Tok());
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseVisibility() {
  if (At(K::KwPub)) {
    uint32_t mark = Mark();
    TokenId tok = Tok();
    Bump();
    if (At(K::LParen)) {
      K k1 = Kind(1);
      if ((k1 == K::KwCrate || k1 == K::KwSelfValue || k1 == K::KwSuper) && Kind(2) == K::RParen) {
        Bump();
        ParsePath(PathStyle::Mod);
        Bump();
      } else if (k1 == K::KwIn) {
        Bump();
        Bump();
        ParsePath(PathStyle::Mod);
        ExpectClose(K::RParen);
      }
    }
    Finish(N::Visibility, mark, tok);
  } else if (At(K::KwCrate) && Kind(1) != K::PathSep && Kind(1) != K::Not) {
    // Nightly `crate` visibility (crate_visibility_modifier).
    BumpLeaf(N::Visibility);
  }
}

// --- items ---

template <class Out>
RUSTG_HD auto Parser<Out>::AtItemStart() const -> bool {
  K k = Kind();
  K k1 = Kind(1);
  switch (k) {
    case K::KwFn:
    case K::KwStruct:
    case K::KwEnum:
    case K::KwTrait:
    case K::KwImpl:
    case K::KwType:
    case K::KwMod:
    case K::KwUse:
    case K::KwExtern:
    case K::KwPub:
      return true;
    case K::KwStatic:
      return k1 != K::Or && k1 != K::OrOr && k1 != K::KwMove && k1 != K::KwAsync;
    case K::KwConst:
      return k1 != K::LBrace && k1 != K::Or && k1 != K::OrOr && k1 != K::KwMove;
    case K::KwUnsafe:
      return k1 != K::LBrace;
    case K::KwAsync:
      return k1 == K::KwFn || k1 == K::KwUnsafe || k1 == K::KwExtern;
    case K::KwCrate:
      return k1 != K::PathSep && k1 != K::Not && k1 != K::Dot && k1 != K::Semi && k1 != K::RBrace;
    case K::KwMacro:
      return k1 == K::Ident || k1 == K::RawIdent;
    case K::Ident:
      // Weak keywords. The next token is tested first: reading the text is a cache miss.
      if (k1 == K::Ident || k1 == K::RawIdent) return AtWord("union");
      if (k1 == K::KwTrait) return AtWord("auto");
      if (k1 == K::Not) return (Kind(2) == K::Ident || Kind(2) == K::RawIdent) && AtWord("macro_rules");
      if (k1 == K::KwFn || k1 == K::KwImpl || k1 == K::KwUnsafe || k1 == K::KwConst || k1 == K::KwType ||
          k1 == K::KwAsync || k1 == K::KwExtern || k1 == K::KwPub || k1 == K::KwStatic)
        return AtWord("default");
      return false;
    default:
      return false;
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseItems(ItemCtx ctx, bool top_level, bool region_root) {
  for (;;) {
    // A region of the file (region-parallel parsing) ends at an item boundary.
    if (region_root && pos_ >= stop_pos_) return;
    // A child region starts here: its items are parsed by another thread.
    if (pos_ == next_child_pos_) {
      if (!SkipChild(static_cast<uint8_t>(ctx), top_level)) return;
      continue;
    }
    K k = Kind();
    if (k == K::Eof) return;
    if (k == K::RBrace && !top_level) return;
    if (k == K::RBrace || k == K::RParen || k == K::RBracket) {
      // Unbalanced; already reported by the delimiter check.
      Bump();
      continue;
    }
    uint32_t mark = Mark();
    if (k == K::Semi) {
      // DIAG: ExpectedItem
      Error(DiagKind::ExpectedItem, kVariantItemSemi);
      Bump();
      continue;
    }
    uint32_t nattrs = ParseOuterAttrs();
    if (ParseItem(mark, ctx)) continue;
    TokenId tok = Tok();
    if (nattrs > 0 && (At(K::RBrace) || At(K::Eof))) {
      // DIAG: ExpectedItemAfterAttrs
      Error(DiagKind::ExpectedItemAfterAttrs);
      Finish(N::Error, mark, tok);
      continue;
    }
    // DIAG: ExpectedItem
    ErrorExpectedWhat(DiagKind::ExpectedItem);
    SkipTokenTree();
    while (!At(K::Eof) && !At(K::RBrace) && !At(K::Pound) && !AtItemStart()) SkipTokenTree();
    Finish(N::Error, mark, tok);
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseItemList(ItemCtx ctx) {
  ParseBraced(N::ItemList, Mark(), [&] { ParseItems(ctx, false); });
}

template <class Out>
RUSTG_HD auto Parser<Out>::ParseItem(uint32_t mark, ItemCtx ctx) -> bool {
  uint32_t start = pos_;
  ParseVisibility();
  // Qualifiers: default, then const async unsafe extern "abi" in that order, auto.
  int last = -1;
  auto ordered = [&](int order) {
    if (order <= last) {
      TokenKind want[4];
      uint32_t n = 0;
      for (int i = last + 1; i < 4; ++i) {
        if (i == 1) want[n++] = K::KwAsync;
        if (i == 2) want[n++] = K::KwUnsafe;
        if (i == 3) want[n++] = K::KwExtern;
      }
      want[n++] = K::KwFn;
      ErrorExpectedList(want, n);
    }
    last = order > last ? order : last;
    BumpLeaf(N::Qualifier);
  };
  for (;;) {
    K k = Kind();
    K k1 = Kind(1);
    if (k == K::KwConst && (k1 == K::KwFn || k1 == K::KwUnsafe || k1 == K::KwAsync || k1 == K::KwExtern)) {
      ordered(0);
    } else if (k == K::KwAsync && (k1 == K::KwFn || k1 == K::KwUnsafe || k1 == K::KwExtern || k1 == K::KwConst)) {
      ordered(1);
    } else if (k == K::KwUnsafe && k1 != K::LBrace) {
      ordered(2);
    } else if (k == K::Ident &&
               (k1 == K::KwFn || k1 == K::KwImpl || k1 == K::KwUnsafe || k1 == K::KwConst || k1 == K::KwType ||
                k1 == K::KwAsync || k1 == K::KwExtern || k1 == K::KwPub || k1 == K::KwStatic) &&
               AtWord("default")) {
      BumpLeaf(N::Qualifier);
    } else if (k == K::Ident && k1 == K::KwTrait && AtWord("auto")) {
      BumpLeaf(N::Qualifier);
    } else if (k == K::KwExtern && k1 != K::KwCrate) {
      TokenId tok = Tok();
      ParseAbi();
      if (At(K::LBrace)) {
        ParseItemList(ItemCtx::Extern);
        Finish(N::ExternBlock, mark, tok);
        return true;
      }
      if (last >= 3) ErrorExpected(K::KwFn);
      last = 3;
      if (!At(K::KwFn) && !At(K::KwUnsafe) && !At(K::KwConst) && !At(K::KwAsync)) ErrorExpected(K::LBrace);
    } else {
      break;
    }
  }
  K k = Kind();
  switch (k) {
    case K::KwFn:
      ParseFn(mark, ctx);
      return true;
    case K::KwStruct:
      ParseStructLike(mark, N::StructItem);
      return true;
    case K::KwEnum:
      ParseEnum(mark);
      return true;
    case K::KwTrait:
      ParseTrait(mark);
      return true;
    case K::KwImpl:
      ParseImpl(mark);
      return true;
    case K::KwType:
      ParseTypeAlias(mark);
      return true;
    case K::KwConst:
      if (ctx == ItemCtx::Extern) {
        // DIAG: ItemNotAllowedHere
        Error(DiagKind::ItemNotAllowedHere);
      }
      ParseConstOrStatic(mark, N::ConstItem);
      return true;
    case K::KwStatic:
      if (ctx == ItemCtx::Trait || ctx == ItemCtx::Impl) {
        // DIAG: ItemNotAllowedHere
        Error(DiagKind::ItemNotAllowedHere, kVariantAssocStatic);
      }
      ParseConstOrStatic(mark, N::StaticItem);
      return true;
    case K::KwMod:
      ParseMod(mark);
      return true;
    case K::KwUse:
      ParseUse(mark);
      return true;
    case K::KwExtern:
      ParseExternCrate(mark);
      return true;
    case K::KwMacro:
      if (IsIdentAt(1)) {
        ParseMacroDef(mark);
        return true;
      }
      break;
    case K::Ident:
      if (IsIdentAt(1) && AtWord("union")) {
        ParseStructLike(mark, N::UnionItem);
        return true;
      }
      if (Kind(1) == K::Not && IsIdentAt(2) && AtWord("macro_rules")) {
        ParseMacroRules(mark);
        return true;
      }
      break;
    default:
      break;
  }
  if (AtPathStart()) {
    // `path ! tokens`
    if (Kind(SimplePathLen()) == K::Not) {
      if (pos_ != start) {
        // DIAG: MacroWithVisibility
        Error(DiagKind::MacroWithVisibility);
      }
      ParseItemMacro(mark);
      return true;
    }
  }
  if (pos_ == start) return false;
  // Visibility or qualifiers without an item.
  TokenId tok = Tok();
  // DIAG: ExpectedItem
  ErrorExpectedWhat(DiagKind::ExpectedItem);
  Finish(N::Error, mark, tok);
  return true;
}

template <class Out>
RUSTG_HD void Parser<Out>::ExpectSemiAfterItem() {
  if (Eat(K::Semi)) return;
  ErrorExpected(K::Semi);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseAbi() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();  // extern
  if (At(K::StrLit) || At(K::RawStrLit)) BumpLeaf(N::Literal);
  Finish(N::Abi, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseNameOrUnderscore() {
  if (At(K::Underscore)) BumpLeaf(N::Name);
  else ParseName();
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseFn(uint32_t mark, ItemCtx ctx) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (At(K::Lt)) ParseGenericParams();
  ParseParams(false, ctx == ItemCtx::Trait && edition_ == Edition::k2015);
  if (At(K::RArrow)) ParseRetType(true);
  if (At(K::KwWhere)) ParseWhereClause();
  if (At(K::LBrace)) {
    ParseBlockExpr();
  } else if (!Eat(K::Semi)) {
    ErrorExpected(K::RArrow, K::Semi, K::KwWhere, K::LBrace);
  }
  Finish(N::FnItem, mark, tok);
}

template <class Out>
RUSTG_HD auto Parser<Out>::IsNamedParam() const -> bool {
  // A parameter is named when a `:` appears at depth 0 before its end.
  uint32_t depth = 0;
  for (uint32_t i = 0;; ++i) {
    K k = Kind(i);
    switch (k) {
      case K::Eof:
        return false;
      case K::LParen:
      case K::LBracket:
      case K::LBrace:
        ++depth;
        break;
      case K::RParen:
      case K::RBracket:
      case K::RBrace:
        if (depth == 0) return false;
        --depth;
        break;
      case K::Comma:
        if (depth == 0) return false;
        break;
      case K::Colon:
        if (depth == 0) return true;
        break;
      default:
        break;
    }
  }
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseParams(bool fn_ptr, bool anon_ok) {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  if (!Eat(K::LParen)) {
    ErrorExpected(K::LParen);
    Finish(N::ParamList, mark, tok);
    return;
  }
  bool first = true;
  ParseCommaList(K::RParen, ListRecovery::Skip, [&] {
    uint32_t pm = Mark();
    ParseOuterAttrs();
    K k0 = Kind(), k1 = Kind(1), k2 = Kind(2);
    bool self_param = false;
    {
      if (k0 == K::KwSelfValue && k1 != K::PathSep) self_param = true;
      if (k0 == K::KwMut && k1 == K::KwSelfValue && k2 != K::PathSep) self_param = true;
      if (k0 == K::And &&
          ((k1 == K::KwSelfValue && k2 != K::PathSep) || (k1 == K::KwMut && k2 == K::KwSelfValue) ||
           (k1 == K::Lifetime && (k2 == K::KwSelfValue || (k2 == K::KwMut && Kind(3) == K::KwSelfValue)))))
        self_param = true;
    }
    if (self_param) {
      if (!first) {
        // DIAG: SelfParamNotFirst
        Error(DiagKind::SelfParamNotFirst);
      }
      if (At(K::And)) {
        BumpLeaf(N::Qualifier);
        if (At(K::Lifetime)) BumpLeaf(N::Lifetime);
      }
      if (At(K::KwMut)) BumpLeaf(N::Qualifier);
      TokenId self_tok = Tok();
      Bump();
      if (Eat(K::Colon)) ParseType();
      Finish(N::SelfParam, pm, self_tok);
    } else if (At(K::DotDotDot)) {
      TokenId t = Tok();
      Bump();
      Finish(N::VariadicParam, pm, t);
    } else if ((fn_ptr || anon_ok) && !IsNamedParam()) {
      ParseType();
      Finish(N::Param, pm, TokenId::Invalid());
    } else {
      ParsePatternNoAlt();
      TokenId colon = Tok();
      if (Expect(K::Colon)) {
        variadic_type_ok_ = true;
        ParseType();
      }
      Finish(N::Param, pm, colon);
    }
    first = false;
  });
  Finish(N::ParamList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseStructLike(uint32_t mark, NodeKind kind) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (At(K::Lt)) ParseGenericParams();
  if (At(K::KwWhere)) ParseWhereClause();
  if (At(K::LBrace)) {
    ParseRecordFields();
  } else if (At(K::LParen) && kind == N::StructItem) {
    ParseTupleFields();
    if (At(K::KwWhere)) ParseWhereClause();
    ExpectSemiAfterItem();
  } else if (!Eat(K::Semi)) {
    if (kind == N::StructItem) ErrorExpected(K::LParen, K::Semi, K::Lt, K::KwWhere, K::LBrace);
    else ErrorExpected(K::Lt, K::KwWhere, K::LBrace);
  }
  Finish(kind, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseRecordFields() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  ParseCommaList(K::RBrace, ListRecovery::Skip, [&] {
    uint32_t fm = Mark();
    ParseOuterAttrs();
    ParseVisibility();
    ParseName();
    TokenId colon = Tok();
    if (Expect(K::Colon)) ParseType();
    Finish(N::RecordField, fm, colon);
  });
  Finish(N::RecordFieldList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseTupleFields() {
  uint32_t mark = Mark();
  TokenId tok = Tok();
  Bump();
  ParseCommaList(K::RParen, ListRecovery::Skip, [&] {
    uint32_t fm = Mark();
    ParseOuterAttrs();
    ParseVisibility();
    ParseType();
    Finish(N::TupleField, fm, TokenId::Invalid());
  });
  Finish(N::TupleFieldList, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseEnum(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (At(K::Lt)) ParseGenericParams();
  if (At(K::KwWhere)) ParseWhereClause();
  uint32_t lm = Mark();
  TokenId lt = Tok();
  if (!At(K::LBrace)) {
    ErrorExpected(K::Lt, K::KwWhere, K::LBrace);
    Finish(N::EnumItem, mark, tok);
    return;
  }
  Bump();
  ParseCommaList(K::RBrace, ListRecovery::Skip, [&] {
    uint32_t vm = Mark();
    ParseOuterAttrs();
    ParseVisibility();
    TokenId name = Tok();
    ParseName();
    if (At(K::LBrace)) ParseRecordFields();
    else if (At(K::LParen)) ParseTupleFields();
    if (Eat(K::Eq)) ParseExpr();
    Finish(N::Variant, vm, name);
  });
  Finish(N::VariantList, lm, lt);
  Finish(N::EnumItem, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseTrait(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (At(K::Lt)) ParseGenericParams();
  ParseColonBounds();
  if (At(K::Eq)) {
    TokenId eq = Tok();
    Bump();
    ParseBounds(eq);
    if (At(K::KwWhere)) ParseWhereClause();
    ExpectSemiAfterItem();
    Finish(N::TraitAlias, mark, tok);
    return;
  }
  if (At(K::KwWhere)) ParseWhereClause();
  ParseItemList(ItemCtx::Trait);
  Finish(N::TraitItem, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseImpl(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  if (At(K::Lt) && AtGenericParamsAfterImpl()) ParseGenericParams();
  if (At(K::KwConst)) BumpLeaf(N::Qualifier);
  if (At(K::Not) && CanBeginType(1)) BumpLeaf(N::Qualifier);
  ParseType();
  if (At(K::KwFor)) {
    if (LastKind() == N::DynTraitType && !NodeTokenAt(Mark() - 1).is_valid()) {
      // DIAG: ExpectedTraitFoundType
      Error(DiagKind::ExpectedTraitFoundType);
    }
    Bump();
    ParseType();
  }
  if (At(K::KwWhere)) ParseWhereClause();
  ParseItemList(ItemCtx::Impl);
  Finish(N::ImplItem, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseTypeAlias(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (At(K::Lt)) ParseGenericParams();
  ParseColonBounds();
  if (At(K::KwWhere)) ParseWhereClause();
  if (Eat(K::Eq)) ParseType();
  if (At(K::KwWhere)) ParseWhereClause();
  ExpectSemiAfterItem();
  Finish(N::TypeAlias, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseConstOrStatic(uint32_t mark, NodeKind kind) {
  TokenId tok = Tok();
  Bump();
  if (kind == N::StaticItem && At(K::KwMut)) BumpLeaf(N::Qualifier);
  ParseNameOrUnderscore();
  if (Eat(K::Colon)) {
    ParseType();
  } else {
    // DIAG: MissingItemType
    Error(DiagKind::MissingItemType, kind == N::ConstItem ? kVariantDefault : kVariantStatic);
  }
  if (Eat(K::Eq)) ParseExpr();
  ExpectSemiAfterItem();
  Finish(kind, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseMod(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (!Eat(K::Semi)) {
    if (At(K::LBrace)) ParseItemList(ItemCtx::Module);
    else ErrorExpected(K::Semi, K::LBrace);
  }
  Finish(N::ModItem, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseUse(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseUseTree();
  ExpectSemiAfterItem();
  Finish(N::UseItem, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseUseTree() {
  uint32_t mark = Mark();
  DepthGuard g(*this);
  if (!g.ok) {
    TooDeep();
    return;
  }
  TokenId tok = TokenId::Invalid();
  auto list = [&] {
    uint32_t lm = Mark();
    TokenId lt = Tok();
    Bump();
    ParseCommaList(K::RBrace, ListRecovery::Skip, [&] { ParseUseTree(); });
    Finish(N::UseTreeList, lm, lt);
  };
  if (At(K::Star)) {
    tok = Tok();
    Bump();
  } else if (At(K::LBrace)) {
    list();
  } else if (At(K::PathSep) && (Kind(1) == K::LBrace || Kind(1) == K::Star)) {
    tok = Tok();
    Bump();
    if (At(K::Star)) {
      tok = Tok();
      Bump();
    } else {
      list();
    }
  } else if (AtPathStart()) {
    ParsePath(PathStyle::Mod);
    if (At(K::PathSep)) {
      Bump();
      if (At(K::Star)) {
        tok = Tok();
        Bump();
      } else if (At(K::LBrace)) {
        list();
      } else {
        ErrorExpected(K::Star, K::LBrace);
      }
    } else if (At(K::KwAs)) {
      tok = Tok();
      Bump();
      ParseNameOrUnderscore();
    }
  } else {
    // DIAG: ExpectedIdent
    ErrorExpectedWhat(DiagKind::ExpectedIdent);
  }
  Finish(N::UseTree, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseExternCrate(uint32_t mark) {
  Bump();  // extern
  TokenId tok = Tok();
  Bump();  // crate
  if (At(K::KwSelfValue)) BumpLeaf(N::Name);
  else ParseName();
  if (Eat(K::KwAs)) {
    ParseNameOrUnderscore();
  }
  ExpectSemiAfterItem();
  Finish(N::ExternCrate, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseMacroRules(uint32_t mark) {
  Bump();  // macro_rules
  Bump();  // !
  TokenId name = Tok();
  ParseName();
  bool brace = At(K::LBrace);
  ParseTokenTree();
  if (!brace) ExpectSemiAfterItem();
  Finish(N::MacroRules, mark, name);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseMacroDef(uint32_t mark) {
  TokenId tok = Tok();
  Bump();
  ParseName();
  if (At(K::LParen)) ParseTokenTree();
  if (At(K::LBrace)) ParseTokenTree();
  else ErrorExpected(K::LParen, K::LBrace);
  Finish(N::MacroDef, mark, tok);
}

template <class Out>
RUSTG_HD void Parser<Out>::ParseItemMacro(uint32_t mark) {
  ParsePath(PathStyle::Mod);
  TokenId tok = Tok();
  Bump();  // !
  bool brace = At(K::LBrace);
  ParseTokenTree();
  if (!brace) ExpectSemiAfterItem();
  Finish(N::MacroCall, mark, tok);
}

}  // namespace rustg::parse_engine
