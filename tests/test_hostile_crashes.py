"""Crashes, hangs and runaway memory (issue 18): whatever the input, every command ends, in seconds,
with one `path[:line]: message` per problem and a non-zero exit; never a signal or a traceback."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import ROOT, copy_fixture, run_cli
from chronicle.source.markdown import MAX_NESTING, body_problem, render_markdown

LOCATED = re.compile(r"^\S.*?(:\d+)?: ")


def _article(site, name: str, body: str, front: str = "title: Hostile") -> str:
    rel = f"content/articles/{name}"
    (site / rel).write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")
    return rel


def _build(site, *extra, timeout=120):
    return run_cli("build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                   "--out", str(site / "site"), *extra, cwd=site, timeout=timeout)


def _check(site, timeout=120):
    return run_cli("check", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                   cwd=site, timeout=timeout)


def _refused(r, path: str, words: str) -> str:
    assert r.returncode == 1, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr
    line = next((l for l in r.stderr.splitlines() if path in l and "error" in l or l.startswith(path)), None)
    assert line and words in line, r.stderr
    return line


@pytest.mark.parametrize("body", ([">" * 100_000, "> " * 60_000, "1. " * 60_000, "> - " * 40_000,
                                   "- > 1) " * 30_000, "\n".join(">" * 150 for _ in range(3))]),
                         ids=["gt", "gt-space", "ordered", "quote-list", "mixed", "lines"])
def test_deep_nesting_is_refused_by_build_and_check(tmp_path, body):
    site = copy_fixture(tmp_path / "fx")
    rel = _article(site, "deep.md", body)
    line = _refused(_build(site), rel, "nested more than")
    assert line.startswith(f"{rel}:4: "), line
    _refused(_check(site), rel, "nested more than")


def test_quadratic_emphasis_is_refused_in_seconds(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    rel = _article(site, "stars.md", "*a " * 30_000 + "b* " * 30_000)
    _refused(_build(site, timeout=60), rel, "runs of *, _ or ~")


def test_a_thematic_break_of_many_dashes_is_not_nesting(tmp_path):
    assert body_problem("- " * (MAX_NESTING * 3)) is None
    assert body_problem("> " * MAX_NESTING + "deep enough") is None


CONTAINERS = st.sampled_from([">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "   ", "  > ", "text", "`", "[", "*", "_"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(CONTAINERS, st.integers(1, 400)), min_size=1, max_size=6), st.integers(1, 3))
def test_fuzzed_nesting_never_reaches_the_parser_too_deep(parts, lines):
    """Whatever mix of containers: either refused with a line, or rendered (the parser would die by
    SIGSEGV on what slips through, taking the test run with it)."""
    body = "\n".join("".join(piece * count for piece, count in parts) for _ in range(lines))
    problem = body_problem(body)
    if problem is None:
        render_markdown(body, False, lambda stem: None)
    else:
        assert 1 <= problem[0] <= lines


@pytest.mark.parametrize("where", ["article", "page"])
def test_a_fifo_named_md_does_not_block_build_or_check(tmp_path, where):
    site = copy_fixture(tmp_path / "fx")
    rel = "content/articles/pipe.md" if where == "article" else "content/pages/pipe.md"
    os.mkfifo(site / rel)
    _refused(_build(site, timeout=60), rel, "not a regular file")
    _refused(_check(site, timeout=60), rel, "not a regular file")


@pytest.mark.parametrize("other", [None, "other.md", "dangling"])
def test_symlink_loops_in_content_are_one_line_each(tmp_path, other):
    site = copy_fixture(tmp_path / "fx")
    arts = site / "content" / "articles"
    if other == "dangling":
        os.symlink("nowhere/../gone.md", arts / "loop.md")
    else:
        os.symlink(other or "loop.md", arts / "loop.md")
    if other == "other.md":
        os.symlink("loop.md", arts / "other.md")
    os.symlink("d2", arts / "d1")
    os.symlink("d1", arts / "d2")
    for r in (_build(site, timeout=60), _check(site, timeout=60)):
        _refused(r, "content/articles/loop.md", "symbolic link")


def _ingest(tmp_path, *files, into=None, timeout=60):
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest", *map(str, files), "--into",
                           str(into or tmp_path / "articles"), "--captured", "2025-06-01"],
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder", "proc"])
def test_ingest_reads_only_regular_files(tmp_path, kind):
    path = {"dev-zero": "/dev/zero", "proc": "/proc/self/environ"}.get(kind, str(tmp_path / kind))
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        os.mkdir(path)
    r = _ingest(tmp_path, path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    if kind != "proc":   # /proc files are regular files whose st_size is 0: read, with the cap
        assert r.stderr.startswith(f"{path}: is "), r.stderr


def test_ingest_size_cap_does_not_trust_st_size(tmp_path):
    """A file that grows while it is read (here: a sparse file whose bytes are zeros) is cut at the cap."""
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)
    r = _ingest(tmp_path, big)
    assert r.returncode == 1 and "larger than 5 MB" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
def test_an_imported_article_is_never_too_big_to_build(tmp_path):
    """UTF-16 CJK text is 2 bytes a character, UTF-8 3: a digest under the cap made an article over it."""
    site = copy_fixture(tmp_path / "fx")
    digest = tmp_path / "wide.txt"
    # one paragraph: the importer cuts a page of many lines into many items
    story = "Headline of a very long story\n" + "亚洲新闻报道 " * 8 * 38_000 + "\n"
    digest.write_bytes(story.encode("utf-16"))
    assert digest.stat().st_size < 5 * 1024 * 1024 < len(story.encode("utf-8"))
    r = _ingest(tmp_path, digest, into=site / "content" / "articles", timeout=400)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert re.search(rf"^{re.escape(str(digest))}:1: the story .* would make an article of \d+\.\d MB", r.stderr, re.M), r.stderr
    built = _build(site)
    assert built.returncode == 0, built.stderr


@pytest.mark.parametrize("port", ["99999", "-1", "65536", "http"])
def test_serve_with_a_bad_port_is_a_usage_error(port):
    r = run_cli("serve", "--port", port, timeout=30)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "is not a port number (0 to 65535)" in r.stderr


def test_a_file_where_the_cache_goes_is_one_line_and_kept(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    (site / ".site.cache").write_text("mine")
    r = _build(site)
    line = _refused(r, str(site / ".site.cache"), "is not a folder")
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert (site / ".site.cache").read_text() == "mine"


def test_output_piped_into_head_is_not_a_traceback(tmp_path):
    digests = sorted((ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))
    cmd = (f"{sys.executable} {ROOT / 'build.py'} ingest {' '.join(map(str, digests))} --into {tmp_path / 'a'} "
           f"--captured 2025-06-01 | head -1")
    r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in r.stderr and "BrokenPipe" not in r.stderr, r.stderr
    assert len(r.stdout.splitlines()) == 1
    assert len(list((tmp_path / "a").glob("*.md"))) > 10     # the work was done all the same
