"""What every generator of a checked-in file does last: write the files, or with --check say which is stale.

    from generated import write_or_check        # the generators put data/ on sys.path
    write_or_check({path: text, ...}, "python3 data/x/generate.py")

With `--check` on the command line nothing is written: the first file whose text differs from what the
generator renders is named on stderr with the command that rewrites it, and the process exits 1 (the
Rust tests named `*_is_current` run every generator so).
"""

import os
import sys


def write_or_check(files, command):
    """Writes each path's text, or under --check exits 1 when a checked-in file is not current."""
    check = "--check" in sys.argv
    for path, text in files.items():
        if check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if current != text:
                sys.exit(f"{os.path.relpath(path)} is stale: run {command}")
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
