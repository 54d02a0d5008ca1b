"""The red-team pass over what ingest is fed (tests/test_hostile_more.py has the build's side):
feeds, JSON Feed, CSV and pasted HTML that are malformed or hostile, and digests whose names are
odd. Each test failed before its fix: a traceback, an item lost, an article the build refused."""
from __future__ import annotations

import json
import os
import re

from conftest import copy_fixture, run_cli
from test_hostile_more import _articles, _build, _ingest, _one_error


def test_a_json_feed_nested_deeper_than_the_parser_goes_is_one_line(tmp_path):
    digest = tmp_path / "2025-06-01-deep.json"
    digest.write_text('{"version": "https://jsonfeed.org/version/1.1", "items": ' + "[" * 5_000 + "]" * 5_000 + "}")
    r = _ingest(tmp_path, digest)
    _one_error(r, digest, 1, "JSON nested too deep")
    assert _articles(tmp_path / "articles") == {}


def test_a_broken_json_feed_names_the_line_where_it_breaks(tmp_path):
    digest = tmp_path / "2025-06-01-cut.json"
    digest.write_text('\n{"version": "https://jsonfeed.org/version/1.1",\n "items": [{"title": "A story", "content_text": ')
    _one_error(_ingest(tmp_path, digest), digest, 3, "not valid JSON (Expecting value")


def test_json_feed_fields_of_the_wrong_type_are_not_spelled_as_python(tmp_path):
    digest = tmp_path / "2025-06-01-types.json"
    digest.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"title": "Odd types of fields", "content_text": ["a list"], "content_html": "<p>The story itself.</p>",
         "tags": "Moldova"}]}))
    r = _ingest(tmp_path, digest)
    assert r.returncode == 0, r.stderr
    (text,) = _articles(tmp_path / "articles").values()
    assert "The story itself." in text and "['a list']" not in text and "a list" not in text
    assert re.search(r"^tags: \[moldova\]$", text, re.M | re.I), text   # one tag, not m, o, l, d, o, v, a


def test_a_csv_digest_with_a_long_body_is_imported(tmp_path):
    """csv's field limit (128 KB) made a traceback of a digest well under the 5 MB a digest may be."""
    digest = tmp_path / "2025-06-01-long.csv"
    body = "The long story goes on. " * 8_000
    digest.write_text(f'title,date,summary\nA long story,2025-06-01,"{body}"\nA short one,2025-06-01,Short.\n')
    r = _ingest(tmp_path, digest)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-2000:]
    found = _articles(tmp_path / "articles")
    assert len(found) == 2 and any(body.strip()[-200:] in t for t in found.values()), list(found)


def test_an_rss_091_feed_with_its_doctype_is_read_as_a_feed_and_expands_no_entity(tmp_path):
    """RSS 0.91 begins with a DOCTYPE: it was read as text, every line of markup an article."""
    digest = tmp_path / "2025-06-01-rss091.xml"
    digest.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
        '<rss version="0.91"><channel><title>Outlet</title>'
        '<item><title>A real headline &xxe;</title><description>The story text &c;.</description></item>'
        '<item><title>Another headline</title><description>More text.</description></item></channel></rss>\n')
    r = _ingest(tmp_path, digest)
    assert r.returncode == 0, r.stderr
    found = _articles(tmp_path / "articles")
    titles = sorted(re.search(r"^title: (.*)$", t, re.M).group(1) for t in found.values())
    assert len(titles) == 2 and titles[1] == "Another headline" and titles[0].startswith("A real headline"), titles
    text = "".join(found.values())
    assert "root:" not in text and "aaaaaaaaaaaaaaaaaaaa" not in text and "DOCTYPE" not in text


def test_ingest_cuts_a_title_to_what_the_build_takes(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    digest = tmp_path / "2025-06-01-long.json"
    digest.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Outlet " * 60, "items": [
        {"title": "A very long headline " * 40, "content_text": "The story, told briefly."}]}))
    r = _ingest(tmp_path, digest, into=site / "content/articles")
    assert r.returncode == 0 and "title: cut to 300 characters" in r.stdout, r.stdout + r.stderr
    r = _build(site)
    assert r.returncode == 0, r.stderr


