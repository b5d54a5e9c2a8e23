#!/usr/bin/env python3
"""Agreement of `rustg lint` with clippy-driver on files clippy can check standalone.

For every input file that clippy-driver compiles alone (as a library, no errors), compares the
primary spans (file, lint, start and end line/column) of the lints rustg implements. Prints
precision and recall per lint; --show lists disagreements.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

FLAGS = ["-W", "clippy::pedantic", "-W", "clippy::unneeded_field_pattern"]


def rustg_lints(rustg):
    out = subprocess.run([rustg, "lint", "--list"], capture_output=True, text=True, check=True).stdout
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def primary(d):
    for s in d.get("spans", []):
        if s.get("is_primary"):
            return s
    return None


def key_of(d, path):
    s = primary(d)
    code = (d.get("code") or {}).get("code")
    if not s or not code:
        return None
    return (path, code, s["line_start"], s["column_start"], s["line_end"], s["column_end"])


def clippy_file(args):
    path, edition, ours = args
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["clippy-driver", "--edition", edition, "--crate-type", "lib", "--error-format=json", "--emit=metadata",
               "-o", os.path.join(tmp, "out"), "--cap-lints", "warn"] + FLAGS + [path]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            return path, None
    found = set()
    for line in p.stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") == "error" and not (d.get("code") or {}).get("code", "").startswith("clippy::"):
            return path, None  # does not compile standalone
        k = key_of(d, path)
        if k and k[1] in ours:
            # Findings inside macro expansions point into other files or carry an expansion.
            s = primary(d)
            if s.get("expansion") is None and s["file_name"] == path:
                found.add(k)
    if p.returncode != 0:
        return path, None
    return path, found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustg", required=True)
    ap.add_argument("--edition", default="2021")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    ours = rustg_lints(a.rustg)
    with ThreadPoolExecutor(a.jobs) as ex:
        results = dict(ex.map(clippy_file, [(f, a.edition, ours) for f in a.files]))
    checked = [f for f in a.files if results.get(f) is not None]
    clippy = set().union(*[results[f] for f in checked]) if checked else set()
    rg = set()
    if checked:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
            lst.write("\n".join(f"{a.edition}\t{f}" for f in checked) + "\n")
        p = subprocess.run([a.rustg, "lint", "--no-config", "--error-format=json", "--files-from", lst.name] + FLAGS,
                           capture_output=True, text=True)
        os.unlink(lst.name)
        for line in p.stderr.splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            s = primary(d)
            if s:
                k = key_of(d, s["file_name"])
                if k and k[1] in ours:
                    rg.add(k)
    per = collections.defaultdict(lambda: [0, 0, 0])
    for k in clippy & rg:
        per[k[1]][0] += 1
    for k in rg - clippy:
        per[k[1]][1] += 1
    for k in clippy - rg:
        per[k[1]][2] += 1
    print(f"files: {len(a.files)} given, {len(checked)} compile standalone under clippy-driver")
    print("| lint | clippy | rustg | agree | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    tp_all = fp_all = fn_all = 0
    for lint in sorted(per):
        tp, fp, fn = per[lint]
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        prec = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        rec = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        print(f"| {lint} | {tp + fn} | {tp + fp} | {tp} | {prec} | {rec} |")
    prec = f"{tp_all / (tp_all + fp_all):.2f}" if tp_all + fp_all else "-"
    rec = f"{tp_all / (tp_all + fn_all):.2f}" if tp_all + fn_all else "-"
    print(f"| **all** | {tp_all + fn_all} | {tp_all + fp_all} | {tp_all} | {prec} | {rec} |")
    if a.show:
        for k in sorted(rg - clippy):
            print("rustg only:", *k)
        for k in sorted(clippy - rg):
            print("clippy only:", *k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
