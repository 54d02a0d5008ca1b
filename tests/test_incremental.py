"""Cold, warm, parallel and incremental builds all equal a clean single-process build, byte for byte."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import ROOT, copy_fixture, run_cli


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _build(site, out, *extra, layouts=None):
    args = ["build", "--no-search", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
            "--out", str(out), *extra]
    if layouts:
        args += ["--layouts", str(layouts)]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _clean(site, tmp_path, name, layouts=None):
    out = tmp_path / name
    _build(site, out, "--no-cache", "--jobs", "1", layouts=layouts)
    return _files(out)


def test_incremental_rebuilds_equal_clean_builds(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    layouts = tmp_path / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    out = tmp_path / "out"
    arts = site / "content" / "articles"
    _build(site, out, layouts=layouts)
    assert _files(out) == _clean(site, tmp_path, "clean0", layouts)

    # nothing changed: nothing written
    assert " 0 files written" in _build(site, out, layouts=layouts)

    steps = [
        lambda: (arts / "black-sea.md").write_text((arts / "black-sea.md").read_text().replace("grew.", "grew fast.")),
        lambda: (arts / "nato-summit.md").write_text((arts / "nato-summit.md").read_text().replace("title: NATO allies meet", "title: NATO leaders meet")),
        lambda: (arts / "new-one.md").write_text("---\ntitle: A new article\ndate: 2025-06-30\ntags: [NATO]\n---\nLinks to [Black Sea](black-sea.md).\n"),
        lambda: (arts / "yaml-traps.md").unlink(),
        lambda: (layouts / "article.html").write_text((layouts / "article.html").read_text().replace("Related articles", "See also")),
        lambda: (site / "config.yaml").write_text((site / "config.yaml").read_text().replace("The North Atlantic alliance.", "The alliance.")),
    ]
    for i, step in enumerate(steps, 1):
        step()
        _build(site, out, layouts=layouts)
        assert _files(out) == _clean(site, tmp_path, f"clean{i}", layouts), f"step {i} differs from a clean build"
    assert b"See also" in (out / "articles" / "new-one.html").read_bytes()
    assert not (out / "articles" / "yaml-traps.html").exists()


def test_parallel_build_equals_single_process_build(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "600", "--out", str(corpus)],
                   check=True, capture_output=True)
    single, parallel = tmp_path / "single", tmp_path / "parallel"
    for out, jobs in ((single, "1"), (parallel, "2")):
        result = run_cli("build", "--no-search", "--no-cache", "--jobs", jobs, "--content", str(corpus / "content"),
                         "--config", str(corpus / "config.yaml"), "--out", str(out))
        assert result.returncode == 0, result.stderr
    assert len(list((single / "articles").glob("*.html"))) == 600
    assert _files(single) == _files(parallel)


def test_an_in_place_edit_with_its_mtime_restored_is_seen(tmp_path):
    """Same size, same inode, modification time put back (touch -d, cp -p, some editors): the
    build still sees the new text (issue 18)."""
    import os
    site = copy_fixture(tmp_path / "fx")
    out = tmp_path / "out"
    _build(site, out)
    article = site / "content" / "articles" / "nato-summit.md"
    st = article.stat()
    text = article.read_text()
    word = next(w for w in text.split("---", 2)[2].split() if len(w) >= 6 and w.isalpha())
    swapped = word[::-1] if word[::-1] != word else word.upper()
    with open(article, "r+", encoding="utf-8") as fh:      # in place: the inode stays
        fh.write(text.replace(word, swapped, 1))
    os.utime(article, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = article.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)
    _build(site, out)
    assert swapped in (out / "articles" / "nato-summit.html").read_text()
    assert _files(out) == _clean(site, tmp_path, "clean")


def test_incremental_search_builds_equal_clean_search_builds(tmp_path):
    """With search on (Pagefind and the offline index): a body edit, a standalone page's body, a
    title edit, a new article and a deleted one, each built on the last build's cache, equal a
    clean build. A fixture-sized site is one Pagefind partition; test_search_incremental and
    test_search_metadata edit an archive of nine."""
    site = copy_fixture(tmp_path / "fx")
    out = tmp_path / "out"
    arts = site / "content" / "articles"

    def build_search(target, *extra):
        result = run_cli("build", "--content", str(site / "content"), "--config", str(site / "config.yaml"),
                         "--out", str(target), *extra)
        assert result.returncode == 0, result.stderr
    build_search(out)
    assert json.loads((out / "pagefind" / "parts.json").read_bytes())["parts"] == [["all", ""]]   # a small site: one
    steps = {
        "body edit": lambda: (arts / "black-sea.md").write_text((arts / "black-sea.md").read_text() + "\nA sentence about grain convoys.\n"),
        "page body": lambda: (site / "content" / "pages" / "about.md").write_text((site / "content" / "pages" / "about.md").read_text() + "\nMore about us.\n"),
        "title edit": lambda: (arts / "nato-summit.md").write_text((arts / "nato-summit.md").read_text().replace("title: NATO allies meet", "title: NATO leaders meet")),
        "article added": lambda: (arts / "new-one.md").write_text("---\ntitle: A new article\ndate: 2025-06-30\ntags: [NATO]\n---\nQuokkas in [Black Sea](black-sea.md).\n"),
        "article deleted": lambda: (arts / "yaml-traps.md").unlink(),
    }
    for i, (name, step) in enumerate(steps.items(), 1):
        step()
        build_search(out)
        clean = tmp_path / f"clean{i}"
        build_search(clean, "--no-cache", "--jobs", "1")
        assert _files(out) == _files(clean), f"{name}: differs from a clean build"
    assert b"grain convoys" in (out / "articles" / "black-sea.html").read_bytes()
    assert any(b"convoy" in data for path, data in _files(out).items() if path.startswith("offline/search/"))
    assert any(b"quokka" in data for path, data in _files(out).items() if path.startswith("offline/search/"))
    assert not (out / "articles" / "yaml-traps.html").exists()
