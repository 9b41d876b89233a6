"""The outlet registry: who publishes what, and who owns whom.

A TOML file maps each domain to its outlet, owner group and country::

    ["levigilant.example"]
    name = "Le Vigilant"
    group = "Société des lecteurs du Vigilant"
    country = "FR"

Independence is counted over articles: copies of one text (a wire dispatch reprinted) count
once, several articles of one outlet count once, and, when asked, the outlets of one group
count once.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from recoupe.errors import RecoupeError


@dataclass(frozen=True, slots=True)
class Outlet:
    domain: str
    name: str
    group: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Member:
    """An article of a story, as independence counting sees it."""

    article_id: str
    source: str | None
    domain: str | None
    copy_group: str


class Registry:
    def __init__(self, outlets: Iterable[Outlet] = ()) -> None:
        self.by_domain = {o.domain: o for o in outlets}
        self.by_name = {o.name.casefold(): o for o in self.by_domain.values()}

    @classmethod
    def load(cls, path: str | Path | None) -> Registry:
        if not path:
            return cls()
        try:
            data = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise RecoupeError(f"cannot read the outlet registry {path}: {e}") from e
        outlets = []
        for domain, entry in data.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise RecoupeError(f"outlet registry {path}: [{domain!r}] needs a name")
            outlets.append(Outlet(domain.lower().removeprefix("www."), entry["name"], entry.get("group"), entry.get("country")))
        return cls(outlets)

    def find(self, source: str | None, domain: str | None) -> Outlet | None:
        if domain and domain in self.by_domain:
            return self.by_domain[domain]
        if source:
            return self.by_name.get(source.casefold()) or self.by_domain.get(source.lower())
        return None

    def outlet_name(self, source: str | None, domain: str | None) -> str | None:
        found = self.find(source, domain)
        return found.name if found else source

    def independent(self, members: Iterable[Member], *, by_group: bool = False) -> int:
        """How many independent sources: copies, one outlet's articles and (``by_group``) one
        group's outlets each count once."""
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            parent[root(a)] = root(b)

        items = list(members)
        for m in items:
            node = "a:" + m.article_id
            union(node, "c:" + m.copy_group)
            name = self.outlet_name(m.source, m.domain)
            if name:
                union(node, "o:" + name.casefold())
            outlet = self.find(m.source, m.domain)
            if by_group and outlet and outlet.group:
                union(node, "g:" + outlet.group.casefold())
        return len({root("a:" + m.article_id) for m in items})
