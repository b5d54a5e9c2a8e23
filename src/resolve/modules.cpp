// Modules, `use` and block items, resolved at the token level before the single-scope passes run:
// every item of every module (and of every block) is given a crate-unique flat name (its own name
// unless another item shares it), module-relative paths (`m::f`, `self::`, `super::`, `crate::`,
// names brought in by `use`, globs, renames, enum variants) are rewritten to the flat name, `use`
// items and `mod` headers are deleted and block items are hoisted to the crate root. Paths that go
// into a module and fail there, and private items reached from outside, are reported as rustc does.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "expand/expand.h"
#include "expand/prelude.h"
#include "expand/token_edit.h"
#include "lex/token_kind.h"
#include "parse/walk.h"

namespace rustg {
namespace {

constexpr uint32_t kNone = UINT32_MAX;
// Import chains longer than this are treated as cycles.
constexpr uint32_t kMaxImportDepth = 32;

// A scope: the crate root, a module, or a block holding items or `use`s.
struct Scope {
  uint32_t node;            // SourceFile, ModItem or BlockExpr
  uint32_t first, last;     // its subtree's node range
  uint32_t parent = kNone;  // enclosing scope
  uint32_t module = kNone;  // the nearest module scope (itself for modules)
  bool is_mod = false;
  std::string path;         // `a::b` for modules (empty for the root)
  std::unordered_map<std::string, std::vector<uint32_t>> names;  // declared names -> entries
  std::vector<uint32_t> globs;  // glob imports (entries)
};

// What a name resolves to.
struct Target {
  enum Kind : uint8_t { None, Module, Item, Variant, External } kind = None;
  uint32_t id = kNone;               // Module: scope; Item/Variant: entry (the enum's for Variant)
  std::string variant;               // Variant: its name
  std::vector<uint32_t> ext_tokens;  // External: the `use` path's tokens to substitute
};

// A declared name: an item, a module, or an import.
struct Entry {
  enum Kind : uint8_t { Mod, Item, Import } kind;
  NodeKind node_kind = NodeKind::Error;
  uint32_t node = kNone;   // the item, ModItem, or UseTree node
  uint32_t scope = kNone;  // declaring scope
  uint32_t target_scope = kNone;  // Mod: its scope
  bool pub = false;
  std::string name;
  std::string flat;        // Item: its crate-unique name
  // Import: the path's segment tokens (self/super/crate included), whether a glob, and the span.
  std::vector<uint32_t> segs;
  bool glob = false;
  uint32_t lo = 0, hi = 0;
  // Import resolution state: import chains are followed once (cycles end in "unresolved").
  bool resolving = false;
  bool resolved = false;
  Target target;
};

auto KindWord(NodeKind k) -> std::string_view {
  switch (k) {
    case NodeKind::FnItem: return "function";
    case NodeKind::StructItem: return "struct";
    case NodeKind::EnumItem: return "enum";
    case NodeKind::ConstItem: return "constant";
    case NodeKind::StaticItem: return "static";
    case NodeKind::TraitItem: return "trait";
    case NodeKind::ModItem: return "module";
    default: return "item";
  }
}

class Modules {
 public:
  Modules(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav, EditSet& set,
          DiagSink& diags)
      : src_(src), tokens_(tokens), t_(tree), nav_(nav), set_(set), diags_(diags),
        edition2015_(src.edition(FileId(0)) == Edition::k2015) {}

  auto Run() -> bool {
    NodeId root = t_.root(FileId(0));
    root_first_ = root.index + 1 - t_.subtree_size[root.index];
    parent_.assign(t_.size(), kNone);
    // Children walked in place (last to first, as Children does) rather than through a vector
    // per node: this runs over every node of the crate, std included, on every build.
    for (uint32_t j = root_first_; j <= root.index; ++j) {
      uint32_t first = j + 1 - t_.subtree_size[j];
      for (uint32_t c = j; c-- > first; c = c + 1 - t_.subtree_size[c]) parent_[c] = j;
    }
    // Nothing module-like: leave the stream alone.
    bool any = false;
    for (uint32_t i = root_first_; i < root.index && !any; ++i) {
      NodeKind k = t_.kind[i];
      // `$crate::f` from a macro, `crate::f`, `super::f` need rewriting even without modules.
      bool crate_path = k == NodeKind::PathSegment && t_.token[i].is_valid() &&
                        (tokens_.kind[t_.token[i].index] == TokenKind::KwCrate ||
                         (tokens_.kind[t_.token[i].index] == TokenKind::KwSelfValue && parent_[i] != kNone &&
                          t_.subtree_size[parent_[i]] > 2));
      any = crate_path || k == NodeKind::ModItem || k == NodeKind::UseItem ||
            (IsItem(k) && parent_[i] != kNone && t_.kind[parent_[i]] == NodeKind::BlockExpr);
    }
    if (!any) return false;
    AddScope(root.index, kNone, true, "");
    Collect(root.index, 0);
    AssignFlatNames();
    if (diags_.error_count() > 0) return false;
    ScopeOfNodes();
    std::vector<Edit> fine;
    RewritePaths(fine);
    if (diags_.error_count() > 0) return false;
    EmitEdits(fine);
    return true;
  }

