#include "resolve/resolve.h"

#include <string_view>

#include "expand/prelude.h"
#include "parse/walk.h"

namespace rustg {
namespace {

class Resolver {
 public:
  Resolver(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
           DiagSink& diags, Resolution& out)
      : src_(src), tokens_(tokens), t_(tree), formats_(formats), diags_(diags), r_(out) {}

  void Run() {
    r_.def_kind.assign(t_.size(), DefKind::None);
    r_.def_index.assign(t_.size(), 0);
    NodeId root = t_.root(FileId(0));
    for (NodeId item : Children(t_, root)) CollectItem(item);
    // Inherent impls: their functions belong to the struct named by the self type.
    for (size_t ii = 0; ii < r_.items.impls.size(); ++ii) {
      NodeId impl = r_.items.impls[ii];
      std::vector<NodeId> cs = Children(t_, impl);
      NodeId self_ty = NodeId::Invalid();
      for (NodeId c : cs) {
        if (t_.kind[c.index] == NodeKind::PathType) self_ty = c;
      }
      uint32_t owner = UINT32_MAX;
      size_t types = 0;
      for (NodeId c : cs) {
        NodeKind k = t_.kind[c.index];
        types += k != NodeKind::GenericParamList && k != NodeKind::WhereClause && k != NodeKind::ItemList &&
                 k != NodeKind::Qualifier && k != NodeKind::Visibility && k != NodeKind::OuterAttr;
      }
      // The self type's first segment names the owner (`S`, `S<T>`).
      std::vector<NodeId> segs;
      if (self_ty.is_valid()) segs = Children(t_, NodeId(self_ty.index - 1));
      if (types == 1 && segs.size() == 1) {
        std::string_view name = tokens_.text(src_, t_.token[segs[0].index]);
        for (size_t s = 0; s < r_.items.struct_names.size(); ++s) {
          if (r_.items.struct_names[s] == name) owner = static_cast<uint32_t>(s);
        }
        for (size_t e = 0; e < r_.items.enum_names.size(); ++e) {
          if (r_.items.enum_names[e] == name) owner = kEnumOwner | static_cast<uint32_t>(e);
        }
      }
      if (types != 1) owner = kTraitOwner;
      NodeId list = cs.back();
      if (t_.kind[list.index] != NodeKind::ItemList) continue;
      uint32_t impl_index = static_cast<uint32_t>(ii);
      for (NodeId f : Children(t_, list)) {
        if (t_.kind[f.index] != NodeKind::FnItem) continue;
        AddFn(f, owner, impl_index, UINT32_MAX);
      }
    }
    for (size_t tr = 0; tr < r_.items.traits.size(); ++tr) {
      NodeId list = Children(t_, r_.items.traits[tr]).back();
      if (t_.kind[list.index] != NodeKind::ItemList) continue;
      for (NodeId f : Children(t_, list)) {
        if (t_.kind[f.index] == NodeKind::FnItem) AddFn(f, kTraitOwner, UINT32_MAX, static_cast<uint32_t>(tr));
      }
    }
    // Nested functions are appended (and resolved) while walking bodies: index, do not iterate.
    size_t top = r_.items.fns.size();
    for (size_t f = 0; f < top; ++f) ResolveFn(r_.items.fns[f]);
    for (NodeId c : r_.items.consts) {
      for (NodeId ch : Children(t_, c)) Walk(ch);
    }
  }

 private:
  auto Text(NodeId n) const -> std::string_view { return tokens_.text(src_, t_.token[n.index]); }
  auto NameOf(NodeId item) const -> std::string {
    NodeId name = ChildOfKind(t_, item, NodeKind::Name);
    return name.is_valid() ? std::string(Text(name)) : std::string();
  }

  void AddFn(NodeId f, uint32_t owner, uint32_t impl, uint32_t trait) {
    r_.items.fns.push_back(f);
    r_.items.fn_names.push_back(NameOf(f));
    r_.items.fn_owner.push_back(owner);
    r_.items.fn_impl.push_back(impl);
    r_.items.fn_trait.push_back(trait);
  }

