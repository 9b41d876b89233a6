"""Terminal renderings (Rich) of the core's results. No computing here: only layout."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.markup import escape

__all__ = ["escape"]
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from recoupe.crosscheck.types import ONE_SOURCE
from recoupe.models import Article, Timestamp
from recoupe.pipeline import IngestReport


def when(ts: Timestamp | None) -> str:
    if ts is None:
        return "—"
    return ts.value.replace("T", " ")[:16]


def article_label(a: Article, width: int = 140) -> str:
    text = a.title or (f"[{a.lead}]" if a.lead else "") or a.body[:width]
    return text if len(text) <= width else text[: width - 1] + "…"


MAX_INPUT_ROWS = 20


def ingest_table(report: IngestReport) -> Table:
    """One row per input (those with rejections first when there are many), then the totals."""
    table = Table(title="Ingest", show_lines=False)
    for col, justify in (("input", "left"), ("created", "right"), ("revised", "right"), ("duplicates", "right"), ("rejected", "right")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    items = list(report.inputs.values())
    if len(items) > MAX_INPUT_ROWS:
        items = sorted(items, key=lambda i: not i.rejected)[:MAX_INPUT_ROWS]
    for item in items:
        table.add_row(escape(item.input), str(len(item.created)), str(len(item.revised)), str(len(item.duplicates)),
                      f"[red]{len(item.rejected)}[/red]" if item.rejected else "0")
    t = report.totals()
    if len(items) < t["inputs"]:
        table.add_row(f"[dim]… {t['inputs'] - len(items)} more inputs (--json lists them all)[/dim]", "", "", "", "")
    table.add_section()
    table.add_row(f"[bold]{t['inputs']} inputs[/bold]", f"[bold]{t['created']}[/bold]", str(t["revised"]), str(t["duplicates"]), str(t["rejected"]))
    return table


def articles_table(items: list[Article], total: int) -> Table:
    table = Table(title=f"{len(items)} of {total} articles", title_justify="left")
    table.add_column("id", no_wrap=True, style="dim")
    table.add_column("published", no_wrap=True)
    table.add_column("source", max_width=26)
    table.add_column("title", ratio=1)
    table.add_column("entities", justify="right")
    for a in items:
        table.add_row(escape(a.id), when(a.published), escape(a.source or "—"), escape(article_label(a)), str(len(a.entities)))
    return table


def article_view(a: Article) -> Group:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    meta.add_row("id", escape(a.id))
    meta.add_row("source", escape(a.source or "—"))
    meta.add_row("url", escape(a.url or "—"))
    meta.add_row("authors", escape(", ".join(a.authors) or "—"))
    meta.add_row("published", f"{when(a.published)} ({a.published.precision})" if a.published else "—")
    meta.add_row("updated", f"{when(a.updated)} ({a.updated.precision})" if a.updated else "—")
    meta.add_row("language", a.lang or "—")
    meta.add_row("revision", f"{a.revision} of {len(a.revisions) or a.revision}")
    parts: list[Any] = [Text(a.title or "(no title)", style="bold"), meta]
    if a.lead:
        parts.append(Panel(Text(a.lead, style="italic"), title="lead", title_align="left"))
    parts.append(Panel(Text(a.body or "(no body)"), title=f"body · {len(a.sentences)} sentences", title_align="left"))
    if a.entities:
        ents = Table(title="entities", title_justify="left")
        for col in ("name", "type", "roles", "aliases", "mentions"):
            ents.add_column(col)
        for e in a.entities:
            ents.add_row(escape(e.name), e.type, escape("; ".join(e.roles)), escape("; ".join(x for x in e.aliases if x != e.name)), str(len(e.mentions)))
        parts.append(ents)
    if a.boilerplate:
        bp = Table(title="boilerplate removed", title_justify="left")
        bp.add_column("kind")
        bp.add_column("text")
        for b in a.boilerplate:
            bp.add_row(b.kind, escape(b.text if len(b.text) < 200 else b.text[:199] + "…"))
        parts.append(bp)
    if len(a.revisions) > 1:
        rv = Table(title="revisions", title_justify="left")
        for col in ("revision", "updated", "ingested", "title"):
            rv.add_column(col)
        for r in a.revisions:
            rv.add_row(f"{r.revision}{' (current)' if r.current else ''}", when(r.updated), r.ingested_at[:19], escape(r.title or ""))
        parts.append(rv)
    return Group(*parts)


def stats_view(stats: dict[str, Any]) -> Group:
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("articles", str(stats["articles"]))
    head.add_row("revisions", str(stats["revisions"]))
    head.add_row("entities", ", ".join(f"{n} {t}" for t, n in sorted(stats["entity_types"].items())) or "0")
    head.add_row("published", f"{stats['published']['first'] or '—'} → {stats['published']['last'] or '—'}")
    head.add_row("boilerplate removed", ", ".join(f"{n} {k}" for k, n in sorted(stats["boilerplate"].items())) or "none")
    sources = Table(title="sources", title_justify="left")
    sources.add_column("source")
    sources.add_column("articles", justify="right")
    for s in stats["sources"]:
        sources.add_row(escape(s["source"] or "—"), str(s["articles"]))
    top = Table(title="most cited entities", title_justify="left")
    for col in ("entity", "type", "articles"):
        top.add_column(col)
    for e in stats["top_entities"]:
        top.add_row(escape(e["name"]), e["type"], str(e["articles"]))
    return Group(head, sources, top)


def quotes_table(items: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(items)} quotations", title_justify="left")
    table.add_column("published", no_wrap=True)
    table.add_column("source", max_width=22)
    table.add_column("speaker", max_width=26)
    table.add_column("quotation", ratio=1)
    table.add_column("cue · channel", max_width=30)
    for item in items:
        q = item["quote"]
        text = f"« {q.text} »" if q.kind == "direct" else f"[{q.text}]"
        cue = " · ".join(x for x in (q.cue, q.channel) if x)
        table.add_row(when(item["published"])[:10], escape(item["source"] or "—"), escape(q.speaker_name or "—"), escape(text), escape(cue))
    return table


def timeline_table(items: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(items)} dated events", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=1)
    table.add_column("source", max_width=22)
    table.add_column("article", no_wrap=True, style="dim")
    for item in items:
        table.add_row(item["date"].value, escape(item["text"]), escape(item["source"] or "—"), escape(item["article"]))
    return table


def stories_table(items: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(items)} stories", title_justify="left")
    table.add_column("story", no_wrap=True, style="dim")
    table.add_column("last seen", no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("articles", justify="right")
    table.add_column("independent", justify="right")
    table.add_column("sources", max_width=40)
    for s in items:
        table.add_row(escape(s["id"]), s["last_seen"].replace("T", " ")[:16], escape(s["title"] or "—"), str(len(s["articles"])),
                      str(s["independent_sources"]), escape(", ".join(s["sources"])))
    return table


def story_view(s: dict[str, Any]) -> Group:
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("story", escape(s["id"]))
    head.add_row("active", f"{s['first_seen'].replace('T', ' ')[:16]} → {s['last_seen'].replace('T', ' ')[:16]}")
    named = len(s["sources"])
    unnamed = sum(1 for m in s["members"] if not m.get("source"))
    outlets = f"{named} outlet{'s' if named != 1 else ''}" + (f" and {unnamed} article{'s' if unnamed != 1 else ''} of unknown source" if unnamed else "")
    head.add_row("sources", f"{outlets}, {s['independent_sources']} independent")
    if s["merged"]:
        head.add_row("merged", escape(", ".join(s["merged"])))
    arts = Table(title="articles", title_justify="left")
    for col in ("published", "source", "title", "copy of", "id"):
        arts.add_column(col)
    for m in s["members"]:
        pub = m["published"]["value"].replace("T", " ")[:16] if m["published"] else "—"
        arts.add_row(pub, escape(m["source"] or "—"), escape(m["title"] or "—"), escape(m["copy_of"] or ""), escape(m["id"]))
    parts: list[Any] = [Text(s["title"] or "(no title)", style="bold"), head, arts]
    if s.get("thread"):
        parts.append(thread_view(s["thread"]))
    return Group(*parts)


def thread_view(stories: list[dict[str, Any]]) -> Table:
    """The other stories of a story's thread (the same subject, other events), in time order."""
    table = Table(title="thread: other stories of the subject", title_justify="left")
    for col in ("first seen", "last seen", "title", "articles", "story"):
        table.add_column(col)
    for t in stories:
        table.add_row(t["first_seen"].replace("T", " ")[:16], t["last_seen"].replace("T", " ")[:16], escape(t["title"] or "—"),
                      str(t["articles"]), escape(t["id"]))
    return table