 private:
  static auto IsItem(NodeKind k) -> bool {
    return k == NodeKind::FnItem || k == NodeKind::StructItem || k == NodeKind::EnumItem ||
           k == NodeKind::ConstItem || k == NodeKind::StaticItem || k == NodeKind::ImplItem ||
           k == NodeKind::TraitItem || k == NodeKind::TypeAlias || k == NodeKind::UnionItem ||
           k == NodeKind::ModItem || k == NodeKind::UseItem;
  }
  auto Text(uint32_t tok) const -> std::string_view { return tokens_.text(src_, TokenId(tok)); }
  auto NameOf(uint32_t item) const -> std::string {
    NodeId n = ChildOfKind(t_, NodeId(item), NodeKind::Name);
    return n.is_valid() ? std::string(Text(t_.token[n.index].index)) : std::string();
  }
  auto IsPub(uint32_t item) const -> bool { return ChildOfKind(t_, NodeId(item), NodeKind::Visibility).is_valid(); }

  auto AddScope(uint32_t node, uint32_t parent, bool is_mod, std::string path) -> uint32_t {
    Scope s;
    s.node = node;
    s.first = node + 1 - t_.subtree_size[node];
    s.last = node;
    s.parent = parent;
    s.is_mod = is_mod;
    s.path = std::move(path);
    uint32_t id = static_cast<uint32_t>(scopes_.size());
    s.module = is_mod ? id : scopes_[parent].module;
    scopes_.push_back(std::move(s));
    scope_of_node_[node] = id;
    return id;
  }

  // Declares the items of scope `s` (whose node's children or ItemList hold them), recursing into
  // modules, and finds blocks with items below.
  void Collect(uint32_t list, uint32_t s) {
    for (NodeId c : Children(t_, NodeId(list))) Declare(c.index, s);
  }

  void Declare(uint32_t item, uint32_t s) {
    NodeKind k = t_.kind[item];
    if (k == NodeKind::ModItem) {
      NodeId list = ChildOfKind(t_, NodeId(item), NodeKind::ItemList);
      std::string name = NameOf(item);
      Entry e{Entry::Mod};
      e.node = item;
      e.scope = s;
      e.pub = IsPub(item);
      e.name = name;
      uint32_t ms = AddScope(item, s, true, scopes_[scopes_[s].module].path.empty()
                                                ? name
                                                : scopes_[scopes_[s].module].path + "::" + name);
      e.target_scope = ms;
      // The spliced-in std subset (expand/prelude.h) is reached through `std::` paths and the
      // prelude fallback only, never by its own name.
      if (s == 0 && name == kPreludeModule) std_scope_ = ms;
      else AddEntry(s, std::move(e));
      if (s == std_scope_ && s != kNone && name == "prelude") prelude_scope_ = ms;
      if (list.is_valid()) Collect(list.index, ms);
      return;
    }
    if (k == NodeKind::UseItem) {
      bool pub = IsPub(item);
      for (NodeId c : Children(t_, NodeId(item))) {
        if (t_.kind[c.index] == NodeKind::UseTree) DeclareUse(c.index, {}, s, pub);
      }
      uses_.push_back(item);
      return;
    }
    if (!IsItem(k)) {
      // Blocks with items inside non-item nodes are found when walking item bodies below.
      return;
    }
    if (k != NodeKind::ImplItem) {
      Entry e{Entry::Item};
      e.node_kind = k;
      e.node = item;
      e.scope = s;
      e.pub = IsPub(item);
      e.name = NameOf(item);
      AddEntry(s, std::move(e));
    }
    items_.push_back({item, s});
    // Blocks inside this item with items of their own.
    FindBlocks(item, s);
  }

  void FindBlocks(uint32_t item, uint32_t s) {
    uint32_t first = item + 1 - t_.subtree_size[item];
    // Outer blocks first (by subtree start), so an inner block finds its enclosing block's scope.
    std::vector<uint32_t> blocks;
    for (uint32_t b = first; b < item; ++b) {
      if (t_.kind[b] != NodeKind::BlockExpr) continue;
      bool has_items = false;
      for (NodeId c : Children(t_, NodeId(b))) has_items |= IsItem(t_.kind[c.index]);
      if (has_items) blocks.push_back(b);
    }
    std::sort(blocks.begin(), blocks.end(),
              [&](uint32_t a, uint32_t b) { return a + 1 - t_.subtree_size[a] < b + 1 - t_.subtree_size[b]; });
    for (uint32_t b : blocks) {
      if (scope_of_node_.count(b)) continue;
      // The innermost scope enclosing this block (scopes nest, so the one starting last).
      uint32_t par = s;
      for (uint32_t i = 0; i < scopes_.size(); ++i) {
        if (scopes_[i].first <= b && b <= scopes_[i].last && scopes_[i].first >= scopes_[par].first) par = i;
      }
      uint32_t bs = AddScope(b, par, false, "");
      for (NodeId c : Children(t_, NodeId(b))) {
        if (IsItem(t_.kind[c.index])) {
          hoisted_.push_back(c.index);
          Declare(c.index, bs);
        }
      }
    }
  }

