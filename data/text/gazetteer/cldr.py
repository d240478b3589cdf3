#!/usr/bin/env python3
"""Writes world.txt: the world's countries, territories and regions, and the cities that name its time
zones, by their Chinese names in the Unicode CLDR (npm packages cldr-localenames-full and cldr-dates-full,
48.2.0: `npm pack` them and unpack each tarball), in mainland (zh), Taiwan (zh-Hant) and Hong Kong
(zh-Hant-HK) usage, the traditional ones made simplified as the entities stage reads them (肯亞 → 肯亚).

    python3 data/text/gazetteer/cldr.py LOCALENAMES_DIR DATES_DIR [ZONE_TAB]

(LOCALENAMES_DIR and DATES_DIR each an unpacked `package/`; ZONE_TAB the IANA zone.tab, by default Debian's
tzdata, /usr/share/zoneinfo/zone.tab.) A city is kept where it names its country's only zone or the zone
of its country's most areas (Asia/Qatar, America/New_York): the capitals and the main cities, not the towns
that name the other zones of a large country (Eirunepe, Khandyga).

Lines are foreign.txt's (`p|NAME|FORM...` a country or a region, `c|NAME|FORM...` a city), the mainland
name first; a form foreign.txt or the divisions already hold is left out, but for the name of a place
foreign.txt lists, whose line generate.py extends with the new forms (迪拜|杜拜).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

OUT = os.path.join(HERE, "world.txt")
LOCALES = ("zh", "zh-Hant", "zh-Hant-HK")

# Codes that name no place: the world, unions, the euro area, pseudo-locales, the unknown region; China,
# Hong Kong, Macao and Taiwan, which foreign.txt lists; Middle Africa (017, 中非), printed as the pair
# China–Africa (中非合作: CONVENTIONS 37b); 053 (澳洲与纽西兰: two countries).
SKIP_CODES = {"001", "017", "053", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "CN", "HK", "MO", "TW"}
# Territories the news hardly names: CLDR's own codes outside ISO 3166-1 (Ascension, Clipperton, Sark, Diego
# Garcia, Ceuta and Melilla, Tristan da Cunha), the uninhabited ones (Bouvet, Heard, South Georgia, the French
# Southern Lands, the British Indian Ocean Territory, the US Minor Outlying Islands) and the Caribbean
# Netherlands, whose islands' names do not print it.
SKIP_CODES |= {"AC", "CP", "CQ", "DG", "EA", "TA", "BV", "HM", "GS", "TF", "IO", "UM", "BQ"}

# Forms that are something else as often in Chinese news: 中美 (the China–US pair), 蒙古 (蒙古族: 蒙古国 is
# listed), 哈萨克 and 塔吉克 (peoples of China), 苏丹 (a sultan, 柔佛苏丹), 查德 (理查德), 马利 and 东加 (names,
# 广东|加快), 狮子山 (hills), a typo of CLDR's; cities named like people, brands, dogs or common words
# (达尔文, 斯坦利, 卡宴, 开云, 奇瓦瓦, 索菲亚, 塔林 a stupa forest, 自由城, 凤凰城, 西班牙港 before 口).
SKIP_FORMS = set(
    "中美 蒙古 哈萨克 塔吉克 苏丹 查德 马利 东加 狮子山 撒哈拉撒沙漠以南非洲 "
    "达尔文 凤凰城 开云 卡宴 自由市 自由城 圣约翰 圣路易 斯坦利 史坦利 史丹利 道森 林德曼 门多萨 鹅湾 图勒 杜里 "
    "奇瓦瓦 芝娃娃 奇华华 华雷斯 索菲亚 基洛夫 朱诺 瓦利斯 威克 塔林 楚克 查坦 诺姆 波夕 西班牙港".split()
)
# Time zones of no city (Antarctica's stations, Etc/UTC).
SKIP_AREAS = ("Antarctica", "Etc", "Arctic")


def t2s():
    table = {}
    with open(os.path.join(HERE, "..", "opencc", "TSCharacters.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                trad, simp = line.rstrip("\n").split("\t")
                simp = simp.split(" ")[0]
                if len(trad) == 1 and len(simp) == 1:
                    table.setdefault(trad, simp)
    return lambda s: "".join(table.get(c, c) for c in s)


def known_forms():
    known = set()
    for line in generate.divisions() + generate.lines_of("foreign.txt"):
        level, full, *shorts = line.split("|")
        known.add(full)
        known.update(full[: int(s)] if s.isdigit() else s for s in shorts)
    return known


def territories(root, locale):
    with open(os.path.join(root, "main", locale, "territories.json"), encoding="utf-8") as f:
        return json.load(f)["main"][locale]["localeDisplayNames"]["territories"]


def zones(root, locale):
    with open(os.path.join(root, "main", locale, "timeZoneNames.json"), encoding="utf-8") as f:
        tree = json.load(f)["main"][locale]["dates"]["timeZoneNames"]["zone"]
    out = {}

    def walk(node, path):
        for key, value in node.items():
            if isinstance(value, dict):
                if "exemplarCity" in value:
                    out["/".join(path + [key])] = value["exemplarCity"]
                else:
                    walk(value, path + [key])

    walk(tree, [])
    return out


def main_zones(path):
    """The zones zone.tab gives as a country's only one or as that of its most areas."""
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#")]
    count = {}
    for row in rows:
        count[row[0]] = count.get(row[0], 0) + 1
    return {
        row[2]
        for row in rows
        if row[0] not in SKIP_CODES and (count[row[0]] == 1 or (len(row) > 3 and "most" in row[3].lower()))
    }


def main():
    names_root, dates_root = sys.argv[1], sys.argv[2]
    principal = main_zones(sys.argv[3] if len(sys.argv) > 3 else "/usr/share/zoneinfo/zone.tab")
    simplified = t2s()
    known = known_forms()
    lines = []

    listed = {line.split("|")[1] for line in generate.lines_of("foreign.txt")}

    def add(level, forms):
        # 刚果（金）: a bracketed form is printed with ASCII brackets too.
        forms = [f.replace(" ", "") for f in forms]
        forms += [f.replace("（", "(").replace("）", ")") for f in forms if "（" in f]
        # A place foreign.txt lists keeps its line there (generate.py adds these forms to it).
        first = forms[0] if forms[0] in listed else None
        forms = [f for f in dict.fromkeys(forms) if f not in known and f not in SKIP_FORMS and "州" not in f[1:-1]]
        if forms:
            lines.append("|".join([level] + ([first] if first else []) + forms))
            known.update(forms)

    tables = [territories(names_root, loc) for loc in LOCALES]
    for code, name in tables[0].items():
        if "-alt-" in code or code in SKIP_CODES:
            continue
        forms = [name] + [simplified(t[k]) for t in tables for k in (code, code + "-alt-short", code + "-alt-variant") if k in t]
        add("p", forms)
    tables = [zones(dates_root, loc) for loc in LOCALES]
    for zone, name in tables[0].items():
        if zone.split("/")[0] in SKIP_AREAS or zone not in principal:
            continue
        add("c", [name] + [simplified(t[zone]) for t in tables[1:] if zone in t])
    head = (
        "# Generated by cldr.py from the Unicode CLDR 48 (cldr-localenames-full, cldr-dates-full 48.2.0; Unicode\n"
        "# License v3, LICENSE.cldr): countries, territories and regions, then the cities naming time zones, in\n"
        "# mainland, Taiwan and Hong Kong usage (simplified); forms foreign.txt or the divisions hold are left out.\n"
    )
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(head + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
