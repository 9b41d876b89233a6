"""Worker processes for the language model that die with the process that started them.

A :class:`Pool` runs a function over batches of work on N processes and gives the results back
in the order of the batches. Each worker:

- asks the kernel to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)`` on
  Linux), then checks that its parent is still the process that started it (the parent may have
  died between the fork and the ``prctl``); a thread also watches the parent's pid once a second,
  for systems without ``prctl``;
- ignores SIGINT: Ctrl-C reaches the whole process group, and it is the parent that stops the
  workers (on any exception, :class:`KeyboardInterrupt` included, they are terminated);
- runs at a lower CPU priority (``nice`` +10): the model's work is batch work, and beside
  ``recoupe serve`` on the same machine the readers' requests should come first; when nothing
  else wants the cores it changes nothing;
- builds its function once (``setup()``: the language model is inherited from the parent where
  processes are forked, loaded once per worker where they are spawned) and applies it to each
  batch it is sent.

A kill -9 of the parent leaves no worker behind: the kernel kills them at once. A worker that
dies on its own is noticed within a second and stops the run with an error.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Generator, Iterable
from typing import Any

from recoupe.errors import RecoupeError

PR_SET_PDEATHSIG = 1  # linux/prctl.h
POLL = 1.0  # seconds between checks of the other side's health
AHEAD = 3  # batches queued per worker: enough to keep every worker busy while the parent stores
NICENESS = 10  # added to a worker's nice value


class WorkerError(RecoupeError):
    """A worker failed or died."""


def die_with_parent(parent: int) -> None:
    """Make this process end when ``parent`` does (called first thing in a worker)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            threading.Event().wait(POLL)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="recoupe-parent-watch", daemon=True).start()


def _context() -> Any:
    """Fork where it exists (the model loaded by the parent is shared, nothing to load again)."""
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def forks() -> bool:
    return _context().get_start_method() == "fork"


def _worker(parent: int, setup: Callable[[], Callable[[Any], Any]], tasks: Any, results: Any) -> None:
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(OSError):
        os.nice(NICENESS)
    run = setup()
    while (task := tasks.get()) is not None:
        key, batch = task
        try:
            results.put((key, run(batch), None))
        except Exception:  # noqa: BLE001 - the parent raises it, with the worker's traceback
            results.put((key, None, traceback.format_exc()))


class Pool:
    """``processes`` workers applying ``setup()``'s function to batches, results in order.

    ``setup`` is called once in each worker; where processes are spawned rather than forked it
    must be picklable (a module-level function or a ``functools.partial`` of one).
    """

    def __init__(self, processes: int, setup: Callable[[], Callable[[Any], Any]]) -> None:
        self.processes = max(1, processes)
        self.setup = setup

    def map(self, batches: Iterable[Any]) -> Generator[Any, None, None]:
        """The result of each batch, in the order of the batches. The workers start at the first
        ``next()`` and are stopped when the iteration ends, fails or is closed."""
        ctx = _context()
        tasks, results = ctx.Queue(), ctx.Queue()
        parent = os.getpid()
        procs = [ctx.Process(target=_worker, args=(parent, self.setup, tasks, results), daemon=True,
                             name=f"recoupe-worker-{n}") for n in range(self.processes)]
        for p in procs:
            p.start()
        finished = False
        try:
            done: dict[int, Any] = {}
            sent = given = 0
            source = iter(batches)
            more = True
            while True:
                while more and sent - given < AHEAD * self.processes:
                    batch = next(source, _END)
                    if batch is _END:
                        more = False
                        break
                    tasks.put((sent, batch))
                    sent += 1
                if given == sent:
                    break
                while given not in done:
                    key, value, error = self._result(results, procs)
                    if error is not None:
                        raise WorkerError(f"a language model worker failed:\n{error}")
                    done[key] = value
                yield done.pop(given)
                given += 1
            finished = True
        finally:
            _stop(procs, tasks, results, gently=finished)

    @staticmethod
    def _result(results: Any, procs: list[Any]) -> tuple[int, Any, str | None]:
        while True:
            try:
                return results.get(timeout=POLL)
            except queue.Empty:
                dead = [p for p in procs if p.exitcode is not None]
                if dead:
                    raise WorkerError(f"a language model worker died (exit code {dead[0].exitcode})") from None


_END = object()


def _stop(procs: list[Any], tasks: Any, results: Any, *, gently: bool) -> None:
    """Stop the workers: a sentinel each and a short wait after a complete run, SIGTERM at once
    otherwise; SIGKILL for any still there."""
    if gently:
        for _ in procs:
            tasks.put(None)
        for p in procs:
            p.join(timeout=10)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(timeout=2)
        if p.is_alive():
            p.kill()
            p.join()
    for q in (tasks, results):
        q.cancel_join_thread()  # what no worker will read must not keep this process waiting
        with contextlib.suppress(Exception):
            q.close()