  void DeclareUse(uint32_t tree_node, std::vector<uint32_t> prefix, uint32_t s, bool pub) {
    std::vector<NodeId> cs = Children(t_, NodeId(tree_node));
    std::vector<uint32_t> segs = prefix;
    NodeId list = NodeId::Invalid(), rename = NodeId::Invalid();
    for (NodeId c : cs) {
      if (t_.kind[c.index] == NodeKind::Path) {
        for (NodeId sg : Children(t_, c)) {
          if (t_.kind[sg.index] == NodeKind::PathSegment && t_.token[sg.index].is_valid())
            segs.push_back(t_.token[sg.index].index);
        }
      }
      if (t_.kind[c.index] == NodeKind::UseTreeList) list = c;
      if (t_.kind[c.index] == NodeKind::Name) rename = c;
    }
    if (list.is_valid()) {
      for (NodeId c : Children(t_, list)) DeclareUse(c.index, segs, s, pub);
      return;
    }
    TokenId tt = t_.token[tree_node];
    bool glob = tt.is_valid() && tokens_.kind[tt.index] == TokenKind::Star;
    Entry e{Entry::Import};
    e.node = tree_node;
    e.scope = s;
    e.pub = pub;
    e.glob = glob;
    uint32_t lo, hi;
    nav_.NodeRange(t_, tree_node, &lo, &hi);
    e.lo = lo;
    e.hi = hi;
    if (!glob && segs.empty()) return;
    // `use a::b::{self}` imports `b` itself.
    if (!glob && Text(segs.back()) == "self" && segs.size() > 1) segs.pop_back();
    e.segs = segs;
    if (glob) {
      uint32_t id = static_cast<uint32_t>(entries_.size());
      entries_.push_back(std::move(e));
      scopes_[s].globs.push_back(id);
      return;
    }
    e.name = rename.is_valid() ? std::string(Text(t_.token[rename.index].index)) : std::string(Text(segs.back()));
    if (e.name == "_") return;  // `use Trait as _`: nothing to name
    AddEntry(s, std::move(e));
  }

  void AddEntry(uint32_t s, Entry e) {
    uint32_t id = static_cast<uint32_t>(entries_.size());
    scopes_[s].names[e.name].push_back(id);
    entries_.push_back(std::move(e));
  }

  // Gives every item a crate-unique flat name: its own unless another item shares it (items of the
  // crate root keep theirs), else `name__N`.
  void AssignFlatNames() {
    std::unordered_map<std::string, uint32_t> count;
    for (const Entry& e : entries_) {
      if (e.kind == Entry::Item) ++count[e.name];
    }
    std::unordered_map<std::string, uint32_t> seen;
    for (Entry& e : entries_) {
      if (e.kind != Entry::Item) continue;
      e.flat = e.name;
      if (count[e.name] == 1 || e.scope == 0) continue;
      // `Name__N`: codegen prints a struct's Debug name without the `__N` suffix.
      e.flat = fmt::format("{}__{}", e.name, ++seen[e.name]);
    }
  }

  // The innermost scope of every node.
  void ScopeOfNodes() {
    node_scope_.assign(t_.size(), 0);
    std::vector<uint32_t> order(scopes_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return scopes_[a].first != scopes_[b].first ? scopes_[a].first < scopes_[b].first
                                                  : scopes_[a].last > scopes_[b].last;
    });
    std::vector<uint32_t> stack;
    size_t next = 0;
    for (uint32_t i = root_first_; i < t_.size(); ++i) {
      while (!stack.empty() && scopes_[stack.back()].last < i) stack.pop_back();
      while (next < order.size() && scopes_[order[next]].first <= i) {
        if (scopes_[order[next]].first == i) stack.push_back(order[next]);
        ++next;
      }
      node_scope_[i] = stack.empty() ? 0 : stack.back();
    }
  }

  // Whether code in scope `from` may see a private item declared in module scope `m`.
  auto CanSee(uint32_t from, uint32_t m) const -> bool {
    for (uint32_t s = scopes_[from].module; s != kNone; s = scopes_[s].parent == kNone ? kNone : scopes_[scopes_[s].parent].module) {
      if (s == m) return true;
    }
    return false;
  }

  auto ParentModule(uint32_t s) const -> uint32_t {
    uint32_t m = scopes_[s].module;
    return scopes_[m].parent == kNone ? kNone : scopes_[scopes_[m].parent].module;
  }

  // The target of entry `id`.
  auto EntryTarget(uint32_t id, uint32_t depth) -> Target {
    Entry& e = entries_[id];
    Target t;
    if (e.kind == Entry::Mod) {
      t.kind = Target::Module;
      t.id = e.target_scope;
    } else if (e.kind == Entry::Item) {
      t.kind = Target::Item;
      t.id = id;
    } else {
      if (depth > kMaxImportDepth || e.resolving) return t;
      if (e.resolved) return e.target;
      e.resolving = true;
      bool reported = false;
      t = ResolveSegs(e.segs, e.segs.size(), e.scope, depth + 1, false, &reported, nullptr, true);
      std::string_view first = Text(e.segs[0]);
      if (t.kind == Target::None && !e.glob && first != "crate" && first != "self" && first != "super" &&
          !LocalFirst(e) && !IsPrimitive(e.name)) {
        // Another crate's item (`use std::process::exit;`): the name stands for the whole path.
        t.kind = Target::External;
        t.ext_tokens = e.segs;
      }
      Entry& done = entries_[id];
      done.resolving = false;
      done.resolved = true;
      done.target = t;
    }
    return t;
  }

