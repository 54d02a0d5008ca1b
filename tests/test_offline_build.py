"""What the build writes for offline use and publishing: a byte-deterministic Pagefind index,
the offline search index, the service worker and its manifest, the downloadable zip."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

import cbor2
import pytest

from chronicle.outputs.offline import doc_page_path
from conftest import ROOT, build_fixture

sys.path.insert(0, str(ROOT / "bench"))
from search_terms import decode  # noqa: E402  (the postings decoder, shared with the benchmark)

FIXTURE = ROOT / "tests" / "fixtures" / "offline_site"


_LAYOUTS: list[Path] = []


def frozen_layouts(tmp: Path) -> Path:
    """A private copy of layouts/, so builds compared with each other see the same templates
    even while someone edits the working tree."""
    if not _LAYOUTS:
        _LAYOUTS.append(shutil.copytree(ROOT / "layouts", tmp / "layouts-copy"))
    return _LAYOUTS[0]


def build(out: Path, *extra: str, config: Path | None = None) -> Path:
    layouts = frozen_layouts(out.parent.parent)
    build_fixture(out, *extra, "--layouts", str(layouts), content=FIXTURE / "content", config=config or FIXTURE / "config.yaml")
    return out


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("offline-build") / "site")


@pytest.mark.slow
def test_two_builds_are_byte_identical_including_pagefind(site, tmp_path):
    # Pagefind alone lists filter values in hash-map order: across a few runs the filter files
    # would differ (see chronicle/outputs/search.py). Three fresh builds must match byte for byte.
    first = tree(site)
    assert any(p.startswith("pagefind/filter/") for p in first)
    for i in range(2):
        other = tree(build(tmp_path / f"again{i}"))
        assert sorted(other) == sorted(first)
        changed = [p for p in first if first[p] != other[p]]
        assert changed == []


def _pf(path: Path):
    raw = gzip.decompress(path.read_bytes())
    assert raw.startswith(b"pagefind_dcd")
    return cbor2.loads(raw[len(b"pagefind_dcd"):])


def test_pagefind_filters_are_sorted_and_referenced_by_their_names(site):
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    meta = _pf(site / "pagefind" / f"pagefind.{entry['languages']['en']['hash']}.pf_meta")
    filters = meta[3]
    assert [f[0] for f in filters] == ["part", "source", "topic", "year"]   # part: its partition (search/partitions.py)
    on_disk = sorted(p.stem for p in (site / "pagefind" / "filter").iterdir())
    assert sorted(f[1] for f in filters) == on_disk
    for name, file_hash in filters:
        fname, values = _pf(site / "pagefind" / "filter" / f"{file_hash}.pf_filter")
        assert fname == name
        assert [v[0] for v in values] == sorted(v[0] for v in values)
    topic = dict(_pf(site / "pagefind" / "filter" / f"{dict(filters)['topic']}.pf_filter")[1])
    assert len(topic["North Korea"]) == 3


def test_pagefind_fragments_carry_metadata_and_no_filter_values(site):
    """A result's data (its fragment) names its page, title, date and outlet as the page does;
    the filter values and word count Pagefind also put there went (issue 13): it filters with
    its filter files, and the search page reads the outlet from the metadata. The text went
    too: the excerpt is the start of the article's text, the same as the offline engine's."""
    from bs4 import BeautifulSoup
    _manifest, docs, _terms = offline_index(site)
    fragments = sorted((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert len(fragments) >= 8   # the fixture's dated and undated articles
    for path in fragments:
        data = json.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):])
        assert "filters" not in data and "word_count" not in data and data["content"] == "", path
        assert data["meta"]["excerpt"] == docs[data["url"].lstrip("/")][4] != "", path
        assert data["anchors"] == [] or all("location" in a for a in data["anchors"])   # Pagefind reads them
        page = BeautifulSoup((site / data["url"].lstrip("/")).read_text(encoding="utf-8"), "html.parser")
        header = page.select_one(".article header")
        assert data["meta"]["title"] == header.h1.get_text()
        source = header.select_one(".source")
        assert data["meta"].get("source") == (source.get_text() if source else None), path
        time = header.select_one("time")
        assert data["meta"].get("date") == (time["datetime"] if time else None), path


def test_cbor_round_trip_keeps_bytes(site):
    """Pagefind's files are decoded, sorted and encoded again (outputs/search.py): the encoder
    must write the shortest form, as Pagefind's does, or every file would change."""
    value = ["x", [["North Korea", [0, 23, 24, 255, 256, 65536, 2**32]], ["é", []]], -1, -500, True, None, b"\x00"]
    assert cbor2.loads(cbor2.dumps(value)) == value
    assert cbor2.dumps([1, "a", -1, 24, 256]) == bytes([0x85, 0x01, 0x61, 0x61, 0x20, 0x18, 0x18, 0x19, 0x01, 0x00])
    with pytest.raises(cbor2.CBORDecodeError):
        cbor2.loads(b"\x82\x01")
    checked = 0
    for path in (site / "pagefind").rglob("*"):
        if path.suffix in (".pf_meta", ".pf_filter", ".pf_index"):
            body = gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):]
            assert cbor2.dumps(cbor2.loads(body)) == body, path
            checked += 1
    assert checked >= 3


