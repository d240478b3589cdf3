"""Writes a set of generated articles for tests and throughput: the seeds' paragraphs recombined, the
figures in them changed, each article a file of its own (some as HTML pages, some in GBK).

    python examples/spark/generate.py OUT_FOLDER [COUNT] [SEED]
"""

import pathlib
import random
import re
import sys

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "seeds"


def generate(out: pathlib.Path, count: int = 2000, seed: int = 21) -> list:
    rng = random.Random(seed)
    paragraphs = [p.strip() for s in sorted(SEEDS.glob("*.txt")) for p in s.read_text("utf-8").split("\n")
                  if len(p.strip()) > 40]
    written = []
    for i in range(count):
        body = [re.sub(r"\d+(\.\d+)?", lambda m: str(round(float(m.group()) * rng.uniform(0.5, 2), 1)), p)
                for p in rng.sample(paragraphs, 3)]
        title = f"第{i}号 园区协作动态"
        date = f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        folder = out / f"{i // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % 5 == 4:
            name = folder / f"a{i:05d}.html"
            html = "".join(f"<p>{p}</p>" for p in body)
            name.write_text(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                            f"<p>{date} 来源：园区日报</p>{html}</body></html>", "utf-8")
        else:
            name = folder / f"a{i:05d}.txt"
            text = "\n".join([title, f"{date} 来源：园区日报", *body])
            name.write_bytes(text.encode("gbk", "replace") if i % 7 == 3 else text.encode("utf-8"))
        written.append(name)
    return written


if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    files = generate(out, count, int(sys.argv[3]) if len(sys.argv) > 3 else 21)
    print(f"{len(files)} articles, {sum(f.stat().st_size for f in files)} bytes in {out}")