  // `use std::f64;` names the primitive's module and `use std::string::String;` a prelude name,
  // which the checker knows by the short name: such an import changes nothing.
  static auto IsPrimitive(std::string_view n) -> bool {
    static constexpr std::string_view kPrims[] = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16",
                                                  "u32", "u64", "u128", "usize", "f32", "f64", "char", "str", "bool",
                                                  // prelude names, which the checker knows unqualified
                                                  "String", "Vec", "Box", "Option", "Some", "None", "Result",
                                                  "Ok", "Err", "ToString", "Clone", "Copy", "Drop"};
    for (std::string_view p : kPrims) {
      if (p == n) return true;
    }
    return false;
  }

  // Whether an import's first segment names something of this crate in scope.
  auto LocalFirst(const Entry& e) -> bool {
    std::string_view first = Text(e.segs[0]);
    for (uint32_t sc = edition2015_ ? 0 : e.scope; sc != kNone; sc = scopes_[sc].is_mod ? kNone : scopes_[sc].parent) {
      auto it = scopes_[sc].names.find(std::string(first));
      if (it == scopes_[sc].names.end()) continue;
      for (uint32_t id : it->second) {
        if (entries_[id].kind != Entry::Import) return true;
      }
    }
    return false;
  }

  // Looks `name` up in scope `s` alone (declared names, then globs).
  auto LookupIn(uint32_t s, std::string_view name, uint32_t depth, bool want_mod, uint32_t* entry) -> Target {
    auto it = scopes_[s].names.find(std::string(name));
    if (it != scopes_[s].names.end()) {
      Target fallback;
      for (uint32_t id : it->second) {
        Target t = EntryTarget(id, depth);
        if (t.kind == Target::None) continue;
        *entry = id;
        if ((t.kind == Target::Module) == want_mod) return t;
        if (fallback.kind == Target::None) fallback = t;
      }
      if (fallback.kind != Target::None) return fallback;
    }
    if (depth > kMaxImportDepth) return {};
    for (uint32_t g : scopes_[s].globs) {
      Entry& e = entries_[g];
      if (e.resolving) continue;
      if (!e.resolved) {
        e.resolving = true;
        bool reported = false;
        Target base = ResolveSegs(e.segs, e.segs.size(), e.scope, depth + 1, false, &reported, nullptr, true);
        Entry& done = entries_[g];
        done.resolving = false;
        done.resolved = true;
        done.target = base;
      }
      const Target base = entries_[g].target;
      if (base.kind == Target::Module && entries_[g].resolving) continue;
      entries_[g].resolving = true;
      if (base.kind == Target::Module) {
        uint32_t ent = kNone;
        Target t = LookupIn(base.id, name, depth + 1, want_mod, &ent);
        if (t.kind != Target::None && (ent == kNone || entries_[ent].pub || CanSee(s, base.id))) {
          *entry = ent;
          entries_[g].resolving = false;
          return t;
        }
      } else if (base.kind == Target::Item && entries_[base.id].node_kind == NodeKind::EnumItem) {
        if (HasVariant(entries_[base.id].node, name)) {
          Target t;
          t.kind = Target::Variant;
          t.id = base.id;
          t.variant = std::string(name);
          entries_[g].resolving = false;
          return t;
        }
      }
      entries_[g].resolving = false;
    }
    return {};
  }

  auto HasVariant(uint32_t en, std::string_view name) const -> bool {
    NodeId vl = ChildOfKind(t_, NodeId(en), NodeKind::VariantList);
    if (!vl.is_valid()) return false;
    for (NodeId v : Children(t_, vl)) {
      if (t_.kind[v.index] == NodeKind::Variant && NameOf(v.index) == name) return true;
    }
    return false;
  }

