"""Where fact formation loses gold shared pairs that the pairwise judge finds alike (dev pairs only).

    python bench/fact_formation.py [--keep DIR] [--show]
    python bench/fact_formation.py --judge [--keep DIR]

For each dev pairs file (role dev: pairs-dev.json to pairs-dev7.json; a blind or fresh set is never
read here), every grouped same-event pair's story is cross-checked step by step as
``crosscheck.report.cross_check`` does it, and each gold shared sentence pair that has a statement
of A and one of B alike at the threshold (the hand score with the learned rescue: what
eval_compare calls "alike at the threshold") but is not found in one corroborated fact is put in
the first step that lost it:

- ``veto``: every such statement pair is lowered below the threshold by the learned veto;
- ``cluster``: the two statements end up in two clusters (average linkage: the mean of the two
  clusters' cross pairs is under the threshold); told apart by whether one of them (or both)
  joined others through pairs scored higher, and counted by whether one says the claim of the
  other's fact (alike its shown statement at the threshold), and that fact's status;
- ``checked``: one cluster, cut apart by ``_checked`` (the shown statement does not say one of them);
- ``status``: one fact, not corroborated (contradicted, single-source, partly-reported).

An aggregate per set, with the best score of each lost pair; ``--show`` lists the lost pairs' statements (dev sets only). ``--keep DIR``
keeps the ingested stores there and reuses them (the ingest is the slow part).

``--judge`` looks before fact formation, at the pairwise judge itself (session 22, cmp23): over all the dev
sets, the gold shared pairs that no statement pair of A and B is alike at the threshold (after the learned
rescue and veto), split by the kinds of statements of their best pair (a headline or standfirst against a
body sentence, two body sentences, two headlines) and by the ratio of their lengths in terms; then, for the
near misses of each kind (best score in [``NEAR``, threshold)), gold statement pairs against the others, the
quartiles of what an asymmetric judge would read: how much of the shorter statement's weighted terms (the
headline's, in a headline against a body sentence) the longer one covers (word vectors and concepts, as
``Similarity.coverage``; the same words and concepts only; its content words apart; its names apart), whether
its heaviest content word is matched, and the sentence encoder's cosine. When the gold pairs' quartiles are
the others', no such judge tells them apart. And what more weight on containment in the hand score
(``align.CONTAIN``, for those asymmetric pairs only) would make newly alike, before any rescue: gold pairs lost
before, and the statement pairs, on a gold pair or not.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_compare import CORPUS, RAW_FIELD, GoldPair, _ingest_records, parsed_to_raw  # noqa: E402
from eval_quotes import read_lines  # noqa: E402

from recoupe import reading  # noqa: E402
from recoupe.crosscheck import features  # noqa: E402
from recoupe.crosscheck.align import (  # noqa: E402
    CONTAIN,
    AlignParams,
    Similarity,
    attachments,
    cluster,
    merge_conflicting,
    pair_scorer,
    pair_veto,
    rescued,
    vetoed,
)
from recoupe.crosscheck.report import _facts, _Story  # noqa: E402
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.crosscheck.types import Statement  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.enrich.semantic import encoder  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

DEV = tuple(ROOT / "bench" / "data" / f"pairs-dev{n}.json" for n in ("", "2", "3", "4", "5", "6", "7"))
NEAR = 0.2  # the near misses ``--judge`` describes: a best score from this up to the threshold
CONTAINS = (0.4, 0.6)  # the weights of containment ``--judge`` tries for asymmetric pairs (align.CONTAIN: 0.2)


def _store(path: Path, records: dict, keep: Path, enricher: Enricher) -> Store:
    db = keep / f"{path.stem}.db"
    if db.exists():
        return Store(str(db))
    return _ingest_records(records, keep / f"{path.stem}.jsonl", str(db), enricher)


def _dev_set(path: Path, keep: Path, enricher: Enricher) -> tuple[dict, dict[int, dict], Store]:
    """A dev pairs file, its articles' corpus records by line and their store (a blind or fresh set is
    never read here)."""
    data = json.loads(path.read_text("utf-8"))
    role = str(data.get("role", ""))
    if not role.startswith("dev") or role.startswith("dev, fresh"):
        raise SystemExit(f"{path.name}: not a dev set")
    lines = {p[s]["line"] for p in data["pairs"] + data["negatives"] for s in ("a", "b")}
    records = read_lines(CORPUS, lines)
    return data, records, _store(path, records, keep, enricher)


def _grouped(data: dict, records: dict[int, dict], store: Store) -> Iterator[tuple[GoldPair, Any, Any, Any, list]]:
    """Each gold pair whose two articles the store put in one story: the pair, its two stored articles,
    the story and that story's articles (a pair split in two stories has no fact to lose)."""
    for pair in data["pairs"]:
        a = store.get(str(records[pair["a"]["line"]]["id"]), with_revisions=False)
        b = store.get(str(records[pair["b"]["line"]]["id"]), with_revisions=False)
        if not a.story_id or a.story_id != b.story_id:
            continue
        story, articles, _ = reading._members(store, a.story_id, Registry(), False)
        yield GoldPair(pair), a, b, story, articles


