"""Check compare-dev.json against the articles as recoupe ingests them.

    .venv/bin/python bench/data/check_compare_dev.py [compare-dev.json] [--shared ../shared]

Every article a pair names is ingested by `recoupe.pipeline.ingest` (each input file on its own, so
that both versions of a revised article can be read), then:

- every substring of the example corpus is found exactly once in its article (title, lead and body
  together) and does not run over a paragraph break;
- every offset span of the real samples lies inside its field, and the SHA-256 of the text it covers
  starts with the stored `sha` (a change of the parser that moves offsets shows up here);
- both articles of a pair belong to the story the pair names (examples/manifest.json);
- relations are `same` or `contradiction`, and no sentence pair is listed twice.

Substrings that cover more than one of recoupe's sentences are listed as notes: the gold follows
orthographic sentences (COMPARE-GUIDELINES.md), recoupe's segmenter sometimes cuts elsewhere.
Prints a summary; the exit status is 1 when an error is found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "L'Écho des Plaines"  # what the example corpus is ingested with (examples/README.md)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(Path(__file__).with_name("compare-dev.json")))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the ../shared directory (samples)")
    args = ap.parse_args(argv)

    from recoupe import pipeline
    from recoupe.enrich.nlp import Enricher
    from recoupe.store import Store

    gold = json.loads(Path(args.gold).read_text("utf-8"))
    manifest = json.loads((ROOT / "examples" / "manifest.json").read_text("utf-8"))
    by_ref: dict[str, list[dict]] = {}
    for e in manifest["articles"]:
        by_ref.setdefault(e["url"] or e["file"], []).append(e)
        by_ref.setdefault(e["file"], []).append(e)

    enricher = Enricher(workers=1)
    tmp = tempfile.TemporaryDirectory(prefix="compare-dev-")
    stores: dict[str, list] = {}

    def ingested(path: Path) -> list:
        """The articles of one input (a file or a directory), ingested into a store of their own."""
        key = str(path)
        if key not in stores:
            with Store(str(Path(tmp.name) / f"{len(stores)}.db")) as store:
                report = pipeline.ingest([key], store, source=SOURCE, enricher=enricher, workers=1)
                for r in report.rejected:
                    print(f"  rejected: {r.origin}: {r.reason}")
                stores[key] = [store.get(a.id) for a in store.query()]
        return stores[key]

    errors: list[str] = []
    notes: list[str] = []

    def article(ref: str, story: str, where: str):
        entries = by_ref.get(ref)
        if not entries:
            errors.append(f"{where}: {ref}: not an article of examples/manifest.json")
            return None
        if any(e["story"] != story for e in entries):
            errors.append(f"{where}: {ref}: not in story {story}")
        # a URL shared by two versions names the current one (the latest)
        file = max(entries, key=lambda e: e["updated"] or e["published"])["file"]
        arts = ingested(ROOT / file)
        if ref.startswith("examples/"):
            found = arts if len(arts) == 1 else [a for a in arts if a.origin.endswith(ref)]
        else:
            found = [a for a in arts if a.url == ref]
        if len(found) != 1:
            errors.append(f"{where}: {ref}: {len(found)} articles found in {file}")
            return None
        return found[0]

    def check_substring(a, text: str, where: str) -> None:
        fields = {"title": a.title or "", "lead": a.lead or "", "body": a.body}
        hits = [(f, i) for f, t in fields.items() for i in _all(t, text)]
        if len(hits) != 1:
            errors.append(f"{where}: found {len(hits)} times: {text[:70]!r}")
            return
        field, start = hits[0]
        if "\n\n" in text:
            errors.append(f"{where}: runs over a paragraph break: {text[:70]!r}")
        if field == "body":
            end = start + len(text)
            covered = [s for s in a.sentences if s[0] < end and start < s[1]]
            if len(covered) > 1:
                notes.append(f"{where}: covers {len(covered)} recoupe sentences: {text[:60]!r}")

    counts: Counter[str] = Counter()
    sample_pairs = 0
    for n, pair in enumerate(gold["pairs"]):
        where = f"pair {n} ({pair['story']})"
        seen: set[tuple] = set()
        for al in pair["aligned"]:
            counts[al["relation"]] += 1
            if al["relation"] not in ("same", "contradiction"):
                errors.append(f"{where}: relation {al['relation']!r}")
            key = json.dumps([al["a"], al["b"]], sort_keys=True)
            if key in seen:
                errors.append(f"{where}: listed twice: {key[:80]}")
            seen.add(key)
        if pair["story"] == "samples":
            sample_pairs += 1
            samples = Path(args.shared) / "samples"
            if not samples.is_dir():
                notes.append(f"{where}: {samples} is not here, offsets not checked")
                continue
            arts = {Path(a.origin).name: a for a in ingested(samples)}
            sides = {}
            for side in ("a", "b"):
                name = pair[side]["file"]
                sides[side] = arts.get(name)
                if sides[side] is None:
                    errors.append(f"{where}: sample {name} not found in {samples}")
            if None in sides.values():
                continue
            for i, al in enumerate(pair["aligned"]):
                for side in ("a", "b"):
                    sp = al[side]
                    text = getattr(sides[side], sp["field"]) or ""
                    if not 0 <= sp["start"] < sp["end"] <= len(text):
                        errors.append(f"{where} #{i}{side}: span {sp['start']}:{sp['end']} outside {sp['field']} ({len(text)} chars)")
                    elif hashlib.sha256(text[sp["start"]:sp["end"]].encode()).hexdigest()[:12] != sp.get("sha"):
                        errors.append(f"{where} #{i}{side}: the text at {sp['field']}[{sp['start']}:{sp['end']}] has changed")
            continue
        a = article(pair["a"], pair["story"], where)
        b = article(pair["b"], pair["story"], where)
        if a is None or b is None:
            continue
        if pair["a"] == pair["b"]:
            errors.append(f"{where}: an article paired with itself")
        for i, al in enumerate(pair["aligned"]):
            check_substring(a, al["a"], f"{where} #{i}a")
            check_substring(b, al["b"], f"{where} #{i}b")

    stories = Counter(p["story"] for p in gold["pairs"])
    print(f"{len(gold['pairs'])} pairs ({sample_pairs} of the real samples) in {len(stories)} stories; "
          f"{sum(counts.values())} aligned sentence pairs: {counts['same']} same, {counts['contradiction']} contradiction")
    print("pairs per story: " + ", ".join(f"{s} {n}" for s, n in sorted(stories.items())))
    for line in notes:
        print("note:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(errors)} errors, {len(notes)} notes")
    tmp.cleanup()
    return 1 if errors else 0


def _all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


if __name__ == "__main__":
    sys.exit(main())
