"""The command line: parses arguments, calls the core, renders. Nothing else.

Exit status: 0 when all went well, 1 when some input was rejected, 2 for a usage error or an
error that stopped the command (printed as ``error: ...``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

import click
from rich.console import Console

from recoupe import __version__, pipeline, reading
from recoupe.cli import render
from recoupe.errors import RecoupeError
from recoupe.ingest.sources import MB
from recoupe.schema import article_json, dumps, event_json, quote_json
from recoupe.store import ArticleQuery, Store

out = Console(highlight=False, soft_wrap=False)
if not out.is_terminal:
    out.width = 140  # piped or redirected: tables as a wide terminal would show them
err = Console(stderr=True, highlight=False)


class CommandError(click.ClickException):
    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.message}", err=True)


def handles_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The one place that turns the core's errors into ``error: ...`` and an exit status."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RecoupeError as e:
            raise CommandError(str(e)) from e

    return wrapper


db_option = click.option(
    "--db", envvar="RECOUPE_DB", default="recoupe.db", show_default=True, metavar="PATH",
    help="The store: a SQLite file, or a database URL. Env: RECOUPE_DB.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def limit_option(table_default: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--limit`` of a listing whose table shows ``table_default`` items unless told (JSON: all)."""
    return click.option("--limit", type=click.IntRange(0),
                        help=f"At most this many (default for the table: {table_default}; JSON: all).")


def listing_limit(limit: int | None, as_json: bool, table_default: int) -> int | None:
    """How many items a listing asks for: the ``--limit`` given, else all for JSON, else the
    table's default."""
    return limit if limit is not None or as_json else table_default


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress counter on the terminal; nothing when stderr is not a terminal."""
    if not err.is_terminal:
        yield None
        return
    from rich.progress import (
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(SpinnerColumn(), TextColumn(label), MofNCompleteColumn(), TextColumn("records"),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="recoupe")
def cli() -> None:
    """recoupe: cross-check the news.

    Ingest articles from many outlets, then read them back parsed, cleaned and enriched.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--source", metavar="NAME", help="The outlet, for inputs that do not name one.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes for the language model (default: 2 for large inputs, else 1).")
@click.option("--batch-size", type=click.IntRange(1, 10000), default=pipeline.BATCH_SIZE, show_default=True, help="Articles per transaction.")
@click.option("--max-size", type=click.FloatRange(0.001), default=10.0, show_default=True, help="Largest article input, in MB.")
@json_option
@db_option
@handles_errors
def ingest(paths: tuple[str, ...], source: str | None, workers: int | None, batch_size: int, max_size: float, as_json: bool, db: str) -> None:
    """Ingest articles: files, directories (recursively) or - for standard input.

    Plain text, HTML, JSON objects and arrays and JSON Lines, optionally gzipped; the format is
    told from the content. Each rejected input gets one line on stderr and the exit status is 1.
    """
    with Store(db) as store, progress_bar("ingesting") as progress:
        report = pipeline.ingest(
            paths, store, source=source, workers=workers, batch_size=batch_size,
            max_bytes=int(max_size * MB), progress=progress,
        )
    for r in report.rejected:
        err.print(f"[red]rejected[/red]: {render.escape(r.line())}")
    if as_json:
        click.echo(dumps(report.to_json()))
    else:
        out.print(render.ingest_table(report))
    if report.rejected:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--engine", type=click.Choice(["ray"]), default="ray", show_default=True, help="The distributed engine.")
@click.option("--address", metavar="ADDRESS", help="Join this Ray cluster (HOST:PORT, ray://HOST:PORT or auto); default: start a local one.")
@click.option("--workers", type=click.IntRange(1, 4096), help="Model workers (default: 2 on a local cluster, the cluster's CPUs on one joined).")
@click.option("--source", metavar="NAME", help="The outlet, for inputs that do not name one.")
@click.option("--batch-size", type=click.IntRange(1, 10000), default=pipeline.BATCH_SIZE, show_default=True, help="Articles per transaction.")
@click.option("--max-size", type=click.FloatRange(0.001), default=10.0, show_default=True, help="Largest article input, in MB.")
@click.option("--no-reports", is_flag=True, help="Do not compute the stories' cross-check reports ahead.")
@click.option("--shard-days", type=click.FloatRange(0), default=14.0, show_default=True,
              help="Days of publication per shard of story placement on the workers (0: placed one by one on the driver).")
