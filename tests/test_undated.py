"""Undated articles and the feeds' categories (issue 15), on the owner's archive (content/: 21 of
its 32 articles are undated) and the fixture site:

- no feed entry says 1970-01-01: an undated article's entry carries the day it was imported
  (`imported:`, which ingest writes) and says so; an article without one (imported before ingest
  recorded it, or written by hand) falls back on the latest date among the reports of the digest
  it was imported from, else the archive's latest date, and its summary says which;
- a feed category's label is the name its topic page shows (term = slug);
- an undated article links to no "Older" or "Newer" article (it has no place in time), while
  dated articles still chain in time;
- an edit to an undated article's body gives the same feeds as a cold build.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup

from chronicle.build.pipeline import build
from conftest import ROOT, edit_file, run_cli
from test_quick import assert_same_as_cold, options, quick

SEEDS = ROOT / "content" / "articles"


def _build_seeds(project, keep_imported: bool):
    shutil.copytree(SEEDS, project / "content" / "articles")
    if not keep_imported:   # as the archive was before ingest recorded import dates
        for path in (project / "content" / "articles").glob("*.md"):
            path.write_text(re.sub(r"(?m)^imported: .*\n", "", path.read_text()))
    r = run_cli("build", "--no-search", "--content", str(project / "content"), "--config", str(ROOT / "config.yaml"),
                "--out", str(project / "site"))
    assert r.returncode == 0, r.stderr
    return project / "site"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    return _build_seeds(tmp_path_factory.mktemp("undated"), keep_imported=True)


@pytest.fixture(scope="module")
def seed_site_without_import_dates(tmp_path_factory):
    return _build_seeds(tmp_path_factory.mktemp("undated-old"), keep_imported=False)


def _front_matter() -> dict[str, dict]:
    """Page slug -> front matter of each seed article, read with PyYAML (not Chronicle's reader)."""
    out = {}
    for path in sorted(SEEDS.glob("*.md")):
        fields = yaml.safe_load(path.read_text().split("---\n")[1])
        slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
        out[slug] = fields
    return out


def _fallback_dates() -> dict[str, dt.date]:
    """Slug -> the date each undated seed article's entry carries without its import date."""
    fm = _front_matter()
    dated = [f for f in fm.values() if f.get("date")]
    newest = max(f["date"] for f in dated)
    by_digest: dict[str, dt.date] = {}
    for f in dated:
        digest = f.get("imported_from")
        by_digest[digest] = max(by_digest.get(digest, f["date"]), f["date"])
    return {slug: by_digest.get(f.get("imported_from"), newest) for slug, f in fm.items() if not f.get("date")}


def _slug(entry) -> str:
    return entry.link.rsplit("/", 1)[1].removesuffix(".html")


def _undated_entries(site, expected: dict[str, dt.date]) -> list[str]:
    """The first sentence of every undated entry's summary, in every feed, once each entry's date
    is checked against `expected` (and every dated entry's against its article)."""
    feeds = [site / "feed.xml"] + sorted((site / "topics").glob("*.xml"))
    seen, notes = set(), []
    for path in feeds:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, path
        assert feed.feed.updated_parsed.tm_year != 1970, path
        for e in feed.entries:
            assert e.updated_parsed.tm_year != 1970, (path.name, e.title)
            if _slug(e) not in expected:
                assert "published" in e and not e.summary.startswith("Undated")
                continue
            seen.add(_slug(e))
            when = expected[_slug(e)]
            assert "published" not in e                       # no claim of when it was published
            assert dt.date(*e.updated_parsed[:3]) == when, (path.name, e.title)
            notes.append(e.summary.split(".")[0])
            assert e.summary.startswith("Undated;") and f"{when.day} {when:%B} {when.year}" in notes[-1]
    assert seen == set(expected)
    return notes


def test_undated_entries_carry_their_import_date_and_say_so(seed_site):
    fm = _front_matter()
    expected = {slug: f["imported"] for slug, f in fm.items() if not f.get("date")}
    assert len(expected) == 21
    notes = _undated_entries(seed_site, expected)
    assert notes and all(n.startswith("Undated; imported on ") for n in notes)


def test_without_import_dates_entries_take_their_digests_or_the_archives_date(seed_site_without_import_dates):
    expected = _fallback_dates()
    assert len(expected) == 21
    notes = _undated_entries(seed_site_without_import_dates, expected)
    assert sum("imported from a digest" in n for n in notes) >= 1
    assert sum("the archive's latest date" in n for n in notes) >= 1
    assert not any(n.startswith("Undated; imported on") for n in notes)


def test_feed_categories_carry_the_topic_name_their_page_shows(seed_site):
    feed = feedparser.parse((seed_site / "feed.xml").read_bytes())
    names: dict[str, str] = {}
    for e in feed.entries:
        for tag in e.tags:
            if tag.term not in names:
                page = BeautifulSoup((seed_site / "topics" / f"{tag.term}.html").read_text(), "html.parser")
                names[tag.term] = page.h1.get_text(" ", strip=True)
            assert tag.label == names[tag.term], tag
    assert names["russia"] == "Russia" and names["uk"] == "United Kingdom"


def test_undated_articles_link_to_no_older_or_newer_article(seed_site):
    fm = _front_matter()
    for slug, fields in fm.items():
        page = BeautifulSoup((seed_site / "articles" / f"{slug}.html").read_text(), "html.parser")
        links = {rel: page.select_one(f"a[rel={rel}]") for rel in ("prev", "next")}
        if not fields.get("date"):
            assert links == {"prev": None, "next": None}, slug
            continue
        for rel, link in links.items():   # a dated article's neighbours are dated, older or newer
            if link is not None:
                other = fm[link["href"].rsplit("/", 1)[-1].removesuffix(".html")]
                assert other.get("date"), (slug, rel)
                assert (other["date"] <= fields["date"]) if rel == "prev" else (other["date"] >= fields["date"])


def test_an_undated_articles_body_edit_gives_the_feeds_of_a_cold_build(project):
    build(options(project))
    edit_file(project / "content" / "articles" / "black-sea.md", "grew.", "grew, and grew.")
    report = build(options(project))
    assert not quick(report)   # its entry's date comes from other articles: the full build makes it
    assert b"grew, and grew." in (project / "site" / "feed.xml").read_bytes()
    assert_same_as_cold(project)
