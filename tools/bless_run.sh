#!/usr/bin/env bash
# Regenerates the expectations of tests/run/ programs from rustc's debug build of each program:
#   NAME.run.stdout  exact stdout (always written)
#   NAME.run.exit    exit code and a newline, only when it is not 0
#   NAME.run.stderr  exact stderr, only when the program panics (exit code 101), run without
#                    RUST_BACKTRACE. rustc >= 1.92 prints the OS thread id (`thread 'main' (4242)
#                    panicked at`), which changes every run and which the test runner masks on both
#                    sides; an existing file that differs only in that id is left alone, so a
#                    re-bless shows no churn
# Usage: tools/bless_run.sh            all tests/run/*.rs
#        tools/bless_run.sh NAMES...   only these (NAME, NAME.rs or a path to it)
# Programs are compiled and run from inside tests/run so a panic message names `NAME.rs`, as the
# rustg test runner sees it. rustc is needed here only; the tests themselves never run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$ROOT/tests/run"
RUSTC="${RUSTC:-rustc}"
command -v "$RUSTC" >/dev/null || { echo "bless_run: $RUSTC not found" >&2; exit 1; }

names=()
if [ $# -eq 0 ]; then
  for f in "$RUN_DIR"/*.rs; do names+=("$(basename "$f" .rs)"); done
else
  for a in "$@"; do n="$(basename "$a")"; names+=("${n%.rs}"); done
fi

# `thread 'main' (4242) panicked` -> `thread 'main' (ID) panicked`, as the runner compares them.
mask_thread_id() { sed -E "s/^thread '([^']*)' \([0-9]+\) panicked/thread '\1' (ID) panicked/"; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$RUN_DIR"
failed=0
for name in "${names[@]}"; do
  if [ ! -f "$name.rs" ]; then echo "bless_run: no tests/run/$name.rs" >&2; failed=1; continue; fi
  if ! "$RUSTC" --edition 2021 -C debug-assertions -o "$tmp/$name" "$name.rs" 2>"$tmp/$name.cerr"; then
    echo "bless_run: rustc rejects $name.rs:" >&2
    cat "$tmp/$name.cerr" >&2
    failed=1
    continue
  fi
  rc=0
  env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE timeout 10 "$tmp/$name" >"$tmp/$name.out" 2>"$tmp/$name.err" </dev/null || rc=$?
  if [ "$rc" = 124 ]; then echo "bless_run: $name timed out" >&2; failed=1; continue; fi
  cp "$tmp/$name.out" "$name.run.stdout"
  if [ -f "$name.run.stderr" ]; then cp "$name.run.stderr" "$tmp/$name.old_stderr"; fi
  rm -f "$name.run.exit" "$name.run.stderr"
  if [ "$rc" != 0 ]; then echo "$rc" >"$name.run.exit"; fi
  if [ "$rc" = 101 ]; then
    if [ -f "$tmp/$name.old_stderr" ] && [ "$(mask_thread_id <"$tmp/$name.old_stderr")" = "$(mask_thread_id <"$tmp/$name.err")" ]; then
      cp "$tmp/$name.old_stderr" "$name.run.stderr"
    else
      cp "$tmp/$name.err" "$name.run.stderr"
    fi
  fi
  echo "bless_run: $name (exit $rc)"
done
exit "$failed"