  void CollectItem(NodeId item) {
    switch (t_.kind[item.index]) {
      case NodeKind::FnItem:
        AddFn(item, UINT32_MAX, UINT32_MAX, UINT32_MAX);
        break;
      case NodeKind::TraitItem:
        r_.items.traits.push_back(item);
        r_.items.trait_names.push_back(NameOf(item));
        break;
      case NodeKind::ImplItem:
        r_.items.impls.push_back(item);
        break;
      case NodeKind::ConstItem:
      case NodeKind::StaticItem:
        r_.items.consts.push_back(item);
        r_.items.const_names.push_back(NameOf(item));
        break;
      case NodeKind::StructItem:
        r_.items.structs.push_back(item);
        r_.items.struct_names.push_back(NameOf(item));
        break;
      case NodeKind::EnumItem:
        r_.items.enums.push_back(item);
        r_.items.enum_names.push_back(NameOf(item));
        break;
      default:
        break;  // the checker reports items it does not support
    }
  }

  void Push() { scopes_.push_back(locals_.size()); }
  void Pop() {
    locals_.resize(scopes_.back());
    scopes_.pop_back();
  }

  auto Declare(NodeId pat, std::string name, bool mut) -> uint32_t {
    uint32_t id = static_cast<uint32_t>(r_.local_node.size());
    r_.local_node.push_back(pat);
    r_.local_name.push_back(name);
    r_.local_mut.push_back(mut);
    locals_.push_back({std::move(name), id});
    r_.def_kind[pat.index] = DefKind::Local;
    r_.def_index[pat.index] = id;
    return id;
  }

  // Looks a single name up: locals innermost first, then items.
  auto Lookup(std::string_view name, DefKind& kind, uint32_t& index) const -> bool {
    for (size_t i = locals_.size(); i-- > 0;) {
      if (locals_[i].first == name) {
        kind = DefKind::Local;
        index = locals_[i].second;
        return true;
      }
    }
    for (size_t i = block_fns_.size(); i-- > 0;) {
      if (block_fns_[i].first == name) {
        kind = DefKind::Fn;
        index = block_fns_[i].second;
        return true;
      }
    }
    auto find = [&](const std::vector<std::string>& names, DefKind k) {
      for (size_t i = 0; i < names.size(); ++i) {
        if (k == DefKind::Fn && r_.items.fn_owner[i] != UINT32_MAX) continue;  // methods need a path
        if (names[i] == name) {
          kind = k;
          index = static_cast<uint32_t>(i);
          return true;
        }
      }
      return false;
    };
    return find(r_.items.fn_names, DefKind::Fn) || find(r_.items.const_names, DefKind::Const) ||
           find(r_.items.struct_names, DefKind::Struct);
  }

  // Declares the bindings of a pattern (IdentPat names; other pattern forms recurse).
  void DeclarePattern(NodeId pat) {
    switch (t_.kind[pat.index]) {
      case NodeKind::IdentPat: {
        bool mut = false;
        NodeId sub = NodeId::Invalid();
        for (NodeId c : Children(t_, pat)) {
          if (t_.kind[c.index] == NodeKind::Qualifier && Text(c) == "mut") mut = true;
          if (t_.kind[c.index] != NodeKind::Qualifier && t_.kind[c.index] != NodeKind::Name) sub = c;
        }
        if (sub.is_valid()) DeclarePattern(sub);
        std::string name(Text(pat));
        // `None` and constants in patterns compare; they bind nothing.
        bool is_const = false;
        // The std subset's patterns never name the program's constants (nor the reverse).
        bool in_std = IsPreludeOffset(src_, tokens_.start[t_.token[pat.index].index]);
        for (size_t c = 0; c < r_.items.const_names.size(); ++c) {
          NodeId ci = r_.items.consts[c];
          TokenId ct = t_.token[ci.index];
          is_const |= r_.items.const_names[c] == name && ct.is_valid() &&
                      IsPreludeOffset(src_, tokens_.start[ct.index]) == in_std;
        }
        if (!sub.is_valid() && !mut && (name == "None" || is_const)) {
          r_.def_kind[pat.index] = DefKind::Path;
          break;
        }
        Declare(pat, std::move(name), mut);
        break;
      }
      case NodeKind::LiteralPat:
      case NodeKind::RangePat:
      case NodeKind::PathPat:
        break;
      case NodeKind::OrPat: {
        // `A(x) | B(x)`: every alternative binds the same names, which are the first one's locals.
        std::vector<NodeId> alts = Children(t_, pat);
        size_t first = locals_.size();
        if (!alts.empty()) DeclarePattern(alts[0]);
        size_t end = locals_.size();
        for (size_t a = 1; a < alts.size(); ++a) {
          size_t before = locals_.size();
          DeclarePattern(alts[a]);
          for (size_t i = before; i < locals_.size(); ++i) {
            for (size_t j = first; j < end; ++j) {
              if (locals_[j].first == locals_[i].first)
                r_.def_index[r_.local_node[locals_[i].second].index] = locals_[j].second;
            }
          }
          locals_.resize(before);
        }
        break;
      }
      default:
        for (NodeId c : Children(t_, pat)) {
          NodeKind k = t_.kind[c.index];
          if (k != NodeKind::Path && k != NodeKind::Name) DeclarePattern(c);
        }
    }
  }

