"""The hand-written zip of the site (chronicle/sitezip.py) is a zip every reader opens: checked with
Python's zipfile, entry by entry, including past 65,535 entries where zip64 end records are needed."""
from __future__ import annotations

import io
import zipfile

from chronicle.model import OutputFile
from chronicle.sitezip import site_zip


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
