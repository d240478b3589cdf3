#!/usr/bin/env python3
"""Score wenxi on a folder of hand-annotated excerpts: text nobody tuned on.

The corpus test part (tests/score.rs) is eleven pages; excerpt sets are the larger held-out measure.
An excerpt set is a folder of `NN.txt` (an excerpt of a public page, exactly as printed) and
`NN.gold.json`, written by hand before wenxi was run on it. The text is other people's: sets live
outside the repository and only this scorer is ours. A gold file holds any of
  "entities":  [{"text", "type", "role"?}]   every entity, distinct (text, type) once
  "optional":  [{"text", "type"}]            where the conventions leave the choice open: a prediction
                                             matching one is neither rewarded nor penalised
  "figures":   [{"text", "kind", "value", "unit"?, "approx"?, "range"?}]   every occurrence
  "dates":     [{"text", "value"}]           every occurrence
  "reference_date": "YYYY-MM-DD"             passed to wenxi as --reference-date
and only the categories a gold file holds are scored for it. Matching follows tests/score.rs:
figures by text, kind, value (relative 1e-6), unit when the gold has one, approx and range; dates by
text and value; entities as distinct (text, type), an event also matching when one text contains the
other; "entities.untyped" the same whatever the type; roles as a person's (text, role). Greedy
multiset matching in gold order. Texts and roles are compared after NFKC (the shared checker's
`nfkc`): gold is the page as printed (１０９．５％), the contract's body has full-width digits and ％
made ASCII.

Usage:
  scripts/score_excerpts.py DIR [--wenxi BIN] [--analysis-dir D] [--save-dir D] [--details]

--details lists every miss and extra: use it on a part of a set you tune on, never on a held-out one
(the point of a held-out set is that only its totals are read). Exit status 2 when DIR is absent.
"""
import argparse
import json
import os
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor

TYPES = ["place", "park", "organization", "company", "person", "document", "event"]
CATEGORIES = ["figures", "dates", "entities", "entities.untyped", "roles"]


def close(a, b):
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def num(v):
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def fold(text):
    """Full-width forms made ASCII (NFKC), as the contract's body has its digits and ％."""
    return unicodedata.normalize("NFKC", text) if isinstance(text, str) else text


def figure_eq(g, p):
    if fold(g.get("text")) != fold(p.get("text")) or g.get("kind") != p.get("kind"):
        return False
    a, b = num(g.get("value")), num(p.get("value"))
    if a is None or b is None or not close(a, b):
        return False
    if "unit" in g and g.get("unit") != p.get("unit"):
        return False
    if g.get("approx") != p.get("approx"):
        return False
    gr, pr = g.get("range"), p.get("range")
    if gr is None or pr is None:
        return gr is None and pr is None
    return len(gr) == 2 and len(pr) == 2 and all(
        num(pr[i]) is not None and close(float(gr[i]), num(pr[i])) for i in range(2)
    )


def date_eq(g, p):
    return fold(g.get("text")) == fold(p.get("text")) and g.get("value") == p.get("value")


def entity_eq(g, p):
    """g, p: (text, type, role)."""
    return g[1] == p[1] and (g[0] == p[0] or (g[1] == "event" and (p[0] in g[0] or g[0] in p[0])))


def untyped_eq(g, p):
    return entity_eq(g, (p[0], g[1], None)) or entity_eq((g[0], p[1], None), p)


def role_eq(g, p):
    return g[0] == p[0] and g[2] == p[2]


def match(gold, pred, eq):
    """Greedy multiset match: (true positives, indexes of missed gold, indexes of extra predictions)."""
    used = [False] * len(pred)
    missed = []
    tp = 0
    for gi, g in enumerate(gold):
        for i, p in enumerate(pred):
            if not used[i] and eq(g, p):
                used[i] = True
                tp += 1
                break
        else:
            missed.append(gi)
    return tp, missed, [i for i, u in enumerate(used) if not u]


class Counts:
    def __init__(self):
        self.tp = self.pred = self.gold = 0

    def add(self, tp, pred, gold):
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def prf(self):
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def distinct(items, key):
    out = []
    for e in items:
        k = key(e)
        if not any(o[:2] == k[:2] for o in out):
            out.append(k)
    return out


def first_by_text(entities):
    """The first of each text, whatever its type (the type-agnostic score)."""
    seen = set()
    return [e for e in entities if not (e[0] in seen or seen.add(e[0]))]


