#!/usr/bin/env python3
"""Finds a multiplier for the scanner's keyword perfect hash (src/lex/scan/keywords.h).

The host looks a keyword up by the top BITS bits of (spelling word * multiplier), where the word is
the spelling's bytes little-endian and zero-padded to 8 bytes; `_` is in the table too. Run this
after adding a keyword to src/lex/token_kind.def if the build then fails in KeywordTable's
constructor (a collision), and put the printed value into kKeywordHashMul.
usage: tools/keyword_hash.py [BITS]   (default 7, kKeywordHashBits)
"""
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BITS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
MASK = (1 << 64) - 1

words = re.findall(r'RUSTG_KEYWORD\(\w+, "(\w+)"', (ROOT / "src/lex/token_kind.def").read_text())
words.append("_")
values = [int.from_bytes(w.encode(), "little") for w in words]
assert max(len(w) for w in words) <= 8, "keywords must fit one 64-bit word"

rng = random.Random(1)
for tries in range(1, 20_000_001):
    m = rng.getrandbits(64) | 1
    if len({((v * m) & MASK) >> (64 - BITS) for v in values}) == len(values):
        print(f"kKeywordHashMul = 0x{m:016x}ull  ({len(values)} words, {1 << BITS} slots, {tries} tries)")
        break
else:
    sys.exit(f"no multiplier found for {BITS} bits; try more bits")
