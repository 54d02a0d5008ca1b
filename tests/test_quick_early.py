"""The search-on quick path starts Pagefind as soon as it knows which articles' bodies changed,
before it has checked the output folder and patched the pages (build/quicksearch.EarlyPagefind).
When it then finds it cannot patch (the output folder was touched), Pagefind is stopped, no
process is left behind, and the full build that follows equals a cold build; when it can, the
quick build equals a cold build too."""
from __future__ import annotations

import os

import pytest

from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE, edit_file

pytestmark = pytest.mark.slow


def _options(project, out="site", **kw):
    from chronicle.build.options import BuildOptions
    return BuildOptions(content_dir=project / "content", out_dir=project / out, config_path=project / "config.yaml",
                        layouts_dir=project / "layouts", jobs=1, **kw)


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _pagefind_children() -> list[str]:
    """The commands of this process's children still running that are Pagefind services (not,
    say, a multiprocessing server whose command line names the pagefind module)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == os.getpid() and fields[0] != "Z":
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    argv = fh.read().decode().split("\0")
                if argv[0].endswith("pagefind") and "--service" in argv:
                    found.append(" ".join(argv))
        except (OSError, IndexError, ValueError):
            pass
    return found


def _same_as_cold(project, name):
    from chronicle.build.pipeline import build
    build(_options(project, name, cache=False))
    assert _tree(project / "site") == _tree(project / name), f"{name}: differs from a cold build"


def test_pagefind_started_early_is_stopped_when_the_quick_path_gives_up(project):
    from chronicle.build.pipeline import build
    build(_options(project))
    site, article = project / "site", project / FIXTURE_ARTICLE
    # a body edit, and a page of the site changed by hand: the quick path finds out only after
    # Pagefind has started, and the full build runs
    edit_file(article, "Coalition of the willing", "Coalition of the willing and wombats")
    (site / "index.html").write_bytes((site / "index.html").read_bytes() + b"<!-- touched -->")
    report = build(_options(project))
    assert "load" in report.stage_seconds, "the full build ran"
    assert not _pagefind_children(), _pagefind_children()
    assert b"wombats" in (site / FIXTURE_ARTICLE_PAGE).read_bytes()
    _same_as_cold(project, "cold1")
    # the next body edit takes the quick path, Pagefind started early again
    edit_file(article, "and wombats", "and numbats")
    report = build(_options(project))
    assert "quick" in report.stage_seconds and "load" not in report.stage_seconds, "not the quick path"
    assert not _pagefind_children(), _pagefind_children()
    _same_as_cold(project, "cold2")