@json_option
@db_option
@handles_errors
def backfill(paths: tuple[str, ...], engine: str, address: str | None, workers: int | None, source: str | None,
             batch_size: int, max_size: float, no_reports: bool, shard_days: float, as_json: bool, db: str) -> None:
    """Backfill archives into a PostgreSQL store on a Ray cluster (pip install 'recoupe[cluster]').

    JSON Lines, HTML folders, WARC files and whatever ingest reads. Parsing and the language model
    run on the cluster's workers; the articles are stored and placed in stories in publication
    order, as ingest would (the placement in time shards on the workers, joined into exactly the
    sequential one), then every story's cross-check is computed on the workers. Running it
    again stores nothing twice. Each rejected input gets one line on stderr and the exit status is 1.
    """
    from recoupe.backfill import backfill as run

    report = run(list(paths), db, address=address, workers=workers, source=source, batch_size=batch_size,
                 reports=not no_reports, max_bytes=int(max_size * MB), progress=lambda line: err.print(line, highlight=False),
                 shard_days=shard_days or None)
    for r in report.rejected:
        err.print(f"[red]rejected[/red]: {render.escape(r.line())}")
    if as_json:
        click.echo(dumps(report.to_json()))
    else:
        out.print(
            f"read {report.read} records: {report.enriched} enriched, {report.known} already stored, "
            f"{len(report.rejected)} rejected; stored {report.created} new, {report.revised} revised, "
            f"{report.duplicates} duplicates; {report.stories} stories, {report.reports} cross-check reports "
            f"({', '.join(f'{k} {v:.1f} s' for k, v in report.seconds.items())})", highlight=False)
    if report.rejected:
        sys.exit(1)


def _query(source: str | None, since: str | None, until: str | None, text: str | None, lang: str | None, limit: int | None, offset: int) -> ArticleQuery:
    return ArticleQuery(source=source, since=since, until=until, text=text, lang=lang, limit=limit, offset=offset)


