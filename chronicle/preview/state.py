"""What the preview's builder knows, shared with its HTTP handlers: the last good build, the
current errors, and the open tabs listening for reloads."""
from __future__ import annotations

import queue
import secrets
import threading

from ..errors import ChronicleError


class State:
    """What the builder knows, shared with the HTTP handlers: the last good build and the current errors."""

    def __init__(self) -> None:
        self.token = secrets.token_hex(4)    # changes when the server restarts: open tabs reload
        self.version = 0                     # bumped by every build that changed the site
        self.errors: list[ChronicleError] = []
        self._lock = threading.Lock()
        self._listeners: set[queue.Queue] = set()

    @property
    def build_id(self) -> str:
        return f"{self.token}-{self.version}"

    def status(self) -> dict:
        with self._lock:
            return {"build": self.build_id, "ok": not self.errors, "errors": [_error_json(e) for e in self.errors]}

    def subscribe(self) -> queue.Queue:
        q: queue.Queue = queue.Queue()
        with self._lock:
            self._listeners.add(q)
        return q

    def unsubscribe(self, q: queue.Queue) -> None:
        with self._lock:
            self._listeners.discard(q)

    def publish(self, event: str | None, data: dict | None = None) -> None:
        with self._lock:
            for q in self._listeners:
                q.put(None if event is None else (event, data or {}))

    def succeeded(self, changed_site: bool) -> bool:
        """-> whether open tabs should reload."""
        with self._lock:
            was_failing = bool(self.errors)
            self.errors = []
            if changed_site:
                self.version += 1
        if changed_site or was_failing:
            self.publish("reload", {"build": self.build_id})
            return True
        return False

    def failed(self, errors: list[ChronicleError]) -> None:
        with self._lock:
            self.errors = list(errors)
        self.publish("problems", self.status())


def _error_json(e: ChronicleError) -> dict:
    return {"path": e.path, "line": e.line, "col": e.col, "severity": e.severity, "message": e.message,
            "location": e.location(), "text": f"{e.location()}: {e.severity}: {e.message}"}
