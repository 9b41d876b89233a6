"""Page title and publication day on public pages of sites unlike OrangeSum, beside plain
trafilatura on the same pages.

    python bench/eval_pages_external.py --trafilatura-tests DIR [--htmldate-tests DIR] [--errors N]

The pages are read where they lie and never copied into this repository:

- ``--trafilatura-tests``: the ``tests/`` folder of trafilatura's repository
  (github.com/adbar/trafilatura): ``evaldata.json`` gives, for about 850 pages of many sites and
  languages, the title and the day of publication; the pages are in ``eval/`` and ``cache/``.
- ``--htmldate-tests``: the ``tests/`` folder of htmldate's repository (github.com/adbar/htmldate):
  ``eval_default.json`` and ``eval_mediacloud_2020.json`` give the day of publication of about
  1,000 pages (``test_set/``, ``cache/``, ``eval/``).

Each set is cut in two by the page's file name, fixed before any page was looked at: a page is dev
when the first hex digit of the SHA-1 of its file name is below 8, blind otherwise. Blind pages are
scored and never listed. Printed per set, half and system: pages, pages that became articles
(a rejected page has neither title nor day: it counts as wrong for both), title exact (as given, and with
whitespace runs folded to one space: no-break spaces count as spaces there), publication day
(a page whose gold gives no day is not counted for it). Errors are listed for dev pages only.

Boilerplate on pages of outlets other than OrangeSum: trafilatura's set also gives, for each page,
snippets that belong to the article's text ("with") and snippets of what surrounds it ("without":
menus, teasers of other items, prompts, appeals, dates of lists). On the pages recoupe reads as
French, printed per half and system: the share of "with" snippets found in the text (body, and
for recoupe its lead, as trafilatura's text holds the standfirst) and the share of "without"
snippets found there (boilerplate kept: lower is better), white space folded. The "without"
snippets recoupe keeps on dev pages are listed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import eval_html  # noqa: E402 - the same reading of a page, ours and trafilatura's, and the same table


@dataclass
class Gold:
    name: str
    path: Path
    title: str | None
    day: str | None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()


@dataclass
class Got:
    title: str | None = None
    day: str | None = None
    article: bool = False
    text: str = ""
    lang: str | None = None


@dataclass
class Score:
    pages: int = 0
    articles: int = 0
    titles: int = 0
    title_exact: int = 0
    title_folded: int = 0
    days: int = 0
    day: int = 0

    def row(self) -> list[str]:
        t, d = max(1, self.titles), max(1, self.days)
        return [str(self.pages), f"{self.articles / max(1, self.pages):.1%}", str(self.titles), f"{self.title_exact / t:.1%}", f"{self.title_folded / t:.1%}",
                str(self.days), f"{self.day / d:.1%}"]


@dataclass
class Snippets:
    pages: int = 0
    with_: int = 0
    with_found: int = 0
    without: int = 0
    without_found: int = 0

    def add(self, gold: Gold, text: str) -> list[str]:
        """Count the snippets of one page; the "without" ones found in its text are returned."""
        body = folded(text)
        self.pages += 1
        self.with_ += len(gold.with_)
        self.with_found += sum(folded(w) in body for w in gold.with_)
        kept = [w for w in gold.without if folded(w) in body]
        self.without += len(gold.without)
        self.without_found += len(kept)
        return kept

    def row(self) -> list[str]:
        return [str(self.pages), f"{self.with_found / max(1, self.with_):.1%}", f"{self.without_found / max(1, self.without):.1%}"]


def half(name: str) -> str:
    return "dev" if int(hashlib.sha1(name.encode("utf-8")).hexdigest()[0], 16) < 8 else "blind"


def _find(base: Path, name: str, folders: tuple[str, ...]) -> Path | None:
    for folder in folders:
        path = base / folder / name
        if path.is_file():
            return path
    return None


def trafilatura_set(base: Path) -> Iterator[Gold]:
    data = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    for item in data.values():
        if "title" not in item and "date" not in item:
            continue
        path = _find(base, item["file"], ("eval", "cache"))
        if path is not None:
            yield Gold(item["file"], path, item.get("title") or None, (item.get("date") or "")[:10] or None,
                       tuple(w for w in item.get("with") or () if w), tuple(w for w in item.get("without") or () if w))


def htmldate_set(base: Path) -> Iterator[Gold]:
    for name in ("eval_default.json", "eval_mediacloud_2020.json"):
        for item in json.loads((base / name).read_text(encoding="utf-8")).values():
            path = _find(base, item["file"], ("test_set", "cache", "eval"))
            if path is not None and isinstance(item.get("date"), str) and item["date"]:
                yield Gold(item["file"], path, None, item["date"][:10])


def ours(data: bytes) -> Got:
    f = eval_html.ours("page", data)
    return Got(f.title, f.day, f.rejected is None, "\n".join(filter(None, (f.lead, f.body))), f.lang)


def reference(data: bytes) -> Got:
    f = eval_html.reference("page", data)
    return Got(f.title, f.day, bool(f.body), f.body, f.lang)


def folded(text: str | None) -> str:
    return " ".join((text or "").split())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trafilatura-tests", type=Path, help="trafilatura's tests/ folder")
    ap.add_argument("--htmldate-tests", type=Path, help="htmldate's tests/ folder")
    ap.add_argument("--no-reference", action="store_true", help="skip plain trafilatura")
    ap.add_argument("--errors", type=int, default=20, help="dev errors listed per field (0: none)")
    args = ap.parse_args()
    sets: dict[str, list[Gold]] = {}
    if args.trafilatura_tests:
        sets["trafilatura"] = list(trafilatura_set(args.trafilatura_tests))
    if args.htmldate_tests:
        sets["htmldate"] = list(htmldate_set(args.htmldate_tests))
    if not sets:
        print("give --trafilatura-tests DIR and/or --htmldate-tests DIR", file=sys.stderr)
        return 1
    systems: dict[str, Callable[[bytes], Got]] = {"recoupe": ours}
    if not args.no_reference:
        systems["trafilatura"] = reference
    scores = {(s, h, name): Score() for s in sets for h in ("dev", "blind") for name in systems}
    errors: list[str] = []
    snippets = {(h, name): Snippets() for h in ("dev", "blind") for name in systems}
    kept_listed: list[str] = []
    for set_name, items in sets.items():
        for gold in sorted(items, key=lambda g: g.name):
            data = gold.path.read_bytes()
            h = half(gold.name)
            got = {name: fn(data) for name, fn in systems.items()}
            right: dict[str, dict[str, bool]] = {}
            for name, g in got.items():
                sc = scores[(set_name, h, name)]
                right[name] = {}
                sc.pages += 1
                sc.articles += g.article
                if gold.title:
                    sc.titles += 1
                    sc.title_exact += g.title == gold.title
                    right[name]["title"] = folded(g.title) == folded(gold.title)
                    sc.title_folded += right[name]["title"]
                if gold.day:
                    sc.days += 1
                    right[name]["day"] = g.day == gold.day
                    sc.day += right[name]["day"]
            if (gold.with_ or gold.without) and got["recoupe"].lang == "fr":
                for name, g in got.items():
                    kept = snippets[(h, name)].add(gold, g.text)
                    if name == "recoupe" and h == "dev" and kept:
                        kept_listed.append(f"{gold.name}: {kept!r}")
            if h != "dev":
                continue  # blind pages are scored, never listed
            for fld, want in (("title", gold.title), ("day", gold.day)):
                if want and not right["recoupe"][fld]:
                    mark = " [trafilatura right]" if right.get("trafilatura", {}).get(fld) else ""
                    theirs = f"\n    traf: {getattr(got['trafilatura'], fld)!r}" if "trafilatura" in got else ""
                    errors.append(f"{set_name} {fld} {gold.name}{mark}\n    gold: {want!r}\n    ours: "
                                  f"{getattr(got['recoupe'], fld)!r}{theirs}")
    header = ["set", "half", "system", "pages", "articles", "titles", "exact", "folded", "days", "day"]
    eval_html.print_table(header, [[s, h, name, *scores[(s, h, name)].row()] for s in sets for h in ("dev", "blind") for name in systems])
    if any(sc.pages for sc in snippets.values()):
        print("\nFrench pages of trafilatura's set: article snippets found (with), boilerplate snippets kept (without)")
        eval_html.print_table(["half", "system", "pages", "with", "without"],
                              [[h, name, *snippets[(h, name)].row()] for h in ("dev", "blind") for name in systems])
    if args.errors:
        print(f"\n-- dev French pages, boilerplate kept by recoupe ({len(kept_listed)}):")
        for entry in kept_listed[: args.errors]:
            print(entry)
        for fld in ("title", "day"):
            listed = [e for e in errors if e.split()[1] == fld]
            print(f"\n-- dev {fld} errors ({len(listed)}):")
            for entry in listed[: args.errors]:
                print(entry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
