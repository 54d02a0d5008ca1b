"""`build.py serve`: build in memory, serve it on 127.0.0.1, update on save, reload open tabs.

- One builder thread; the watcher (chronicle/watch.py) hands it debounced batches of changed paths.
- Each batch: raw digests new in content/sources/ are ingested, then the in-memory site
  (chronicle/live.py: drafts shown, Pagefind skipped, live-reload script included) is patched
  when only article bodies changed, rebuilt otherwise. site/ on disk is never written; it is
  served only while no preview build has succeeded yet. An update that changes no bytes reloads nothing.
- A failed build leaves the last good site in memory and in the browser; the errors go to the
  terminal and, over server-sent events, to an overlay in every open tab. Fixing the file
  rebuilds, and the reload clears the overlay.
- Dev endpoints live under /__chronicle/: events (SSE), status (JSON), livereload.js.
"""
from __future__ import annotations

import http.server
import json
import mimetypes
import queue
import secrets
import signal
import sys
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import ChronicleError, ConfigError, ContentError, ErrorList
from ..source.scan import shown_path
from .live import LiveSite
from ..build.options import PROJECT_ROOT, BuildOptions

DEV = "/__chronicle/"
KEEPALIVE_SECONDS = 15


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


class Builder:
    """Runs builds one at a time (the watcher calls `rebuild` from its own thread)."""

    def __init__(self, options: BuildOptions, state: State, out=sys.stdout, err=sys.stderr):
        self.options = options
        self.state = state
        self.out = out
        self.err = err
        self.site = LiveSite(options)
        self._lock = threading.Lock()

    def rebuild(self, changed: set[Path] | None = None) -> bool:
        """-> True when the build succeeded."""
        with self._lock:
            what = _describe(changed, self.options.shown_base)
            errors = self._ingest(changed)
            started = time.perf_counter()
            try:
                update = self.site.update()
            except ChronicleError as exc:
                errors += self._explained(exc)
            except Exception as exc:  # a bug must not stop the preview; show it like any other error
                traceback.print_exc(file=self.err)
                errors.append(ChronicleError("chronicle", None, f"internal error ({type(exc).__name__}: {exc}); "
                                             "the traceback is in the terminal"))
            seconds = time.perf_counter() - started
            if errors:
                self._say(f"{what}{len(errors)} error(s); still serving the last good build", err=True)
                for e in errors:
                    self.err.write(f"{e.location()}: {e.severity}: {e.message}\n")
                self.err.flush()
                self.state.failed(errors)
                return False
            changed_site = bool(update.changed or update.removed)
            was_failing = bool(self.state.errors)
            reloaded = self.state.succeeded(changed_site)
            how = "updated" if update.mode == "patch" else "rebuilt"
            detail = (f"{len(update.changed)} file(s) changed, {len(update.removed)} removed" if changed_site else "nothing changed")
            self._say(f"{what}{'fixed; ' if was_failing else ''}{how} in {seconds:.2f}s ({detail})"
                      f"{'; reloading' if reloaded and changed is not None else ''}")
            return True

    def _ingest(self, changed: set[Path] | None) -> list[ChronicleError]:
        sources = self.options.content_dir / "sources"
        if changed is not None and not any(_under(p, sources) for p in changed):
            return []
        if not sources.is_dir():
            return []
        try:
            from ..config import load_config
            from ..ingest import ingest_files, pending_sources
        except ImportError as exc:  # the ingest package is optional for previewing hand-written articles
            return [ChronicleError(str(sources), None, f"cannot ingest raw digests: {exc}")]
        into = self.options.content_dir / "articles"
        try:
            pending = pending_sources(sources, into)
            if not pending:
                return []
            report = ingest_files(pending, into, load_config(self.options.config_path))
        except ChronicleError as exc:
            return list(exc.errors) if isinstance(exc, ErrorList) else [exc]
        for line in report.lines():
            self._say(f"ingest: {line}")
        return list(report.errors)

    def _explained(self, exc: ChronicleError) -> list[ChronicleError]:
        """Content errors are shown as `check` explains them (same places, better words)."""
        errors = list(exc.errors) if isinstance(exc, ErrorList) else [exc]
        if all(isinstance(e, (ContentError, ConfigError)) for e in errors):
            try:
                from ..authoring.check import run_check
                paths = {e.path for e in errors}
                checked = [p for p in run_check(self.options.content_dir, self.options.config_path,
                                                self.options.shown_base) if p.severity == "error" and p.path in paths]
                if {p.path for p in checked} == paths:
                    return checked
            except Exception:  # noqa: BLE001 - the build's own errors are still right
                pass
        return errors

    def _say(self, text: str, err: bool = False) -> None:
        stream = self.err if err else self.out
        stream.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
        stream.flush()


def _describe(changed: set[Path] | None, base: Path | None) -> str:
    if changed is None:
        return ""
    files = [p for p in changed if p.suffix] or list(changed)  # not folders or editors' temp names
    names = sorted(shown_path(p, base) for p in files)
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"{shown} changed: "


def _under(path: Path, root: Path) -> bool:
    try:
        Path(path).absolute().relative_to(root.absolute())
        return True
    except ValueError:
        return False


