"""Which OrangeSum articles the extraction gold sets hold: the draw, reproducible.

    python bench/data/select_sets.py [--corpus ../shared/corpora/orangesum/articles.jsonl.gz]

Prints, for each set, the 0-based lines of ``articles.jsonl.gz`` it draws: ``quotes-blind`` (64
articles) and ``quotes-dev2`` (56), articles with at least three quotations marks; then
``dates-blind`` (26) and ``dates-dev`` (24), articles of 600 to 3,500 characters; then
``quotes-dev3`` (36), drawn like the quotation sets from what is left (session 10: a dev set nobody
had studied, made after the others so that their draws stay the same), after it ``quotes-dev4``
(40; session 11, the same again once dev3 had been studied), then ``quotes-dev5`` (40; session
12, the same again once dev4 had become an ordinary dev set), then ``quotes-dev6`` (40; session
13, the same again once dev5 had become an ordinary dev set), then ``quotes-dev7`` (40; session 14,
the same again once dev6 had become an ordinary dev set), then ``quotes-dev8`` (40; session 15,
the same again once dev7 had become an ordinary dev set), then ``quotes-dev9`` (40; session 16,
the same again once dev8 had become an ordinary dev set), then ``quotes-dev10`` (40; session 17,
the same again once dev9 had become an ordinary dev set), then ``quotes-dev11`` (40; session
18, the same again once dev10 had become an ordinary dev set), then ``quotes-dev12`` (40; drawn
at the end of session 18 for session 19, a twelfth fresh set), then ``quotes-dev13`` (40; session
19, a thirteenth fresh set, the same again), then ``quotes-dev14`` (40; session 20, a
fourteenth fresh set, the same again), then ``quotes-dev15`` (40; session 21, a fifteenth
fresh set, the same again), then ``quotes-dev16`` (40; session 22, a sixteenth fresh set, the
same again), then ``quotes-dev17`` (40; session 23, a seventeenth fresh set, the same again), and
last ``quotes-dev18`` (40; session 24, an eighteenth fresh set, the same again). Each set is
stratified by year, provider and section (round robin over the strata), outside the lines
20000-24999 of the first quotation dev set (which also hold lines 24000-24399, the unannotated sample
of the fresh-sample checks), with one seeded generator, and no article is in two
sets. The annotation files record what they added by hand (three AFP dispatches in each date set).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
SEED = 20261205


def section(r: dict) -> str:
    return r["url"].split("/")[3] if r["url"].count("/") > 3 else ""


def stratum(r: dict) -> tuple[str, str, str]:
    return ((r["date"] or "")[:4], str(r["provider"]), section(r))


def marks(r: dict) -> int:
    return r["article"].count("«") + r["article"].count('"') // 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    rows = [json.loads(line) for line in gzip.open(args.corpus, "rt", encoding="utf-8")]
    rng = random.Random(SEED)
    used: set[int] = set()

    def pool(keep) -> tuple[dict, list]:  # type: ignore[no-untyped-def]
        by = collections.defaultdict(list)
        for i, r in enumerate(rows):
            if not (20000 <= i < 25000) and i not in used and r["date"] and keep(r):
                by[stratum(r)].append(i)
        for v in by.values():
            rng.shuffle(v)
        return by, sorted(by)

    def draw(by: dict, keys: list, n: int) -> list[int]:
        out, k = [], 0
        while len(out) < n:
            s = keys[k % len(keys)]
            k += 1
            while by[s] and by[s][-1] in used:
                by[s].pop()
            if by[s]:
                i = by[s].pop()
                out.append(i)
                used.add(i)
        return out

    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets = {"quotes-blind": draw(by, keys, 64), "quotes-dev2": draw(by, keys, 56)}
    by, keys = pool(lambda r: 600 < len(r["article"]) < 3500)
    sets["dates-blind"] = draw(by, keys, 26)
    sets["dates-dev"] = draw(by, keys, 24)
    # drawn last, so that every earlier set keeps its lines
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev3"] = draw(by, keys, 36)
    # session 11: a fourth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev4"] = draw(by, keys, 40)
    # session 12: a fifth fresh quotation set, once dev4 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev5"] = draw(by, keys, 40)
    # session 13: a sixth fresh quotation set, once dev5 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev6"] = draw(by, keys, 40)
    # session 14: a seventh fresh quotation set, once dev6 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev7"] = draw(by, keys, 40)
    # session 15: an eighth fresh quotation set, once dev7 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev8"] = draw(by, keys, 40)
    # session 16: a ninth fresh quotation set, once dev8 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev9"] = draw(by, keys, 40)
    # session 17: a tenth fresh quotation set, once dev9 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev10"] = draw(by, keys, 40)
    # session 18: an eleventh fresh quotation set, once dev10 had become an ordinary dev set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev11"] = draw(by, keys, 40)
    # session 18, drawn at its end for session 19: a twelfth fresh quotation set
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev12"] = draw(by, keys, 40)
    # session 19: a thirteenth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev13"] = draw(by, keys, 40)
    # session 20: a fourteenth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev14"] = draw(by, keys, 40)
    # session 21: a fifteenth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev15"] = draw(by, keys, 40)
    # session 22: a sixteenth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev16"] = draw(by, keys, 40)
    # session 23: a seventeenth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev17"] = draw(by, keys, 40)
    # session 24: an eighteenth fresh quotation set, drawn after all the others for the same reason
    by, keys = pool(lambda r: marks(r) >= 3 and len(r["article"]) < 6000)
    sets["quotes-dev18"] = draw(by, keys, 40)
    for name, lines in sets.items():
        print(name, " ".join(map(str, lines)))


if __name__ == "__main__":
    main()
