"""Train the learned pair scorer (src/recoupe/crosscheck/pair_scorer.json) from the dev pairs' gold.

    python bench/train_pair_scorer.py [--pairs bench/data/pairs-dev.json [bench/data/pairs-dev2.json ...]]
                                      [--cache F.npz] [--precision P] [--floor 0.2] [--write]

Every article of the dev pairs is ingested into a fresh store with the real pipeline, one store per
file (as bench/eval_compare.py does); for each same-event pair grouped in one story, the story's statements
and their similarity matrix are made as the cross-check makes them, and each pair of a statement
of A and one of B whose hand score lies in [floor, threshold) (the near misses) becomes a row of
``align.pair_features``: positive when the gold sentences the two overlap make a gold shared pair,
negative otherwise. A logistic regression (numpy, L2, Newton steps) is cross-validated by pair
(5 folds) to choose the probability cut: the lowest at which the rescued pairs' precision on the
held-out folds reaches --precision (by default the precision, on the gold, of the A-B statement
pairs the hand score already accepts: rescued pairs are no less often right than those). Prints the held-out figures; --write fits on all dev pairs
and writes the JSON (coefficients only, no text). Never reads a blind file.
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
    Similarity,
    conflicts,
    near_misses,
    pair_features,
)
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.enrich.semantic import encoder  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

DEV = (ROOT / "bench" / "data" / "pairs-dev.json",)  # what the shipped scorer and veto were trained on
VETO_BAND = 0.15  # the veto reads the pairs this close above the threshold


def rows(path: Path, floor: float, new_only: bool = False, top: float = THRESHOLD,
         agreeing: bool = False, keep: Path | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
    """The rows of the pairs of A and B whose hand score lies in [floor, top); ``agreeing``: only
    those whose values do not conflict (what the veto reads, ``align.vetoed``). ``keep``: the
    stores bench/fact_formation.py keeps there (the pairs' and the hard negatives' articles, as
    bench/eval_compare.py ingests them), made when missing and read back."""
    data = json.loads(path.read_text("utf-8"))
    assert not str(data.get("role", "")).startswith(("blind", "fresh")), "a blind or fresh set is never trained on"
    lines = {p[s]["line"] for p in data["pairs"] + (data["negatives"] if keep else []) for s in ("a", "b")}
    records = read_lines(CORPUS, lines)
    nlp, X, y, g = load_model(), [], [], []
    counts = dict.fromkeys(("gold shared", "pairs above", "pairs above right", "found above"), 0)
    with tempfile.TemporaryDirectory(prefix="recoupe-train-") as tmp:
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            db = keep / f"{path.stem}.db"
            store = Store(str(db)) if db.exists() else _ingest_records(records, keep / f"{path.stem}.jsonl", str(db), Enricher())
        else:
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
            ii, jj = near_misses(sim, matrix, floor, top)
            sim.encode_clauses(sorted({int(k) for k in ii} | {int(k) for k in jj}), encoder().encode)  # as report.cross_check does
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
                    if floor <= m < top and not (agreeing and conflicts(st[i].values, st[j].values)):
                        near.append((pair_features(sim, i, j, m), right))
            for row, right in near:
                if right and new_only and right <= found:
                    continue  # a gold pair that statements alike above the threshold already make: nothing to learn
                X.append(row)
                y.append(bool(right))
                g.append(n)
            counts["found above"] += len(found)
    return np.array(X), np.array(y, dtype=float), np.array(g), counts


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
    ap.add_argument("--pairs", type=Path, nargs="+", default=list(DEV), help="dev pair sets (cross-validated by pair over all)")
    ap.add_argument("--cache", type=Path, default=None, help="rows kept here (npz) and read back when present")
    ap.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the ingested stores in this directory")
    ap.add_argument("--floor", type=float, default=0.2)
    ap.add_argument("--precision", type=float, default=None,
                    help="held-out precision the rescued pairs must reach (default: that of the pairs the hand score accepts)")
    ap.add_argument("--features", default=",".join(PAIR_FEATURES))
    ap.add_argument("--new-only", action="store_true",
                    help="leave out the near misses on a gold pair that pairs above the threshold already make")
    ap.add_argument("--veto", action="store_true",
                    help="train the veto (pair_veto.json) on the pairs in [threshold, threshold + --band) instead")
    ap.add_argument("--band", type=float, default=VETO_BAND)
    ap.add_argument("--veto-share", type=float, default=0.1,
                    help="largest held-out share of vetoed pairs that lie on a gold shared pair")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    lo, hi = (THRESHOLD, THRESHOLD + args.band) if args.veto else (args.floor, THRESHOLD)
    if args.cache and args.cache.exists():
        d = np.load(args.cache, allow_pickle=True)
        X, y, g, counts = d["X"], d["y"], d["g"], d["counts"].item()
    else:
        parts = [rows(p, lo, args.new_only, hi, agreeing=args.veto, keep=args.keep) for p in args.pairs]
        X = np.vstack([p[0] for p in parts if len(p[0])])
        y = np.concatenate([p[1] for p in parts])
        g = np.concatenate([p[2] + 1000 * k for k, p in enumerate(parts)])  # a pair's number, unique over the files
        counts = {key: sum(p[3][key] for p in parts) for key in parts[0][3]}
        if args.cache:
            np.savez(args.cache, X=X, y=y, g=g, counts=np.array(counts, dtype=object))
    names = args.features.split(",")
    X = X[:, [PAIR_FEATURES.index(f) for f in names]]
    print(f"gold shared {counts['gold shared']}; A-B statement pairs above the threshold {counts['pairs above']} "
          f"({counts['pairs above right']} on a gold shared pair, {counts['found above']} gold pairs)")
    print(f"pairs with a score in [{lo:.2f}, {hi:.2f}): {len(y)}, on a gold shared pair {int(y.sum())}")
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
    if args.veto:  # the highest cut below which few held-out pairs are right
        for c in np.arange(0.01, 0.501, 0.01):
            sel = held < c
            share = y[sel].mean() if sel.any() else 0.0
            if share <= args.veto_share:
                cut = float(round(c, 2))
            if abs(c * 100 - round(c * 100)) < 1e-6 and round(c * 100) % 5 == 0:
                print(f"  cut {c:.2f}: vetoed {int(sel.sum()):4d}, right {int(y[sel].sum()):4d}, share right {share:.3f}")
        print(f"chosen cut (held-out share of vetoed pairs on a gold pair <= {args.veto_share}): {cut}")
    else:
        for c in np.arange(0.30, 0.991, 0.01):
            sel = held >= c
            prec = y[sel].mean() if sel.any() else 1.0
            if cut is None and sel.any() and prec >= args.precision:
                cut = float(round(c, 2))
            if abs(c * 100 - round(c * 100)) < 1e-6 and round(c * 100) % 5 == 0:
                print(f"  cut {c:.2f}: rescued {int(sel.sum()):4d}, right {int(y[sel].sum()):4d}, precision {prec:.3f}")
        print(f"chosen cut (held-out precision >= {args.precision}): {cut}")
    if args.write and cut is not None:
        mean, scale, coef, b = fit(X, y, args.l2)
        path = VETO_PATH if args.veto else SCORER_PATH
        what = "pairs just above the threshold" if args.veto else "near misses"
        path.write_text(json.dumps({
            "about": f"bench/train_pair_scorer.py{' --veto' if args.veto else ''}: logistic regression on the gold statement pairs "
                     f"({what}) of {', '.join(p.stem for p in args.pairs)}",
            "features": names, "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "coef": [round(float(v), 6) for v in coef], "intercept": round(b, 6), "floor": round(lo, 6), "cut": cut,
            **({"top": round(hi, 6)} if args.veto else {}),
        }, indent=1) + "\n", "utf-8")
        print(f"written {path.relative_to(ROOT)}: " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(names, coef, strict=True)))
    return 0

if __name__ == "__main__":
    sys.exit(main())
