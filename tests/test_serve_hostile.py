"""The preview under attack (issue 18): a foreign Host header (DNS rebinding) gets nothing, and no
link in site/ serves a file from outside it while the first preview build fails."""
from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import sys

import pytest

from conftest import FIXTURE, ROOT
from test_serve import ARTICLE, ARTICLE_PAGE, Served, _edit, project  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One preview for the Host header tests: they only send requests, which change nothing it
    serves, so each need not start (and build) a preview of its own."""
    project = shutil.copytree(FIXTURE, tmp_path_factory.mktemp("serve-hostile") / "project")
    s = Served(project)
    yield s
    s.stop()


def _raw_get(url: str, path: str, host: str | None) -> tuple[int, bytes]:
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest("GET", path, skip_host=True)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize("path", ["/" + ARTICLE_PAGE, "/__chronicle/status", "/__chronicle/events", "/index.html"])
@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}", "localhost:1",
                                  "127.0.0.1:{port}@evil.example", "", None])
def test_a_foreign_host_header_gets_nothing(served, path, host):
    port = served.url.rstrip("/").rsplit(":", 1)[1]
    code, body = _raw_get(served.url, path, None if host is None else host.format(port=port))
    assert code == 421, (code, body[:200])
    assert b"heal Trump" not in body and b"errors" not in body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}", "[::1]:{port}"])
def test_local_names_are_answered(served, host):
    port = served.url.rstrip("/").rsplit(":", 1)[1]
    code, body = _raw_get(served.url, "/" + ARTICLE_PAGE, host.format(port=port))
    assert code == 200 and b"heal Trump" in body


def test_no_link_out_of_site_is_followed_while_the_first_build_fails(project, tmp_path):
    published = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", "content",
                                "--config", "config.yaml", "--out", "site", "--no-search"],
                               cwd=project, capture_output=True, text=True, timeout=300)
    assert published.returncode == 0, published.stderr
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.txt").write_text("TOP-SECRET")
    os.symlink(secret / "key.txt", project / "site" / "leak.txt")
    os.symlink(secret / "key.txt", project / "site" / "leak.html")
    os.symlink(secret, project / "site" / "dir")
    _edit(project / ARTICLE, "date: 2025-03-02", "date: 2025-02-30")   # the first preview build fails
    s = Served(project)
    try:
        assert s.status()["ok"] is False
        assert s.get(ARTICLE_PAGE)[0] == 200            # the site on disk is served
        for path in ("leak.txt", "leak.html", "dir/key.txt", "dir/"):
            code, body = s.get(path)
            assert code == 404 and "TOP-SECRET" not in body, (path, code)
    finally:
        s.stop()
