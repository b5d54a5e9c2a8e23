#!/usr/bin/env bash
# `./x demo`: parse the Rust standard library (rust-src 1.63 `library/`) with rustg and print
# files, lines, MB, errors and lines/s per pass. One rustg run per edition in use.
set -euo pipefail
RUSTG="$1"
CORPUS="$2"
MANIFEST="$CORPUS/manifest.tsv"
[ -f "$MANIFEST" ] || { echo "demo: no corpus manifest at $MANIFEST (run ./x corpus)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "rustg demo: parsing the Rust standard library sources (rust-src 1.63, library/)"
rc=0
for ed in 2015 2018 2021; do
  awk -F'\t' -v ed="$ed" -v root="$CORPUS" '$1 == "library" && $2 == ed { print root "/" $3 }' "$MANIFEST" >"$tmp/files.$ed"
  [ -s "$tmp/files.$ed" ] || continue
  echo
  echo "edition $ed:"
  "$RUSTG" parse --edition "$ed" --stats "@$tmp/files.$ed" || rc=$?
done
exit "$rc"
