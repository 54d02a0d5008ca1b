"""Outputs made from the finished site: feeds, sitemap, robots.txt, and the offline copies
(offline search index, service worker and its manifest, the downloadable zip)."""
from __future__ import annotations

from pathlib import Path

from . import feeds
from ..config import Config
from ..model import SiteIndex, Splice
from .offline import offline_index
from .serviceworker import Record, offline_files
from .sitezip import SITE_ZIP, in_zip, patch_zip, zip_chunks, zip_folder_name, zip_order


def publish_files(index: SiteIndex, config: Config, page_paths: list[str], options, sink,
                  last_zip: Path | None = None, last_records: dict[str, Record] | None = None) -> None:
    """Files derived from the rendered site, added to `sink`, which holds everything else the
    build made (search index included). `last_zip`: the last build's zip, as it wrote it, and
    `last_records` its files' records, from which a zip for few changed files is patched."""
    for f in feeds.feeds(index, config) + [feeds.sitemap(page_paths, index, config), feeds.robots(config)]:
        sink.add(f)
    if getattr(options, "search", True):
        for f in offline_index(index, config.language):
            sink.add(f)
    if getattr(options, "dev", False):
        return  # the dev server needs neither a service worker nor a zip
    for f in offline_files(dict(sink.records)):
        sink.add(f)
    if config.download_zip:
        paths = zip_order(p for p in sink.paths() if in_zip(p))
        folder = zip_folder_name(config.title)
        patched = _patched_zip(paths, sink, folder, last_zip, last_records)
        if patched is not None:
            sink.add_splice(SITE_ZIP, patched)
        else:
            sink.add_chunks(SITE_ZIP, zip_chunks(paths, sink.read, folder))


def _patched_zip(paths: list[str], sink, folder: str, last_zip: Path | None, last_records: dict | None) -> Splice | None:
    """The last zip with the entries of changed files replaced, when the files are the same and
    few changed (a retitled article at 10,000: 2 s of deflating saved), else None."""
    if last_zip is None or not last_records or {p for p in last_records if in_zip(p)} != set(paths):
        return None
    changed = [p for p in paths if sink.records.get(p) != last_records[p]]
    if len(changed) > max(50, len(paths) // 10):
        return None
    return patch_zip(str(last_zip), {p: sink.read(p) for p in changed}, folder)
