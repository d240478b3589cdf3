"""Analyses an archive of news articles on Apache Spark with the wenxi Python package.

    spark-submit examples/spark/wenxi_spark.py INPUT OUT [--text-column text] [--id-column id]
                 [--reference-date YYYY-MM-DD] [--glob '*.{txt,html}'] [--master local[2]]

INPUT is a folder of text/HTML files (read recursively; `id` is the path below the folder, as the
CLI's `file`), a Parquet table or a JSON Lines file with a text column (`--text-column`, and an id
column when there is one), or WARC files (`.warc`, `.warc.gz`, as Common Crawl publishes them: each
HTML response record is an article, its `id` the record's WARC-Target-URI). OUT gets five Parquet
tables, one row per item with the article's id: articles (meta, counts, warnings, error), figures,
dates, entities and partners. The analysis runs inside `mapInPandas`, `wenxi.analyse_many` on each
batch of a partition, the GIL released.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession, functions as F, types as T

#: The analysis of each article as the contract's JSON (or its refusal): the step every table reads.
ANALYSED = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("analysis", T.StringType()),
    T.StructField("error_code", T.StringType()),
    T.StructField("error", T.StringType()),
])

S, L, D, B = T.StringType(), T.LongType(), T.DoubleType(), T.BooleanType()


def schema(*fields):
    return T.StructType([T.StructField(name, kind) for name, kind in fields])


#: The tables: their columns, and the rows of one analysis (a dict of the contract) for each.
TABLES = {
    "articles": schema(("id", S), ("file", S), ("title", S), ("source", S), ("published", S),
                       ("encoding", S), ("format", S), ("script", S), ("chars", L), ("figures", L),
                       ("dates", L), ("entities", L), ("removed", L), ("warnings", T.ArrayType(S)),
                       ("partners", T.ArrayType(S)), ("parks", T.ArrayType(S)), ("keywords", T.ArrayType(S)),
                       ("error_code", S), ("error", S)),
    "figures": schema(("id", S), ("n", L), ("text", S), ("start", L), ("end", L), ("kind", S), ("value", D),
                      ("unit", S), ("approx", S), ("metric", S), ("period", S), ("modality", S)),
    "dates": schema(("id", S), ("n", L), ("text", S), ("start", L), ("end", L), ("value", S), ("relative", B)),
    "entities": schema(("id", S), ("n", L), ("text", S), ("start", L), ("end", L), ("type", S),
                       ("canonical", S), ("role", S)),
    "partners": schema(("id", S), ("n", L), ("partner", S)),
}


def rows(table: str, id: str, a: dict | None, error_code: str | None = None, error: str | None = None) -> list:
    """The rows of `table` for the analysis `a` of article `id` (None: refused, with the reason)."""
    if table == "articles":
        if a is None:
            return [dict(id=id, error_code=error_code, error=error)]
        meta, input, summary = a["meta"], a["input"], a["summary"]
        return [dict(id=id, file=a.get("file"), title=meta["title"], source=meta["source"],
                     published=meta["published"], encoding=input["encoding"], format=input["format"],
                     script=input["script"], chars=input["chars"], figures=len(a["figures"]),
                     dates=len(a["dates"]), entities=len(a["entities"]), removed=len(a["removed"]),
                     warnings=a["warnings"], partners=summary["partners"], parks=summary["parks"],
                     keywords=summary["keywords"], error_code=None, error=None)]
    if a is None:
        return []
    if table == "partners":
        return [dict(id=id, n=n, partner=p) for n, p in enumerate(a["summary"]["partners"])]
    columns = [f.name for f in TABLES[table].fields if f.name not in ("id", "n")]
    return [dict(id=id, n=n, **{c: item.get(c) for c in columns}) for n, item in enumerate(a[table])]


def frame(table: str, records: list) -> pd.DataFrame:
    columns = [f.name for f in TABLES[table].fields]
    out = pd.DataFrame.from_records(records, columns=columns)
    if table == "figures":
        out["value"] = out["value"].astype("float64")
    return out


def analyse_partitions(reference_date: str | None):
    """The mapInPandas function: (id, content) batches → ANALYSED batches."""
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import wenxi  # on the executor

        for batch in batches:
            items = list(zip(batch["id"], batch["content"]))
            out = []
            # One thread per task: Spark runs one task per core already.
            for (id, _), result in zip(items, wenxi.analyse_many(items, jobs=1, reference_date=reference_date)):
                if isinstance(result, wenxi.Refusal):
                    out.append((id, None, result.code, str(result)))
                else:
                    out.append((id, json.dumps(result, ensure_ascii=False), None, None))
            yield pd.DataFrame(out, columns=["id", "analysis", "error_code", "error"])
    return run


def table_partitions(table: str):
    """The mapInPandas function: ANALYSED batches → the rows of `table`."""
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            records = []
            for id, analysis, code, error in batch.itertuples(index=False):
                a = json.loads(analysis) if analysis is not None else None
                records.extend(rows(table, id, a, code, error))
            yield frame(table, records)
    return run


def warc_records(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """WARC files (path, content) → their HTML responses (id: the target URI, content: the body)."""
    import io

    from warcio.archiveiterator import ArchiveIterator

    for batch in batches:
        out = []
        for content in batch["content"]:
            for record in ArchiveIterator(io.BytesIO(content)):
                if record.rec_type != "response":
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in kind.lower() and "text" not in kind.lower():
                    continue
                out.append((record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read()))
        yield pd.DataFrame(out, columns=["id", "content"])


def read_articles(spark: SparkSession, path: str, args) -> DataFrame:
    """(id, content) rows of the input: content is bytes (files, WARC) or a string (tables)."""
    lower = path.lower().rstrip("/")
    if lower.endswith((".warc", ".warc.gz")) or (os.path.isdir(path) and args.warc):
        files = spark.read.format("binaryFile").option("pathGlobFilter", "*.warc*").load(path) \
            if os.path.isdir(path) else spark.read.format("binaryFile").load(path)
        pairs = T.StructType([T.StructField("id", S), T.StructField("content", T.BinaryType())])
        return files.select("content").mapInPandas(warc_records, pairs)
    if lower.endswith(".parquet") or lower.endswith((".jsonl", ".json")):
        table = spark.read.parquet(path) if lower.endswith(".parquet") else spark.read.json(path)
        id = F.col(args.id_column).cast("string") if args.id_column in table.columns \
            else F.monotonically_increasing_id().cast("string")
        return table.select(id.alias("id"), F.col(args.text_column).alias("content"))
    root = os.path.abspath(path)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .option("pathGlobFilter", args.glob).load(root))
    # The id is the path below the folder, as the CLI's `file` for a folder's articles.
    relative = F.expr("substring(path, instr(path, '" + root + "/') + " + str(len(root) + 1) + ")")
    return files.select(relative.alias("id"), F.col("content"))


def run(spark: SparkSession, args) -> dict:
    """Reads, analyses and writes the five tables; returns their row counts."""
    articles = read_articles(spark, args.input, args)
    if args.partitions:
        articles = articles.repartition(args.partitions)
    analysed = articles.mapInPandas(analyse_partitions(args.reference_date), ANALYSED).cache()
    counts = {}
    for table, columns in TABLES.items():
        out = analysed.mapInPandas(table_partitions(table), columns)
        out.write.mode("overwrite").parquet(os.path.join(args.out, table))
        counts[table] = spark.read.parquet(os.path.join(args.out, table)).count()
    analysed.unpersist()
    return counts


def parse(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input")
    p.add_argument("out")
    p.add_argument("--text-column", default="text")
    p.add_argument("--id-column", default="id")
    p.add_argument("--reference-date")
    p.add_argument("--glob", default="*.{txt,text,html,htm,xhtml,shtml,TXT,HTML,HTM}")
    p.add_argument("--warc", action="store_true", help="INPUT is a folder of WARC files")
    p.add_argument("--partitions", type=int, default=0, help="repartition the articles (0: as read)")
    p.add_argument("--master", help="e.g. local[2]; spark-submit sets it otherwise")
    return p.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    # Local runs: the workers use this interpreter (its wenxi, pandas and pyarrow).
    if args.master and args.master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("wenxi")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    counts = run(spark, args)
    print(json.dumps(counts))
    spark.stop()


if __name__ == "__main__":
    main()
