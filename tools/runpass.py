#!/usr/bin/env python3
"""rustc's run-pass tests (rust-src 1.63, src/test/ui) as a corpus for `rustg build`.

  select            pick the std-only single-file run-pass tests; print the count per exclusion reason
  expect [-j N]     build each selected test with the installed rustc (debug build), run it, and write
                    tests/runpass/expected.tsv (path, edition, exit code, SHA-256 of stdout) and
                    tests/runpass/excluded.tsv (tests rustc rejects, that time out or print differently
                    on two runs)
  run [--bless]     build each expected test with rustg, run it, compare exit code and stdout hash;
                    a test listed in tests/runpass/passing.txt that fails is a regression (exit 1);
                    --bless rewrites passing.txt

The corpus lives at $RUSTG_CORPUS (default <repo>/.cache/corpus); without it `run` prints SKIPPED and
exits 0. Paths in the .tsv files are relative to the corpus root. Standard library only: no pip packages.
"""
import argparse
import concurrent.futures
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UI_REL = "usr/src/rustc-1.63.0/src/test/ui"
DATA = os.path.join(REPO, "tests", "runpass")
EXPECTED = os.path.join(DATA, "expected.tsv")
EXCLUDED = os.path.join(DATA, "excluded.tsv")
PASSING = os.path.join(DATA, "passing.txt")
RUN_TIMEOUT_S = 10
# rustc and rustg builds get longer than the program itself: a cold rustc may take seconds.
BUILD_TIMEOUT_S = 120


def corpus_root():
    # Absolute, as compilers run from temporary folders.
    return os.path.abspath(os.environ.get("RUSTG_CORPUS") or os.path.join(REPO, ".cache", "corpus"))


# compiletest (1.63) reads directives from `//` comment lines up to the first line that starts an
# item with `fn` or `mod`; we do the same so a comment deep in a test is not taken for a directive.
def header_directives(text):
    out = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("fn") or s.startswith("mod"):
            break
        if not s.startswith("//") or s.startswith("///") or s.startswith("//!"):
            continue
        # Only the first word matters; prose comments simply never match a directive we act on.
        m = re.match(r"//\s*(?:\[[\w,-]+\]\s*)?([a-z][a-z0-9_-]*)(?::(.*))?", s)
        if m:
            out.append((m.group(1), (m.group(2) or "").strip()))
    return out


# Directives that change how a test is built or run beyond "rustc FILE && ./FILE", in the order
# their exclusion reason is reported.
DIRECTIVE_REASONS = [
    ("aux-build", "aux-build"), ("aux-crate", "aux-build"),
    ("compile-flags", "compile-flags"), ("revisions", "revisions"),
    ("run-rustfix", "run-rustfix"),
    ("exec-env", "environment"), ("rustc-env", "environment"), ("unset-rustc-env", "environment"),
    ("run-flags", "run-flags"),
]
STD_IO = re.compile(r"\b(?:std|core)\s*::\s*(thread|process|env|fs|net)\b")
STD_GROUP = re.compile(r"\buse\s+(?:std|::std)\s*::\s*\{([^}]*)\}", re.S)
PROCESS_ITEM = re.compile(r"\bprocess\s*::\s*(\w+)")
MOD_DECL = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*;", re.M)
MAIN_FN = re.compile(r"\bfn\s+main\s*\(")


# Returns (reason, edition): reason None means the test is selected.
def classify(path, text):
    dirs = header_directives(text)
    names = [d for d, _ in dirs]
    edition = "2015"
    for d, v in dirs:
        if d == "edition":
            edition = v.split()[0] if v else "2015"
    if "run-pass" not in names:
        return "not run-pass", edition
    for d in names:
        if d.startswith("ignore-") and not d.startswith("ignore-tidy"):
            return "ignore-*", edition
        if d.startswith("only-"):
            return "only-*", edition
        if d.startswith("needs-") or re.match(r"min-.*-version$", d):
            return "needs-*", edition
    for d, reason in DIRECTIVE_REASONS:
        if d in names:
            return reason, edition
    if re.search(r"#!\s*\[\s*feature\s*\(", text):
        return "#![feature]", edition
    if re.search(r"\bextern\s+crate\b", text):
        return "extern crate", edition
    if MOD_DECL.search(text):
        return "out-of-line mod", edition
    used = set(STD_IO.findall(text))
    for group in STD_GROUP.findall(text):
        used.update(w for w in re.findall(r"\b(thread|process|env|fs|net)\b", group))
    # process::exit is how a program picks its exit code; every other process item runs programs.
    if "process" in used and all(m == "exit" for m in PROCESS_ITEM.findall(text)):
        used.discard("process")
    if used:
        return "std::" + sorted(used)[0], edition
    if not MAIN_FN.search(text):
        return "no fn main", edition
    return None, edition