def lost(path: Path, keep: Path, enricher: Enricher, show: bool) -> tuple[Counter, Counter]:
    data, records, store = _dev_set(path, keep, enricher)
    nlp = load_model()
    params = AlignParams()
    thr = params.threshold
    out: Counter = Counter()
    hypo: Counter = Counter()
    for gp, a, b, found_story, articles in _grouped(data, records, store):
        ids = [x.id for x in articles]
        ctx = _Story(found_story, articles, Registry(), False)
        reader = Reader(articles, nlp, features.stored(store.statement_features(ids), articles, nlp))
        st = reader.statements()
        vecs = reading._kept_vectors(store, ids)(st)
        sim = Similarity(st, params, vecs)
        raw = sim.matrix()
        clauses = encoder().encode
        scorer, veto = pair_scorer(), pair_veto()
        alike = rescued(sim, raw, scorer, thr, clauses) if scorer else raw
        matrix = vetoed(sim, raw, alike, veto, thr, clauses) if veto else alike
        first = cluster(st, matrix, thr)
        groups = merge_conflicting(st, matrix, first, ctx.apart)
        extra = attachments(st, matrix, groups, thr, independent=ctx.independent)
        facts, _, members_of = _facts(ctx, st, matrix, groups, extra, params, sim)
        status = {f.id: f.status for f in facts}
        shown = {f.id: next(k for k in members_of[f.id] if st[k].text == f.text) for f in facts}
        fact_of: dict[int, list[str]] = {}
        for fid, ms in members_of.items():
            for k in ms:
                fact_of.setdefault(k, []).append(fid)
        group_of = {k: n for n, g in enumerate(groups) for k in g}
        first_of = {k: n for n, g in enumerate(first) for k in g}
        mappers = {(side, f): parsed_to_raw(getattr(art, f) or "", records[gp.line[side]][raw_f] or "")
                   for side, art in (("a", a), ("b", b)) for f, raw_f in RAW_FIELD.items()}
        keys: dict[int, list] = {}
        for side, art in (("a", a), ("b", b)):
            for k, x in enumerate(st):
                if x.article == art.id:
                    span = mappers[(side, x.field)](x.start, x.end)
                    keys[k] = [key for _, key in gp.overlapped(side, RAW_FIELD[x.field], span)] if span else []
        side_a = [k for k in keys if st[k].article == a.id]
        side_b = [k for k in keys if st[k].article == b.id]
        corroborated = [set(members_of[f.id]) for f in facts if f.status == "corroborated"]
        for (ka, kb), _rel in gp.shared.items():
            xs = [i for i in side_a if ka in keys[i]]
            ys = [j for j in side_b if kb in keys[j]]
            cands = sorted(((float(alike[i, j]), i, j) for i in xs for j in ys if alike[i, j] >= thr), reverse=True)
            if not cands:
                continue
            out["alike"] += 1
            if any(set(xs) & c and set(ys) & c for c in corroborated):
                out["found"] += 1
                continue
            kept = [(s, i, j) for s, i, j in cands if matrix[i, j] >= thr]
            if not kept:
                cause = "veto"
            else:
                _, i, j = kept[0]
                if first_of[i] != first_of[j] and group_of[i] != group_of[j]:
                    ci, cj = first[first_of[i]], first[first_of[j]]
                    joined = sum(len(c) > 1 for c in (ci, cj))
                    cause = "cluster: " + ("both joined others" if joined == 2 else "one joined others" if joined else "both alone")
                    # would either statement say the other's fact's claim (pair by pair against its shown statement)?
                    says = sorted({status[fid] for x, y in ((i, j), (j, i)) for fid in fact_of.get(y, [])
                                   if float(matrix[shown[fid], x]) >= thr})
                    hypo["cluster, one alike the shown statement of the other's fact: " + ("/".join(says) or "none")] += 1
                elif group_of[i] != group_of[j]:
                    cause = "merge_conflicting"
                else:
                    fi, fj = set(fact_of.get(i, [])), set(fact_of.get(j, []))
                    common = fi & fj
                    if not common:
                        cause = "checked: split apart"
                    else:
                        cause = "status: " + "/".join(sorted({status[f] for f in common}))
            out[cause] += 1
            best = cands[0][0]
            hypo["score of the lost pair: " + ("0.42-0.45" if best < 0.45 else "0.45-0.50" if best < 0.5
                                               else "0.50-0.60" if best < 0.6 else "0.60 and up")] += 1
            if show:
                s, i, j = (kept or cands)[0]
                print(f"  [{cause}] {s:.3f} (after veto {float(matrix[i, j]):.3f})\n"
                      f"     A {st[i].field}: {st[i].text[:140]!r}\n     B {st[j].field}: {st[j].text[:140]!r}")
    store.close()
    return out, hypo


