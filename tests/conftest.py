"""Shared test helpers: the fixture site, a CLI runner, Chromium, a subpath server."""
from __future__ import annotations

import functools
import http.server
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import cliserver


def pytest_configure(config):
    """pytest-xdist's workers ignore SIGINT (so Ctrl-C reaches only the controller), and a
    process started with SIGINT ignored keeps ignoring it: the builds our interrupt tests start
    would never see their Ctrl-C. Restore Python's own handler, which a child's exec resets to
    the default, as in a user's terminal."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
FIXTURE_ARTICLE = "content/articles/2025/zelensky-rift.md"    # an article of the fixture site
FIXTURE_ARTICLE_PAGE = "articles/zelensky-rift.html"          # and its page
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the fixture site")
    parser.addoption("--cpu-durations", type=int, metavar="N", default=None,
                     help="list the N tests that used the most CPU seconds, setup and teardown included (0: all)")
    parser.addoption("--record-costs", action="store_true",
                     help=f"write to {COSTS.name} the seconds of each test file run, which order the next runs")


# The order of the run: test files by their cost in an earlier run, the dearest first. `make test`
# hands out whole files (--dist loadfile, so a module's fixtures are made once, by the process
# that runs all its tests), in this order, each to the first process that runs short of work: the
# long files start at once on both processes and the short ones fill the ends, instead of one
# long file being the tail of a process while the other is idle. A file not listed (a new one)
# counts as DEFAULT_COST; `--record-costs` refreshes the figures of the files a run ran (a quiet
# machine's are best, but only their order matters).
COSTS = Path(__file__).resolve().parent / "costs.json"
DEFAULT_COST = 5.0
_SPENT_PER_FILE: dict[str, float] = {}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    costs = json.loads(COSTS.read_text()) if COSTS.exists() else {}
    order = {item: i for i, item in enumerate(items)}   # a file's tests keep their own order
    items.sort(key=lambda item: (-costs.get(_file_of(item.nodeid), DEFAULT_COST), _file_of(item.nodeid), order[item]))


def _file_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


# CPU seconds per test, the figure a busy shared machine does not distort (wall times do, and
# --durations reports only those): this process's and those of the builds, tools and browsers
# it started and waited for. A session fixture counts in the first test that uses it; a browser
# counts when it is closed, at the end of the session.
_CPU_AT_START = pytest.StashKey[float]()
_CPU_SPENT: dict[str, float] = {}


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + cliserver.forked_cpu_seconds


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    if item.config.getoption("--cpu-durations") is not None:
        item.stash[_CPU_AT_START] = _cpu_seconds()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if call.when == "teardown" and _CPU_AT_START in item.stash:   # the report travels to xdist's controller
        report.user_properties.append(("cpu_seconds", _cpu_seconds() - item.stash[_CPU_AT_START]))


def pytest_runtest_logreport(report):
    for name, value in report.user_properties:
        if name == "cpu_seconds" and report.when == "teardown":
            _CPU_SPENT[report.nodeid] = value
    path = _file_of(report.nodeid)
    _SPENT_PER_FILE[path] = _SPENT_PER_FILE.get(path, 0.0) + report.duration


def pytest_sessionfinish(session):
    """--record-costs: the seconds (setup, call and teardown) of each test file this run ran, in
    the process that sees every report (xdist's controller, or the only one); the other files
    keep their figures."""
    if session.config.getoption("--record-costs") and not hasattr(session.config, "workerinput") and _SPENT_PER_FILE:
        costs = json.loads(COSTS.read_text()) if COSTS.exists() else {}
        costs.update((path, round(seconds, 1)) for path, seconds in _SPENT_PER_FILE.items())
        COSTS.write_text(json.dumps(dict(sorted(costs.items())), indent=0) + "\n")


def pytest_terminal_summary(terminalreporter, config):
    n = config.getoption("--cpu-durations")
    if n is None or not _CPU_SPENT:
        return
    terminalreporter.write_sep("=", f"most CPU seconds ({sum(_CPU_SPENT.values()):.1f} s in all tests)")
    for nodeid, seconds in sorted(_CPU_SPENT.items(), key=lambda kv: -kv[1])[:n or None]:
        terminalreporter.write_line(f"{seconds:8.2f}s  {nodeid}")


def run_cli(*args: str, cwd: Path = ROOT, env: dict | None = None, timeout: int = 300,
            fresh: bool = False) -> subprocess.CompletedProcess:
    """`python build.py ARGS`: forked from a process that has imported Chronicle already
    (tests/cliserver.py), or, with fresh=True or a start-up variable in `env`, a new interpreter."""
    return cliserver.run(args, cwd, env, timeout, fresh)


def build_fixture(out: Path, *extra: str, content: Path | None = None, config: Path | None = None) -> subprocess.CompletedProcess:
    result = run_cli("build", "--content", str(content or FIXTURE / "content"),
                     "--config", str(config or FIXTURE / "config.yaml"), "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(autouse=True, scope="module")
def _code_snapshot_ends_with_its_module():
    """tools.faultlib.snapshot_code makes the builds of a fault test run a frozen copy of the
    code, kept in that test's temporary folder, and its zygote; the next module builds from the
    working tree again (the folder is gone once its test passed)."""
    yield
    from tools import faultlib
    faultlib.end_snapshot()


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture site built without search (fast, deterministic)."""
    out = tmp_path_factory.mktemp("fixture") / "site"
    build_fixture(out, "--no-search")
    return out


@pytest.fixture(scope="session")
def fixture_site_search(tmp_path_factory) -> Path:
    """The fixture site with its Pagefind index, under a `repo/` folder for subpath serving."""
    out = tmp_path_factory.mktemp("fixture-search") / "repo"
    build_fixture(out)
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def subpath_server(fixture_site_search):
    """Serves the folder holding `repo/` so the site lives at http://127.0.0.1:PORT/repo/."""
    handler = functools.partial(_Quiet, directory=str(fixture_site_search.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright. Missing Chromium is a loud failure, not a skip."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: browser tests need Debian's Chromium (apt-get install -y chromium; .ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shared_tab(browser):
    """One tab for a module's tests: opening a tab costs Chromium about half a second of CPU (a
    renderer, and the browser's side of a new window), more than most browser tests. For tests
    whose subject is not the service worker (it is blocked) and that keep no browser state
    (storage, caches); each test gets it through `tab_page`."""
    context = browser.new_context(service_workers="block")
    yield context.new_page()
    context.close()


@pytest.fixture
def tab_page(shared_tab):
    """The module's tab from about:blank, at Playwright's default size (1280 x 720), with no
    emulated media or colour scheme, and this test's page errors in `.errors`."""
    errors: list[str] = []

    def listener(exc):
        errors.append(str(exc))
    shared_tab.on("pageerror", listener)
    shared_tab.errors = errors
    shared_tab.goto("about:blank")
    shared_tab.set_viewport_size({"width": 1280, "height": 720})
    shared_tab.emulate_media(media="null", color_scheme="null")
    yield shared_tab
    shared_tab.remove_listener("pageerror", listener)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_fixture(dest: Path) -> Path:
    shutil.copytree(FIXTURE, dest)
    return dest


def edit_file(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in a file; its mtime moves on even within one clock tick of the
    file system, so a build or the preview sees the change."""
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the fixture site with its own copy of the layouts, free to edit."""
    dest = tmp_path / "project"
    shutil.copytree(FIXTURE, dest)
    shutil.copytree(ROOT / "layouts", dest / "layouts")
    return dest
