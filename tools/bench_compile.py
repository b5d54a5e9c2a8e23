#!/usr/bin/env python3
"""`./x bench compile`: rustg build vs rustc debug build of the same programs, in one run.

For every tests/run/*.rs (and examples/*.rs): wall time and peak memory (max RSS) of
`rustg build` (with in-process tcc where available, and with the system cc) and of `rustc --edition 2021 -C debug-assertions` (best of --reps runs), and their
ratio. The runtime cache is measured cold once (a fresh XDG_CACHE_HOME) and then kept warm, as a
user's would be. Then, for the compute-heavy examples: run time of the binaries of `rustg build -O`
and `rustc -O` (best of --reps). Prints markdown tables; says when the machine was loaded."""
import argparse
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(argv, cwd=None, env=None, stdout=subprocess.DEVNULL):
    """Runs argv; returns (exit code, wall seconds, max RSS in MiB, CPU seconds) of the child and
    the processes it waited for (rustg's cc and linker, rustc's linker)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, env=env, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    return code, wall, ru.ru_maxrss / 1024.0, ru.ru_utime + ru.ru_stime


def best(reps, argv, **kw):
    """Best wall time, peak memory, exit code and best CPU time over `reps` runs."""
    results = [run(argv, **kw) for _ in range(reps)]
    return min(r[1] for r in results), max(r[2] for r in results), results[0][0], min(r[3] for r in results)


def runtime_table(args, tmp, env):
    """The -O run-time comparison of the examples: rustg's binary against rustc's."""
    # The two binaries of an example run alternately (best of at least 5 each), so a change in
    # the machine's load hits both alike. CPU time (user+sys) is the steadier number on a shared
    # machine: wall time also counts the time the program waited for a core.
    reps = max(args.reps, 5)
    print(f"\nRun time of the -O binaries, best of {reps} alternate runs each:")
    print("\n| example | rustg -O CPU (s) | rustc -O CPU (s) | CPU rustg/rustc | rustg -O wall (s) | rustc -O wall (s) | wall rustg/rustc |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for p in sorted((ROOT / "examples").glob("*.rs")):
        g_bin, r_bin = tmp / (p.stem + ".g"), tmp / (p.stem + ".r")
        if run([args.rustg, "build", "-O", p.name, "-o", str(g_bin)], cwd=p.parent, env=env)[0] != 0:
            print(f"| {p.name} | build failed | | | | | |")
            continue
        run(["rustc", "-O", "--edition", "2021", p.name, "-o", str(r_bin)], cwd=p.parent, env=env)
        g, r = [], []
        for _ in range(reps):
            g.append(run([str(g_bin)]))
            r.append(run([str(r_bin)]))
        g_cpu, r_cpu = min(x[3] for x in g), min(x[3] for x in r)
        g_wall, r_wall = min(x[1] for x in g), min(x[1] for x in r)
        print(f"| {p.name} | {g_cpu:.3f} | {r_cpu:.3f} | {g_cpu / r_cpu:.2f}x "
              f"| {g_wall:.3f} | {r_wall:.3f} | {g_wall / r_wall:.2f}x |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustg", default=str(ROOT / "build" / "bin" / "rustg"))
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--no-runtime", action="store_true", help="skip the -O run-time comparison")
    ap.add_argument("--runtime-only", action="store_true", help="only the -O run-time comparison")
    args = ap.parse_args()
    if not shutil.which("rustc"):
        print("bench compile: rustc is not installed; nothing to compare with", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    ncpu = os.cpu_count() or 1
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="rustg_bench_"))
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp / "cache"))
    env.pop("RUST_BACKTRACE", None)
    if args.runtime_only:
        print(f"machine: {ncpu} cores, load average {load:.2f}")
        runtime_table(args, tmp, env)
        shutil.rmtree(tmp, ignore_errors=True)
        return 0
    programs = sorted((ROOT / "tests" / "run").glob("*.rs")) + sorted((ROOT / "examples").glob("*.rs"))

    # Cold: the first build compiles the runtime into the (empty) cache.
    first = programs[0]
    _, cold, _, _ = run([args.rustg, "build", first.name, "-o", str(tmp / "cold")], cwd=first.parent, env=env)
    _, warm, _, _ = run([args.rustg, "build", first.name, "-o", str(tmp / "warm")], cwd=first.parent, env=env)
    print(f"machine: {ncpu} cores, load average {load:.2f}"
          + (" (LOADED: numbers are noisy)" if load > 0.5 * ncpu else ""))
    print(f"runtime cache: cold build of {first.name} {cold * 1e3:.0f} ms, warm {warm * 1e3:.0f} ms; "
          "the table below is warm\n")
    # The C compilers rustg can use for a debug build: in-process tcc (the default where
    # available) and the system cc; both are measured.
    tcc_ok = run([args.rustg, "build", "--c-compiler=tcc", first.name, "-o", str(tmp / "t")], cwd=first.parent,
                 env=env)[0] == 0
    # "auto" is the default: tcc (i128/u128 emulated for it), the system cc where tcc fails.
    backends = (["auto"] if tcc_ok else []) + ["cc"]
    if not tcc_ok:
        print("tcc: not available in this rustg (libtcc-dev/tcc not installed at build time); cc only\n")
    print("Wall and CPU (user+sys, the C compiler and linker included) time; peak memory is the largest "
          "process. rustg builds with its default C compiler (`auto`: in-process tcc, i128/u128 emulated; the system "
          "cc where tcc fails) and with the system cc (`--c-compiler=cc`); rustc with `-C debug-assertions`.\n")
    head = "| program | " + " | ".join(f"rustg {b} ms" for b in backends) + " | rustc ms | " + \
        " | ".join(f"speedup {b}" for b in backends) + " | rustg CPU ms | rustc CPU ms | rustg peak MiB | rustc peak MiB |"
    print(head)
    print("|---" + "|---:" * (head.count("|") - 2) + "|")
    ratios = {b: [] for b in backends}
    g_total = {b: 0.0 for b in backends}
    r_total, g_cpu, r_cpu, g_mem, r_mem = 0.0, 0.0, 0.0, [], []
    failed = []
    for p in programs:
        g = {}
        for b in backends:
            g[b] = best(args.reps, [args.rustg, "build", f"--c-compiler={b}", p.name, "-o", str(tmp / "g")],
                        cwd=p.parent, env=env)
        r_t, r_m, r_rc, r_c = best(args.reps, ["rustc", "--edition", "2021", "-C", "debug-assertions", p.name, "-o",
                                               str(tmp / "r")], cwd=p.parent, env=env)
        if any(g[b][2] != 0 for b in backends) or r_rc != 0:
            failed.append(p.name)
            continue
        for b in backends:
            ratios[b].append(r_t / g[b][0])
            g_total[b] += g[b][0]
        r_total += r_t
        g_cpu += g[backends[0]][3]
        r_cpu += r_c
        g_mem.append(max(g[b][1] for b in backends))
        r_mem.append(r_m)
        print(f"| {p.name} | " + " | ".join(f"{g[b][0] * 1e3:.0f}" for b in backends) + f" | {r_t * 1e3:.0f} | "
              + " | ".join(f"{r_t / g[b][0]:.1f}x" for b in backends)
              + f" | {g[backends[0]][3] * 1e3:.0f} | {r_c * 1e3:.0f} | {g_mem[-1]:.0f} | {r_m:.0f} |")
    if r_mem:
        print(f"| **all {len(r_mem)}** | " + " | ".join(f"{g_total[b] * 1e3:.0f}" for b in backends)
              + f" | {r_total * 1e3:.0f} | "
              + " | ".join(f"**{r_total / g_total[b]:.1f}x** (median {statistics.median(ratios[b]):.1f}x)"
                           for b in backends)
              + f" | {g_cpu * 1e3:.0f} | {r_cpu * 1e3:.0f} | max {max(g_mem):.0f} | max {max(r_mem):.0f} |")
        print(f"\nTarget (issue 4): rustg build >= 10x faster than rustc's debug build; peak memory below rustc's. "
              f"rustg CPU ms is for {backends[0]}.")
    if failed:
        print(f"\nnot compared (a build failed): {', '.join(failed)}")

    if not args.no_runtime:
        runtime_table(args, tmp, env)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
