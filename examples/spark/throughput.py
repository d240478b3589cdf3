"""Throughput on one folder of articles: the CLI with --jobs 1 and 2, the Python package's
analyse_many with jobs=2, and the Spark job with local[2] (its five tables written; the session's
start-up left out). Prints a Markdown table.

    python examples/spark/throughput.py FOLDER [WENXI_BINARY]
"""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

import wenxi

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wenxi_spark  # noqa: E402


def main():
    folder = pathlib.Path(sys.argv[1])
    binary = sys.argv[2] if len(sys.argv) > 2 else str(HERE.parents[1] / "target" / "release" / "wenxi")
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".html"))
    size = sum(p.stat().st_size for p in files)
    results = []

    def timed(name, run):
        started = time.perf_counter()
        run()
        seconds = time.perf_counter() - started
        results.append((name, seconds))

    for jobs in (1, 2):
        timed(f"CLI `--jobs {jobs}`", lambda: subprocess.run(
            [binary, "analyse", *map(str, files), "--format", "jsonl", "--jobs", str(jobs)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    timed("Python `analyse_many(jobs=2)`", lambda: sum(
        1 for _ in wenxi.analyse_many(((p.name, p.read_bytes()) for p in files), jobs=2)))

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.addPyFile(wenxi_spark.__file__)
    spark.sparkContext.setLogLevel("ERROR")
    out = pathlib.Path(tempfile.mkdtemp())
    try:
        args = wenxi_spark.parse([str(folder), str(out), "--partitions", "4"])
        timed("Spark `local[2]` (5 Parquet tables)", lambda: wenxi_spark.run(spark, args))
    finally:
        spark.stop()
        shutil.rmtree(out)

    print(f"{len(files)} articles, {size / 1e6:.2f} MB\n")
    print("| run | seconds | articles/s | MB/s |\n| --- | ---: | ---: | ---: |")
    for name, seconds in results:
        print(f"| {name} | {seconds:.1f} | {len(files) / seconds:.0f} | {size / 1e6 / seconds:.2f} |")


if __name__ == "__main__":
    main()