def ui_tests(root):
    ui = os.path.join(root, UI_REL)
    for dirpath, dirnames, filenames in os.walk(ui):
        dirnames[:] = sorted(d for d in dirnames if d != "auxiliary")
        for f in sorted(filenames):
            if f.endswith(".rs"):
                yield os.path.relpath(os.path.join(dirpath, f), root)


def select(root, verbose=False):
    chosen, reasons = [], {}
    for rel in ui_tests(root):
        with open(os.path.join(root, rel), "rb") as fh:
            text = fh.read().decode("utf-8", "replace")
        reason, edition = classify(rel, text)
        if reason is None:
            chosen.append((rel, edition))
        else:
            reasons[reason] = reasons.get(reason, 0) + 1
    if verbose:
        print(f"selected: {len(chosen)} run-pass tests")
        for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  excluded {n:6d}  {r}")
    return chosen


def run_binary(exe, cwd):
    """Runs a built test; returns (exit code, stdout bytes) or None on timeout.
    A signal death is reported as 128+signal, the way a shell shows it."""
    try:
        p = subprocess.run([exe], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, timeout=RUN_TIMEOUT_S, start_new_session=True)
    except subprocess.TimeoutExpired:
        return None
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return code, p.stdout


def sha256(data):
    return hashlib.sha256(data).hexdigest()


EMPTY_SHA256 = sha256(b"")


# Most run-pass tests print nothing and check themselves with assert!s, or check nothing at run
# time, so "exit 0, empty stdout" is what an executable that ignores the program would show too.
# The probe is the test with every assertion inverted (assert!(c) -> assert!(false && c),
# assert_eq! <-> assert_ne!) and its `main` renamed and called from a new `main` that prints a
# line when it returns. rustc's result for the probe is recorded too, and a test passes only if
# rustg's build of the probe matches as well: the assertions ran, or main ran to its end.
ASSERT_CALL = re.compile(r"(?<![\w$])((?:debug_)?)(assert!\s*\(|assert_eq!\s*\(|assert_ne!\s*\()")
PROBE_MAIN = "rustg_runpass_probe_main"
PROBE_TAIL = f"""
fn main() {{
    let _ = {PROBE_MAIN}();
    println!("rustg runpass probe: main returned");
}}
"""


def probe_source(text):
    """The probe of a test (see above), or None when it has no `fn main`."""
    def flip(m):
        prefix, call = m.group(1), m.group(2)
        if call.startswith("assert_eq"):
            return prefix + "assert_ne!("
        if call.startswith("assert_ne"):
            return prefix + "assert_eq!("
        return prefix + "assert!(false && "
    out = ASSERT_CALL.sub(flip, text)
    out, n = MAIN_FN.subn(f"fn {PROBE_MAIN}(", out)
    return out + PROBE_TAIL if n else None


