#!/usr/bin/env python3
"""Generates src/entities/listed_table.rs, the listed firms' short names wenxi finds as companies, from
the checked-in listed.tsv and known.txt beside this script (see SOURCE.md).

    python3 data/entities/listed/generate.py          # rewrite the table
    python3 data/entities/listed/generate.py --check  # exit 1 when the checked-in table is stale
    python3 data/entities/listed/generate.py --stats  # print how many names each rule kept or dropped

A short name as the exchanges print it (台積電, 宁德时代, 万  科Ａ) is cleaned of its share-class and
status marks (ST, *ST, PT, XD, Ａ/B shares, 退, Taiwan's -KY, -創, -DR and *), converted to simplified
script with wenxi's own character table (data/text/gen_t2s.py), and then:
  - dropped when it has fewer than two characters, no Han character, ends in a legal suffix (集团,
    公司: found by the suffix rules), or is a place name of the gazetteer or one of wenxi's generic or
    stop words, sector or trade words (大同, 绿电: a place or word first, whatever firm bears it);
  - CUED when it is also an ordinary word or name (see `ordinary`): jieba's full dictionary knows it,
    not as an organisation (nt), with a frequency of at least COMMON (幸福, 统一, 小米, 环保),
    COMMON_WORD as a word of a class other than name, brand or abbreviation (春雨, 远见), or
    COMMON_NAME as a two-character name of a person or place (青云, 秋雨); or it opens with a
    conjunction or preposition and jieba does not know it (和成: 新城|和|成渝), or with a verb that
    governs a name (建设工业: 投资5亿元建设|工业…项目; governing-verbs.txt), or is two characters
    opening with a word of scope (全台: all of Taiwan), or a place's name and what the place has or
    does (天津港, 湖南发展: see PLACE_THINGS). Such a name is a firm
    only where the text says so (a stock code, a word of its shares or results, a list of firms);
  - FIRM otherwise (台积电, 鸿海, 联发科, 比亚迪): a firm wherever printed as a word of its own.
Mainland names are kept within the page's budget (see `mainland_kept`).
The well-known firms of known.txt (hand-written: firms news names bare that no list here holds, 宁德时代,
汇控, 特斯拉) are dropped alike, and are firms, or CUED when marked ~ as ordinary words too (苹果). Each list is one string,
sorted and front-coded as the dictionary is (`front_coded` of data/text/jieba/gen_dict.py).
"""

import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(ROOT, "src", "entities", "listed_table.rs")


