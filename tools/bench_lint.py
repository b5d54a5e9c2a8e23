#!/usr/bin/env python3
"""`./x bench lint`: rustg lint on the corpus next to ast-grep with the same rule files, the
agreement of their matches, and rustg's agreement with clippy on files clippy checks standalone.

1. Corpus (library, compiler, crates groups): wall time of `rustg lint` running only the user rules
   (built-ins off) and of `ast-grep scan` with the same rules (one multi-document YAML file), best
   of --runs; then rustg with every built-in lint on (-W clippy::pedantic) for reference.
2. Matches (rule, file, line, column) of the two tools on the corpus, per rule.
3. Clippy agreement (tools/lint_compare.py) on a deterministic sample of run-pass tests from the
   corpus's rust-test group plus tests/run and tests/lint (files clippy-driver compiles alone).
"""
import argparse
import collections
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best_time(cmd, runs, **kw):
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, **kw)
        dt = time.perf_counter() - t0
        if best is None or dt < best:
            best, out = dt, p
    return best, out


def find_ast_grep(explicit):
    for c in [explicit, shutil.which("ast-grep"), "/tmp/node_modules/.bin/ast-grep",
              os.path.join(HERE, "..", "node_modules", ".bin", "ast-grep")]:
        if c and os.path.exists(c):
            return c
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustg", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--rules", default=os.path.join(HERE, "..", "tests", "lint", "rules", ".rustg", "rules"))
    ap.add_argument("--ast-grep", dest="ast_grep", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clippy-sample", type=int, default=200, help="run-pass files checked with clippy (0: skip)")
    a = ap.parse_args()

    manifest = [l.rstrip("\n").split("\t") for l in open(os.path.join(a.corpus, "manifest.tsv"))]
    files = [(ed, os.path.join(a.corpus, p)) for g, ed, p in manifest if g in ("library", "compiler", "crates")]
    files_ed = files
    mb = sum(os.path.getsize(f) for _, f in files) / 1e6
    tmp = tempfile.mkdtemp(prefix="rustg_bench_lint_")
    lst = os.path.join(tmp, "files.txt")
    with open(lst, "w") as f:
        f.write("".join(f"{ed}\t{p}\n" for ed, p in files))
    rule_files = sorted(glob.glob(os.path.join(a.rules, "*.yml")))
    combined = os.path.join(tmp, "rules.yml")
    with open(combined, "w") as f:
        f.write("\n---\n".join(open(r).read().strip() for r in rule_files) + "\n")
    print(f"corpus: {len(files)} files, {mb:.1f} MB (library, compiler, crates); {len(rule_files)} rules; "
          f"{os.cpu_count()} cores; best of {a.runs}")

    rg_cmd = [a.rustg, "lint", "--no-config", "--error-format=json", "--rules", combined, "-A", "rustg::builtin",
              "--files-from", lst]
    t_rg, p_rg = best_time(rg_cmd, a.runs)
    all_cmd = [a.rustg, "lint", "--no-config", "--error-format=json", "-W", "clippy::pedantic", "--rules", combined,
               "--files-from", lst]
    t_all, p_all = best_time(all_cmd, a.runs)
    rg = set()
    ends = {}  # match -> (line, column) where it ends, for both tools
    for line in p_rg.stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("code") and d["spans"]:
            s = d["spans"][0]
            rg.add((d["code"]["code"], s["file_name"], s["line_start"], s["column_start"]))
            ends[(d["code"]["code"], s["file_name"], s["line_start"], s["column_start"])] = (s["line_end"], s["column_end"])
    all_findings = sum(1 for l in p_all.stderr.splitlines() if l.startswith("{") and '"code":{' in l)

    sg = find_ast_grep(a.ast_grep)
    rows = [("rustg lint (user rules only)", t_rg, len(rg)), ("rustg lint (rules + 52 built-in lints, pedantic on)", t_all, all_findings)]
    sgm = None
    if sg:
        sg_cmd = [sg, "scan", "--rule", combined, "--json=stream"] + [p for _, p in files]
        t_sg, p_sg = best_time(sg_cmd, a.runs)
        sgm = set()
        for line in p_sg.stdout.splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            k = (d["ruleId"], d["file"], d["range"]["start"]["line"] + 1, d["range"]["start"]["column"] + 1)
            sgm.add(k)
            ends[k] = (d["range"]["end"]["line"] + 1, d["range"]["end"]["column"] + 1)
        rows.append((f"ast-grep scan ({subprocess.run([sg, '--version'], capture_output=True, text=True).stdout.strip()})",
                     t_sg, len(sgm)))
    print("\n| tool | wall (s) | MB/s | findings |\n|---|---:|---:|---:|")
    for name, t, n in rows:
        print(f"| {name} | {t:.2f} | {mb / t:.1f} | {n} |")
    if sg:
        print(f"\nrustg is {t_sg / t_rg:.2f}x ast-grep's speed on the same rules (wall time ratio)")
        per = collections.defaultdict(lambda: [0, 0, 0])
        for k in rg | sgm:
            per[k[0]][0 if k in rg and k in sgm else 1 if k in rg else 2] += 1
        print("\n| rule | both | rustg only | ast-grep only |\n|---|---:|---:|---:|")
        for r in sorted(per):
            print(f"| {r} | {per[r][0]} | {per[r][1]} | {per[r][2]} |")
        both = len(rg & sgm)
        print(f"| **all** | {both} | {len(rg - sgm)} | {len(sgm - rg)} |")
        diffs = sorted(rg ^ sgm)[:15]
        for k in diffs:
            print(("  rustg only:    " if k in rg else "  ast-grep only: ") + " ".join(map(str, k)))
        # Differences where tree-sitter-rust put an ERROR node at or before the end of the match:
        # it could not parse the file there (`macro` 2.0 items and edition-2015 `try!`, which its
        # grammar lacks) and error recovery changed the tree; rustg (like rustc) parses those files.
        differ = rg ^ sgm
        if differ:
            err_rule = os.path.join(tmp, "error.yml")
            with open(err_rule, "w") as f:
                f.write("id: ts-error\nlanguage: rust\nrule:\n  kind: ERROR\n")
            p_err = subprocess.run([sg, "scan", "--rule", err_rule, "--json=stream"] + sorted({k[1] for k in differ}),
                                   capture_output=True, text=True)
            errors = collections.defaultdict(list)
            for line in p_err.stdout.splitlines():
                d = json.loads(line)
                errors[d["file"]].append((d["range"]["start"]["line"] + 1, d["range"]["start"]["column"] + 1))
            explained = [k for k in differ if any(e <= ends[k] for e in errors[k[1]])]
            files = sorted({k[1] for k in explained})
            edition = {p: ed for ed, p in files_ed}
            rg_errs = 0
            for ed in sorted({edition[f] for f in files}):
                group = [f for f in files if edition[f] == ed]
                rg_errs += subprocess.run([a.rustg, "parse", "--edition", ed, "--error-format=json"] + group,
                                          capture_output=True, text=True).stderr.count('"level":"error"')
            print(f"differences with a tree-sitter ERROR node at or before the end of the match (tree-sitter-rust "
                  f"could not parse the code there): {len(explained)} of {len(differ)} "
                  f"({len([k for k in explained if k in rg])} rustg only, {len([k for k in explained if k in sgm])} "
                  f"ast-grep only); rustg parse errors in those {len(files)} files: {rg_errs}")
    else:
        print("\nast-grep not found (`cd /tmp && npm install @ast-grep/cli`, or --ast-grep PATH): comparison skipped")

    if a.clippy_sample > 0 and shutil.which("clippy-driver"):
        runpass = sorted(os.path.join(a.corpus, p) for g, ed, p in manifest
                         if g == "rust-test" and "/src/test/ui/" in p and "/parser/" not in p)
        picked = []
        for p in runpass:
            try:
                head = open(p, encoding="utf-8", errors="replace").read(400)
            except OSError:
                continue
            if "// run-pass" in head and "aux-build" not in head and "compile-flags" not in head:
                picked.append(p)
            if len(picked) >= a.clippy_sample:
                break
        ours = sorted(glob.glob(os.path.join(HERE, "..", "tests", "run", "*.rs"))) + \
            sorted(glob.glob(os.path.join(HERE, "..", "tests", "lint", "*.rs")))
        print(f"\nclippy agreement on {len(picked)} corpus run-pass tests (first in path order) plus tests/run/*.rs "
              f"and tests/lint/*.rs:")
        sys.stdout.flush()
        subprocess.run([sys.executable, os.path.join(HERE, "lint_compare.py"), "--rustg", a.rustg] + picked + ours)
    elif a.clippy_sample > 0:
        print("\nclippy-driver not found: clippy agreement skipped")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
