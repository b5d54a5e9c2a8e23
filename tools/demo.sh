#!/usr/bin/env bash
# `./x demo`: parse the Rust standard library (rust-src 1.63 `library/`, each crate in its own
# edition) with rustg in one run and print files, lines, MB, errors and throughput per pass.
set -euo pipefail
RUSTG="$1"
CORPUS="$2"
MANIFEST="$CORPUS/manifest.tsv"
[ -f "$MANIFEST" ] || { echo "demo: no corpus manifest at $MANIFEST (run ./x corpus)" >&2; exit 1; }
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
awk -F'\t' -v root="$CORPUS" '$1 == "library" { print $2 "\t" root "/" $3 }' "$MANIFEST" >"$list"
echo "rustg demo: lexing and parsing the Rust standard library sources (rust-src 1.63, library/)"
echo "on $(nproc) cores; 'read' is loading the files from disk."
echo
"$RUSTG" parse --stats --files-from "$list"
