#!/usr/bin/env bash
# Regenerates tests/run/NAME.run.{stdout,exit,stderr} with the installed rustc: each program is
# built as `rustc --edition 2021 -C debug-assertions` from inside tests/run (so panics name
# `NAME.rs`) and run. .run.exit is written only for a non-zero exit, .run.stderr only when the
# program panicked (exit 101). Usage: tools/bless_run.sh [NAME…]   (default: every tests/run/*.rs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/tests/run"
command -v rustc >/dev/null || { echo "bless_run: rustc is not installed" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in *.rs; do names+=("${f%.rs}"); done
fi
for name in "${names[@]}"; do
  name="${name%.rs}"
  if ! rustc --edition 2021 -C debug-assertions -o "$tmp/$name" "$name.rs" 2>"$tmp/$name.build"; then
    echo "bless_run: rustc rejects $name.rs:" >&2
    cat "$tmp/$name.build" >&2
    continue
  fi
  rc=0
  env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE "$tmp/$name" >"$name.run.stdout" 2>"$tmp/$name.stderr" || rc=$?
  if [ "$rc" != 0 ]; then echo "$rc" >"$name.run.exit"; else rm -f "$name.run.exit"; fi
  if [ "$rc" = 101 ]; then cp "$tmp/$name.stderr" "$name.run.stderr"; else rm -f "$name.run.stderr"; fi
  echo "blessed $name (exit $rc)"
done
