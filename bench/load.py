"""Load on ``recoupe serve`` while an ingest writes to the same store.

    python bench/load.py [--db PATH|URL] [--clients 16] [--seconds 45] [--seed 300] [--ingest 2000]

Everything runs on 127.0.0.1. The script:

1. takes a store: ``--db`` (a SQLite path or a ``postgresql://`` URL), or a fresh SQLite file;
   when the store holds no article it is seeded with the first ``--seed`` articles of
   ../shared/corpora/orangesum/articles.jsonl.gz (``recoupe ingest``, not timed);
2. starts ``recoupe serve`` on it (a free port) and waits until it answers;
3. collects the ids to read (the newest stories, articles and entities through the API) and
   search words (from the titles), then starts ``recoupe ingest`` of the next ``--ingest``
   articles of the corpus into the same store (default workers) and waits for its first stored
   batch, so that the clients read while it writes;
4. runs ``--clients`` threads for ``--seconds`` seconds, each asking one request after another
   with no pause; half of them (``--fresh``) open a new connection for every request, as a
   script calling ``httpx.get`` does, the others keep theirs alive, as a browser does: the home page, story, article
   and entity pages, the search page, and the API's lists, stories, articles, entities, quotes,
   timeline, search and stats, drawn at random with fixed weights (a fixed seed per client);
5. stops the ingest (SIGTERM) and the server, and prints requests per second, the failures by
   kind (HTTP status, or the transport error: refused, dropped, timed out) and the latency
   percentiles (p50, p95, max) overall and per kind of request.

A request fails when it gets no answer within ``--timeout`` seconds, a 5xx, or any status other
than 200 (every URL asked exists). Clients never pause, so latency grows with the number of
clients once the server's cores are busy: with 16 clients a p95 under 1 s means at least ~16
answers per second while the ingest takes its share of the cores.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
RECOUPE = Path(sys.executable).with_name("recoupe")

# (kind, weight): what a reader and an API client ask for
MIX = [
    ("page /", 6), ("page story", 10), ("page article", 12), ("page entity", 4), ("page search", 8),
    ("api stories", 6), ("api story", 6), ("api articles", 6), ("api article", 10), ("api entity", 4),
    ("api quotes", 4), ("api timeline", 4), ("api search", 12), ("api stats", 4),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_corpus(path: Path, skip: int, n: int, corpus: Path) -> int:
    with gzip.open(corpus, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
        count = 0
        for line in itertools.islice(src, skip, skip + n):
            dst.write(line)
            count += 1
    return count


def wait_for(base: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"recoupe serve exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/stats", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("recoupe serve did not answer in time")


def targets(base: str) -> dict[str, list[str]]:
    """The URLs of each kind of request, from what the store holds now."""
    with httpx.Client(base_url=base, timeout=120) as c:
        stories = c.get("/api/stories", params={"limit": 60}).json()["items"]
        articles = c.get("/api/articles", params={"limit": 200}).json()["items"]
        entity_ids = sorted({e["id"] for a in articles for e in a.get("entities", []) if e.get("id")})[:200]
    words = sorted({w for a in articles for w in re.findall(r"[^\W\d_]{6,}", a.get("title") or "")})
    rng = random.Random(1)
    queries = [" ".join(rng.sample(words, k)) for k in (1, 1, 1, 2) for _ in range(25)] if words else ["France"]
    story_ids = [s["id"] for s in stories] or ["none"]
    article_ids = [a["id"] for a in articles] or ["none"]
    entity_ids = entity_ids or ["none"]
    return {
        "page /": ["/", "/?page=2"],
        "page story": [f"/stories/{i}" for i in story_ids],
        "page article": [f"/articles/{i}" for i in article_ids],
        "page entity": [f"/entities/{i}" for i in entity_ids],
        "page search": [f"/search?q={q}" for q in queries],
        "api stories": ["/api/stories?limit=20", "/api/stories?order=coverage&limit=20", "/api/stories?limit=20&offset=20"],
        "api story": [f"/api/stories/{i}" for i in story_ids],
        "api articles": ["/api/articles?limit=20", "/api/articles?limit=20&offset=40", "/api/articles?text=France&limit=10"],
        "api article": [f"/api/articles/{i}" for i in article_ids],
        "api entity": [f"/api/entities/{i}" for i in entity_ids],
        "api quotes": ["/api/quotes?limit=50", "/api/quotes?limit=50&offset=50"],
        "api timeline": ["/api/timeline?limit=50", "/api/timeline?limit=50&offset=100"],
        "api search": [f"/api/search?q={q}" for q in queries],
        "api stats": ["/api/stats"],
    }


def client(n: int, base: str, urls: dict[str, list[str]], until: float, timeout: float, fresh: bool,
           out: list[tuple[str, float, str]]) -> None:
    rng = random.Random(1000 + n)
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    limits = httpx.Limits(max_keepalive_connections=0) if fresh else httpx.Limits()
    with httpx.Client(base_url=base, timeout=timeout, limits=limits) as c:
        while time.monotonic() < until:
            kind = rng.choices(kinds, weights)[0]
            url = rng.choice(urls[kind])
            t0 = time.perf_counter()
            try:
                r = c.get(url)
                outcome = "ok" if r.status_code == 200 else f"HTTP {r.status_code}"
            except httpx.TimeoutException:
                outcome = "timed out"
            except httpx.ConnectError:
                outcome = "refused"
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                outcome = "dropped"
            except httpx.HTTPError as e:
                outcome = type(e).__name__
            out.append((kind, time.perf_counter() - t0, outcome))


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="the store: a SQLite path or a postgresql:// URL (default: a fresh SQLite file)")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=45)
    ap.add_argument("--seed", type=int, default=300, help="articles stored first when the store is empty")
    ap.add_argument("--ingest", type=int, default=2000, help="articles the concurrent ingest is given")
    ap.add_argument("--no-ingest", action="store_true", help="read only, no concurrent ingest")
    ap.add_argument("--fresh", type=int, default=None, help="clients that open a new connection per request (default: half)")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    tmp = tempfile.TemporaryDirectory(prefix="recoupe-load-")
    db = args.db or str(Path(tmp.name) / "load.db")
    env = {**os.environ, "RECOUPE_DB": db}
    env.pop("RECOUPE_TOKEN", None)
    stats = subprocess.run([str(RECOUPE), "stats", "--json"], env=env, capture_output=True, text=True, check=True)
    have = json.loads(stats.stdout).get("articles", 0)
    if not have:
        seed = Path(tmp.name) / "seed.jsonl"
        write_corpus(seed, 0, args.seed, args.corpus)
        t0 = time.perf_counter()
        subprocess.run([str(RECOUPE), "ingest", str(seed), "--json"], env=env, stdout=subprocess.DEVNULL, check=False)
        print(f"seeded the store with {args.seed} articles in {time.perf_counter() - t0:.0f} s")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(RECOUPE), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ingest = None
    try:
        wait_for(base, server)
        urls = targets(base)
        print(f"server on {base} over {db}: {len(urls['page story'])} stories, {len(urls['page article'])} articles, "
              f"{len(urls['page entity'])} entities to read")
        if not args.no_ingest:
            feed = Path(tmp.name) / "ingest.jsonl"
            write_corpus(feed, max(args.seed, have), args.ingest, args.corpus)
            before = httpx.get(base + "/api/stats", timeout=30).json()["articles"]
            ingest = subprocess.Popen([str(RECOUPE), "ingest", str(feed), "--json"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and ingest.poll() is None:
                if httpx.get(base + "/api/stats", timeout=30).json()["articles"] > before:
                    break
                time.sleep(1)
            print("ingest under way" if ingest.poll() is None else f"the ingest ended early ({ingest.returncode})")
        results: list[tuple[str, float, str]] = []
        until = time.monotonic() + args.seconds
        fresh = args.clients // 2 if args.fresh is None else args.fresh
        threads = [threading.Thread(target=client, args=(n, base, urls, until, args.timeout, n < fresh, results))
                   for n in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.perf_counter() - t0
        if ingest is not None:
            after = httpx.get(base + "/api/stats", timeout=30).json()["articles"]
            print(f"ingest stored {after - before} articles meanwhile" + (" and was still going" if ingest.poll() is None else ""))
    finally:
        if ingest is not None and ingest.poll() is None:
            os.kill(ingest.pid, signal.SIGTERM)
            ingest.wait(30)
        server.send_signal(signal.SIGINT)
        try:
            _, server_err = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            _, server_err = server.communicate()
        tmp.cleanup()
    report(results, took, args.clients, fresh)
    errors = [line for line in (server_err or "").splitlines() if "Error" in line or "Traceback" in line]
    if errors:
        print(f"server log: {len(errors)} error lines, first: {errors[0][:200]}")
    return 0


def report(results: list[tuple[str, float, str]], took: float, clients: int, fresh: int) -> None:
    outcomes = Counter(o for _, _, o in results)
    failed = sum(v for k, v in outcomes.items() if k != "ok")
    times = [t for _, t, o in results if o == "ok"]
    print(f"{clients} clients ({fresh} with a new connection per request), {took:.0f} s: {len(results)} requests, {len(results) / took:.1f}/s, "
          f"{failed} failed ({', '.join(f'{k}: {v}' for k, v in sorted(outcomes.items()) if k != 'ok') or 'none'})")
    print(f"latency of answered requests: p50 {pct(times, 50):.3f} s, p95 {pct(times, 95):.3f} s, max {max(times, default=0):.3f} s")
    by_kind: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for kind, t, o in results:
        by_kind[kind].append((t, o))
    print(f"{'request':<14}{'n':>6}{'failed':>8}{'p50 s':>8}{'p95 s':>8}{'max s':>8}")
    for kind, _ in MIX:
        rows = by_kind.get(kind, [])
        ok = [t for t, o in rows if o == "ok"]
        print(f"{kind:<14}{len(rows):>6}{sum(1 for _, o in rows if o != 'ok'):>8}{pct(ok, 50):>8.3f}{pct(ok, 95):>8.3f}"
              f"{max(ok, default=0):>8.3f}")
    if times:
        print(f"mean latency {statistics.fmean(times):.3f} s")


if __name__ == "__main__":
    sys.exit(main())