def rustc_build_run(src, edition, tmp, exe):
    """Builds src with rustc like a debug build and runs it: ("ok", (exit, stdout)) or (reason, None)."""
    cmd = ["rustc", "--edition", edition, "-C", "debug-assertions", "--cap-lints", "allow", "-o", exe, src]
    try:
        p = subprocess.run(cmd, cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "rustc timeout", None
    if p.returncode != 0:
        first = next((l for l in p.stderr.decode("utf-8", "replace").splitlines()
                      if l.startswith("error")), "error").strip()
        return "rustc rejects: " + first[:160].replace("\t", " "), None
    first = run_binary(exe, tmp)
    if first is None:
        return "run timeout", None
    second = run_binary(exe, tmp)
    if second is None or second != first:
        return "nondeterministic", None
    return "ok", first


def expect_one(root, rel, edition):
    with tempfile.TemporaryDirectory(prefix="runpass-") as tmp:
        status, got = rustc_build_run(os.path.join(root, rel), edition, tmp, os.path.join(tmp, "t"))
        if got is None:
            return ("excluded", rel, edition, status)
        # A run-pass test must exit 0; one that fails under today's rustc tests nothing rustg can match.
        if got[0] != 0:
            return ("excluded", rel, edition, f"rustc build exits {got[0]}")
        probe = ("-", "-")
        with open(os.path.join(root, rel), "rb") as fh:
            mutant = probe_source(fh.read().decode("utf-8", "replace"))
        if mutant is not None:
            src = os.path.join(tmp, "probe.rs")
            with open(src, "w") as fh:
                fh.write(mutant)
            # A probe rustc rejects (an assertion in a const context, say) is simply not used.
            pstatus, pgot = rustc_build_run(src, edition, tmp, os.path.join(tmp, "p"))
            if pgot is not None:
                probe = (str(pgot[0]), sha256(pgot[1]))
        return ("expected", rel, edition, got[0], sha256(got[1])) + probe


def cmd_select(args):
    root = corpus_root()
    if not os.path.isdir(os.path.join(root, UI_REL)):
        print(f"runpass: corpus not found at {root}; SKIPPED")
        return 0
    chosen = select(root, verbose=True)
    if args.list:
        for rel, ed in chosen:
            print(f"{rel}\t{ed}")
    return 0


def cmd_expect(args):
    root = corpus_root()
    if not os.path.isdir(os.path.join(root, UI_REL)):
        print(f"runpass: corpus not found at {root}", file=sys.stderr)
        return 1
    if shutil.which("rustc") is None:
        print("runpass: expect needs rustc on PATH", file=sys.stderr)
        return 1
    chosen = select(root, verbose=True)
    version = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    expected, excluded = [], []
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(expect_one, root, rel, ed) for rel, ed in chosen]
        for i, f in enumerate(concurrent.futures.as_completed(futures), 1):
            r = f.result()
            (expected if r[0] == "expected" else excluded).append(r[1:])
            if i % 100 == 0:
                print(f"  {i}/{len(chosen)} done ({time.time() - started:.0f} s)", flush=True)
    os.makedirs(DATA, exist_ok=True)
    with open(EXPECTED, "w") as fh:
        fh.write(f"# generated by tools/runpass.py expect with {version}\n")
        fh.write("# path\tedition\texit\tstdout_sha256\tprobe_exit\tprobe_stdout_sha256 (- = no probe)\n")
        for rel, ed, code, digest, pcode, pdigest in sorted(expected):
            fh.write(f"{rel}\t{ed}\t{code}\t{digest}\t{pcode}\t{pdigest}\n")
    with open(EXCLUDED, "w") as fh:
        fh.write(f"# generated by tools/runpass.py expect with {version}\n")
        fh.write("# path\tedition\treason\n")
        for rel, ed, reason in sorted(excluded):
            fh.write(f"{rel}\t{ed}\t{reason}\n")
    kinds = {}
    for _, _, reason in excluded:
        k = reason.split(":")[0]
        kinds[k] = kinds.get(k, 0) + 1
    print(f"expected: {len(expected)} tests; excluded {len(excluded)}: "
          + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    return 0


def read_tsv(path):
    rows = []
    with open(path) as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


# Failure classes, in the order the summary prints them.
CLASSES = ["pass", "rustg build error", "rustg crash", "wrong output", "wrong exit code", "timeout"]


ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def rustg_build_run(rustg, env, src, edition, tmp, exe, code, digest):
    """Builds src with rustg, runs it and compares: (class, detail)."""
    cmd = [rustg, "build", "--edition", edition, src, "-o", exe]
    try:
        p = subprocess.run(cmd, cwd=tmp, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=BUILD_TIMEOUT_S, start_new_session=True)
    except subprocess.TimeoutExpired:
        return "timeout", "rustg build timed out"
    err = ANSI_ESCAPE.sub("", p.stderr.decode("utf-8", "replace"))
    # A signal, or a sanitizer/abort report, is a crash; any other failure is a diagnosed error.
    if p.returncode < 0 or p.returncode >= 128 or "AddressSanitizer" in err:
        return "rustg crash", f"rustg exit {p.returncode}"
    if p.returncode != 0 or not os.path.exists(exe):
        first = next((l for l in err.splitlines() if l.strip()), "no output").strip()
        return "rustg build error", first[:200]
    got = run_binary(exe, tmp)
    if got is None:
        return "timeout", "program timed out"
    if got[0] != int(code):
        return "wrong exit code", f"exit {got[0]}, expected {code}"
    if sha256(got[1]) != digest:
        return "wrong output", "stdout differs"
    return "pass", ""


def run_one(rustg, env, root, rel, edition, code, digest, pcode="-", pdigest="-"):
    with tempfile.TemporaryDirectory(prefix="runpass-") as tmp:
        src = os.path.join(root, rel)
        cls, detail = rustg_build_run(rustg, env, src, edition, tmp, os.path.join(tmp, "t"), code, digest)
        if cls != "pass" or pcode == "-":
            return rel, cls, detail
        with open(src, "rb") as fh:
            mutant = probe_source(fh.read().decode("utf-8", "replace"))
        probe = os.path.join(tmp, "probe.rs")
        with open(probe, "w") as fh:
            fh.write(mutant)
        cls, detail = rustg_build_run(rustg, env, probe, edition, tmp, os.path.join(tmp, "p"), pcode, pdigest)
        if cls != "pass":
            return rel, cls, "probe: " + detail
        return rel, "pass", ""


def cmd_run(args):
    root = corpus_root()
    if not os.path.isdir(os.path.join(root, UI_REL)):
        print(f"run-pass corpus: SKIPPED (no corpus at {root}; run ./x corpus)")
        return 0
    rustg = args.rustg or os.environ.get("RUSTG") or os.path.join(REPO, "build", "bin", "rustg")
    if not os.access(rustg, os.X_OK):
        print(f"runpass: rustg not found at {rustg}", file=sys.stderr)
        return 1
    rows = read_tsv(EXPECTED)
    if args.filter:
        rows = [r for r in rows if args.filter in r[0]]
    listed = set()
    if os.path.exists(PASSING):
        listed = {l.strip() for l in open(PASSING) if l.strip() and not l.startswith("#")}
    started = time.time()
    results = {}
    # rustg's build cache goes to a folder of this run, shared by its tests (the runtime is built
    # once), so the run neither reads stale entries from nor fills the user's ~/.cache.
    with tempfile.TemporaryDirectory(prefix="runpass-cache-") as cache, \
            concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        futures = [pool.submit(run_one, rustg, env, root, *r) for r in rows]
        for f in concurrent.futures.as_completed(futures):
            rel, cls, detail = f.result()
            results[rel] = (cls, detail)
    counts = {c: 0 for c in CLASSES}
    for cls, _ in results.values():
        counts[cls] += 1
    total = len(rows)
    npass = counts["pass"]
    pct = 100.0 * npass / total if total else 0.0
    print(f"run-pass corpus: {npass} of {total} pass ({pct:.1f}%) in {time.time() - started:.0f} s")
    # A test with empty stdout and no probe (rustc rejected it) passes with any executable that
    # exits 0, so the passes that stdout or the probe actually checked are counted apart.
    checked = {r[0] for r in rows if r[3] != EMPTY_SHA256 or (len(r) > 4 and r[4] != "-")}
    ncheck = sum(1 for rel, (cls, _) in results.items() if cls == "pass" and rel in checked)
    print(f"  checked by stdout or probe: {ncheck} of {len(checked)} pass; the other "
          f"{npass - ncheck} passes only show an exit code of 0")
    for c in CLASSES[1:]:
        print(f"  {c}: {counts[c]}")
    # The most frequent first lines of rustg's build errors say which missing feature costs most tests.
    # Names in backquotes are folded so "cannot find `x`" and "cannot find `y`" count together.
    if args.top > 0:
        firsts = {}
        for cls, detail in results.values():
            if cls == "rustg build error":
                key = re.sub(r"`[^`]*`", "`_`", detail)
                firsts[key] = firsts.get(key, 0) + 1
        for text, n in sorted(firsts.items(), key=lambda kv: (-kv[1], kv[0]))[:args.top]:
            print(f"  {n:6d} x {text}")
    if args.results:
        with open(args.results, "w") as fh:
            for rel in sorted(results):
                cls, detail = results[rel]
                fh.write(f"{rel}\t{cls}\t{detail}\n")
        print(f"per-test results in {args.results}")
    passing = sorted(r for r, (c, _) in results.items() if c == "pass")
    if args.bless:
        if args.filter:
            print("runpass: --bless needs the whole corpus; drop --filter", file=sys.stderr)
            return 1
        with open(PASSING, "w") as fh:
            fh.write("# tests/runpass: run-pass tests rustg passes; rewritten by tools/runpass.py run --bless\n")
            for rel in passing:
                fh.write(rel + "\n")
        print(f"runpass: wrote {len(passing)} tests to {os.path.relpath(PASSING, REPO)}")
        return 0
    stale = [r for r in listed if r not in results]
    if stale and not args.filter:
        print(f"  {len(stale)} tests in passing.txt are no longer in expected.tsv (run with --bless)")
    regressions = sorted(r for r in listed if r in results and results[r][0] != "pass")
    new = [r for r in passing if r not in listed]
    if new:
        print(f"  {len(new)} newly passing tests are not in passing.txt yet (run with --bless)")
    if regressions:
        print(f"REGRESSIONS: {len(regressions)} tests in passing.txt fail:")
        for r in regressions:
            print(f"  {r}: {results[r][0]} ({results[r][1]})")
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select", help="count selected tests and exclusion reasons")
    s.add_argument("--list", action="store_true", help="also print the selected tests")
    e = sub.add_parser("expect", help="record rustc's exit code and stdout hash per test")
    e.add_argument("-j", "--jobs", type=int, default=2)
    r = sub.add_parser("run", help="build and run each test with rustg and compare")
    r.add_argument("--bless", action="store_true", help="rewrite tests/runpass/passing.txt")
    r.add_argument("--rustg", help="rustg binary (default $RUSTG or build/bin/rustg)")
    r.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    r.add_argument("--filter", help="only tests whose path contains this text")
    r.add_argument("--results", help="write path, class and detail per test to this file")
    r.add_argument("--top", type=int, default=5, help="show the N most common rustg build errors")
    args = ap.parse_args()
    return {"select": cmd_select, "expect": cmd_expect, "run": cmd_run}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
