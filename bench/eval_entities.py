"""The entity step on the names that speak: how recoupe's entities type and delimit people and
organisations in French news.

    python bench/eval_entities.py [--errors] [--unlabelled 300] [--cache FILE]

Part 1, dev speakers. The gold speakers of the dev quotation sets (quotes-dev.json,
quotes-dev-ext.json, quotes-dev2.json, quotes-dev3.json, quotes-dev4.json; never a blind set, never
quotes-dev5.json) are people or organisations the article names. For each distinct named gold
speaker of an article (a speaker beginning with a capital letter, which the gold conventions keep
for names; descriptions such as "un enquêteur" are left out) written as such in the parsed article,
the mentions recoupe's entities give at the places the name is written decide its outcome:

- ``exact``: a mention covers exactly the name (the best of its occurrences);
- ``partial``: mentions cover only part of the name (« Sarraj » of « Fayez al-Sarraj »);
- ``glued``: a mention covers the name and more (« Santé Iraj Harirchi », « NellyRodi »);
- ``absent``: no mention touches the name.

and its type the entity's (person, organisation: a speaker's types; place, other: wrong for one).
Which of person and organisation the name calls for is inferred from the name (an organisation
when it holds a word of ``fr.INSTITUTION_WORDS``, a word in capitals, « AFP », a lower-case word other than a
name's particle, « de », « von », or an article first; a person for other names of two words or more; either for one word, « Safran »),
so the PER/ORG confusion is an estimate. Names the gold gives but the article does not
write whole (« Emmanuel Macron » for an article that only says « Macron ») are counted apart.
``--errors`` lists the dev names that are not exact with a speaker's type, and those exact with the other one.

Part 2, unlabelled. Over ``--unlabelled`` OrangeSum articles outside every gold set (a seeded draw
outside the lines bench/data/select_sets.py gives to any set and outside the lines 20000-24999 of
the first dev set), counts of suspicious entity mentions, aggregate only:

- ``glued``: a PER/LOC/ORG mention with a lower-case letter followed by a capital inside a word
  (« NellyRodi »), and of those how many are glued the same way in the record's raw text (the
  source) rather than by our parsing;
- ``glued sentence end``: a mention holding a sentence's end glued to the next (« 2018.Le
  Conseil »: a full stop, then a capital, with no space);
- ``role start``: a PER/LOC/ORG mention of several words whose first is a role noun, or a
  ministry's domain before two to four capitalised words (« Santé Iraj Harirchi »; not « Santé
  publique France »);
- ``place speaking``: a place whose head is the subject of a reporting verb (« Fayez al-Sarraj a
  déclaré » typed LOC), with how many of them have two capitalised words or more (a metonymy,
  « Moscou a dénoncé », has one).
- ``outlet not an organisation``: mentions of a news outlet (``fr_quotes.NEWS_OUTLETS``, with or
  without its article) whose entity is typed place, other or person (« Franceinfo », « Le Parisien »
  read as places; counted over every type, « other » too);
- ``case noun person``: a person's mention opening on a case's noun (``fr.CASE_NOUNS``: « Affaire
  Benalla », « Attentat »).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_quotes import CORPUS, CachedModel, parsed_records, read_lines  # noqa: E402

from recoupe.enrich.entities import TEXT_KEY, article_entities  # noqa: E402
from recoupe.enrich.nlp import FIELDS, compose, load  # noqa: E402
from recoupe.lang import fr  # noqa: E402
from recoupe.lang.fr_quotes import CUE_VERBS, NEWS_OUTLETS  # noqa: E402
from recoupe.normalise import name_key, strip_accents  # noqa: E402

DEV_SETS = ("quotes-dev.json", "quotes-dev-ext.json", "quotes-dev2.json", "quotes-dev3.json", "quotes-dev4.json")
SEED = 20261206
SPEAKING = ("person", "organisation")
_INSTITUTION = frozenset(name_key(w) for w in fr.INSTITUTION_WORDS)
_DOMAINS = frozenset(name_key(w) for w in fr.ROLE_DOMAINS)
_NAME_PARTICLES = fr.NAME_PARTICLES
_GLUE = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
_SENTENCE_GLUE = re.compile(r"[\w)»%][.!?…][A-ZÀ-Ý][a-zà-ÿ]")
_OUTLET_KEYS = frozenset(name_key(w) for w in NEWS_OUTLETS)
_CASE_NOUNS = frozenset(strip_accents(w) for w in fr.CASE_NOUNS)


def _outlet_name(name: str) -> bool:
    """A news outlet's name (``fr_quotes.NEWS_OUTLETS``), with or without its article."""
    key = name_key(name)
    return key in _OUTLET_KEYS or re.sub(r"^(?:le|la|les|l) ", "", key) in _OUTLET_KEYS


