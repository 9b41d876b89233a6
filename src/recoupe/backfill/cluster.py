"""The engine of a backfill: Ray (Ray Data over Ray actors). The only module that imports Ray.

A local cluster (no ``--address``) is started with as many CPUs as workers, no dashboard, a
small object store and the usage statistics off; it listens on 127.0.0.1 only. A *guard*, a
process forked before Ray starts, ends every process of that cluster when the run ends, even a
run killed with SIGKILL (it polls its parent): each of them carries the marker
``RECOUPE_BACKFILL_RUN`` in its environment, which the guard looks for in ``/proc``. Joining an
existing cluster (``--address``) leaves that cluster as it was.
"""

from __future__ import annotations

import contextlib
import functools
import logging as pylogging
import os
import pickle
import secrets
import shutil
import signal
import socket
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import ray

from recoupe.backfill.stage import Stager, read_file
from recoupe.enrich.nlp import Enricher
from recoupe.errors import RecoupeError
from recoupe.reading import report_ahead
from recoupe.store import Store
from recoupe.stories.outlets import Registry

MARKER = "RECOUPE_BACKFILL_RUN"
OBJECT_STORE_BYTES = 300 * 1024 * 1024  # the machine is shared: a small object store
READ_CPU = 0.25  # a read task's share of a CPU: reads are light, the model takes the rest
ENRICH_BATCH = 16  # records per actor call
REPORT_BATCH = 4  # stories per actor call
CONNECT_TIMEOUT = 5.0
BLOCK_BYTES = 128 * 1024


class Engine:
    """A Ray cluster for the length of a ``with``: joined at ``address``, else started here."""

    def __init__(self, *, address: str | None = None, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self.guard: int | None = None

    def __enter__(self) -> Engine:
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        logging = {"log_to_driver": False, "configure_logging": True, "logging_level": "ERROR"}
        if self.address:
            _reachable(self.address)
            try:
                ray.init(address=self.address, **logging)  # type: ignore[arg-type]
            except (ConnectionError, RuntimeError, TimeoutError) as e:
                raise RecoupeError(f"cannot join the Ray cluster at {self.address}: {' '.join(str(e).split())}") from e
            if self.workers is None:
                self.workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        else:
            self.workers = self.workers or 2
            folder = tempfile.mkdtemp(prefix="recoupe-ray-")  # the cluster's sockets and logs, removed by the guard
            self.guard = _start_guard(folder)
            try:
                ray.init(num_cpus=self.workers, include_dashboard=False, object_store_memory=OBJECT_STORE_BYTES,
                         _node_ip_address="127.0.0.1", _temp_dir=folder,
                         **logging)  # type: ignore[arg-type]
            except Exception as e:
                self._stop_guard()
                raise RecoupeError(f"cannot start a local Ray cluster: {' '.join(str(e).split())}") from e
        for name in ("ray", "ray.data"):  # the run's own progress lines say how it goes
            pylogging.getLogger(name).setLevel(pylogging.ERROR)
        warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.")
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        ctx.target_max_block_size = BLOCK_BYTES  # a large file's records in many blocks: every worker gets some
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            ray.shutdown()
        finally:
            self._stop_guard()

    def _stop_guard(self) -> None:
        if self.guard is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.guard, signal.SIGTERM)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.guard, 0)
            self.guard = None
            os.environ.pop(MARKER, None)

    def stage(self, files: Sequence[str], db: str, *, source: str | None, max_bytes: int) -> Iterator[tuple[str, str, str, str]]:
        """Read, parse, enrich and stage every record of ``files`` on the workers; yields
        ``(status, id or origin, code, reason)`` for each record as it is done."""
        if not files:
            return
        workers = self.workers or 1
        ds: Any = ray.data.from_items([{"index": i, "path": p} for i, p in enumerate(files)], override_num_blocks=len(files))
        ds = ds.flat_map(functools.partial(_records, source, max_bytes), num_cpus=READ_CPU)
        ds = ds.map_batches(_StageActor, fn_constructor_kwargs={"db": db}, batch_size=ENRICH_BATCH, batch_format="pandas",
                            compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=_actor_cpu(workers))
        for batch in ds.iter_batches(batch_size=None, batch_format="pandas"):
            yield from zip(batch["status"], batch["name"], batch["code"], batch["reason"], strict=True)

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        """``fn`` over ``items`` as Ray tasks, one per item, as many at once as there are
        workers; the results in the items' order."""
        if not items:
            return []
        remote = ray.remote(num_cpus=_actor_cpu(self.workers or 1), max_retries=2)(fn)
        return list(ray.get([remote.remote(item) for item in items]))

    def reports(self, story_ids: Sequence[str], db: str, *, on_done: Callable[[int], None] | None = None) -> int:
        """Compute and store the cross-check report of every story on the workers (those stored
        by an earlier run, of the same members, are kept); how many were computed."""
        if not story_ids:
            return 0
        workers = self.workers or 1
        ds: Any = ray.data.from_items([{"story_id": s} for s in story_ids])
        ds = ds.map_batches(_ReportActor, fn_constructor_kwargs={"db": db}, batch_size=REPORT_BATCH, batch_format="pandas",
                            compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=_actor_cpu(workers))
        done = 0
        for batch in ds.iter_batches(batch_size=None, batch_format="pandas"):
            n = int(batch["computed"].sum())
            done += n
            if on_done:
                on_done(n)
        return done


