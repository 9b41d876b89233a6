"""Polite, careful HTTP: the one way recoupe fetches anything from the web.

One :class:`Client` per run. It sends a User-Agent naming recoupe and a contact URL
(``RECOUPE_CONTACT``), makes one request at a time and waits ``delay`` seconds between two
requests to the same host, honours robots.txt, follows at most ``max_redirects`` redirects
itself, retries with back-off (and obeys ``Retry-After`` on 429 and 503), reads at most
``max_bytes`` of a response and accepts only HTML, XML and feed content types. Before every
request, and again on every redirect, the host is resolved and refused if any of its addresses
is loopback, private, link-local, multicast or otherwise not public, unless ``allow_private``.
Every failure is a :class:`FetchError` carrying a code of :mod:`recoupe.errors`.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from recoupe import __version__
from recoupe.errors import reason

DEFAULT_CONTACT = "https://github.com/recoupe/recoupe"
ROBOTS_AGENT = "recoupe"
FEED_TYPES = (
    "text/html", "application/xhtml+xml", "text/xml", "application/xml", "application/rss+xml",
    "application/atom+xml", "application/rdf+xml", "application/x-rss+xml", "text/rss+xml",
)
Resolver = Callable[[str], list[str]]


def user_agent(contact: str | None = None) -> str:
    contact = contact or os.environ.get("RECOUPE_CONTACT") or DEFAULT_CONTACT
    return f"recoupe/{__version__} (+{contact})"


def resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to (an address literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise FetchError("E015", reason("E015", detail=f"cannot resolve {host}: {e.strerror}")) from e
    return sorted({str(info[4][0]) for info in infos})


@dataclass(slots=True)
class Policy:
    """How to fetch; the tests shrink the delays."""

    user_agent: str = field(default_factory=user_agent)
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 2.0  # first back-off, doubled each time
    max_retry_after: float = 300.0  # a longer Retry-After gives up instead of waiting
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
    resolver: Resolver = resolve


class FetchError(Exception):
    """A fetch that failed, with its code in the catalogue and its one-line reason."""

    def __init__(self, code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip('"') or None
        return None


def address_kind(address: str) -> str | None:
    """Why an address must not be fetched ("loopback", "private"...), or None if it is public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind in ("unspecified", "loopback", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "not public"


class Client:
    """Fetches politely; see the module's docstring. Not thread-safe: one request at a time."""

    def __init__(self, policy: Policy | None = None, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or Policy()
        self._sleep = sleep
        self._http = httpx.Client(
            follow_redirects=False, timeout=httpx.Timeout(self.policy.timeout), trust_env=False,
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- checks ---------------------------------------------------------------------------
    def check_url(self, url: str, *, allow_private: bool | None = None) -> None:
        """Refuse a URL that is not http(s) or whose host resolves to a non-public address."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("E015", reason("E015", detail=f"only http and https URLs are fetched: {url}"))
        allowed = self.policy.allow_private if allow_private is None else allow_private
        if allowed:
            return
        for address in self.policy.resolver(parts.hostname):
            kind = address_kind(address)
            if kind:
                raise FetchError("E014", reason("E014", host=parts.hostname, address=address, kind=kind))

    def allowed(self, url: str, *, allow_private: bool | None = None) -> bool:
        """Whether robots.txt lets recoupe fetch ``url`` (fetched once per site and run)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin, allow_private)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, origin: str, allow_private: bool | None) -> RobotFileParser | None:
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            r = self._request(origin + "/robots.txt", {}, allow_private, robots=False, types=None, retries=0)
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500 and e.status != 429:
                return None  # no robots.txt: everything is allowed (a 429 is an unreachable one)
            if e.code == "E014":
                raise
            parser.parse(["User-agent: *", "Disallow: /"])  # unreachable robots.txt (RFC 9309: assume complete disallow)
            return parser
        parser.parse(r.body.decode("utf-8", "replace").splitlines())
        return parser

    # -- fetching -------------------------------------------------------------------------
    def get(self, url: str, *, headers: dict[str, str] | None = None, allow_private: bool | None = None,
            types: tuple[str, ...] | None = FEED_TYPES) -> Response:
        """GET ``url``: robots.txt checked, redirects followed and checked, retries. A 304 is
        returned as is; any other status outside 2xx raises :class:`FetchError`."""
        return self._request(url, headers or {}, allow_private, robots=True, types=types, retries=self.policy.retries)

    def _request(self, url: str, headers: dict[str, str], allow_private: bool | None, *, robots: bool,
                 types: tuple[str, ...] | None, retries: int) -> Response:
        attempt = 0
        while True:
            try:
                return self._follow(url, headers, allow_private, robots=robots, types=types)
            except _Retry as e:
                if attempt >= retries or e.wait > self.policy.max_retry_after:
                    raise e.error from None
                self._sleep(self.policy.backoff * 2 ** attempt if e.wait < 0 else e.wait)
                attempt += 1

    def _follow(self, url: str, headers: dict[str, str], allow_private: bool | None, *, robots: bool,
                types: tuple[str, ...] | None) -> Response:
        for _ in range(self.policy.max_redirects + 1):
            self.check_url(url, allow_private=allow_private)
            if robots and not self.allowed(url, allow_private=allow_private):
                raise FetchError("E017", reason("E017", url=url))
            status, resp_headers, body = self._once(url, headers, types)
            if status in (301, 302, 303, 307, 308) and "location" in resp_headers:
                url = urljoin(url, resp_headers["location"])
                continue
            if 300 <= status < 400 and status != 304:  # a redirect with nowhere to go, a choice of pages
                raise FetchError("E016", reason("E016", status=status, url=url), status=status)
            return Response(url, status, resp_headers, body)
        raise FetchError("E015", reason("E015", detail=f"more than {self.policy.max_redirects} redirects from {url}"))

    def _once(self, url: str, headers: dict[str, str], types: tuple[str, ...] | None) -> tuple[int, dict[str, str], bytes]:
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0.0) + self.policy.delay - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        try:
            with self._http.stream("GET", url, headers=headers) as r:
                resp_headers = {k.lower(): v for k, v in r.headers.items()}
                status = r.status_code
                if status in (429, 503) or status >= 500:
                    error = FetchError("E016", reason("E016", status=status, url=url), status=status)
                    raise _Retry(error, _retry_after(resp_headers.get("retry-after")))
                if status >= 400:
                    raise FetchError("E016", reason("E016", status=status, url=url), status=status)
                if 300 <= status < 400:
                    return status, resp_headers, b""
                ctype = resp_headers.get("content-type", "").split(";")[0].strip().lower()
                if types is not None and ctype and ctype not in types:  # no type at all: the parser will tell
                    raise FetchError("E019", reason("E019", content_type=ctype, url=url))
                declared = resp_headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise FetchError("E018", reason("E018", limit=_size(self.policy.max_bytes), url=url))
                chunks: list[bytes] = []
                size = 0
                deadline = time.monotonic() + self.policy.timeout * 4  # a server trickling bytes is cut off
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError("E018", reason("E018", limit=_size(self.policy.max_bytes), url=url))
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout(f"more than {self.policy.timeout * 4:g} s to read")
                    chunks.append(chunk)
                return status, resp_headers, b"".join(chunks)
        except httpx.TimeoutException as e:
            raise _Retry(FetchError("E015", reason("E015", detail=f"timed out after {self.policy.timeout:g} s: {url}")), -1) from e
        except httpx.HTTPError as e:
            raise _Retry(FetchError("E015", reason("E015", detail=f"{type(e).__name__}: {e} ({url})")), -1) from e
        finally:
            self._last[host] = time.monotonic()


class _Retry(Exception):
    """A failure worth another try, after ``wait`` seconds (negative: the policy's back-off)."""

    def __init__(self, error: FetchError, wait: float) -> None:
        super().__init__(str(error))
        self.error = error
        self.wait = wait


def _retry_after(value: str | None) -> float:
    if not value:
        return -1.0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return -1.0
    return max(0.0, when.timestamp() - time.time())


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"
