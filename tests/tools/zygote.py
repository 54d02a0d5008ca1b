"""A zygote for the fault tests: a process that has imported a snapshot of Chronicle once and
forks one `build.py` run per request.

The kill and interrupt trials (test_faults, test_ingest_faults, test_interrupt) start about a
hundred builds and ingests, each from the frozen copy of the code that tools.faultlib.snapshot_code
makes. As new interpreters each paid ~0.3 s of CPU to start Python and import Chronicle, Jinja,
markdown-it and PyYAML again, about half of what the trials cost. A fork of this process starts
with those imports done and nothing else (it has run no build), then runs build.py itself as
`python build.py ARGS` would: its own pid (and session when asked, so a test can kill its whole
process group), working folder, environment, argv, standard streams and exit code. The signals
it is sent land on a build in the same states as before, except during Python's start-up, where a
build has touched nothing.

The zygote runs as `python zygote.py CODE_DIR`; it reads one JSON request per line on stdin and
answers on stdout with `{"pid": 0}` once it has imported the snapshot, `{"pid": N}` when it forked and `{"exit": N, "code": C}` when that child
ended (C negative for a signal, as subprocess reports it). It ends when its stdin closes.
"""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_PRELOAD = ("chronicle.cli", "chronicle.build.pipeline", "chronicle.build.assemble", "chronicle.render.pages",
            "chronicle.ingest", "chronicle.ingest.run", "chronicle.ingest.vocab", "jinja2", "markdown_it", "yaml")


class Zygote:
    """The test's side: starts the zygote from a snapshot folder and forks builds from it."""

    def __init__(self, code_dir: Path):
        self.build_py = code_dir / "build.py"
        self._proc = subprocess.Popen([sys.executable, __file__, str(code_dir)], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, cwd=code_dir)
        self._lock = threading.Lock()
        self._forked: queue.Queue[int] = queue.Queue()
        self._ended = threading.Condition()
        self._codes: dict[int, int] = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="chronicle-zygote-")
        self._count = 0
        threading.Thread(target=self._listen, daemon=True).start()
        # ready once it has imported the snapshot: a caller timing its first build must not time that
        self._forked.get(timeout=120)

    def _listen(self) -> None:
        for line in self._proc.stdout:
            message = json.loads(line)
            if "pid" in message:
                self._forked.put(message["pid"])
            else:
                with self._ended:
                    self._codes[message["exit"]] = message["code"]
                    self._ended.notify_all()
        with self._ended:   # the zygote is gone: nothing more will end
            self._ended.notify_all()

    def start(self, args: list[str], new_session: bool = False) -> "ForkedBuild":
        """`python build.py ARGS` in this process's folder and environment, forked."""
        with self._lock:
            self._count += 1
            out, err = (Path(self._tmp.name, f"{self._count}.{name}") for name in ("out", "err"))
            request = {"args": args, "cwd": os.getcwd(), "env": dict(os.environ), "out": str(out),
                       "err": str(err), "session": new_session}
            self._proc.stdin.write(json.dumps(request).encode() + b"\n")
            self._proc.stdin.flush()
            pid = self._forked.get(timeout=120)
        return ForkedBuild(self, pid, out, err)

    def _wait(self, pid: int, timeout: float | None) -> int | None:
        with self._ended:
            self._ended.wait_for(lambda: pid in self._codes or self._proc.poll() is not None, timeout)
            return self._codes.get(pid)

    def close(self) -> None:
        self._proc.stdin.close()
        self._proc.wait(timeout=60)
        self._tmp.cleanup()


class ForkedBuild:
    """What the fault tests use of subprocess.Popen, for a build forked by the zygote."""

    def __init__(self, zygote: Zygote, pid: int, out: Path, err: Path):
        self._zygote, self.pid, self._out, self._err = zygote, pid, out, err
        self.returncode: int | None = None

    def poll(self) -> int | None:
        return self.wait(0) if self.returncode is None else self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        if self.returncode is None:
            self.returncode = self._zygote._wait(self.pid, timeout)
            if self.returncode is None and timeout != 0:
                raise subprocess.TimeoutExpired(str(self._zygote.build_py), timeout)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:   # as Popen: never signal a pid that may have been reused
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(9)

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        self.wait(timeout)
        return (self._out.read_text(encoding="utf-8", errors="replace"),
                self._err.read_text(encoding="utf-8", errors="replace"))


def _serve(code_dir: str) -> None:
    """The zygote: import the snapshot once, then fork a build per request and report its end."""
    import importlib
    import selectors
    import signal

    sys.path[0] = code_dir   # the snapshot, as for `python CODE_DIR/build.py`
    for name in _PRELOAD:
        importlib.import_module(name)
    _answer({"pid": 0})   # ready
    build_py = str(Path(code_dir, "build.py"))
    main = compile(Path(build_py).read_bytes(), build_py, "exec")   # compiled here: a child runs it at once
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # a Ctrl-C in the terminal stops the test run, which closes us
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)
    pending = b""
    while True:
        for key, _ in selector.select():
            if key.fd == wake_r:
                os.read(wake_r, 4096)
                _reap()
                continue
            chunk = os.read(0, 65536)
            if not chunk:
                return
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                pid = os.fork()
                if pid == 0:
                    _child(json.loads(line), build_py, main, (wake_r, wake_w))
                _answer({"pid": pid})
        _reap()


def _reap() -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _answer({"exit": pid, "code": os.waitstatus_to_exitcode(status)})


def _answer(message: dict) -> None:
    os.write(1, json.dumps(message).encode() + b"\n")


def _child(request: dict, build_py: str, main, fds: tuple[int, int]) -> None:
    """In the fork: what `python build.py ARGS` would have, then build.py itself; never returns."""
    import signal
    import time

    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for fd in fds:
            os.close(fd)
        if request["session"]:
            os.setsid()
        for fd, path, flags in ((0, os.devnull, os.O_RDONLY), (1, request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                (2, request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
            target = os.open(path, flags, 0o600)
            os.dup2(target, fd)
            os.close(target)
        os.environ.clear()
        os.environ.update(request["env"])
        time.tzset()
        os.chdir(request["cwd"])
        sys.argv = [build_py, *request["args"]]
        # Ctrl-C is Python's KeyboardInterrupt from here on, a few instructions before build.py's
        # own try: as close to build.py's start as a new interpreter's window is
        signal.signal(signal.SIGINT, signal.default_int_handler)
        exec(main, {"__name__": "__main__", "__file__": build_py, "__builtins__": __builtins__})
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:   # what a new interpreter would print before exiting 1
        import traceback
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


if __name__ == "__main__":
    _serve(sys.argv[1])
