#!/usr/bin/env python3
"""Generates data/jieba/dict.txt, the segmentation dictionary wenxi embeds, from jieba-rs's full
dictionary (src/data/dict.txt of the jieba-rs crate named in Cargo.lock, 349k words, 5 MB).

The rule keeps what matters for news text and drops the long tail that costs start-up time and
download size (see BENCHMARKS.md for the measurements behind the thresholds):
  - every word with frequency >= MIN_FREQ;
  - proper nouns (tags ns place, nr person, nt organisation, nz other) with frequency >= MIN_PROPER.
Lines are copied verbatim (word freq tag), in the source order.

Usage: python3 data/jieba/gen_dict.py          # rewrite data/jieba/dict.txt
       python3 data/jieba/gen_dict.py --check  # exit 1 when the checked-in file is not current
"""
import glob
import os
import re
import sys

MIN_FREQ = 50
MIN_PROPER = 5
PROPER = {"ns", "nr", "nt", "nz"}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "dict.txt")


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
            yield line if line.endswith("\n") else line + "\n"


def main():
    with open(source_path(), encoding="utf-8") as f:
        text = "".join(trimmed(f))
    if "--check" in sys.argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if current != text:
            sys.exit("data/jieba/dict.txt is not current: run python3 data/jieba/gen_dict.py")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {text.count(chr(10))} words, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
