"""Wrong output from hostile input (issue 18): control characters made by YAML escapes, foreign YAML
tags, tags that collide or name reserved files, one article that blows the site up, a base path
that leaves the site, digests re-imported forever, file names that forge messages."""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import feedparser
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import ROOT, copy_fixture, run_cli
from chronicle import urls
from chronicle.config import load_config
from chronicle.ingest import ingest_files, pending_sources
from chronicle.model import Document
from chronicle.source.documents import read_document, tag_collisions
from chronicle.source.frontmatter import FORBIDDEN_CHARS, parse_fields
from chronicle.source.slugs import tag_identity, tag_slug

CONFIG = load_config(ROOT / "config.yaml")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])


def _build(site, *extra, out="site"):
    return run_cli("build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                   "--out", str(site / out), *extra, cwd=site)


def _check(site):
    return run_cli("check", "--content", str(site / "content"), "--config", str(site / "config.yaml"), cwd=site)


def _write(site, name: str, front: str, body: str = "Body text.") -> str:
    rel = f"content/articles/{name}"
    (site / rel).write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")
    return rel


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


ESCAPES = st.sampled_from(["\\0", "\\a", "\\x07", "\\x1b", "\\x85", "\\uFFFE", "\\uFFFF", "\\x7f", "\\e", "\\u0000",
                           "\\t", "\\n", "plain", "é", "\\u00e9", "\\U0001F600", "\\x9f", "\\v", "\\f", "\\b"])
FIELDS = st.sampled_from(["title", "summary", "source", "tags", "id", "mood", "nested"])


@FUZZ
@given(st.lists(st.tuples(FIELDS, st.lists(ESCAPES, min_size=1, max_size=4)), min_size=1, max_size=5, unique_by=lambda t: t[0]))
def test_fuzzed_front_matter_never_lets_a_control_character_through(entries):
    lines = []
    for name, parts in entries:
        text = '"' + "x".join(parts) + '"'
        lines.append(f"{name}: [{text}]" if name == "tags" else f"{name}: {{k: {text}}}" if name == "nested"
                     else f"{name}: {text}")
    if not any(name == "title" for name, _ in entries):
        lines.insert(0, "title: fine")
    fields, errors = parse_fields("\n".join(lines) + "\n", 2, "a.md")
    if errors:
        assert all(e.line and 2 <= e.line <= len(lines) + 1 for e in errors)
    else:
        assert not any(FORBIDDEN_CHARS.search(s) for s in _strings(fields))


@FUZZ
@given(st.sampled_from(["!!python/object/apply:os.system", "!!python/name:os.system", "!custom", "!!binary",
                        "!<tag:example.com,2000:x>", "!!set", "!!omap"]), st.sampled_from(["title", "tags", "extra"]))
def test_a_foreign_yaml_tag_is_named(tag, field):
    value = "[a]" if tag in ("!!set", "!!omap") else '"x"'
    _, errors = parse_fields(f"title: ok\n{field if field != 'title' else 'summary'}: {tag} {value}\n", 2, "a.md")
    assert len(errors) == 1 and errors[0].line == 3
    shown = tag if not tag.startswith("!<") else "tag:example.com,2000:x"
    assert f"the YAML tag {shown} is not supported" in errors[0].message, errors[0].message


def test_an_escaped_nul_in_a_title_is_refused_by_build_and_check(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    rel = _write(site, "nul.md", 'title: "a\\0b"')
    for r in (_build(site), _check(site)):
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert re.search(rf"^{re.escape(rel)}:2(:\d+)?: (error: )?'title' contains the control character U\+0000", r.stderr, re.M), r.stderr


TAG_TEXT = st.text(alphabet=st.sampled_from(list("abcC+#&*%$@ -_.Iinxdeo") + ["É", "ł", "😀"]), min_size=1, max_size=12)


@FUZZ
@given(st.lists(TAG_TEXT, min_size=2, max_size=6))
def test_fuzzed_tags_never_share_a_page_silently(tags):
    tags = [t for t in tags if tag_slug(t)]
    for t in tags:
        slug = tag_slug(t)
        assert urls.is_safe_output_path(urls.topic_path(slug)) and len(slug) <= 80
        assert slug.split("-")[0] not in {"con", "nul", "aux", "prn"} or "-" in slug
        assert slug != "index"
    docs = [Document(path=f"{i}.md", kind="article", slug=f"a{i}", title="t", date=None, date_basis="", source="",
                     url="", tag_names=(t,), summary="", imported_from="", id="", draft=False, extra={}, body="",
                     body_line=4, tag_lines=(3,)) for i, t in enumerate(tags)]
    reported = {e.path for e in tag_collisions(docs, {})}
    by_slug: dict[str, set[str]] = {}
    for t in tags:
        by_slug.setdefault(tag_slug(t), set()).add(tag_identity(t))
    assert bool(reported) == any(len(ids) > 1 for ids in by_slug.values())


def test_distinct_tags_get_distinct_safe_pages(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    long_a, long_b = "x" * 78 + " alpha", "x" * 78 + " beta"
    _write(site, "langs.md", f'title: Languages\ntags: [C++, C, "C#", Index, con, nul, aux, COM1, "{long_a}", "{long_b}"]')
    assert _check(site).returncode == 0
    r = _build(site, "--base-path", "/repo/")
    assert r.returncode == 0, r.stderr
    topics = site / "site" / "topics"
    page = (site / "site" / "articles" / "langs.html").read_text()
    links = re.findall(r'href="\.\./topics/([^"]+)\.html"', page)
    assert len(set(links)) >= 10, links
    for feed in ("c-plus-plus", "c-sharp", "c", "index-topic", "con-topic"):
        parsed = feedparser.parse((topics / f"{feed}.xml").read_bytes())
        assert not parsed.bozo and parsed.entries[0].title == "Languages", feed
    reserved = re.compile(r"^(con|nul|aux|prn|com\d|lpt\d|index)$", re.I)
    assert not [p.name for p in topics.iterdir() if reserved.match(p.stem) and p.name != "index.html"]
    for zpath in (site / "site").glob("*.zip"):
        names = zipfile.ZipFile(zpath).namelist()
        assert not [n for n in names if reserved.match(Path(n).stem) and not n.endswith("/index.html")]


def test_tags_that_would_share_a_page_are_reported_by_check_and_build(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    _write(site, "one.md", "title: One\ntags:\n  - C")
    rel = _write(site, "two.md", 'title: Two\ntags:\n  - Russia\n  - "C*"')
    for r in (_check(site), _build(site)):
        assert r.returncode == 1
        assert re.search(rf"^{re.escape(rel)}:5(:\d+)?: (error: )?tag 'C\*' and tag 'C' \(content/articles/one.md\) "
                         r"would share the topic page topics/c.html", r.stderr, re.M), r.stderr


def test_one_article_cannot_blow_the_site_up(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    many = _write(site, "many.md", "title: Many\ntags: [" + ", ".join(f"t{i}" for i in range(2000)) + "]")
    r = _build(site)
    assert r.returncode == 1 and r.stderr.startswith(f"{many}:3: 2,000 tags: an article may have at most 50"), r.stderr
    (site / many).unlink()
    _write(site, "old.md", "title: Old\ndate: 0001-01-01")
    _write(site, "future.md", "title: Future\ndate: 9999-12-31")
    r = _build(site)
    assert r.returncode == 0, r.stderr
    size = sum(p.stat().st_size for p in (site / "site").rglob("*") if p.is_file())
    assert size < 5_000_000, size
    timeline = (site / "site" / "timeline" / "index.html").read_text()
    assert timeline.count('class="bar"') < 100
    assert "no articles" in timeline      # the empty centuries are one gap bar


def test_base_path_is_checked_the_same_on_the_command_line_and_in_config(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    r = _build(site, "--base-path", "/\\evil.com")
    assert r.returncode == 2 and "must be a URL path like /repo/, got '/\\evil.com'" in r.stderr
    assert not (site / "site").exists()
    config = site / "config.yaml"
    config.write_text(re.sub(r"base_path: .*", lambda m: "base_path: '/\\evil.com'", config.read_text()))
    r = _build(site)
    assert r.returncode == 1 and "'site.base_path' must be a URL path like /repo/, got '/\\evil.com'" in r.stderr


def test_a_digest_with_a_control_character_is_imported_once(tmp_path):
    sources, into = tmp_path / "sources", tmp_path / "articles"
    sources.mkdir()
    (sources / "d.txt").write_bytes(b"Latvia brings back conscription\nMarch 3, 2025 \x07\xe2\x80\x94 Latvia's parliament "
                                    b"voted to bring back compulsory service for men aged 18 to 27.\n")
    report = ingest_files(pending_sources(sources, into), into, CONFIG)
    assert report.written == 1 and not report.errors
    assert pending_sources(sources, into) == []


@FUZZ
@given(st.lists(st.sampled_from(["Title line here", "\x07", "\x1b[31m", "\x00", "\u2028", "\ufeff", "- item", ">",
                                 "March 3, 2025 — Text of a story with enough words to be one.", "", "#tag", "---",
                                 "Read more", "\x85", "a" * 200]), min_size=1, max_size=12), st.booleans())
def test_fuzzed_digests_write_only_what_a_build_reads_and_converge(tmp_path_factory, lines, utf16):
    base = tmp_path_factory.mktemp("digest")
    sources, into = base / "sources", base / "articles"
    sources.mkdir()
    text = "\n".join(lines) + "\n"
    (sources / "d.txt").write_bytes(text.encode("utf-16") if utf16 else text.encode("utf-8"))
    ingest_files(pending_sources(sources, into), into, CONFIG)
    for md in into.glob("*.md"):
        doc, errors = read_document(md, "article", md.name)
        assert doc is not None and not errors, [str(e) for e in errors]
    assert not into.is_dir() or pending_sources(sources, into) in ([], [sources / "d.txt"])
    if pending_sources(sources, into):   # refused as a whole (binary, empty): never half-imported
        assert not list(into.glob("*.md"))
    shutil.rmtree(base)


def test_a_file_name_cannot_forge_a_message_line(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    name = "evil\nfake.md:1: forged\x1b[31mx.md"
    (site / "content" / "articles" / name).write_text("---\ntitle: x\n---\n[a](missing.md)\n")
    for r in (_build(site), _check(site)):
        assert "\x1b" not in r.stderr
        assert not [l for l in r.stderr.splitlines() if l.startswith("fake.md")], r.stderr
        assert "'content/articles/evil\\nfake.md:1: forged\\x1b[31mx.md':4:" in r.stderr, r.stderr
