"""Train the learned pair scorers (src/recoupe/crosscheck/pair_scorer.json, the rescue of near misses;
pair_veto.json, the veto of pairs at the threshold) from pairs-dev's gold.

    python bench/train_pair_scorer.py [--pairs bench/data/pairs-dev.json] [--cache F.npz] [--precision P]
                                      [--floor 0.2] [--min-semantic 0.35] [--write]     # the rescue
    python bench/train_pair_scorer.py --above [--veto-right 0.17] [--write]              # the veto

Every article of the dev pairs is ingested into a fresh store with the real pipeline (as
bench/eval_compare.py does); for each same-event pair grouped in one story, the story's statements
and their similarity matrix are made as the cross-check makes them, and each pair of a statement
of A and one of B whose hand score lies in [floor, threshold) (the near misses) becomes a row of
``align.pair_features``: positive when the gold sentences the two overlap make a gold shared pair,
negative otherwise. A logistic regression (numpy, L2, Newton steps) is cross-validated by pair
(5 folds) to choose the probability cut: the lowest at which the rescued pairs' precision on the
held-out folds reaches --precision (by default the precision, on the gold, of the A-B statement
pairs the hand score already accepts: rescued pairs are no less often right than those); a rescued
pair also needs a sentence-vector cosine of --min-semantic (on the example stories, pairs rescued on
their ranks alone, each the other's best remaining partner, are mostly wrong). With --above, the
pairs at the threshold or above are rows too, and the veto is chosen: the highest probability under
which the held-out pairs it would lower are right --veto-right of the time at most. Prints the
held-out figures; --write fits on all dev pairs and writes the JSON (coefficients only, no text).
Never reads a blind file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_compare import CORPUS, RAW_FIELD, GoldPair, _ingest_records, parsed_to_raw  # noqa: E402
from eval_quotes import read_lines  # noqa: E402

from recoupe import reading  # noqa: E402
from recoupe.crosscheck import features  # noqa: E402
from recoupe.crosscheck.align import (  # noqa: E402
    PAIR_FEATURES,
    SCORER_PATH,
    THRESHOLD,
    VETO_PATH,
    AlignParams,
    PairContext,
    Similarity,
    pair_features,
)
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

DEV = ROOT / "bench" / "data" / "pairs-dev.json"


def rows(path: Path, floor: float, new_only: bool = False, above: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
    data = json.loads(path.read_text("utf-8"))
    assert not str(data.get("role", "")).startswith("blind"), "a blind set is never trained on"
    lines = {p[s]["line"] for p in data["pairs"] for s in ("a", "b")}
    records = read_lines(CORPUS, lines)
    nlp, X, y, g = load_model(), [], [], []
    counts = dict.fromkeys(("gold shared", "pairs above", "pairs above right", "found above"), 0)
    with tempfile.TemporaryDirectory(prefix="recoupe-train-") as tmp:
        store = _ingest_records(records, Path(tmp) / "dev.jsonl", f"{tmp}/dev.db", Enricher())
        for n, pair in enumerate(data["pairs"]):
            gp = GoldPair(pair)
            counts["gold shared"] += len(gp.shared)
            try:
                a = store.get(str(records[pair["a"]["line"]]["id"]), with_revisions=False)
                b = store.get(str(records[pair["b"]["line"]]["id"]), with_revisions=False)
            except Exception:  # noqa: BLE001 - not stored
                continue
            if not a.story_id or a.story_id != b.story_id:
                continue
            _, articles, _ = reading._members(store, a.story_id, Registry(), False)
            ids = [x.id for x in articles]
            feats = features.stored(store.statement_features(ids), articles, nlp)
            st = Reader(articles, nlp, feats).statements()
            sim = Similarity(st, AlignParams(), reading._kept_vectors(store, ids)(st))
            matrix = sim.matrix()
            context = PairContext(sim, matrix)
            keys: dict[int, set] = {}
            for side, art in (("a", a), ("b", b)):
                rec = records[gp.line[side]]
                for f, raw_f in RAW_FIELD.items():
                    to_raw = parsed_to_raw(getattr(art, f) or "", rec[raw_f] or "")
                    for k, s in enumerate(st):
                        if s.article == art.id and s.field == f:
                            raw = to_raw(s.start, s.end)
                            keys[k] = {key for _, key in gp.overlapped(side, raw_f, raw)} if raw else set()
            ia = [k for k, s in enumerate(st) if s.article == a.id]
            ib = [k for k, s in enumerate(st) if s.article == b.id]
            found: set = set()
            near = []
            for i in ia:
                for j in ib:
                    right = {(x, z) for x in keys[i] for z in keys[j]} & set(gp.shared)
                    m = float(matrix[i, j])
                    if m >= THRESHOLD:
                        counts["pairs above"] += 1
                        counts["pairs above right"] += bool(right)
                        found |= right
                        if above:
                            near.append((pair_features(sim, i, j, m, context), right))
                    elif m >= floor:
                        near.append((pair_features(sim, i, j, m, context), right))
            for row, right in near:
                if right and new_only and right <= found and row[0] < THRESHOLD:
                    continue  # a gold pair that statements alike above the threshold already make: nothing to learn
                X.append(row)
                y.append(bool(right))
                g.append(n)
            counts["found above"] += len(found)
    return np.array(X), np.array(y, dtype=float), np.array(g), counts


def example_rows(gold_path: Path, floor: float, above: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows as ``rows`` gives them from the example corpus's annotated pairs (compare-dev.json, and
    ../shared/samples when there): stories of three to six outlets of other kinds than a wire and
    its rewrite, where a pair of statements each the other's best remaining match is often not one
    claim. Positive when the two statements' sentences make an annotated aligned pair."""
    from eval_compare import EXAMPLES, SAMPLES, find, ingest, locate, unit_at

    gold = json.loads(gold_path.read_text("utf-8"))
    nlp, enricher, X, y, g = load_model(), Enricher(), [], [], []
    stories = {name: 1000 + n for n, name in enumerate(dict.fromkeys(p["story"] for p in gold["pairs"]))}
    with tempfile.TemporaryDirectory(prefix="recoupe-train-ex-") as tmp:
        stores = {"examples": ingest(EXAMPLES, f"{tmp}/ex.db", enricher, "L'Écho des Plaines")}
        if SAMPLES.exists():
            stores["samples"] = ingest([SAMPLES], f"{tmp}/samples.db", enricher, None)
        made: dict[tuple[str, str], tuple] = {}
        for pair in gold["pairs"]:
            kind = "samples" if pair["story"] == "samples" else "examples"
            if kind not in stores:
                continue
            store = stores[kind]
            a, b = find(store, pair["a"]), find(store, pair["b"])
            if a is None or b is None or not a.story_id or a.story_id != b.story_id:
                continue
            want = {(locate(a, it["a"]), locate(b, it["b"])) for it in pair["aligned"]}
            key = (kind, a.story_id)
            if key not in made:
                _, articles, _ = reading._members(store, a.story_id, Registry(), False)
                ids = [x.id for x in articles]
                feats = features.stored(store.statement_features(ids), articles, nlp)
                st = Reader(articles, nlp, feats).statements()
                sim = Similarity(st, AlignParams(), reading._kept_vectors(store, ids)(st))
                matrix = sim.matrix()
                made[key] = (st, sim, matrix, PairContext(sim, matrix))
            st, sim, matrix, context = made[key]
            for i, x in enumerate(st):
                if x.article != a.id:
                    continue
                for j, z in enumerate(st):
                    m = float(matrix[i, j])
                    if z.article != b.id or m < floor or (m >= THRESHOLD and not above):
                        continue
                    X.append(pair_features(sim, i, j, m, context))
                    y.append((unit_at(a, x.field, x.start), unit_at(b, z.field, z.start)) in want)
                    g.append(stories[pair["story"]])
        for store in stores.values():
            store.close()
    return np.array(X), np.array(y, dtype=float), np.array(g)


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-Z @ w))
        grad = Z.T @ (p - y) + reg * w
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], float(w[-1])