def score(gold, analysis, cats, per_type, details, name):
    """Add one excerpt's counts; `details` gets a line per miss and extra."""
    if "figures" in gold:
        g, p = gold["figures"], analysis.get("figures") or []
        tp, missed, extra = match(g, p, figure_eq)
        cats["figures"].add(tp, len(p), len(g))
        details += [f"{name}: missed figure {json.dumps(g[i], ensure_ascii=False)}" for i in missed]
        details += [f"{name}: extra figure {p[i].get('text')} {p[i].get('kind')} {p[i].get('value')}" for i in extra]
    if "dates" in gold:
        g, p = gold["dates"], analysis.get("dates") or []
        tp, missed, extra = match(g, p, date_eq)
        cats["dates"].add(tp, len(p), len(g))
        details += [f"{name}: missed date {g[i]['text']} {g[i]['value']}" for i in missed]
        details += [f"{name}: extra date {p[i].get('text')} {p[i].get('value')}" for i in extra]
    if "entities" not in gold:
        return
    entity = lambda e: (fold(e.get("text") or ""), e.get("type") or "", fold(e.get("role")) or None)  # noqa: E731
    ge = distinct(gold["entities"], entity)
    optional = [entity(e) for e in gold.get("optional", [])]
    pe = [p for p in distinct(analysis.get("entities") or [], entity)
          if any(entity_eq(g, p) for g in ge) or not any(entity_eq(o, p) for o in optional)]
    tp, missed, extra = match(ge, pe, entity_eq)
    cats["entities"].add(tp, len(pe), len(ge))
    details += [f"{name}: missed entity {ge[i][0]} {ge[i][1]}" for i in missed]
    details += [f"{name}: extra entity {pe[i][0]} {pe[i][1]}" for i in extra]
    gu, pu = first_by_text(ge), first_by_text(pe)
    tp, _, _ = match(gu, pu, untyped_eq)
    cats["entities.untyped"].add(tp, len(pu), len(gu))
    for t in TYPES:
        g = [e for e in ge if e[1] == t]
        p = [e for e in pe if e[1] == t]
        per_type[t].add(match(g, p, entity_eq)[0], len(p), len(g))
    gr, pr = [e for e in ge if e[2]], [e for e in pe if e[2]]
    tp, missed, _ = match(gr, pr, role_eq)
    cats["roles"].add(tp, len(pr), len(gr))
    for i in missed:
        got = [p[2] for p in pe if p[0] == gr[i][0]]
        details.append(f"{name}: role of {gr[i][0]}: gold {gr[i][2]!r} got {got[0] if got else None!r}")


def run_wenxi(wenxi, path, reference_date):
    cmd = [wenxi, "analyse", "--quiet", "--format", "json"]
    if reference_date:
        cmd += ["--reference-date", reference_date]
    res = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} {path} failed ({res.returncode}): {res.stderr.strip()}")
    return json.loads(res.stdout)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", help="folder of NN.txt + NN.gold.json")
    ap.add_argument("--wenxi", default="target/release/wenxi", help="the wenxi CLI (cargo build --release)")
    ap.add_argument("--analysis-dir", help="read NN.json analyses from here instead of running wenxi")
    ap.add_argument("--save-dir", help="write each analysis wenxi produced here as NN.json")
    ap.add_argument("--details", action="store_true", help="every miss and extra (tuning parts only)")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.dir):
        print(f"excerpt set {args.dir} is absent: nothing scored", file=sys.stderr)
        return 2
    names = sorted(f[: -len(".gold.json")] for f in os.listdir(args.dir) if f.endswith(".gold.json"))
    golds = {n: json.load(open(os.path.join(args.dir, n + ".gold.json"), encoding="utf-8")) for n in names}

    def analyse(name):
        try:
            if args.analysis_dir:
                with open(os.path.join(args.analysis_dir, name + ".json"), encoding="utf-8") as f:
                    return json.load(f), None
            a = run_wenxi(args.wenxi, os.path.join(args.dir, name + ".txt"), golds[name].get("reference_date"))
            if args.save_dir:
                os.makedirs(args.save_dir, exist_ok=True)
                with open(os.path.join(args.save_dir, name + ".json"), "w", encoding="utf-8") as f:
                    json.dump(a, f, ensure_ascii=False, indent=1)
            return a, None
        except (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired) as e:
            return {}, str(e)

    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        analyses = list(pool.map(analyse, names))
    cats = {k: Counts() for k in CATEGORIES}
    per_type = {t: Counts() for t in TYPES}
    details, failures = [], 0
    for name, (analysis, error) in zip(names, analyses):
        if error:  # a failed excerpt counts as an empty analysis
            failures += 1
            details.append(f"{name}: NO ANALYSIS: {error}")
        score(golds[name], analysis, cats, per_type, details, name)

    print(f"{args.dir}: {len(names)} excerpts" + (f", {failures} without analysis" if failures else ""))
    print(f"{'category':<22}{'P':>7}{'R':>7}{'F1':>7}   tp/pred/gold")
    # A category no gold holds is not annotated in the set: no row.
    rows = [(k, c) for k, c in cats.items() if c.gold] + [("  " + t, c) for t, c in per_type.items()]
    for k, c in rows:
        p, r, f = c.prf()
        print(f"{k:<22}{p:7.3f}{r:7.3f}{f:7.3f}   {c.tp}/{c.pred}/{c.gold}")
    if args.details:
        print("\n".join([""] + details))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