def kind_of(a: Statement, b: Statement) -> str:
    """The kinds of two statements for ``--judge``: a headline or standfirst against a body sentence, two
    body sentences, or two headlines (title or standfirst)."""
    heads = (a.field != "body") + (b.field != "body")
    return ("head-body", "body-body", "head-head")[[1, 0, 2].index(heads)]


def length_band(a: Statement, b: Statement) -> str:
    """The ratio of two statements' lengths in terms, in bands."""
    r = max(len(a.terms), len(b.terms)) / max(1, min(len(a.terms), len(b.terms)))
    return "<1.5" if r < 1.5 else "1.5-2.5" if r < 2.5 else "2.5-4" if r < 4 else ">=4"


def asymmetric(a: Statement, b: Statement) -> bool:
    """A headline or standfirst against a body sentence, or a statement at least twice as long as the other."""
    return kind_of(a, b) == "head-body" or max(len(a.terms), len(b.terms)) >= 2 * min(len(a.terms), len(b.terms))


def judge(path: Path, keep: Path, enricher: Enricher) -> tuple[Counter, dict[tuple[str, bool], list[dict[str, float]]]]:
    """For one dev set: the gold shared pairs lost below the threshold, counted by the kinds and length band
    of their best statement pair (``lost``), and the near misses' ``Similarity.shorter_cover`` by kind and gold."""
    data, records, store = _dev_set(path, keep, enricher)
    nlp = load_model()
    params = AlignParams()
    thr = params.threshold
    counts: Counter = Counter()
    near: dict[tuple[str, bool], list[dict[str, float]]] = {}
    for gp, a, b, _, articles in _grouped(data, records, store):
        ids = [x.id for x in articles]
        st = Reader(articles, nlp, features.stored(store.statement_features(ids), articles, nlp)).statements()
        sim = Similarity(st, params, reading._kept_vectors(store, ids)(st))
        raw = sim.matrix()
        clauses = encoder().encode
        scorer, veto = pair_scorer(), pair_veto()
        alike = rescued(sim, raw, scorer, thr, clauses) if scorer else raw
        matrix = vetoed(sim, raw, alike, veto, thr, clauses) if veto else alike
        mappers = {(side, f): parsed_to_raw(getattr(art, f) or "", records[gp.line[side]][raw_f] or "")
                   for side, art in (("a", a), ("b", b)) for f, raw_f in RAW_FIELD.items()}
        keys: dict[int, set] = {}
        for side, art in (("a", a), ("b", b)):
            for k, x in enumerate(st):
                if x.article == art.id:
                    span = mappers[(side, x.field)](x.start, x.end)
                    keys[k] = {key for _, key in gp.overlapped(side, RAW_FIELD[x.field], span)} if span else set()
        side_a = [k for k in keys if st[k].article == a.id]
        side_b = [k for k in keys if st[k].article == b.id]
        best: dict = {}
        raised: dict[float, set] = {c: set() for c in CONTAINS}
        for i in side_a:
            for j in side_b:
                right = {(x, y) for x in keys[i] for y in keys[j]} & set(gp.shared)
                m = float(matrix[i, j])
                for g in right:
                    if g not in best or m > best[g][0]:
                        best[g] = (m, i, j)
                if NEAR <= m < thr:
                    near.setdefault((kind_of(st[i], st[j]), bool(right)), []).append(sim.shorter_cover(i, j))
                # the hand score with more weight on containment, for a headline against a body sentence
                # or a statement twice as long as the other, before any rescue (``align.CONTAIN``)
                if m >= thr:
                    counts["pairs alike" + (", on a gold pair" if right else ", on none")] += 1
                elif raw[i, j] > 0 and asymmetric(st[i], st[j]):
                    ab, ba = sim.coverage(i, j)
                    for c in CONTAINS:
                        more = params.lex_weight * (max(ab, ba) - math.sqrt(ab * ba)) * (c - CONTAIN)
                        if float(raw[i, j]) + more >= thr:
                            counts[f"contain {c}: pairs newly alike" + (", on a gold pair" if right else ", on none")] += 1
                            raised[c] |= right
        for m, i, j in best.values():
            if m < thr:
                counts[(kind_of(st[i], st[j]), length_band(st[i], st[j]))] += 1
        for c, gs in raised.items():
            counts[f"contain {c}: gold pairs newly alike"] += sum(best[g][0] < thr for g in gs)
        counts["gold shared"] += len(gp.shared)
        counts["lost below the threshold"] += sum(m < thr for m, _, _ in best.values())
        counts["no statement pair"] += len(gp.shared) - len(best)
    store.close()
    return counts, near


