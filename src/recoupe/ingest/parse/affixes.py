"""An outlet's tagline at the end of its titles, learned from its own titles and taken off.

Many outlets end every headline with their name or a slogan after a dash or a bar
("… - France 24", "… | Loop Haiti", "… - Sport 365"). In a headline of ten words those two or
three words weigh as much as the event's: every title of the outlet looks alike, and two
outlets' titles of one event look less alike than they are. No list of outlets says which
ending is a tagline; the outlet's titles do: an ending after a separator that closes titles of
the outlet with different heads is its tagline, not news.

:class:`TitleAffixes` remembers, for each source, the endings of its recent titles (the part
after the last " - ", " | ", " – ", " — ", " · " or ": ") and the heads they closed. Once an
ending has closed ``min_titles`` titles with different heads, it is taken off every later title
of that source that ends with it (several in turn: "… : essais, nouveautés - Auto Mag"; each
ending of a title is noted with the head before it). Only endings are learned: what opens a
title before a colon or a dash is a rubric that is usually the subject ("Judo : …", "Basket -
…", "Coronavirus - …"), news the reader needs; and an ending after a colon is news unless the
source closes titles of different heads with it.

The memory is bounded (sources, endings and titles kept, least recently seen forgotten first)
and is that of the process: the first titles of an outlet keep their tagline until it has been
seen on ``min_titles`` of them. A title seen before gets the answer it got then, so that parsing
the same input again in one process gives the same articles (and the same content hashes: a
second ingest of a file finds its articles stored, not revised).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

# The separator before an outlet's tagline, with a space on each side.
_SEPARATOR = re.compile(r"\s+[-|–—·]\s+|\s*:\s+")
MAX_TAIL_WORDS = 6
MAX_TAIL_CHARS = 60
MIN_HEAD_WORDS = 3
MAX_TAGLINES = 3  # endings of one title looked at, from its end


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def split_tail(title: str) -> tuple[str, str] | None:
    """(head, ending) of a title ending after a spaced dash or bar (its last one), None when it
    has no such ending, or the ending is too long for a tagline, or it would leave too short a
    head."""
    last = next(iter(reversed(list(_SEPARATOR.finditer(title)))), None)
    if last is None:
        return None
    head, tail = title[: last.start()].rstrip(), title[last.end():].strip()
    if not tail or len(tail) > MAX_TAIL_CHARS or len(tail.split()) > MAX_TAIL_WORDS or not re.search(r"\w", tail):
        return None
    if len(head.split()) < MIN_HEAD_WORDS:
        return None
    return head, tail


class TitleAffixes:
    """The taglines of each source, learned from its titles as they come (see the module)."""

    def __init__(self, min_titles: int = 3, sources: int = 2000, endings: int = 500, titles: int = 50_000) -> None:
        self.min_titles = min_titles
        self.max_sources = sources
        self.max_endings = endings
        self.max_titles = titles
        self._answers: OrderedDict[tuple[str, str], str] = OrderedDict()
        # source -> ending key -> the keys of the heads it closed (at most min_titles kept)
        self._seen: OrderedDict[str, OrderedDict[str, set[str]]] = OrderedDict()
        self._lock = threading.Lock()

    def _endings(self, source: str) -> OrderedDict[str, set[str]]:
        endings = self._seen.get(source)
        if endings is None:
            endings = self._seen[source] = OrderedDict()
            if len(self._seen) > self.max_sources:
                self._seen.popitem(last=False)
        else:
            self._seen.move_to_end(source)
        return endings

    def _note(self, endings: OrderedDict[str, set[str]], key: str, head: str) -> None:
        heads = endings.get(key)
        if heads is None:
            heads = endings[key] = set()
            if len(endings) > self.max_endings:
                endings.popitem(last=False)
        else:
            endings.move_to_end(key)
        if len(heads) < self.min_titles:
            heads.add(head)

    def strip(self, source: str | None, title: str) -> str:
        """``title`` without the taglines its source is known to end titles with (after noting
        its own ending)."""
        if not source:
            return title
        with self._lock:
            answer = self._answers.get((source, title))
            if answer is not None:
                self._answers.move_to_end((source, title))
                return answer
            endings = self._endings(source)
            rest, ends = title, list[str]()
            while len(ends) < MAX_TAGLINES and (parts := split_tail(rest)) is not None:
                rest = parts[0]
                ends.append(_key(parts[1]))
                self._note(endings, ends[-1], _key(rest))
            out = title
            for key in ends:  # the known taglines, from the end
                heads = endings.get(key)
                if heads is None or len(heads) < self.min_titles:
                    break
                out = split_tail(out)[0]  # type: ignore[index]  # it split the same way above
            self._answers[(source, title)] = out
            if len(self._answers) > self.max_titles:
                self._answers.popitem(last=False)
            return out


SHARED = TitleAffixes()
