"""A sixth red-team pass over what users feed Chronicle (issue 18, continued): the open items of
the last pass (topic aliases two topics share, `.MD` files, unsandboxed layouts) and what it did
not reach (state and re-runs, Unicode, dates, config extremes). Each test failed before its fix,
but the one that pins the rule a fix leaves in place (says so)."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from chronicle.cli import main

CONFIG = "site:\n  title: Hostile\n  url: https://example.org\ntopics:\n  nato: {name: NATO}\n"


def _site(tmp_path: Path, articles: dict[str, str], config: str = CONFIG) -> Path:
    site = tmp_path / "s"
    (site / "content/articles").mkdir(parents=True, exist_ok=True)
    (site / "config.yaml").write_text(config, encoding="utf-8")
    for name, text in articles.items():
        (site / "content/articles" / name).write_text(text, encoding="utf-8")
    return site


def _article(title: str, date: str = "2025-03-01", tags: str = "[nato]") -> str:
    return f"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n---\nSome words of body text.\n"


def _build(site: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                 "--out", str(site / "site"), *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


def _one_error(code: int, err: str, where: str, words: str) -> None:
    assert code == 1, err
    assert re.search(rf"^{re.escape(where)}(:\d+)?: .*{re.escape(words)}", err, re.M), err


def test_an_alias_two_topics_share_is_an_error_at_the_second(tmp_path, capsys):
    """`dprk` on both topics: tags `DPRK` went to whichever topic came first, silently."""
    config = CONFIG + "  north-korea:\n    aliases: [DPRK, Pyongyang]\n  kim-regime:\n    aliases: [Kim, dprk]\n"
    site = _site(tmp_path, {"a.md": _article("A", tags="[DPRK]")}, config)
    code, err = _build(site, capsys)
    _one_error(code, err, f"{site}/config.yaml:9", "'dprk' is already a name or alias of topic 'north-korea'")
    assert not (site / "site").exists()


def test_an_alias_that_is_another_topics_key_leaves_the_tag_on_that_topic(tmp_path, capsys):
    """The documented rule (README) that the error above leaves in place, pinned (it passed before):
    a topic's own key wins over another topic's alias, as in the owner's config.yaml."""
    config = CONFIG + "  defense-spending:\n    aliases: [defense budgets]\n  defense-budgets: {name: Budgets}\n"
    site = _site(tmp_path, {"a.md": _article("A", tags="[Defense budgets]")}, config)
    code, err = _build(site, capsys)
    assert code == 0, err
    assert "articles/a.html" in (site / "site/topics/defense-budgets.html").read_text()
    spending = site / "site/topics/defense-spending.html"
    assert not spending.exists() or "articles/a.html" not in spending.read_text()


@pytest.mark.parametrize("name", ["Upper.MD", "notes.Markdown", "plain.markdown"])
def test_markdown_files_in_any_case_or_long_ending_are_articles(tmp_path, capsys, name):
    """`Upper.MD` (saved by Windows) and `.markdown` files were skipped without a word."""
    site = _site(tmp_path, {"a.md": _article("First"), name: _article("Second one")})
    code, err = _build(site, capsys)
    assert code == 0, err
    slug = Path(name).stem.lower()
    page = site / "site/articles" / f"{slug}.html"
    assert page.exists(), sorted(p.name for p in (site / "site/articles").iterdir())
    assert "Second one" in page.read_text()


def test_links_to_MD_and_markdown_files_resolve_or_are_reported(tmp_path, capsys):
    """With `Upper.MD` an article, [x](Upper.MD) stayed a link to a file the site does not have,
    and no message said so (only `.md` links were resolved and checked)."""
    links = "See [up](Upper.MD), [notes](notes.markdown#x) and [plain](notes.md).\n"
    site = _site(tmp_path, {"Upper.MD": _article("Up"), "notes.markdown": _article("Notes"),
                            "a.md": _article("A", date="2025-03-02").replace("Some words of body text.\n", links)})
    code, err = _build(site, capsys)
    assert code == 0, err
    page = (site / "site/articles/a.html").read_text()
    assert all(f'<a href="{href}">' in page for href in ("upper.html", "notes.html#x", "notes.html")), page
    (site / "content/articles/a.md").write_text(_article("A").replace("Some words", "[gone](Gone.MD) words"))
    code, err = _build(site, capsys)
    assert code == 1 and "content/articles/a.md:6: link to 'Gone.MD': no article or page has that file name\n" in err, err


def _with_layouts(site: Path) -> Path:
    shutil.copytree(ROOT / "layouts", site / "layouts")
    (site / "content/pages").mkdir()
    (site / "content/pages/about.md").write_text("---\ntitle: About\n---\nAbout us.\n")
    return site / "layouts"


