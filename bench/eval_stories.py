"""Story grouping against gold story clusters, through the real CLI: OG2021 French dev set and the
two OrangeSum weeks of bench/data/stories-2020-06.json (week 1 dev, week 2 blind).

    python bench/eval_stories.py                 # OG2021 and both OrangeSum weeks, side by side
    python bench/eval_stories.py --og2021        # OG2021 only   (--data ../shared/dev/og2021-fr-dev.tsv)
    python bench/eval_stories.py --orangesum     # the OrangeSum weeks only
    python bench/eval_stories.py --examples      # the example corpus and its 7 designed stories
    python bench/eval_stories.py --orangesum --titles   # the OrangeSum weeks as headlines only

Each set is written as JSON Lines (never the gold clusters), ingested with ``recoupe ingest`` into
a fresh store, read back with ``recoupe stories --json``, and scored: BCubed precision, recall
and F1 and pairwise precision, recall and F1 against the gold clusters.

- OG2021 (dev): headlines only (uri, datetime, title). Event Registry's own grouping scores
  BCubed F1 0.76 on this set; TF-IDF on headlines about 0.72.
- OrangeSum (STORIES-GUIDELINES.md): every article of ../shared/corpora/orangesum dated
  2020-06-01..07 (dev) and 2020-06-08..14 (blind), one fresh store per week, ingested in date
  order (title, heading as lead, article as body, date, provider as source; the record's id and
  url). A gold story that crosses the weeks' boundary is restricted to the week scored. With
  ``--titles`` each article is given by its title alone (no lead, no body): a second set of
  headlines, with a gold made for finer events than OG2021's, to check what is set on OG2021.

Only figures are printed; no set is listed story by story (the blind week is never studied
error by error). With ``--examples`` it scores the bundled example corpus (full articles, every
input format) against the stories of ``examples/manifest.json`` instead: a second check.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import subprocess
import sys
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "dev" / "og2021-fr-dev.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
ORANGESUM_GOLD = ROOT / "bench" / "data" / "stories-2020-06.json"


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    g_members: dict[str, set[str]] = {}
    p_members: dict[str, set[str]] = {}
    for item, c in gold.items():
        g_members.setdefault(c, set()).add(item)
    for item, c in pred.items():
        p_members.setdefault(c, set()).add(item)
    precision = recall = 0.0
    for item in gold:
        same_pred = p_members[pred[item]]
        same_gold = g_members[gold[item]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    n = len(gold)
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def report(gold: dict[str, str], pred: dict[str, str], listed: list[dict]) -> None:
    p, r, f = bcubed(gold, pred)
    print(f"BCubed   precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    p, r, f = pairwise(gold, pred)
    print(f"pairwise precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    sizes = Counter(len(s["articles"]) for s in listed)
    print("predicted story sizes:", dict(sorted(sizes.items())))


def examples(recoupe: str) -> int:
    manifest = json.loads((ROOT / "examples" / "manifest.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "examples.db")
        paths = [str(ROOT / "examples" / d) for d in ("text", "html", "json")]
        run = subprocess.run([recoupe, "ingest", *paths, "--db", db], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(run.stderr, file=sys.stderr)
            return 1
        exported = subprocess.run([recoupe, "export", "--db", db], capture_output=True, text=True, check=True).stdout
        listed = json.loads(subprocess.run([recoupe, "stories", "--json", "--db", db], capture_output=True, text=True, check=True).stdout)
    story_of_url = {a["url"]: a["story"] for a in manifest["articles"] if a["url"]}
    gold = {}
    for line in exported.splitlines():
        article = json.loads(line)
        if article.get("url") in story_of_url:
            gold[article["id"]] = story_of_url[article["url"]]
    pred = {a: s["id"] for s in listed for a in s["articles"] if a in gold}
    print(f"articles with a designed story {len(gold)}, designed stories {len(set(gold.values()))}, predicted stories {len(listed)}")
    report(gold, pred, listed)
    return 0


def ingest_feed(recoupe: str, feed: Path, db: str) -> tuple[dict, list[dict]] | None:
    """``recoupe ingest FEED --json`` into a fresh store, then ``recoupe stories --json``."""
    run = subprocess.run([recoupe, "ingest", str(feed), "--db", db, "--json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(run.stderr, file=sys.stderr)
        return None
    totals = json.loads(run.stdout)["totals"]
    listed = json.loads(subprocess.run([recoupe, "stories", "--json", "--db", db], capture_output=True, text=True, check=True).stdout)
    return totals, listed


def figures(gold: dict[str, str], pred: dict[str, str], totals: dict, listed: list[dict]) -> dict:
    missing = [u for u in gold if u not in pred]
    for u in missing:  # a duplicate is stored once: it sits in its twin's story
        pred[u] = "missing:" + u
    sizes = Counter(len(s["articles"]) for s in listed)
    return {"items": len(gold), "stored": totals["created"], "duplicates": totals["duplicates"], "rejected": totals["rejected"],
            "not listed": len(missing), "gold stories": len(set(gold.values())), "predicted stories": len(listed),
            "predicted singletons": sizes.get(1, 0), "largest predicted": max(sizes, default=0),
            "bcubed": bcubed(gold, pred), "pairwise": pairwise(gold, pred)}


def og2021(data: Path, recoupe: str) -> dict | None:
    with data.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    gold = {r["uri"]: r["cluster_id"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "headlines.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"id": r["uri"], "title": r["title"], "published": r["datetime"].replace(" ", "T"),
                                      "source": "og2021", "lang": "fr"}, ensure_ascii=False) + "\n")
        got = ingest_feed(recoupe, feed, str(Path(tmp) / "stories.db"))
    if got is None:
        return None
    totals, listed = got
    pred = {a: s["id"] for s in listed for a in s["articles"]}
    return figures(gold, pred, totals, listed)


def orangesum(corpus: Path, gold_path: Path, recoupe: str, titles: bool = False) -> list[tuple[str, str, dict | None]]:
    """(name, role, figures) of each week of the OrangeSum gold, each in a fresh store."""
    gold_file = json.loads(gold_path.read_text("utf-8"))
    story_of = {a["line"]: c["id"] for c in gold_file["clusters"] for a in c["articles"]}
    records: dict[int, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in story_of:
                records[i] = json.loads(line)
    out = []
    for role, (first, last) in gold_file["sets"].items():
        lines = sorted((i for i in story_of if first <= records[i]["date"][:10] <= last), key=lambda i: (records[i]["date"], i))
        gold = {str(records[i]["id"]): story_of[i] for i in lines}
        with tempfile.TemporaryDirectory() as tmp:
            feed = Path(tmp) / f"orangesum-{role}.jsonl"
            with feed.open("w", encoding="utf-8") as w:
                for i in lines:
                    r = records[i]
                    record = {"id": str(r["id"]), "url": r["url"], "title": r["title"], "lead": r["heading"],
                              "body": r["article"], "published": r["date"], "source": r["provider"], "lang": "fr"}
                    if titles:
                        del record["lead"], record["body"]
                    w.write(json.dumps(record, ensure_ascii=False) + "\n")
            got = ingest_feed(recoupe, feed, str(Path(tmp) / "stories.db"))
        if got is None:
            out.append(((f"titles {first[5:]}..{last[8:]}" if titles else f"OrangeSum {first[5:]}..{last[8:]}"), role, None))
            continue
        totals, listed = got
        pred = {a: s["id"] for s in listed for a in s["articles"]}
        out.append(((f"titles {first[5:]}..{last[8:]}" if titles else f"OrangeSum {first[5:]}..{last[8:]}"), role, figures(gold, pred, totals, listed)))
    return out


def table(columns: list[tuple[str, str, dict | None]]) -> None:
    def row(label: str, values: list[str]) -> None:
        print(f"{label:24}" + "".join(f"{v:>22}" for v in values))

    row("", [c[0] for c in columns])
    row("role", [c[1] for c in columns])
    for key in ("items", "stored", "duplicates", "rejected", "not listed", "gold stories", "predicted stories",
                "predicted singletons", "largest predicted"):
        row(key, ["failed" if c[2] is None else str(c[2][key]) for c in columns])
    for key, name in (("bcubed", "BCubed"), ("pairwise", "pairwise")):
        for k, part in enumerate(("precision", "recall", "F1")):
            row(f"{name} {part}", ["failed" if c[2] is None else f"{c[2][key][k]:.3f}" for c in columns])
    print("(items: headlines for OG2021, articles for OrangeSum; 'not listed': stored once as a duplicate, scored as a"
          " singleton; OG2021 reference: Event Registry's grouping BCubed F1 0.76, TF-IDF on the headlines about 0.72)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--og2021", action="store_true", help="OG2021 only")
    ap.add_argument("--orangesum", action="store_true", help="the OrangeSum weeks only (dev and blind)")
    ap.add_argument("--examples", action="store_true", help="score the example corpus instead")
    ap.add_argument("--titles", action="store_true", help="the OrangeSum articles by their titles alone")
    ap.add_argument("--recoupe", default=str(ROOT / ".venv" / "bin" / "recoupe"))
    args = ap.parse_args()
    if args.examples:
        return examples(args.recoupe)
    both = args.og2021 == args.orangesum
    columns: list[tuple[str, str, dict | None]] = []
    if args.og2021 or both:
        if not args.data.exists():
            print(f"no data at {args.data}", file=sys.stderr)
            return 2
        columns.append(("OG2021", "dev", og2021(args.data, args.recoupe)))
    if args.orangesum or both:
        if not args.corpus.exists():
            print(f"no corpus at {args.corpus}", file=sys.stderr)
            return 2
        columns += orangesum(args.corpus, ORANGESUM_GOLD, args.recoupe, args.titles)
    table(columns)
    return 0 if all(c[2] is not None for c in columns) else 1


if __name__ == "__main__":
    sys.exit(main())