def _quartiles(xs: list[float]) -> str:
    if len(xs) < 4:
        return "-"
    q = np.quantile(np.array(xs), [0.25, 0.5, 0.75])
    return "/".join(f"{v:.2f}" for v in q)


def print_judge(keep: Path, enricher: Enricher) -> None:
    counts: Counter = Counter()
    near: dict[tuple[str, bool], list[dict[str, float]]] = {}
    for path in DEV:
        c, n = judge(path, keep, enricher)
        counts.update(c)
        for k, v in n.items():
            near.setdefault(k, []).extend(v)
        print(f"{path.name}: {c['lost below the threshold']} of {c['gold shared']} gold shared pairs lost below the threshold", flush=True)
    print(f"\nall dev sets: gold shared {counts.pop('gold shared')}, lost below the threshold {counts.pop('lost below the threshold')}, "
          f"no statement pair {counts.pop('no statement pair')}")
    bands = ("<1.5", "1.5-2.5", "2.5-4", ">=4")
    print(f"  {'kinds of the best pair':<16}" + "".join(f"{b:>9}" for b in bands))
    for kind in ("head-body", "body-body", "head-head"):
        print(f"  {kind:<16}" + "".join(f"{counts[(kind, b)]:>9}" for b in bands))
    print(f"\nthe hand score with more weight on containment (align.CONTAIN {CONTAIN}) for a headline against a body sentence or a "
          "statement twice as long as the other:")
    good, bad = counts["pairs alike, on a gold pair"], counts["pairs alike, on none"]
    print(f"  now: statement pairs of A and B alike at the threshold {good + bad}, on a gold pair {good} ({good / max(1, good + bad):.2f})")
    for c in CONTAINS:
        good, bad = counts[f"contain {c}: pairs newly alike, on a gold pair"], counts[f"contain {c}: pairs newly alike, on none"]
        print(f"  {c}: {counts[f'contain {c}: gold pairs newly alike']} gold pairs newly alike; statement pairs newly alike "
              f"{good + bad}, on a gold pair {good} ({good / max(1, good + bad):.2f})")
    print(f"\nnear misses (score in [{NEAR}, threshold)), quartiles of what the shorter statement has in the longer:")
    names = ("cover", "words", "content", "names", "semantic")
    print(f"  {'kinds':<12}{'gold':>6}{'pairs':>7}" + "".join(f"{n:>16}" for n in names) + f"{'key':>7}")
    for kind in ("head-body", "body-body", "head-head"):
        for gold in (True, False):
            rows = near.get((kind, gold), [])
            print(f"  {kind:<12}{'yes' if gold else 'no':>6}{len(rows):>7}"
                  + "".join(f"{_quartiles([r[n] for r in rows]):>16}" for n in names)
                  + f"{(sum(r['key'] for r in rows) / len(rows) if rows else 0):>7.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the ingested stores in this directory")
    ap.add_argument("--show", action="store_true", help="list the lost pairs")
    ap.add_argument("--judge", action="store_true", help="the gold pairs lost below the threshold, and what an asymmetric judge would read")
    args = ap.parse_args()
    enricher = Enricher()
    with tempfile.TemporaryDirectory(prefix="recoupe-formation-") as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        if args.judge:
            print_judge(keep, enricher)
            return 0
        for path in DEV:
            print(f"{path.name}")
            counts, hypo = lost(path, keep, enricher, args.show)
            print(f"  {'gold shared pairs alike at the threshold':<64} {counts.pop('alike'):>4}")
            print(f"  {'found in one corroborated fact':<64} {counts.pop('found'):>4}")
            for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
                print(f"  lost: {k:<58} {v:>4}")
            for k, v in sorted(hypo.items(), key=lambda kv: (not kv[0].startswith("score"), kv[0] if kv[0].startswith("score") else -kv[1])):
                print(f"    {k:<62} {v:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
