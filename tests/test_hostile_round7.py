"""A seventh red-team pass over what users feed Chronicle: the open items of the last pass (an
emptied content folder, a catastrophic ingest rule, a layout that never ends, a renamed ingested
file) and what no pass had reached. Each test failed before its fix."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT
from chronicle.cli import main
from test_hostile_round6 import _article, _one_error, _site   # (the last round's helpers)


def _build(site: Path, capsys, *extra: str, content: Path | None = None) -> tuple[int, str]:
    code = main(["build", "--no-search", "--content", str(content or site / "content"), "--config",
                 str(site / "config.yaml"), "--out", str(site / "site"), *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_emptied_content_folder_does_not_replace_the_published_site(tmp_path, capsys):
    """An existing but empty --content (a drive not mounted, a sync not finished) or a missing one
    published a site of no article over the last good one: every article page gone from the web."""
    site = _site(tmp_path, {"a.md": _article("A"), "b.md": _article("B", date="2025-03-02")})
    assert _build(site, capsys)[0] == 0
    before = _snapshot(site / "site")
    for name in ("a.md", "b.md"):
        (site / "content/articles" / name).unlink()
    empty = tmp_path / "mnt"
    empty.mkdir()
    for content in (site / "content", empty, tmp_path / "not-mounted"):
        code, err = _build(site, capsys, content=content)
        _one_error(code, err, os.path.relpath(content), "has 2 article page(s): kept as it is")
        assert "--allow-empty" in err and _snapshot(site / "site") == before
    code, err = _build(site, capsys, "--allow-empty")
    assert code == 0, err
    assert not (site / "site/articles").exists() or not list((site / "site/articles").iterdir())
    assert _build(site, capsys)[0] == 0   # published empty on purpose: the next build is no loss


DIGEST = ROOT / "tests/fixtures/ingest/generic_bullets.txt"   # three items, no dates


def test_an_ingest_rule_that_backtracks_without_end_is_an_error_at_its_line(tmp_path, capsys, monkeypatch):
    """`furniture_lines: ['(a|aa)+$']` hung ingest for ever (Python's re cannot be stopped) on the
    first line of many a's: now each match is bounded, and the rule named at its line."""
    from chronicle.configcheck import RulePattern
    monkeypatch.setattr(RulePattern, "SECONDS", 0.2)
    digest = tmp_path / "2025-03-01-digest.txt"
    digest.write_text(DIGEST.read_text() + "\n- " + "a" * 60 + "!\n")
    config = tmp_path / "config.yaml"
    config.write_text("ingest_rules:\n  furniture_lines:\n    - '^Share this$'\n    - '(a|aa)+$'\n")
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--config", str(config)])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    _one_error(code, err, f"{config}:4", "'ingest_rules.furniture_lines': '(a|aa)+$' did not finish in time")
    assert not list((tmp_path / "articles").glob("*.md"))


def test_an_error_raised_in_a_forked_worker_comes_back_as_itself(capsys):
    """An error raised in a worker (a rule that backtracks, met while drafting 400 items) came back
    pickled as ConfigError(message): a TypeError traceback in the pool's thread, and ingest hung."""
    import pytest
    from chronicle.build.parallel import map_ordered
    from chronicle.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        map_ordered("round7", _fails_at_399, list(range(400)), 2)
    assert str(caught.value) == "config.yaml:7:3: item 399 is wrong"


def _fails_at_399(item: int) -> int:
    from chronicle.errors import ConfigError
    if item == 399:
        raise ConfigError("config.yaml", 7, f"item {item} is wrong", 3)
    return item


def _with_page_layout(site: Path, text: str) -> Path:
    import shutil
    shutil.copytree(ROOT / "layouts", site / "layouts")
    (site / "content/pages").mkdir()
    (site / "content/pages/about.md").write_text("---\ntitle: About\n---\nAbout us.\n")
    (site / "layouts/page.html").write_text(text)
    return site / "layouts"


@pytest.mark.parametrize("layout, words", [
    ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", "more than 100,000 steps"),
    ("{% macro m(n) %}{% if n %}{{ m(n-1) }}{{ m(n-1) }}{% endif %}{% endmacro %}{{ m(40) }}", "more than 100,000 steps"),
    ("{% set l = [1] %}{% for x in l %}{{ l.append(x) or '' }}{% endfor %}", "more than 100,000 steps"),
    ("{{ 'x' * 3000000000 }}", "'*' would make 3,000,000,000 characters"),
    ("{{ '%0999999999d' % 1 }}", "holds a width or precision over 100,000"),
    ("{{ '{:>999999999}'.format(1) }}", "holds a width or precision over 100,000"),
    ("{{ 'x'|center(2000000000) }}", "the filter 'center' is given the number 2,000,000,000"),
    ("{{ 'x'.ljust(2000000000) }}", "'ljust' is given the number 2,000,000,000"),
    ("{{ 'abc'|replace('a', 'a' * 10000)|replace('a', 'a' * 10000) }}", "the filter 'replace' would make 100,000,002"),
    ("{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
     "namespace value 's' would hold 33,554,432 characters"),
    ("{% set ns = namespace(s='x' * 100000) %}{% for i in range(100) %}{{ ns.s }}{% endfor %}",
     "the page would be over 1,000,000 characters"),
    ("{{ ('{0}' * 1000).format('x' * 10000000) }}", "'format' would make 10,000,003,000 characters"),
    ("{{ ('%s' * 1000) % (('x' * 10000000,) * 1000) }}", "'%' would make 10,000,002,000 characters"),
    ("{{ ('x' * 10000000).join(['a'] * 1000) }}", "'join' would make 10,000,001,000 characters"),
], ids=["nested-range", "macro-twice", "list-grows-under-loop", "string-times", "percent-width", "format-width",
        "center", "ljust", "replace", "namespace-doubling", "page-size", "format-fields", "percent-fields", "join"])
def test_a_layout_that_would_never_end_is_an_error_naming_it_and_the_page(tmp_path, capsys, monkeypatch, layout,
                                                                        words):
    """The sandbox bounded each range() but not two nested (10^10 turns), nor a macro calling itself
    twice (2^40 calls), nor what a string operation makes in one C call: builds ran for ever or
    took gigabytes. Now a page's steps and every value's size are bounded, by count (the same
    verdict on any machine). (The bounds on steps and on the page lowered: the same paths, cheaper.)"""
    from chronicle.render import limits
    monkeypatch.setattr(limits, "MAX_STEPS", 100_000)
    monkeypatch.setattr(limits, "MAX_PAGE", 1_000_000)
    site = _site(tmp_path, {"a.md": _article("A")})
    layouts = _with_page_layout(site, layout + "\n")
    code, err = _build(site, capsys, "--layouts", str(layouts))
    _one_error(code, err, f"{layouts}/page.html", words)
    assert err.rstrip().endswith("(while rendering about.html)"), err
    assert not (site / "site").exists()


def test_an_ingested_article_a_writer_renamed_is_reported_renamed_and_followed(tmp_path, capsys):
    """Renamed (or moved into a folder), an ingested article was reported 'deleted by a writer; not
    re-created' on every later run: nothing lost, but wrong, and the ledger kept the old name."""
    into = tmp_path / "articles"
    assert main(["ingest", str(DIGEST), "--into", str(into), "--captured", "2025-06-01"]) == 0
    old = "bulgaria-s-parliament-approved-the-purchase-of-additional-armored-vehicles.md"
    (into / "2025").mkdir()
    (into / old).rename(into / "2025/bulgaria-vehicles.md")
    (into / "romania-reported-drone-fragments-falling-on-its-territory.md").unlink()
    capsys.readouterr()
    for run in range(2):
        assert main(["ingest", str(DIGEST), "--into", str(into), "--captured", "2025-06-01"]) == 0
        out = capsys.readouterr().out
        renamed = f"  skipped {old}: renamed by a writer to 2025/bulgaria-vehicles.md; kept as it is\n"
        assert (renamed in out) == (run == 0), out
        assert "romania-reported-drone-fragments-falling-on-its-territory.md: deleted by a writer" in out
        assert "  written " not in out and out.count("deleted by a writer") == 1, out
        assert sorted(p.relative_to(into).as_posix() for p in into.rglob("*.md")) == [
            "2025/bulgaria-vehicles.md", "greece-and-turkey-agreed-to-resume-talks-on-confidence-building-measures-in-the-aegean.md"]


def test_a_json_feed_with_a_number_of_5000_digits_is_one_line(tmp_path, capsys):
    """Python refuses to convert an integer of over 4,300 digits: a JSON Feed item with such an id
    was a ValueError traceback."""
    digest = tmp_path / "feed.json"
    digest.write_text('{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "A story", "id": 1'
                      + "0" * 5000 + "}]}")
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--captured", "2025-06-01"])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    _one_error(code, err, f"{digest}:1", "a number over 4,300 digits long")


def test_content_folders_that_are_links_leading_nowhere_are_errors(tmp_path, capsys):
    """content/articles -> a drive not mounted, or a link in a loop, was skipped without a word: the
    build published a site without those articles (rc 0)."""
    site = _site(tmp_path, {"a.md": _article("A")})
    (site / "content/articles").rename(site / "content/kept")
    (site / "content/articles").symlink_to(site / "content/loop")
    (site / "content/loop").symlink_to(site / "content/articles")
    (site / "content/pages").symlink_to(tmp_path / "not-mounted/pages")
    code, err = _build(site, capsys)
    assert code == 1, err
    for name in ("articles", "loop", "pages"):
        assert f"{os.path.relpath(site / 'content' / name)}: is a symbolic link that leads nowhere (a loop, or a " \
               "folder or drive not mounted)" in err, err
    assert not (site / "site").exists()


def test_serve_with_a_content_folder_that_is_a_link_in_a_loop_is_one_line(tmp_path):
    """`serve --content loop` (loop -> loop2 -> loop) was a RuntimeError traceback from the watcher."""
    from chronicle.errors import ContentError
    from chronicle.preview.watch import Watcher
    (tmp_path / "loop").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop")
    with pytest.raises(ContentError, match="is a symbolic link that loops"):
        Watcher([tmp_path / "loop"], [], [], on_batch=lambda changed: None)


def test_lines_of_many_spaces_do_not_stall_ingest(tmp_path, capsys):
    """Three patterns of the digest readers backtracked on long runs of spaces: a Markdown heading
    ('# a', 5,000 spaces, 'x': about 10 minutes, cubic), a 'Read more' link after 40,000 spaces
    (a minute) and a notes export's '- Source:' followed by 100,000 spaces (quadratic). Each is
    now linear: the same matches (checked on random lines against the old patterns), at once."""
    digest = tmp_path / "2025-03-01-digest.txt"
    digest.write_text("Morning briefing\n\n# Greece and Turkey agreed to resume talks" + " " * 5000 + "x ##\n"
                      "- Source:" + " " * 100000 + "\n\n"
                      "Greece and Turkey agreed to resume talks on confidence-building measures in the Aegean."
                      + " " * 40000 + "x read more\n")
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--captured", "2025-06-01"])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err, err
    assert list((tmp_path / "articles").glob("*.md"))


def test_a_site_url_with_a_port_out_of_range_is_an_error(tmp_path, capsys):
    """`url: https://example.org:99999` was taken and published in every canonical link, the
    feeds and the sitemap: an address no reader can open."""
    site = _site(tmp_path, {"a.md": _article("A")}, "site:\n  title: T\n  url: https://example.org:99999\n")
    code, err = _build(site, capsys)
    _one_error(code, err, f"{site}/config.yaml:3", "'site.url' has a port out of range")
    site = _site(tmp_path, {"a.md": _article("A")}, "site:\n  title: T\n  url: https://example.org:8443/news\n")
    assert _build(site, capsys)[0] == 0
    assert 'href="https://example.org:8443/news/articles/a.html"' in (site / "site/articles/a.html").read_text()


def test_a_line_of_digits_does_not_stall_ingest(tmp_path, capsys):
    """The pattern of a post's counters ('👁 12.4K') could split a run of digits between its repeats
    in every way: a line of 25 digits and a letter took 9 s, each further digit doubled it (39:
    days); '1 1 1 … 1 x' (19 ones) 0.6 s a line, 200 such lines two minutes. Each repeat is now read
    one way only: the same matches (checked on random lines), at once."""
    digest = tmp_path / "2025-03-01-digest.txt"
    digest.write_text(DIGEST.read_text() + "\n" + "1" * 39 + "x\n\n" + ("1 " * 19 + "x\n") * 200)
    code = main(["ingest", str(digest), "--into", str(tmp_path / "articles"), "--captured", "2025-06-01"])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err, err
    assert len(list((tmp_path / "articles").glob("*.md"))) >= 3   # the three stories, whatever the digits make
