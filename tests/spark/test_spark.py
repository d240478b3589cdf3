"""The Spark example (examples/spark/wenxi_spark.py) with local[2]: its five tables for a folder of
the seeds and 2,000 generated articles equal the CLI's JSON Lines for the same folder, flattened the
same way; a JSON Lines table and a WARC file are read as articles too."""

import gzip
import io
import json
import math
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples" / "spark"))

import generate  # noqa: E402
import wenxi_spark  # noqa: E402

pyspark = pytest.importorskip("pyspark")
SEEDS = ROOT / "tests" / "data" / "seeds"


def cli() -> str:
    binary = os.environ.get("WENXI_BIN") or str(ROOT / "target" / "debug" / "wenxi")
    if not os.environ.get("WENXI_BIN"):
        subprocess.run(["cargo", "build", "-q", "--bin", "wenxi"], cwd=ROOT, check=True)
    return binary


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("wenxi-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    # The workers import the job's module to run its functions.
    session.sparkContext.addPyFile(wenxi_spark.__file__)
    yield session
    session.stop()


def expected(lines, table):
    records = []
    for line in lines:
        a = json.loads(line)
        records.extend(wenxi_spark.rows(table, a["file"], a))
    return normalised(records, table)


def normalised(records, table):
    """Rows as sorted tuples of plain values (NaN and None alike, arrays as tuples)."""
    columns = [f.name for f in wenxi_spark.TABLES[table].fields]

    def plain(v):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        if hasattr(v, "tolist"):
            v = v.tolist()
        if isinstance(v, (list, tuple)):
            return tuple(v)
        if isinstance(v, bool):
            return v
        if isinstance(v, (int, float)):
            return float(v)
        return v

    return sorted((tuple(plain(r.get(c)) for c in columns) for r in records), key=repr)


def written(out, table):
    import pyarrow.parquet as pq

    return normalised(pq.read_table(out / table).to_pylist(), table)


def job(spark, input, out, *extra):
    return wenxi_spark.run(spark, wenxi_spark.parse([str(input), str(out), *extra]))


def test_the_tables_equal_the_cli_json_lines(spark, tmp_path):
    folder = tmp_path / "archive"
    generate.generate(folder, 2000)
    shutil.copytree(SEEDS, folder / "seeds", ignore=shutil.ignore_patterns("*.json", "*.md"))
    lines = subprocess.run([cli(), "analyse", str(folder), "--format", "jsonl", "--quiet", "--reference-date",
                            "2023-06-01"], check=True, capture_output=True, text=True).stdout.splitlines()
    assert len(lines) == 2005
    counts = job(spark, folder, tmp_path / "out", "--reference-date", "2023-06-01", "--partitions", "4")
    assert counts["articles"] == 2005
    for table in wenxi_spark.TABLES:
        got, want = written(tmp_path / "out", table), expected(lines, table)
        assert len(got) == len(want) and got == want, table
    assert counts["figures"] > 10000


def test_a_json_lines_table_and_a_warc_file_are_read_as_articles(spark, tmp_path):
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    table = tmp_path / "seeds.jsonl"
    table.write_text("".join(json.dumps({"id": n, "text": (SEEDS / n).read_text("utf-8")}, ensure_ascii=False) + "\n"
                             for n in names), "utf-8")
    lines = subprocess.run([cli(), "analyse", *[str(SEEDS / n) for n in names], "--format", "jsonl", "-q"],
                           check=True, capture_output=True, text=True).stdout.splitlines()
    job(spark, table, tmp_path / "from-table")
    for name in wenxi_spark.TABLES:
        assert written(tmp_path / "from-table", name) == expected(lines, name), name

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in names[:2]:
        page = f"<html><body><p>{(SEEDS / n).read_text('utf-8')}</p></body></html>".encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/x.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG"), http_headers=image))
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(buffer.getvalue())
    assert gzip.decompress(warc.read_bytes())
    counts = job(spark, warc, tmp_path / "from-warc")
    assert counts["articles"] == 2
    import pyarrow.parquet as pq

    articles = pq.read_table(tmp_path / "from-warc" / "articles").to_pylist()
    assert sorted(a["id"] for a in articles) == [f"https://example.org/{n}" for n in names[:2]]
    assert all(a["format"] == "html" and a["figures"] > 0 and a["error"] is None for a in articles)
