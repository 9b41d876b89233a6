"""What the app, the API and the pages share: settings, and the error the API answers with."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from recoupe.ingest.sources import MB

TOKEN_ENV = "RECOUPE_TOKEN"
MAX_UPLOAD_ENV = "RECOUPE_MAX_UPLOAD_MB"
DEFAULT_MAX_UPLOAD = 16 * MB

class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` with an HTTP status."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        self.extra = extra or {}


@dataclass
class Settings:
    db: str
    outlets: str | None = None
    token: str | None = None  # None or empty: read-only
    max_upload: int = DEFAULT_MAX_UPLOAD
    enricher: Any = None  # the language pipeline; loaded at the first ingest when None
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
