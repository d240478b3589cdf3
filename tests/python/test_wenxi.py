"""The Python package (pyproject.toml, bindings/python): installed with pip, it gives the contract's
dicts, the same as the command line's JSON, for text and bytes; analyse_many keeps the input order
and yields refusals in place; the GIL is released while the core runs."""

import pathlib
import threading
import time

import pytest

import wenxi

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "data" / "seeds"
SEED = "002-kunming-mohan.txt"


def seed_bytes(name=SEED):
    return (SEEDS / name).read_bytes()


def test_a_seed_has_its_figures():
    a = wenxi.analyse(seed_bytes(), file=SEED)
    assert a["version"] == 1
    assert a["file"] == SEED
    assert a["meta"]["published"] == "2025-05-08T08:40"
    figure = next(f for f in a["figures"] if f["text"] == "12.92亿元")
    assert figure["value"] == 1292000000
    assert figure["unit"] == "CNY"
    assert figure["metric"] == "计划总投资"
    assert figure["modality"] == "plan"
    # Offsets are UTF-16 code units, as in the contract; this body has no character beyond the BMP.
    assert a["body"][figure["start"]:figure["end"]] == figure["text"]


def test_text_and_bytes_give_the_same_analysis():
    from_bytes = wenxi.analyse(seed_bytes())
    from_text = wenxi.analyse(seed_bytes().decode("utf-8"))
    assert from_bytes == from_text
    assert wenxi.analyse("园区实现工业总产值67亿元。")["figures"][0]["value"] == 6700000000


def test_the_reference_date_resolves_relative_dates():
    a = wenxi.analyse("今年1—4月，实现产值138亿元。", reference_date="2023-06-01")
    assert a["dates"][0]["value"] == "2023-01/2023-04"
    with pytest.raises(wenxi.Refusal) as bad:
        wenxi.analyse("一", reference_date="2023-6-1")
    assert bad.value.code == "bad-option" and "YYYY-MM-DD" in str(bad.value)


def test_a_refused_input_raises_with_its_code():
    with pytest.raises(wenxi.Refusal) as refused:
        wenxi.analyse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", file="x.png")
    assert refused.value.code == "not-text"
    assert str(refused.value).startswith("x.png: not a text file")
    with pytest.raises(TypeError):
        wenxi.analyse(42)


def test_analyse_many_keeps_the_order_and_yields_refusals_in_place():
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    items = [(n, (SEEDS / n).read_bytes()) for n in names] * 3
    items.insert(4, ("x.bin", b"\x7fELF\x02\x01\x01" + b"\x00" * 40))
    results = list(wenxi.analyse_many(iter(items), jobs=2, reference_date="2023-06-01", batch=5))
    assert len(results) == len(items)
    refused = results.pop(4)
    assert isinstance(refused, wenxi.Refusal) and refused.file == "x.bin"
    items.pop(4)
    assert [r["file"] for r in results] == [n for n, _ in items]
    one = [wenxi.analyse(b, reference_date="2023-06-01", file=n) for n, b in items[: len(names)]]
    assert results[: len(names)] == one
    assert list(wenxi.analyse_many([])) == []


def test_the_gil_is_released_during_analysis():
    # While a thread analyses a long text (1.2 MB of distinct lines), another Python thread keeps running.
    lines = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text("utf-8").splitlines() if line.strip()]
    text = "\n".join(f"{line}（{i}）" for i in range(80) for line in lines)
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    started = time.perf_counter()
    wenxi.analyse(text)
    finished = time.perf_counter()
    done.set()
    ticker.join()
    during = [t for t in ticks if started < t < finished]
    assert finished - started > 0.05, "the analysis is long enough to see the ticks"
    assert len(during) >= 5, f"{len(during)} ticks in {finished - started:.3f} s"
