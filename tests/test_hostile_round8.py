"""An eighth red-team pass over what users feed Chronicle: what the earlier passes did not reach
(a page of very many wrapped lines, a cache folder that cannot be written, a link in content/ while
serving, digests in content/sources/ that are not .txt, a thread named like an index page, static
files no web address can name, config rules of the wrong type) and, above all, what ingest left out
without a word (lines above a list, a broken feed, CSV and JSON Feed rows, 'Key: value' blocks,
Markdown notes, tables, war-day pages, chats). Each test failed before its fix; the Chromium one
is in test_hostile_round8_browser.py."""
from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest

from chronicle.cli import main
from chronicle.errors import shown
from test_hostile_round6 import _article, _site   # (the sixth round's helpers)
from test_hostile_round7 import DIGEST, _build, _snapshot


def test_a_page_of_many_wrapped_lines_is_planned_in_linear_time():
    """Every lowercase line goes on the line before it (a hard-wrapped text), and each was joined
    by copying the whole text so far: a page of 20,000 such lines took 14 s to plan, 40,000 75 s,
    and a million (a 2 MB digest, under the 5 MB cap) half a day. Now a run of wrapped lines is
    joined once: the same text, 100,000 lines in about a second. (Not timed: a deadline some 40
    times what it takes tells a hang from a slow machine; docs/performance.md has the figures.)"""
    from chronicle.ingest.readers import pagelines
    page = ["Wrapped text"] + [f"word{i} and more" for i in range(100_000)]
    planned: list = []
    worker = threading.Thread(target=lambda: planned.append(pagelines._plan(page)), daemon=True)
    worker.start()
    worker.join(60)
    assert planned, "planning 100,000 wrapped lines did not end in 60 s"
    [(no, text, gap, furniture)] = planned[0]
    assert (no, gap, furniture) == (1, 0, False)
    assert text == " ".join(page)


@pytest.fixture
def read_only_cache(tmp_path):
    """A site whose `.site.cache/` is a read-only file system (a tmpfs mounted read-only; needs
    root and mount, as tests/test_faults.py's tiny disk: skipped with the reason otherwise)."""
    site = _site(tmp_path, {"a.md": _article("A"), "b.md": _article("B", date="2025-03-02")})
    cache = site / ".site.cache"
    cache.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(cache)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    yield site
    subprocess.run(["umount", "-l", str(cache)], capture_output=True)


def test_a_cache_folder_that_cannot_be_written_costs_speed_not_the_build(read_only_cache, capsys):
    """With `.site.cache/` read-only (a cache restored read-only, a full or read-only disk) every
    build was a traceback: removing a failed write's temp file raised a second OSError, then the
    quick path's marker could not be removed, after the site was published. A cache is only
    speed: the build publishes and exits 0, and again after an edit."""
    site = read_only_cache
    for edit in ("", "More words.\n"):
        if edit:
            with open(site / "content/articles/a.md", "a") as fh:
                fh.write(edit)
        code, err = _build(site, capsys)
        assert code == 0, err
        assert ("More words." in (site / "site/articles/a.html").read_text()) == bool(edit)
    assert not list((site / ".site.cache").iterdir())
    before = _snapshot(site / "site")
    assert _build(site, capsys, "--no-cache")[0] == 0 and _snapshot(site / "site") == before


def test_serve_sees_a_link_to_a_file_outside_the_content_folder(tmp_path):
    """A link in content/ to a file elsewhere (an article kept in another folder) is refused by
    `build`; the preview's watcher resolved it, took it for a change outside content/ and ignored
    it: `serve` kept the last site and said nothing, until `make site` failed."""
    from chronicle.preview.watch import Watcher
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    elsewhere = tmp_path / "notes/draft.md"
    elsewhere.parent.mkdir()
    elsewhere.write_text(_article("Kept elsewhere"))
    batches: list[set[Path]] = []
    seen = threading.Event()
    watcher = Watcher([content], [], [tmp_path / "site"], on_batch=lambda b: (batches.append(b), seen.set()),
                      quiet=0.05)
    watcher.start()
    try:
        os.symlink(elsewhere, content / "articles/draft.md")
        assert seen.wait(10), "the watcher never reported the link"
    finally:
        watcher.stop()
    assert content / "articles/draft.md" in set().union(*batches)


