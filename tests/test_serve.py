"""`build.py serve` in a subprocess: edits show up and reload tabs; broken files show path:line; fixes clear it.

Every wait is a poll with a generous deadline (two shared cores); nothing here asserts speed.
"""
from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import FIXTURE, ROOT, free_port

DEADLINE = 90.0
ARTICLE = "content/articles/2025/zelensky-rift.md"
ARTICLE_PAGE = "articles/zelensky-rift.html"


class Served:
    """A `build.py serve` process on a copy of the fixture site, with its terminal output and an SSE reader."""

    def __init__(self, project: Path, *extra: str):
        self.project = project
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "build.py"), "serve", "--content", "content", "--config", "config.yaml",
             "--layouts", str(ROOT / "layouts"), "--out", "site", "--port", "0", *extra],
            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.out: list[str] = []
        self.err: list[str] = []
        for stream, sink in ((self.proc.stdout, self.out), (self.proc.stderr, self.err)):
            threading.Thread(target=self._drain, args=(stream, sink), daemon=True).start()
        line = self.wait_output(lambda: next((l for l in self.out if l.startswith("Serving ")), None), "the Serving line")
        self.url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        self.events: queue.Queue = queue.Queue()
        self._sse_stop = False
        threading.Thread(target=self._read_events, daemon=True).start()
        self.wait_event("hello")

    @staticmethod
    def _drain(stream, sink: list[str]) -> None:
        for line in stream:
            sink.append(line.rstrip("\n"))

    def _read_events(self) -> None:
        try:
            with urllib.request.urlopen(self.url + "__chronicle/events", timeout=DEADLINE) as resp:
                name = None
                for raw in resp:
                    line = raw.decode("utf-8").rstrip("\n")
                    if line.startswith("event: "):
                        name = line[len("event: "):]
                    elif line.startswith("data: ") and name:
                        self.events.put((name, json.loads(line[len("data: "):])))
                        name = None
                    if self._sse_stop:
                        return
        except OSError:
            return

    def wait_output(self, probe, what: str):
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            found = probe()
            if found:
                return found
            if self.proc.poll() is not None:
                time.sleep(0.5)  # let the readers drain the pipes
                found = probe()
                if found:
                    return found
                pytest.fail(f"serve exited with {self.proc.returncode} before {what}:\n" + "\n".join(self.out + self.err))
            time.sleep(0.1)
        pytest.fail(f"no {what} within {DEADLINE}s:\n" + "\n".join(self.out + self.err))

    def wait_event(self, name: str) -> dict:
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            try:
                got, data = self.events.get(timeout=1)
            except queue.Empty:
                continue
            if got == name:
                return data
        pytest.fail(f"no '{name}' event within {DEADLINE}s:\n" + "\n".join(self.out + self.err))

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as resp:
                return resp.status, resp.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def status(self) -> dict:
        return json.loads(self.get("__chronicle/status")[1])

    def wait_page(self, path: str, text: str, present: bool = True) -> str:
        def probe():
            code, body = self.get(path)
            return body if (code == 200 and (text in body) == present) else None
        return self.wait_output(probe, f"page {path} {'with' if present else 'without'} {text!r}")

    def stop(self) -> int:
        self._sse_stop = True
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


