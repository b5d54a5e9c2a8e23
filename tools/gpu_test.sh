#!/usr/bin/env bash
# `./x gpu-test`: the CUDA backend's tests and benchmarks on a GPU machine, in one go.
#
# The GPU machine (Ubuntu 24.04, nvcc, no package registry) cannot install rustg's build
# dependencies, so the build happens on a development machine and travels:
#   here (no GPU):   ./x gpu-test          builds with nvcc for sm_90 into build-cuda/ and packs
#                                          binaries, their shared libraries and the corpus into .gpu/
#   there (GPU):     ./x gpu-test          (with .gpu/ carried along) runs every test with the GPU
#                                          backend compared against the CPU, then the benchmarks
# On the GPU machine, logs and the benchmark table are also written to $OUT when it is set.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PACK="$ROOT/.gpu"
CORPUS="${RUSTG_CORPUS:-$ROOT/.cache/corpus}"

have_gpu() { command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; }

pack() {
  local build="$ROOT/build-cuda"
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRUSTG_CUDA=ON >/dev/null
  fi
  ninja -C "$build" -j"$(nproc)" >"$build/ninja.log" 2>&1 || { cat "$build/ninja.log" >&2; exit 1; }
  rm -rf "$PACK"
  mkdir -p "$PACK/bin" "$PACK/lib"
  local bins=(rustg unit_tests file_test corpus_test bench_frontend fuzz_replay)
  for b in "${bins[@]}"; do cp "$build/bin/$b" "$PACK/bin/"; done
  # Shared libraries from Debian that the GPU machine's Ubuntu lacks (libc and libstdc++ are newer there).
  for b in "${bins[@]}"; do ldd "$build/bin/$b"; done | awk '/=>/ { print $3 }' | sort -u |
    grep -E 'lib(fmt|tbb|tomlplusplus|yaml-cpp)[^/]*$' | while read -r lib; do cp -L "$lib" "$PACK/lib/"; done
  # The whole corpus the tests read (the GPU must agree with the CPU on all of it), gzip-compressed.
  [ -f "$CORPUS/manifest.tsv" ] || bash "$ROOT/tools/corpus.sh"
  cut -f3 "$CORPUS/manifest.tsv" >"$PACK/corpus.files"
  cp "$CORPUS/manifest.tsv" "$PACK/manifest.tsv"
  tar -C "$CORPUS" -cf - -T "$PACK/corpus.files" | gzip -6 >"$PACK/corpus.tar.gz"
  rm "$PACK/corpus.files"
  { git -C "$ROOT" rev-parse --short HEAD; git -C "$ROOT" status --porcelain -uno | head -1 | sed 's/.*/(dirty)/'; } |
    paste -sd' ' >"$PACK/commit"
  # The binaries each carry the CUDA fatbins; compressed they fit the 64 MiB a device call carries.
  tar -C "$PACK" -czf "$PACK/bin.tar.gz" bin && rm -rf "$PACK/bin"
  du -sh "$PACK"
  echo "gpu-test: packed into .gpu/; on the GPU machine run ./x gpu-test with .gpu carried along"
}

run() {
  [ -f "$PACK/bin.tar.gz" ] || { echo "gpu-test: no .gpu/ pack here; run ./x gpu-test on a development machine first" >&2; exit 1; }
  tar -C "$PACK" -xzf "$PACK/bin.tar.gz"
  export LD_LIBRARY_PATH="$PACK/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export RUSTG_SOURCE_DIR="$ROOT"
  RUSTG_COMMIT="$(cat "$PACK/commit" 2>/dev/null || true)"
  export RUSTG_COMMIT
  local corpus=/tmp/rustg-corpus
  rm -rf "$corpus" && mkdir -p "$corpus"
  tar -C "$corpus" -xzf "$PACK/corpus.tar.gz"
  cp "$PACK/manifest.tsv" "$corpus/manifest.tsv"
  export RUSTG_CORPUS="$corpus"
  local out="${OUT:-/tmp/rustg-gpu-out}"
  mkdir -p "$out"
  nvidia-smi -L | tee "$out/device.txt"
  local rc=0 failed=()
  for t in unit_tests file_test corpus_test; do
    echo "== $t"
    if ! "$PACK/bin/$t" --gtest_brief=1 >"$out/$t.log" 2>&1; then rc=1; failed+=("$t"); fi
    grep -E '^\[ +(PASSED|FAILED|SKIPPED) +\]|tests? from .* ran' "$out/$t.log" || true
  done
  echo "== fuzz_replay (gpu)"
  RUSTG_DEVICE=gpu "$PACK/bin/fuzz_replay" "$ROOT/fuzz/corpus" 2>&1 | tail -1 || { rc=1; failed+=(fuzz_replay); }
  echo "== bench frontend"
  "$PACK/bin/bench_frontend" --corpus "$corpus" --gpu --out "$out/bench-frontend.md" 2>&1 | tee "$out/bench.log" | tail -40 || rc=1
  [ "$rc" = 0 ] && echo "gpu-test: all passed" || echo "gpu-test: FAILED: ${failed[*]}"
  return "$rc"
}

if have_gpu; then run; else pack; fi