def test_make_site_imports_every_kind_of_digest_in_sources_and_names_what_it_does_not(tmp_path, capsys):
    """`make site` imported content/sources/*.txt only: a CSV export, a JSON feed or Markdown
    notes dropped there (all of which `ingest` reads) were left without a word, rc 0, and the
    writer took them for published; so were a PDF and a folder of digests."""
    site = _site(tmp_path, {"a.md": _article("A")})
    sources = site / "content/sources"
    (sources / "2025").mkdir(parents=True)
    (sources / "2025-03-01-export.CSV").write_text("title,url,date\nGreece and Turkey resume talks,https://x.org/a,"
                                                   "2025-03-01\n")
    (sources / "feed.json").write_text('{"version": "https://jsonfeed.org/version/1.1", "items": '
                                       '[{"title": "Poland receives its first tanks", "url": "https://x.org/b"}]}')
    (sources / "2025-03-03-notes.md").write_text("## Romania finds drone fragments\n- Source: Reuters\n\n"
                                                 "Romania reported drone fragments falling on its territory.\n")
    (sources / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    code = main(["site", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                 "--out", str(site / "site"), "--captured", "2025-03-05"])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err, err
    pages = (site / "site/articles").glob("*.html")
    titles = {p.read_text().split("<h1", 1)[1].split(">", 1)[1].split("<", 1)[0] for p in pages}
    assert {"Greece and Turkey resume talks", "Poland receives its first tanks", "Romania finds drone fragments"} < titles
    for name, what in (("2025", "not imported: a folder;"), ("scan.pdf", "not imported: `make site` imports")):
        assert f"{sources / name}: warning: {what}" in err, err


def test_a_thread_named_like_a_page_of_the_threads_index_has_its_own_page(tmp_path, capsys):
    """The index of threads went on over `threads/index-p2.html`, the very file of a thread
    pinned `thread: index-p2` (or started by an article index-p2.md): 'threads/index-p2.html: two
    outputs want the same file', an error naming no article, and nothing published. The index's
    pages are in `threads/index/` now, a folder no thread can have."""
    articles = {f"{slug}{i}.md": _article(f"Story {slug} {i}", date=f"2025-03-0{i + 1}").replace(
        "tags:", f"thread: {slug}\ntags:") for slug in ("index-p2", "alpha") for i in range(3)}
    site = _site(tmp_path, articles, "site:\n  title: T\n  url: https://example.org\nbuild:\n  listing_size: 1\n")
    code, err = _build(site, capsys)
    assert code == 0, err
    threads = site / "site/threads"
    assert "<h1>Story index-p2 0</h1>" in (threads / "index-p2.html").read_text()
    assert sorted(p.name for p in (threads / "index").iterdir()) == ["p2.html"]
    assert 'href="../threads/index/p2.html"' in (threads / "index.html").read_text()


@pytest.mark.parametrize("above", ["Russia launched fifty drones at Kyiv overnight, Ukrainian officials said.",
                                   "0. Poland received the first K2 tanks from South Korea this week"])
def test_a_line_above_a_numbered_list_is_never_left_out_without_a_word(tmp_path, capsys, above):
    """A numbered list opens its items at '1.'; the page's lines above it were left out, and said
    to be only when taken for furniture or headings: a sentence of news right above the list (or
    an item numbered from 0) was lost without a word, as one above a listing's first record or a
    war-day page's headline, or a photo's caption and a headline with no text there, or a chat's
    first message (a tag page's line between articles was only counted). Now the report names
    each such line."""
    digest = tmp_path / "2025-03-01-digest.txt"
    digest.write_text(above + "\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(
        ["Germany ordered new tanks from Rheinmetall worth billions", "NATO ministers met in Brussels on spending",
         "Romania reported drone fragments falling on its territory"], start=1)))
    listing = tmp_path / "listing.txt"   # (a listing's records: outlet, date, '- label' lines, title, text)
    listing.write_text("Latest news with #NATO\n" + above + "\n\n" + "".join(
        f"Reuters\n{k} days ago\n- World\n- Reuters\nStory {k} on the talks\nThe text of story {k}.\n" for k in (2, 3)))
    warday = tmp_path / "war-day.txt"   # (a war-day page: its headline, then its stories)
    warday.write_text(f"{above}\n\nKharkiv shelled overnight: the 100th day of war\n\nRussian forces shelled "
                      "residential districts of Kharkiv overnight, killing at least four civilians, officials said.\n\n"
                      "Kyiv residents in a shelter\n\nPhoto: Reuters\n\nRead also: Allies meet in Ramstein\n\n⇒ Russia "
                      "launched 120 drones overnight against energy infrastructure, the air force said.\n")
    tagpage = tmp_path / "tag-page.txt"   # (a tag page's three articles, and a line after the last one's labels)
    tagpage.write_text(DIGEST.with_name("tagpage.txt").read_text() + above + "\n")
    chat = tmp_path / "chat.txt"   # (a WhatsApp export: a message per shared link)
    chat.write_text("Chat with the desk\n" + "".join(f"[03/03/2025, 09:1{k}:22] Alice: {t} https://x.org/{k}\n" for k, t in enumerate(
        ["Greece and Turkey agreed to resume talks", "Poland gets tanks", "Germany orders tanks"])))
    code = main(["ingest", str(digest), str(listing), str(warday), str(tagpage), str(chat), "--into",
                 str(tmp_path / "articles"), "--captured", "2025-06-01"])
    out = capsys.readouterr().out
    assert code == 0 and len(list((tmp_path / "articles").glob("*.md"))) == 13, out
    assert "  left out, above the first message: line 1 'Chat with the desk'\n" in out, out
    assert f"left out, between articles and neither title nor label: line 18 '{above[:40]}'" in out, out
    shown = above.removeprefix("0. ")[:40]
    assert f"  left out, above the first item: line 1 '{shown}'\n" in out, out
    assert f"  left out, above the first item: line 2 '{above[:40]}'\n" in out, out
    assert f"  line 1: left out (above the headline): {above[:60]}\n" in out, out
    assert "  lines 7-9: left out (a photo's caption and credit): Kyiv residents in a shelter\n" in out, out
    assert "  line 11: left out (a headline with no text under it): Read also: Allies meet in Ramstein\n" in out, out


