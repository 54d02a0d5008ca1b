"""Shared test helpers: the fixture site, a CLI runner, Chromium, a subpath server."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
FIXTURE_ARTICLE = "content/articles/2025/zelensky-rift.md"    # an article of the fixture site
FIXTURE_ARTICLE_PAGE = "articles/zelensky-rift.html"          # and its page
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the fixture site")


def run_cli(*args: str, cwd: Path = ROOT, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def build_fixture(out: Path, *extra: str, content: Path | None = None, config: Path | None = None) -> subprocess.CompletedProcess:
    result = run_cli("build", "--content", str(content or FIXTURE / "content"),
                     "--config", str(config or FIXTURE / "config.yaml"), "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


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
