"""A throwaway PostgreSQL server for the test session.

``initdb`` into a temporary folder, ``pg_ctl start`` listening on 127.0.0.1 only, on a free
port, with its unix socket in that folder; run as the unprivileged user ``postgres`` (through
``runuser``) when the tests run as root, since PostgreSQL refuses to run as root. Each test gets
its own database, a copy of a migrated template (``CREATE DATABASE ... TEMPLATE``), dropped
after it. The server is stopped at the end of the session (and at exit, should the session not
end cleanly); nothing is left running.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

TEMPLATE = "recoupe_template"


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: ``pg_config --bindir``, else the newest
    /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out:
            candidates.append(Path(out))

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parent.name
        return tuple(int(x) for x in name.split(".") if x.isdigit()) or (0,)

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    for c in candidates:
        if (c / "initdb").is_file() and (c / "pg_ctl").is_file():
            return c
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One PostgreSQL server in a temporary folder; ``url(db)`` gives a recoupe URL."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="recoupe-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.sockets.mkdir()
        self.log = self.root / "server.log"
        self.port = 0
        self.running = False
        self._as: list[str] = []
        self._names = itertools.count(1)
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            user = pwd.getpwnam("postgres")
            os.chmod(self.root, 0o700)
            for path in (self.root, self.sockets):
                os.chown(path, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str, timeout: float = 120) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if done.returncode != 0:
            log = self.log.read_text("utf-8", "replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr.strip()}\n{log}")

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.port = free_port()
        options = " ".join([
            "-c listen_addresses=127.0.0.1", f"-c port={self.port}", f"-c unix_socket_directories={self.sockets}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200",
            "-c shared_buffers=32MB", "-c log_min_messages=warning",
        ])
        self._run(str(self.bindir / "pg_ctl"), "start", "-D", str(self.data), "-w", "-t", "60", "-l", str(self.log),
                  "-o", options)
        self.running = True
        atexit.register(self.stop)
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        with self.connect(TEMPLATE) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")

    def stop(self) -> None:
        if self.running:
            self.running = False
            try:
                self._run(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate", "-w", timeout=60)
            finally:
                shutil.rmtree(self.root, ignore_errors=True)

    def url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def connect(self, db: str = "postgres"):  # a plain psycopg connection, in autocommit
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=db, autocommit=True)

    def admin(self, *sql: str) -> None:
        with self.connect() as conn:
            for s in sql:
                conn.execute(s)

    def migrate_template(self) -> None:
        """Bring the template to the current schema: every database made from it starts there."""
        from recoupe.store import Store

        Store(self.url(TEMPLATE)).close()

    def fresh(self, prefix: str = "t") -> str:
        """A new database copied from the template; its name."""
        name = f"{prefix}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name

    def empty(self, prefix: str = "e") -> str:
        """A new database without the schema (for what migrating from nothing does)."""
        name = f"{prefix}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE template0")
        return name

    def drop(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