@pytest.mark.parametrize("name, char", [("a#b.css", "#"), ("font?v=2.woff", "?"), ("a\nb.css", "\n")])
def test_a_static_file_no_web_address_can_name_is_refused_at_its_name(tmp_path, capsys, name, char):
    """layouts/static/a#b.css was published and listed for offline reading, where the browser asked
    for static/a (a URL reads '#' as a fragment, '?' as a query, '%' as an escape): 'Keep this
    archive offline' could never finish, and said the network had failed. Refused, by its name."""
    import shutil
    from test_hostile_round6 import ROOT
    site = _site(tmp_path, {"a.md": _article("A")})
    shutil.copytree(ROOT / "layouts", site / "layouts")
    (site / "layouts/static" / name).write_text("x")
    code, err = _build(site, capsys, "--layouts", str(site / "layouts"))
    assert code == 1 and err.count("\n") == 1, err
    assert err.startswith(f"{shown(str(site / 'layouts/static' / name))}: the file name holds {char!r}, which"), err
    assert not (site / "site").exists()


def test_a_feed_damaged_in_the_middle_says_where_its_xml_breaks(tmp_path, capsys):
    """feedparser reads on past XML that is not well formed: a feed of five items with one tag
    misspelt gave '3 article(s): 1 written, 2 skipped', and two items were gone without a word
    (a feed cut off mid-download, likewise). The report now says where the XML breaks."""
    items = "".join(f"<item><title>Story {i} on NATO</title><link>https://x.org/{i}</link></item>\n" for i in range(5))
    feed = tmp_path / "feed.xml"
    feed.write_text("<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel><title>x</title>\n"
                    + items.replace("Story 1 on NATO</title>", "Story 1 on NATO</titl>") + "</channel></rss>\n")
    code = main(["ingest", str(feed), "--into", str(tmp_path / "articles"), "--captured", "2025-06-01"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "  the feed is not well-formed XML from line 4 (mismatched tag): " in out, out


def test_csv_rows_and_json_feed_items_left_out_or_overfull_are_said(tmp_path, capsys):
    """A CSV row with a link and a date but no title was dropped without a word (4 rows, '3
    article(s)'), and a comma in a title not in quotes pushed the row's link and date into
    columns the header does not name: the date was lost, the report said only 'date: not stated'.
    A JSON Feed's items that are not objects, or hold no text, were dropped without a word too."""
    digest = tmp_path / "export.csv"
    digest.write_text("title,url,date\nGreece and Turkey resume talks,https://x.org/a,2025-03-01\n,https://x.org/b,"
                      "2025-03-02\nPoland gets tanks, again,https://x.org/c,2025-03-03\n")
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--captured", "2025-06-01"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "3 article(s): 2 written, 0 unchanged, 1 skipped" in out and "  skipped line 3: " in out, out
    assert "  line 4: 4 values where the header names 3 (a separator inside a value not in quotes?); " \
           "left out: '2025-03-03'\n" in out, out
    feed = tmp_path / "feed.json"
    feed.write_text('{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "Germany orders more '
                    'tanks"}, "a string", 42, null, {"url": "https://x.org/b"}]}')   # (five items: two were read)
    code = main(["ingest", str(feed), "--into", str(tmp_path / "articles"), "--captured", "2025-06-01"])
    out = capsys.readouterr().out
    assert code == 0 and "2 article(s): 1 written" in out and "1 skipped" in out, out
    assert "  skipped line 5: " in out and "  items 2, 3, 4 left out: not objects\n" in out, out


def test_key_value_items_keep_every_line_and_block(tmp_path, capsys):
    """A feed pasted as 'Key: value' lines: a description wrapped over two lines lost its second,
    a block without 'Title:' was read into the item above (its text lost, its date taken for that
    item's), and a second 'Link:' was dropped, all without a word."""
    digest = tmp_path / "2025-03-01-feed.txt"
    digest.write_text("Title: Greece and Turkey resume talks\nLink: https://x.org/a\nDescription: About the Aegean\n"
                      "sea and its islands.\n\nLink: https://x.org/b\nDescription: Poland received its first tanks "
                      "from Korea.\npubDate: Mon, 03 Mar 2025 10:00:00 GMT\n\nTitle: Germany orders tanks\n"
                      "Link: https://x.org/c\nLink: https://x.org/d\n")
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--captured", "2025-03-05"])
    out = capsys.readouterr().out
    assert code == 0 and "3 article(s): 3 written" in out, out
    assert "  left out: line 12 'https://x.org/d' (a second url)\n" in out, out
    texts = {p.name: p.read_text() for p in (tmp_path / "articles").glob("*.md")}
    greece = texts["greece-and-turkey-resume-talks.md"]
    assert "About the Aegean sea and its islands." in greece and "date:" not in greece
    assert any("Poland received its first tanks" in t and "date: 2025-03-03" in t for t in texts.values()), texts


def test_markdown_notes_under_section_headings_stay_apart_and_say_what_they_leave_out(tmp_path, capsys):
    """Notes grouped under '# Week 2' headings: the metadata under each '## item' was counted for
    the '#' heading above it, so the weeks became the articles, each item folded into one; the
    lines in no item and a second '- Source:' were left out without a word."""
    digest = tmp_path / "notes.md"
    digest.write_text("# Reading list, March\nSaved from the app.\n\n## Greece and Turkey resume talks\n"
                      "- Source: Reuters\n- Source: AP\n- Published: 2025-03-01\n\nThey agreed to talk.\n\n"
                      "# Week 2\n\n## Germany orders tanks\n- Source: DW\n- Tags: #germany\n\nA big order.\n")
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--captured", "2025-03-05"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert sorted(p.name for p in (tmp_path / "articles").glob("*.md")) == [
        "2025-03-01-greece-and-turkey-resume-talks.md", "germany-orders-tanks.md"], out
    assert "  left out: line 1 '# Reading list, March', line 2 'Saved from the app.', line 6 'AP' (a second " \
           "source), line 11 '# Week 2'\n" in out, out


def test_a_table_row_of_one_cell_more_is_said_to_be_left_out(tmp_path, capsys):
    """A pasted '|' table whose row holds a '|' in its title ('Apple | Samsung settle …') has one
    cell more than the others: the row was left out without a word ('4 article(s)' of 5 rows)."""
    digest = tmp_path / "2025-03-05-table.txt"
    rows = [("Greece and Turkey resume talks on the Aegean", "Reuters"),
            ("Apple | Samsung settle their patent fight", "AP"), ("Poland receives its first tanks from Korea", "DW"),
            ("Germany orders tanks from Rheinmetall", "AFP"), ("Romania finds drone fragments on its territory", "BBC")]
    digest.write_text("| Title | Outlet | Date |\n|---|---|---|\n" + "".join(
        f"| {t} | {o} | 2025-03-0{k} |\n" for k, (t, o) in enumerate(rows, 1)))
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles")])
    out = capsys.readouterr().out
    assert code == 0 and "4 article(s): 4 written" in out, out
    assert "  left out, not 3 fields as the table's rows: line 4 '| Apple | Samsung settle their patent fi'\n" in out, out


@pytest.mark.parametrize("rules, words", [
    ("  mask_phrases: [1984, yes]\n  promo_patterns: [2025]\n", None),
    ("  furniture_lines: ['^Share$', '~']\n  caption_credits: [~]\n", "'ingest_rules.caption_credits' holds an empty entry"),
    ("  furniture_lines: ['a{99999999}']\n", "'a{99999999}' repeats 99,999,999 times; at most 10,000"),
], ids=["numbers", "null", "huge-repeat"])
def test_ingest_rules_of_numbers_nulls_or_huge_repeats_are_read_or_refused_at_their_line(tmp_path, capsys, rules,
                                                                                       words):
    """`mask_phrases: [1984]` or `promo_patterns: [2025]` (read by YAML as numbers) and `[~]` (as
    nothing) were TypeError tracebacks in ingest; `'a{99999999}'` took gigabytes to compile (a
    MemoryError, or the machine's memory). Entries are the text typed; the others are refused."""
    config = tmp_path / "config.yaml"
    config.write_text("ingest_rules:\n" + rules)
    code = main(["ingest", str(DIGEST), "--into", str(tmp_path / "articles"), "--config", str(config),
                 "--captured", "2025-06-01"])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    if words is None:
        assert code == 0 and len(list((tmp_path / "articles").glob("*.md"))) == 3, err
    else:
        assert code == 1 and err.startswith(f"{config}:") and words in err and err.count("\n") == 1, err


def test_a_site_url_that_already_holds_the_base_path_is_said_by_make_site(tmp_path, capsys):
    """`url: https://USER.github.io/REPO` (the address GitHub shows) with the workflow's BASE_PATH
    /REPO/: every canonical link, feed and sitemap entry said /REPO/REPO/, a page that does not
    exist, and nothing said so."""
    site = _site(tmp_path, {"a.md": _article("A")}, "site:\n  title: T\n  url: https://user.github.io/repo\n")
    code = main(["site", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                 "--out", str(site / "site"), "--base-path", "/repo/"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"{os.path.relpath(site / 'config.yaml')}:3:1: warning: site.url https://user.github.io/repo already ends " \
           "with the base path /repo/: " in err, err
    assert "https://user.github.io/repo/repo/articles/a.html" in (site / "site/articles/a.html").read_text()


def test_thread_index_is_refused_not_merged_with_index_topic(tmp_path, capsys):
    """`thread: index` was made 'index-topic' (as a tag's slug is) and then one story with the
    articles of `thread: index-topic`, saying nothing (red-team review of stop 44). 'index' names
    the page of all threads: an error naming the article's line."""
    articles = {f"{slug}{i}.md": _article(f"Story {slug} {i}", date=f"2025-03-0{i + 1}").replace(
        "tags:", f"thread: {slug}\ntags:") for slug in ("index", "index-topic") for i in range(3)}
    site = _site(tmp_path, articles, "site:\n  title: T\n  url: https://example.org\n")
    code, err = _build(site, capsys)
    assert code == 1, err
    assert "'thread' must be a thread's name or none, got 'index' ('index' names the page of all threads)" in err, err
    assert "Traceback" not in err
