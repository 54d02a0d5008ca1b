"""`build.py serve`: build in memory, serve it on 127.0.0.1, update on save, reload open tabs.

- One builder thread; the watcher (chronicle/watch.py) hands it debounced batches of changed paths.
- Each batch: raw digests new in content/sources/ are ingested, then the in-memory site
  (chronicle/live.py: drafts shown, Pagefind skipped, live-reload script included) is patched
  when only article bodies changed, rebuilt otherwise. site/ on disk is never written; it is
  served only while no preview build has succeeded yet. An update that changes no bytes reloads nothing.
- A failed build leaves the last good site in memory and in the browser; the errors go to the
  terminal and, over server-sent events, to an overlay in every open tab. Fixing the file
  rebuilds, and the reload clears the overlay.
- Dev endpoints live under /__chronicle/: events (SSE), status (JSON), livereload.js. The HTTP side,
  which answers only requests that name this machine, is chronicle/preview/handler.py.
"""
from __future__ import annotations

import signal
import sys
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path

from ..errors import ChronicleError, ConfigError, ContentError, ErrorList, shown
from ..source.scan import shown_path
from .handler import Server, make_handler
from .state import State
from .live import LiveSite
from ..build.options import PROJECT_ROOT, BuildOptions



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
    names = sorted(shown(shown_path(p, base)) for p in files)
    listed = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"{listed} changed: "


def _under(path: Path, root: Path) -> bool:
    try:
        Path(path).absolute().relative_to(root.absolute())
        return True
    except ValueError:
        return False


def serve(options: BuildOptions, port: int) -> int:
    options = replace(options, dev=True, drafts=True, search=False)  # Pagefind takes seconds; not worth it per save
    state = State()
    builder = Builder(options, state)
    client_js = options.layouts_dir / "dev" / "livereload.js"
    if not client_js.is_file():
        client_js = PROJECT_ROOT / "layouts" / "dev" / "livereload.js"
    base_path = "/"
    try:
        server = Server(("127.0.0.1", port), make_handler(options.out_dir, state, base_path, client_js, builder.site))
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
    watched = [shown_path(p, options.shown_base) for p in (options.content_dir, options.layouts_dir, options.config_path)]
    watcher = Watcher([options.content_dir, options.layouts_dir], [options.config_path],
                      [options.out_dir], on_batch=builder.rebuild)
    watcher.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"Serving {url} (drafts shown, search off); watching {', '.join(watched)}. Ctrl-C stops.", flush=True)

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
