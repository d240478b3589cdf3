#!/usr/bin/env python3
"""Makes the encoded and HTML copies of seed pages that tests/intake.rs compares with the UTF-8 seeds.

Run from the repository root: python3 tests/data/encodings/make.py

- 002-kunming-mohan.gbk.txt: 002 in GB18030, the superset of GBK that encoding_rs decodes for the
  label GBK (no seed is GBK-lossless: the pages print U+00A0 and ©, which only GB18030's four-byte
  forms carry);
- 001-ganmei.big5.txt: 001 in Big5 with its pinyin annotations removed first (their tone letters are
  not in Big5; the damaged annotation `?qǐng)?bào)` goes too, leaving `甘孜日` in the meta line) and
  its U+00A0 spaces made ASCII spaces (Big5 has no NBSP; normalisation tidies both the same way);
- 003-mianyang.utf16le.txt: 003 in UTF-16LE with a byte-order mark;
- 000-chengdu-liangshan.utf16be.txt: 000 in UTF-16BE without a byte-order mark;
- 002-kunming-mohan.html: 002 laid out as a web page (navigation, article, related aside, footer,
  scripts and styles, metadata in <meta>), the text HTML-escaped.
"""
import html
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
SYLLABLE = f"[a-z{TONES}ü]*[{TONES}][a-z{TONES}ü]*"


def seed(name):
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def write(name, data, check_codec):
    (HERE / name).write_bytes(data)
    assert data.decode(check_codec), name


def without_pinyin(text):
    text = re.sub(rf"(\w)[(（]{SYLLABLE}[)）]", r"\1", text)
    return re.sub(rf"(?:[?？]{SYLLABLE}[)）])+", "", text)


def html_page(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    nav, title, info = lines[0], lines[1], lines[2]
    related_at = lines.index("相关文章")
    footer_at = next(i for i, l in enumerate(lines) if "如有侵权" in l)
    e = html.escape
    article = "\n".join(f"<p>{e(l)}</p>" for l in lines[3:related_at])
    related = "\n".join(f"<li><a href=\"#\">{e(l)}</a></li>" for l in lines[related_at + 1 : footer_at])
    footer = "<br>".join(e(l) for l in lines[footer_at:])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{e(title)}_实时讯息_99便民</title>
<meta name="publishdate" content="2025-05-08 08:40:00">
<style>p {{ text-indent: 2em; }} .nav > a {{ color: #333; }}</style>
<script>document.write("<p>不是正文 1000亿元</p>"); var n = 1 < 2 && 3 > 2;</script>
</head><body>
<nav class="nav">{e(nav)}</nav>
<form><input name="q" placeholder="搜索"><button>搜索</button></form>
<article><h1>{e(title)}</h1>
<div class="info">{e(info)}</div>
{article}
</article>
<aside><h3>相关文章</h3><ul>
{related}
</ul></aside>
<footer>{footer}</footer>
<noscript>请开启JavaScript 200万元</noscript>
</body></html>
"""


def main():
    write("002-kunming-mohan.gbk.txt", seed("002-kunming-mohan").encode("gb18030"), "gb18030")
    big5 = without_pinyin(seed("001-ganmei")).replace("\u00a0", " ")
    write("001-ganmei.big5.txt", big5.encode("big5"), "big5")
    write("003-mianyang.utf16le.txt", b"\xff\xfe" + seed("003-mianyang").encode("utf-16-le"), "utf-16")
    write("000-chengdu-liangshan.utf16be.txt", seed("000-chengdu-liangshan").encode("utf-16-be"), "utf-16-be")
    write("002-kunming-mohan.html", html_page(seed("002-kunming-mohan")).encode("utf-8"), "utf-8")


if __name__ == "__main__":
    main()