  // Resolves segments [0, n) of a path from scope `s`: as far as modules lead, then one item (and
  // an enum's variant). Returns None for names outside the crate (std, prelude, generics, locals),
  // reporting failures inside the crate's modules when `report`.
  auto ResolveSegs(const std::vector<uint32_t>& segs, size_t n, uint32_t s, uint32_t depth, bool report,
                   bool* reported, size_t* used = nullptr, bool use_path = false) -> Target {
    Target cur;
    size_t i = 0;
    if (n == 0) return cur;
    // Whether the path went into the std subset: a name it lacks is std's, not an error.
    bool via_std = false;
    std::string_view first = Text(segs[0]);
    if (first == "crate") {
      cur.kind = Target::Module;
      cur.id = 0;
      i = 1;
    } else if (first == "self" && n > 1) {
      cur.kind = Target::Module;
      cur.id = scopes_[s].module;
      i = 1;
    } else if (first == "super") {
      uint32_t m = scopes_[s].module;
      for (; i < n && Text(segs[i]) == "super"; ++i) {
        uint32_t p = ParentModule(m);
        if (p == kNone) return {};
        m = p;
      }
      cur.kind = Target::Module;
      cur.id = m;
    } else if (use_path && edition2015_) {
      // Rust 2015: `use a::b` starts at the crate root.
      uint32_t ent = kNone;
      cur = LookupIn(0, first, depth, n > 1, &ent);
      if (cur.kind == Target::None) cur = StdFallback(first, n, depth, &via_std);
      if (cur.kind == Target::None) return {};
      i = 1;
    } else {
      // The first name: the scope chain up to the nearest module.
      for (uint32_t sc = s; sc != kNone; sc = scopes_[sc].is_mod ? kNone : scopes_[sc].parent) {
        uint32_t ent = kNone;
        Target t = LookupIn(sc, first, depth, n > 1, &ent);
        if (t.kind != Target::None) {
          cur = t;
          break;
        }
      }
      if (cur.kind == Target::None) cur = StdFallback(first, n, depth, &via_std);
      if (cur.kind == Target::None) return {};
      i = 1;
    }
    for (; i < n; ++i) {
      std::string_view name = Text(segs[i]);
      if (cur.kind == Target::Item && entries_[cur.id].node_kind == NodeKind::EnumItem &&
          HasVariant(entries_[cur.id].node, name)) {
        Target v;
        v.kind = Target::Variant;
        v.id = cur.id;
        v.variant = std::string(name);
        cur = v;
        continue;
      }
      if (cur.kind != Target::Module) break;
      uint32_t ent = kNone;
      Target t = LookupIn(cur.id, name, depth, i + 1 < n, &ent);
      if (via_std && (t.kind == Target::None || (ent != kNone && !entries_[ent].pub && !CanSee(s, cur.id)))) return {};
      if (t.kind == Target::None) {
        if (report && !*reported) {
          *reported = true;
          missing_seg_ = segs[i];
          missing_in_ = cur.id;
          missing_last_ = i + 1 == n;
        }
        return {};
      }
      if (ent != kNone && !entries_[ent].pub && !CanSee(s, cur.id) && report && !*reported) {
        *reported = true;
        Entry& e = entries_[ent];
        uint32_t item = e.kind == Entry::Import ? kNone : e.node;
        std::string_view kw = e.kind == Entry::Import ? "import"
                                                      : KindWord(e.kind == Entry::Mod ? NodeKind::ModItem : e.node_kind);
        // DIAG: PrivateItem
        Diagnostic& d = diags_.Emit(DiagKind::PrivateItem, tokens_.start[segs[i]], tokens_.end(TokenId(segs[i])),
                                    fmt::format("{} `{}` is private", kw, name));
        d.label = fmt::format("private {}", kw);
        if (item != kNone) {
          uint32_t lo = t_.token[item].index, hi = lo;
          NodeId nm = ChildOfKind(t_, NodeId(item), NodeKind::Name);
          if (nm.is_valid()) hi = t_.token[nm.index].index;
          // A function's note spans its signature, up to the body.
          NodeId body = ChildOfKind(t_, NodeId(item), NodeKind::BlockExpr);
          if (body.is_valid()) {
            for (hi = t_.token[body.index].index; hi > lo && (hi == t_.token[body.index].index || nav_.Trivia(hi));)
              --hi;
          }
          SubDiag note{Level::Note, fmt::format("the {} `{}` is defined here", kw, name), true, tokens_.start[lo],
                       tokens_.end(TokenId(hi))};
          d.children.push_back(note);
        }
      }
      cur = t;
    }
    if (used) *used = i;
    return cur;
  }

  // Where a first path segment nothing in scope declares goes: `std`/`core`/`alloc` into the
  // spliced-in std subset, any other name to the subset's `std::prelude` (rustc's prelude names).
  auto StdFallback(std::string_view first, size_t n, uint32_t depth, bool* via_std) -> Target {
    Target t;
    if (std_scope_ == kNone) return t;
    if ((first == "std" || first == "core" || first == "alloc") && n > 1) {
      t.kind = Target::Module;
      t.id = std_scope_;
      *via_std = true;
      return t;
    }
    if (prelude_scope_ == kNone) return t;
    uint32_t ent = kNone;
    t = LookupIn(prelude_scope_, first, depth, n > 1, &ent);
    if (t.kind != Target::None && ent != kNone && !entries_[ent].pub) return {};
    return t;
  }

  // Appends the tokens a target stands for (at a use site whose last resolved segment is `at`).
  void TargetTokens(const Target& t, uint32_t at, std::vector<OutTok>* out) {
    auto name_tok = [&](const std::string& flat) {
      if (Text(at) == flat) out->push_back(set_.Tok(at));
      else out->push_back(set_.Synth(TokenKind::Ident, flat));
    };
    if (t.kind == Target::Item) {
      name_tok(entries_[t.id].flat);
    } else if (t.kind == Target::Variant) {
      out->push_back(set_.Synth(TokenKind::Ident, entries_[t.id].flat));
      out->push_back(set_.Synth(TokenKind::PathSep, "::"));
      if (Text(at) == t.variant) out->push_back(set_.Tok(at));
      else out->push_back(set_.Synth(TokenKind::Ident, t.variant));
    } else if (t.kind == Target::External) {
      for (size_t k = 0; k < t.ext_tokens.size(); ++k) {
        if (k > 0) out->push_back(set_.Synth(TokenKind::PathSep, "::"));
        out->push_back(set_.Tok(t.ext_tokens[k]));
      }
    }
  }

  void ReportMissing(NodeKind use_kind, bool is_call) {
    std::string in = scopes_[missing_in_].path.empty() ? "the crate root" : "`" + scopes_[missing_in_].path + "`";
    std::string_view name = Text(missing_seg_);
    uint32_t lo = tokens_.start[missing_seg_], hi = tokens_.end(TokenId(missing_seg_));
    if (!missing_last_) {
      // DIAG: UnresolvedPath
      diags_.Emit(DiagKind::UnresolvedPath, lo, hi, fmt::format("cannot find `{}` in {}", name, in)).label =
          fmt::format("could not find `{}` in {}", name, in);
      return;
    }
    std::string what = use_kind == NodeKind::PathType ? "type" : is_call ? "function" : "value";
    // DIAG: UnresolvedInModule
    diags_.Emit(DiagKind::UnresolvedInModule, lo, hi,
                fmt::format("cannot find {} `{}` in {}{}", what, name, missing_in_ == 0 ? "" : "module ", in))
        .label = fmt::format("not found in {}", in);
  }