@pytest.mark.parametrize("expression", [
    "cycler.__init__.__globals__.os.getcwd()",
    "''.__class__.__mro__[1].__subclasses__()|length",
    "lipsum.__globals__.os.name",
])
def test_a_layout_cannot_reach_python_internals(tmp_path, capsys, expression):
    """Layouts ran in a plain Jinja environment: `{{ cycler.__init__.__globals__.os }}` in a
    theme's page.html was Python's os module (any file read, any command run)."""
    site = _site(tmp_path, {"a.md": _article("A")})
    layouts = _with_layouts(site)
    (layouts / "page.html").write_text("<p>{{ " + expression + " }}</p>\n")
    code, err = _build(site, capsys, "--layouts", str(layouts))
    _one_error(code, err, f"{layouts}/page.html:1", "unsafe")
    assert not (site / "site").exists()


def test_a_layout_linked_to_a_file_outside_layouts_is_not_read(tmp_path, capsys):
    """`{% include %}` refuses `..`, but a link in layouts/ to a file outside was followed and its
    text printed into every page."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TEXT")
    site = _site(tmp_path, {"a.md": _article("A")})
    layouts = _with_layouts(site)
    os.symlink(secret, layouts / "partials" / "leak.html")
    (layouts / "page.html").write_text("{% include 'partials/leak.html' %}\n")
    code, err = _build(site, capsys, "--layouts", str(layouts))
    _one_error(code, err, f"{layouts}/page.html", "outside the layouts folder")
    assert not (site / "site").exists()


DIGEST = ROOT / "tests/fixtures/ingest/generic_bullets.txt"   # three items, no dates


def _ingest(tmp_path: Path, into: Path, capsys, *digests: Path) -> tuple[int, str]:
    code = main(["ingest", *map(str, digests or (DIGEST,)), "--into", str(into), "--captured", "2025-06-01"])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


def test_ingest_never_writes_an_article_whose_page_name_a_writers_MD_file_has(tmp_path, capsys):
    """Now that `Greece-And-Turkey-....MD` is an article, ingest counting only `*.md` as taken
    names wrote `greece-and-turkey-....md` beside it: two files, one page name, a failed build."""
    into = tmp_path / "content/articles"
    into.mkdir(parents=True)
    mine = into / "Greece-And-Turkey-Agreed-To-Resume-Talks-On-Confidence-Building-Measures-In-The-Aegean.MD"
    mine.write_text(_article("My own Aegean story"))
    code, err = _ingest(tmp_path, into, capsys)
    assert code == 0, err
    assert mine.read_text() == _article("My own Aegean story")
    (tmp_path / "config.yaml").write_text(CONFIG)
    assert main(["check", "--content", str(tmp_path / "content"), "--config", str(tmp_path / "config.yaml")]) == 0, \
        capsys.readouterr().err
    assert len([p for p in into.iterdir() if "aegean" in p.name.lower()]) == 2


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """The digest ingested once; each test edits a copy."""
    into = tmp_path_factory.mktemp("ingested") / "articles"
    assert main(["ingest", str(DIGEST), "--into", str(into), "--captured", "2025-06-01"]) == 0
    return into


def _ledger_of(tmp_path: Path, ingested: Path, edit) -> tuple[Path, dict]:
    import json
    into = tmp_path / "articles"
    shutil.copytree(ingested, into)
    ledger = into / ".ingested.json"
    data = json.loads(ledger.read_text())
    text = edit(data, next(iter(data["articles"])))
    ledger.write_text(text if isinstance(text, str) else json.dumps(data))
    return into, {p.name: p.read_bytes() for p in into.glob("*.md")}


@pytest.mark.parametrize("edit, words", [
    (lambda d, a: d.update(version=2), "has version 2, and this Chronicle reads version 1 only"),
    (lambda d, a: d["articles"][a].update(merged={"x.txt": 5}), "'merged' must map digests"),
    (lambda d, a: d["articles"][a].update(merged={"x.txt": {"date": "2025-02-30"}}), "'merged' must map digests"),
    (lambda d, a: '{"articles": ' + "[" * 100000 + "]" * 100000 + "}", "nested too deep"),
], ids=["future-version", "merged-not-a-record", "merged-bad-date", "nested-deep"])
def test_a_future_or_damaged_ledger_is_one_line_and_changes_nothing(tmp_path, capsys, ingested, edit, words):
    """A ledger of version 2 was read as version 1 and written back so (what a newer ingest
    recorded, lost); a 'merged' entry of another shape, and JSON nested 100,000 deep, were
    tracebacks on the next run."""
    into, before = _ledger_of(tmp_path, ingested, edit)
    code, err = _ingest(tmp_path, into, capsys, DIGEST, ROOT / "tests/fixtures/ingest/generic_numbered.txt")
    _one_error(code, err, f"{into}/.ingested.json:1", words)
    assert {p.name: p.read_bytes() for p in into.glob("*.md")} == before


def test_a_config_of_5000_topics_builds(tmp_path, capsys):
    """5,000 topics with a name, description and aliases are 50,000 YAML values, and config.yaml
    was refused as 'YAML document too large (over 20000 values; aliases expand)': the front
    matter's bound against alias bombs, applied to the config."""
    topics = "".join(f"  t{i}: {{name: Topic {i}, description: Number {i}., aliases: [alias{i}, other {i}]}}\n"
                     for i in range(5000))
    site = _site(tmp_path, {"a.md": _article("A", tags="[alias4999, other 7]")}, CONFIG + topics)
    code, err = _build(site, capsys)
    assert code == 0, err
    assert "articles/a.html" in (site / "site/topics/t4999.html").read_text()
    assert "articles/a.html" in (site / "site/topics/t7.html").read_text()