def test_escapes_in_feeds_never_make_an_article_the_build_refuses(tmp_path):
    """JSON's \\u0007 and \\u202e and XML's &#x1b; and &#x202E; become characters after the
    digest's own text was cleaned: ingest wrote articles the build then refused."""
    site = copy_fixture(tmp_path / "fx")
    json_feed = tmp_path / "2025-06-01-j.json"
    json_feed.write_text('{"version": "https://jsonfeed.org/version/1.1", "title": "Out\\u202elet", "items": [{"title": '
                         '"Talks \\u0007 resume \\u202e", "content_text": "Body \\u001b[31m of the talks story."}]}')
    rss = tmp_path / "2025-06-01-r.xml"
    rss.write_text('<rss version="2.0"><channel><item><title>Port &#x202E; reopens &#x7;</title>'
                   '<description>The port story &#27; told here.</description></item></channel></rss>')
    html = tmp_path / "2025-06-01-h.html"
    html.write_text("<html><body><h1>Bridge &#x202E; closed</h1><p>The bridge story, told here.</p></body></html>")
    r = _ingest(tmp_path, json_feed, rss, html, into=site / "content/articles")
    assert r.returncode == 0, r.stderr
    assert _build(site).returncode == 0, _build(site).stderr
    titles = {p.stem for p in (site / "content/articles").glob("*.md")}
    assert {"talks-resume", "port-reopens", "bridge-closed"} <= titles, titles


def test_a_digest_whose_name_is_not_utf8_is_one_line(tmp_path):
    """Its name goes into each article's imported_from and the ledger's journal: a UnicodeEncodeError
    traceback, on every `make site` while it stayed in content/sources/."""
    digest = tmp_path / os.fsdecode(b"2025-06-01-caf\xe9.txt")
    digest.write_text("A headline about the cafe\nThe story of the cafe, told here.\n")
    r = _ingest(tmp_path, digest)
    _one_error(r, tmp_path / "2025-06-01-caf\\xe9.txt", "", "the file name is not UTF-8 text")
    assert _articles(tmp_path / "articles") == {}


def test_into_a_link_to_nowhere_is_not_called_a_file(tmp_path):
    digest = tmp_path / "2025-06-01-d.txt"
    digest.write_text("A headline about the port\nThe story of the port, told here.\n")
    os.symlink(tmp_path / "gone", tmp_path / "dangling")
    os.symlink(tmp_path / "loop-b", tmp_path / "loop-a")
    os.symlink(tmp_path / "loop-a", tmp_path / "loop-b")
    for into in ("dangling", "loop-a"):
        _one_error(_ingest(tmp_path, digest, into=tmp_path / into), tmp_path / into, "",
                   "--into names a symbolic link that leads to no folder")


def test_dates_counted_past_year_1_or_9999_are_no_date_not_a_traceback(tmp_path):
    """'5 days ago' in a digest captured 0001-01-02, 'yesterday' with --captured 0001-01-01, and
    the 973rd day of a war whose epoch is 9999-12-01 were OverflowError tracebacks."""
    early = tmp_path / "early.txt"
    early.write_text("captured: 0001-01-02\nTalks resume in Geneva\n5 days ago\nThe story of the talks, told here.\n")
    late = tmp_path / "2025-06-01-war.txt"
    late.write_text("Russia war: the 973rd day of war\nRussia talks resume in Geneva, officials said today in a long "
                    "statement.\n\nOther news\n- Ukraine strikes a depot.\n")
    (tmp_path / "config.yaml").write_text("ingest:\n  war_day_epoch: 9999-12-01\n")
    for into, args in (("a", [str(early)]), ("b", [str(early), "--captured", "0001-01-01"]),
                       ("c", [str(late), "--config", str(tmp_path / "config.yaml")])):
        r = run_cli("ingest", *args, "--into", str(tmp_path / into), cwd=tmp_path)
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-2000:]
        written = _articles(tmp_path / into)
        assert written and not any(re.search(r"^date: ", t, re.M) for t in written.values()), written


def test_an_item_titled_only_with_invisible_or_signs_keeps_its_text(tmp_path):
    """A feed item whose title is a zero-width space or emoji only, with a body of words, was
    skipped as 'no words to make an article from': its text was lost. Its title now comes from
    the text, as for an item printed without one."""
    rss = tmp_path / "2025-06-01-r.xml"
    rss.write_text('<rss version="2.0"><channel>'
                   '<item><title>&#x200B;</title><description>The parliament passed the budget after a long '
                   'debate on Tuesday evening.</description></item>'
                   '<item><title>🔥🔥</title><description>Firefighters contained the forest blaze near the '
                   'coast overnight.</description></item></channel></rss>', encoding="utf-8")
    r = _ingest(tmp_path, rss)
    assert r.returncode == 0, r.stderr
    texts = _articles(tmp_path / "articles")
    assert len(texts) == 2 and "0 skipped" in r.stdout, r.stdout
    assert any("parliament passed the budget" in t and "title_basis: derived" in t for t in texts.values())
    assert any("Firefighters contained" in t for t in texts.values())