def expected_type(name: str) -> str:
    """person, organisation, or either (a single word: « Mennel », « Safran »)."""
    words = name.split()
    if (any(name_key(w) in _INSTITUTION for w in words) or any(len(w) > 1 and w.isupper() for w in words)
            or any(w[:1].islower() and w not in _NAME_PARTICLES for w in words) or words[0] in ("Le", "La", "Les", "L'", "L’")):
        return "organisation"
    return "person" if len(words) > 1 else "either"


def role_glued(name: str) -> bool:
    """A role noun opens the mention (« ministre X »), or a ministry's domain does before a name of
    capitalised words (« Santé Iraj Harirchi »; not « Santé publique France », « Assemblée nationale »)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in fr.ROLE_NOUNS:
        return True
    rest = words[1:]
    return (name_key(words[0]) in _DOMAINS and 2 <= len(rest) <= 4
            and all(w[:1].isupper() and not w.isupper() and name_key(w) not in _INSTITUTION | _DOMAINS for w in rest))


def analysed(nlp, parsed: list) -> list[tuple]:  # type: ignore[no-untyped-def]
    """(article, doc, fields, entities) as the enrich stage makes them."""
    inputs = [compose(a) for a in parsed]
    out = []
    for (doc, k), a in zip(nlp.pipe(((t, i) for i, (t, _) in enumerate(inputs)), as_tuples=True), parsed, strict=True):
        text, fields = inputs[k]
        doc.user_data[TEXT_KEY] = text
        text_of = {f: a.field_text(f) for f in FIELDS}
        out.append((a, doc, fields, article_entities(doc, fields, text_of) if fields else ()))
    return out


def outcome(body: str, name: str, entities: tuple) -> tuple[str, str, str] | None:
    """(outcome, type, what the mention reads) of the best occurrence of ``name`` in the body, or
    None when the body does not write it."""
    spans = [(m.start, m.end, e.type, m.text) for e in entities for m in e.mentions if m.field == "body"]
    rank = {"exact": 0, "glued": 1, "partial": 2, "absent": 3}
    best: tuple[str, str, str] | None = None
    for occ in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body):
        s, e = occ.span()
        touching = [sp for sp in spans if sp[0] < e and sp[1] > s]
        exact = [sp for sp in touching if sp[0] == s and sp[1] == e]
        wider = [sp for sp in touching if sp[0] <= s and sp[1] >= e]
        if exact:
            exact.sort(key=lambda sp: sp[2] not in SPEAKING)
            found = ("exact", exact[0][2], exact[0][3])
        elif wider:
            found = ("glued", wider[0][2], body[wider[0][0]:wider[0][1]])
        elif touching:
            found = ("partial", touching[0][2], " | ".join(body[sp[0]:sp[1]] for sp in touching))
        else:
            found = ("absent", "-", "")
        key = (rank[found[0]], found[1] not in SPEAKING)
        if best is None or key < (rank[best[0]], best[1] not in SPEAKING):
            best = found
    return best


def dev_part(nlp, corpus: Path, show_errors: bool) -> None:  # type: ignore[no-untyped-def]
    data = ROOT / "bench" / "data"
    wanted: dict[int, set[str]] = {}
    for name in DEV_SETS:
        gold = json.loads((data / name).read_text("utf-8"))
        role = str(gold.get("role", ""))
        assert "blind" not in name and not role.startswith("blind"), name
        for art in gold["articles"]:
            for q in art["quotes"]:
                sp = q.get("speaker")
                if sp and sp[:1].isupper():
                    wanted.setdefault(art["line"], set()).add(sp)
    records = read_lines(corpus, set(wanted))
    lines = sorted(records)
    results = analysed(nlp, parsed_records(records))
    table: Counter = Counter()
    by_type: Counter = Counter()
    errors: list[str] = []
    missing = 0
    for line, (article, _doc, _fields, entities) in zip(lines, results, strict=True):
        for sp in sorted(wanted[line]):
            got = outcome(article.body, sp, entities)
            if got is None:
                missing += 1
                continue
            kind, etype, read = got
            want = expected_type(sp)
            table[kind] += 1
            by_type[(want, etype)] += 1
            ok_type = etype in SPEAKING
            table[f"{kind}, speaker's type" if ok_type else f"{kind}, wrong type"] += 1
            if kind == "exact" and (etype == want or want == "either" and ok_type):
                table["exact, expected type"] += 1
            if not (kind == "exact" and ok_type):
                errors.append(f"  line {line}: {sp!r} -> {kind} {etype} {read!r}")
            elif etype != want and want != "either":
                errors.append(f"  line {line}: {sp!r} -> {kind} {etype} {read!r} (expected {want})")
    n = sum(table[k] for k in ("exact", "partial", "glued", "absent"))
    print(f"dev speakers: {n} named gold speakers written whole in their article ({missing} more the article does not write whole)")
    for kind in ("exact", "partial", "glued", "absent"):
        right, wrong = table[f"{kind}, speaker's type"], table[f"{kind}, wrong type"]
        print(f"  {kind:8} {table[kind]:4} ({table[kind] / max(1, n):.3f})   person or organisation {right:4}, place or other {wrong:4}")
    good = table["exact, speaker's type"]
    print(f"  exact with a speaker's type: {good} ({good / max(1, n):.3f}); exact with the expected one (PER/ORG inferred from the name): "
          f"{table['exact, expected type']} ({table['exact, expected type'] / max(1, n):.3f})")
    print("  expected -> predicted type: " + ", ".join(f"{w}->{p} {c}" for (w, p), c in sorted(by_type.items())))
    if show_errors:
        print(f"\ndev names not exact with a speaker's type, or exact with the other one than inferred ({len(errors)}):")
        print("\n".join(errors))


def set_lines(corpus: Path) -> set[int]:
    """Every line a gold set draws (bench/data/select_sets.py), without opening any gold file."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "data" / "select_sets.py"), "--corpus", str(corpus)],
                         capture_output=True, text=True, check=True).stdout
    used = set(range(20000, 25000))
    for row in out.splitlines():
        used.update(int(x) for x in row.split()[1:])
    return used


