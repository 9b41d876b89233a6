"""What a story is to its reader: its title, its outlets, how many independent sources it has.

A pure function of the story as the store keeps it and of the outlet registry; the reading
commands, the API and the web pages all show stories through :func:`summarise`.
"""

from __future__ import annotations

from typing import Any

from recoupe.ingest.parse.common import domain_of
from recoupe.models import StoredStory, StoryMember
from recoupe.stories.outlets import Member, Registry


def title_of(story: StoredStory) -> str | None:
    """The title of the member most central to the story (the one whose terms weigh most among
    the story's heaviest), else the lead of its first member."""

    def centrality(m: StoryMember) -> float:
        return sum(story.top_terms.get(t, 0.0) for t, _ in m.terms)

    titled = [m for m in story.members if m.title]
    if titled:
        return max(titled, key=centrality).title
    return story.members[0].lead if story.members else None


def summarise(story: StoredStory, registry: Registry | None = None, *, by_group: bool = False,
              details: bool = False) -> dict[str, Any]:
    """A story as JSON: id, title, articles, outlets, independent sources, first and last seen,
    the stories merged into it; with ``details``, each member with its outlet and copy."""
    registry = registry or Registry()
    members = story.members
    outlet = [registry.outlet_name(m.source, domain_of(m.url)) for m in members]
    out: dict[str, Any] = {
        "id": story.id, "title": title_of(story), "articles": [m.article_id for m in members],
        "sources": sorted({o for o in outlet if o}),
        "independent_sources": registry.independent(
            [Member(m.article_id, m.source, domain_of(m.url), m.copy_group) for m in members], by_group=by_group),
        "first_seen": story.first_seen, "last_seen": story.last_seen, "merged": list(story.merged),
    }
    if details:
        out["members"] = [{
            "id": m.article_id, "source": o, "title": m.title, "url": m.url,
            "published": m.published.to_json() if m.published else None,
            "copy_of": None if m.copy_group == m.article_id else m.copy_group,
        } for m, o in zip(members, outlet, strict=True)]
    return out
