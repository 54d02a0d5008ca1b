"""Pagefind's index in partitions, searched in Chromium over HTTP at a subpath (issue 12): an
article of every partition is found by its title, and "newest first" runs across partitions."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli
from tools.agreement import pagefind_ids, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _fragments(folder):
    """Pagefind's page hash -> (path, title, date) of the pages in one partition's folder."""
    out = {}
    for fragment in sorted(folder.glob("fragment/*.pf_fragment")):
        data = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd"):])
        out[fragment.stem] = (data["url"].lstrip("/"), data["meta"]["title"], data["meta"].get("date", ""))
    return out


def test_every_partition_answers_and_newest_first_spans_them(browser, tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "700", "--out", str(corpus)],
                   check=True, capture_output=True)
    site = tmp_path / "repo"
    result = run_cli("build", "--content", str(corpus / "content"), "--config", str(corpus / "config.yaml"),
                     "--out", str(site))
    assert result.returncode == 0, result.stderr
    parts = json.loads((site / "pagefind" / "parts.json").read_bytes())["parts"]
    assert len(parts) >= 3, parts
    pages = {}
    by_part = []
    for _name, folder in parts:
        found = _fragments(site / "pagefind" / folder)
        assert found, folder
        pages.update(found)
        by_part.append(found)
    assert len(pages) == 700   # every article once, in one partition
    with serve(site) as base:
        page = browser.new_page()
        try:
            page.goto(base + "search.html")
            for found in by_part:
                hash_, (path, title, _date) = sorted(found.items())[len(found) // 2]
                hits = pagefind_ids(page, title)
                assert hash_ in hits, f"{title!r} ({path}) not found"
            newest = page.evaluate("ChroniclePagefindSearch('').search('', {}, true).then(r => r.ids.map(x => x.id))")
        finally:
            page.close()
    assert len(newest) == 700
    dates = [pages[h][2] for h in newest]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dated[0] == max(p[2] for p in pages.values())
    assert all(not d for d in dates[len(dated):])   # undated ones last