def unlabelled_part(nlp, corpus: Path, n: int) -> None:  # type: ignore[no-untyped-def]
    used = set_lines(corpus)
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        total = sum(1 for _ in f)
    pool = [i for i in range(total) if i not in used]
    lines = sorted(random.Random(SEED).sample(pool, n))
    records = read_lines(corpus, set(lines))
    results = analysed(nlp, parsed_records(records))
    counts: Counter = Counter()
    for line, (_article, doc, fields, entities) in zip(lines, results, strict=True):
        raw = records[line]
        raw_text = " ".join(str(raw.get(k) or "") for k in ("title", "summary", "article"))
        offset = {f: o for f, o, _ in fields}
        for e in entities:
            if e.type != "organisation" and _outlet_name(e.name):
                counts["outlet not an organisation"] += len(e.mentions)
            if e.type == "other":
                continue
            for m in e.mentions:
                counts[e.type] += 1
                span = doc.char_span(offset[m.field] + m.start, offset[m.field] + m.end, alignment_mode="expand")
                if span is None:
                    continue
                if _SENTENCE_GLUE.search(m.text):
                    counts["glued sentence"] += 1
                if any(_GLUE.search(w) for w in m.text.split()):
                    counts["glued"] += 1
                    if m.text in raw_text:
                        counts["glued in the source"] += 1
                if role_glued(m.text):
                    counts["role start"] += 1
                if e.type == "person" and strip_accents(m.text.split()[0].lower()) in _CASE_NOUNS:
                    counts["case noun person"] += 1
                if e.type == "place":
                    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
                    if any(t.dep_.startswith("nsubj") and t.head.lemma_.lower() in CUE_VERBS for t in heads):
                        counts["place speaking"] += 1
                        if sum(1 for t in span if t.text[:1].isupper()) >= 2:
                            counts["place speaking, 2+ capitalised words"] += 1
    mentions = counts["person"] + counts["organisation"] + counts["place"]
    print(f"\nunlabelled: {n} OrangeSum articles outside every gold set (seed {SEED}), {mentions} PER/ORG/LOC mentions "
          f"(person {counts['person']}, organisation {counts['organisation']}, place {counts['place']})")
    print(f"  glued words            {counts['glued']:4}  (of them glued in the source text: {counts['glued in the source']})")
    print(f"  glued sentence end     {counts['glued sentence']:4}  (« 2018.Le Conseil »)")
    print(f"  role or domain glued   {counts['role start']:4}  (« Santé Iraj Harirchi »)")
    print(f"  place speaking         {counts['place speaking']:4}  (with 2+ capitalised words: {counts['place speaking, 2+ capitalised words']})")
    print(f"  outlet not an org.     {counts['outlet not an organisation']:4}  (« Franceinfo », « Le Parisien » typed place, other or person)")
    print(f"  case noun person       {counts['case noun person']:4}  (« Affaire Benalla », « Attentat » typed person)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true", help="list the dev names not found exact with a speaker's type, or with the other one")
    ap.add_argument("--unlabelled", type=int, default=300, help="unlabelled articles to count suspicious entities on (0: none)")
    ap.add_argument("--cache", type=Path, help="a file keeping the parsed docs between runs")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    nlp = load()
    cached = CachedModel(nlp, args.cache) if args.cache else nlp
    dev_part(cached, args.corpus, args.errors)
    if args.unlabelled:
        unlabelled_part(cached, args.corpus, args.unlabelled)
    if args.cache:
        cached.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
