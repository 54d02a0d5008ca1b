"""A downloadable copy of the site: one zip that browses and searches when opened from disk.

Everything goes under one top folder (named after the site) so unzipping never scatters files.
The Pagefind index is left out: it cannot work from file://, and the offline index that can
is inside. Byte-deterministic: sorted entries, a fixed timestamp and permissions, and no
recompression of files that are compressed already.
"""
from __future__ import annotations

import io
import zipfile
from typing import Iterable

from .model import OutputFile
from .slugs import tag_slug

SITE_ZIP = "download/archive.zip"
EXCLUDED_PREFIXES = ("pagefind/", "download/")
_STORED_SUFFIXES = (".zip", ".gz", ".png", ".jpg", ".jpeg", ".webp", ".woff2", ".pf_fragment",
                    ".pf_index", ".pf_filter", ".pf_meta", ".pagefind")
_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


def zip_folder_name(title: str) -> str:
    return tag_slug(title) or "archive"


def in_zip(path: str) -> bool:
    return not path.startswith(EXCLUDED_PREFIXES)


def site_zip(files: Iterable[OutputFile], folder: str) -> OutputFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for f in sorted(files, key=lambda f: f.path):
            if not in_zip(f.path):
                continue
            info = zipfile.ZipInfo(f"{folder}/{f.path}", date_time=_TIMESTAMP)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_STORED if f.path.endswith(_STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
            zf.writestr(info, f.data, compresslevel=6 if info.compress_type == zipfile.ZIP_DEFLATED else None)
    return OutputFile(SITE_ZIP, buffer.getvalue())
