"""文析 wenxi: analyse Chinese news articles (figures, dates, entities, summary).

>>> import wenxi
>>> a = wenxi.analyse("园区实现工业总产值67亿元。")
>>> a["figures"][0]["text"], a["figures"][0]["value"]
('67亿元', 6700000000)

Each analysis is a dict shaped as the contract (docs/CONTRACT.md): the JSON the command line prints,
parsed. The analysis runs in Rust with the GIL released, so threads analyse in parallel;
``analyse_many`` does that for you.
"""

from __future__ import annotations

import itertools
import json
import os
from typing import Any, Iterable, Iterator, Optional, Tuple, Union

from . import _wenxi

__all__ = ["analyse", "analyse_many", "Refusal", "MAX_BYTES", "__version__"]

__version__: str = _wenxi.__version__
#: The largest input analysed, in bytes (a larger one is refused with code ``too-large``).
MAX_BYTES: int = _wenxi.MAX_BYTES

Article = Union[str, bytes, bytearray, memoryview]


class Refusal(ValueError):
    """An input the core refuses: ``code`` is ``not-text``, ``too-large`` or ``bad-option``."""

    def __init__(self, code: str, message: str, file: Optional[str] = None):
        super().__init__(f"{file}: {message}" if file else message)
        self.code = code
        self.file = file


def _checked(function, *args):
    """Calls the extension; its ValueError (a bad option, found before any analysis) is a Refusal."""
    try:
        return function(*args)
    except ValueError as error:
        raise Refusal("bad-option", str(error)) from None


def _result(answer: Any, file: Optional[str]) -> Union[dict, Refusal]:
    if isinstance(answer, str):
        return json.loads(answer)
    code, message = answer
    return Refusal(code, message, file)


def analyse(
    text_or_bytes: Article, reference_date: Optional[str] = None, file: Optional[str] = None
) -> dict:
    """The analysis of one article: a ``str``, or ``bytes`` in any common encoding (UTF-8, GBK, Big5,
    UTF-16 with BOM) of a text or HTML page. ``reference_date`` (``YYYY-MM-DD``) resolves relative
    dates when the page prints none; ``file`` is copied into the result (an ``.html`` name hints at
    HTML). Raises ``Refusal`` for an input that is not text or is too large, and for a bad option."""
    result = _result(_checked(_wenxi.analyse_json, text_or_bytes, reference_date, file), file)
    if isinstance(result, Refusal):
        raise result
    return result


def analyse_many(
    iterable: Iterable[Union[Article, Tuple[Optional[str], Article]]],
    jobs: Optional[int] = None,
    reference_date: Optional[str] = None,
    batch: Optional[int] = None,
) -> Iterator[Union[dict, Refusal]]:
    """Analyses every article of ``iterable`` (``str``, ``bytes``, or ``(file, str_or_bytes)``
    tuples) on ``jobs`` threads (default: one per core) and yields the analyses in input order, as
    soon as each batch is done. An input the core refuses yields its ``Refusal`` (not raised: the
    others go on; a bad ``reference_date`` raises it). The iterable is read ``batch`` articles at a time (default: 16 per job), so an
    endless stream works."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    batch = max(1, batch or 16 * jobs)
    items = iter(iterable)
    while True:
        chunk = [item if isinstance(item, tuple) else (None, item) for item in itertools.islice(items, batch)]
        if not chunk:
            return
        answers = _checked(_wenxi.analyse_json_many, chunk, jobs, reference_date)
        for (file, _), answer in zip(chunk, answers):
            yield _result(answer, file)