filters = [
    click.option("--source", metavar="NAME", help="Only this outlet."),
    click.option("--since", metavar="DATE", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    click.option("--until", metavar="DATE", help="Published on or before."),
    click.option("--text", metavar="WORDS", help="Title, lead or body contains these words."),
    click.option("--lang", metavar="CODE", help="Only this language (fr, en...)."),
]


def with_filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(filters):
        fn = option(fn)
    return fn


@cli.command()
@with_filters
@limit_option(50)
@click.option("--offset", type=click.IntRange(0), default=0)
@json_option
@db_option
@handles_errors
def articles(source: str | None, since: str | None, until: str | None, text: str | None, lang: str | None,
             limit: int | None, offset: int, as_json: bool, db: str) -> None:
    """List articles, newest first."""
    q = _query(source, since, until, text, lang, listing_limit(limit, as_json, 50), offset)
    with Store(db) as store:
        if as_json:
            click.echo(dumps([article_json(a) for a in store.query(q)]))
            return
        total = store.count(q)
        out.print(render.articles_table(list(store.query(q)), total))


@cli.command()
@click.argument("article_id", metavar="ID")
@json_option
@db_option
@handles_errors
def article(article_id: str, as_json: bool, db: str) -> None:
    """Show one article: fields, entities, removed boilerplate, revisions."""
    with Store(db) as store:
        a = store.get(article_id)
    if as_json:
        click.echo(dumps(article_json(a)))
    else:
        out.print(render.article_view(a))


CSV_COLUMNS = ["id", "source", "url", "title", "lead", "authors", "published", "published_precision",
               "updated", "updated_precision", "lang", "body", "boilerplate", "entities", "revision"]


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout).")
@with_filters
@db_option
@handles_errors
def export(fmt: str, output: Any, source: str | None, since: str | None, until: str | None, text: str | None, lang: str | None, db: str) -> None:
    """Write every article in full: one JSON object per line, or CSV."""
    with Store(db) as store:
        items = store.query(_query(source, since, until, text, lang, None, 0))
        if fmt == "jsonl":
            for a in items:
                output.write(json.dumps(article_json(a), ensure_ascii=False) + "\n")
            return
        writer = csv.DictWriter(output, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for a in items:
            j = article_json(a)
            writer.writerow({
                **{k: j[k] for k in ("id", "source", "url", "title", "lead", "lang", "body", "revision")},
                "authors": "; ".join(j["authors"]),
                "published": j["published"]["value"] if j["published"] else "",
                "published_precision": j["published"]["precision"] if j["published"] else "",
                "updated": j["updated"]["value"] if j["updated"] else "",
                "updated_precision": j["updated"]["precision"] if j["updated"] else "",
                "boilerplate": json.dumps(j["boilerplate"], ensure_ascii=False),
                "entities": json.dumps([{"id": e["id"], "name": e["name"], "type": e["type"]} for e in j["entities"]], ensure_ascii=False),
            })


@cli.command()
@click.argument("article_ids", nargs=-1, metavar="[ID...]")
@click.option("--workers", type=click.IntRange(1, 64))
@json_option
@db_option
@handles_errors
def reparse(article_ids: tuple[str, ...], workers: int | None, as_json: bool, db: str) -> None:
    """Parse and enrich stored articles again from their raw input (all, or the IDs given)."""
    with Store(db) as store, progress_bar("re-parsing") as progress:
        report = pipeline.reparse(store, article_ids=list(article_ids) or None, workers=workers, progress=progress)
    for r in report.failed:
        err.print(f"[yellow]kept as stored[/yellow]: {render.escape(r.line())}")
    if as_json:
        click.echo(dumps(report.to_json()))
    else:
        out.print(f"re-parsed {report.reparsed} articles; {len(report.failed)} kept as stored")


@cli.command()
@click.option("--speaker", metavar="NAME", help="Only this speaker (a name, an alias, a last name or an entity id).")
@click.option("--source", metavar="NAME", help="Only this outlet.")
@limit_option(50)
@json_option
@db_option
@handles_errors
def quotes(speaker: str | None, source: str | None, limit: int | None, as_json: bool, db: str) -> None:
    """List quotations across the store: who said what, where, through which channel."""
    with Store(db) as store:
        items = list(store.quotations(speaker=speaker, source=source, limit=listing_limit(limit, as_json, 50)))
    if as_json:
        click.echo(dumps([quote_json(i) for i in items]))
    else:
        out.print(render.quotes_table(items))


@cli.command()
@click.option("--entity", metavar="NAME", help="Only events naming this entity (a name, an alias or an id).")
@click.option("--since", metavar="DATE", help="Events on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Events on or before.")
@limit_option(100)
@json_option
@db_option
@handles_errors
def timeline(entity: str | None, since: str | None, until: str | None, limit: int | None, as_json: bool, db: str) -> None:
    """Dated events across the store, in date order: each sentence that carries a date."""
    with Store(db) as store:
        items = list(store.timeline(entity=entity, since=since, until=until, limit=listing_limit(limit, as_json, 100)))
    if as_json:
        click.echo(dumps([event_json(i) for i in items]))
    else:
        out.print(render.timeline_table(items))


outlets_option = click.option(
    "--outlets", envvar="RECOUPE_OUTLETS", metavar="FILE", type=click.Path(dir_okay=False),
    help="Outlet registry (TOML: domain -> name, group, country). Env: RECOUPE_OUTLETS.",
)
by_group_option = click.option("--by-group", is_flag=True, help="Outlets of one owner group count as one independent source.")


@cli.command()
@click.option("--since", metavar="DATE", help="Stories active on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@limit_option(50)
@outlets_option
@by_group_option
@json_option
@db_option
@handles_errors
def stories(since: str | None, limit: int | None, outlets: str | None, by_group: bool, as_json: bool, db: str) -> None:
    """List stories, most recently active first, with their independent sources."""
    from recoupe.stories.outlets import Registry

    registry = Registry.load(outlets)
    with Store(db) as store:
        items = reading.story_list(store, since=since, limit=listing_limit(limit, as_json, 50), registry=registry, by_group=by_group)
    if as_json:
        click.echo(dumps(items))
    else:
        out.print(render.stories_table(items))


@cli.command()
@click.argument("story_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html"]), default="text", show_default=True,
              help="text: the report in the terminal; json: as --json; md, html: a standalone document.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout).")
@click.option("--all", "all_facts", is_flag=True, help="In the terminal, list every single-source or repeated fact.")
@click.option("--articles-only", is_flag=True, help="Only the story and its articles, without the cross-check (fast: no language model).")
@outlets_option
@by_group_option
@json_option
@db_option
@handles_errors
def story(story_id: str, fmt: str, output: Any, all_facts: bool, articles_only: bool, outlets: str | None, by_group: bool,
          as_json: bool, db: str) -> None:
    """Cross-check one story: its summary, facts (corroborated, single-source, repeated by one source's
    articles, partly reported, contradicted), quote variants, timeline and coverage by outlet, with its articles and the other stories of its
    thread (its subject's other events). An id of a story merged into another shows that one."""
    from recoupe.stories.outlets import Registry

    registry = Registry.load(outlets)
    with Store(db) as store:
        if articles_only:
            item = reading.story(store, story_id, registry=registry, by_group=by_group)
        else:
            item = reading.story_report(store, story_id, registry=registry, by_group=by_group)
    fmt = "json" if as_json else fmt
    if fmt == "json":
        output.write(dumps(item) + "\n")
    elif fmt in ("md", "html"):
        from recoupe.web import export as report

        output.write(report.markdown(item) if fmt == "md" else report.html(item))
    elif articles_only:
        out.print(render.story_view(item))
    else:
        Console(file=output, highlight=False, soft_wrap=False, width=None if output is sys.stdout and out.is_terminal else 140).print(
            render.story_report(item, all_facts=all_facts))


