#!/usr/bin/env bash
# Fuzzes lex+parse with libFuzzer: tools/fuzz.sh [SECONDS] (default 60), what `./x fuzz` runs.
# Builds build-fuzz/ with clang (ASan+UBSan, coverage on all of rustg_core), seeds a scratch corpus
# with fuzz/corpus and every tests/**/*.rs, fuzzes in 2 forked workers, and lists failing inputs at the end.
# Env: RUSTG_FUZZ_BUILD (build folder), RUSTG_FUZZ_JOBS (default 2), RUSTG_FUZZ_ARGS (extra flags).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TO_RUN="${1:-60}"
BUILD="${RUSTG_FUZZ_BUILD:-$ROOT/build-fuzz}"
JOBS="${RUSTG_FUZZ_JOBS:-2}"

if ! [[ "$SECONDS_TO_RUN" =~ ^[0-9]+$ ]]; then
  echo "usage: tools/fuzz.sh [SECONDS]" >&2
  exit 2
fi

if ! command -v clang >/dev/null || ! command -v clang++ >/dev/null; then
  echo "fuzz: clang/clang++ not found; install them: sudo apt-get install -y clang" >&2
  exit 1
fi

# libFuzzer's runtime ships separately on Debian/Ubuntu (libclang-rt-N-dev); probe by linking.
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
cat >"$probe/p.cpp" <<'EOF'
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }
EOF
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" 2>"$probe/err"; then
  major="$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)"
  echo "fuzz: clang's libFuzzer runtime is not available (linking -fsanitize=fuzzer failed):" >&2
  sed 's/^/  /' "$probe/err" | head -5 >&2
  echo "fuzz: install it with: sudo apt-get install -y libclang-rt-${major:-14}-dev" >&2
  exit 1
fi

# Coverage instrumentation must cover rustg_core (the lexer and parser), not only the entry
# point, so every C++ file gets -fsanitize=fuzzer-no-link; fuzz_frontend links libFuzzer itself.
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DRUSTG_FUZZ=ON -DRUSTG_CUDA=OFF \
    -DCMAKE_CXX_FLAGS="$SAN" >/dev/null
fi
ninja -C "$BUILD" -j"$(nproc 2>/dev/null || echo 2)" fuzz_frontend >"$BUILD/fuzz-build.log" 2>&1 || {
  cat "$BUILD/fuzz-build.log" >&2
  echo "fuzz: build failed" >&2
  exit 1
}

# A scratch corpus: libFuzzer writes new inputs into its first folder, never into fuzz/corpus.
WORK="$BUILD/fuzz-work"
RUN="$WORK/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$WORK/corpus" "$RUN"
cp -n "$ROOT"/fuzz/corpus/* "$WORK/corpus/" 2>/dev/null || true
SEEDS="$RUN/seeds"
mkdir -p "$SEEDS"
find "$ROOT/tests" -name '*.rs' -type f -print0 2>/dev/null | while IFS= read -r -d '' f; do
  rel="${f#"$ROOT"/tests/}"
  cp "$f" "$SEEDS/${rel//\//__}"
done

echo "fuzz: ${SECONDS_TO_RUN}s, $JOBS jobs; corpus $WORK/corpus (+ $(find "$SEEDS" -type f | wc -l) test seeds); logs and crashes in $RUN"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
status=0
(
  cd "$RUN"
  # shellcheck disable=SC2086
  # Fork mode rather than -jobs: a job of -jobs stops at its first crash (a crashing seed ends the
  # whole run at start-up), while -fork with -ignore_* keeps fuzzing and saves every failing input.
  "$BUILD/bin/fuzz_frontend" -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 \
    -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$RUN/" -print_final_stats=1 ${RUSTG_FUZZ_ARGS:-} \
    "$WORK/corpus" "$SEEDS" >"$RUN/fuzz.log" 2>&1
) || status=$?

crashes=()
while IFS= read -r -d '' c; do crashes+=("$c"); done < <(find "$RUN" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -print0)
grep -E '^#[0-9]+: cov:' "$RUN/fuzz.log" | tail -1 | sed 's/^/fuzz: last status: /' || true
echo "fuzz: corpus now $(find "$WORK/corpus" -type f | wc -l) inputs"
if [ ${#crashes[@]} -gt 0 ]; then
  echo "fuzz: ${#crashes[@]} failing input(s):"
  for c in "${crashes[@]}"; do echo "  $c"; done
  echo "fuzz: reproduce with $BUILD/bin/fuzz_frontend FILE (or build/bin/fuzz_replay FILE); log: $RUN/fuzz.log"
  exit 1
fi
if [ "$status" != 0 ]; then
  echo "fuzz: libFuzzer exited with status $status; see $RUN/fuzz*.log" >&2
  exit 1
fi
echo "fuzz: no crashes"
