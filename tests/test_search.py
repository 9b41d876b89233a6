"""Full-text search keys are safe to compute from several threads (the web server's)."""

from __future__ import annotations

import sys
import threading

from recoupe.store.search import search_words


def test_search_keys_from_many_threads_at_once():
    """Snowball's stemmer keeps state between calls; one shared by the server's threads raised
    IndexError or gave wrong stems under load. Each thread now has its own."""
    text = "Les manifestations nationales se sont déroulées dans plusieurs villes françaises. " * 20
    want = search_words(text)
    errors: list[str] = []

    def run() -> None:
        try:
            for _ in range(80):
                if search_words(text) != want:
                    errors.append("different stems")
        except Exception as e:  # noqa: BLE001 - what the old shared stemmer raised is the point
            errors.append(repr(e))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=run) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors, errors[:3]
