"""Messages that misled (issue 18): the behaviour was right, the words were not. (The YAML tag
message is pinned in tests/fixtures/broken/python-tag and tests/test_hostile_output.py; Ctrl-C after
the swap in tests/test_interrupt.py.)"""
from __future__ import annotations

import pytest

from conftest import copy_fixture, run_cli


def _build(site):
    return run_cli("build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                   "--out", str(site / "site"), cwd=site)


def _check(site):
    return run_cli("check", "--content", str(site / "content"), "--config", str(site / "config.yaml"), cwd=site)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_article_is_called_utf16(tmp_path, encoding):
    site = copy_fixture(tmp_path / "fx")
    (site / "content/articles/wide.md").write_bytes("---\ntitle: Wide\n---\nBody text here.\n".encode(encoding))
    for r in (_build(site), _check(site)):
        assert r.returncode == 1 and "NUL" not in r.stderr
        assert "content/articles/wide.md:1" in r.stderr and "is saved as UTF-16 text; save it as UTF-8" in r.stderr


def test_links_to_an_unreadable_article_and_to_a_draft_say_why(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    (site / "content/articles/linker.md").write_text(
        "---\ntitle: Linker\n---\nSee [a](broken-one.md), [d](draft-piece.md) and [m](missing.md).\n")
    (site / "content/articles/broken-one.md").write_text("---\ntitle: [oops\n---\nx\n")
    build, check = _build(site), _check(site)
    for r in (build, check):
        assert r.returncode == 1
        assert "link to 'broken-one.md': that file has errors of its own" in r.stderr, r.stderr
        assert "link to 'missing.md': no article or page has that file name" in r.stderr
    assert "link to 'draft-piece.md': that article is a draft, so it is not published" in build.stderr
    assert "link to 'draft-piece.md': that article is a draft" in check.stderr
    assert "no article or page has that file name" not in " ".join(
        l for l in build.stderr.splitlines() if "broken-one.md'" in l or "draft-piece.md'" in l)


def test_a_link_to_an_article_with_a_query_is_rewritten_or_reported(tmp_path):
    # (found by the red-team review of stop 44: '[a](x.md?y=1)' was neither rewritten nor reported,
    # a link to a file the published site never has)
    site = copy_fixture(tmp_path / "fx")
    articles = sorted(p for p in (site / "content/articles").glob("*.md") if not p.name.startswith("_"))
    target = articles[0].name
    (site / "content/articles/linker.md").write_text(
        f"---\ntitle: Linker\n---\nSee [a]({target}?from=linker) and [m](missing.md?q).\n")
    build = _build(site)
    assert build.returncode == 1
    assert "link to 'missing.md?q': no article or page has that file name" in build.stderr, build.stderr
    (site / "content/articles/linker.md").write_text(f"---\ntitle: Linker\n---\nSee [a]({target}?from=linker).\n")
    assert _build(site).returncode == 0
    page = next((site / "site/articles").glob("linker*.html")).read_text(encoding="utf-8")
    assert f'href="{articles[0].stem}.html?from=linker"' in page or ".html?from=linker" in page, page
    assert ".md?from=linker" not in page