def _actor_cpu(workers: int) -> float:
    """A worker's share of a CPU: all of one, but what the read tasks need beside them."""
    return 1 - READ_CPU if workers > 1 else 0.5


def _records(source: str | None, max_bytes: int, row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One input file's records (a read task): each with its place in read order."""
    for n, record in enumerate(read_file(row["path"], source, max_bytes)):
        yield {"ord": (int(row["index"]) << 32) | n, "record": pickle.dumps(record, protocol=5)}


class _StageActor:
    """A worker of the enrich step: the language model loaded once, a connection to the store."""

    def __init__(self, db: str) -> None:
        self.stager = Stager(db, _LazyModel())

    def __call__(self, batch: Any) -> Any:
        import pandas as pd

        items = [(int(o), pickle.loads(r)) for o, r in zip(batch["ord"], batch["record"], strict=True)]  # noqa: S301
        rows = self.stager(items)
        return pd.DataFrame(rows, columns=["status", "name", "code", "reason"])


class _LazyModel:
    """The language model, loaded on the first article to enrich (a run over inputs the store
    already has never loads it)."""

    def __init__(self) -> None:
        self.enricher: Enricher | None = None

    def __call__(self, articles: Any) -> Any:
        if self.enricher is None:
            self.enricher = Enricher(workers=1)
        return self.enricher(articles)


class _ReportActor:
    """A worker of the cross-check step: reads a story from the store, stores its report."""

    def __init__(self, db: str) -> None:
        self.store = Store(db, migrate=False)
        self.registry = Registry()

    def __call__(self, batch: Any) -> Any:
        import pandas as pd

        rows = [row for story_id in batch["story_id"]
                if (row := report_ahead(self.store, story_id, registry=self.registry)) is not None]
        self.store.save_story_reports(rows)
        return pd.DataFrame({"computed": [len(rows)]})


def _reachable(address: str) -> None:
    """A cluster address that does not answer is said at once (Ray itself retries for minutes)."""
    if address == "auto":
        return
    hostport = address.removeprefix("ray://")
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        raise RecoupeError(f"cannot join the Ray cluster at {address}: expected HOST:PORT (or ray://HOST:PORT, or auto)")
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        raise RecoupeError(f"cannot reach the Ray cluster at {address}: {e.strerror or e}") from e


# -- the guard of a local cluster -------------------------------------------------------------

def _start_guard(folder: str) -> int:
    """Fork the guard, then mark this process (and so every Ray process it starts). Once the
    run is over, the guard ends what is left of its cluster and removes ``folder``."""
    value = f"{os.getpid()}-{secrets.token_hex(6)}"
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the guard
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            stop = [False]
            signal.signal(signal.SIGTERM, lambda *_: stop.__setitem__(0, True))
            while not stop[0] and os.getppid() == parent:
                time.sleep(0.3)
            sweep(value, spare=parent)
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            os._exit(0)
    os.environ[MARKER] = value
    return pid


def marked(value_prefix: str, spare: int = 0) -> list[int]:
    """The processes whose environment holds the marker with a value starting with ``value_prefix``
    (this one and ``spare`` aside)."""
    wanted = f"{MARKER}={value_prefix}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in (os.getpid(), spare):
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                env = f.read()
        except OSError:
            continue
        if any(var.startswith(wanted) for var in env.split(b"\0")):
            found.append(int(entry))
    return found


def sweep(value: str, *, spare: int = 0, rounds: int = 20) -> None:
    """End every process of the run marked ``value`` (a few rounds: some start others as they go)."""
    for _ in range(rounds):
        pids = marked(value, spare)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