def predict(model: tuple, X: np.ndarray) -> np.ndarray:
    mean, scale, coef, b = model
    return 1 / (1 + np.exp(-(((X - mean) / scale) @ coef + b)))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / max(1, pos.sum() * (~pos).sum()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=DEV)
    ap.add_argument("--cache", type=Path, default=None, help="rows kept here (npz) and read back when present")
    ap.add_argument("--floor", type=float, default=0.2)
    ap.add_argument("--precision", type=float, default=None,
                    help="held-out precision the rescued pairs must reach (default: that of the pairs the hand score accepts)")
    ap.add_argument("--features", default=",".join(PAIR_FEATURES))
    ap.add_argument("--new-only", action="store_true",
                    help="leave out the near misses on a gold pair that pairs above the threshold already make")
    ap.add_argument("--above", action="store_true",
                    help="also learn from the pairs at the threshold or above, and choose a veto: the probability under "
                         "which such a pair no longer counts as one claim")
    ap.add_argument("--veto-right", type=float, default=0.17,
                    help="with --above, the veto is the highest at which the held-out pairs it lowers are right this often at most")
    ap.add_argument("--min-semantic", type=float, default=0.35,
                    help="a near miss is rescued only when its sentence vectors' cosine reaches this too")
    ap.add_argument("--examples", type=Path, default=None,
                    help="also learn from the example corpus's annotated pairs (bench/data/compare-dev.json)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        d = np.load(args.cache, allow_pickle=True)
        X, y, g, counts = d["X"], d["y"], d["g"], d["counts"].item()
    else:
        X, y, g, counts = rows(args.pairs, args.floor, args.new_only, args.above)
        if args.examples:
            ex = example_rows(args.examples, args.floor, args.above)
            print(f"example corpus: {len(ex[1])} rows, {int(ex[1].sum())} on an annotated pair")
            X, y, g = np.vstack([X, ex[0]]), np.concatenate([y, ex[1]]), np.concatenate([g, ex[2]])
        if args.cache:
            np.savez(args.cache, X=X, y=y, g=g, counts=np.array(counts, dtype=object))
    names = args.features.split(",")
    X = X[:, [PAIR_FEATURES.index(f) for f in names]]
    print(f"gold shared {counts['gold shared']}; A-B statement pairs above the threshold {counts['pairs above']} "
          f"({counts['pairs above right']} on a gold shared pair, {counts['found above']} gold pairs)")
    score = X[:, names.index("score")] if "score" in names else np.zeros(len(y))
    near = score < THRESHOLD
    print(f"near misses (score in [{args.floor}, {THRESHOLD})): {int(near.sum())}, on a gold shared pair {int(y[near].sum())}")
    if args.above:
        print(f"pairs at the threshold or above: {int((~near).sum())}, on a gold shared pair {int(y[~near].sum())}")
    if args.precision is None:
        args.precision = round(counts["pairs above right"] / max(1, counts["pairs above"]), 3)
    groups = np.unique(g)
    rng = np.random.default_rng(0)
    fold = dict(zip(rng.permutation(groups), np.arange(len(groups)) % 5, strict=True))
    fk = np.array([fold[x] for x in g])
    held = np.zeros(len(y))
    for k in range(5):
        model = fit(X[fk != k], y[fk != k], args.l2)
        held[fk == k] = predict(model, X[fk == k])
    print(f"held-out AUC {auc(held, y):.3f} (hand score alone {auc(X[:, names.index('score')], y) if 'score' in names else float('nan'):.3f})")
    cut = None
    for c in np.arange(0.30, 0.991, 0.01):
        sel = near & (held >= c)
        prec = y[sel].mean() if sel.any() else 1.0
        if cut is None and sel.any() and prec >= args.precision:
            cut = float(round(c, 2))
        if abs(c * 100 - round(c * 100)) < 1e-6 and round(c * 100) % 5 == 0:
            print(f"  cut {c:.2f}: rescued {int(sel.sum()):4d}, right {int(y[sel].sum()):4d}, precision {prec:.3f}")
    print(f"chosen cut (held-out precision >= {args.precision}): {cut}")
    veto = None
    if args.above:
        # pairs that give different values are left to the contradiction check (align.rescued)
        judged = ~near & (X[:, names.index("values_conflict")] == 0 if "values_conflict" in names else True)
        for v in np.arange(0.05, 0.501, 0.01):
            sel = judged & (held < v)
            if sel.any() and y[sel].mean() <= args.veto_right:
                veto = float(round(v, 2))
            if abs(v * 100 - round(v * 100)) < 1e-6 and round(v * 100) % 5 == 0:
                print(f"  veto {v:.2f}: lowered {int(sel.sum()):4d}, right {int(y[sel].sum()):4d}")
        print(f"chosen veto (held-out lowered pairs right <= {args.veto_right}): {veto}")
    # near misses alone: the rescue (pair_scorer.json); with --above: the veto (pair_veto.json)
    path = VETO_PATH if args.above else SCORER_PATH
    if args.write and (veto if args.above else cut) is not None:
        mean, scale, coef, b = fit(X, y, args.l2)
        path.write_text(json.dumps({
            "about": "bench/train_pair_scorer.py" + (" --above: logistic regression on pairs-dev's gold statement pairs "
                                                      "(near misses and pairs at the threshold or above): the veto"
                                                      if args.above else ": logistic regression on pairs-dev's gold statement pairs "
                                                      "(near misses): the rescue"),
            "features": names, "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "coef": [round(float(v), 6) for v in coef], "intercept": round(b, 6), "floor": args.floor,
            "cut": None if args.above else cut, "veto": veto, "min_semantic": 0.0 if args.above else args.min_semantic,
        }, indent=1) + "\n", "utf-8")
        print(f"written {path.relative_to(ROOT)}: " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(names, coef, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
