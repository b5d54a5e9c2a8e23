#include "expand/prelude.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "lex/token_kind.h"

namespace rustg {

auto IsPreludeFile(const SourceBuffer& src, FileId f) -> bool {
  return f.is_valid() && f.index != 0 && src.path(f).starts_with(kPreludePathPrefix);
}

auto IsPreludeOffset(const SourceBuffer& src, uint32_t at) -> bool {
  if (src.file_count() < 2 || at < src.file_end(FileId(0))) return false;
  return IsPreludeFile(src, src.FileOf(at));
}

auto PreludeEdits(SourceBuffer& src, EditSet& set, DiagSink& diags) -> bool {
  if (kPreludeFileCount == 0) return false;
  // Only the files the program can reach are spliced in: a file is needed when an identifier of
  // the crate (or of a needed file) is a name it defines (a fn, type or trait), so hello world
  // parses and checks none of them. The set grows to a fixed point over the files' own uses.
  uint32_t first_file = src.file_count();
  for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
    std::string path = std::string(kPreludePathPrefix) + kPreludeFiles[i].name + ".rs";
    // Edition 2021 always: the prelude is written in it, whatever the crate's edition.
    if (!src.AddFile(path, kPreludeFiles[i].text, Edition::k2021, diags).is_valid()) return false;
  }
  // Lex only the new files (offsets are global, so a file's tokens do not depend on the others).
  TokenBuffer all = Lex(src, PassOptions{Backend::Cpu, 1}, diags);
  // Views into `src` are taken only now: adding files may have moved its text.
  // `member`: names after `.` or `::` (method calls, associated fns); only these trigger a file
  // through its fns or key names, so a local named `count` or `map` pulls in nothing.
  std::unordered_set<std::string_view> used, member;
  const TokenBuffer& in = set.in;
  TokenKind before = TokenKind::Eof;
  for (uint32_t t = in.file_begin(FileId(0)).index; t < in.file_end(FileId(0)).index; ++t) {
    if (IsTrivia(in.kind[t])) continue;
    if (in.kind[t] == TokenKind::Ident) {
      used.insert(in.text(src, TokenId(t)));
      if (before == TokenKind::Dot || before == TokenKind::PathSep) member.insert(in.text(src, TokenId(t)));
    }
    before = in.kind[t];
  }
  // A file's key names: the types and traits it declares or re-exports (`pub use a::B;`: a
  // capitalized name in a `use`), or (a file of impls only) its fns. A re-exporting file's uses
  // pull in the files declaring those names.
  std::vector<std::vector<std::string_view>> defines(kPreludeFileCount), mentions(kPreludeFileCount);
  // Per file: whether its defines are method-like (fns of an impl-only file, key names), matched
  // against `member` only.
  std::vector<uint8_t> by_member(kPreludeFileCount, 0);
  std::vector<std::vector<std::string_view>> keys(kPreludeFileCount);
  for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
    FileId f(first_file + i);
    TokenKind prev = TokenKind::Eof;
    bool in_use = false;
    std::vector<std::string_view> fns;
    for (uint32_t t = all.file_begin(f).index; t + 1 < all.file_end(f).index; ++t) {
      TokenKind k = all.kind[t];
      if (IsTrivia(k)) continue;
      if (k == TokenKind::KwUse && prev == TokenKind::KwPub) in_use = true;
      if (k == TokenKind::Semi) in_use = false;
      if (k == TokenKind::Ident) {
        std::string_view name = all.text(src, TokenId(t));
        bool type_name = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
        if (prev == TokenKind::KwStruct || prev == TokenKind::KwEnum || prev == TokenKind::KwTrait ||
            (in_use && type_name)) {
          defines[i].push_back(name);
          if (in_use) mentions[i].push_back(name);
        } else if (prev == TokenKind::KwFn) {
          fns.push_back(name);
        } else {
          mentions[i].push_back(name);
        }
      }
      prev = k;
    }
    if (defines[i].empty()) {
      defines[i] = std::move(fns);
      by_member[i] = 1;
    }
    // A file may name more triggers in a `// rustg-prelude-keys: a b` line (methods such as
    // `iter` on built-in types, which no declaration of the file names).
    std::string_view text(kPreludeFiles[i].text);
    if (size_t k = text.find("// rustg-prelude-keys:"); k != std::string_view::npos) {
      size_t e = text.find('\n', k);
      std::string_view line = text.substr(k + 22, e == std::string_view::npos ? std::string_view::npos : e - k - 22);
      for (size_t a = 0; a < line.size();) {
        size_t b = line.find(' ', a);
        if (b == std::string_view::npos) b = line.size();
        if (b > a) keys[i].push_back(line.substr(a, b - a));
        a = b + 1;
      }
    }
  }
  std::vector<uint8_t> needed(kPreludeFileCount, 0);
  for (bool grew = true; grew;) {
    grew = false;
    for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
      if (needed[i]) continue;
      bool hit = false;
      for (std::string_view d : defines[i]) hit = hit || (by_member[i] ? member : used).count(d) != 0;
      for (std::string_view d : keys[i]) hit = hit || member.count(d) != 0;
      if (!hit) continue;
      needed[i] = 1;
      grew = true;
      // What a needed file names may need other files (conservatively, in either position).
      for (std::string_view m : mentions[i]) {
        used.insert(m);
        member.insert(m);
      }
    }
  }
  bool any = false;
  for (uint8_t n : needed) any |= n != 0;
  if (!any) return false;
  std::vector<OutTok>& out = set.append;
  out.push_back(set.Synth(TokenKind::KwMod, "mod"));
  out.push_back(set.Synth(TokenKind::Ident, kPreludeModule));
  out.push_back(set.Synth(TokenKind::LBrace, "{"));
  for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
    if (!needed[i]) continue;
    FileId f(first_file + i);
    out.push_back(set.Synth(TokenKind::KwPub, "pub"));
    out.push_back(set.Synth(TokenKind::KwMod, "mod"));
    out.push_back(set.Synth(TokenKind::Ident, kPreludeFiles[i].name));
    out.push_back(set.Synth(TokenKind::LBrace, "{"));
    for (uint32_t t = all.file_begin(f).index; t + 1 < all.file_end(f).index; ++t) {
      if (IsTrivia(all.kind[t])) continue;
      out.push_back({all.kind[t], false, all.start[t], all.end(TokenId(t))});
    }
    out.push_back(set.Synth(TokenKind::RBrace, "}"));
  }
  out.push_back(set.Synth(TokenKind::RBrace, "}"));
  return true;
}

}  // namespace rustg
