"""The registry of what a build makes beside its pages. Each producer reads the finished site
(index, pages, what earlier producers made) and adds its files to the sink; the build asks this
list alone. A new output, such as a JSON Feed, is one producer here and one layout in
layouts/outputs/.

Order matters where a producer describes the others: the service worker and the offline manifest
list every file made before them, and the zip holds them all.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from . import feeds
from ..config import Config
from ..model import OutputFile, SiteIndex, Splice
from .offline import offline_index
from .offlinepatch import LastOffline, patched_index
from ..model import Record
from .offlineparts import part_files, summary
from .serviceworker import in_manifest, offline_files
from .sitezip import SITE_ZIP, in_zip, patch_zip, zip_chunks, zip_folder_name, zip_order


@dataclass(frozen=True)
class Inputs:
    """What a producer may use."""
    index: SiteIndex
    config: Config
    page_paths: list[str]               # every page, in plan order
    options: Any                        # build.options.BuildOptions
    sink: Any                           # where the build's files go (write.Staging, or memory)
    render: feeds.Render                # renders a layout of layouts/outputs/
    last_zip: Path | None = None        # the last build's zip, as it wrote it
    last_records: Mapping[str, Record] | None = None   # and its files' records
    last_offline: LastOffline | None = None   # to patch the offline search index from (offlinepatch.py)
    # the whole offline search index, begun on another core when the build knew it would make it
    # whole (build/offlinework.py): called once, instead of making it here
    whole_offline: Callable[[], list[OutputFile]] | None = None


@dataclass(frozen=True)
class Producer:
    name: str
    make: Callable[[Inputs], list[OutputFile] | None]   # files to add, or None when it added them itself
    wanted: Callable[[Inputs], bool] = lambda inputs: True
    # lists or digests every file, Pagefind's included: made once the search index is in the
    # sink (the others are made while Pagefind runs: build/assemble.make_site)
    describes_all: bool = False


def _feeds(i: Inputs) -> list[OutputFile]:
    return feeds.feeds(i.index, i.config, i.render)


def _sitemap(i: Inputs) -> list[OutputFile]:
    return feeds.sitemap(i.page_paths, i.index, i.render)


def _robots(i: Inputs) -> list[OutputFile]:
    return [feeds.robots(i.render)]


def _offline_search(i: Inputs) -> list[OutputFile]:
    """Patched from the last build's when few articles changed, else made whole."""
    patched = patched_index(i.index, i.last_offline) if i.last_offline is not None else None
    if patched is None and i.whole_offline is not None:
        return i.whole_offline()
    if patched is None:
        return offline_index(i.index, i.config.language, i.last_offline.full if i.last_offline else None)
    made, kept = patched
    for path in kept:
        i.sink.keep(path)
    return made


def _offline_parts(i: Inputs) -> list[OutputFile]:
    """The parts a reader can keep offline, and the few bytes every page reads to offer them."""
    kept = sorted(p for p in i.sink.records if in_manifest(p))   # what keeping the whole archive saves
    return part_files(i.index, kept) + [summary(i.sink.records, i.last_records)]


def _offline_files(i: Inputs) -> list[OutputFile]:
    return offline_files(dict(i.sink.records), i.render, i.last_records)


def _zip(i: Inputs) -> None:
    """Streamed into the sink a window of files at a time; patched from the last one when few
    files changed."""
    paths = zip_order(p for p in i.sink.paths() if in_zip(p))
    folder = zip_folder_name(i.config.title)
    patched = _patched_zip(paths, i.sink, folder, i.last_zip, i.last_records)
    if patched is not None:
        i.sink.add_splice(SITE_ZIP, patched)
    else:
        i.sink.add_chunks(SITE_ZIP, zip_chunks(paths, i.sink.read, folder))


# the dev server needs neither a service worker nor a zip
PRODUCERS: tuple[Producer, ...] = (
    Producer("feeds", _feeds),
    Producer("sitemap", _sitemap),
    Producer("robots.txt", _robots),
    Producer("offline search index", _offline_search, lambda i: i.options.search),
    Producer("offline parts", _offline_parts, lambda i: not i.options.dev),
    Producer("service worker and offline manifest", _offline_files, lambda i: not i.options.dev, describes_all=True),
    Producer("zip", _zip, lambda i: not i.options.dev and i.config.download_zip, describes_all=True),
)


def publish_files(inputs: Inputs, describing: bool | None = None) -> None:
    """Every wanted producer's files, in order, into the sink; with `describing`, only the
    producers that describe every file (True) or only the others (False)."""
    for producer in PRODUCERS:
        if producer.wanted(inputs) and describing in (None, producer.describes_all):
            for f in producer.make(inputs) or ():
                inputs.sink.add(f)


def _patched_zip(paths: list[str], sink, folder: str, last_zip: Path | None, last_records: dict | None) -> Splice | None:
    """The last zip with the entries of changed files replaced, when the files are the same and
    few changed (a retitled article at 10,000: 2 s of deflating saved), else None."""
    if last_zip is None or not last_records or {p for p in last_records if in_zip(p)} != set(paths):
        return None
    changed = [p for p in paths if sink.records.get(p) != last_records[p]]
    if len(changed) > max(50, len(paths) // 10):
        return None
    return patch_zip(str(last_zip), {p: sink.read(p) for p in changed}, folder)