def test_new_on_a_full_disk_is_one_line_and_leaves_no_empty_file(tmp_path, capsys, monkeypatch):
    """`new` with no room left was a traceback (OSError from the file's write) and left an empty
    file, which the next `new` of the title called 'already exists' and the build refused."""
    import errno
    (tmp_path / "content/articles").mkdir(parents=True)
    real_write = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "write", full)
    code = main(["new", "Full disk story", "--content", str(tmp_path / "content"), "--date", "2025-03-01"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err, err
    assert re.fullmatch(r".*2025-03-01-full-disk-story\.md: cannot write: No space left on device; no file was created\n", err)
    assert not list((tmp_path / "content").rglob("*.md"))
    monkeypatch.setattr(os, "write", real_write)
    assert main(["new", "Full disk story", "--content", str(tmp_path / "content"), "--date", "2025-03-01"]) == 0


@pytest.mark.parametrize("setting, line", [
    ("site:\n  title: \"Archive \u202e of news\"\n", 2),
    ("site:\n  author: \"\u2067Desk\"\n", 2),
    ("topics:\n  nato: {name: \"NATO \u202e\"}\n", 2),
    ("topics:\n  nato:\n    description: \"Alliance \u202d\"\n", 3),
    # (written as YAML's escape, not as the character: the red-team review of stop 44)
    ("topics:\n  nato: {name: \"\\u202eNATO\"}\n", 2),
], ids=["site-title", "author", "topic-name", "topic-description", "escaped-topic-name"])
def test_a_direction_control_left_open_in_the_config_is_an_error(tmp_path, capsys, setting, line):
    """Front matter refused a title that opens U+202E and leaves it open (it turns around the text
    beside it); config.yaml took one in site.title, the author or a topic's name, and it reached
    every page's <title>, header and the feeds."""
    site = _site(tmp_path, {"a.md": _article("A")}, setting)
    code, err = _build(site, capsys)
    _one_error(code, err, f"{site}/config.yaml:{line}", "opens the direction control U+")
    assert not (site / "site").exists()


def test_a_cache_whose_mirror_is_a_link_outside_is_not_written_through(tmp_path, capsys):
    """The quick path's mirror (.site.cache/spare, e.g. from a cache restored by CI) made a link to
    a folder outside: a body edit wrote its files there, and the exchange made site/ that link,
    to a folder holding only the changed files; the next build then refused site/ ('not a folder')."""
    site = _site(tmp_path, {"a.md": _article("A"), "b.md": _article("B", date="2025-03-02")})
    assert _build(site, capsys)[0] == 0
    before = sorted(str(p.relative_to(site / "site")) for p in (site / "site").rglob("*"))
    outside = tmp_path / "outside"
    outside.mkdir()
    spare = site / ".site.cache/spare"
    assert spare.is_dir()
    shutil.rmtree(spare)
    os.symlink(outside, spare)
    with open(site / "content/articles/a.md", "a") as fh:
        fh.write("A second paragraph.\n")
    code, err = _build(site, capsys)
    assert code == 0, err
    assert not (site / "site").is_symlink() and list(outside.iterdir()) == []
    assert sorted(str(p.relative_to(site / "site")) for p in (site / "site").rglob("*")) == before
    assert "A second paragraph." in (site / "site/articles/a.html").read_text()
    assert _build(site, capsys)[0] == 0


@pytest.mark.parametrize("leftover", [".site.staging", ".site.old"])
def test_a_leftover_of_a_killed_build_that_is_a_link_is_removed_not_followed(tmp_path, capsys, leftover):
    """A link at the staging folder's place made every build fail ('File exists': rmtree refuses a
    link, silently); one at the old site's place, with site/ gone, was renamed into site/, which
    every build then refused as not a folder."""
    site = _site(tmp_path, {"a.md": _article("A")})
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "index.html").write_text("not ours")
    os.symlink(outside, site / leftover)
    for _ in range(2):
        code, err = _build(site, capsys)
        assert code == 0, err
        assert (site / "site").is_dir() and not (site / "site").is_symlink()
        assert not os.path.lexists(site / leftover)
    assert [p.name for p in outside.iterdir()] == ["index.html"] and (outside / "index.html").read_text() == "not ours"


def _make_site(tmp_path: Path, capsys, fill) -> tuple[Path, int, str]:
    """`make site` (build.py site) on one article and content/sources/ as `fill(sources)` leaves it."""
    site = _site(tmp_path, {"a.md": _article("A")})
    (site / "content/sources").mkdir()
    fill(site / "content/sources")
    code = main(["site", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                 "--out", str(site / "site"), "--no-search"])
    return site, code, capsys.readouterr().err


def test_make_site_does_not_import_a_link_in_sources_to_a_file_elsewhere(tmp_path, capsys):
    """content/sources/x.txt -> /etc/passwd (or a key) was ingested by `make site` and published as
    an article; a link among the articles leading outside content/ was already refused."""
    secret = tmp_path / "secret.txt"
    secret.write_text("Morning\n\n- The launch codes of the secret vault are kept under the third stone.\n")
    site, code, err = _make_site(tmp_path, capsys, lambda sources: os.symlink(secret, sources / "2025-03-04-digest.txt"))
    _one_error(code, err, f"{site}/content/sources/2025-03-04-digest.txt", "a link to a file outside the sources folder")
    assert not any("launch codes" in p.read_text() for p in (site / "content/articles").glob("*.md"))
    assert not (site / "site").exists()


def _check(site: Path, capsys) -> tuple[int, str]:
    code = main(["check", "--content", str(site / "content"), "--config", str(site / "config.yaml")])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


@pytest.mark.parametrize("date, words", [
    ("２０２５-０３-０１", "'date' must be YYYY-MM-DD, got '２０２５-０３-０１'"),
    ("0000-01-01", "'date' 0000-01-01 is not a real date (there is no year 0; years run from 0001 to 9999)"),
], ids=["fullwidth-digits", "year-0"])
def test_a_date_that_cannot_be_is_explained_rightly(tmp_path, capsys, date, words):
    """Fullwidth digits were 'not a real date (March 2025 has 31 days)', the year 0 'not a real
    date (January 0 has 31 days)': true of another date, not of the one written."""
    site = _site(tmp_path, {"a.md": _article("A", date=date)})
    code, err = _check(site, capsys)
    assert code == 1 and f"a.md:3:7: error: {words}\n" in err, err


def test_check_warns_of_a_date_after_today(tmp_path, capsys):
    """A mistyped year (9999, 2052) is published at once and leads the home page and the feeds
    until then; nothing said so."""
    site = _site(tmp_path, {"a.md": _article("A", date="9999-12-31"), "b.md": _article("B")})
    code, err = _check(site, capsys)
    assert code == 0, err
    assert re.search(r"a\.md:3:1: warning: 'date' 9999-12-31 is after today \(\d{4}-\d\d-\d\d\): the article is "
                     r"published now and listed first until that day; check the year\n", err), err
    assert "b.md" not in err


@pytest.mark.parametrize("rules, line, words", [
    ("ingest_rules:\n  furniture_lines: ['[unclosed']\n", 2, "'[unclosed' is not a regular expression (unterminated character set"),
    ("ingest_rules:\n  max_auto_tags: lots\n", 2, "'ingest_rules.max_auto_tags' must be a whole number from 0 to 50, got 'lots'"),
    ("ingest_rules: [a, b]\n", 1, "'ingest_rules' must be a mapping of settings"),
    ("ingest_rules:\n  label_only_topics: 7\n", 2, "'ingest_rules.label_only_topics' must be a list of words or phrases, got '7'"),
    ("ingest_rules:\n  furniture_line: [a]\n", 2, "unknown setting 'ingest_rules.furniture_line'"),
], ids=["bad-pattern", "count-word", "list", "scalar", "misspelt"])
def test_a_wrong_ingest_rule_is_one_line_at_its_place(tmp_path, capsys, rules, line, words):
    """ingest read `ingest_rules:` from the raw config: a pattern that is no regular expression, a
    count in words, a list for the section, a number for a list, were tracebacks (re.error,
    ValueError, TypeError); a misspelt setting was ignored."""
    config = tmp_path / "config.yaml"
    config.write_text(rules)
    code = main(["ingest", str(DIGEST), "--into", str(tmp_path / "articles"), "--config", str(config)])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    _one_error(code, err, f"{config}:{line}", words)
    assert not (tmp_path / "articles").exists() or not list((tmp_path / "articles").glob("*.md"))


def _deep(folder: Path, levels: int = 1100) -> Path:
    """content/articles/a/a/a/... `levels` deep (past Python's 1,000 frames), an article at the bottom."""
    here = folder
    for _ in range(levels):   # one at a time: mkdir(parents=True) recurses too
        here = here / "a"
        here.mkdir()
    (here / "deep.md").write_text(_article("Deep down"))
    return here


def _remove_deep(bottom: Path, top: Path) -> None:
    """Bottom up, one folder at a time: shutil.rmtree (pytest's cleanup too) recurses."""
    for p in bottom.iterdir():
        p.unlink()
    while bottom != top:
        bottom.rmdir()
        bottom = bottom.parent


def test_folders_nested_1100_deep_are_read_ingested_into_and_refused_by_the_watcher(capsys):
    """The scan, ingest's list of taken names (Path.rglob) and the preview's watcher (watchdog's
    os.walk) recursed once per level: RecursionError tracebacks."""
    import tempfile
    from chronicle.errors import ContentError
    from chronicle.preview.watch import Watcher
    # not under tmp_path: a tree left there by a killed run would break pytest's own cleanup of
    # old temporary folders (shutil.rmtree) in every later session on the machine
    site = _site(Path(tempfile.mkdtemp(prefix="chronicle-deep-")), {"a.md": _article("A")})
    bottom = _deep(site / "content/articles")
    try:
        code, err = _build(site, capsys)
        assert code == 0, err
        assert "Deep down" in (site / "site/articles/deep.html").read_text()
        code, err = _ingest(site, site / "content/articles", capsys)
        assert code == 0, err
        watcher = Watcher([site / "content"], [], [], on_batch=lambda changed: None)
        with pytest.raises(ContentError, match="nested too deeply to be watched"):
            watcher.start()
    finally:
        _remove_deep(bottom, site / "content/articles")
        shutil.rmtree(site.parent)


def test_make_site_imports_a_digest_named_TXT(tmp_path, capsys):
    """content/sources/2025-03-02-digest.TXT (saved by Windows) was never imported by `make site`
    (glob '*.txt'), and nothing said so."""
    site, code, err = _make_site(tmp_path, capsys, lambda sources: shutil.copy(DIGEST, sources / "2025-03-02-digest.TXT"))
    assert code == 0 and "Traceback" not in err, err
    assert (site / "site/articles/greece-and-turkey-agreed-to-resume-talks-on-confidence-building-measures-in-the-aegean.html").exists()


@pytest.mark.parametrize("name, most, what", [
    ("related_count", 100, "related articles on each article page"),
    ("home_latest", 100, "latest articles on the home page"),
    ("home_topics", 100, "topics on the home page"),
    ("feed_entries", 1000, "entries in each feed"),
])
def test_counts_that_grow_pages_have_a_ceiling(tmp_path, capsys, name, most, what):
    """build.related_count: 9999999 was taken: every article page listed every other article, 2,000
    articles made a 192 MB site in 22 s (10,000 would pass GitHub Pages' 1 GB); home_latest and
    feed_entries the same made a home page and feeds holding the whole archive."""
    config = CONFIG.replace("topics:", f"build:\n  {name}: 9999999\ntopics:")
    site = _site(tmp_path, {"a.md": _article("A")}, config)
    code, err = _build(site, capsys)
    _one_error(code, err, f"{site}/config.yaml:5", f"'build.{name}' must be at most {most} ({what}), got 9999999")


def test_two_files_whose_names_differ_only_in_unicode_form_are_told_apart(tmp_path, capsys):
    """'café.md' in NFC and in NFD (macOS) make one page: the message named the same-looking file
    twice ('café.md: duplicate page name: café.md makes the same page')."""
    import unicodedata
    site = _site(tmp_path, {unicodedata.normalize("NFC", "café.md"): _article("One"),
                            unicodedata.normalize("NFD", "café.md"): _article("Two")})
    code, err = _build(site, capsys)
    assert code == 1 and "duplicate page name 'cafe'" in err and "one writes its accents as separate marks (NFD" in err, err