  // Whether the one-segment value path at node `use` may name a local binding: a parameter or
  // `let`/pattern binding of that name earlier in its function (a local shadows an import or item).
  // Over-approximates (a binding in a scope that already ended counts): the path is then left
  // alone and resolve reports it, never a local silently rewritten into an item.
  // `item_pat` marks the IdentPats that name an item (a variant or constant), which bind nothing.
  auto BoundAsLocal(const Tree& ex, const std::vector<uint32_t>& parent, uint32_t use, std::string_view name,
                    const std::vector<bool>& item_pat) const -> bool {
    uint32_t fn = parent[use];
    while (fn != kNone && ex.kind[fn] != NodeKind::FnItem) fn = parent[fn];
    if (fn == kNone) return false;
    for (uint32_t j = fn + 1 - ex.subtree_size[fn]; j < use; ++j) {
      if (ex.kind[j] == NodeKind::IdentPat && !item_pat[j] && ex.token[j].is_valid() && Text(ex.token[j].index) == name)
        return true;
    }
    return false;
  }

  void RewritePaths(std::vector<Edit>& fine) {
    // Imports must resolve (E0432).
    for (uint32_t id = 0; id < entries_.size(); ++id) {
      Entry& e = entries_[id];
      if (e.kind != Entry::Import || e.segs.empty()) continue;
      std::string_view first = Text(e.segs[0]);
      bool crate_rel = first == "crate" || first == "self" || first == "super";
      bool local_first = false;
      if (!crate_rel) {
        uint32_t ent = kNone;
        for (uint32_t sc = edition2015_ ? 0 : e.scope; sc != kNone && !local_first;
             sc = scopes_[sc].is_mod ? kNone : scopes_[sc].parent)
          local_first = LookupIn(sc, first, 0, true, &ent).kind != Target::None;
      }
      if (!crate_rel && !local_first) {
        // A glob from another crate could bring names (`Ordering::*`'s `Less`) that a pattern would
        // otherwise take for a new binding: refuse rather than guess.
        if (e.glob && ext_glob_.count(e.scope) == 0) ext_glob_[e.scope] = id;
        continue;  // std:: and other crates
      }
      bool reported = false;
      missing_seg_ = kNone;
      Target t = ResolveSegs(e.segs, e.segs.size(), e.scope, 0, true, &reported, nullptr, true);
      if (t.kind == Target::None && missing_seg_ != kNone) {
        std::string path;
        for (uint32_t sg : e.segs) path += (path.empty() ? "" : "::") + std::string(Text(sg));
        std::string in = scopes_[missing_in_].path.empty() ? "crate" : scopes_[missing_in_].path;
        // DIAG: UnresolvedImport
        diags_.Emit(DiagKind::UnresolvedImport, tokens_.start[e.lo], tokens_.end(TokenId(e.hi)),
                    fmt::format("unresolved import `{}`", path))
            .label = fmt::format("no `{}` in `{}`", Text(missing_seg_), in);
      }
    }
    DiagSink scratch;
    Tree ex = Expand(src_, tokens_, t_, scratch);
    // Expand inserts the parsed arguments of built-in macros: map its nodes back to scopes by
    // token position (scopes are token ranges too).
    scope_tokens_.clear();
    for (const Scope& s : scopes_) {
      uint32_t lo, hi;
      nav_.NodeRange(t_, s.node, &lo, &hi);
      scope_tokens_.push_back({lo, hi});
    }
    // The innermost scope of every token, painted once: scopes in ascending (first token, index)
    // order, each overwriting its range, so a token keeps the containing scope with the largest
    // first token (ties: the later scope), as a scan of all scopes would choose; scopes starting
    // before the root's first token never win, as in that scan. One lookup per path is then O(1)
    // instead of O(scopes).
    std::vector<uint32_t> by_first;
    uint32_t tok_end = 0;
    for (uint32_t i = 1; i < scopes_.size(); ++i) {
      if (scope_tokens_[i].first < scope_tokens_[0].first || scope_tokens_[i].first > scope_tokens_[i].second)
        continue;
      by_first.push_back(i);
      tok_end = std::max(tok_end, scope_tokens_[i].second + 1);
    }
    std::stable_sort(by_first.begin(), by_first.end(),
                     [&](uint32_t a, uint32_t b) { return scope_tokens_[a].first < scope_tokens_[b].first; });
    std::vector<uint32_t> scope_of_tok(tok_end, 0);
    for (uint32_t i : by_first)
      std::fill(scope_of_tok.begin() + scope_tokens_[i].first, scope_of_tok.begin() + scope_tokens_[i].second + 1, i);
    auto scope_at = [&](uint32_t tok) { return tok < tok_end ? scope_of_tok[tok] : 0u; };
    std::vector<uint32_t> ex_parent(ex.size(), kNone);
    for (uint32_t j = 0; j < ex.size(); ++j) {  // in place, as for parent_ in Run
      uint32_t first = j + 1 - ex.subtree_size[j];
      for (uint32_t c = j; c-- > first; c = c + 1 - ex.subtree_size[c]) ex_parent[c] = j;
    }
    NodeId root = ex.root(FileId(0));
    std::vector<bool> item_pat(ex.size(), false);  // IdentPats rewritten to the item they name
    // A path's segment tokens, reused: this loop visits every path of the crate, std included,
    // and a vector per path (and per Children call) was a tenth of its cost.
    std::vector<uint32_t> segs;
    for (uint32_t i = root.index + 1 - ex.subtree_size[root.index]; i < root.index; ++i) {
      NodeKind k = ex.kind[i];
      if (k != NodeKind::Path && k != NodeKind::IdentPat) continue;
      uint32_t par = ex_parent[i];
      NodeKind pk = par == kNone ? NodeKind::SourceFile : ex.kind[par];
      if (pk == NodeKind::UseTree || pk == NodeKind::OuterAttr || pk == NodeKind::InnerAttr ||
          pk == NodeKind::MacroCall || pk == NodeKind::Visibility || pk == NodeKind::MacroRules)
        continue;
      if (k == NodeKind::IdentPat) {
        // A lone name in a pattern that names a constant or variant in scope is that item.
        if (ChildCount(ex, NodeId(i)) != 1 || !ex.token[i].is_valid()) continue;
        uint32_t tok = ex.token[i].index;
        segs.assign(1, tok);
        bool reported = false;
        Target t = ResolveSegs(segs, 1, scope_at(tok), 0, false, &reported);
        bool upper = !Text(tok).empty() && Text(tok)[0] >= 'A' && Text(tok)[0] <= 'Z';
        bool value = t.kind == Target::Variant || (t.kind == Target::External && upper) ||
                     (t.kind == Target::Item && (entries_[t.id].node_kind == NodeKind::ConstItem ||
                                                 entries_[t.id].node_kind == NodeKind::StaticItem ||
                                                 entries_[t.id].node_kind == NodeKind::StructItem));
        if (t.kind == Target::None && upper) {
          // A glob from another crate could bring names (`Ordering::*`'s `Less`) that this pattern
          // would otherwise take for a new binding: refuse rather than guess.
          for (uint32_t sc = scope_at(tok); sc != kNone; sc = scopes_[sc].is_mod ? kNone : scopes_[sc].parent) {
            auto g = ext_glob_.find(sc);
            if (g == ext_glob_.end()) continue;
            std::string path;
            for (uint32_t sg : entries_[g->second].segs) path += (path.empty() ? "" : "::") + std::string(Text(sg));
            // DIAG: NotSupported
            diags_.Emit(DiagKind::NotSupported, tokens_.start[tok], tokens_.end(TokenId(tok)),
                        fmt::format("a pattern name that a glob import from another crate (`{}::*`) may define is "
                                    "not supported yet",
                                    path));
            break;
          }
        }
        if (!value) continue;
        item_pat[i] = true;  // `Nil => Nil`: the arm's `Nil` is the variant, not a binding
        Edit ed{tok, tok + 1, {}};
        TargetTokens(t, tok, &ed.with);
        if (ed.with.size() == 1 && !ed.with[0].synth && ed.with[0].start == tokens_.start[tok]) continue;
        fine.push_back(std::move(ed));
        continue;
      }
      segs.clear();
      bool global = false;
      // The segments, last to first, then in source order.
      ForEachChildBackward(ex, NodeId(i), [&](NodeId c) {
        if (ex.kind[c.index] == NodeKind::PathSegment && ex.token[c.index].is_valid()) segs.push_back(ex.token[c.index].index);
      });
      std::reverse(segs.begin(), segs.end());
      if (segs.empty()) continue;
      // `::std::x` (a leading `::`) names another crate.
      for (uint32_t b = segs[0]; b-- > 0;) {
        if (nav_.Trivia(b)) continue;
        global = tokens_.kind[b] == TokenKind::PathSep;
        break;
      }
      if (global) continue;
      uint32_t s = scope_at(segs[0]);
      bool reported = false;
      missing_seg_ = kNone;
      size_t used = 0;
      Target t = ResolveSegs(segs, segs.size(), s, 0, true, &reported, &used);
      if (t.kind == Target::None) {
        if (missing_seg_ != kNone) {
          bool is_call = pk == NodeKind::PathExpr && ex_parent[par] != kNone &&
                         ex.kind[ex_parent[par]] == NodeKind::CallExpr;
          ReportMissing(pk, is_call);
        }
        continue;
      }
      if (t.kind == Target::Module) continue;
      if (segs.size() == 1 && pk == NodeKind::PathExpr && BoundAsLocal(ex, ex_parent, i, Text(segs[0]), item_pat))
        continue;
      uint32_t at = segs[used - 1];
      Edit ed{segs[0], at + 1, {}};
      TargetTokens(t, at, &ed.with);
      if (used == 1 && ed.with.size() == 1 && !ed.with[0].synth && ed.with[0].start == tokens_.start[at]) continue;
      fine.push_back(std::move(ed));
    }
  }