@cli.command()
@json_option
@db_option
@handles_errors
def recluster(as_json: bool, db: str) -> None:
    """Recompute every story from scratch, placing the articles in publication order."""
    with Store(db) as store, progress_bar("reclustering") as progress:
        n = pipeline.recluster(store, progress=progress)
        count = store.story_count()
    if as_json:
        click.echo(dumps({"articles": n, "stories": count}))
    else:
        out.print(f"placed {n} articles in {count} stories")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@outlets_option
@db_option
@handles_errors
def serve(host: str, port: int, outlets: str | None, db: str) -> None:
    """Serve the web pages and the REST API (/api/). Writing needs the token in RECOUPE_TOKEN."""
    from recoupe.web import serve as run

    run(db=db, host=host, port=port, outlets=outlets)


@cli.command()
@json_option
@db_option
@handles_errors
def stats(as_json: bool, db: str) -> None:
    """What the store holds: articles, outlets, entities, boilerplate removed."""
    with Store(db) as store:
        data = store.stats()
    if as_json:
        click.echo(dumps(data))
    else:
        out.print(render.stats_view(data))


# -- following outlets: sources, fetch, watch -------------------------------------------------

allow_private_option = click.option(
    "--allow-private", is_flag=True,
    help="Fetch from loopback, private, link-local and multicast addresses too (refused by default).",
)
delay_option = click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True, metavar="SECONDS",
                            help="Pause between two requests to the same host.")
timeout_option = click.option("--timeout", type=click.FloatRange(0.01), default=15.0, show_default=True, metavar="SECONDS",
                              help="Give up on a request after this long.")


def _policy(delay: float = 1.0, timeout: float = 15.0) -> Any:
    from recoupe.ingest.polite import Policy

    return Policy(delay=delay, timeout=timeout)


