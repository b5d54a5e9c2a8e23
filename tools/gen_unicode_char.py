#!/usr/bin/env python3
"""Generates the Unicode tables of runtime/rustg_rt.c (between the `BEGIN/END gen_unicode_char.py`
markers): the non-ASCII ranges of the properties char's methods test (Alphabetic, Lowercase,
Uppercase, White_Space, numeric = general categories Nd/Nl/No, as core::char defines them) and the
case mappings of char::to_uppercase / to_lowercase (UnicodeData's simple mappings, replaced by
SpecialCasing's unconditional ones where those exist).

Reads Debian's unicode-data package (/usr/share/unicode); nothing is downloaded. Run from the
repository root: python3 tools/gen_unicode_char.py
"""
import sys

UCD = "/usr/share/unicode"
RT = "runtime/rustg_rt.c"
BEGIN = "/* BEGIN gen_unicode_char.py */\n"
END = "/* END gen_unicode_char.py */\n"


def read_prop(path, prop):
    cps = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            rng, name = [x.strip() for x in line.split(";")[:2]]
            if name != prop:
                continue
            lo, hi = (rng.split("..") + [rng])[:2]
            for c in range(int(lo, 16), int(hi, 16) + 1):
                cps.add(c)
    return cps


def unicode_data():
    """(code point, general category, upper, lower) for every code point, ranges expanded."""
    rows = []
    first = None
    with open(f"{UCD}/UnicodeData.txt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split(";")
            cp = int(p[0], 16)
            if p[1].endswith(", First>"):
                first = cp
                continue
            if p[1].endswith(", Last>"):
                for c in range(first, cp + 1):
                    rows.append((c, p[2], None, None))
                continue
            rows.append((cp, p[2], int(p[12], 16) if p[12] else None, int(p[13], 16) if p[13] else None))
    return rows


def ranges(cps):
    out = []
    for c in sorted(c for c in cps if c >= 0x80):
        if out and out[-1][1] + 1 == c:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def wrap(items):
    """Comma-separated items, wrapped at 110 columns."""
    lines, cur = [], ""
    for it in items:
        if cur and len(cur) + len(it) + 1 > 110:
            lines.append(cur)
            cur = ""
        cur += it + ","
    if cur:
        lines.append(cur)
    return "\n".join("  " + x for x in lines)


def table(name, rs):
    body = wrap(f"{{0x{lo:X},0x{hi:X}}}" for lo, hi in rs)
    return f"static const uint32_t {name}[][2] = {{\n{body}\n}};\n"


def main():
    rows = unicode_data()
    props = {
        "rg_uc_alphabetic": read_prop(f"{UCD}/DerivedCoreProperties.txt", "Alphabetic"),
        "rg_uc_lowercase": read_prop(f"{UCD}/DerivedCoreProperties.txt", "Lowercase"),
        "rg_uc_uppercase": read_prop(f"{UCD}/DerivedCoreProperties.txt", "Uppercase"),
        "rg_uc_white_space": read_prop(f"{UCD}/PropList.txt", "White_Space"),
        "rg_uc_numeric": {c for c, gc, _, _ in rows if gc in ("Nd", "Nl", "No")},
    }
    upper = {c: [u] for c, _, u, _ in rows if u is not None}
    lower = {c: [l] for c, _, _, l in rows if l is not None}
    with open(f"{UCD}/SpecialCasing.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            p = [x.strip() for x in line.split(";")]
            if len(p) > 4 and p[4]:
                continue  # conditional (language or context): not in char::to_*case
            cp = int(p[0], 16)
            lo = [int(x, 16) for x in p[1].split()]
            up = [int(x, 16) for x in p[3].split()]
            if lo != [cp]:
                lower[cp] = lo
            if up != [cp]:
                upper[cp] = up
    out = BEGIN
    out += "/* Non-ASCII code points with each property, as sorted inclusive ranges (Unicode "
    out += open(f"{UCD}/ReadMe.txt", encoding="utf-8").read().split("Version ", 1)[-1].split()[0].rstrip(".")
    out += "). */\n"
    for name, cps in props.items():
        out += table(name, ranges(cps))
    for name, m in (("rg_uc_to_upper", upper), ("rg_uc_to_lower", lower)):
        body = wrap(
            "{" + ",".join(f"0x{x:X}" for x in [c] + (v + [0, 0, 0])[:3]) + "}"
            for c, v in sorted(m.items()) if c >= 0x80)
        out += f"/* Code point -> up to three code points (0: none). */\nstatic const uint32_t {name}[][4] = {{\n{body}\n}};\n"
    out += END
    src = open(RT, encoding="utf-8").read()
    if BEGIN not in src or END not in src:
        sys.exit(f"{RT}: markers not found")
    head, rest = src.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    open(RT, "w", encoding="utf-8").write(head + out + tail)


if __name__ == "__main__":
    main()
