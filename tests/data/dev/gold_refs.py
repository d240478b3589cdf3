#!/usr/bin/env python3
"""Keeps the development corpus's page text out of our gold files.

The pages in ../shared/corpus/dev are other people's text: we may read them, never copy them. A gold
file must still name what the page prints (a headline, a long entity), so a gold string of
MIN_CHARS characters or more that the page prints verbatim is stored as a reference to it:

    "title": {"page": [120, 161], "opens": "382個"}

`page` is the half-open range of code points in the page file (UTF-8); `opens` its first OPENS
characters, there to read the gold by and to catch a page that changed. tests/score.rs resolves the
references when it loads a gold file. `notes` are our own words, but where one quotes MIN_CHARS or
more of the page, the quote is written ⟦page 120..161: 382個項目,總投資…⟧ (its first NOTE_OPENS
characters); `resolve` gives the quote back.

    python3 tests/data/dev/gold_refs.py refer   tests/data/dev ../shared/corpus/dev
        rewrites every NAME.gold.json in place, turning long printed strings into references
    python3 tests/data/dev/gold_refs.py resolve tests/data/dev ../shared/corpus/dev OUT
        writes the gold with every reference resolved into OUT (to read it, or for check_gold.py)

Standard library only.
"""

import json
import re
import sys
from pathlib import Path

MIN_CHARS = 20
OPENS = 4
NOTE_OPENS = 8
# A quote of the page inside a note: its range and its opening characters.
NOTE_QUOTE = re.compile(r"⟦page (\d+)\.\.(\d+): ([^⟧]*)…⟧")


def long_printed(value, page):
    """The strings of `value` (notes left out) of MIN_CHARS or more that `page` prints."""
    if isinstance(value, str):
        return [value] if len(value) >= MIN_CHARS and value in page else []
    if isinstance(value, list):
        return [s for v in value for s in long_printed(v, page)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "notes" for s in long_printed(v, page)]
    return []


def quotes_referred(note, page):
    """`note` with each run of MIN_CHARS or more characters that `page` prints written as a quote."""
    out, i = [], 0
    while i < len(note):
        end = i
        while end < len(note) and note[i : end + 1] in page:
            end += 1
        if end - i >= MIN_CHARS:
            at = page.find(note[i:end])
            out.append(f"⟦page {at}..{at + end - i}: {note[i : i + NOTE_OPENS]}…⟧")
            i = end
        else:
            out.append(note[i])
            i += 1
    return "".join(out)


def refer(text, page):
    """The gold file `text` with each long printed string written as a reference, layout kept."""
    gold = json.loads(text)
    for s in set(long_printed(gold, page)):
        at = page.find(s)
        reference = json.dumps({"page": [at, at + len(s)], "opens": s[:OPENS]}, ensure_ascii=False)
        text = text.replace(json.dumps(s, ensure_ascii=False), reference)
    for note in gold.get("notes", []):
        text = text.replace(json.dumps(note, ensure_ascii=False), json.dumps(quotes_referred(note, page), ensure_ascii=False))
    return text


def resolve(value, page, where="gold"):
    """`value` with every reference, and every quote in a note, replaced by the page text it names."""
    if isinstance(value, str):
        def quote(m):
            text = page[int(m[1]) : int(m[2])]
            if not text.startswith(m[3]):
                raise SystemExit(f"{where}: the page no longer prints {m[3]}… at {m[1]}")
            return text
        return NOTE_QUOTE.sub(quote, value)
    if isinstance(value, dict) and set(value) == {"page", "opens"}:
        start, end = value["page"]
        text = page[start:end]
        if not text.startswith(value["opens"]):
            raise SystemExit(f"{where}: the page no longer prints {value['opens']}… at {start}")
        return text
    if isinstance(value, list):
        return [resolve(v, page, where) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, page, where) for k, v in value.items()}
    return value


def main(argv):
    if len(argv) < 3 or argv[0] not in ("refer", "resolve") or (argv[0] == "resolve") != (len(argv) == 4):
        raise SystemExit(__doc__)
    gold_dir, pages = Path(argv[1]), Path(argv[2])
    if argv[0] == "resolve":
        out = Path(argv[3])
        out.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        page = (pages / f"{name}.txt").read_text(encoding="utf-8")
        text = gold_path.read_text(encoding="utf-8")
        if argv[0] == "refer":
            referred = refer(text, page)
            if resolve(json.loads(referred), page, gold_path.name) != resolve(json.loads(text), page):
                raise SystemExit(f"{gold_path.name}: a reference would not give back the string it replaced")
            gold_path.write_text(referred, encoding="utf-8")
        else:
            gold = resolve(json.loads(text), page, gold_path.name)
            (out / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main(sys.argv[1:])