def _sources_table(items: list[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(items)} sources", title_justify="left")
    for column in ("name", "kind", "last fetch", "last new item", "items/day 7d", "30d", "failures", "health"):
        table.add_column(column, justify="right" if column in ("items/day 7d", "30d", "failures") else "left")
    for s in items:
        health = "[green]ok[/green]" if s["ok"] else "[red]" + ", ".join(s["flags"]) + "[/red]"
        if s["last_error"]:
            health += f"\n[dim]{render.escape(s['last_error'][:100])}[/dim]"
        table.add_row(f"{render.escape(s['name'])}\n[dim]{render.escape(s['url'])}[/dim]", s["kind"],
                      (s["last_fetch"] or "never")[:16], (s["last_new"] or "-")[:16], f"{s['items_per_day_7']:g}",
                      f"{s['items_per_day_30']:g}", str(s["consecutive_failures"]), health)
    return table


def _fetch_lines(report: pipeline.FetchReport) -> str:
    lines = []
    for s in report.sources:
        if s.error:
            lines.append(f"{s.source}: failed")
        elif s.unchanged and not s.created:
            lines.append(f"{s.source}: unchanged")
        else:
            lines.append(f"{s.source}: {s.items} new items, {len(s.created)} articles stored, {len(s.revised)} revised, "
                         f"{s.headline_only} headline only, {s.blocked} refused by robots.txt")
    return "\n".join(lines)


@cli.group(invoke_without_command=True)
@json_option
@db_option
@click.pass_context
@handles_errors
def sources(ctx: click.Context, as_json: bool, db: str) -> None:
    """The outlets' feeds and sitemaps recoupe follows, with their health.

    Without a subcommand: list them (last fetch, last new item, items per day over 7 and 30
    days, consecutive failures, last error; flagged when silent, failing or refused by robots.txt).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is not None:
        return
    with Store(db) as store:
        items = reading.source_health(store)
    if as_json:
        click.echo(dumps(items))
    else:
        out.print(_sources_table(items))


@sources.command("add")
@click.argument("url")
@click.option("--name", metavar="NAME", help="What to call it (default: the feed's title).")
@click.option("--outlet", metavar="NAME", help="The outlet, for pages that do not name it.")
@allow_private_option
@json_option
@db_option
@handles_errors
def sources_add(url: str, name: str | None, outlet: str | None, allow_private: bool, as_json: bool, db: str) -> None:
    """Follow a feed (RSS, Atom), a news sitemap or sitemap index, or a home page (its feeds are
    found from its <link rel="alternate">)."""
    with Store(db) as store:
        row = pipeline.add_source(store, url, name=name, outlet=outlet, allow_private=allow_private)
    if as_json:
        click.echo(dumps(row))
    else:
        out.print(f"following {render.escape(row['name'])} ({row['kind']}): {render.escape(row['url'])}")


@sources.command("remove")
@click.argument("name")
@db_option
@handles_errors
def sources_remove(name: str, db: str) -> None:
    """Stop following a source (its articles stay in the store)."""
    with Store(db) as store:
        store.remove_source(name)
    out.print(f"removed {render.escape(name)}")


@sources.command("import")
@click.argument("file", type=click.File("rb"))
@allow_private_option
@json_option
@db_option
@handles_errors
def sources_import(file: Any, allow_private: bool, as_json: bool, db: str) -> None:
    """Follow every feed of an OPML file."""
    with Store(db) as store:
        added, rejected = pipeline.import_sources(store, file.read(), origin=file.name, allow_private=allow_private)
    for r in rejected:
        err.print(f"[red]rejected[/red]: {render.escape(r.line())}")
    if as_json:
        click.echo(dumps({"added": added, "rejected": [r.to_json() for r in rejected]}))
    else:
        out.print(f"following {len(added)} new sources")
    if rejected:
        sys.exit(1)


@sources.command("export")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout).")
@db_option
@handles_errors
def sources_export(output: Any, db: str) -> None:
    """Write the sources as OPML."""
    with Store(db) as store:
        output.write(pipeline.export_sources(store))


@cli.command()
@click.option("--source", metavar="NAME", help="Only this source.")
@allow_private_option
@delay_option
@timeout_option
@json_option
@db_option
@handles_errors
def fetch(source: str | None, allow_private: bool, delay: float, timeout: float, as_json: bool, db: str) -> None:
    """Fetch every source once: new items only, each item's page parsed and stored.

    A source or a page that cannot be had gets one line on stderr and the exit status is 1;
    an item whose page cannot be had is stored headline-only and its page tried again later.
    """
    with Store(db) as store, progress_bar("fetching") as progress:
        report = pipeline.fetch(store, source=source, allow_private=allow_private, policy=_policy(delay, timeout),
                                progress=progress)
    for r in report.rejected:
        err.print(f"[red]failed[/red]: {render.escape(r.line())}", soft_wrap=True)
    if as_json:
        click.echo(dumps(report.to_json()))
    else:
        out.print(render.escape(_fetch_lines(report)))
    if report.rejected:
        sys.exit(1)


@cli.command()
@click.option("--every", default="10m", show_default=True, metavar="DURATION",
              help="The most often a source is fetched (30s, 10m, 2h); a source that publishes less often is fetched less often.")
@allow_private_option
@delay_option
@timeout_option
@db_option
@handles_errors
def watch(every: str, allow_private: bool, delay: float, timeout: float, db: str) -> None:
    """Fetch the sources in a loop, each at its own pace, until Ctrl-C or SIGTERM (the page in
    hand is finished and stored first). Runs beside `recoupe serve` on the same store."""
    import signal
    import threading
    from datetime import datetime

    from recoupe.ingest.watch import parse_every

    try:
        interval = parse_every(every)
    except ValueError as e:
        raise CommandError(str(e)) from e
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        if not stop.is_set():
            err.print(f"stopping after the page in hand ({signal.Signals(signum).name})")
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}

    def on_round(report: pipeline.FetchReport) -> None:
        for r in report.rejected:
            err.print(f"[red]failed[/red]: {render.escape(r.line())}", soft_wrap=True)
        t = report.totals()
        err.print(f"{datetime.now().strftime('%H:%M:%S')} fetched {t['sources']} sources: {t['created']} new articles, "
                  f"{t['revised']} revised, {t['headline_only']} headline only, {t['failed']} failed")

    err.print(f"watching the sources of {db} (at most every {every}; Ctrl-C to stop)")
    try:
        with Store(db) as store:
            rounds = pipeline.watch(store, every=interval, stop=stop, allow_private=allow_private,
                                    policy=_policy(delay, timeout), on_round=on_round)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    err.print(f"stopped after {rounds} rounds")


def main() -> None:
    cli.main(prog_name="recoupe")

