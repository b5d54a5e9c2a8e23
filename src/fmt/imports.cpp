// Import and module ordering (reorder_imports, reorder_modules) and trailing commas, done on the
// element sequence before printing.
#include <algorithm>
#include <functional>
#include <memory>
#include <string>

#include "fmt/elements.h"

namespace rustg {
namespace {

auto IsComment(TokenKind k) -> bool {
  return k == TokenKind::LineComment || k == TokenKind::BlockComment || IsDocComment(k);
}

// One segment of a use path, in rustfmt's order of kinds.
struct UseSeg {
  enum Kind : uint8_t { Self, Super, Crate, Ident, Glob, List } kind = Ident;
  std::string name;
  std::string alias;  // `as` name, or empty
  bool has_alias = false;
  std::vector<std::vector<UseSeg>> list;  // List: the sorted trees inside
};
using UseTree = std::vector<UseSeg>;

// Display width of elements [lo, hi] of `el` laid out on one line (the spaces between included).
auto SpanWidth(const FileElements& fe, const std::vector<Element>& el, uint32_t lo, uint32_t hi) -> uint64_t {
  uint64_t w = 0;
  for (uint32_t k = lo; k <= hi; ++k) {
    w += DisplayWidth(fe.Text(el[k]));
    if (k > lo && SpaceBetween(el[k - 1], el[k], k >= 2 ? &el[k - 2] : nullptr)) ++w;
  }
  return w;
}

auto IsUpperSnake(const std::string& s) -> bool {
  return std::all_of(s.begin(), s.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
}

// rustfmt's identifier order in imports: snake_case < CamelCase < UPPER_SNAKE, then bytes.
auto CompareIdent(const std::string& a, const std::string& b) -> int {
  auto lower = [](const std::string& s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; };
  auto upper = [](const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; };
  if (upper(a) && lower(b)) return 1;
  if (lower(a) && upper(b)) return -1;
  bool ua = IsUpperSnake(a), ub = IsUpperSnake(b);
  if (ua && !ub) return 1;
  if (!ua && ub) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

auto CompareTree(const UseTree& a, const UseTree& b) -> int;

auto CompareSeg(const UseSeg& a, const UseSeg& b) -> int {
  if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.kind == UseSeg::Ident) {
    if (int c = CompareIdent(a.name, b.name)) return c;
    // An aliased import sorts before the plain one of the same name, then by alias.
    if (a.has_alias != b.has_alias) return a.has_alias ? -1 : 1;
    return CompareIdent(a.alias, b.alias);
  }
  if (a.kind == UseSeg::List) {
    for (size_t i = 0; i < a.list.size() && i < b.list.size(); ++i)
      if (int c = CompareTree(a.list[i], b.list[i])) return c;
    return a.list.size() < b.list.size() ? -1 : a.list.size() > b.list.size() ? 1 : 0;
  }
  if (a.has_alias != b.has_alias) return a.has_alias ? -1 : 1;
  return 0;
}

auto CompareTree(const UseTree& a, const UseTree& b) -> int {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (int c = CompareSeg(a[i], b[i])) return c;
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// Parses a use tree from elements [i, end); returns false on anything unexpected.
auto ParseUseTree(const FileElements& fe, uint32_t& i, uint32_t end, UseTree& out) -> bool {
  const auto& el = fe.elems;
  while (i < end) {
    const Element& e = el[i];
    if (e.verbatim || IsComment(e.kind)) return false;
    UseSeg seg;
    if (e.kind == TokenKind::PathSep) {
      ++i;
      continue;
    }
    if (e.kind == TokenKind::KwSelfValue) seg.kind = UseSeg::Self;
    else if (e.kind == TokenKind::KwSuper) seg.kind = UseSeg::Super;
    else if (e.kind == TokenKind::KwCrate) seg.kind = UseSeg::Crate;
    else if (e.kind == TokenKind::Ident || e.kind == TokenKind::RawIdent || e.kind == TokenKind::KwSelfType) seg.kind = UseSeg::Ident;
    else if (e.kind == TokenKind::Star) seg.kind = UseSeg::Glob;
    else if (e.kind == TokenKind::LBrace) {
      seg.kind = UseSeg::List;
      uint32_t close = e.partner;
      if (close == UINT32_MAX || close >= end) return false;
      uint32_t j = i + 1;
      while (j < close) {
        UseTree sub;
        uint32_t item_end = j;
        int depth = 0;
        while (item_end < close && !(depth == 0 && el[item_end].kind == TokenKind::Comma)) {
          if (IsOpen(el[item_end].kind)) ++depth;
          if (IsClose(el[item_end].kind)) --depth;
          ++item_end;
        }
        uint32_t k = j;
        if (!ParseUseTree(fe, k, item_end, sub)) return false;
        seg.list.push_back(std::move(sub));
        j = item_end + 1;
      }
      std::sort(seg.list.begin(), seg.list.end(), [](const UseTree& a, const UseTree& b) { return CompareTree(a, b) < 0; });
      i = close + 1;
      out.push_back(std::move(seg));
      continue;
    } else {
      return false;
    }
    seg.name = std::string(fe.Text(e));
    ++i;
    if (i < end && el[i].kind == TokenKind::KwAs) {
      if (i + 1 >= end) return false;
      seg.has_alias = true;
      seg.alias = std::string(fe.Text(el[i + 1]));
      i += 2;
    }
    out.push_back(std::move(seg));
  }
  return true;
}

// Element ranges [lo, hi) of the items of one list, separated at top-level commas.
struct Range {
  uint32_t lo, hi;
};

// Moves the elements of `items` (disjoint, increasing, covering [first.lo, last.hi) with single
// separators between them) into the order `order`, keeping each position's line breaks.
void Permute(FileElements& fe, const std::vector<Range>& items, const std::vector<size_t>& order) {
  auto& el = fe.elems;
  std::vector<Element> moved;
  uint32_t lo = items.front().lo, hi = items.back().hi;
  moved.reserve(hi - lo);
  for (size_t k = 0; k < order.size(); ++k) {
    const Range& r = items[order[k]];
    uint32_t pos_newlines = el[items[k].lo].newlines;
    bool pos_spaced = el[items[k].lo].spaced;
    for (uint32_t i = r.lo; i < r.hi; ++i) {
      Element e = el[i];
      if (i == r.lo) {
        e.newlines = pos_newlines;
        e.spaced = pos_spaced;
      }
      moved.push_back(e);
    }
    // The separator that followed position k stays after position k.
    if (k + 1 < order.size())
      for (uint32_t i = items[k].hi; i < items[k + 1].lo; ++i) moved.push_back(el[i]);
  }
  // Partners inside moved ranges shift with them: recompute for delimiters in [lo, hi).
  std::copy(moved.begin(), moved.end(), el.begin() + lo);
  RelinkPartners(el, lo, hi);
  fe.reordered = true;
}

// Sorts the items inside every use list `{...}` in [lo, hi).
void SortUseLists(FileElements& fe, uint32_t lo, uint32_t hi) {
  for (uint32_t i = lo; i < hi; ++i) {
    const Element& open = fe.elems[i];
    if (open.kind != TokenKind::LBrace || open.verbatim || open.partner == UINT32_MAX || open.partner >= hi) continue;
    // Inner lists first, so keys see sorted contents.
    uint32_t close = open.partner;
    std::vector<Range> items;
    uint32_t j = i + 1;
    bool ok = true;
    while (j < close) {
      uint32_t e = j;
      while (e < close && fe.elems[e].kind != TokenKind::Comma) {
        if (IsComment(fe.elems[e].kind)) ok = false;
        if (IsOpen(fe.elems[e].kind) && fe.elems[e].partner != UINT32_MAX) e = fe.elems[e].partner;
        ++e;
      }
      if (e > j) items.push_back({j, e});
      j = e + 1;
    }
    if (!ok || items.size() < 2) continue;
    std::vector<UseTree> keys(items.size());
    for (size_t k = 0; k < items.size(); ++k) {
      uint32_t p = items[k].lo;
      if (!ParseUseTree(fe, p, items[k].hi, keys[k])) ok = false;
    }
    if (!ok) continue;
    std::vector<size_t> order(items.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return CompareTree(keys[a], keys[b]) < 0; });
    if (!std::is_sorted(order.begin(), order.end())) Permute(fe, items, order);
  }
}

// A `use` or `mod name;` item found at the start of a line: its element range and sort key.
struct Item {
  Range range;
  bool is_use = false;
  bool is_extern_crate = false;  // `extern crate name;` (sorted among themselves, as imports)
  UseTree key;
};

// Recognises an item starting at element i (attributes, visibility, then `use ...;` or `mod x;`).
auto MatchItem(const FileElements& fe, uint32_t i, Item& item) -> bool {
  const auto& el = fe.elems;
  uint32_t j = i;
  // Outer attributes (a multi-line one is one verbatim element).
  bool macro_use = false;
  while (j < el.size() && el[j].kind == TokenKind::Pound && !el[j].verbatim && j + 1 < el.size() &&
         el[j + 1].kind == TokenKind::LBracket && el[j + 1].partner != UINT32_MAX) {
    for (uint32_t k = j + 2; k < el[j + 1].partner; ++k)
      if (fe.Text(el[k]) == "macro_use") macro_use = true;
    j = el[j + 1].partner + 1;
  }
  while (j < el.size() && el[j].verbatim && el[j].kind == TokenKind::Pound) ++j;
  if (j < el.size() && el[j].kind == TokenKind::KwPub) {
    ++j;
    if (j < el.size() && el[j].kind == TokenKind::LParen && el[j].newlines == 0 && el[j].partner != UINT32_MAX) j = el[j].partner + 1;
  }
  if (j >= el.size()) return false;
  if (el[j].kind == TokenKind::KwUse) {
    item.is_use = true;
    uint32_t k = j + 1;
    uint32_t semi = k;
    while (semi < el.size() && el[semi].kind != TokenKind::Semi) {
      if (IsComment(el[semi].kind) || el[semi].verbatim) return false;
      if (IsOpen(el[semi].kind) && el[semi].partner != UINT32_MAX) semi = el[semi].partner;
      ++semi;
    }
    if (semi >= el.size()) return false;
    if (!ParseUseTree(fe, k, semi, item.key)) return false;
    item.range = {i, semi + 1};
  } else if (el[j].kind == TokenKind::KwExtern && !macro_use && j + 3 < el.size() && el[j + 1].kind == TokenKind::KwCrate &&
             (el[j + 2].kind == TokenKind::Ident || el[j + 2].kind == TokenKind::RawIdent || el[j + 2].kind == TokenKind::KwSelfValue)) {
    uint32_t semi = j + 3;
    if (el[semi].kind == TokenKind::KwAs) semi += 2;
    if (semi >= el.size() || el[semi].kind != TokenKind::Semi) return false;
    for (uint32_t k = j; k <= semi; ++k)
      if (el[k].verbatim || IsComment(el[k].kind)) return false;
    item.is_extern_crate = true;
    UseSeg seg;
    seg.name = std::string(fe.Text(el[j + 2]));
    item.key.push_back(seg);
    item.range = {i, semi + 1};
  } else if (el[j].kind == TokenKind::KwMod && !macro_use) {
    if (j + 2 >= el.size() || el[j + 2].kind != TokenKind::Semi) return false;
    if (el[j + 1].kind != TokenKind::Ident && el[j + 1].kind != TokenKind::RawIdent) return false;
    UseSeg seg;
    seg.name = std::string(fe.Text(el[j + 1]));
    item.key.push_back(seg);
    item.range = {i, j + 3};
  } else {
    return false;
  }
  // The item must end its line.
  uint32_t after = item.range.hi;
  if (after < el.size() && el[after].newlines == 0) return false;
  return true;
}

}  // namespace

void ReorderImports(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  uint32_t i = 0;
  while (i < el.size()) {
    bool line_start = i == 0 || el[i].newlines > 0;
    // A line after an attribute line belongs to the attribute's item, which did not match
    // (`#[macro_use]` before `mod x;` keeps the item where it is).
    const bool after_attr =
        i > 0 && !el[i - 1].synthetic &&
        ((el[i - 1].verbatim && el[i - 1].kind == TokenKind::Pound) ||
         (el[i - 1].kind == TokenKind::RBracket && !el[i - 1].verbatim && el[i - 1].partner != UINT32_MAX &&
          el[i - 1].partner > 0 && el[el[i - 1].partner - 1].kind == TokenKind::Pound));
    Item first;
    if (!line_start || after_attr || !MatchItem(fe, i, first)) {
      ++i;
      continue;
    }
    // A group: items of the same kind, each on following lines, with no blank line between.
    std::vector<Item> group;
    group.push_back(std::move(first));
    uint32_t next = group.back().range.hi;
    while (next < el.size() && el[next].newlines == 1) {
      Item it;
      if (!MatchItem(fe, next, it) || it.is_use != group.front().is_use ||
          it.is_extern_crate != group.front().is_extern_crate)
        break;
      group.push_back(std::move(it));
      next = group.back().range.hi;
    }
    bool enabled = group.front().is_use || group.front().is_extern_crate ? cfg.reorder_imports : cfg.reorder_modules;
    if (enabled && group.front().is_use)
      for (const Item& it : group) SortUseLists(fe, it.range.lo, it.range.hi);
    if (enabled && group.size() > 1) {
      // Lists may have moved inside items: recompute keys.
      for (Item& it : group) {
        Item again;
        if (MatchItem(fe, it.range.lo, again)) it.key = std::move(again.key);
      }
      std::vector<size_t> order(group.size());
      for (size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(),
                       [&](size_t a, size_t b) { return CompareTree(group[a].key, group[b].key) < 0; });
      if (!std::is_sorted(order.begin(), order.end())) {
        std::vector<Range> ranges;
        for (const Item& it : group) ranges.push_back(it.range);
        Permute(fe, ranges, order);
      }
    }
    i = next;
  }
}

void FixTrailingCommas(FileElements& fe) {
  auto& el = fe.elems;
  std::vector<Element> out;
  out.reserve(el.size() + el.size() / 32);
  // Lists whose vertical form ends with a comma and whose one-line form does not.
  auto is_list = [](const Element& open) {
    if (!open.has_opener_kind) return false;
    switch (open.opener_of) {
      case NodeKind::ArgList: case NodeKind::ParamList: case NodeKind::ArrayExpr: case NodeKind::StructExpr:
      case NodeKind::RecordFieldList: case NodeKind::TupleFieldList: case NodeKind::VariantList:
      case NodeKind::StructPat: case NodeKind::TupleStructPat: case NodeKind::SlicePat: case NodeKind::UseTreeList:
        return true;
      default:
        return false;
    }
  };
  std::vector<int64_t> remap(el.size());
  for (uint32_t i = 0; i < el.size(); ++i) {
    const Element& e = el[i];
    if (!e.verbatim && !e.synthetic && !e.macro_commas && IsClose(e.kind) && e.partner != UINT32_MAX && e.partner < i &&
        is_list(el[e.partner])) {
      // Last significant element before the closer.
      int64_t p = static_cast<int64_t>(out.size()) - 1;
      while (p >= 0 && IsComment(out[p].kind)) --p;
      bool opener_before = p >= 0 && static_cast<uint64_t>(remap[e.partner]) == static_cast<uint64_t>(p);
      if (!opener_before && p >= 0) {
        const Element& last = out[p];
        bool rest = last.kind == TokenKind::DotDot || last.kind == TokenKind::DotDotDot;
        // `..base` in a struct literal: no comma after the base expression.
        // The last field starts after the last top-level comma (nested delimiters skipped, so
        // `data: &v[1..]` is no base); a base field starts with `..`.
        int64_t q = p;
        while (q > remap[e.partner] && out[q].kind != TokenKind::Comma) {
          const Element& x = out[q];
          if (IsClose(x.kind) && !x.verbatim && !x.synthetic && x.partner != UINT32_MAX && x.partner < i &&
              remap[x.partner] < q)
            q = remap[x.partner];
          --q;
        }
        bool after_base = q + 1 <= p && (out[q + 1].kind == TokenKind::DotDot || out[q + 1].kind == TokenKind::DotDotDot);
        if (e.newlines > 0 && last.kind != TokenKind::Comma && !rest && !after_base) {
          out.insert(out.begin() + p + 1, SyntheticComma());
        } else if (e.newlines == 0 && last.kind == TokenKind::Comma && !last.synthetic) {
          // A single-line list drops its trailing comma, unless a comment or line break sits in it.
          bool one_line = true;
          for (int64_t q = p; q > remap[e.partner]; --q)
            if (out[q].newlines > 0) one_line = false;
          if (one_line && p + 1 == static_cast<int64_t>(out.size())) out.erase(out.begin() + p);
        }
      }
    }
    remap[i] = static_cast<int64_t>(out.size());
    out.push_back(e);
  }
  // Partners are element indices: rebuild them for the new sequence.
  RelinkPartners(out, 0, static_cast<uint32_t>(out.size()));
  el = std::move(out);
}

}  // namespace rustg

namespace rustg {

// An if/else used as a value, written on one line: it stays there only with an else branch, no
// else-if, a single expression per block and within single_line_if_else_max_width; otherwise
// every block of it is broken.
void ExpandIfElse(FileElements& fe, uint32_t then_open, const FmtConfig& cfg) {
  auto& el = fe.elems;
  const Element& open = el[then_open];
  uint32_t first = then_open;
  while (first > 0 && el[first].first != open.if_first) --first;
  uint32_t last = then_open;
  while (last + 1 < el.size() && el[last].last != open.if_last) ++last;
  if (el[first].first != open.if_first || el[last].last != open.if_last) return;
  uint64_t width = 0;
  bool has_else = false, else_if = false, statements = false;
  std::vector<uint32_t> blocks;  // the then-block and the blocks right after `else`
  for (uint32_t k = first; k <= last; ++k) {
    const Element& x = el[k];
    if (k > first && x.newlines > 0) return;  // already multi-line: left as written
    if (IsComment(x.kind) || x.verbatim) return;
    width += fe.Text(x).size();
    if (k > first && SpaceBetween(el[k - 1], x, k >= 2 ? &el[k - 2] : nullptr)) ++width;
    if (x.kind == TokenKind::KwElse) {
      has_else = true;
      if (k + 1 <= last && el[k + 1].kind == TokenKind::KwIf) else_if = true;
    }
    bool chain_block = k == then_open || (k > 0 && el[k - 1].kind == TokenKind::KwElse);
    if (x.kind == TokenKind::LBrace && chain_block && x.partner != UINT32_MAX && x.partner <= last) {
      blocks.push_back(k);
      for (uint32_t y = k + 1; y < x.partner; ++y) {
        if (el[y].kind == TokenKind::Semi) statements = true;
        if (IsOpen(el[y].kind) && el[y].partner != UINT32_MAX && el[y].partner < x.partner) y = el[y].partner;
      }
    }
  }
  if (has_else && !else_if && !statements && width <= cfg.single_line_if_else_max_width) return;
  for (uint32_t blk : blocks) {
    uint32_t close = el[blk].partner;
    if (close == blk + 1) continue;
    // A block ending in `return`/`break`/`continue` without `;` gets one once it spans lines
    // (trailing_semicolon), as statement blocks do.
    {
      uint32_t start = blk + 1;
      for (uint32_t y = blk + 1; y < close; ++y) {
        if (IsOpen(el[y].kind) && !el[y].verbatim && el[y].partner != UINT32_MAX && el[y].partner < close) {
          y = el[y].partner;
          continue;
        }
        if (el[y].kind == TokenKind::Semi) start = y + 1;
      }
      const uint32_t lastk = close - 1;
      if (start < close && !el[start].verbatim && !el[lastk].verbatim && !el[lastk].synthetic &&
          el[lastk].alt_text.empty() && !IsComment(el[lastk].kind) && el[lastk].kind != TokenKind::Semi &&
          (el[start].kind == TokenKind::KwReturn || el[start].kind == TokenKind::KwBreak ||
           el[start].kind == TokenKind::KwContinue)) {
        fe.arena.push_back(std::string(fe.Text(el[lastk])) + ";");
        el[lastk].alt_text = fe.arena.back();
      }
    }
    el[blk + 1].newlines = 1;
    el[close].newlines = 1;
    for (uint32_t y = blk + 1; y < close; ++y) {
      if (IsOpen(el[y].kind) && !el[y].verbatim && el[y].partner != UINT32_MAX && el[y].partner < close) {
        y = el[y].partner;
        continue;
      }
      if (el[y].kind == TokenKind::Semi && y + 1 < close) el[y + 1].newlines = 1;
    }
  }
}

// Struct literals, patterns and struct variants written over several lines whose fields fit
// struct_lit_width / struct_variant_width on one line: rustfmt joins them. In an enum where some
// variant stays over several lines, rustfmt writes every struct variant vertically.
void JoinNarrowStructs(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  for (uint32_t i = 0; i < el.size(); ++i) {
    const Element& open = el[i];
    if (open.verbatim || open.in_macro || (open.expand != Expand::StructLit && open.expand != Expand::StructVariant) ||
        open.partner == UINT32_MAX || open.partner <= i + 1)
      continue;
    const uint32_t close = open.partner;
    bool multi = false, plain = true;
    for (uint32_t k = i + 1; k <= close && plain; ++k) {
      const Element& x = el[k];
      multi |= x.newlines > 0;
      if (IsComment(x.kind) || x.synthetic || (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) ||
          x.role == TokRole::ClosureOpen || (k < close && IsOpen(x.kind) && x.kind == TokenKind::LBrace))
        plain = false;
    }
    if (!multi || !plain) continue;
    uint32_t last = close - 1;
    if (el[last].kind == TokenKind::Comma && last > i + 1) --last;
    uint64_t width = 0;
    for (uint32_t k = i + 1; k <= last; ++k) {
      width += DisplayWidth(fe.Text(el[k]));
      if (k > i + 1 && SpaceBetween(el[k - 1], el[k], k >= 2 ? &el[k - 2] : nullptr)) ++width;
    }
    const uint32_t limit = open.expand == Expand::StructLit ? cfg.struct_lit_width : cfg.struct_variant_width;
    if (width > limit) continue;
    for (uint32_t k = i + 1; k <= close; ++k) el[k].newlines = 0;
    i = close;
  }
}

// In an enum where some variant is written over several lines, rustfmt writes every struct
// variant vertically (runs after the width rules broke one-line variants).
void ExpandStructVariantsOfTallEnums(FileElements& fe) {
  auto& el = fe.elems;
  for (uint32_t i = 0; i < el.size(); ++i) {
    const Element& open = el[i];
    if (open.verbatim || !open.has_opener_kind || open.opener_of != NodeKind::VariantList || open.partner == UINT32_MAX)
      continue;
    const uint32_t close = open.partner;
    // Variants: between top-level commas; one is multi-line when a line break falls inside it.
    bool any_multi = false;
    std::vector<uint32_t> struct_braces;
    bool plain = true;
    uint32_t start = i + 1;
    for (uint32_t k = i + 1; k < close; ++k) {
      const Element& x = el[k];
      if (IsComment(x.kind) || x.verbatim || x.kind == TokenKind::Pound) plain = false;
      if (IsOpen(x.kind) && x.partner != UINT32_MAX && x.partner < close) {
        if (x.expand == Expand::StructVariant) struct_braces.push_back(k);
        for (uint32_t y = k + 1; y <= x.partner; ++y) any_multi |= el[y].newlines > 0;
        k = x.partner;
        continue;
      }
      if (x.kind == TokenKind::Comma) start = k + 1;
      else if (k > start && x.newlines > 0) any_multi = true;
    }
    if (!plain || !any_multi) continue;
    for (uint32_t b : struct_braces) {
      const uint32_t c = el[b].partner;
      if (c <= b + 1) continue;
      el[b + 1].newlines = std::max(el[b + 1].newlines, 1u);
      el[c].newlines = std::max(el[c].newlines, 1u);
      int generics = 0;  // `Client<A, B>`'s commas separate no fields
      for (uint32_t k = b + 1; k < c; ++k) {
        if (IsOpen(el[k].kind) && !el[k].verbatim && el[k].partner != UINT32_MAX && el[k].partner < c) {
          k = el[k].partner;
          continue;
        }
        if (!el[k].verbatim && el[k].role == TokRole::GenericOpen) generics += el[k].kind == TokenKind::Shl ? 2 : 1;
        if (!el[k].verbatim && el[k].role == TokRole::GenericClose)
          generics = std::max(0, generics - (el[k].kind == TokenKind::Shr ? 2 : 1));
        if (el[k].kind == TokenKind::Comma && generics == 0 && k + 1 < c && el[k + 1].newlines == 0) el[k + 1].newlines = 1;
      }
    }
  }
}

void ExpandBraces(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  JoinNarrowStructs(fe, cfg);
  for (uint32_t i = 0; i < el.size(); ++i) {
    Element& open = el[i];
    if (open.verbatim || open.expand == Expand::None || open.partner == UINT32_MAX || open.partner <= i + 1) continue;
    uint32_t close = open.partner;
    // Only braces written on one line, without comments inside.
    bool one_line = true;
    for (uint32_t k = i + 1; k <= close && one_line; ++k)
      if (el[k].newlines > 0 || el[k].kind == TokenKind::LineComment || el[k].kind == TokenKind::BlockComment ||
          IsDocComment(el[k].kind))
        one_line = false;
    if (!one_line) continue;
    if (open.expand == Expand::IfElse) {
      ExpandIfElse(fe, i, cfg);
      continue;
    }
    bool statements = open.expand == Expand::Statements;
    if (open.expand == Expand::StructLit || open.expand == Expand::StructVariant) {
      // Width of the fields as printed on one line (a trailing comma there is dropped).
      uint32_t last = close - 1;
      if (el[last].kind == TokenKind::Comma && last > i + 1) --last;
      uint64_t width = 0;
      for (uint32_t k = i + 1; k <= last; ++k) {
        width += fe.Text(el[k]).size();
        if (k > i + 1 && SpaceBetween(el[k - 1], el[k], k >= 2 ? &el[k - 2] : nullptr)) ++width;
      }
      uint32_t limit = open.expand == Expand::StructLit ? cfg.struct_lit_width : cfg.struct_variant_width;
      if (width <= limit) continue;
    }
    // Break after `{`, after each top-level separator, and before `}`.
    el[i + 1].newlines = 1;
    el[close].newlines = 1;
    int generics = 0;  // open generic lists: `call::<A, R, F>`'s commas separate nothing here
    for (uint32_t k = i + 1; k < close; ++k) {
      const Element& e = el[k];
      if (!e.verbatim && IsOpen(e.kind) && e.partner != UINT32_MAX && e.partner < close) {
        k = e.partner;
        continue;
      }
      if (!e.verbatim && e.role == TokRole::GenericOpen) generics += e.kind == TokenKind::Shl ? 2 : 1;
      if (!e.verbatim && e.role == TokRole::GenericClose)
        generics = std::max(0, generics - (e.kind == TokenKind::Shr ? 2 : 1));
      bool sep = statements ? e.kind == TokenKind::Semi : e.kind == TokenKind::Comma && generics == 0;
      if (sep && k + 1 < close) el[k + 1].newlines = 1;
    }
  }
  ExpandStructVariantsOfTallEnums(fe);
  // An `unsafe { expr }` written on one line whose expression now spans lines (a struct literal
  // broken above) is no single-line block any more: rustfmt breaks it. Inner blocks first.
  for (uint32_t i = static_cast<uint32_t>(el.size()); i-- > 1;) {
    Element& open = el[i];
    if (open.verbatim || open.kind != TokenKind::LBrace || open.partner == UINT32_MAX || open.partner <= i + 1 ||
        el[i - 1].kind != TokenKind::KwUnsafe || el[i - 1].verbatim)
      continue;
    const uint32_t close = open.partner;
    if (el[i + 1].newlines > 0 || el[close].newlines > 0) continue;
    bool inner_break = false, comment = false;
    for (uint32_t k = i + 2; k < close; ++k) {
      inner_break |= el[k].newlines > 0;
      comment |= el[k].kind == TokenKind::LineComment || el[k].kind == TokenKind::BlockComment;
    }
    if (!inner_break || comment) continue;
    el[i + 1].newlines = 1;
    el[close].newlines = 1;
  }
}

}  // namespace rustg

namespace rustg {

void JoinItemHeaders(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  // Brace nesting of each element: its block indent is tab_spaces columns a level.
  std::vector<uint32_t> depth(el.size(), 0);
  for (uint32_t k = 0, d = 0; k < el.size(); ++k) {
    if (!el[k].verbatim && !el[k].synthetic && el[k].kind == TokenKind::RBrace && d > 0) --d;
    depth[k] = d;
    if (!el[k].verbatim && !el[k].synthetic && el[k].kind == TokenKind::LBrace) ++d;
  }
  std::vector<uint32_t> joins;  // elements of one header whose line breaks go
  for (uint32_t i = 0; i < el.size(); ++i) {
    const Element& kw = el[i];
    if (kw.verbatim || kw.in_macro) continue;
    // The body delimiter each item kind ends with (`fn` name: not a fn pointer type).
    NodeKind body{};
    switch (kw.kind) {
      case TokenKind::KwFn:
        if (i + 1 >= el.size() || (el[i + 1].kind != TokenKind::Ident && el[i + 1].kind != TokenKind::RawIdent)) continue;
        body = NodeKind::BlockExpr;
        break;
      case TokenKind::KwImpl: case TokenKind::KwTrait: body = NodeKind::ItemList; break;
      case TokenKind::KwStruct: body = NodeKind::RecordFieldList; break;
      case TokenKind::KwEnum: body = NodeKind::VariantList; break;
      default: continue;
    }
    joins.clear();
    uint32_t term = i;  // the header's last element on its joined line
    int generic = 0;
    bool ok = false;
    for (uint32_t k = i + 1; k < el.size() && k < i + 4096; ++k) {
      const Element& x = el[k];
      if (IsComment(x.kind) || x.in_macro) break;
      if (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) break;
      if (generic <= 0 && x.newlines > 0) joins.push_back(k);
      if (x.verbatim) continue;
      if (x.role == TokRole::GenericOpen || x.role == TokRole::QSelfOpen) generic += x.kind == TokenKind::Shl ? 2 : 1;
      else if (x.role == TokRole::GenericClose) generic -= x.kind == TokenKind::Shr ? 2 : 1;
      else if (x.kind == TokenKind::LBrace) {
        // Stop at the body; any other `{` (a const generic block) is not a header rustfmt joins.
        ok = generic <= 0 && x.has_opener_kind && x.opener_of == body;
        term = k;
        // An empty body is `{}`.
        if (ok && x.partner == k + 1) joins.push_back(k + 1);
        break;
      } else if (IsOpen(x.kind)) {
        if (x.partner == UINT32_MAX || x.partner < k) break;
        k = x.partner;  // the list's own layout is the printer's
      } else if (IsClose(x.kind) || (generic <= 0 && (x.kind == TokenKind::Eq || x.kind == TokenKind::Comma))) {
        break;
      } else if (generic <= 0 && (x.kind == TokenKind::Semi || x.role == TokRole::WhereKw)) {
        // A where clause has a layout of its own; a body-less item ends at `;`.
        ok = true;
        term = x.kind == TokenKind::Semi ? k : k - 1;
        break;
      }
    }
    if (!ok || joins.empty()) continue;
    // Only a header that fits max_width once joined (lists inside counted on one line): a longer
    // one has rustfmt's broken layouts (`for` or bounds on lines below), kept as written.
    uint32_t stop = term;
    uint32_t start = i;
    while (start > 0 && el[start].newlines == 0) --start;
    uint64_t width = uint64_t{depth[i]} * cfg.tab_spaces;
    bool multiline_token = false;
    for (uint32_t k = start; k <= stop; ++k) {
      if (el[k].role == TokRole::WhereKw) break;
      std::string_view t = fe.Text(el[k]);
      multiline_token |= t.find('\n') != std::string_view::npos;
      width += t.size() + (k > start && SpaceBetween(el[k - 1], el[k], k >= 2 ? &el[k - 2] : nullptr) ? 1 : 0);
    }
    // A body-less fn is measured with ` {` in place of `;` (rustfmt's signature budget does so).
    if (el[stop].kind == TokenKind::Semi) ++width;
    if (multiline_token) continue;
    if (width > cfg.max_width) {
      // A too-wide fn whose breaks all follow its parameter list: joined, the printer makes the
      // parameters vertical and leaves `) -> T {` on the last line, as rustfmt does.
      // A body-less fn keeps `-> T;` on its own line (rustfmt's indented return type).
      if (kw.kind != TokenKind::KwFn || el[stop].kind == TokenKind::Semi) continue;
      uint32_t close = UINT32_MAX;
      for (uint32_t k = i + 1; k <= stop; ++k)
        if (el[k].kind == TokenKind::LParen && el[k].has_opener_kind && el[k].opener_of == NodeKind::ParamList) {
          close = el[k].partner;
          break;
        }
      if (close == UINT32_MAX || joins.front() <= close) continue;
    }
    // A trait's supertrait bounds written over lines stay so (rustfmt's own width rule for them).
    if (kw.kind == TokenKind::KwTrait) {
      bool bounds_broken = false, in_bounds = false;
      for (uint32_t k = i + 1, j = 0; k <= stop; ++k) {
        if (el[k].kind == TokenKind::Colon) in_bounds = true;
        while (j < joins.size() && joins[j] < k) ++j;
        if (in_bounds && j < joins.size() && joins[j] == k) bounds_broken = true;
      }
      if (bounds_broken) continue;
    }
    for (uint32_t k : joins) {
      if (el[k].role == TokRole::WhereKw) continue;
      el[k].newlines = 0;
      el[k].indent = IndentHint::Auto;
    }
  }
}

void LayoutWhereClauses(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  const uint64_t max_width = cfg.max_width;
  // Brace nesting of each element: its block indent is four columns a level.
  std::vector<uint32_t> depth(el.size(), 0);
  for (uint32_t k = 0, d = 0; k < el.size(); ++k) {
    if (!el[k].verbatim && !el[k].synthetic && el[k].kind == TokenKind::RBrace && d > 0) --d;
    depth[k] = d;
    if (!el[k].verbatim && !el[k].synthetic && el[k].kind == TokenKind::LBrace) ++d;
  }
  std::vector<uint32_t> comma_after;  // elements after which a trailing comma goes
  for (uint32_t w = 0; w < el.size(); ++w) {
    if (el[w].role != TokRole::WhereKw || el[w].verbatim) continue;
    // Predicates run to the first `{`, `;` or `=` outside delimiters and generic brackets.
    int generic = 0;
    uint32_t end = w + 1;
    bool ok = true;
    std::vector<uint32_t> pred_starts;
    if (end < el.size()) pred_starts.push_back(end);
    for (; end < el.size(); ++end) {
      const Element& x = el[end];
      if (IsComment(x.kind)) ok = false;
      if (x.verbatim) continue;
      if (x.role == TokRole::GenericOpen || x.role == TokRole::QSelfOpen) generic += x.kind == TokenKind::Shl ? 2 : 1;
      else if (x.role == TokRole::GenericClose) generic -= x.kind == TokenKind::Shr ? 2 : 1;
      else if ((x.kind == TokenKind::LParen || x.kind == TokenKind::LBracket) && x.partner != UINT32_MAX && x.partner > end) end = x.partner;
      else if (generic <= 0 && (x.kind == TokenKind::LBrace || x.kind == TokenKind::Semi || x.kind == TokenKind::Eq)) break;
      else if (generic <= 0 && x.kind == TokenKind::Comma && end + 1 < el.size()) {
        const Element& n = el[end + 1];
        if (n.kind != TokenKind::LBrace && n.kind != TokenKind::Semi && n.kind != TokenKind::Eq) pred_starts.push_back(end + 1);
      }
    }
    if (!ok || end >= el.size() || pred_starts.empty() || pred_starts.front() >= end) continue;
    // An empty body keeps its where clause on the header line, except a function's: rustfmt
    // lays that clause out and writes the body as `{` and `}` on lines of their own.
    bool empty_fn_body = false;
    if (el[end].kind == TokenKind::LBrace && el[end].partner == end + 1) {
      TokenKind item = TokenKind::Eof;
      for (int64_t k = static_cast<int64_t>(w) - 1; k >= 0; --k) {
        const Element& x = el[k];
        if (x.verbatim) break;
        if (IsClose(x.kind) && x.partner != UINT32_MAX && x.partner < k) {
          k = x.partner;
          continue;
        }
        if (x.kind == TokenKind::Semi || x.kind == TokenKind::LBrace || x.kind == TokenKind::RBrace) break;
        if (x.kind == TokenKind::KwFn || x.kind == TokenKind::KwImpl || x.kind == TokenKind::KwTrait) {
          item = x.kind;
          break;
        }
      }
      // One predicate: the whole item on one line when it fits (rustfmt compresses the clause).
      if (item != TokenKind::KwFn && pred_starts.size() == 1) {
        uint32_t start = w - 1;
        while (start > 0 && !(el[start].newlines > 0 && depth[start] == depth[w])) --start;
        uint64_t width = uint64_t{depth[w]} * cfg.tab_spaces;
        for (uint32_t k = start; k <= end + 1; ++k)
          width += fe.Text(el[k]).size() + (k > start && SpaceBetween(el[k - 1], el[k], k >= 2 ? &el[k - 2] : nullptr) ? 1 : 0);
        bool plain = true;
        for (uint32_t k = start + 1; k <= end + 1; ++k) plain &= !el[k].verbatim && !IsComment(el[k].kind);
        if (plain && width <= max_width)
          for (uint32_t k = start + 1; k <= end + 1; ++k) el[k].newlines = 0;
        // Otherwise rustfmt's compressed clause (`where` ending the header line) is kept as written.
        continue;
      }
      empty_fn_body = true;
    }
    // After vertical parameters, `where` stays on the `)` line.
    bool after_vertical_params = w > 0 && el[w - 1].newlines > 0 &&
                                 (el[w - 1].kind == TokenKind::RParen || el[w - 1].role == TokRole::GenericClose);
    if (!after_vertical_params) {
      el[w].newlines = std::max<uint32_t>(el[w].newlines, 1);
      el[w].indent = IndentHint::Anchor;
    } else {
      el[w].newlines = 0;
    }
    for (uint32_t p : pred_starts) {
      el[p].newlines = 1;
      el[p].indent = IndentHint::AnchorPlusOne;
    }
    bool body = el[end].kind == TokenKind::LBrace || el[end].kind == TokenKind::Eq;
    if (empty_fn_body) el[end + 1].newlines = 1;
    if (body) {
      el[end].newlines = 1;
      el[end].indent = IndentHint::Anchor;
      if (el[end - 1].kind != TokenKind::Comma && el[end].kind == TokenKind::LBrace) comma_after.push_back(end - 1);
    }
  }
  if (comma_after.empty()) return;
  std::vector<Element> out;
  out.reserve(el.size() + comma_after.size());
  size_t c = 0;
  for (uint32_t i = 0; i < el.size(); ++i) {
    out.push_back(el[i]);
    if (c < comma_after.size() && comma_after[c] == i) {
      out.push_back(SyntheticComma());
      ++c;
    }
  }
  RelinkPartners(out, 0, static_cast<uint32_t>(out.size()));
  el = std::move(out);
}

}  // namespace rustg

namespace rustg {

void FixMatchArmCommas(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  const uint32_t n = static_cast<uint32_t>(el.size());
  // Innermost open delimiter around each element, and the previous significant element.
  std::vector<uint32_t> encl(n, UINT32_MAX), prev(n, UINT32_MAX);
  std::vector<uint32_t> stack;
  uint32_t last_sig = UINT32_MAX;
  for (uint32_t i = 0; i < n; ++i) {
    const Element& e = el[i];
    if (!e.verbatim && !e.synthetic && IsClose(e.kind) && !stack.empty()) stack.pop_back();
    encl[i] = stack.empty() ? UINT32_MAX : stack.back();
    prev[i] = last_sig;
    if (!e.verbatim && !e.synthetic && IsOpen(e.kind)) stack.push_back(i);
    if (!IsComment(e.kind)) last_sig = i;
  }
  // `}` that ends a block arm body `=> { ... }` (an `unsafe` block keeps its comma).
  std::vector<bool> arm_block_end(n, false);
  for (uint32_t i = 0; i < n; ++i) {
    const Element& e = el[i];
    // (Or the synthetic block WrapLongArmBodies put around a long body: synthetic braces have no
    // partners, their `}` is found by counting.)
    if (e.verbatim || e.kind != TokenKind::LBrace ||
        !(e.synthetic || (e.has_opener_kind && e.opener_of == NodeKind::BlockExpr && e.partner != UINT32_MAX)))
      continue;
    uint32_t p = prev[i];
    if (p == UINT32_MAX || el[p].kind != TokenKind::FatArrow) continue;
    uint32_t close = e.partner;
    if (e.synthetic) {
      int depth = 0;
      for (close = i; close < n; ++close) {
        if (el[close].verbatim) continue;
        if (el[close].kind == TokenKind::LBrace) ++depth;
        if (el[close].kind == TokenKind::RBrace && --depth == 0) break;
      }
      if (close >= n) continue;
    }
    uint32_t list = encl[i];
    if (list != UINT32_MAX && el[list].has_opener_kind && el[list].opener_of == NodeKind::MatchArmList)
      arm_block_end[close] = true;
  }
  std::vector<bool> drop(n, false), comma_after(n, false);
  bool changed = false;
  for (uint32_t i = 0; i < n; ++i) {
    const Element& e = el[i];
    uint32_t list = encl[i];
    if (!e.verbatim && e.kind == TokenKind::RBrace && e.partner != UINT32_MAX) list = e.partner;
    bool in_arms = list != UINT32_MAX && el[list].has_opener_kind && el[list].opener_of == NodeKind::MatchArmList;
    if (!in_arms) continue;
    if (e.kind == TokenKind::Comma && !e.synthetic && prev[i] != UINT32_MAX && arm_block_end[prev[i]] &&
        !cfg.match_block_trailing_comma) {
      drop[i] = changed = true;
    }
    if (!e.verbatim && e.kind == TokenKind::RBrace && e.partner == list && e.newlines > 0) {
      uint32_t p = prev[i];
      if (p != UINT32_MAX && p != list && el[p].kind != TokenKind::Comma &&
          (!arm_block_end[p] || cfg.match_block_trailing_comma)) {
        comma_after[p] = changed = true;
      }
    }
  }
  if (!changed) return;
  std::vector<Element> out;
  out.reserve(n + 16);
  for (uint32_t i = 0; i < n; ++i) {
    if (!drop[i]) out.push_back(el[i]);
    if (comma_after[i]) out.push_back(SyntheticComma());
  }
  RelinkPartners(out, 0, static_cast<uint32_t>(out.size()));
  el = std::move(out);
}

}  // namespace rustg

namespace rustg {

void BreakLongAttributes(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  const uint32_t n = static_cast<uint32_t>(el.size());
  auto width = [&](uint32_t lo, uint32_t hi) { return SpanWidth(fe, el, lo, hi); };
  // Brace nesting: an attribute starting a line is indented tab_spaces columns a level.
  std::vector<uint32_t> depth(n, 0);
  for (uint32_t k = 0, d = 0; k < n; ++k) {
    if (!el[k].verbatim && !el[k].synthetic && el[k].kind == TokenKind::RBrace && d > 0) --d;
    depth[k] = d;
    if (!el[k].verbatim && !el[k].synthetic && el[k].kind == TokenKind::LBrace) ++d;
  }
  std::vector<uint32_t> nl(n, 0);  // the layout's line breaks inside the attribute being laid out
  std::vector<uint32_t> drop;      // trailing commas of attributes' own lists, removed at the end
  // Width of the first line of el[lo, hi] under nl.
  auto first_line = [&](uint32_t lo, uint32_t hi) {
    uint32_t k = lo;
    while (k < hi && nl[k + 1] == 0) ++k;
    return width(lo, k);
  };
  auto multiline = [&](uint32_t lo, uint32_t hi) {
    for (uint32_t k = lo + 1; k <= hi; ++k)
      if (nl[k] > 0) return true;
    return false;
  };
  // rustfmt's meta item rewrite (attr.rs through overflow.rs): a list `name(a, b)` stays on one
  // line when its items are single-line and fit both the line and attr_fn_like_width; a single
  // item overflows (is laid out from the column after `(`) when its first line fits; otherwise
  // one item per line one level deeper. `col` is the item's column, `indent` its block indent,
  // `reserve` the columns its shape keeps free after it. False when rustfmt gives up.
  std::function<bool(uint32_t, uint32_t, uint64_t, uint64_t, uint64_t)> layout =
      [&](uint32_t lo, uint32_t hi, uint64_t col, uint64_t indent, uint64_t reserve) -> bool {
    for (uint32_t k = lo + 1; k <= hi; ++k) nl[k] = 0;
    uint32_t open = lo;
    while (open < hi && el[open].kind != TokenKind::LParen) ++open;
    if (open >= hi || el[open].partner != hi) return true;  // a path or `name = literal`: one line
    uint64_t name_w = width(lo, open - 1);
    std::vector<std::pair<uint32_t, uint32_t>> items;
    for (uint32_t k = open + 1; k < hi;) {
      uint32_t s = k;
      while (k < hi && el[k].kind != TokenKind::Comma) k = IsOpen(el[k].kind) && el[k].partner < hi ? el[k].partner + 1 : k + 1;
      items.push_back({s, k - 1});
      if (k < hi) ++k;  // the comma
    }
    if (items.empty()) return true;
    // The list's own shape keeps one more column free (rustfmt's `sub_width(1)` for `]`).
    int64_t one_line = static_cast<int64_t>(cfg.max_width) - static_cast<int64_t>(col + reserve + 1 + name_w + 2);
    int64_t limit = std::min<int64_t>(one_line, cfg.attr_fn_like_width);
    auto item_w = [&](size_t j) {
      uint64_t w = width(items[j].first, items[j].second);
      return w;
    };
    if (items.size() == 1) {
      auto [a, b] = items[0];
      std::vector<uint32_t> saved(nl.begin() + a, nl.begin() + b + 1);
      if (layout(a, b, col + name_w + 1, indent, reserve + 1) && static_cast<int64_t>(first_line(a, b)) <= limit)
        return true;
      std::copy(saved.begin(), saved.end(), nl.begin() + a);
      bool ok = layout(a, b, indent + cfg.tab_spaces, indent + cfg.tab_spaces, 0);
      if (ok && !multiline(a, b) && static_cast<int64_t>(item_w(0)) <= one_line) return true;
      nl[a] = 1;
      nl[hi] = 1;
      return ok;
    }
    bool ok = true, single = true;
    int64_t total = -2;
    for (size_t j = 0; j < items.size(); ++j) {
      ok = layout(items[j].first, items[j].second, indent + cfg.tab_spaces, indent + cfg.tab_spaces, 0) && ok;
      if (multiline(items[j].first, items[j].second)) single = false;
      total += static_cast<int64_t>(item_w(j)) + 2;
    }
    if (single && total <= limit) return ok;
    for (auto [a, b] : items) nl[a] = 1;
    nl[hi] = 1;
    return ok;
  };
  for (uint32_t i = 0; i + 3 < n; ++i) {
    if (el[i].kind != TokenKind::Pound || el[i].verbatim || el[i].in_macro) continue;
    uint32_t b = i + 1;
    if (el[b].kind == TokenKind::Not) ++b;
    if (b >= n || el[b].kind != TokenKind::LBracket || el[b].partner == UINT32_MAX) continue;
    uint32_t end = el[b].partner;
    // Only attributes that start a line have a known column (their block's indent).
    bool ok = i == 0 || el[i].newlines > 0;
    for (uint32_t k = i + 1; k <= end; ++k)
      if (el[k].verbatim || IsComment(el[k].kind) || el[k].synthetic) ok = false;
    if (!ok || end < b + 2) {
      i = end;
      continue;
    }
    uint32_t p = b + 1;
    while (p < end && (el[p].kind == TokenKind::Ident || el[p].kind == TokenKind::PathSep)) ++p;
    if (p < end && el[p].kind == TokenKind::LParen && fe.Text(el[p - 1]) == "derive") {
      i = end;
      continue;  // derive lists have a layout of their own
    }
    uint64_t indent = uint64_t{depth[i]} * cfg.tab_spaces;
    uint64_t col = indent + (b - i) + 1;
    if (layout(b + 1, end - 1, col, indent, 0)) {
      for (uint32_t k = i + 1; k <= b + 1; ++k) el[k].newlines = 0;
      for (uint32_t k = b + 2; k < end; ++k) el[k].newlines = nl[k];
      el[end].newlines = 0;
      // The attribute's own list loses a trailing comma; nested lists keep theirs as written.
      if (el[end - 1].kind == TokenKind::RParen && el[end - 1].partner == p && el[end - 2].kind == TokenKind::Comma)
        drop.push_back(end - 2);
    }
    i = end;
  }
  if (drop.empty()) return;
  std::vector<Element> out;
  out.reserve(n);
  for (uint32_t k = 0, d = 0; k < n; ++k) {
    if (d < drop.size() && drop[d] == k) {
      ++d;
      continue;
    }
    out.push_back(el[k]);
  }
  RelinkPartners(out, 0, static_cast<uint32_t>(out.size()));
  el = std::move(out);
}

}  // namespace rustg

namespace rustg {

namespace {

// The closure whose body is el[b0, bend] (bars ending at `bar`) as the last of several call
// arguments written on one line: rustfmt overflows it with at most fn_call_width for the whole
// list, so a body that does not fit there on one line gets a block (`f(a, |x| {` ... `})`),
// unless the arguments up to `|x| {` are already too wide (the list then goes vertical) or the
// body may span lines itself (match, blocks, loops, struct literals).
auto OverflowedClosureNeedsBlock(const FileElements& fe, const std::vector<Element>& el, uint32_t bar, uint32_t b0,
                                 uint32_t bend, const FmtConfig& cfg) -> bool {
  if (bend + 1 >= el.size() || el[bend + 1].kind != TokenKind::RParen || el[bend + 1].verbatim) return false;
  const uint32_t open = el[bend + 1].partner;
  if (open == UINT32_MAX || open >= bar || !el[open].has_opener_kind || el[open].opener_of != NodeKind::ArgList ||
      el[open].in_macro)
    return false;
  uint32_t b = b0;
  while (b < bend && (el[b].role == TokRole::UnaryPrefix || el[b].kind == TokenKind::KwMut)) ++b;
  switch (el[b].kind) {
    case TokenKind::KwMatch: case TokenKind::KwLoop: case TokenKind::KwUnsafe: case TokenKind::KwAsync:
    case TokenKind::LBrace: case TokenKind::KwIf: case TokenKind::KwFor: case TokenKind::KwWhile:
      return false;
    default:
      break;
  }
  // The closure's start (`|`, `||` or `move`) and the top-level commas before it.
  uint32_t cstart = bar;
  while (cstart > open && el[cstart].role != TokRole::ClosureOpen) --cstart;
  if (cstart <= open) return false;
  if (cstart > open + 1 && (el[cstart - 1].kind == TokenKind::KwMove || el[cstart - 1].kind == TokenKind::KwAsync)) --cstart;
  bool several = false;
  for (uint32_t k = open + 1; k < cstart; ++k) {
    if (el[k].newlines > 0 || el[k].verbatim || IsComment(el[k].kind)) return false;
    if (IsOpen(el[k].kind) && el[k].partner != UINT32_MAX && el[k].partner < cstart) {
      k = el[k].partner;
      continue;
    }
    several |= el[k].kind == TokenKind::Comma;
  }
  if (!several || el[cstart - 1].kind != TokenKind::Comma) return false;
  for (uint32_t k = cstart; k <= bend + 1; ++k)
    if (el[k].newlines > 0 || el[k].verbatim || IsComment(el[k].kind) || el[k].synthetic ||
        (el[k].kind == TokenKind::LBrace && !(el[k].has_opener_kind && el[k].opener_of == NodeKind::StructExpr)))
      return false;
  auto width = [&](uint32_t lo, uint32_t hi) { return SpanWidth(fe, el, lo, hi); };
  const uint64_t all = width(open + 1, bend);
  const uint64_t head = width(open + 1, bar) + 2;  // through `|x| {`
  return all > cfg.fn_call_width && head <= cfg.fn_call_width;
}

}  // namespace

void WrapLongClosureChains(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  std::vector<std::pair<uint32_t, uint32_t>> wraps;  // body [first, last]
  for (uint32_t i = 0; i + 1 < el.size(); ++i) {
    const Element& c = el[i];
    if (c.verbatim || c.in_macro) continue;
    const bool bars = c.role == TokRole::ClosureClose || (c.role == TokRole::ClosureOpen && c.kind == TokenKind::OrOr);
    if (!bars) continue;
    const uint32_t b0 = i + 1;
    if (el[b0].verbatim || el[b0].kind == TokenKind::LBrace || el[b0].kind == TokenKind::RArrow) continue;
    // A `for` or `while` loop as the body always spans lines, which rustfmt allows a closure's
    // expression body only for block-like expressions (match, loop, blocks): it gets a block.
    if (el[b0].kind == TokenKind::KwFor || el[b0].kind == TokenKind::KwWhile) {
      int d = 0;
      uint32_t k = b0 + 1;
      for (; k < el.size(); ++k) {
        const Element& x = el[k];
        if (x.verbatim) continue;
        if (x.kind == TokenKind::LBrace && d == 0) break;
        if (IsOpen(x.kind)) ++d;
        if (IsClose(x.kind) && --d < 0) break;
      }
      if (k < el.size() && el[k].kind == TokenKind::LBrace && el[k].partner != UINT32_MAX && el[k].partner > k) {
        wraps.push_back({b0, el[k].partner});
        i = el[k].partner;
      }
      continue;
    }
    // An `if` body stays only when rustfmt writes it on one line (an else, no else-if, single
    // expressions, within single_line_if_else_max_width); otherwise it gets a block too.
    if (el[b0].kind == TokenKind::KwIf && !el[b0].in_macro) {
      uint32_t k = b0 + 1, last = UINT32_MAX;
      bool has_else = false, else_if = false, one_line = true, statements = false;
      while (k < el.size()) {
        int d = 0;
        for (; k < el.size(); ++k) {
          const Element& x = el[k];
          if (x.verbatim) continue;
          if (x.kind == TokenKind::LBrace && d == 0) break;
          if (IsOpen(x.kind)) ++d;
          if (IsClose(x.kind) && --d < 0) break;
        }
        if (k >= el.size() || el[k].kind != TokenKind::LBrace || el[k].partner == UINT32_MAX || el[k].partner < k) break;
        for (uint32_t y = k + 1; y < el[k].partner; ++y) {
          if (IsOpen(el[y].kind) && !el[y].verbatim && el[y].partner != UINT32_MAX && el[y].partner < el[k].partner) {
            y = el[y].partner;
            continue;
          }
          statements |= el[y].kind == TokenKind::Semi || el[y].kind == TokenKind::KwLet;
        }
        last = el[k].partner;
        k = last + 1;
        if (k < el.size() && el[k].kind == TokenKind::KwElse && !el[k].verbatim) {
          has_else = true;
          ++k;
          if (k < el.size() && el[k].kind == TokenKind::KwIf) else_if = true;
          continue;
        }
        break;
      }
      if (last == UINT32_MAX) continue;
      uint64_t w = 0;
      for (uint32_t y = b0; y <= last; ++y) {
        if (IsComment(el[y].kind) || el[y].synthetic) one_line = false;
        if (y > b0 && el[y].newlines > 0) one_line = false;
        w += DisplayWidth(fe.Text(el[y]));
        if (y > b0 && SpaceBetween(el[y - 1], el[y], y >= 2 ? &el[y - 2] : nullptr)) ++w;
      }
      bool comments = false;
      for (uint32_t y = b0; y <= last; ++y) comments |= IsComment(el[y].kind);
      if (!comments && !(has_else && !else_if && !statements && one_line && w <= cfg.single_line_if_else_max_width))
        wraps.push_back({b0, last});
      i = last;
      continue;
    }
    if (el[b0].newlines > 0) continue;
    // The body: up to a `,` or `;` at its depth, or the closer of the enclosing group.
    int depth = 0;
    uint32_t k = b0;
    bool ok = true;
    for (; k < el.size(); ++k) {
      const Element& x = el[k];
      if (x.newlines > 0 && k > b0) ok = false;
      if (IsComment(x.kind) || (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos) || x.synthetic ||
          x.kind == TokenKind::LBrace)
        ok = false;
      if (!ok) break;
      if (IsOpen(x.kind) && !x.verbatim) ++depth;
      if (IsClose(x.kind) && !x.verbatim && --depth < 0) break;
      if (depth == 0 && (x.kind == TokenKind::Comma || x.kind == TokenKind::Semi)) break;
    }
    if (!ok || k >= el.size() || k == b0) continue;
    const uint32_t bend = k - 1;
    if (OverflowedClosureNeedsBlock(fe, el, i, b0, bend, cfg)) {
      wraps.push_back({b0, bend});
      i = bend;
      continue;
    }
    // Would the chain break on a line of its own? Try it and put everything back.
    std::vector<std::pair<uint32_t, IndentHint>> saved;
    for (uint32_t x = b0; x <= bend; ++x) saved.push_back({el[x].newlines, el[x].indent});
    el[b0].newlines = 1;
    BreakChainsIn(fe, el, b0, bend, cfg, /*any_position=*/true);
    bool breaks = false;
    for (uint32_t x = b0 + 1; x <= bend; ++x) breaks |= el[x].newlines > 0;
    for (uint32_t x = b0; x <= bend; ++x) {
      el[x].newlines = saved[x - b0].first;
      el[x].indent = saved[x - b0].second;
    }
    if (breaks) wraps.push_back({b0, bend});
    i = bend;
  }
  if (wraps.empty()) return;
  std::vector<Element> out;
  out.reserve(el.size() + 2 * wraps.size());
  size_t w = 0;
  for (uint32_t i = 0; i < el.size(); ++i) {
    if (w < wraps.size() && wraps[w].first == i) {
      Element open;
      open.synthetic = true;
      open.kind = open.last_kind = TokenKind::LBrace;
      open.spaced = true;
      out.push_back(open);
      Element first = el[i];
      first.newlines = 1;
      first.indent = IndentHint::Auto;
      out.push_back(first);
    } else {
      out.push_back(el[i]);
    }
    if (w < wraps.size() && wraps[w].second == i) {
      Element close;
      close.synthetic = true;
      close.kind = close.last_kind = TokenKind::RBrace;
      close.newlines = 1;
      out.push_back(close);
      ++w;
    }
  }
  el = std::move(out);
  RelinkPartners(el, 0, static_cast<uint32_t>(el.size()));
}

void BreakLongChains(FileElements& fe, const FmtConfig& cfg) {
  if (!fe.elems.empty()) BreakChainsIn(fe, fe.elems, 0, static_cast<uint32_t>(fe.elems.size() - 1), cfg);
}

// rustfmt's alternative to breaking a chain wider than chain_width: the chain stays on its line
// and the last element's call arguments go one per line (`self.cnt.compare_exchange(` .. `) {`).
// It takes that layout when everything before the last element fits on one line within
// chain_width with the last element's `.name(`, the arguments cannot stay on that line, and
// either they are three or more (five lines or more) or the last element would not fit on one
// line of its own either. Columns are the input's (the chain's line as written).
auto OverflowLastCall(const FileElements& fe, const std::vector<Element>& el, uint32_t root,
                      const std::vector<uint32_t>& dots, uint32_t end, uint64_t w, bool control_head,
                      const FmtConfig& cfg) -> bool {
  const uint32_t last_dot = dots.back();
  const uint32_t paren = last_dot + 2;
  if (paren > end || el[paren].kind != TokenKind::LParen || el[paren].verbatim || el[paren].partner == UINT32_MAX ||
      el[paren].partner <= paren + 1)
    return false;
  const uint32_t close = el[paren].partner;
  for (uint32_t x = close + 1; x <= end; ++x)
    if (!(el[x].kind == TokenKind::Question && el[x].role == TokRole::Try)) return false;
  // Prefix and arguments: one line each, plain (no blocks, closures, comments).
  for (uint32_t x = root; x <= end; ++x) {
    const Element& e = el[x];
    const bool dot_break = std::find(dots.begin(), dots.end(), x) != dots.end();  // joined if taken
    if ((x > root && e.newlines > 0 && x < paren && !dot_break) || IsComment(e.kind) || e.role == TokRole::ClosureOpen ||
        (e.kind == TokenKind::LBrace) || (e.verbatim && fe.Text(e).find('\n') != std::string_view::npos))
      return false;
  }
  auto span = [&](uint32_t a, uint32_t b) {
    uint64_t r = 0;
    for (uint32_t x = a; x <= b; ++x) {
      r += DisplayWidth(fe.Text(el[x]));
      if (x > a && SpaceBetween(el[x - 1], el[x], x >= 2 ? &el[x - 2] : nullptr)) ++r;
    }
    return r;
  };
  // Arguments: count and one-line width.
  uint32_t n_args = 1;
  int depth = 0;
  for (uint32_t x = paren + 1; x < close; ++x) {
    if (IsOpen(el[x].kind) && !el[x].verbatim) ++depth;
    if (IsClose(el[x].kind) && !el[x].verbatim) --depth;
    if (depth == 0 && el[x].kind == TokenKind::Comma && x + 1 < close) ++n_args;
  }
  uint32_t args_last = close - 1;
  if (el[args_last].kind == TokenKind::Comma) --args_last;
  const uint64_t args_w = span(paren + 1, args_last);
  // The chain's column and its line's indent, as written.
  const uint32_t off = fe.tokens->start[el[root].first];
  uint32_t b = off;
  while (b > 0 && fe.text[b - 1] != '\n') --b;
  uint64_t indent = 0;
  while (b + indent < off && (fe.text[b + indent] == ' ' || fe.text[b + indent] == '\t')) ++indent;
  uint64_t col = DisplayWidth(fe.text.substr(b, off - b));
  // A root below `=`: the printer brings a broken chain's root up to the `=` line, so the chain
  // is measured there (the same on a second pass over the output).
  if (el[root].newlines > 0 && root > 0 && el[root - 1].kind == TokenKind::Eq && !el[root - 1].verbatim) {
    const uint32_t eq_end = fe.tokens->start[el[root - 1].first] + 1;
    uint32_t eb = eq_end - 1;
    while (eb > 0 && fe.text[eb - 1] != '\n') --eb;
    indent = 0;
    while (eb + indent < eq_end && (fe.text[eb + indent] == ' ' || fe.text[eb + indent] == '\t')) ++indent;
    col = DisplayWidth(fe.text.substr(eb, eq_end - eb)) + 1;
  }
  const uint64_t rest = control_head ? 2 : 1;  // ` {` or `;` / `,`
  const uint64_t prefix = span(root, last_dot - 1);
  const uint64_t head = prefix + span(last_dot, paren);  // up to `.name(`
  if (head > std::min<uint64_t>(cfg.chain_width, cfg.max_width > col ? cfg.max_width - col : 0)) return false;
  // Arguments that stay on the first line: the chain is simply broken.
  const bool args_vertical = (n_args > 1 && args_w > cfg.fn_call_width) || col + w + rest > cfg.max_width;
  if (!args_vertical) return false;
  if (n_args >= 3) return true;
  // Two or fewer: only when the last element on a line of its own would break too.
  const uint64_t own = span(last_dot, end);
  return indent + cfg.tab_spaces + own + rest > cfg.max_width || (n_args > 1 && args_w > cfg.fn_call_width);
}

void BreakChainsIn(const FileElements& fe, std::vector<Element>& el, uint32_t lo, uint32_t hi, const FmtConfig& cfg,
                   bool any_position) {
  const uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(el.size()), hi + 1);
  auto operand_token = [](const Element& x) {
    TokenKind k = x.kind;
    return k == TokenKind::Ident || k == TokenKind::RawIdent || k == TokenKind::KwSelfValue ||
           k == TokenKind::KwSelfType || k == TokenKind::KwSuper || k == TokenKind::KwCrate || IsLiteral(k);
  };
  for (uint32_t d = lo; d < n; ++d) {
    if (el[d].kind != TokenKind::Dot || el[d].verbatim || d == 0) continue;
    // The root: a path, call or index expression directly before the first `.`.
    int64_t pos = static_cast<int64_t>(d) - 1;
    bool expect_operand = true, first_dot = true;
    while (pos >= static_cast<int64_t>(lo)) {
      const Element& x = el[pos];
      if (x.verbatim || IsComment(x.kind)) break;
      if (expect_operand) {
        if ((x.kind == TokenKind::RParen || x.kind == TokenKind::RBracket) && x.partner != UINT32_MAX && x.partner < pos) {
          pos = x.partner - 1;  // arguments or index: the callee comes before
          // Nothing callable before it: a parenthesised expression or array literal is the root.
          // A macro call (`vec![..]`, `regex!(..)`): its name is the callee.
          if (pos > static_cast<int64_t>(lo) && el[pos].role == TokRole::MacroBang && !el[pos].verbatim &&
              (el[pos - 1].kind == TokenKind::Ident || el[pos - 1].kind == TokenKind::RawIdent)) {
            --pos;
            continue;
          }
          const bool callee = pos >= static_cast<int64_t>(lo) &&
                              (operand_token(el[pos]) || el[pos].role == TokRole::GenericClose ||
                               el[pos].kind == TokenKind::RParen || el[pos].kind == TokenKind::RBracket ||
                               el[pos].verbatim || (el[pos].kind == TokenKind::Question && el[pos].role == TokRole::Try));
          if (!callee) {
            expect_operand = false;
            break;
          }
          continue;
        }
        if (x.kind == TokenKind::Question && x.role == TokRole::Try) {
          --pos;
          continue;
        }
        if (x.role == TokRole::GenericClose) {
          int depth = 0;
          while (pos >= 0) {
            if (el[pos].role == TokRole::GenericClose) depth += el[pos].kind == TokenKind::Shr ? 2 : 1;
            if (el[pos].role == TokRole::GenericOpen) depth -= el[pos].kind == TokenKind::Shl ? 2 : 1;
            if (depth <= 0) break;
            --pos;
          }
          --pos;
          // A turbofish: `size_of::<T>` continues with the path before `::`.
          if (pos >= static_cast<int64_t>(lo) && el[pos].kind == TokenKind::PathSep) --pos;
          continue;
        }
        if (!operand_token(x)) break;
        expect_operand = false;
        --pos;
        continue;
      }
      if (x.kind == TokenKind::PathSep) {
        expect_operand = true;
        --pos;
        continue;
      }
      if (x.kind == TokenKind::Dot) first_dot = false;
      break;
    }
    uint32_t root = static_cast<uint32_t>(pos + 1);
    if (!first_dot || root >= d || expect_operand) continue;
    // Chain position: a statement start, a vertical list element, or the right of `=`, `=>`, `return`.
    // A root on a continuation line (`x =` then the chain below) would need its elements two
    // levels deeper than the statement: such chains keep the input's layout.
    auto fresh_line = [&](uint32_t r) {
      if (r == 0) return true;
      const Element& p = el[r - 1];
      if (p.verbatim) return p.last_kind == TokenKind::RBrace || p.last_kind == TokenKind::Semi;
      TokenKind pk = p.last_kind;
      // After `=` the printer places the right-hand side (and indents the chain below it).
      return pk == TokenKind::Semi || pk == TokenKind::LBrace || pk == TokenKind::RBrace || pk == TokenKind::Comma ||
             pk == TokenKind::LParen || pk == TokenKind::LBracket || IsComment(pk) ||
             (pk == TokenKind::Eq && !p.verbatim);
    };
    // The head of `for x in`, `if`, `while` or `match`: a broken chain there puts the body's `{`
    // on a line of its own.
    // (Prefix operators may come between: `if !self.x.f() {`.)
    uint32_t hd = root;
    while (hd > 0 && el[hd].newlines == 0 && !el[hd - 1].verbatim &&
           (el[hd - 1].role == TokRole::UnaryPrefix || el[hd - 1].kind == TokenKind::Not))
      --hd;
    // `if let PAT =` / `while let PAT =` heads count too.
    auto let_head = [&](uint32_t eq) {
      for (uint32_t k = eq; k-- > 0;) {
        const Element& x = el[k];
        if (x.verbatim || x.kind == TokenKind::Semi || x.kind == TokenKind::LBrace || x.kind == TokenKind::RBrace ||
            x.kind == TokenKind::Eq)
          return false;
        if (x.kind == TokenKind::KwLet)
          return k > 0 && !el[k - 1].verbatim && (el[k - 1].kind == TokenKind::KwIf || el[k - 1].kind == TokenKind::KwWhile);
        if (x.newlines > 0) return false;
      }
      return false;
    };
    const bool control_head = hd > 0 && el[hd].newlines == 0 && el[root].newlines == 0 && !el[hd - 1].verbatim &&
                              (el[hd - 1].kind == TokenKind::KwIn || el[hd - 1].kind == TokenKind::KwIf ||
                               el[hd - 1].kind == TokenKind::KwWhile || el[hd - 1].kind == TokenKind::KwMatch ||
                               (el[hd - 1].kind == TokenKind::Eq && let_head(hd - 1)));
    // The only argument of a macro call (`assert!(x.iter().all(..))`, prefix operators before
    // it): rustfmt overflows the chain there, its elements one level below the statement.
    bool macro_arg = false;
    {
      uint32_t a = root;
      while (a > 0 && !el[a - 1].verbatim && (el[a - 1].role == TokRole::UnaryPrefix || el[a - 1].kind == TokenKind::Not))
        --a;
      if (a >= 2 && el[a].newlines == 0 && el[a - 1].kind == TokenKind::LParen && !el[a - 1].verbatim &&
          el[a - 2].role == TokRole::MacroBang && el[a - 1].partner != UINT32_MAX)
        macro_arg = true;
    }
    bool placed = (el[root].newlines > 0 && fresh_line(root)) || control_head ||
                  (root > 0 && el[root].newlines == 0 &&
                   (el[root - 1].kind == TokenKind::Eq || el[root - 1].kind == TokenKind::FatArrow ||
                    el[root - 1].kind == TokenKind::KwReturn));
    if (!placed && !any_position && !macro_arg) continue;
    // Chain elements: `.name`, turbofish, call arguments, `?`s.
    std::vector<uint32_t> dots;
    uint32_t k = d;
    bool ok = true;
    while (k < n && el[k].kind == TokenKind::Dot && !el[k].verbatim) {
      dots.push_back(k);
      ++k;
      if (k >= n || !(el[k].kind == TokenKind::Ident || el[k].kind == TokenKind::IntLit || el[k].kind == TokenKind::KwAwait)) {
        ok = false;
        break;
      }
      ++k;
      if (k + 1 < n && el[k].kind == TokenKind::PathSep && el[k + 1].role == TokRole::GenericOpen) {
        int depth = 0;
        ++k;
        while (k < n) {
          if (el[k].role == TokRole::GenericOpen) depth += el[k].kind == TokenKind::Shl ? 2 : 1;
          if (el[k].role == TokRole::GenericClose) depth -= el[k].kind == TokenKind::Shr ? 2 : 1;
          ++k;
          if (depth <= 0) break;
        }
      }
      if (k < n && el[k].kind == TokenKind::LParen && !el[k].verbatim && el[k].partner != UINT32_MAX) k = el[k].partner + 1;
      while (k < n && el[k].kind == TokenKind::Question && el[k].role == TokRole::Try) ++k;
    }
    uint32_t end = k - 1;
    if (!ok || dots.size() < 2) {
      continue;
    }
    if (macro_arg && !placed && !any_position) {
      uint32_t a = root;
      while (a > 0 && el[a - 1].kind != TokenKind::LParen) --a;
      if (a == 0 || el[a - 1].partner != end + 1) continue;
    }
    // rustfmt keeps a chain on one line when it has no comments, every element but the last is
    // one line, and the chain up to the end of the last element's first line (a closure or block
    // body may follow on later lines) is within chain_width; otherwise one element per line.
    uint64_t w = 0;
    bool nonlast_block_broken = false;  // an element before the last spans lines inside braces
    uint32_t braces = 0;                // `{` open at this point of the chain
    uint32_t parens = 0;                // `(` or `[` open at this point of the chain
    for (uint32_t x = root; x <= end && ok; ++x) {
      const Element& e = el[x];
      if (x > root && e.newlines > 0) {
        // A chain the input broke before some of its elements only: measured as one line.
        if ((e.kind == TokenKind::Dot && braces == 0 && std::find(dots.begin(), dots.end(), x) != dots.end()) ||
            (control_head && parens > 0 && braces == 0)) {
          // In a control-flow head, also a line break inside arguments: the printer joins those
          // that fit, and the chain must be broken on the first pass as on the second.
        } else if (x > dots.back() && braces > 0) {
          break;  // the last element's first line ends here
        } else {
          if (x < dots.back() && braces > 0) nonlast_block_broken = true;
          ok = false;
          break;
        }
      }
      if (IsComment(e.kind) || fe.Text(e).find('\n') != std::string_view::npos) {
        ok = false;
        break;
      }
      if (e.kind == TokenKind::LBrace && !e.verbatim) ++braces;
      if (e.kind == TokenKind::RBrace && !e.verbatim && braces > 0) --braces;
      if ((e.kind == TokenKind::LParen || e.kind == TokenKind::LBracket) && !e.verbatim) ++parens;
      if ((e.kind == TokenKind::RParen || e.kind == TokenKind::RBracket) && !e.verbatim && parens > 0) --parens;
      w += DisplayWidth(fe.Text(e));
      if (x > root && SpaceBetween(el[x - 1], e, x >= 2 ? &el[x - 2] : nullptr)) ++w;
    }
    if (nonlast_block_broken) {
      ok = true;
      w = UINT32_MAX;
    }
    // rustfmt counts the last element's `?`s twice (its text and its "tries").
    if (w != UINT32_MAX)
      for (uint32_t x = end; x > dots.back() && el[x].kind == TokenKind::Question && el[x].role == TokRole::Try; --x) ++w;
    if (!ok || w <= cfg.chain_width) {
      continue;
    }
    if (!any_position && OverflowLastCall(fe, el, root, dots, end, w, control_head, cfg)) {
      for (uint32_t dd : dots) {
        el[dd].newlines = 0;
        el[dd].indent = IndentHint::Auto;
      }
      continue;
    }
    // While the root is no wider than one indent, it takes the next element onto its line
    // (`self.iter` then `.next()` below).
    uint64_t root_w = 0;
    for (uint32_t x = root; x < d; ++x) root_w += fe.Text(el[x]).size();
    // Only a root that starts its line: after `let x =` the chain's offset already exceeds the
    // indent width, so nothing is taken (`let r = map\n    .root`).
    size_t absorbed = 0;
    while (absorbed < dots.size() && root_w <= cfg.tab_spaces && el[root].newlines > 0) {
      uint32_t to = absorbed + 1 < dots.size() ? dots[absorbed + 1] : end + 1;
      for (uint32_t x = dots[absorbed]; x < to; ++x) {
        std::string_view t = fe.Text(el[x]);
        root_w += t.find('\n') == std::string_view::npos ? t.size() : cfg.max_width;
        if (x > dots[absorbed] && SpaceBetween(el[x - 1], el[x], &el[x - 2])) ++root_w;
      }
      ++absorbed;
    }
    // A root that spans lines (`thread::spawn(|| {...})`) ends in a block-like line: the other
    // elements then start at the statement's indent, not one level deeper.
    bool root_multiline = false;
    for (uint32_t x = root + 1; x < (absorbed < dots.size() ? dots[absorbed] : end + 1); ++x)
      root_multiline |= el[x].newlines > 0;
    for (size_t j = absorbed; j < dots.size(); ++j) {
      el[dots[j]].newlines = 1;
      el[dots[j]].indent = root_multiline ? IndentHint::Anchor : IndentHint::AnchorPlusOne;
    }
    if (control_head && !any_position && end + 1 < n && el[end + 1].kind == TokenKind::LBrace && !el[end + 1].verbatim &&
        !root_multiline) {
      el[end + 1].newlines = 1;
      el[end + 1].indent = IndentHint::Anchor;
    }
    // Chains inside the arguments (closure bodies) are visited next: no skip past `k`.
  }
}

}  // namespace rustg