def script(path, name):
    """Another generator of data/ as a module (its functions read the sources it reads)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "data", path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen_t2s = script("text/gen_t2s.py", "gen_t2s")
gazetteer = script("text/gazetteer/generate.py", "gazetteer")
gen_dict = script("text/jieba/gen_dict.py", "gen_dict")
write_or_check = script("generated.py", "generated").write_or_check

# A name jieba's full dictionary knows this often (per its 60-million-character corpus) is a word
# first: 小米 396, 创意 481, 长城 1559, 统一 13986 (腾讯 98, 五粮液 163 and 茅台 86 stay firms).
COMMON = 200

# A word of another class this often is an ordinary word (向日葵 196, 春雨 121, 远见 174, 博大 134,
# 五粮液 163, 两面针 53): its tag, not jieba's corpus, says it is no name.
COMMON_WORD = 20
# A two-character name of a person or place this often is one (青云 47, 秋雨 75, 东洋 187, 凯撒 145).
COMMON_NAME = 40
# Tags of organisations, brands and abbreviations: a firm's name unless common (环保, j, and 中华, nz,
# are words; 中国移动, nt, is a firm whatever its frequency).
FIRM_TAGS = ("nt", "nz", "j")
NAME_TAGS = ("nr", "ns", "nrt", "nrfg")
# A name opening with a conjunction or preposition that jieba does not know whole (和|成, 与|…) may be
# that word and the next one's first character (…新城和|成渝地区).
FUNCTION_OPENERS = "和与及同跟在对向从为把被由以于将"
# A two-character name opening with a word of scope or reference is that word and its noun first
# (全台: all of Taiwan, 全国, 本土, 各地).
SCOPE_OPENERS = "全各本该每整"

# Status marks before a short name (mainland: special treatment, delisting, ex-dividend).
PREFIXES = ("S*ST", "*ST", "SST", "ST", "PT", "XD", "XR", "DR", "S")
# Marks after one: share classes, delisting, Taiwan's foreign issuers (-KY), innovation board (-創),
# depositary receipts (-DR) and the exchange's asterisk.
SUFFIXES = ("-KY創", "-KY", "-創", "-DR", "*", "B股", "Ｂ股", "退", "A", "B", "Ａ", "Ｂ")

LEGAL = ("公司", "集团")

# What a place has or does, after its name (天津|港, 上海|机场, 山东|高速, 苏州|高新, 湖南|发展, 四川|路桥):
# a listed name of this shape is first the place's port, airport, zone or development, which regional
# news prints far more often than the firm named after it.
PLACE_THINGS = (
    "港", "港务", "空港", "机场", "高速", "高铁", "路桥", "高新", "高科", "发展", "建设", "投资",
    "环境", "旅游", "文旅", "城建", "城投", "公用", "水务", "燃气", "交建", "建工", "临港", "成渝",
)


def rows():
    with open(os.path.join(HERE, "listed.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            market, code, name, _ = line.rstrip("\n").split("\t")
            yield market, code, name
    # The well-known firms no exchange list here holds (known.txt), with no code; a name marked ~ is an
    # ordinary word too.
    with open(os.path.join(HERE, "known.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                name = line.strip()
                yield ("known-word" if name.startswith("~") else "known"), "", name.lstrip("~")


def han(c):
    return "\u4e00" <= c <= "\u9fff"


def cleaned(name):
    name = re.sub(r"\s", "", name)
    changed = True
    while changed:
        changed = False
        for p in PREFIXES:
            if name.startswith(p) and len(name) > len(p) and han(name[len(p)]):
                name, changed = name[len(p):], True
        for s in SUFFIXES:
            if name.endswith(s) and len(name) > len(s) and han(name[-len(s) - 1]):
                name, changed = name[: -len(s)], True
    return name


T2S = dict(gen_t2s.pairs())


def simplified(name):
    return "".join(T2S.get(c, c) for c in name)


def places():
    names = set()
    lines = gazetteer.divisions() + gazetteer.lines_of("foreign.txt") + gazetteer.lines_of("regions.txt")
    for line in lines:
        parts = line.split("|")
        if len(parts) > 1 and parts[0] in ("p", "c", "t", "a"):
            full = parts[1]
            names.add(full)
            names.update(full[: int(s)] if s.isdigit() else s for s in parts[2:])
        else:
            names.add(parts[0])
    return names


def vocabulary(path):
    with open(os.path.join(ROOT, "data", path), encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def jieba_words():
    words = {}
    with open(gen_dict.source_path(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


# The mainland's main boards kept (Shanghai's 600 and 601, Shenzhen's 000 and 002): ChiNext, STAR,
# Beijing's boards, B shares and the newest code ranges are left out for size; 601 holds the large caps
# listed since 2006.
MAIN_BOARDS = ("600", "601", "000", "002")
LARGE_CAPS = "601"


def mainland_kept(code, printed, name, trades, common):
    """Whether a mainland share's name is kept: never one under special treatment (ST) or delisted,
    whose name an article rarely means as the firm's and often as the word it also is (*ST中期:
    中期业绩 is any firm's interim results); else one jieba knows (a name its corpus printed) or a
    large cap's; else a listed share of a main board whose name is not a head plus a trade word
    (洋河股份, 通威股份: the trade-word rules find those where the text says they are firms) — the
    budget of the page leaves no room for all."""
    if "ST" in printed or printed.startswith("PT") or "退" in printed:
        return False
    if name in common or code.startswith(LARGE_CAPS):
        return True
    if not code.startswith(MAIN_BOARDS):
        return False
    return not any(name.endswith(t) and len(name) > len(t) for t in trades)


def classify():
    """(firms, cued, why dropped → count)."""
    common = jieba_words()
    place = places()
    plain = set().union(
        *(vocabulary(f"entities/{name}.txt") for name in ("generic-words", "stop-words", "firm-descriptors", "industry-words", "listed-endings"))
    )
    # Not listed-endings.txt: the endings listed firms share (电力, 航空) leave 长江电力 and 南方航空 in.
    trades = vocabulary("entities/industry-words.txt") | vocabulary("entities/company-short-endings.txt")
    governing = vocabulary("entities/governing-verbs.txt")
    firms, cued, dropped = set(), set(), {}

    def drop(why):
        dropped[why] = dropped.get(why, 0) + 1

    for market, code, printed in rows():
        name = simplified(cleaned(printed))
        if len(name) < 2 or not any(han(c) for c in name) or not all(han(c) or c.isascii() for c in name):
            drop("short or no Han")
        elif name.endswith(LEGAL):
            drop("legal suffix")
        elif name in place:
            drop("place")
        elif name in plain:
            drop("generic, sector or trade word")
        elif market == "cn" and not mainland_kept(code, printed, name, trades, common):
            drop("mainland, for size")
        elif market == "known" or market == "known-word":
            (cued if market == "known-word" else firms).add(name)
        elif ordinary(name, common) or place_thing(name, place) or governed(name, governing):
            cued.add(name)
        else:
            firms.add(name)
    return sorted(firms), sorted(cued - firms), dropped


def ordinary(name, common):
    """Whether a short name is an ordinary word or name too (see the module's doc)."""
    if name[0] in FUNCTION_OPENERS and name not in common:
        return True
    if len(name) == 2 and name[0] in SCOPE_OPENERS:
        return True
    freq, tag = common.get(name, (0, ""))
    if tag in FIRM_TAGS:
        return freq >= COMMON and tag != "nt"
    if tag in NAME_TAGS:
        return freq >= COMMON or (len(name) == 2 and freq >= COMMON_NAME)
    return freq >= COMMON_WORD


def governed(name, governing):
    """Whether a short name opens with a verb that governs a name in wenxi's reading (建设工业: 建设|工业,
    build industry; data/entities/governing-verbs.txt): a verb and its object first."""
    return any(name.startswith(v) and len(name) > len(v) for v in governing)


def place_thing(name, place):
    """Whether a short name is a place's name and what the place has or does (see PLACE_THINGS)."""
    return any(name.endswith(t) and name[: -len(t)] in place for t in PLACE_THINGS)


def rust_str(lines):
    body = "\n".join(lines)
    assert '"' not in body and "\\" not in body
    return '"\\\n' + body + '"'


def render():
    firms, cued, _ = classify()
    return (
        "// @generated by data/entities/listed/generate.py from data/entities/listed/listed.tsv\n"
        "// (twstock 1.5.1, MIT; adata 2.9.5, Apache-2.0). Do not edit: change the data or the script and run\n"
        "// `python3 data/entities/listed/generate.py`.\n\n"
        "/// Listed firms' short names that are firms wherever printed as a word of their own, simplified, sorted,\n"
        "/// front-coded: a line is how many characters the name shares with the one before, then the rest.\n"
        f"pub(super) const FIRMS: &str = {rust_str(gen_dict.front_coded(firms))};\n\n"
        "/// Listed firms' short names that are ordinary words too: firms only where the text says so (coded alike).\n"
        f"pub(super) const CUED: &str = {rust_str(gen_dict.front_coded(cued))};\n"
    )


def main():
    if "--stats" in sys.argv:
        firms, cued, dropped = classify()
        print(f"firms {len(firms)}, cued {len(cued)}, dropped {dropped}")
        return
    write_or_check({OUT: render()}, "python3 data/entities/listed/generate.py")


if __name__ == "__main__":
    main()
