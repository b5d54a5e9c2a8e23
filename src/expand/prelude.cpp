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
  bool stale = kPreludeKeysCount != kPreludeFileCount;
  for (uint32_t i = 0; i < kPreludeFileCount && !stale; ++i)
    stale = std::string_view(kPreludeKeys[i].name) != kPreludeFiles[i].name;
  if (stale) {
    diags.EmitNoSpan(DiagKind::NotSupported, "internal error: rustg's table of std trigger names does not match its std files; rebuild rustg");
    return false;
  }
  // Only the files the program can reach are spliced in: a file is needed when an identifier of
  // the crate (or of a needed file) is a name it defines (a fn, type or trait), so hello world
  // parses and checks none of them. The set grows to a fixed point over the files' own uses.
  // Each file's names come from kPreludeKeys (computed when rustg was built), so only the files
  // spliced in are added to `src` and lexed.
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
  std::vector<uint8_t> needed(kPreludeFileCount, 0);
  for (bool grew = true; grew;) {
    grew = false;
    for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
      if (needed[i]) continue;
      const PreludeKeys& k = kPreludeKeys[i];
      bool hit = false;
      for (const char* const* d = k.defines; *d && !hit; ++d) hit = (k.by_member ? member : used).count(*d) != 0;
      for (const char* const* d = k.keys; *d && !hit; ++d) hit = member.count(*d) != 0;
      if (!hit) continue;
      needed[i] = 1;
      grew = true;
      // What a needed file names may need other files (conservatively, in either position).
      for (const char* const* m = k.mentions; *m; ++m) {
        used.insert(*m);
        member.insert(*m);
      }
    }
  }
  bool any = false;
  for (uint8_t n : needed) any |= n != 0;
  if (!any) return false;
  // The `used`/`member` views point into `src` and the static tables: adding files may move
  // `src`'s text, and neither set is read again.
  std::vector<FileId> file_of(kPreludeFileCount);
  for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
    if (!needed[i]) continue;
    std::string path = std::string(kPreludePathPrefix) + kPreludeFiles[i].name + ".rs";
    // Edition 2021 always: the prelude is written in it, whatever the crate's edition.
    file_of[i] = src.AddFile(path, kPreludeFiles[i].text, Edition::k2021, diags);
    if (!file_of[i].is_valid()) return false;
  }
  // Offsets are global, so a file's tokens do not depend on the others.
  TokenBuffer all = Lex(src, PassOptions{Backend::Cpu, 1}, diags);
  std::vector<OutTok>& out = set.append;
  out.push_back(set.Synth(TokenKind::KwMod, "mod"));
  out.push_back(set.Synth(TokenKind::Ident, kPreludeModule));
  out.push_back(set.Synth(TokenKind::LBrace, "{"));
  for (uint32_t i = 0; i < kPreludeFileCount; ++i) {
    if (!needed[i]) continue;
    FileId f = file_of[i];
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