STATUS_STYLE = {"corroborated": "green", "single-source": "yellow", "repeated": "yellow", "partly-reported": "yellow", "contradicted": "bold red"}
MAX_SINGLE = 12
MAX_COVERAGE_ROWS = 30


def _diff_text(variant: dict[str, Any]) -> Text:
    text = Text()
    for run in variant["diff"]:
        text.append(run["text"], style=None if run["same"] else "bold yellow")
    return text


def story_report(r: dict[str, Any], *, all_facts: bool = False) -> Group:
    """The cross-check report of a story: summary, facts, quote variants, timeline, coverage."""
    parts: list[Any] = [story_view(r)]
    if r["summary"]:
        summary = Table(title="summary", title_justify="left", show_header=False, box=None)
        summary.add_column(ratio=1)
        summary.add_column(style="dim", max_width=40)
        for s in r["summary"]:
            summary.add_row(escape(s["text"]), escape(", ".join(s["sources"])))
        parts.append(summary)
    facts = Table(title="facts", title_justify="left")
    for col, kw in (("fact", {"no_wrap": True, "style": "dim"}), ("status", {"no_wrap": True}), ("indep.", {"justify": "right"}),
                    ("what is reported", {"ratio": 3}), ("sources", {"ratio": 1})):
        facts.add_column(col, **kw)
    singles = 0
    for f in r["facts"]:
        if f["status"] in ONE_SOURCE and not all_facts:
            singles += 1
            if singles > MAX_SINGLE:
                continue
        text = Text(f["text"])
        if f["attribution"]:
            text = Text.assemble((f"[{f['attribution']['name']}] ", "italic"), text)
        for v in f["versions"]:
            text.append(f"\n  → {v['value']}: {', '.join(v['sources'])}", style="red")
        for s in f.get("partly", ()):
            text.append(f"\n  ~ {s['source'] or '?'}: {s['text']}", style="dim")
        facts.add_row(f["id"], Text(f["status"], style=STATUS_STYLE[f["status"]]), str(f["independent_sources"]),
                      text, escape(", ".join(f["sources"])))
    if singles > MAX_SINGLE:
        facts.add_row("", "", "", Text(f"… {singles - MAX_SINGLE} more single-source or repeated facts (--all shows them)", style="dim"), "")
    parts.append(facts)
    shared = [q for q in r["quotes"] if len(q["variants"]) > 1]
    if shared:
        quotes = Table(title="quote variants", title_justify="left", show_lines=True)
        quotes.add_column("speaker", max_width=24)
        quotes.add_column("source", max_width=28)
        quotes.add_column("text (words no other variant has in yellow)", ratio=1)
        quotes.add_column("channel", max_width=24)
        for q in shared:
            name = q["speaker"]["name"] or "?"
            for n, v in enumerate(q["variants"]):
                quotes.add_row(escape(name) if n == 0 else "", escape(v["source"] or "?"), _diff_text(v), escape(v["channel"] or "—"))
        parts.append(quotes)
    if r["timeline"]:
        tl = Table(title="timeline", title_justify="left")
        tl.add_column("date", no_wrap=True)
        tl.add_column("", no_wrap=True)
        tl.add_column("event", ratio=3)
        tl.add_column("sources", ratio=1)
        for e in r["timeline"]:
            tl.add_row(e["date"]["value"], "before" if e["before_story"] else "", escape(e["text"]), escape(", ".join(e["sources"])))
        parts.append(tl)
    cov = r["coverage"]
    rows = [(fid, row) for fid, row in zip(cov["facts"], cov["covered"], strict=True) if sum(row) > 1]
    if rows and len(cov["outlets"]) > 1:
        table = Table(title="coverage: facts reported by several outlets (· = left out)", title_justify="left")
        table.add_column("fact", style="dim")
        for o in cov["outlets"]:
            table.add_column(escape(o[:18]), justify="center")
        for fid, row in rows[:MAX_COVERAGE_ROWS]:
            table.add_row(fid, *("[green]✓[/green]" if c else "[dim]·[/dim]" for c in row))
        parts.append(table)
    return Group(*parts)