def offline_index(site: Path) -> tuple[dict, dict[str, list], dict[str, set[str]]]:
    """(manifest, article path -> its document entry, term -> paths of the articles it lists),
    decoded from the chunked offline index the way the browser engine reads it."""
    folder = site / "offline" / "search"
    manifest = payload(folder / "index.js")
    docs = [[doc_page_path(d), *d[1:]] for name in manifest["docChunks"] for d in payload(folder / name)]
    numbered = sorted(d[0] for d in docs)   # an article's number: its path's place in code-point order
    terms = {}
    for _first, name in manifest["terms"]:
        words, codes = payload(folder / name)
        for word, code in zip(words, codes):
            terms[word] = {numbered[n // 2] for n in decode(code)}
    return manifest, {d[0]: d for d in docs}, terms


def payload(path: Path):
    text = path.read_text(encoding="utf-8")
    m = re.search(r"ChronicleSearch\.\w+\((.*)\);\s*$", text, re.S)
    assert m, text[:200]
    return json.loads(m.group(1))


def test_offline_index_lists_every_article_with_its_words_and_filters(site):
    manifest, docs, terms = offline_index(site)
    assert len(docs) == manifest["docs"] == 8
    nk = docs["articles/nk-troops.html"]
    assert nk[1:4] == ["US says it has proof of North Korean troops in Russia", "2024-10-23", "Newshub"]
    assert "proof that troops from North Korea" in nk[4]
    assert docs["articles/grain-deal.html"][2] == ""   # undated
    # words are Pagefind's: stemmed, accents folded; title words too
    assert "articles/nk-troops.html" in terms["troop"] and "articles/nk-troops.html" in terms["proof"]
    assert "troops" not in terms and "communiqu" in terms   # the text says "communiqué"
    mark = manifest["filterMark"]
    assert terms[f"{mark}topic{mark}North Korea"] >= {"articles/nk-troops.html"}
    assert "articles/nk-troops.html" in terms[f"{mark}source{mark}Newshub"]
    assert "articles/grain-deal.html" not in set().union(*(v for k, v in terms.items() if k.startswith(f"{mark}year")))
    # a word in most articles is stored as a bitmap (two bits an article), and reads the same
    codes = {w: c for _first, name in manifest["terms"] for w, c in zip(*payload(site / "offline" / "search" / name))}
    assert codes["the"].startswith(manifest["bitmap"]) and codes[f"{mark}topic{mark}Russia"].startswith(manifest["bitmap"])
    bodies = {path: (site / path).read_text(encoding="utf-8").split('<div class="body">')[1].split("</div>")[0] for path in docs}
    with_the = {path for path, body in bodies.items() if re.search(r"\bthe\b", body, re.I)}
    assert terms["the"] >= with_the and len(with_the) >= 5
    # every path in the index is a page the build wrote; every chunk is named by its bytes
    for path in docs:
        assert (site / path).is_file()
    for chunk in (site / "offline" / "search").glob("[td]*.js"):
        assert hashlib.sha256(chunk.read_bytes()).hexdigest()[:12] == chunk.stem[1:]


def test_offline_index_escapes_what_could_end_a_script(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE / "content", content)
    (content / "articles" / "nasty.md").write_text(
        "---\ntitle: \"Closing </script> tags\"\ndate: 2025-02-02\n---\nText with </script><b> and \u2028 separators.\n")
    out = tmp_path / "site"
    build_fixture(out, content=content, config=FIXTURE / "config.yaml")
    for chunk in (out / "offline" / "search").glob("*.js"):
        text = chunk.read_text(encoding="utf-8")
        assert "</script" not in text and "\u2028" not in text
    _manifest, docs, _terms = offline_index(out)
    assert any(d[1] == "Closing </script> tags" for d in docs.values())


def test_no_search_means_no_offline_index(tmp_path):
    out = build(tmp_path / "site", "--no-search")
    assert not (out / "offline" / "search").exists()
    assert not (out / "pagefind").exists()


def test_service_worker_is_at_the_root_and_precaches_the_shell(site):
    sw = (site / "sw.js").read_text()
    shell = json.loads(re.search(r"var SHELL = (\[.*?\]);", sw).group(1))
    for path in ["./", "index.html", "search.html", "404.html", "static/style.css", "static/search.js",
                 "pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.en.pagefind"]:
        assert path in shell
    for path in shell[1:]:
        assert (site / path).is_file(), path
    assert not any(p.startswith("articles/") or p.endswith(".zip") for p in shell)


def test_keep_offline_manifest_lists_pages_and_their_size_not_the_zip(site):
    from chronicle.outputs.serviceworker import manifest_paths
    manifest = json.loads((site / "offline" / "manifest.json").read_text())
    # the articles are not listed (issue 13): they are what the timeline's pages link to, every one
    assert not any(f.startswith("articles/") for f in manifest["files"])
    files = manifest_paths(manifest, lambda p: (site / p).read_bytes())
    articles = {f"articles/{p.name}" for p in (site / "articles").iterdir()}
    assert {f for f in files if f.startswith("articles/")} == articles and len(files) == len(set(files))
    assert "articles/nk-troops.html" in files and "offline/search/index.js" in files
    assert all(p.relative_to(site).as_posix() in files for p in (site / "offline" / "search").iterdir())
    assert not any(f.startswith(("pagefind/", "download/")) or f == "sw.js" for f in files)
    assert manifest["bytes"] == sum((site / f).stat().st_size for f in files)


def test_zip_holds_the_site_in_one_folder_and_is_deterministic(site, tmp_path):
    data = (site / "download" / "archive.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
        # what works from disk: not Pagefind, the feeds, sitemap, robots.txt or service worker (issue 13)
        host_only = ("robots.txt", "sw.js", "offline/manifest.json", "offline/summary.json")
        expected = {f"offline-chronicle/{p}" for p in tree(site)
                    if not p.startswith(("pagefind/", "download/", "offline/parts/")) and not p.endswith(".xml")
                    and p not in host_only}
        assert names == expected and "offline-chronicle/offline/search/index.js" in names
        assert zf.read("offline-chronicle/index.html") == (site / "index.html").read_bytes()


def test_zip_can_be_switched_off(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text((FIXTURE / "config.yaml").read_text().replace("download_zip: true", "download_zip: false"))
    out = build(tmp_path / "site", "--no-search", config=config)
    assert not (out / "download").exists()
    assert "archive.zip" not in (out / "offline" / "manifest.json").read_text()


def test_pagefind_index_does_not_depend_on_the_order_pages_arrive_in(site):
    """Each partition's index is the same whatever order its pages arrive in, and is what the
    build wrote (the first partition in pagefind/, the others in pagefind/parts/<name>/)."""
    from chronicle.outputs.search import pagefind_files
    from chronicle.outputs.search.partitions import indexed_html

    listing = json.loads((site / "pagefind" / "parts.json").read_bytes())["parts"]
    assert listing == [["all", ""]]   # the fixture site is small: one partition
    for name, folder in listing:
        root = site / "pagefind" / folder
        pages = {json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd"):])["url"].lstrip("/")
                 for f in root.glob("fragment/*.pf_fragment")}
        sent = {p: indexed_html((site / p).read_bytes(), name) for p in sorted(pages)}
        forward = {f.path: f.data for f in pagefind_files(list(sent), sent.__getitem__)}
        backward = {f.path: f.data for f in pagefind_files(list(reversed(sent)), sent.__getitem__)}
        assert forward == backward
        kinds = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", "entry.json")
        index = {p: d for p, d in forward.items() if p.endswith(kinds)}
        on_disk = {"pagefind/" + p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
                   if p.is_file() and p.relative_to(root).parts[0] != "parts" and p.name.endswith(kinds)}
        assert index == on_disk, folder