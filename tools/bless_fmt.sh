#!/usr/bin/env bash
# Regenerates tests/fmt/target/NAME.rs from tests/fmt/source/NAME.rs with stable rustfmt (the
# oracle; rustg never writes expectations). Header lines `// rustfmt-KEY: VALUE` become
# `--config KEY=VALUE`. rustfmt runs on stdin from a temporary directory with an empty config, so
# no rustfmt.toml of the checkout takes part.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v rustfmt >/dev/null || { echo "bless_fmt: rustfmt not found" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/rustfmt.toml"
for src in "$ROOT"/tests/fmt/source/*.rs; do
  name="$(basename "$src")"
  args=()
  while IFS= read -r line; do
    kv="${line#// rustfmt-}"
    args+=(--config "${kv%%:*}=$(echo "${kv#*:}" | sed 's/^ *//')")
  done < <(grep -E '^// rustfmt-[a-z_]+:' "$src" || true)
  if ! (cd "$tmp" && rustfmt --emit=stdout --config-path "$tmp/rustfmt.toml" "${args[@]}" <"$src" >"$tmp/out"); then
    echo "bless_fmt: rustfmt failed on $name" >&2
    exit 1
  fi
  cp "$tmp/out" "$ROOT/tests/fmt/target/$name"
done
echo "bless_fmt: rewrote $(ls "$ROOT"/tests/fmt/source/*.rs | wc -l) targets with $(rustfmt --version)"