  void EmitEdits(std::vector<Edit>& fine) {
    // Edits made before this pass (macro_rules! removal) must apply inside hoisted items too.
    for (Edit& e : set_.edits) fine.push_back(std::move(e));
    set_.edits.clear();
    // Declarations of renamed items: their Name token.
    for (const Entry& e : entries_) {
      if (e.kind != Entry::Item || e.flat == e.name) continue;
      NodeId nm = ChildOfKind(t_, NodeId(e.node), NodeKind::Name);
      if (!nm.is_valid()) continue;
      uint32_t tok = t_.token[nm.index].index;
      fine.push_back({tok, tok + 1, {set_.Synth(TokenKind::Ident, e.flat)}});
    }
    // `use` items go; `mod m {` and its `}` go (the items stay in place, now at the root).
    for (uint32_t u : uses_) {
      uint32_t lo, hi;
      nav_.NodeRange(t_, u, &lo, &hi);
      if (tokens_.kind[nav_.Next(hi)] == TokenKind::Semi) hi = nav_.Next(hi);
      fine.push_back({lo, hi + 1, {}});
    }
    for (size_t si = 0; si < scopes_.size(); ++si) {
      const Scope& s = scopes_[si];
      if (!s.is_mod || s.node == t_.root(FileId(0)).index) continue;
      NodeId list = ChildOfKind(t_, NodeId(s.node), NodeKind::ItemList);
      auto [lo, hi] = scope_tokens_[si];  // RewritePaths' NodeRange of it
      if (!list.is_valid()) {
        fine.push_back({lo, hi + 1, {}});
        continue;
      }
      uint32_t open = t_.token[list.index].index;
      fine.push_back({lo, open + 1, {}});
      fine.push_back({nav_.partner[open], nav_.partner[open] + 1, {}});
      // Inner attributes of the module (`#![allow(...)]`) cannot stand among items.
      for (NodeId c : Children(t_, list)) {
        if (t_.kind[c.index] != NodeKind::InnerAttr) continue;
        uint32_t alo, ahi;
        nav_.AttrRange(t_, c.index, &alo, &ahi);
        fine.push_back({alo, ahi + 1, {}});
      }
    }
    std::stable_sort(fine.begin(), fine.end(),
                     [](const Edit& a, const Edit& b) { return a.lo != b.lo ? a.lo < b.lo : a.hi > b.hi; });
    // Hoisted block items: rendered with the edits inside them, appended at the end of the crate.
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    for (uint32_t h : hoisted_) {
      uint32_t lo, hi;
      nav_.NodeRange(t_, h, &lo, &hi);
      if (tokens_.kind[nav_.Next(hi)] == TokenKind::Semi && t_.kind[h] != NodeKind::FnItem) hi = nav_.Next(hi);
      ranges.push_back({lo, hi});
    }
    for (size_t i = 0; i < ranges.size(); ++i) {
      auto [lo, hi] = ranges[i];
      if (t_.kind[hoisted_[i]] == NodeKind::UseItem) continue;
      size_t e = std::lower_bound(fine.begin(), fine.end(), lo, [](const Edit& a, uint32_t v) { return a.lo < v; }) -
                 fine.begin();
      for (uint32_t t = lo; t <= hi;) {
        bool skipped = false;
        for (size_t j = 0; j < ranges.size(); ++j) {
          if (j != i && ranges[j].first == t && ranges[j].first > lo) {
            t = ranges[j].second + 1;
            skipped = true;
            break;
          }
        }
        if (skipped) continue;
        while (e < fine.size() && fine[e].lo < t) ++e;
        if (e < fine.size() && fine[e].lo == t) {
          set_.append.insert(set_.append.end(), fine[e].with.begin(), fine[e].with.end());
          t = std::max(fine[e].hi, t + 1);
          ++e;
          continue;
        }
        if (!nav_.Trivia(t)) set_.append.push_back(set_.Tok(t));
        ++t;
      }
    }
    for (Edit& f : fine) set_.edits.push_back(std::move(f));
    for (auto [lo, hi] : ranges) set_.edits.push_back({lo, hi + 1, {}});
  }

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const Tree& t_;
  const TokenNav& nav_;
  EditSet& set_;
  DiagSink& diags_;
  // Rust 2015 resolves `use` paths from the crate root.
  bool edition2015_;
  uint32_t root_first_ = 0;
  std::vector<uint32_t> parent_;
  std::vector<Scope> scopes_;
  // Per scope: its token range (NodeRange), computed once by RewritePaths for EmitEdits too.
  std::vector<std::pair<uint32_t, uint32_t>> scope_tokens_;
  std::unordered_map<uint32_t, uint32_t> scope_of_node_;
  std::vector<Entry> entries_;
  std::vector<std::pair<uint32_t, uint32_t>> items_;  // (item node, scope)
  std::vector<uint32_t> uses_;
  std::vector<uint32_t> hoisted_;
  std::vector<uint32_t> node_scope_;
  // Per scope: a glob import from another crate in it (entry), if any.
  std::unordered_map<uint32_t, uint32_t> ext_glob_;
  // The failure ResolveSegs recorded last: the segment, the module searched, whether it was last.
  uint32_t missing_seg_ = kNone;
  uint32_t missing_in_ = 0;
  bool missing_last_ = false;
  // The scopes of the spliced-in std subset (module `__std`) and of its `prelude` module.
  uint32_t std_scope_ = kNone;
  uint32_t prelude_scope_ = kNone;
};

}  // namespace

auto ModuleEdits(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const TokenNav& nav,
                 EditSet& set, DiagSink& diags) -> bool {
  return Modules(src, tokens, tree, nav, set, diags).Run();
}

}  // namespace rustg
