#!/usr/bin/env python3
"""Generates data/text/jieba/dict.txt and dict-codes.txt, the segmentation dictionary wenxi embeds, from jieba-rs's full
dictionary (src/data/dict.txt of the jieba-rs crate named in Cargo.lock, 349k words, 5 MB).

The rule keeps what matters for news text and drops the long tail that costs start-up time and
download size (see BENCHMARKS.md for the measurements behind the thresholds):
  - every word with frequency >= MIN_FREQ;
  - proper nouns (tags ns place, nr person, nt organisation, nz other) with frequency >= MIN_PROPER;
  - frequencies written as their natural log in halves (see `coded`).
Lines are copied (word code tag), sorted by word (so that the words starting with one character
are one run of lines: src/text/segment.rs loads the dictionary a character at a time), and
front-coded: each starts with a digit, how many leading characters its word shares with the word
before (at most 9; 0 opens a run), followed by the rest of the line (一一 74 m after 一 → 1一 74 m),
which makes the embedded file 12% smaller gzipped. The sum of
the kept frequencies (as read back) goes to data/text/jieba/total.txt: every word's score is its frequency over that total,
which the segmenter needs before it has read the lines.

dict.txt holds the front-coded words alone; their codes and tags go to dict-codes.txt, a character
per word in the words' order (see `split`): gzip codes each stream of like symbols on its own
statistics, and the page downloads 51 KB less than for the lines with their numbers and tags
(357 → 307 KB gzipped, stop 43).

Usage: python3 data/text/jieba/gen_dict.py          # rewrite dict.txt, dict-codes.txt and total.txt
       python3 data/text/jieba/gen_dict.py --check  # exit 1 when the checked-in files are not current
"""
import glob
import math
import os
import re
import sys

MIN_FREQ = 50
# A frequency is written as round(ln(freq) * LOG_SCALE) and read back as round(exp(code / LOG_SCALE)).
LOG_SCALE = 2
MIN_PROPER = 5
PROPER = {"ns", "nr", "nt", "nz"}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "data"))
from generated import write_or_check  # noqa: E402  (data/generated.py)
OUT = os.path.join(HERE, "dict.txt")
CODES = os.path.join(HERE, "dict-codes.txt")
TOTAL = os.path.join(HERE, "total.txt")


def source_path():
    lock = open(os.path.join(ROOT, "Cargo.lock"), encoding="utf-8").read()
    m = re.search(r'name = "jieba-rs"\nversion = "([^"]+)"', lock)
    if not m:
        sys.exit("jieba-rs is not in Cargo.lock")
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    pattern = os.path.join(home, "registry", "src", "*", f"jieba-rs-{m.group(1)}", "src", "data", "dict.txt")
    found = sorted(glob.glob(pattern))
    if not found:
        sys.exit(f"jieba-rs {m.group(1)} source not found ({pattern}): run `cargo fetch` first")
    return found[0]


def trimmed(lines):
    for line in lines:
        parts = line.split()
        if len(parts) < 2:
            continue
        freq = int(parts[1])
        tag = parts[2] if len(parts) > 2 else ""
        if freq >= MIN_FREQ or (tag in PROPER and freq >= MIN_PROPER):
            yield " ".join([parts[0], str(coded(freq))] + parts[2:]) + "\n"


def coded(freq):
    """`freq` as its natural log in 1/LOG_SCALE steps (34567 → 21): the segmenter compares sums of
    the log frequencies of the words of each cut, which the code moves by at most 0.25 a word, and
    the digits it drops are most of what the dictionary's numbers cost gzipped. Measured on the 459
    texts of the seeds, the corpus and the excerpt sets (stop 41): tenths (stop 31) → halves changed
    3 analyses and no score, for 43 KB less gzipped; whole units (e^1 steps) would save 21 KB more but
    changed 35 analyses, the segmentation behind keywords among them (及大马 for 大马)."""
    return round(math.log(freq) * LOG_SCALE)


def decoded(code):
    """The frequency a code stands for, as src/text/segment.rs reads it back."""
    return round(math.exp(code / LOG_SCALE))


def front_coded(lines):
    """Each line with its word (the text before its first space, or the whole line) written as how many
    characters the word shares with the word before (at most 9) and the rest (台积电 after 台积 → 2电);
    src/text/words.rs reads it back (`front_decoded`). data/entities/listed/generate.py codes its names
    with it too."""
    previous = ""
    for line in lines:
        word, space, rest = line.partition(" ")
        shared = 0
        while shared < min(len(word), len(previous), 9) and word[shared] == previous[shared]:
            shared += 1
        yield f"{shared}{word[shared:]}{space}{rest}"
        previous = word


def split(lines):
    """The words' lines alone, and the text of dict-codes.txt: three lines, the tags (most used first,
    separated by spaces), then a character per word for its frequency's code (chr(48 + code): `?` for
    15), then one per word for its tag (chr(48 + the tag's index): `0` for the first). Every line has
    a code and a tag; src/text/segment.rs reads the word of line k with the k-th characters."""
    fields = [line.split() for line in lines]
    uses = {}
    for f in fields:
        uses[f[2]] = uses.get(f[2], 0) + 1
    tags = sorted(uses, key=lambda t: (-uses[t], t))
    index = {t: i for i, t in enumerate(tags)}
    assert all(len(f) == 3 for f in fields) and 48 + max(int(f[1]) for f in fields) < 127 and len(tags) < 79
    words = [f[0] + "\n" for f in fields]
    codes = "".join(chr(48 + int(f[1])) for f in fields)
    tag_of = "".join(chr(48 + index[f[2]]) for f in fields)
    return words, f"{' '.join(tags)}\n{codes}\n{tag_of}\n"


def main():
    with open(source_path(), encoding="utf-8") as f:
        lines = sorted(trimmed(f), key=lambda line: line.split()[0])
    words, codes = split(lines)
    text = "".join(front_coded(words))
    total = f"{sum(decoded(int(line.split()[1])) for line in lines)}\n"
    write_or_check({OUT: text, CODES: codes, TOTAL: total}, "python3 data/text/jieba/gen_dict.py")
    if "--check" not in sys.argv:
        print(f"wrote {OUT}: {len(lines)} words, {len(text.encode())} bytes; {TOTAL}: {total.strip()}")


if __name__ == "__main__":
    main()