@pytest.fixture
def project(tmp_path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(FIXTURE, dest)
    return dest


@pytest.fixture
def served(project):
    s = Served(project)
    yield s
    s.stop()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_edit_shows_new_text_and_sends_reload(served, project):
    before = served.wait_page(ARTICLE_PAGE, "heal Trump-Zelenskyy rift")
    assert "/__chronicle/livereload.js" in before, "pages served in preview carry the live-reload script"
    _edit(project / ARTICLE, "will work on a Ukraine peace plan", "will draft a Ukraine peace plan together")
    served.wait_event("reload")
    served.wait_page(ARTICLE_PAGE, "will draft a Ukraine peace plan together")
    assert served.status()["ok"] is True


def test_broken_front_matter_keeps_last_good_page_and_reports_path_line_until_fixed(served, project):
    served.wait_page(ARTICLE_PAGE, "heal Trump-Zelenskyy rift")
    _edit(project / ARTICLE, "title: Britain and France step in to heal Trump-Zelenskyy rift",
          'title: "Britain and France step in')
    problems = served.wait_event("problems")
    expected = f"{ARTICLE}:2:8: error: YAML syntax error: the quote that starts here is never closed; add the closing quote"
    assert [e["text"] for e in problems["errors"]] == [expected]
    assert served.status()["errors"][0]["location"] == f"{ARTICLE}:2:8"
    served.wait_output(lambda: expected in served.err, "the error in the terminal")
    code, page = served.get(ARTICLE_PAGE)
    assert code == 200 and "heal Trump-Zelenskyy rift" in page, "the last good page stays served"
    assert served.proc.poll() is None, "a broken file never stops the server"

    _edit(project / ARTICLE, 'title: "Britain and France step in', "title: Britain and France mend the rift")
    served.wait_event("reload")
    served.wait_page(ARTICLE_PAGE, "Britain and France mend the rift")
    assert served.status() == {"build": served.status()["build"], "ok": True, "errors": []}
    served.wait_output(lambda: any("fixed; rebuilt" in line for line in served.out), "'fixed' in the terminal")


def test_atomic_save_delete_rename_and_new_folder(served, project):
    article = project / ARTICLE
    # an editor's atomic save: write a temp file beside it, then rename over the original
    tmp = article.with_name(".zelensky-rift.md.swp")
    tmp.write_text(article.read_text().replace("peace plan", "settlement plan"))
    os.replace(tmp, article)
    served.wait_page(ARTICLE_PAGE, "settlement plan")

    os.rename(project / "content/articles/black-sea.md", project / "content/articles/black-sea-grain.md")
    served.wait_page("articles/black-sea-grain.html", "<h1")
    served.wait_output(lambda: served.get("articles/black-sea.html")[0] == 404, "the old page of a renamed file to go")

    (project / "content/articles/pyongyang-munitions.md").unlink()
    served.wait_output(lambda: served.get("articles/pyongyang-munitions.html")[0] == 404, "a deleted article's page to go")

    folder = project / "content/articles/2026/may"
    folder.mkdir(parents=True)
    (folder / "2026-05-01-new-folder-piece.md").write_text("---\ntitle: From a new folder\ndate: 2026-05-01\n---\nHello.\n")
    served.wait_page("articles/new-folder-piece.html", "From a new folder")
    assert served.status()["ok"] is True


def test_burst_of_saves_ends_with_the_last_text(served, project):
    article = project / ARTICLE
    original = article.read_text()
    saves = 25
    for i in range(saves):
        article.write_text(original.replace("peace plan", f"peace plan v{i}"))
    served.wait_page(ARTICLE_PAGE, f"peace plan v{saves - 1}")
    rebuilds = [l for l in served.out if "rebuilt in" in l]
    assert len(rebuilds) <= saves // 2, f"a burst of {saves} saves should be debounced, got {len(rebuilds)} builds"


def test_drafts_show_while_serving_marked_as_drafts(served, project):
    page = served.wait_page("articles/draft-piece.html", "[draft]")
    assert re.search(r"<h1[^>]*>\[draft\] ", page)


def test_config_and_layout_changes_rebuild(served, project):
    _edit(project / "config.yaml", "title: Fixture Chronicle", "title: Renamed Chronicle")
    served.wait_page("index.html", "Renamed Chronicle")
    layouts = project / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    served.stop()
    s2 = Served(project, "--layouts", str(layouts))
    try:
        _edit(layouts / "base.html", "<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>LAYOUT-EDITED</p>")
        s2.wait_page("index.html", "LAYOUT-EDITED")
    finally:
        s2.stop()


def test_raw_digest_dropped_into_sources_is_ingested_then_built(served, project):
    sources = project / "content" / "sources"
    sources.mkdir(exist_ok=True)
    shutil.copy(ROOT / "tests/fixtures/ingest/single.txt", sources / "900_dropped.txt")
    served.wait_output(lambda: any(l.startswith("[") and "ingest:" in l for l in served.out), "an ingest report")
    ingested = served.wait_output(
        lambda: [p for p in (project / "content/articles").rglob("*.md") if "ultimate security guarantor" in p.read_text()],
        "the ingested article file")
    assert len(ingested) == 1
    served.wait_page(f"articles/{ingested[0].stem}.html", "ultimate security guarantor")
    assert not (project / "site").exists(), "serve keeps its site in memory"


def test_a_broken_first_build_still_serves_and_recovers(project):
    article = project / ARTICLE
    _edit(article, "date: 2025-03-02", "date: 2025-02-30")
    s = Served(project)
    try:
        status = s.status()
        assert status["ok"] is False
        assert status["errors"][0]["text"] == (f"{ARTICLE}:3:7: error: 'date' 2025-02-30 is not a real date "
                                               "(February 2025 has 28 days)")
        code, body = s.get("index.html")
        assert code == 404 and "/__chronicle/livereload.js" in body, "a page that reloads when the build is fixed"
        _edit(article, "date: 2025-02-30", "date: 2025-03-02")
        s.wait_event("reload")
        s.wait_page(ARTICLE_PAGE, "heal Trump-Zelenskyy rift")
        assert s.status()["ok"] is True
    finally:
        s.stop()


def test_stops_cleanly_on_sigterm(served):
    assert served.stop() == 0
    served.wait_output(lambda: "stopped" in served.out, "'stopped' in the terminal")


def test_port_in_use_is_a_clear_error(project):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, str(ROOT / "build.py"), "serve", "--content", "content",
                                 "--config", "config.yaml", "--port", str(port)],
                                cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert "Traceback" not in result.stderr


