"""A red-team pass over odd and hostile input (issue 18, continued): what the other hostile tests
(test_hostile_crashes.py, _messages.py, _output.py, test_badinput.py, test_security.py) did not
reach. Each test failed before its fix: a traceback, a silent loss, a misleading line."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT, copy_fixture, run_cli
from chronicle.cli import main
from chronicle.source.frontmatter import parse_fields


def _ingest(tmp_path, *files, into=None):
    return run_cli("ingest", *map(str, files), "--into", str(into or tmp_path / "articles"),
                   "--captured", "2025-06-01", cwd=tmp_path, timeout=120)


def _articles(folder) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))} if folder.exists() else {}


def _one_error(r, path, line: int | str, words: str) -> None:
    """`line` "": a message about a file or folder as a whole (path: message)."""
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr[-3000:]
    where = rf"{re.escape(str(path))}:{line}(:\d+)?" if line != "" else re.escape(str(path))
    assert re.search(rf"^{where}: .*{re.escape(words)}", r.stderr, re.M), r.stderr


@pytest.mark.parametrize("layout, text, line, words", [
    ("partials/pager.html", "\n{% if %}", 2, "template syntax error: Expected an expression"),
    ("partials/pager.html", "{% include 'partials/pager.html' %}", 1, "include or extend each other in a loop"),
    ("page.html", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", 1, "a macro calls itself without end"),
    ("outputs/feed.xml", "<feed>\n\n{{ 1 / 0 }}", 3, "ZeroDivisionError: division by zero (while rendering feed.xml)"),
], ids=["syntax", "include-loop", "macro-loop", "runtime"])
def test_a_broken_layout_is_one_line_at_its_place(tmp_path, layout, text, line, words):
    """Loops and a layout's own errors were tracebacks; a syntax error was located at
    layouts/layouts/... when --layouts was a relative path."""
    site = copy_fixture(tmp_path / "fx")
    shutil.copytree(ROOT / "layouts", site / "layouts")
    (site / "layouts" / layout).write_text(text)
    r = run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", "site",
                "--layouts", "layouts", cwd=site)
    _one_error(r, f"layouts/{layout}", line, words)
    assert not (site / "site").exists()


def test_utf32_is_called_utf32_and_a_utf32_digest_with_its_mark_is_imported(tmp_path):
    """UTF-32 was called UTF-16 (its byte-order mark starts like UTF-16's), and a digest so saved was
    decoded as UTF-16 into text full of NULs and refused."""
    site = copy_fixture(tmp_path / "fx")
    (site / "content/articles/wide.md").write_bytes("---\ntitle: Wide\n---\nBody text here.\n".encode("utf-32-be"))
    r = run_cli("check", "--content", "content", "--config", "config.yaml", cwd=site)
    _one_error(r, "content/articles/wide.md", 1, "is saved as UTF-32 text; save it as UTF-8")
    digest = tmp_path / "2025-06-01-wide.txt"
    digest.write_bytes("A headline on the wide digest\nThe story of the wide digest, told here.\n".encode("utf-32"))
    r = _ingest(tmp_path, digest)
    assert r.returncode == 0, r.stderr
    assert [re.search(r"^title: (.*)$", t, re.M).group(1) for t in _articles(tmp_path / "articles").values()] \
        == ["A headline on the wide digest"]


def _build(site):
    return run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", "site", cwd=site)


def test_link_definitions_by_the_thousand_are_refused_at_their_line(tmp_path):
    """Each definition is read against the rest of its paragraph: 50,000 in a row (1.6 MB, under the
    5 MB an article may be) took minutes to build; 1,000 in a row still build."""
    site = copy_fixture(tmp_path / "fx")
    defs = "".join(f"[r{i}]: https://example.org/{i}\n" for i in range(1001))
    (site / "content/articles/refs.md").write_text(f"---\ntitle: Refs\n---\nIntro.\n\n{defs}\n[a][r1]\n")
    _one_error(_build(site), "content/articles/refs.md", 6, "more than 1,000 link definitions ([name]: address) in a row")
    (site / "content/articles/refs.md").write_text(f"---\ntitle: Refs\n---\n{defs[defs.index(chr(10)) + 1:]}\n[a][r1]\n")
    r = _build(site)
    assert r.returncode == 0, r.stderr
    assert 'href="https://example.org/1"' in (site / "site/articles/refs.html").read_text()


def test_one_broken_link_repeated_is_one_line(tmp_path):
    """The same missing target 5,000 times was 5,000 identical lines, all at the first one's place."""
    site = copy_fixture(tmp_path / "fx")
    (site / "content/articles/repeat.md").write_text("---\ntitle: Repeat\n---\n" + "[a](gone.md) " * 5000 + "\n\n[b](gone.md)\n")
    r = _build(site)
    _one_error(r, "content/articles/repeat.md", 4, "link to 'gone.md': no article or page has that file name")
    assert r.stderr.count("gone.md") == 1, r.stderr[:2000]


def test_new_with_a_title_in_another_encoding_is_a_usage_error(tmp_path, capsys):
    """A Latin-1 'é' typed in a UTF-8 shell reaches Python as a lone surrogate: writing the file
    was a UnicodeEncodeError traceback."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    title = os.fsdecode(b"Caf\xe9 news")   # what sys.argv holds for those bytes
    for argv in (["new", title], ["new", "Fine", "--source", title], ["new", "Fine", "--tags", f"ok,{title}"]):
        with pytest.raises(SystemExit) as exit_:
            main([*argv, "--content", str(tmp_path / "content")])
        err = capsys.readouterr().err
        assert exit_.value.code == 2 and "Traceback" not in err
        assert "Caf\\xe9 news' is not UTF-8 text" in err.splitlines()[-1], err
    assert list((tmp_path / "content").rglob("*.md")) == []


@pytest.mark.parametrize("front, line, words", [
    ('title: "' + "word " * 10_000 + '"', 2, "'title' is 49,999 characters long; at most 300"),
    ('title: T\ntags: [nato, "' + "word " * 20_000 + '"]', 3, "a tag is 99,999 characters long; at most 100"),
    ('title: T\nsummary: "' + "word " * 1_000 + '"', 3, "'summary' is 5,000 characters long; at most 1,000"),
    ('title: T\nsource: "' + "s" * 201 + '"', 3, "'source' is 201 characters long; at most 200"),
], ids=["title", "tag", "summary", "source"])
def test_text_shown_on_every_listing_is_capped(front, line, words):
    """A 4 MB title made a 100 MB site, fifty 90 KB tags 330 MB: what every listing repeats is capped.
    (In process: how a content error reaches the command line is tested for every other field.)"""
    _, errors = parse_fields(front + "\n", 2, "big.md")
    assert [(e.line, e.message.split(" (")[0]) for e in errors] == [(line, words)]


def test_new_refuses_what_the_build_would_refuse_naming_the_argument(tmp_path):
    """It named the file it had not written (content/articles/2026/...-word-word.md:2: ...)."""
    from chronicle.authoring.scaffold import new_article
    from chronicle.errors import ContentError

    (tmp_path / "content" / "articles").mkdir(parents=True)
    for kwargs, where, words in (({"title": "word " * 100}, "title", "'title' is 499 characters long"),
                                 ({"title": "Fine", "source": "s" * 300}, "--source", "'source' is 300 characters"),
                                 ({"title": "Bell\x07title"}, "title", "'title' contains the control character U+0007")):
        with pytest.raises(ContentError) as exc:
            new_article(tmp_path / "content", **kwargs)
        assert str(exc.value).startswith(f"{where}: {words}"), str(exc.value)
    assert list((tmp_path / "content").rglob("*.md")) == []


@pytest.mark.parametrize("front, line, words", [
    ('title: "Ceasefire \\u202e"', 2, "'title' opens the direction control U+202E and does not close it"),
    ('title: "a \\u202eb\\u2069"', 2, "'title' opens the direction control U+202E"),   # closed by the wrong kind
    ('title: T\nsource: "Outlet\\u2066"', 3, "'source' opens the direction control U+2066"),
    ('title: T\ntags: ["a\\u202bb"]', 3, "tag 'a\\u202bb' opens the direction control U+202B"),
    ('title: "a \\u202eb\\u202c and \\u2067c\\u2069"', None, None),
], ids=["title", "wrong-close", "source", "tag", "balanced"])
def test_a_direction_control_left_open_is_refused(front, line, words):
    """A title ending in U+202E (right-to-left override) turned the date and outlet beside it
    around in every compact listing ('14 June' read 'enuJ 41')."""
    _, errors = parse_fields(front + "\n", 2, "a.md")
    assert [(e.line, e.message.split(" and does not")[0]) for e in errors] == \
        ([(line, words.split(" and does not")[0])] if line else [])


def test_a_linked_articles_folder_is_an_error_not_an_empty_site(tmp_path):
    """content/articles linked to a folder elsewhere was skipped without a word: the build
    published a site of no articles over the last good one, and check found nothing wrong."""
    site = copy_fixture(tmp_path / "fx")
    assert _build(site).returncode == 0
    shutil.move(site / "content/articles", tmp_path / "kept-elsewhere")
    os.symlink(tmp_path / "kept-elsewhere", site / "content/articles", target_is_directory=True)
    os.symlink(tmp_path / "kept-elsewhere", site / "content/sources", target_is_directory=True)   # digests: fine
    before = (site / "site/index.html").read_bytes()
    for r in (_build(site), run_cli("check", "--content", "content", "--config", "config.yaml", cwd=site)):
        _one_error(r, "content/articles", "", "is a link to a folder; linked folders are not read")
        assert "content/sources" not in r.stderr
    assert (site / "site/index.html").read_bytes() == before


def test_an_unreadable_folder_is_an_error_not_a_smaller_site(tmp_path):
    """A folder os.scandir cannot list was skipped, as os.walk does: its articles left the site."""
    top = Path(tempfile.mkdtemp(dir="/dev/shm" if os.path.isdir("/dev/shm") else None))   # reachable by nobody
    try:
        os.chmod(top, 0o777)
        site = copy_fixture(top / "fx")
        locked = site / "content/articles/locked"
        locked.mkdir()
        shutil.copy(site / "content/articles/black-sea.md", locked / "black-sea-2.md")
        for path in [site, *site.rglob("*")]:
            os.chmod(path, 0o777 if path.is_dir() else 0o666)
        os.chmod(locked, 0)
        as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        r = subprocess.run([*as_user, sys.executable, str(ROOT / "build.py"), "build", "--no-search", "--content",
                            "content", "--config", "config.yaml", "--out", "site"], cwd=site, capture_output=True,
                           text=True, timeout=120)
        _one_error(r, "content/articles/locked", "", "is a folder that cannot be read (check its permissions)")
        assert not (site / "site").exists()
    finally:
        os.chmod(top / "fx/content/articles/locked", 0o755)
        shutil.rmtree(top)


def test_a_static_asset_linked_out_of_the_layouts_is_not_published(tmp_path):
    """Every file of layouts/static/ is published: a link there to ~/.ssh/id_rsa (a layout set
    copied from elsewhere) put the key on the site."""
    site = copy_fixture(tmp_path / "fx")
    shutil.copytree(ROOT / "layouts", site / "layouts")
    (tmp_path / "secret.txt").write_text("SECRET-KEY\n")
    os.symlink(tmp_path / "secret.txt", site / "layouts/static/leak.txt")
    os.symlink("style.css", site / "layouts/static/alias.css")   # inside: published
    r = run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", "site",
                "--layouts", "layouts", cwd=site)
    _one_error(r, "layouts/static/leak.txt", "", "is a link to a file outside the layouts folder")
    assert not (site / "site").exists()
    (site / "layouts/static/leak.txt").unlink()
    r = run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", "site",
                "--layouts", "layouts", cwd=site)
    assert r.returncode == 0 and (site / "site/static/alias.css").read_bytes() == (ROOT / "layouts/static/style.css").read_bytes()


def test_sources_that_differ_in_case_are_listed_in_one_order_whatever_the_hash_seed(tmp_path):
    """The search page's source filter sorted them case-blind, so 'Outlet' and 'outlet' came in the
    order of a set, which PYTHONHASHSEED picks: two builds of one input differed."""
    site = copy_fixture(tmp_path / "fx")
    for i, source in enumerate(("Outlet", "outlet", "Reuters", "reuters", "BBC", "bbc", "Ap", "aP")):
        (site / f"content/articles/s{i}.md").write_text(f"---\ntitle: Story {i}\nsource: {source}\n---\nBody.\n")
    pages = []
    for seed in ("0", "1"):
        r = run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", f"site{seed}",
                    cwd=site, env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        pages.append((site / f"site{seed}/search.html").read_text())
    assert pages[0] == pages[1]
    assert re.findall(r'<option value="(?:outlet|Outlet)">', pages[0]) == ['<option value="Outlet">', '<option value="outlet">']


def test_file_names_that_are_not_utf8_are_refused_by_name(tmp_path):
    """'café.md' saved by a Latin-1 system: its page was published, then saving the build's state
    failed with a UnicodeEncodeError traceback; a layouts/static file so named failed at once."""
    site = copy_fixture(tmp_path / "fx")
    assert _build(site).returncode == 0
    before = (site / "site/index.html").read_bytes()
    (site / os.fsdecode(b"content/articles/caf\xe9 news.md")).write_text("---\ntitle: Cafe news\n---\nBody.\n")
    for r in (_build(site), run_cli("check", "--content", "content", "--config", "config.yaml", cwd=site)):
        _one_error(r, "content/articles/caf\\xe9 news.md", "", "the file name is not UTF-8 text")
    assert (site / "site/index.html").read_bytes() == before and not (site / "site/articles/caf-news.html").exists()
    (site / os.fsdecode(b"content/articles/caf\xe9 news.md")).unlink()
    shutil.copytree(ROOT / "layouts", site / "layouts")
    (site / os.fsdecode(b"layouts/static/caf\xe9.png")).write_bytes(b"\x89PNG")
    r = run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", "site",
                "--layouts", "layouts", cwd=site)
    _one_error(r, "layouts/static/caf\\xe9.png", "", "the file name is not UTF-8 text, so it cannot be a web address")


def test_an_output_folder_name_too_long_is_a_usage_error(tmp_path, capsys):
    """A 250-byte --out name left no room for .NAME.staging beside it: OSError (File name too long)."""
    for out, words in ((tmp_path / ("y" * 250), "the folder name is 250 bytes long; at most 239"),
                       (tmp_path / ("z" * 300) / "site", "is 300 bytes long; a file name may be at most 255")):
        with pytest.raises(SystemExit) as exit_:
            main(["build", "--no-search", "--content", str(tmp_path), "--out", str(out)])
        err = capsys.readouterr().err
        assert exit_.value.code == 2 and words in err.splitlines()[-1], err


@pytest.mark.parametrize("option", ["--content", "--config", "--layouts"])
def test_a_folder_or_config_named_in_another_encoding_is_a_usage_error(tmp_path, capsys, option):
    """Their names go into the build's state: saving it was a UnicodeEncodeError traceback."""
    named = str(tmp_path / os.fsdecode(b"caf\xe9"))
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--no-search", option, named, "--out", str(tmp_path / "site")])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and f"argument {option}: '" in err and "caf\\xe9' is not UTF-8 text" in err, err


def test_check_guesses_the_file_of_the_first_broken_links_only(tmp_path):
    """Each guess compares the link with every file, and the names were slugged again for each:
    3,000 broken links in an archive of 2,000 articles kept check busy for 160 s."""
    site = copy_fixture(tmp_path / "fx")
    links = " ".join(f"[a](black-sae-{i}.md)" for i in range(30))
    for i in range(30):
        (site / f"content/articles/black-sea-{i}.md").write_text(f"---\ntitle: Sea {i}\n---\nBody.\n")
    (site / "content/articles/typos.md").write_text(f"---\ntitle: Typos\n---\n{links}\n")
    r = run_cli("check", "--content", "content", "--config", "config.yaml", cwd=site)
    broken = [l for l in r.stderr.splitlines() if l.startswith("content/articles/typos.md:4:")]
    assert len(broken) == 30 and "did you mean 'black-sea-0.md'?" in broken[0], r.stderr[-2000:]
    assert sum("did you mean" in l for l in broken) == 25


def test_a_folder_made_read_only_in_the_site_does_not_stop_every_later_build(tmp_path):
    """chmod 555 site/articles, then two edits: the first build moved the read-only folder into
    the cache's mirror (.site.cache/spare), whose entries could then not be removed, and every
    later build failed ('spare: cannot write the site: File exists') until the cache was deleted
    by hand (the red-team review of stop 44). Run without root's power to ignore permissions."""
    site = copy_fixture(tmp_path / "fx")
    no_override = (["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]
                   if os.geteuid() == 0 else [])

    def build():
        return subprocess.run([*no_override, sys.executable, str(ROOT / "build.py"), "build", "--no-search", "--content",
                               "content", "--config", "config.yaml", "--out", "site"], cwd=site, capture_output=True,
                              text=True, timeout=120)

    assert build().returncode == 0
    os.chmod(site / "site/articles", 0o555)
    article = site / "content/articles/black-sea.md"
    try:
        for edit in ("First edit.", "Second edit.", "Third edit."):
            article.write_text(article.read_text(encoding="utf-8") + f"\n{edit}\n", encoding="utf-8")
            r = build()
            assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
            assert edit in (site / "site/articles/black-sea.html").read_text(encoding="utf-8")
    finally:
        for path in [site, *site.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                os.chmod(path, 0o755)
