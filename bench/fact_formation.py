"""Where fact formation loses gold shared pairs that the pairwise judge finds alike (dev pairs only).

    python bench/fact_formation.py [--keep DIR] [--show]

For each dev pairs file (role dev: pairs-dev.json, pairs-dev2.json, pairs-dev3.json; a blind or fresh set is never
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
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_compare import CORPUS, RAW_FIELD, GoldPair, _ingest_records, parsed_to_raw  # noqa: E402
from eval_quotes import read_lines  # noqa: E402

from recoupe import reading  # noqa: E402
from recoupe.crosscheck import features  # noqa: E402
from recoupe.crosscheck.align import (  # noqa: E402
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
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.enrich.semantic import encoder  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

DEV = (ROOT / "bench" / "data" / "pairs-dev.json", ROOT / "bench" / "data" / "pairs-dev2.json",
       ROOT / "bench" / "data" / "pairs-dev3.json")


def _store(path: Path, records: dict, keep: Path, enricher: Enricher) -> Store:
    db = keep / f"{path.stem}.db"
    if db.exists():
        return Store(str(db))
    return _ingest_records(records, keep / f"{path.stem}.jsonl", str(db), enricher)


def lost(path: Path, keep: Path, enricher: Enricher, show: bool) -> tuple[Counter, Counter]:
    data = json.loads(path.read_text("utf-8"))
    if not str(data.get("role", "")).startswith("dev"):
        raise SystemExit(f"{path.name}: not a dev set")
    lines = {p[s]["line"] for p in data["pairs"] + data["negatives"] for s in ("a", "b")}
    records = read_lines(CORPUS, lines)
    store = _store(path, records, keep, enricher)
    nlp = load_model()
    params = AlignParams()
    thr = params.threshold
    out: Counter = Counter()
    hypo: Counter = Counter()
    for pair in data["pairs"]:
        gp = GoldPair(pair)
        a = store.get(str(records[pair["a"]["line"]]["id"]), with_revisions=False)
        b = store.get(str(records[pair["b"]["line"]]["id"]), with_revisions=False)
        if not a.story_id or a.story_id != b.story_id:
            continue
        found_story, articles, _ = reading._members(store, a.story_id, Registry(), False)
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the ingested stores in this directory")
    ap.add_argument("--show", action="store_true", help="list the lost pairs")
    args = ap.parse_args()
    enricher = Enricher()
    with tempfile.TemporaryDirectory(prefix="recoupe-formation-") as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
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
