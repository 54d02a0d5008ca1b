"""The preview's HTTP side: the in-memory site (or, until a preview build has succeeded, site/ on
disk), the dev endpoints under /__chronicle/ (events, status, livereload.js).

Only requests naming this machine are answered (`Host: 127.0.0.1|localhost|[::1]:PORT`): a page of
another site that gets its name resolved to 127.0.0.1 (DNS rebinding) would otherwise read drafts
and the status. Nothing is served from outside the site folder, whatever links it holds.
"""
from __future__ import annotations

import http.server
import json
import mimetypes
import os
import queue
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from .live import LiveSite
    from .state import State

DEV = "/__chronicle/"
KEEPALIVE_SECONDS = 15
LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the in-memory site; until a preview build has succeeded, the site on disk. A server
    gets a subclass with these set (make_handler)."""
    site_dir: Path
    state: State
    base_path: str
    client_js: Path
    live: LiveSite | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(self.site_dir), **kwargs)

    def log_message(self, *args) -> None:  # the terminal is for build news
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        if not self._asked_by_name():
            return self._foreign_host()
        path = urlsplit(self.path).path
        if path.startswith(DEV):
            return self._dev(path[len(DEV):])
        if self.base_path != "/" and path.startswith(self.base_path):
            # the published site lives under base_path; absolute links to it work here too
            self.path = "/" + self.path[len(self.base_path):]
        if self.live is not None and self.live.files:
            return self._from_memory(self.live.files, unquote(urlsplit(self.path).path))
        local = Path(self.translate_path(self.path))
        if local.is_dir() and (local / "index.html").is_file() and path.endswith("/"):
            local = local / "index.html"
        if not local.exists() or not _inside(local, self.site_dir):
            return self._not_found()
        if local.suffix == ".html" and local.is_file():
            build_id = self.state.build_id  # before reading: a page newer than its tag only reloads once more
            return self._send(200, "text/html; charset=utf-8", _with_client(local.read_bytes(), build_id))
        return super().do_GET()

    def do_HEAD(self) -> None:
        if not self._asked_by_name():
            return self._foreign_host()
        if urlsplit(self.path).path.startswith(DEV):
            self.send_response(200)
            self.end_headers()
            return
        if self.live is not None and self.live.files:
            return self.do_GET()  # _send leaves the body out of a HEAD reply
        return super().do_HEAD()

    def _asked_by_name(self) -> bool:
        """Whether the request names this server as a local address (see the module's doc)."""
        host = (self.headers.get("Host") or "").strip().lower()
        port = self.server.server_address[1]
        return host in {f"{name}:{port}" for name in LOCAL_NAMES} or (port == 80 and host in LOCAL_NAMES)

    def _foreign_host(self) -> None:
        self.close_connection = True
        return self._send(421, "text/plain; charset=utf-8",
                          b"This preview answers only requests to 127.0.0.1, localhost or [::1] with its port.\n")

    def _from_memory(self, files: dict[str, bytes], path: str) -> None:
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        if rel not in files and f"{rel}/index.html" in files:
            rel = f"{rel}/index.html"
        data = files.get(rel)
        if data is None:
            return self._not_found(files)
        ctype = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json", "image/svg+xml"):
            ctype += "; charset=utf-8"
        if rel.endswith(".html"):
            data = _with_client(data, self.state.build_id)
        return self._send(200, ctype, data)

    def _dev(self, name: str) -> None:
        if name == "events":
            return self._events()
        if name == "status":
            return self._send(200, "application/json", json.dumps(self.state.status()).encode())
        if name == "livereload.js" and self.client_js.is_file():
            return self._send(200, "text/javascript; charset=utf-8", self.client_js.read_bytes())
        return self._send(404, "text/plain; charset=utf-8", b"unknown dev endpoint\n")

    def _not_found(self, files: dict[str, bytes] | None = None) -> None:
        if files and "404.html" in files:
            return self._send(404, "text/html; charset=utf-8", _with_client(files["404.html"], self.state.build_id))
        page = self.site_dir / "404.html"
        if page.is_file():
            build_id = self.state.build_id
            return self._send(404, "text/html; charset=utf-8", _with_client(page.read_bytes(), build_id))
        # no site yet (the first build failed): a page that shows the errors and reloads when fixed
        body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No site yet</title></head>"
                "<body><h1>No site has been built yet</h1><p>Fix the errors shown in the terminal; this page "
                f"reloads when the build succeeds.</p><script src=\"{DEV}livereload.js\"></script></body></html>")
        return self._send(404, "text/html; charset=utf-8", body.encode())

    def _send(self, code: int, ctype: str, data: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _events(self) -> None:
        q = self.state.subscribe()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("X-Accel-Buffering", "no")
            self.end_headers()
            self._event("hello", self.state.status(), retry=1000)
            while True:
                try:
                    item = q.get(timeout=KEEPALIVE_SECONDS)
                except queue.Empty:
                    self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
                    continue
                if item is None:
                    return
                self._event(*item)
        except (BrokenPipeError, ConnectionResetError, OSError):
            return
        finally:
            self.state.unsubscribe(q)
            self.close_connection = True

    def _event(self, name: str, data: dict, retry: int | None = None) -> None:
        msg = (f"retry: {retry}\n" if retry else "") + f"event: {name}\ndata: {json.dumps(data)}\n\n"
        self.wfile.write(msg.encode("utf-8"))
        self.wfile.flush()


def make_handler(site_dir: Path, state: State, base_path: str, client_js: Path, live: LiveSite | None = None) -> type:
    return type("PreviewHandler", (Handler,), {"site_dir": site_dir, "state": state, "base_path": base_path,
                                               "client_js": client_js, "live": live})


def _inside(path: Path, folder: Path) -> bool:
    """Whether a path, links resolved, is in the folder: a link in site/ must not serve what is outside."""
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


CLIENT_URL = f"{DEV}livereload.js".encode()


def _with_client(html: bytes, build_id: str) -> bytes:
    """Tag the client's URL with the build the page belongs to (the client compares it with the server's).

    Pages built with dev=True carry the client (layouts/partials/dev.html). A site left over from
    `make site` does not: when the first preview build fails, its pages still get the overlay and
    reload when fixed (and their client knows they came from disk)."""
    tagged = CLIENT_URL + b"?build=" + build_id.encode()
    if CLIENT_URL + b'"' in html:
        return html.replace(CLIENT_URL + b'"', tagged + b'"', 1)
    tag = b'<script src="' + tagged + b'&amp;from=disk" defer></script>'   # the client tells the two apart
    at = html.rfind(b"</body>")
    return html[:at] + tag + html[at:] if at >= 0 else html + tag


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


