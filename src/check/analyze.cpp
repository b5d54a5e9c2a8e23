#include "check/analyze.h"

#include <fmt/format.h>

#include "expand/prelude.h"
#include "parse/walk.h"

namespace rustg {

auto Analyze(SourceBuffer& src, const TokenBuffer& source_tokens, const Tree& tree, const SyntaxOptions& opts,
             DiagSink& diags, Timings* timings, bool all_std_bodies) -> Analysis {
  Analysis a;
  const TokenBuffer& tokens = a.syntax.tokens;
  {
    ScopedSpan span(timings, "expand", "pass");
    a.syntax = ExpandSyntax(src, source_tokens, tree, opts, diags);
    if (diags.error_count() > 0) return a;
    a.expanded = Expand(src, tokens, a.syntax.tree, diags);
    a.formats = CollectFormats(src, tokens, a.expanded, diags);
  }
  {
    ScopedSpan span(timings, "resolve", "pass");
    a.res = Resolve(src, tokens, a.expanded, a.formats, diags);
  }
  {
    ScopedSpan span(timings, "check", "pass");
    a.typed = Check(src, tokens, a.expanded, a.formats, a.res, diags, all_std_bodies);
  }
  return a;
}

auto DumpHir(const SourceBuffer& src, Analysis& a) -> std::string {
  const Tree& t = a.expanded;
  if (t.file_first_node.size() < 2) return {};
  // DumpTree prints one line per node in preorder; the same walk names each line's node.
  std::string ast = DumpTree(src, a.syntax.tokens, t, FileId(0));
  std::vector<uint32_t> preorder;
  std::vector<uint32_t> stack;
  if (t.file_first_node[1] > t.file_first_node[0]) stack.push_back(t.file_first_node[1] - 1);
  while (!stack.empty()) {
    uint32_t n = stack.back();
    stack.pop_back();
    preorder.push_back(n);
    std::vector<NodeId> cs = Children(t, NodeId(n));
    for (auto c = cs.rbegin(); c != cs.rend(); ++c) stack.push_back(c->index);
  }
  const Items& items = a.res.items;
  auto annotate = [&](uint32_t n) {
    std::string out;
    // A function's path has no value type of its own (the call has one).
    bool fn_path = n < a.res.def_kind.size() && a.res.def_kind[n] == DefKind::Fn;
    if (n < a.typed.node_ty.size() && a.typed.node_ty[n].is_valid() && !fn_path) {
      out += " : " + a.typed.types.Name(a.typed.node_ty[n]);
    }
    uint32_t i = n < a.res.def_index.size() ? a.res.def_index[n] : UINT32_MAX;
    switch (n < a.res.def_kind.size() ? a.res.def_kind[n] : DefKind::None) {
      case DefKind::None: break;
      case DefKind::Local: out += fmt::format(" -> local {}#{}", a.res.local_name[i], i); break;
      case DefKind::Fn: out += " -> fn " + items.fn_names[i]; break;
      case DefKind::Const: out += " -> const " + items.const_names[i]; break;
      case DefKind::Struct: out += " -> struct " + items.struct_names[i]; break;
      case DefKind::Path: out += " -> std path"; break;
    }
    uint32_t f = n < a.typed.node_fn.size() ? a.typed.node_fn[n] : UINT32_MAX;
    Builtin b = n < a.typed.builtin.size() ? a.typed.builtin[n] : Builtin::None;
    if (f != UINT32_MAX && (b == Builtin::StructCtor || b == Builtin::UnitStruct) && f < items.struct_names.size()) {
      out += " -> struct " + items.struct_names[f];
    } else if (f != UINT32_MAX && f < items.fn_names.size() && a.res.def_kind[n] == DefKind::None &&
        (t.kind[n] == NodeKind::MethodCallExpr || t.kind[n] == NodeKind::CallExpr || t.kind[n] == NodeKind::BinaryExpr ||
         t.kind[n] == NodeKind::UnaryExpr || t.kind[n] == NodeKind::IndexExpr)) {
      out += " -> fn " + items.fn_names[f];
    }
    return out;
  };
  // The std subset's items (spliced into the crate) are not the program's: left out.
  std::vector<uint8_t> hidden(t.size(), 0);
  if (t.file_first_node[1] > t.file_first_node[0]) {
    for (NodeId c : Children(t, NodeId(t.file_first_node[1] - 1))) {
      TokenId tok = t.token[c.index];
      if (!tok.is_valid() || !IsPreludeOffset(src, a.syntax.tokens.start[tok.index])) continue;
      for (uint32_t i = c.index + 1 - t.subtree_size[c.index]; i <= c.index; ++i) hidden[i] = 1;
    }
  }
  std::string out;
  size_t line = 0, at = 0;
  for (size_t nl; (nl = ast.find('\n', at)) != std::string::npos; at = nl + 1, ++line) {
    if (line < preorder.size() && hidden[preorder[line]]) continue;
    out.append(ast, at, nl - at);
    if (line < preorder.size()) out += annotate(preorder[line]);
    out += '\n';
  }
  return out;
}

}  // namespace rustg
