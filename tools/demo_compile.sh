#!/usr/bin/env bash
# The compile half of `./x demo`: builds examples/nbody.rs with rustg (-O, through C and the
# system cc) and runs it, printing the build time next to the program's own output.
set -euo pipefail
RUSTG="$1"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo
echo "rustg demo: compiling examples/nbody.rs (structs, arrays, methods, f64) to a native executable"
start=$(date +%s.%N)
"$RUSTG" build -O "$ROOT/examples/nbody.rs" -o "$out/nbody"
end=$(date +%s.%N)
printf 'rustg build -O: %.0f ms (the runtime is compiled once per configuration and cached)\n' \
  "$(echo "($end - $start) * 1000" | bc -l 2>/dev/null || python3 -c "print(($end - $start) * 1000)")"
echo "running it (5,000,000 steps of the Jovian planets; energy before and after):"
"$out/nbody"
