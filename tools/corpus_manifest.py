#!/usr/bin/env python3
"""Writes <corpus>/manifest.tsv: `group<TAB>edition<TAB>path` for every .rs file, sorted.

Paths are relative to the corpus folder (where the Debian packages were unpacked with dpkg -x).
Groups: library, compiler, crates, ui-parser, rust-test (see tools/corpus.sh). Editions come from
the nearest Cargo.toml for crate sources and from compiletest directives for src/test files.
Also writes <corpus>/summary.tsv: `group<TAB>files<TAB>bytes<TAB>lines`, plus a `total` row.
Usage: corpus_manifest.py CORPUS_DIR
"""

import glob
import os
import re
import sys

# rust-src unpacks to usr/src/rustc-<version>; the oracle files assume Debian 12's 1.63.0.
RUSTC_DIR = "usr/src/rustc-1.63.0"
REGISTRY_DIR = "usr/share/cargo/registry"
EDITIONS = ("2015", "2018", "2021")

SECTION_RE = re.compile(r"^\s*\[+\s*([^\]]+?)\s*\]+")
EDITION_RE = re.compile(r"""^\s*edition\s*=\s*["'](\d{4})["']""")
EDITION_WS_RE = re.compile(r"^\s*edition\s*\.\s*workspace\s*=\s*true|^\s*edition\s*=\s*\{\s*workspace")
# compiletest directives: `// edition:2018`, `// compile-flags: --edition=2021` or `--edition 2021`.
EDITION_DIRECTIVE_RE = re.compile(r"^edition\s*:\s*(\d{4})")
EDITION_FLAG_RE = re.compile(r"--edition[= ]\s*(\d{4})")


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def cargo_toml_edition(path):
    """Returns (edition or None, inherits_from_workspace, workspace_package_edition or None)."""
    section = ""
    edition = None
    inherits = False
    ws_edition = None
    for line in read_text(path).splitlines():
        m = SECTION_RE.match(line)
        if m:
            section = m.group(1).strip()
            continue
        if section == "package":
            m = EDITION_RE.match(line)
            if m:
                edition = m.group(1)
            elif EDITION_WS_RE.match(line):
                inherits = True
        elif section == "workspace.package":
            m = EDITION_RE.match(line)
            if m:
                ws_edition = m.group(1)
    return edition, inherits, ws_edition


class EditionFinder:
    """Edition of a crate source file from its nearest enclosing Cargo.toml (cached per folder)."""

    def __init__(self, root):
        self.root = root
        self.cache = {}

    def workspace_edition(self, folder):
        # The nearest manifest above `folder` with a [workspace.package] edition.
        d = os.path.dirname(folder)
        while len(d) >= len(self.root):
            toml = os.path.join(d, "Cargo.toml")
            if os.path.isfile(toml):
                _, _, ws = cargo_toml_edition(toml)
                if ws:
                    return ws
            if d == self.root:
                break
            d = os.path.dirname(d)
        return "2015"

    def for_folder(self, folder):
        if folder in self.cache:
            return self.cache[folder]
        toml = os.path.join(folder, "Cargo.toml")
        if os.path.isfile(toml):
            edition, inherits, ws = cargo_toml_edition(toml)
            if edition is None and inherits:
                edition = ws or self.workspace_edition(folder)
            result = edition or "2015"
        elif folder == self.root or len(folder) <= len(self.root):
            result = "2015"
        else:
            result = self.for_folder(os.path.dirname(folder))
        self.cache[folder] = result
        return result


def test_edition(path):
    """Edition from compiletest header directives, as compiletest reads them in rustc 1.63: every
    `//` line up to the first line that starts with `fn` or `mod`. Revision-specific directives
    (`//[rev]`) are ignored."""
    edition = "2015"
    for line in read_text(path).splitlines():
        line = line.strip()
        if line.startswith("fn") or line.startswith("mod"):
            break
        if not line.startswith("//"):
            continue
        body = line[2:].lstrip()
        if body.startswith("["):
            continue
        m = EDITION_DIRECTIVE_RE.match(body)
        if m:
            edition = m.group(1)
            continue
        if body.startswith("compile-flags"):
            m = EDITION_FLAG_RE.search(body)
            if m:
                edition = m.group(1)
    return edition


def group_of(rel):
    if rel.startswith(REGISTRY_DIR + "/"):
        return "crates"
    if rel.startswith(RUSTC_DIR + "/library/"):
        return "library"
    if rel.startswith(RUSTC_DIR + "/compiler/"):
        return "compiler"
    if rel.startswith(RUSTC_DIR + "/src/test/ui/parser/"):
        return "ui-parser"
    if rel.startswith(RUSTC_DIR + "/src/"):
        return "rust-test"
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: corpus_manifest.py CORPUS_DIR")
    corpus = os.path.abspath(sys.argv[1])
    global RUSTC_DIR
    if not os.path.isdir(os.path.join(corpus, RUSTC_DIR)):
        found = sorted(glob.glob(os.path.join(corpus, "usr/src/rustc-*")))
        if len(found) == 1:
            RUSTC_DIR = os.path.relpath(found[0], corpus)
            print(f"corpus_manifest.py: warning: using {RUSTC_DIR}; the oracle files expect rustc-1.63.0",
                  file=sys.stderr)
    finder = EditionFinder(corpus)
    rows = []
    stats = {}
    for base in (RUSTC_DIR, REGISTRY_DIR):
        top = os.path.join(corpus, base)
        if not os.path.isdir(top):
            sys.exit(f"corpus_manifest.py: {top} is missing (run tools/corpus.sh)")
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for name in filenames:
                if not name.endswith(".rs"):
                    continue
                full = os.path.join(dirpath, name)
                if not os.path.isfile(full) or os.path.islink(full):
                    continue
                rel = os.path.relpath(full, corpus)
                group = group_of(rel)
                if group is None:
                    continue
                if "\t" in rel or "\n" in rel:
                    sys.exit(f"corpus_manifest.py: unsupported file name {rel!r}")
                if rel.startswith(RUSTC_DIR + "/src/test/"):
                    edition = test_edition(full)
                else:
                    edition = finder.for_folder(dirpath)
                if edition not in EDITIONS:
                    sys.exit(f"corpus_manifest.py: unsupported edition {edition} for {rel}")
                rows.append((group, edition, rel))
                with open(full, "rb") as f:
                    data = f.read()
                lines = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
                s = stats.setdefault(group, [0, 0, 0])
                s[0] += 1
                s[1] += len(data)
                s[2] += lines
    rows.sort()
    tmp = os.path.join(corpus, "manifest.tsv.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    os.replace(tmp, os.path.join(corpus, "manifest.tsv"))
    total = [sum(s[i] for s in stats.values()) for i in range(3)]
    with open(os.path.join(corpus, "summary.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for group in sorted(stats):
            f.write("\t".join([group] + [str(x) for x in stats[group]]) + "\n")
        f.write("\t".join(["total"] + [str(x) for x in total]) + "\n")


if __name__ == "__main__":
    main()