namespace rustg {

void WrapLongArmBodies(FileElements& fe, const FmtConfig& cfg) {
  auto& el = fe.elems;
  const uint32_t n = static_cast<uint32_t>(el.size());
  auto width = [&](uint32_t lo, uint32_t hi) { return SpanWidth(fe, el, lo, hi); };
  // Innermost open delimiter of each element and brace depth (block indent levels).
  std::vector<uint32_t> encl(n, UINT32_MAX), depth(n, 0);
  std::vector<uint32_t> stack;
  uint32_t d = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const Element& e = el[i];
    if (!e.verbatim && !e.synthetic && IsClose(e.kind) && !stack.empty()) stack.pop_back();
    if (!e.verbatim && !e.synthetic && e.kind == TokenKind::RBrace && d > 0) --d;
    encl[i] = stack.empty() ? UINT32_MAX : stack.back();
    depth[i] = d;
    if (!e.verbatim && !e.synthetic && IsOpen(e.kind)) stack.push_back(i);
    if (!e.verbatim && !e.synthetic && e.kind == TokenKind::LBrace) ++d;
  }
  std::vector<std::pair<uint32_t, uint32_t>> wraps;  // body [first, last]
  std::vector<uint32_t> drops;                       // the arm's comma after a wrapped body
  std::vector<bool> keep_lines;                      // per wrap: the body keeps its line breaks
  for (uint32_t a = 0; a + 1 < n; ++a) {
    const Element& arrow = el[a];
    if (arrow.kind != TokenKind::FatArrow || arrow.verbatim || arrow.in_macro) continue;
    const uint32_t list = encl[a];
    if (list == UINT32_MAX || !el[list].has_opener_kind || el[list].opener_of != NodeKind::MatchArmList) continue;
    const uint32_t b0 = a + 1;
    // `pat => if c {` .. `}` (or `for`, `while`) over several lines: rustfmt never leaves such
    // a body on the arm's line (it could read as a guard); it goes into a block.
    if ((el[b0].kind == TokenKind::KwIf || el[b0].kind == TokenKind::KwFor || el[b0].kind == TokenKind::KwWhile) &&
        !el[b0].verbatim && !el[b0].in_macro && el[b0].newlines == 0) {
      uint32_t k = b0;
      int dd = 0;
      bool multi = false;
      for (; k < n; ++k) {
        const Element& x = el[k];
        if (IsOpen(x.kind) && !x.verbatim) ++dd;
        if (IsClose(x.kind) && !x.verbatim && --dd < 0) break;
        if (dd == 0 && x.kind == TokenKind::Comma) break;
        if (k > b0 && x.newlines > 0) multi = true;
      }
      if (k < n && multi && el[k - 1].kind == TokenKind::RBrace && !el[k - 1].verbatim) {
        wraps.push_back({b0, k - 1});
        keep_lines.push_back(true);
        if (el[k].kind == TokenKind::Comma) drops.push_back(k);
        a = k - 1;
      }
      continue;
    }
    switch (el[b0].kind) {
      case TokenKind::LBrace: case TokenKind::KwIf: case TokenKind::KwMatch: case TokenKind::KwLoop:
      case TokenKind::KwWhile: case TokenKind::KwFor: case TokenKind::KwUnsafe: case TokenKind::KwAsync:
      case TokenKind::KwMove: case TokenKind::Or: case TokenKind::OrOr: case TokenKind::Pound:
        continue;
      default:
        break;
    }
    if (el[b0].verbatim || IsComment(el[b0].kind)) continue;
    // The body: up to the arm's comma or the arm list's `}`; one line's worth of plain tokens.
    uint32_t k = b0;
    int dd = 0;
    bool ok = true;
    for (; k < n; ++k) {
      const Element& x = el[k];
      if (IsComment(x.kind) || x.synthetic || (x.verbatim && fe.Text(x).find('\n') != std::string_view::npos)) ok = false;
      if (x.kind == TokenKind::LBrace && !x.verbatim && !(x.has_opener_kind && x.opener_of == NodeKind::StructExpr)) ok = false;
      if (x.role == TokRole::ClosureOpen) ok = false;
      if (!ok) break;
      if (IsOpen(x.kind) && !x.verbatim) ++dd;
      if (IsClose(x.kind) && !x.verbatim && --dd < 0) break;
      if (dd == 0 && x.kind == TokenKind::Comma) break;
    }
    if (!ok || k >= n || k == b0) continue;
    const uint32_t bend = k - 1;
    const bool comma = el[k].kind == TokenKind::Comma;
    // The arm's pattern starts after the previous arm's `,` or `}` (or the list's `{`).
    uint32_t ps = a;
    while (ps > list + 1) {
      const Element& x = el[ps - 1];
      if (encl[ps - 1] == list && !x.verbatim &&
          (x.kind == TokenKind::Comma || (x.kind == TokenKind::RBrace && x.partner != UINT32_MAX && encl[x.partner] == list)))
        break;
      --ps;
    }
    while (ps < a && IsComment(el[ps].kind)) ++ps;
    if (el[ps].kind == TokenKind::Pound) continue;  // attributes before the arm: layout unknown
    for (uint32_t x = ps + 1; x <= a; ++x)
      if (el[x].newlines > 0) ok = false;
    if (!ok) continue;
    if (el[ps].newlines == 0 || el[ps].synthetic || el[ps].verbatim) continue;
    // The arm's column: its block depth, or the input's column when deeper (an arm inside a
    // call or closure sits deeper than its braces alone say).
    uint64_t indent = uint64_t{depth[a]} * cfg.tab_spaces;
    {
      const uint32_t off = fe.tokens->start[el[ps].first];
      uint32_t b = off;
      while (b > 0 && fe.text[b - 1] != '\n') --b;
      uint64_t col = 0;
      for (uint32_t x = b; x < off; ++x) col += fe.text[x] == '\t' ? cfg.tab_spaces : 1;
      indent = std::max(indent, col);
    }
    const uint64_t body = width(b0, bend);
    const uint64_t arm_line = indent + width(ps, a) + 1 + body + 1;
    if (arm_line <= cfg.max_width) continue;
    if (indent + cfg.tab_spaces + body > cfg.max_width) continue;
    // On one line in the block: its lists within their limits, a chain within chain_width.
    uint32_t dots = 0;
    int q = 0;
    for (uint32_t x = b0; x <= bend && ok; ++x) {
      const Element& o = el[x];
      if (IsOpen(o.kind) && !o.verbatim) ++q;
      if (IsClose(o.kind) && !o.verbatim) --q;
      if (q == 0 && o.kind == TokenKind::Dot) ++dots;
      if (!IsOpen(o.kind) || o.verbatim || o.partner == UINT32_MAX || !o.has_opener_kind || o.partner <= x + 1) continue;
      bool several = false;
      for (uint32_t y = x + 1; y < o.partner; ++y) {
        if (IsOpen(el[y].kind) && !el[y].verbatim && el[y].partner != UINT32_MAX && el[y].partner < o.partner) y = el[y].partner;
        else if (el[y].kind == TokenKind::Comma && y + 1 < o.partner) several = true;
      }
      const uint64_t inner = width(x + 1, o.partner - 1);
      if ((o.opener_of == NodeKind::ArgList || o.opener_of == NodeKind::TupleExpr) && several && inner > cfg.fn_call_width)
        ok = false;
      // A call as the only argument of a call overflows with fn_call_width less its callee.
      if (o.opener_of == NodeKind::ArgList && !several) {
        uint32_t y = x + 1;
        while (y < o.partner && (el[y].kind == TokenKind::Ident || el[y].kind == TokenKind::PathSep ||
                                 el[y].role == TokRole::MacroBang))
          ++y;
        if (y > x + 1 && y < o.partner && el[y].kind == TokenKind::LParen && el[y].partner + 1 == o.partner &&
            el[y].partner > y + 1 && width(x + 1, y) + width(y + 1, el[y].partner - 1) > cfg.fn_call_width)
          ok = false;
      }
      if (o.opener_of == NodeKind::ArrayExpr && inner > cfg.array_width) ok = false;
      if (o.kind == TokenKind::LBrace && inner > cfg.struct_lit_width) ok = false;
    }
    if (!ok || (dots >= 2 && body > cfg.chain_width)) continue;
    wraps.push_back({b0, bend});
    keep_lines.push_back(false);
    if (comma) drops.push_back(k);
    a = bend;
  }
  if (wraps.empty()) return;
  std::vector<Element> out;
  out.reserve(n + 2 * wraps.size());
  size_t w = 0, dr = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (dr < drops.size() && drops[dr] == i) {
      ++dr;
      continue;
    }
    if (w < wraps.size() && wraps[w].first == i) {
      Element open;
      open.synthetic = true;
      open.kind = open.last_kind = TokenKind::LBrace;
      open.spaced = true;
      out.push_back(open);
      Element first = el[i];
      first.newlines = 1;
      first.indent = IndentHint::Auto;
      out.push_back(first);
      for (uint32_t x = i + 1; x <= wraps[w].second; ++x) {
        Element y = el[x];
        if (!keep_lines[w]) y.newlines = 0;
        out.push_back(y);
      }
      Element close;
      close.synthetic = true;
      close.kind = close.last_kind = TokenKind::RBrace;
      close.newlines = 1;
      out.push_back(close);
      i = wraps[w].second;
      ++w;
      continue;
    }
    out.push_back(el[i]);
  }
  el = std::move(out);
  RelinkPartners(el, 0, static_cast<uint32_t>(el.size()));
}

}  // namespace rustg