def test_dev_script_is_external_and_absent_from_normal_builds(served, project, tmp_path):
    page = served.wait_page("index.html", "<html")
    assert "<script>" not in page and "<script >" not in page, "a CSP forbids inline scripts"
    code, js = served.get("__chronicle/livereload.js")
    assert code == 200 and "EventSource" in js
    out = tmp_path / "published"
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", "content",
                             "--config", "config.yaml", "--out", str(out), "--no-search"],
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "__chronicle" not in (out / "index.html").read_text()
    assert not (out / "articles/draft-piece.html").exists()


def test_layout_and_config_errors_are_reported_and_cleared(project):
    layouts = project / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    s = Served(project, "--layouts", str(layouts))
    try:
        _edit(layouts / "base.html", "{% block main %}{% endblock %}", "{% block main %}{% endblok %}")
        problems = s.wait_event("problems")
        assert len(problems["errors"]) == 1
        err = problems["errors"][0]
        assert err["path"].endswith("layouts/base.html") and err["line"] is not None
        assert "template syntax error" in err["message"]
        _edit(layouts / "base.html", "{% block main %}{% endblok %}", "{% block main %}{% endblock %}")
        s.wait_event("reload")
        assert s.status()["ok"] is True

        _edit(project / "config.yaml", "  home_latest: 5", "  home_latest: five")
        problems = s.wait_event("problems")
        assert [e["location"].rsplit(":", 1)[0] if e["location"].count(":") == 2 else e["location"]
                for e in problems["errors"]] == ["config.yaml:9"]
        assert "'build.home_latest' must be a whole number" in problems["errors"][0]["message"]
        _edit(project / "config.yaml", "  home_latest: five", "  home_latest: 5")
        s.wait_event("reload")
        assert s.status()["ok"] is True
    finally:
        s.stop()


def test_a_site_left_by_make_site_still_gets_the_client(project):
    """The first preview build fails over an old published site: its pages must still show the overlay."""
    published = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", "content",
                                "--config", "config.yaml", "--out", "site", "--no-search"],
                               cwd=project, capture_output=True, text=True, timeout=300)
    assert published.returncode == 0, published.stderr
    assert "__chronicle" not in (project / "site" / ARTICLE_PAGE).read_text()
    _edit(project / ARTICLE, "date: 2025-03-02", "date: 2025-02-30")
    s = Served(project)
    try:
        assert s.status()["ok"] is False
        code, page = s.get(ARTICLE_PAGE)
        assert code == 200 and "heal Trump-Zelenskyy rift" in page
        assert page.count("/__chronicle/livereload.js") == 1
        _edit(project / ARTICLE, "date: 2025-02-30", "date: 2025-03-02")
        s.wait_event("reload")
        code, page = s.get(ARTICLE_PAGE)
        assert page.count("/__chronicle/livereload.js") == 1, "built pages carry the client once, not twice"
    finally:
        s.stop()


def test_make_site_after_serving_publishes_no_dev_code_and_no_drafts(served, project):
    """serve and make site share site/ (and the build cache): the published build must not inherit preview pages."""
    served.wait_page("articles/draft-piece.html", "[draft]")
    _edit(project / ARTICLE, "will work on a Ukraine peace plan", "will work on a plan, edited while serving")
    served.wait_page(ARTICLE_PAGE, "edited while serving")
    assert served.stop() == 0
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", "content",
                             "--config", "config.yaml", "--out", "site", "--no-search"],
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    leaked = [p.relative_to(site).as_posix() for p in site.rglob("*")
              if p.is_file() and (b"__chronicle" in p.read_bytes() or b"[draft]" in p.read_bytes())]
    assert leaked == []
    assert not (site / "articles/draft-piece.html").exists()
    assert "edited while serving" in (site / ARTICLE_PAGE).read_text()