# --- HTTP ---------------------------------------------------------------------------------------

def make_handler(site_dir: Path, state: State, base_path: str, client_js: Path, live: LiveSite | None = None):
    """Serves the in-memory site; until a preview build has succeeded, the site on disk."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site_dir), **kwargs)

        def log_message(self, *args) -> None:  # the terminal is for build news
            pass

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path.startswith(DEV):
                return self._dev(path[len(DEV):])
            if base_path != "/" and path.startswith(base_path):
                # the published site lives under base_path; absolute links to it work here too
                self.path = "/" + self.path[len(base_path):]
            if live is not None and live.files:
                return self._from_memory(live.files, unquote(urlsplit(self.path).path))
            local = Path(self.translate_path(self.path))
            if local.is_dir() and (local / "index.html").is_file() and path.endswith("/"):
                local = local / "index.html"
            if not local.exists():
                return self._not_found()
            if local.suffix == ".html" and local.is_file():
                build_id = state.build_id  # before reading: a page newer than its tag only reloads once more
                return self._send(200, "text/html; charset=utf-8", _with_client(local.read_bytes(), build_id))
            return super().do_GET()

        def do_HEAD(self) -> None:
            if urlsplit(self.path).path.startswith(DEV):
                self.send_response(200)
                self.end_headers()
                return
            if live is not None and live.files:
                return self.do_GET()  # _send leaves the body out of a HEAD reply
            return super().do_HEAD()

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
                data = _with_client(data, state.build_id)
            return self._send(200, ctype, data)

        def _dev(self, name: str) -> None:
            if name == "events":
                return self._events()
            if name == "status":
                return self._send(200, "application/json", json.dumps(state.status()).encode())
            if name == "livereload.js" and client_js.is_file():
                return self._send(200, "text/javascript; charset=utf-8", client_js.read_bytes())
            return self._send(404, "text/plain; charset=utf-8", b"unknown dev endpoint\n")

        def _not_found(self, files: dict[str, bytes] | None = None) -> None:
            if files and "404.html" in files:
                return self._send(404, "text/html; charset=utf-8", _with_client(files["404.html"], state.build_id))
            page = site_dir / "404.html"
            if page.is_file():
                build_id = state.build_id
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
            q = state.subscribe()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream; charset=utf-8")
                self.send_header("X-Accel-Buffering", "no")
                self.end_headers()
                self._event("hello", state.status(), retry=1000)
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
                state.unsubscribe(q)
                self.close_connection = True

        def _event(self, name: str, data: dict, retry: int | None = None) -> None:
            msg = (f"retry: {retry}\n" if retry else "") + f"event: {name}\ndata: {json.dumps(data)}\n\n"
            self.wfile.write(msg.encode("utf-8"))
            self.wfile.flush()

    return Handler


CLIENT_URL = f"{DEV}livereload.js".encode()


def _with_client(html: bytes, build_id: str) -> bytes:
    """Tag the client's URL with the build the page belongs to (the client compares it with the server's).

    Pages built with dev=True carry the client (layouts/partials/dev.html). A site left over from
    `make site` does not: when the first preview build fails, its pages still get the overlay and
    reload when fixed."""
    tagged = CLIENT_URL + b"?build=" + build_id.encode()
    if CLIENT_URL + b'"' in html:
        return html.replace(CLIENT_URL + b'"', tagged + b'"', 1)
    tag = b'<script src="' + tagged + b'" defer></script>'
    at = html.rfind(b"</body>")
    return html[:at] + tag + html[at:] if at >= 0 else html + tag


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(options: BuildOptions, port: int) -> int:
    options = replace(options, dev=True, drafts=True, search=False)  # Pagefind takes seconds; not worth it per save
    state = State()
    builder = Builder(options, state)
    client_js = options.layouts_dir / "dev" / "livereload.js"
    if not client_js.is_file():
        client_js = PROJECT_ROOT / "layouts" / "dev" / "livereload.js"
    base_path = "/"
    try:
        server = _Server(("127.0.0.1", port), make_handler(options.out_dir, state, base_path, client_js, builder.site))
    except OSError as exc:
        sys.stderr.write(f"build.py serve: error: cannot listen on 127.0.0.1:{port} ({exc.strerror}); "
                         f"try another --port\n")
        return 1

    builder.rebuild(None)
    try:
        from ..build.siteconfig import read_config
        base_path = read_config(options).base_path
    except ChronicleError:
        pass
    server.RequestHandlerClass = make_handler(options.out_dir, state, base_path, client_js, builder.site)

    from .watch import Watcher
    shown = [shown_path(p, options.shown_base) for p in (options.content_dir, options.layouts_dir, options.config_path)]
    watcher = Watcher([options.content_dir, options.layouts_dir], [options.config_path],
                      [options.out_dir], on_batch=builder.rebuild)
    watcher.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"Serving {url} (drafts shown, search off); watching {', '.join(shown)}. Ctrl-C stops.", flush=True)

    def stop(signum, frame):
        raise KeyboardInterrupt
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever(poll_interval=0.25)
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        watcher.stop()
        state.publish(None)
        server.server_close()
    return 0
