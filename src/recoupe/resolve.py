"""Stage 4, resolve entities: the entities of an article become entities of the whole store.

Spelling variants are one entity (Zelenskyy / Zelensky / Zelenskiy), through the keys of
``recoupe.normalise.entity_keys`` and fuzzy matching of names that share a last name. The store
is reached through :class:`EntityIndex`, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from rapidfuzz import fuzz

from recoupe.models import EntityRef
from recoupe.normalise import entity_keys, name_key, slug

ID_PREFIX: dict[str, str] = {"person": "per", "organisation": "org", "place": "loc", "other": "misc"}


class EntityIndex(Protocol):
    """What the resolver needs from the store: look-ups by key, and somewhere to add."""

    def find(self, key: str) -> list[tuple[str, str, str]]: ...  # (id, name, type)
    def prefetch(self, keys: Sequence[str]) -> None: ...  # look these keys up at once (find answers after)
    def prefetch_ids(self, ids: Sequence[str]) -> None: ...  # and whether these ids are taken
    def exists(self, entity_id: str) -> bool: ...
    def add(self, entity_id: str, name: str, type: str) -> None: ...
    def add_keys(self, entity_id: str, keys: Sequence[str]) -> None: ...


def _first_names_agree(a: str, b: str) -> bool:
    fa, fb = name_key(a).split()[:-1], name_key(b).split()[:-1]
    if not fa or not fb:
        return True
    x, y = " ".join(fa), " ".join(fb)
    if len(fa[0]) == 1 or len(fb[0]) == 1:
        return fa[0][0] == fb[0][0]
    return fuzz.ratio(x, y) >= 80


class Resolver:
    """Gives each article entity the id of a store entity, creating entities as needed."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index

    def _compatible(self, ref: EntityRef, etype: str) -> bool:
        return (ref.type == "person") == (etype == "person")

    def _match(self, ref: EntityRef) -> tuple[str, str, str] | None:
        key = name_key(ref.name)
        toks = key.split()
        for prefix in ("name", "alias"):
            cands = [c for c in self.index.find(f"{prefix}:{key}") if self._compatible(ref, c[2])]
            if cands:
                same = [c for c in cands if c[2] == ref.type]
                return (same or cands)[0]
        if ref.type != "person":
            return None
        if len(toks) == 1:
            cands = [c for c in self.index.find(f"last:{key}") if c[2] == "person"]
            return cands[0] if len(cands) == 1 else None
        cands = [c for c in self.index.find(f"last:{toks[-1]}") if c[2] == "person" and _first_names_agree(c[1], ref.name)]
        if cands:
            return cands[0]
        best = None
        for c in self.index.find(f"last4:{toks[-1][:4]}"):
            if c[2] != "person" or not _first_names_agree(c[1], ref.name):
                continue
            score = fuzz.ratio(name_key(c[1]).split()[-1], toks[-1])
            if score >= 85 and (best is None or score > best[0]):
                best = (score, c)
        return best[1] if best else None

    def prefetch(self, refs: Iterable[EntityRef]) -> None:
        """Ask the index at once for every key and id that resolving ``refs`` may look up (a
        batch's entities: one query instead of one per key); the answers are the same."""
        keys: list[str] = []
        ids: list[str] = []
        for ref in refs:
            key = name_key(ref.name)
            toks = key.split()
            keys += [f"name:{key}", f"alias:{key}"]
            if ref.type == "person" and toks:
                keys += [f"last:{toks[-1]}", f"last4:{toks[-1][:4]}"]
            keys += entity_keys(ref.name, ref.type, ref.aliases)
            ids.append(f"{ID_PREFIX[ref.type]}-{slug(ref.name)}")
        self.index.prefetch(keys)
        self.index.prefetch_ids(ids)

    def resolve(self, refs: Sequence[EntityRef]) -> tuple[EntityRef, ...]:
        out: list[EntityRef] = []
        for ref in refs:
            found = self._match(ref)
            if found is None:
                base = f"{ID_PREFIX[ref.type]}-{slug(ref.name)}"
                entity_id, n = base, 1
                while self.index.exists(entity_id):
                    n += 1
                    entity_id = f"{base}-{n}"
                self.index.add(entity_id, ref.name, ref.type)
                found = (entity_id, ref.name, ref.type)
            self.index.add_keys(found[0], entity_keys(ref.name, ref.type, ref.aliases))
            out.append(replace(ref, id=found[0], name=found[1], type=found[2]))  # type: ignore[arg-type]
        return tuple(out)
