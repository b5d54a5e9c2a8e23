#!/usr/bin/env bash
# Fetches the test/benchmark corpus: Debian packages of real Rust source, unpacked (never installed)
# with `apt-get download` + `dpkg -x` into ${RUSTG_CORPUS:-<repo>/.cache/corpus}, then writes
# <corpus>/manifest.tsv (`group<TAB>edition<TAB>path`, see tools/corpus_manifest.py).
# Idempotent: a stamp file records what was unpacked; a second run only prints the summary.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${RUSTG_CORPUS:-$repo/.cache/corpus}
packages=(rust-src librust-serde-dev librust-syn-dev librust-regex-dev librust-rand-dev
          librust-itertools-dev librust-memchr-dev librust-smallvec-dev)
stamp=$corpus/.stamp
want="packages: ${packages[*]}"

mkdir -p "$corpus"
corpus=$(cd "$corpus" && pwd)

if [[ ! -f $stamp ]] || [[ $(head -n1 "$stamp") != "$want" ]]; then
  for tool in apt-get dpkg python3; do
    command -v "$tool" >/dev/null || { echo "corpus.sh: $tool not found (needs a Debian-based system)" >&2; exit 1; }
  done
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # As root, apt downloads as the _apt user, which cannot write to our private temp folder.
  apt_opts=()
  [[ $(id -u) == 0 ]] && apt_opts=(-o APT::Sandbox::User=root)
  download() { (cd "$tmp" && apt-get download -q "${apt_opts[@]}" "${packages[@]}"); }
  if ! download >"$tmp/download.log" 2>&1; then
    echo "corpus.sh: apt-get download failed; refreshing package lists" >&2
    if [[ $(id -u) == 0 ]]; then
      apt-get update -q >&2
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo -n apt-get update -q >&2
    else
      cat "$tmp/download.log" >&2
      echo "corpus.sh: run 'sudo apt-get update' and retry" >&2
      exit 1
    fi
    download || { echo "corpus.sh: apt-get download failed" >&2; exit 1; }
  fi
  rm -f "$stamp" "$corpus/manifest.tsv"
  versions=()
  for deb in "$tmp"/*.deb; do
    dpkg -x "$deb" "$corpus"
    versions+=("$(basename "$deb" .deb)")
  done
  if [[ ! -d $corpus/usr/src/rustc-1.63.0 ]]; then
    # The committed oracle lists describe rust-src 1.63.0 (Debian 12); another version would make
    # the corpus tests compare against the wrong files, so refuse rather than mislead.
    echo "corpus.sh: this system's rust-src is not 1.63.0 (found: $(ls "$corpus/usr/src" | tr '\n' ' '));" \
         "the corpus is pinned to Debian 12's packages: copy a corpus made there into $corpus" >&2
    rm -rf "${corpus:?}/usr"
    exit 1
  fi
  { echo "$want"; printf 'unpacked: %s\n' "${versions[@]}"; } >"$stamp.tmp"
  mv "$stamp.tmp" "$stamp"
fi

if [[ ! -f $corpus/manifest.tsv || ! -f $corpus/summary.tsv ||
      $repo/tools/corpus_manifest.py -nt $corpus/manifest.tsv ]]; then
  python3 "$repo/tools/corpus_manifest.py" "$corpus"
fi

awk -F'\t' -v dir="$corpus" '$1 == "total" {
  printf "corpus: %d .rs files, %.1f MB, %d lines in %s (manifest.tsv)\n", $2, $3 / 1e6, $4, dir
}' "$corpus/summary.tsv"