  void ResolveFn(NodeId fn) {
    Push();
    for (NodeId c : Children(t_, fn)) {
      NodeKind k = t_.kind[c.index];
      if (k == NodeKind::ParamList) {
        for (NodeId p : Children(t_, c)) {
          if (t_.kind[p.index] == NodeKind::SelfParam) {
            bool mut = false, ref = false;
            for (NodeId q : Children(t_, p)) {
              if (t_.kind[q.index] == NodeKind::Qualifier && Text(q) == "&") ref = true;
              if (t_.kind[q.index] == NodeKind::Qualifier && Text(q) == "mut") mut = true;
            }
            Declare(p, "self", mut && !ref);
            continue;
          }
          if (t_.kind[p.index] != NodeKind::Param) continue;
          std::vector<NodeId> pc = Children(t_, p);
          if (!pc.empty()) DeclarePattern(pc.front());
        }
      } else if (k == NodeKind::BlockExpr) {
        Walk(c);
      }
    }
    Pop();
  }

  void Walk(NodeId n) {
    switch (t_.kind[n.index]) {
      case NodeKind::BlockExpr: {
        Push();
        // Functions declared in the block are visible in all of it (and in each other).
        size_t fns_mark = block_fns_.size();
        std::vector<uint32_t> nested;
        for (NodeId c : Children(t_, n)) {
          if (t_.kind[c.index] != NodeKind::FnItem) continue;
          uint32_t f = static_cast<uint32_t>(r_.items.fns.size());
          AddFn(c, kBlockOwner, UINT32_MAX, UINT32_MAX);
          block_fns_.emplace_back(NameOf(c), f);
          nested.push_back(f);
        }
        for (NodeId c : Children(t_, n)) Walk(c);
        // A nested function sees items, not the enclosing function's locals.
        for (uint32_t f : nested) {
          std::vector<std::pair<std::string, uint32_t>> saved_locals;
          std::vector<size_t> saved_scopes;
          saved_locals.swap(locals_);
          saved_scopes.swap(scopes_);
          ResolveFn(r_.items.fns[f]);
          locals_.swap(saved_locals);
          scopes_.swap(saved_scopes);
        }
        block_fns_.resize(fns_mark);
        Pop();
        return;
      }
      case NodeKind::LetStmt: {
        std::vector<NodeId> cs = Children(t_, n);
        NodeId pat = NodeId::Invalid();
        for (NodeId c : cs) {
          NodeKind k = t_.kind[c.index];
          if (k == NodeKind::OuterAttr) continue;
          if (!pat.is_valid()) {
            pat = c;
            continue;
          }
          Walk(c);
        }
        if (pat.is_valid()) DeclarePattern(pat);
        return;
      }
      case NodeKind::LetExpr: {
        std::vector<NodeId> cs = Children(t_, n);
        if (cs.size() == 2) {
          Walk(cs[1]);
          DeclarePattern(cs[0]);
        }
        return;
      }
      case NodeKind::IfExpr:
      case NodeKind::WhileExpr: {
        // `if let` / `while let` bindings are visible in the condition's block only.
        std::vector<NodeId> cs = Children(t_, n);
        Push();
        size_t i = 0;
        for (; i < cs.size(); ++i) {
          Walk(cs[i]);
          if (t_.kind[cs[i].index] == NodeKind::BlockExpr) break;
        }
        Pop();
        for (++i; i < cs.size(); ++i) Walk(cs[i]);
        return;
      }
      case NodeKind::ForExpr: {
        std::vector<NodeId> cs = Children(t_, n);
        size_t i = t_.kind[cs[0].index] == NodeKind::Label ? 1 : 0;
        if (cs.size() < i + 3) return;
        Walk(cs[i + 1]);
        Push();
        DeclarePattern(cs[i]);
        Walk(cs[i + 2]);
        Pop();
        return;
      }
      case NodeKind::ClosureExpr: {
        // Parameters are visible in the body only; the body sees the enclosing locals (captures).
        Push();
        for (NodeId c : Children(t_, n)) {
          NodeKind k = t_.kind[c.index];
          if (k == NodeKind::ParamList) {
            for (NodeId p : Children(t_, c)) {
              std::vector<NodeId> pc = Children(t_, p);
              if (t_.kind[p.index] == NodeKind::Param && !pc.empty()) DeclarePattern(pc.front());
            }
          } else if (k != NodeKind::Qualifier && k != NodeKind::RetType && k != NodeKind::ForLifetimes) {
            Walk(c);
          }
        }
        Pop();
        return;
      }
      case NodeKind::MatchArm: {
        std::vector<NodeId> cs = Children(t_, n);
        Push();
        bool first = true;
        for (NodeId c : cs) {
          if (t_.kind[c.index] == NodeKind::OuterAttr) continue;
          if (first) {
            DeclarePattern(c);
            first = false;
          } else {
            Walk(c);
          }
        }
        Pop();
        return;
      }
      case NodeKind::PathExpr: {
        NodeId path(n.index - 1);
        if (t_.subtree_size[path.index] != 2) {
          r_.def_kind[n.index] = DefKind::Path;
          return;
        }
        std::string_view name = tokens_.text(src_, t_.token[path.index - 1]);
        DefKind kind;
        uint32_t index;
        if (Lookup(name, kind, index)) {
          r_.def_kind[n.index] = kind;
          r_.def_index[n.index] = index;
        } else {
          // Not a local or item: prelude names and the like; the checker knows them or reports.
          r_.def_kind[n.index] = DefKind::Path;
        }
        return;
      }
      case NodeKind::StructExprField: {
        std::vector<NodeId> cs = Children(t_, n);
        bool has_value = false;
        for (NodeId c : cs) {
          NodeKind k = t_.kind[c.index];
          if (k != NodeKind::Name && k != NodeKind::OuterAttr) {
            has_value = true;
            Walk(c);
          }
        }
        if (!has_value) {
          // Shorthand `P { x }`: the field's value is the binding `x`.
          std::string_view name = tokens_.text(src_, t_.token[n.index]);
          DefKind kind;
          uint32_t index;
          if (Lookup(name, kind, index) && kind == DefKind::Local) {
            r_.def_kind[n.index] = kind;
            r_.def_index[n.index] = index;
          } else {
            // DIAG: UnresolvedName
            diags_.Emit(DiagKind::UnresolvedName, tokens_.start[t_.token[n.index].index], tokens_.end(t_.token[n.index]),
                        "cannot find value `" + std::string(name) + "` in this scope")
                .label = "not found in this scope";
          }
        }
        return;
      }
      case NodeKind::MacroCall: {
        for (NodeId c : Children(t_, n)) Walk(c);
        auto it = formats_.by_macro.find(n.index);
        if (it == formats_.by_macro.end()) return;
        std::vector<uint32_t>& caps = r_.captures[n.index];
        uint32_t lit = formats_.literal_node.at(n.index);
        for (const std::string& name : it->second.captures) {
          DefKind kind;
          uint32_t index = 0;
          if (!Lookup(name, kind, index) || kind != DefKind::Local) {
            TokenId tok = t_.token[lit];
            // DIAG: UnresolvedName
            diags_.Emit(DiagKind::UnresolvedName, tokens_.start[tok.index], tokens_.end(tok),
                        "cannot find value `" + name + "` in this scope")
                .label = "not found in this scope";
            index = UINT32_MAX;
          }
          caps.push_back(index);
        }
        return;
      }
      case NodeKind::FnItem:
      case NodeKind::StructItem:
      case NodeKind::ImplItem:
      case NodeKind::EnumItem:
        return;  // items in blocks: reported as unsupported by the checker
      default:
        for (NodeId c : Children(t_, n)) Walk(c);
    }
  }

  const SourceBuffer& src_;
  const TokenBuffer& tokens_;
  const Tree& t_;
  const FormatTable& formats_;
  DiagSink& diags_;
  Resolution& r_;
  // Visible locals (name, LocalId), innermost last; scopes_ holds the size at each scope's entry.
  std::vector<std::pair<std::string, uint32_t>> locals_;
  std::vector<size_t> scopes_;
  // Functions declared in the enclosing blocks (name, Items::fns index), innermost last.
  std::vector<std::pair<std::string, uint32_t>> block_fns_;
};

}  // namespace

auto Resolve(const SourceBuffer& src, const TokenBuffer& tokens, const Tree& tree, const FormatTable& formats,
             DiagSink& diags) -> Resolution {
  Resolution r;
  Resolver(src, tokens, tree, formats, diags, r).Run();
  return r;
}

}  // namespace rustg
