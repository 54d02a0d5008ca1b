"""The hand-written zip of the site (chronicle/outputs/sitezip.py) is a zip every reader opens: checked with
Python's zipfile, entry by entry, including past 65,535 entries where zip64 end records are needed."""
from __future__ import annotations

import io
import zipfile

from chronicle.model import OutputFile
from chronicle.outputs.sitezip import in_zip, patch_zip, site_zip, splice_bytes


def _open(files: list[OutputFile]) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(site_zip(files, "arch").data))


def test_every_entry_reads_back_with_its_bytes_and_fixed_metadata():
    files = [OutputFile("index.html", b"<p>home</p>" * 200), OutputFile("static/pic.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
             OutputFile("pages/\u00fcber.html", "<p>\u00fcber</p>".encode()), OutputFile("empty.txt", b""),
             OutputFile("pagefind/x.pf_index", b"left out"), OutputFile("download/archive.zip", b"left out")]
    zf = _open(files)
    assert zf.testzip() is None
    assert zf.namelist() == ["arch/empty.txt", "arch/index.html", "arch/pages/\u00fcber.html", "arch/static/pic.png"]
    for f in files[:4]:
        info = zf.getinfo(f"arch/{f.path}")
        assert zf.read(info) == f.data
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.external_attr >> 16 == 0o100644
    assert zf.getinfo("arch/static/pic.png").compress_type == zipfile.ZIP_STORED
    assert zf.getinfo("arch/index.html").compress_type == zipfile.ZIP_DEFLATED
    assert zf.getinfo("arch/index.html").compress_size < 200


def test_more_than_65535_entries_use_zip64_and_all_read_back():
    files = [OutputFile(f"p/{i:06d}.html", f"<p>{i}</p>".encode()) for i in range(65_600)]
    zf = _open(files)
    assert len(zf.infolist()) == 65_600
    assert zf.read("arch/p/065599.html") == b"<p>65599</p>"
    assert zf.testzip() is None


def test_the_same_files_in_any_order_give_the_same_bytes():
    files = [OutputFile(f"a/{i}.html", bytes([i]) * i) for i in range(50)]
    assert site_zip(files, "arch").data == site_zip(list(reversed(files)), "arch").data


def _zip_file(tmp_path, files: list[OutputFile]) -> str:
    path = tmp_path / "old.zip"
    path.write_bytes(site_zip(files, "arch").data)
    return str(path)


def _patched_equals_fresh(tmp_path, files: list[OutputFile], changed: dict[str, bytes]) -> None:
    new = [OutputFile(f.path, changed.get(f.path, f.data)) for f in files]
    splice = patch_zip(_zip_file(tmp_path, files), changed, "arch")
    assert splice is not None
    patched = splice_bytes(splice)
    assert patched == site_zip(new, "arch").data
    zf = zipfile.ZipFile(io.BytesIO(patched))
    assert zf.testzip() is None
    assert all(zf.read(f"arch/{path}") == data for path, data in changed.items() if in_zip(path))


def test_a_patched_zip_is_byte_identical_to_a_fresh_one(tmp_path):
    files = [OutputFile(f"a/{i:03d}.html", f"<p>{i}</p>".encode() * i) for i in range(1, 60)]
    files.append(OutputFile("download/archive.zip", b"left out"))
    _patched_equals_fresh(tmp_path, files, {"a/001.html": b"<p>first, longer than before</p>" * 9, "a/030.html": b"",
                                  "a/059.html": b"last", "download/archive.zip": b"still left out"})


def test_a_patched_zip64_is_byte_identical_to_a_fresh_one(tmp_path):
    files = [OutputFile(f"p/{i:06d}.html", f"<p>{i}</p>".encode()) for i in range(65_600)]
    _patched_equals_fresh(tmp_path, files, {"p/000007.html": b"<p>seven</p>" * 30, "p/065599.html": b"<p>last</p>"})


def test_a_zip_patched_with_files_added_and_removed_equals_a_fresh_one(tmp_path):
    """The quick path with search on renames the offline index's chunks (named by content)."""
    files = [OutputFile(f"a/{i:03d}.html", f"<p>{i}</p>".encode() * i) for i in range(1, 40)]
    files += [OutputFile(f"offline/search/t{i}.js", b"terms %d" % i) for i in range(5)]
    splice = patch_zip(_zip_file(tmp_path, files), {"offline/search/t9.js": b"new terms", "a/007.html": b"seven"},
                       "arch", gone=["offline/search/t2.js", "a/010.html"])
    assert splice is not None
    new = [f for f in files if f.path not in ("offline/search/t2.js", "a/010.html", "a/007.html")]
    new += [OutputFile("offline/search/t9.js", b"new terms"), OutputFile("a/007.html", b"seven")]
    patched = splice_bytes(splice)
    assert patched == site_zip(new, "arch").data
    names = zipfile.ZipFile(io.BytesIO(patched)).namelist()
    assert "arch/offline/search/t9.js" in names and "arch/offline/search/t2.js" not in names and "arch/a/010.html" not in names


def test_a_zip_that_is_not_ours_is_not_patched(tmp_path):
    (tmp_path / "text.zip").write_bytes(b"not a zip at all, just text that is long enough")
    assert patch_zip(str(tmp_path / "text.zip"), {"a.html": b"x"}, "arch") is None
    assert patch_zip(str(tmp_path / "missing.zip"), {"a.html": b"x"}, "arch") is None
    assert patch_zip(_zip_file(tmp_path, [OutputFile("a.html", b"a")]), {"a.html": b"b"}, "other") is None


def test_what_an_article_edit_changes_comes_last_in_the_zip():
    """So the quick path rewrites only the end of the zip: other pages, then article pages,
    then the feeds, then the offline manifest and the service worker."""
    from chronicle.outputs.sitezip import zip_order
    paths = ["sw.js", "topics/a.xml", "articles/b.html", "index.html", "offline/manifest.json", "feed.xml",
             "sitemap.xml", "articles/a.html", "static/site.css", "topics/a.html", "offline/search/t1.js"]
    assert zip_order(paths) == ["index.html", "sitemap.xml", "static/site.css", "topics/a.html", "articles/a.html",
                                "articles/b.html", "feed.xml", "offline/search/t1.js", "topics/a.xml",
                                "offline/manifest.json", "sw.js"]
    assert zip_order(reversed(paths)) == zip_order(paths)
