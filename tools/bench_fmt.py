#!/usr/bin/env python3
"""`./x bench fmt`: rustg fmt against rustfmt on the crates and library groups of the corpus.

For every file it compares `rustg fmt` output with `rustfmt --emit=stdout` (default configuration,
the file's edition) and reports the share of identical files, the classes of the first differing
line, idempotence failures of rustg fmt, and the wall time of both tools over all files (each
parallel on all cores). rustfmt's outputs are cached under .cache/fmt/rustfmt/ keyed by the SHA-256
of (rustfmt version, edition, file bytes), so repeated runs only time rustg; the rustfmt wall time
of the last uncached run is kept in .cache/fmt/rustfmt_time.json and reported as such.
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def rustfmt_version():
    return subprocess.run(["rustfmt", "--version"], capture_output=True, text=True, check=True).stdout.strip()


def run_rustfmt(path, edition, empty_cfg, cwd):
    # stdin mode: rustfmt does not follow `mod foo;` into other files, like rustg fmt on one file.
    with open(path, "rb") as f:
        data = f.read()
    p = subprocess.run(["rustfmt", "--edition", edition, "--emit=stdout", "--config-path", empty_cfg],
                       input=data, capture_output=True, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def classify(expected, actual):
    """Names the difference class of the first differing line."""
    e = expected.decode("utf-8", "replace").split("\n")
    a = actual.decode("utf-8", "replace").split("\n")
    i = 0
    while i < len(e) and i < len(a) and e[i] == a[i]:
        i += 1
    el = e[i] if i < len(e) else ""
    al = a[i] if i < len(a) else ""
    es, as_ = el.strip(), al.strip()
    if es == as_:
        return "indentation", i + 1
    if es == "" or as_ == "":
        # One side has a line break or blank line the other lacks: name the construct nearby.
        other = as_ if es == "" else es
        if es == "" and i + 1 < len(e) and e[i + 1].strip() == as_:
            return "blank line (missing)", i + 1
        if as_ == "" and i + 1 < len(a) and a[i + 1].strip() == es:
            return "blank line (extra)", i + 1
        del other
    text = es or as_
    if "//" in es or "//" in as_ or "/*" in es or "/*" in as_:
        cls = "comment"
    elif text.startswith("use ") or text.startswith("pub use ") or text.startswith("pub(crate) use "):
        cls = "use"
    elif text.startswith("#[") or text.startswith("#!["):
        cls = "attribute"
    elif text.startswith("mod ") or text.startswith("pub mod "):
        cls = "mod order"
    elif "fn " in text and ("(" in text or text.endswith("fn")):
        cls = "fn signature"
    elif "=>" in es or "=>" in as_:
        cls = "match arm"
    elif es.startswith(".") or as_.startswith("."):
        cls = "chain"
    elif "!(" in text or "![" in text or "! {" in text or "!{" in text:
        cls = "macro call"
    elif text.startswith("where") or text.startswith("impl") or text.startswith("pub struct") or text.startswith("struct") or text.startswith("enum"):
        cls = "item header/where"
    elif text.startswith("let "):
        cls = "let"
    elif text.startswith("if ") or text.startswith("} else") or text.startswith("else"):
        cls = "if/else"
    elif "|" in text and ("||" in text or text.count("|") >= 2):
        cls = "closure"
    elif any(op in text for op in (" && ", " || ", " + ", " - ", " == ", " != ")):
        cls = "binary op"
    elif "{" in text and ":" in text:
        cls = "struct literal/pattern"
    else:
        cls = "other"
    shape = "split" if len(es) < len(as_) else "joined" if len(es) > len(as_) else "same-length"
    return f"{cls} ({'expected shorter line' if shape == 'split' else 'expected longer line' if shape == 'joined' else 'same length'})", i + 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustg", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--groups", default="crates,library")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--show", type=int, default=3, help="example files per difference class")
    ap.add_argument("--list", help="write one line per file: status, class, path")
    ap.add_argument("--remeasure-rustfmt", action="store_true", help="run rustfmt on every file even if cached")
    args = ap.parse_args()

    groups = set(args.groups.split(","))
    files = []
    with open(os.path.join(args.corpus, "manifest.tsv")) as m:
        for line in m:
            g, ed, rel = line.rstrip("\n").split("\t")
            if g in groups:
                files.append((ed, os.path.join(args.corpus, rel)))
    version = rustfmt_version()
    cache_dir = os.path.join(args.cache, "rustfmt")
    os.makedirs(cache_dir, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="rustg-bench-fmt-")
    empty_cfg = os.path.join(tmp, "rustfmt.toml")
    open(empty_cfg, "w").close()

    keys = []
    for ed, path in files:
        with open(path, "rb") as f:
            data = f.read()
        keys.append(hashlib.sha256(version.encode() + b"\0" + ed.encode() + b"\0" + data).hexdigest())

    def cached(k):
        return os.path.join(cache_dir, k + ".json")

    todo = [i for i, k in enumerate(keys) if args.remeasure_rustfmt or not os.path.exists(cached(keys[i]))]
    time_file = os.path.join(args.cache, "rustfmt_time.json")
    if todo:
        print(f"bench fmt: running rustfmt on {len(todo)} of {len(files)} files ({args.jobs} jobs)", flush=True)
        t0 = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(lambda i: run_rustfmt(files[i][1], files[i][0], empty_cfg, tmp), todo))
        wall = time.monotonic() - t0
        for i, (rc, out, err) in zip(todo, results):
            with open(cached(keys[i]) + ".tmp", "w") as f:
                json.dump({"rc": rc, "out": out.decode("utf-8", "surrogateescape"),
                           "err": err.decode("utf-8", "replace")}, f)
            os.replace(cached(keys[i]) + ".tmp", cached(keys[i]))
        if len(todo) == len(files):
            with open(time_file, "w") as f:
                json.dump({"files": len(files), "wall_s": wall, "jobs": args.jobs, "version": version}, f)
    rustfmt_time = None
    if os.path.exists(time_file):
        with open(time_file) as f:
            rustfmt_time = json.load(f)

    expected = []
    for k in keys:
        with open(cached(k)) as f:
            d = json.load(f)
        expected.append((d["rc"], d["out"].encode("utf-8", "surrogateescape")))

    # rustg: one process over all files, files in parallel inside it.
    listing = os.path.join(tmp, "files.txt")
    with open(listing, "w") as f:
        for ed, path in files:
            f.write(f"{ed}\t{path}\n")
    out1 = os.path.join(tmp, "out1")
    out2 = os.path.join(tmp, "out2")
    os.makedirs(out1)
    os.makedirs(out2)
    t0 = time.monotonic()
    p = subprocess.run([args.rustg, "fmt", "--config-path", empty_cfg, "--files-from", listing, "--out-dir", out1],
                       capture_output=True)
    rustg_wall = time.monotonic() - t0
    # Second pass over rustg's own output: idempotence.
    listing2 = os.path.join(tmp, "files2.txt")
    with open(listing2, "w") as f:
        for i, (ed, _) in enumerate(files):
            f.write(f"{ed}\t{os.path.join(out1, f'{i}.rs')}\n")
    p2 = subprocess.run([args.rustg, "fmt", "--config-path", empty_cfg, "--files-from", listing2, "--out-dir", out2],
                        capture_output=True)

    same = 0
    rustfmt_failed = 0
    idem_fail = []
    classes = collections.Counter()
    examples = collections.defaultdict(list)
    rows = []
    for i, (ed, path) in enumerate(files):
        rc, exp = expected[i]
        got_path = os.path.join(out1, f"{i}.rs")
        got = open(got_path, "rb").read() if os.path.exists(got_path) else None
        rel = os.path.relpath(path, args.corpus)
        if got is not None:
            again_path = os.path.join(out2, f"{i}.rs")
            again = open(again_path, "rb").read() if os.path.exists(again_path) else None
            if again != got:
                idem_fail.append(rel)
        if rc != 0:
            rustfmt_failed += 1
            rows.append(("rustfmt-error", "", rel))
            continue
        if got is None:
            cls, line = "rustg gave no output", 0
        elif got == exp:
            same += 1
            rows.append(("same", "", rel))
            continue
        else:
            cls, line = classify(exp, got)
        classes[cls] += 1
        if len(examples[cls]) < args.show:
            examples[cls].append(f"{rel}:{line}")
        rows.append(("diff", cls, f"{rel}:{line}"))

    compared = len(files) - rustfmt_failed
    print(f"files: {len(files)} ({args.groups}); rustfmt errors (excluded): {rustfmt_failed}")
    print(f"identical to rustfmt: {same}/{compared} = {100.0 * same / max(compared, 1):.1f}%")
    print(f"idempotence failures (rustg fmt twice): {len(idem_fail)}")
    for r in idem_fail[: args.show]:
        print(f"  {r}")
    if p.returncode not in (0, 1):
        print(f"rustg fmt exit code {p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}")
    # Outputs rustg's own parser rejects (left unchanged by the second pass, so they still count
    # as idempotent): syntax rustfmt writes that the parser lacks.
    reparse = p2.stderr.decode(errors="replace").count("does not parse")
    print(f"rustg fmt outputs rustg does not parse again: {reparse}")
    internal = p.stderr.decode(errors="replace").count("internal formatting error")
    print(f"rustg internal formatting errors (file left unchanged): {internal}")
    print("\ndifference classes (first differing line):")
    print("| class | files | examples |\n|---|---:|---|")
    for cls, n in classes.most_common():
        print(f"| {cls} | {n} | {', '.join(examples[cls])} |")
    print("\n| tool | files | wall (s) | files/s |\n|---|---:|---:|---:|")
    if rustfmt_time:
        w = rustfmt_time["wall_s"]
        print(f"| rustfmt ({rustfmt_time['jobs']} jobs, last uncached run) | {rustfmt_time['files']} | {w:.2f} | {rustfmt_time['files'] / w:.0f} |")
    print(f"| rustg fmt (all cores) | {len(files)} | {rustg_wall:.2f} | {len(files) / rustg_wall:.0f} |")
    if rustfmt_time:
        print(f"speed-up: {rustfmt_time['wall_s'] / rustg_wall:.1f}x")
    if args.list:
        with open(args.list, "w") as f:
            for r in rows:
                f.write("\t".join(r) + "\n")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
