"""Runs `build.py` for the tests in a process forked from one that has already imported Chronicle.

The suite starts hundreds of builds. As separate `python build.py` processes, each paid for a
new interpreter and for importing Chronicle, Jinja, markdown-it and PyYAML again: about a
third of a fixture build's CPU time, repeated for every test. Here a multiprocessing
forkserver imports them once per test process, and each build is a fork of it: a new process
with its own pid, working folder, environment, standard streams and exit code, which starts
from the imports and nothing else (the server runs nothing but imports, so no state of an
earlier build can leak into the next). What a user runs, `python build.py ...`, stays covered:
`run_cli(..., fresh=True)` starts it that way, and so does every test that sets a variable
Python reads when it starts (the hash seed, the locale, the import path), which a fork could not
change. Set CHRONICLE_TEST_FRESH_CLI=1 to run every build as a new interpreter.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_PY = ROOT / "build.py"
# imported once by the server: what every command needs before its first line of work
PRELOAD = ["chronicle.cli", "chronicle.build.pipeline", "chronicle.build.assemble", "chronicle.build.quicksearch",
           "chronicle.build.siteconfig", "chronicle.render.pages", "chronicle.outputs.offlinepatch",
           "chronicle.ingest", "chronicle.ingest.run", "chronicle.ingest.vocab", "jinja2", "markdown_it", "yaml",
           "tests.cliwarm"]   # and the project's layouts compiled
# variables Python reads at start-up, and the locale it takes its encodings from: a forked
# process keeps its parent's, so a run that sets one is started afresh
_STARTUP_VARIABLES = ("PYTHON", "LC_", "LANG")

_context = None
# CPU seconds of the forked builds so far: they are the server's children, not this process's,
# so RUSAGE_CHILDREN misses them and each reports its own (conftest's --cpu-durations adds them)
forked_cpu_seconds = 0.0


def _forkserver():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
        # The server imports from the folder it starts in (multiprocessing gives it no other
        # path), and a module it cannot import is skipped in silence: start it from the root.
        here = os.getcwd()
        os.chdir(ROOT)
        try:
            multiprocessing.forkserver.ensure_running()
        finally:
            os.chdir(here)
    return _context


def _child(args: list[str], cwd: str, env: dict[str, str], out: str, err: str, cpu: str) -> None:
    """In the forked process: the environment, folder, argv and streams `python build.py`
    would have, then the CLI, then an exit without the interpreter's teardown (as build.py)."""
    os.environ.clear()
    os.environ.update(env)
    time.tzset()
    os.chdir(cwd)
    sys.argv = [str(BUILD_PY), *args]
    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_TRUNC)
        os.dup2(target, fd)
        os.close(target)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    from chronicle.cli import main

    try:
        code = main(args)
    except SystemExit as exc:   # argparse's own exits (--help, a usage error)
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    sys.stdout.flush()
    sys.stderr.flush()
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(cpu).write_text(repr(own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime))
    os._exit(code)


def run(args: tuple[str, ...], cwd: Path, env: dict[str, str] | None = None, timeout: int = 300,
        fresh: bool = False) -> subprocess.CompletedProcess:
    """`python build.py ARGS` in `cwd`, with the caller's environment plus `env`: forked from
    the server, or a new interpreter if asked or if `env` sets a start-up variable."""
    full_env = {**os.environ, **(env or {})}
    if fresh or os.environ.get("CHRONICLE_TEST_FRESH_CLI") or any(k.startswith(_STARTUP_VARIABLES) for k in env or {}):
        return run_fresh(args, cwd, full_env, timeout)
    return run_forked(args, cwd, full_env, timeout)


def run_fresh(args: tuple[str, ...], cwd: Path, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BUILD_PY), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def run_forked(args: tuple[str, ...], cwd: Path, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="chronicle-cli-") as tmp:
        out, err = Path(tmp, "stdout"), Path(tmp, "stderr")
        out.touch()
        err.touch()
        cpu = Path(tmp, "cpu")
        process = _forkserver().Process(target=_child, args=(list(args), str(cwd), env, str(out), str(err), str(cpu)))
        process.start()
        process.join(timeout)
        if process.exitcode is None:
            process.kill()
            process.join()
            raise subprocess.TimeoutExpired([str(BUILD_PY), *args], timeout, out.read_text(), err.read_text())
        if cpu.exists():
            global forked_cpu_seconds
            forked_cpu_seconds += float(cpu.read_text())
        return subprocess.CompletedProcess([sys.executable, str(BUILD_PY), *args], process.exitcode,
                                           out.read_text(), err.read_text())
